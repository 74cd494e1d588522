import { defineMessages } from '../core/index.js';

/**
 * Messages of the questions module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { questionsMessages } from 'ontwikkelgesprek';
 * questionsMessages['question.id.duplicate'].en; // 'The id "{id}" is already used by question {first}.'
 * ```
 */
export const questionsMessages = defineMessages({
  'question.bank.notList': {
    nl: 'Een vragenbank is een lijst met vragen; dit is geen lijst.',
    en: 'A question bank is a list of questions; this is not a list.',
  },
  'question.bank.tooLarge': {
    nl: 'De vragenbank bevat {size} vragen; er passen er hoogstens {maximum} in.',
    en: 'The question bank holds {size} questions; at most {maximum} fit.',
  },
  'question.bank.unreadable': {
    nl: 'De vragenbank kon niet worden gelezen ({detail}).',
    en: 'The question bank could not be read ({detail}).',
  },
  'question.id.duplicate': {
    nl: 'Het id "{id}" hoort al bij vraag {first}.',
    en: 'The id "{id}" is already used by question {first}.',
  },
  'question.translation.missing': {
    nl: 'Vraag "{id}" heeft geen tekst in taal "{locale}".',
    en: 'Question "{id}" has no text in language "{locale}".',
  },
  'question.phase.unknown': {
    nl: 'Vraag "{id}" hoort bij een onbekende fase: "{phase}".',
    en: 'Question "{id}" belongs to an unknown phase: "{phase}".',
  },
  'question.topic.unknown': {
    nl: 'Vraag "{id}" noemt een onbekend onderwerp: "{topic}".',
    en: 'Question "{id}" names an unknown topic: "{topic}".',
  },
  'question.kind.unknown': {
    nl: 'Vraag "{id}" noemt een onbekende gespreksvorm: "{kind}".',
    en: 'Question "{id}" names an unknown conversation kind: "{kind}".',
  },
  'question.closedInOpenCategory': {
    nl: 'Vraag "{id}" staat bij de open categorie "{category}", maar de tekst in taal "{locale}" is een gesloten ja/nee-vraag.',
    en: 'Question "{id}" is in the open category "{category}", but its text in language "{locale}" is a closed yes/no question.',
  },
  'question.select.skipped': {
    nl: 'Vraag {index} ("{id}") is overgeslagen omdat hij niet geldig is; controleer de bank met validateQuestionBank.',
    en: 'Question {index} ("{id}") was skipped because it is not valid; check the bank with validateQuestionBank.',
  },
  'question.select.duplicate': {
    nl: 'Vraag {index} heeft hetzelfde id als een eerdere vraag ("{id}"); alleen de eerste telt mee.',
    en: 'Question {index} has the same id as an earlier question ("{id}"); only the first one counts.',
  },
  'question.select.fewerMatches': {
    nl: 'Er zijn {count} vragen gevraagd, maar er passen er maar {matches} bij de criteria.',
    en: '{count} questions were asked for, but only {matches} match the criteria.',
  },
  'question.merge.replaced': {
    nl: 'De eigen vraag "{id}" vervangt de ingebouwde vraag met hetzelfde id.',
    en: 'Your own question "{id}" replaces the built-in question with the same id.',
  },
});
