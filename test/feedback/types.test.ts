import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { FeedbackAnswer, FeedbackQuestion, FeedbackRequest, SummariseFeedbackInput } from '../../src/feedback/index.js';
import type {
  feedbackAnswerSchema,
  feedbackQuestionSchema,
  feedbackRequestSchema,
  summariseFeedbackInputSchema,
} from '../../src/feedback/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them, in both directions.
describe('feedback: named types and schemas agree', () => {
  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof feedbackQuestionSchema>>().toExtend<FeedbackQuestion>();
    expectTypeOf<DeepMutable<FeedbackQuestion>>().toExtend<z.input<typeof feedbackQuestionSchema>>();
    expectTypeOf<z.input<typeof feedbackRequestSchema>>().toExtend<FeedbackRequest>();
    expectTypeOf<DeepMutable<FeedbackRequest>>().toExtend<z.input<typeof feedbackRequestSchema>>();
    expectTypeOf<z.input<typeof feedbackAnswerSchema>>().toExtend<FeedbackAnswer>();
    expectTypeOf<DeepMutable<FeedbackAnswer>>().toExtend<z.input<typeof feedbackAnswerSchema>>();
    expectTypeOf<z.input<typeof summariseFeedbackInputSchema>>().toExtend<SummariseFeedbackInput>();
    expectTypeOf<DeepMutable<SummariseFeedbackInput>>().toExtend<z.input<typeof summariseFeedbackInputSchema>>();
  });

  it('for what the library reads back', () => {
    expectTypeOf<z.output<typeof feedbackRequestSchema>>().toExtend<FeedbackRequest>();
    expectTypeOf<z.output<typeof feedbackAnswerSchema>>().toExtend<FeedbackAnswer>();
  });
});
