/**
 * A German catalogue, written as a host writes one: the library ships Dutch and English, and any
 * other language is a catalogue passed in wherever a locale is asked for. `defineCatalogue` checks
 * that every finding code has a message whose placeholders match its params and that every label
 * family names every id; the type checker names whatever is missing.
 *
 *     import { findingMessage, renderPlanMarkdown } from 'ontwikkelgesprek';
 *     import { de } from './locales/de.js';
 *     findingMessage(finding, de);
 *     renderPlanMarkdown(plan, de);
 */
import { defineCatalogue, intlFormatters } from '../../src/index.js';
import { agendaLabelsDe, agendaMessagesDe } from './de/agenda.js';
import { agreementsLabelsDe, agreementsMessagesDe } from './de/agreements.js';
import { conversationLabelsDe, conversationMessagesDe } from './de/conversation.js';
import { coreLabelsDe, coreMessagesDe } from './de/core.js';
import { dialogueLabelsDe, dialogueMessagesDe } from './de/dialogue.js';
import { feedbackMessagesDe } from './de/feedback.js';
import { competencesMessagesDe } from './de/competences.js';
import { planLabelsDe, planMessagesDe } from './de/plan.js';
import { privacyLabelsDe, privacyMessagesDe } from './de/privacy.js';
import { questionsLabelsDe, questionsMessagesDe } from './de/questions.js';
import { scheduleLabelsDe, scheduleMessagesDe } from './de/schedule.js';
import { reportLabelsDe, reportMessagesDe } from './de/report.js';
import { storageLabelsDe, storageMessagesDe } from './de/storage.js';
import { vocabularyLabelsDe } from './de/vocabulary.js';

/** German notation: 1.050,00 €, 1. April 2027, „Titel“, "a, b und c". */
export const germanFormat = intlFormatters({
  intlLocale: 'de-DE',
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  and: 'und',
  or: 'oder',
  quotes: ['„', '“'],
  datePattern: (day, month, year) => `${day}. ${month} ${year}`,
});

/** The German catalogue: every message, every label, German notation. */
export const de = defineCatalogue({
  locale: 'de',
  messages: {
    ...coreMessagesDe,
    ...agreementsMessagesDe,
    ...questionsMessagesDe,
    ...agendaMessagesDe,
    ...feedbackMessagesDe,
    ...competencesMessagesDe,
    ...scheduleMessagesDe,
    ...conversationMessagesDe,
    ...planMessagesDe,
    ...dialogueMessagesDe,
    ...privacyMessagesDe,
    ...reportMessagesDe,
    ...storageMessagesDe,
  },
  labels: {
    ...coreLabelsDe,
    ...vocabularyLabelsDe,
    ...agreementsLabelsDe,
    ...questionsLabelsDe,
    ...agendaLabelsDe,
    ...scheduleLabelsDe,
    ...conversationLabelsDe,
    ...planLabelsDe,
    ...dialogueLabelsDe,
    ...privacyLabelsDe,
    ...reportLabelsDe,
    ...storageLabelsDe,
  },
  format: germanFormat,
});
