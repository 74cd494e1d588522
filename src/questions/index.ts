// The questions module: the question model, selection, validation and the open-question check.
// The built-in bank is not exported here; it lives in the `ontwikkelgesprek/questions` entry point.
export { questionsMessages } from './messages.js';
export type {
  Question,
  QuestionAudience,
  QuestionBank,
  QuestionCategory,
  QuestionInput,
  QuestionSelection,
  SelectionCriteria,
} from './schema.js';
export {
  openQuestionCategories,
  questionAudienceSchema,
  questionBankSchema,
  questionCategorySchema,
  questionSchema,
  selectionCriteriaSchema,
} from './schema.js';
export { isOpenQuestion } from './open.js';
export { mergeQuestionBanks, selectQuestions, validateQuestionBank } from './bank.js';
