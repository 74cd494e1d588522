// The questions module: the question model, selection, checking a bank, and the open-question judge.
// The built-in bank is not here: it lives in the `ontwikkelgesprek/questions` entry point (entry.ts).
// Schemas are in ./schema.ts (for other modules and `ontwikkelgesprek/schemas`).
export type {
  Question,
  QuestionAudience,
  QuestionBank,
  QuestionBankInput,
  QuestionCategory,
  QuestionInput,
  QuestionSelection,
  QuestionText,
  SelectionCriteria,
} from './types.js';
export { openQuestionCategories } from './categories.js';
export type { QuestionJudgement, QuestionReason } from './types.js';
export { isOpenQuestion, judgeQuestion } from './open.js';
export { selectQuestions } from './select.js';
export { mergeQuestionBanks, validateQuestionBank } from './validate.js';
