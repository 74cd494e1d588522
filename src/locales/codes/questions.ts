import type { Ref } from '../../core/index.js';

/**
 * The findings of the questions module, with their params. A finding about one question of a bank
 * names it with `question` (a reference whose title is the question's text) and `position`, its
 * place in the bank counted from 1 (the finding's path holds the index from 0).
 */
export interface QuestionsFindingParams {
  'question.bank.notList': Record<never, never>;
  'question.bank.tooLarge': { size: number; maximum: number };
  /** `detail` is for logs, not shown. */
  'question.bank.unreadable': { detail: string };
  /** `id` is the id used twice; `firstPosition` the place of the question that has it first. */
  'question.id.duplicate': { question: Ref; position: number; id: string; firstPosition: number };
  /** `locale` is the language whose text is missing; the title is the text in the other language. */
  'question.translation.missing': { question: Ref; position: number; locale: 'nl' | 'en' };
  'question.phase.unknown': { question: Ref; position: number; phase: string };
  'question.topic.unknown': { question: Ref; position: number; topic: string };
  'question.kind.unknown': { question: Ref; position: number; kind: string };
  /** The title is the closed text, in `locale`. */
  'question.closedInOpenCategory': {
    question: Ref;
    position: number;
    category: 'preparation' | 'open' | 'strengths' | 'deepening' | 'needs' | 'closing' | 'evaluation';
    locale: 'nl' | 'en';
  };
  'question.select.skipped': { question: Ref; position: number };
  'question.select.duplicate': { question: Ref; position: number; id: string };
  'question.select.fewerMatches': { count: number; matches: number };
  /** `question` is the host's question, `replaced` the built-in question with the same id. */
  'question.merge.replaced': { question: Ref; replaced: Ref };
}

/** The label families of the questions module. */
export interface QuestionsLabelFamilies {
  /** What a question does: "sterke punten", "strengths". */
  questionCategory: 'preparation' | 'open' | 'strengths' | 'deepening' | 'needs' | 'closing' | 'evaluation';
  /** Who answers a question: "medewerker", "beiden". */
  questionAudience: 'employee' | 'manager' | 'both';
  /** The language of a question's text, as a noun: "Engels", "English". */
  questionLanguage: 'nl' | 'en';
}
