import { defineCatalogue } from '../render.js';
import { intlFormatters } from '../formatters.js';
import { agendaLabelsNl, agendaMessagesNl } from './agenda.js';
import { agreementsLabelsNl, agreementsMessagesNl } from './agreements.js';
import { conversationLabelsNl, conversationMessagesNl } from './conversation.js';
import { coreLabelsNl, coreMessagesNl } from './core.js';
import { dialogueLabelsNl, dialogueMessagesNl } from './dialogue.js';
import { feedbackMessagesNl } from './feedback.js';
import { competencesMessagesNl } from './competences.js';
import { planLabelsNl, planMessagesNl } from './plan.js';
import { privacyLabelsNl, privacyMessagesNl } from './privacy.js';
import { reportLabelsNl, reportMessagesNl } from './report.js';
import { questionsLabelsNl, questionsMessagesNl } from './questions.js';
import { scheduleLabelsNl, scheduleMessagesNl } from './schedule.js';
import { storageLabelsNl, storageMessagesNl } from './storage.js';
import { vocabularyLabelsNl } from './vocabulary.js';

/**
 * The Dutch catalogue: every message, every label, and Dutch notation (€ 1.050,00, 1 april 2027,
 * "a, b en c"). Import it on its own (`ontwikkelgesprek/locales/nl`) to keep a bundle small.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'ontwikkelgesprek';
 * import { nl } from 'ontwikkelgesprek/locales/nl';
 * nl.format.money({ amount: 105_000, currency: 'EUR' }); // '€\u00a01.050,00'
 * formatFinding({ code: 'input.required', severity: 'error', path: ['when'], params: {} }, nl);
 * // 'fout input.required bij when: Dit veld is verplicht.'
 * ```
 */
export const nl = defineCatalogue({
  locale: 'nl',
  messages: {
    ...coreMessagesNl,
    ...agreementsMessagesNl,
    ...questionsMessagesNl,
    ...agendaMessagesNl,
    ...feedbackMessagesNl,
    ...competencesMessagesNl,
    ...scheduleMessagesNl,
    ...conversationMessagesNl,
    ...planMessagesNl,
    ...dialogueMessagesNl,
    ...privacyMessagesNl,
    ...reportMessagesNl,
    ...storageMessagesNl,
  },
  labels: {
    ...coreLabelsNl,
    ...vocabularyLabelsNl,
    ...agreementsLabelsNl,
    ...questionsLabelsNl,
    ...agendaLabelsNl,
    ...scheduleLabelsNl,
    ...conversationLabelsNl,
    ...planLabelsNl,
    ...dialogueLabelsNl,
    ...privacyLabelsNl,
    ...reportLabelsNl,
    ...storageLabelsNl,
  },
  format: intlFormatters({
    intlLocale: 'nl-NL',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    and: 'en',
    or: 'of',
    quotes: ['‘', '’'],
  }),
});
