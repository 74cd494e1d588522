// Colleague feedback (360°-light) before the conversation: the employee asks, colleagues answer, and
// both sides see what may be shown without giving anyone away. Schemas are in ./schema.ts.
export type {
  FeedbackAnswer,
  FeedbackQuestion,
  FeedbackQuestionSummary,
  FeedbackRequest,
  FeedbackSummary,
  SignedFeedback,
  SummariseFeedbackInput,
} from './types.js';
export { summariseFeedback } from './summary.js';
