// Validation of the colleague feedback the conversation collects in the preparation: the requests
// and the answers that come in (see preparation-types.ts for the named types).
import * as z from 'zod/mini';
import { idSchema, instantSchema, shortTextSchema } from '../core/index.js';
import { feedbackAnswerSchema, feedbackQuestionSchema } from '../feedback/schema.js';
import { roleSchema } from '../vocabulary/schema.js';

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** A colleague asked for feedback (see `FeedbackColleague`). */
export const feedbackColleagueSchema = z.strictObject({ id: idSchema, name: shortTextSchema, role: z.optional(shortTextSchema) });

/** What a `requestFeedback` event asks: each colleague and each question once. */
export const feedbackRequestInputSchema = z.strictObject({
  id: idSchema,
  colleagues: z.array(feedbackColleagueSchema).check(
    z.minLength(1),
    z.maxLength(200),
    z.refine((colleagues) => unique(colleagues.map((c) => c.id)), { message: 'Each colleague is asked once' }),
  ),
  questions: z.array(feedbackQuestionSchema).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((questions) => unique(questions.map((q) => q.id)), { message: 'Each question id once' }),
  ),
  dueAt: z.optional(instantSchema),
  signed: z.optional(z.boolean()),
});

/** A colleague's answer as the conversation keeps it (see `CollectedFeedbackAnswer`). */
export const collectedFeedbackAnswerSchema = z.strictObject({
  questionId: idSchema,
  colleagueId: idSchema,
  text: feedbackAnswerSchema.shape.text,
  signed: z.optional(z.boolean()),
  at: instantSchema,
});

/** A request for colleague feedback as the conversation keeps it (see `FeedbackRequestRecord`). */
export const feedbackRequestRecordSchema = z.strictObject({
  ...feedbackRequestInputSchema.shape,
  requestedBy: roleSchema,
  at: instantSchema,
  answers: z.optional(z.array(collectedFeedbackAnswerSchema).check(z.minLength(1), z.maxLength(10_000))),
});
