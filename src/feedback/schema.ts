import * as z from 'zod/mini';
import { idSchema, instantSchema, shortTextSchema } from '../core/index.js';

/** A question or an answer: some text, not empty. */
const feedbackTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000));

/**
 * Schema of a question the employee asks colleagues (see `FeedbackQuestion`).
 *
 * @example
 * ```ts
 * import { feedbackQuestionSchema } from 'ontwikkelgesprek/schemas';
 * feedbackQuestionSchema.safeParse({ id: 'q1', text: '' }).success; // false
 * ```
 */
export const feedbackQuestionSchema = z.strictObject({
  id: idSchema,
  text: feedbackTextSchema,
});

/**
 * Schema of a request for feedback (see `FeedbackRequest`): each question and colleague once.
 *
 * @example
 * ```ts
 * import { feedbackRequestSchema } from 'ontwikkelgesprek/schemas';
 * feedbackRequestSchema.safeParse({
 *   id: 'fb-1', employeeId: 'emp-1', colleagueIds: ['col-1'], askedAt: '2027-02-20T09:00:00+01:00',
 *   questions: [{ id: 'q1', text: 'Wat doe ik goed?' }, { id: 'q1', text: 'Wat kan beter?' }],
 * }).success; // false: two questions with one id
 * ```
 */
export const feedbackRequestSchema = z.strictObject({
  id: idSchema,
  employeeId: idSchema,
  colleagueIds: z.array(idSchema).check(
    z.maxLength(200),
    z.refine((ids) => new Set(ids).size === ids.length, { message: 'Each colleague is asked once' }),
  ),
  questions: z.array(feedbackQuestionSchema).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, { message: 'Each question id once' }),
  ),
  askedAt: instantSchema,
  sharedWithManager: z.optional(z.boolean()),
});

/**
 * Schema of a colleague's answer (see `FeedbackAnswer`).
 *
 * @example
 * ```ts
 * import { feedbackAnswerSchema } from 'ontwikkelgesprek/schemas';
 * feedbackAnswerSchema.safeParse({ questionId: 'q1', authorId: 'col-1', text: 'Je luistert goed.', at: '2027-02-24T16:10:00+01:00' }).success; // true
 * ```
 */
export const feedbackAnswerSchema = z.strictObject({
  questionId: idSchema,
  authorId: idSchema,
  authorName: z.optional(shortTextSchema),
  text: feedbackTextSchema,
  signed: z.optional(z.boolean()),
  at: instantSchema,
});

/**
 * Schema of the input of `summariseFeedback` (see `SummariseFeedbackInput`).
 *
 * @example
 * ```ts
 * import { summariseFeedbackInputSchema } from 'ontwikkelgesprek/schemas';
 * summariseFeedbackInputSchema.shape.minimumAnonymous.safeParse(2).success; // false: never fewer than three
 * ```
 */
export const summariseFeedbackInputSchema = z.strictObject({
  request: feedbackRequestSchema,
  answers: z.array(feedbackAnswerSchema).check(z.maxLength(10_000)),
  viewer: z.enum(['employee', 'manager']),
  seed: z.union([z.number().check(z.refine(Number.isFinite, { message: 'A finite number' })), z.string().check(z.maxLength(200))]),
  minimumAnonymous: z.optional(z.int().check(z.minimum(3), z.maximum(50))),
});

/** Schema of an answer its colleague signed (see `SignedFeedback`). */
const signedFeedbackSchema = z.strictObject({
  authorId: idSchema,
  authorName: z.optional(shortTextSchema),
  text: feedbackTextSchema,
});

/** Schema of what one question got (see `FeedbackQuestionSummary`). */
const feedbackQuestionSummarySchema = z.strictObject({
  questionId: idSchema,
  question: feedbackTextSchema,
  anonymous: z.array(feedbackTextSchema).check(z.maxLength(10_000)),
  withheld: z.int().check(z.minimum(0), z.maximum(10_000)),
  signed: z.array(signedFeedbackSchema).check(z.maxLength(10_000)),
});

/**
 * Schema of the view of `summariseFeedback` (see `FeedbackSummary`), as the employee shares it into
 * a conversation: per question, answers without a name only from the minimum on (never one or two).
 *
 * @example
 * ```ts
 * import { feedbackSummarySchema } from 'ontwikkelgesprek/schemas';
 * const question = { questionId: 'q1', question: 'Wat doe ik goed?', withheld: 0, signed: [] };
 * feedbackSummarySchema.safeParse({
 *   requestId: 'fb-1', viewer: 'employee', minimumAnonymous: 3,
 *   questions: [{ ...question, anonymous: ['Je luistert goed.', 'Je blijft rustig.'] }],
 * }).success; // false: two answers without a name could be traced back
 * ```
 */
export const feedbackSummarySchema = z
  .strictObject({
    requestId: idSchema,
    viewer: z.enum(['employee', 'manager']),
    minimumAnonymous: z.int().check(z.minimum(3), z.maximum(50)),
    questions: z.array(feedbackQuestionSummarySchema).check(
      z.maxLength(50),
      z.refine((questions) => new Set(questions.map((q) => q.questionId)).size === questions.length, { message: 'Each question id once' }),
    ),
  })
  .check(
    z.refine((summary) => summary.questions.every((q) => q.anonymous.length === 0 || q.anonymous.length >= summary.minimumAnonymous), {
      params: { code: 'feedback.summary.tooFewAnonymous' },
      message: 'Answers without a name only from the minimum on',
    }),
  );
