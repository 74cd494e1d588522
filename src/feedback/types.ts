// The named types of colleague feedback (360°-light): what the employee asks, what colleagues answer,
// and the view both sides get. The schemas in ./schema.ts check data against them
// (test/feedback/types.test.ts keeps the two equal in both directions).
import type { Instant } from '../core/index.js';

/**
 * A question the employee asks colleagues before the conversation, in the employee's own words.
 *
 * @example
 * ```ts
 * import type { FeedbackQuestion } from 'ontwikkelgesprek';
 * const question: FeedbackQuestion = { id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' };
 * ```
 */
export interface FeedbackQuestion {
  readonly id: string;
  readonly text: string;
}

/**
 * A request for feedback: who asks (the employee), which colleagues, which questions, when, and
 * whether the employee has shared the answers with the manager (the employee sees them first).
 *
 * @example
 * ```ts
 * import type { FeedbackRequest } from 'ontwikkelgesprek';
 * const request: FeedbackRequest = {
 *   id: 'fb-2027-sanne',
 *   employeeId: 'emp-1',
 *   colleagueIds: ['col-1', 'col-2', 'col-3', 'col-4'],
 *   questions: [{ id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' }],
 *   askedAt: '2027-02-20T09:00:00+01:00',
 * };
 * ```
 */
export interface FeedbackRequest {
  readonly id: string;
  /** The employee who asks (and whose conversation it prepares). */
  readonly employeeId: string;
  /** The colleagues asked, by id: only their answers count. */
  readonly colleagueIds: readonly string[];
  readonly questions: readonly FeedbackQuestion[];
  readonly askedAt: Instant;
  /** Has the employee shared the answers with the manager? Not until they say so. */
  readonly sharedWithManager?: boolean | undefined;
}

/**
 * One colleague's answer to one question. Unsigned (the default), it is shown only without a name
 * and only among enough others; signed, it is shown with the colleague's name.
 *
 * @example
 * ```ts
 * import type { FeedbackAnswer } from 'ontwikkelgesprek';
 * const answer: FeedbackAnswer = {
 *   questionId: 'q1',
 *   authorId: 'col-2',
 *   text: 'Als je een lastig overleg rustig in goede banen leidt.',
 *   at: '2027-02-24T16:10:00+01:00',
 * };
 * ```
 */
export interface FeedbackAnswer {
  readonly questionId: string;
  /** The colleague who wrote it: never shown unless they sign. */
  readonly authorId: string;
  /** The colleague's name, shown only when they sign. */
  readonly authorName?: string | undefined;
  readonly text: string;
  /** Did the colleague choose to put their name to it? Not unless they say so. */
  readonly signed?: boolean | undefined;
  readonly at: Instant;
}

/**
 * The input of `summariseFeedback`: the request, the answers in any order, who looks (the employee,
 * or the manager once the employee shared), the seed of the order the answers are shown in, and from
 * how many answers on they are shown without names (3, or more if the host wants).
 *
 * @example
 * ```ts
 * import type { SummariseFeedbackInput } from 'ontwikkelgesprek';
 * type Viewer = SummariseFeedbackInput['viewer']; // 'employee' | 'manager'
 * ```
 */
export interface SummariseFeedbackInput {
  request: FeedbackRequest;
  answers: readonly FeedbackAnswer[];
  viewer: 'employee' | 'manager';
  /** Seeds the order of the anonymous answers: the same seed, the same order. */
  seed: number | string;
  /** From how many anonymous answers to a question they are shown; at least and by default 3. */
  minimumAnonymous?: number | undefined;
}

/**
 * An answer its colleague signed: shown with their name.
 *
 * @example
 * ```ts
 * import type { SignedFeedback } from 'ontwikkelgesprek';
 * const signed: SignedFeedback = { authorId: 'col-4', authorName: 'Ahmed', text: 'Je vraagt door tot het echt helder is.' };
 * ```
 */
export interface SignedFeedback {
  readonly authorId: string;
  readonly authorName?: string | undefined;
  readonly text: string;
}

/**
 * What one question got: the answers without names (only from the minimum on, in the seeded order),
 * how many are held back until there are enough, and the signed answers with their names.
 *
 * @example
 * ```ts
 * import type { FeedbackQuestionSummary } from 'ontwikkelgesprek';
 * const held: FeedbackQuestionSummary = { questionId: 'q1', question: 'Waarin ben ik op mijn best?', anonymous: [], withheld: 2, signed: [] };
 * ```
 */
export interface FeedbackQuestionSummary {
  readonly questionId: string;
  readonly question: string;
  /** The unsigned answers, without names, in an order that says nothing about who wrote what. */
  readonly anonymous: readonly string[];
  /** Unsigned answers held back because there are fewer than the minimum (0 once they are shown). */
  readonly withheld: number;
  readonly signed: readonly SignedFeedback[];
}

/**
 * The view of `summariseFeedback`: per question, in the request's order, what may be shown.
 *
 * @example
 * ```ts
 * import type { FeedbackSummary } from 'ontwikkelgesprek';
 * function answersShown(summary: FeedbackSummary): number {
 *   return summary.questions.reduce((sum, q) => sum + q.anonymous.length + q.signed.length, 0);
 * }
 * ```
 */
export interface FeedbackSummary {
  readonly requestId: string;
  readonly viewer: 'employee' | 'manager';
  readonly minimumAnonymous: number;
  readonly questions: readonly FeedbackQuestionSummary[];
}
