import type { Ref } from '../../core/index.js';

/**
 * The findings of the feedback module, with their params. Counts only: a finding about colleague
 * feedback never names who wrote an answer.
 */
export interface FeedbackFindingParams {
  /** Fewer unsigned answers to `question` than `minimum`: they are held back; `needed` more would show them. */
  'feedback.anonymity.tooFew': { question: Ref; count: number; needed: number; minimum: number };
  /** `count` answers to a question the request does not ask. */
  'feedback.answers.unknownQuestion': { count: number };
  /** `count` answers from the employee who asked. */
  'feedback.answers.byEmployee': { count: number };
  /** `count` answers from people the employee did not ask. */
  'feedback.answers.notAsked': { count: number };
  /** The manager asked for the view before the employee shared the feedback. */
  'feedback.view.notShared': Record<never, never>;
  /** A summary shared into a conversation shows answers without a name to a question among fewer than its minimum. */
  'feedback.summary.tooFewAnonymous': Record<never, never>;
}

/** The label families of the feedback module: none of its own. */
export type FeedbackLabelFamilies = Record<never, never>;
