import { defineCatalogue } from '../render.js';
import { intlFormatters } from '../formatters.js';
import { agendaLabelsEn, agendaMessagesEn } from './agenda.js';
import { agreementsLabelsEn, agreementsMessagesEn } from './agreements.js';
import { conversationLabelsEn, conversationMessagesEn } from './conversation.js';
import { coreLabelsEn, coreMessagesEn } from './core.js';
import { dialogueLabelsEn, dialogueMessagesEn } from './dialogue.js';
import { feedbackMessagesEn } from './feedback.js';
import { competencesMessagesEn } from './competences.js';
import { planLabelsEn, planMessagesEn } from './plan.js';
import { privacyLabelsEn, privacyMessagesEn } from './privacy.js';
import { reportLabelsEn, reportMessagesEn } from './report.js';
import { questionsLabelsEn, questionsMessagesEn } from './questions.js';
import { scheduleLabelsEn, scheduleMessagesEn } from './schedule.js';
import { storageLabelsEn, storageMessagesEn } from './storage.js';
import { vocabularyLabelsEn } from './vocabulary.js';

/**
 * The English catalogue: every message, every label, and English notation (€1,050.00, 1 April 2027,
 * "a, b and c"). Import it on its own (`ontwikkelgesprek/locales/en`) to keep a bundle small.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'ontwikkelgesprek';
 * import { en } from 'ontwikkelgesprek/locales/en';
 * en.format.money({ amount: 105_000, currency: 'EUR' }); // '€1,050.00'
 * formatFinding({ code: 'input.required', severity: 'error', path: ['when'], params: {} }, en);
 * // 'error input.required at when: This field is required.'
 * ```
 */
export const en = defineCatalogue({
  locale: 'en',
  messages: {
    ...coreMessagesEn,
    ...agreementsMessagesEn,
    ...questionsMessagesEn,
    ...agendaMessagesEn,
    ...feedbackMessagesEn,
    ...competencesMessagesEn,
    ...scheduleMessagesEn,
    ...conversationMessagesEn,
    ...planMessagesEn,
    ...dialogueMessagesEn,
    ...privacyMessagesEn,
    ...reportMessagesEn,
    ...storageMessagesEn,
  },
  labels: {
    ...coreLabelsEn,
    ...vocabularyLabelsEn,
    ...agreementsLabelsEn,
    ...questionsLabelsEn,
    ...agendaLabelsEn,
    ...scheduleLabelsEn,
    ...conversationLabelsEn,
    ...planLabelsEn,
    ...dialogueLabelsEn,
    ...privacyLabelsEn,
    ...reportLabelsEn,
    ...storageLabelsEn,
  },
  format: intlFormatters({
    intlLocale: 'en-GB',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    and: 'and',
    or: 'or',
    quotes: ['“', '”'],
  }),
});
