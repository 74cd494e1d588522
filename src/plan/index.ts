export { planMessages } from './messages.js';
export type {
  Ambition,
  ApprovalRecord,
  BudgetAmount,
  CostLine,
  DevelopmentGoal,
  DevelopmentPlan,
  GoalSource,
  PlanNextConversation,
  PlanAmendment,
  PlanApproval,
  PlanChangeRecord,
  PlanContent,
  PlanDraft,
  PlanEvaluation,
  PlanHistoryEntry,
  PlanParticipant,
  PlanPeriod,
  PlanProgress,
  PlanSection,
  ProgressEntry,
  ProgressStatus,
  StudyPoints,
} from './schema.js';
export {
  ambitionSchema,
  approvalRecordSchema,
  budgetAmountSchema,
  costLineSchema,
  developmentGoalSchema,
  developmentPlanSchema,
  goalSourceSchema,
  planNextConversationSchema,
  planAmendmentSchema,
  planApprovalSchema,
  planChangeRecordSchema,
  planContentSchema,
  planDraftSchema,
  planEvaluationSchema,
  planHistoryEntrySchema,
  planParticipantSchema,
  planPeriodSchema,
  planProgressSchema,
  planSectionSchema,
  progressEntrySchema,
  progressStatusSchema,
  studyPointsSchema,
} from './schema.js';
export type { PlanApprovalStatus } from './plan.js';
export {
  amendPlan,
  approvePlan,
  draftDevelopmentPlan,
  planApprovalStatus,
  planContentHash,
  recordProgress,
  validatePlan,
} from './plan.js';
export type { BudgetExpense, BudgetLine, BudgetQuantity, BudgetStatus, BudgetStatusInput, DevelopmentBudget } from './budget.js';
export { budgetExpenseSchema, budgetStatus, budgetStatusInputSchema, developmentBudgetSchema } from './budget.js';
export type { RenderPlanOptions } from './render.js';
export { renderPlanMarkdown, renderPlanOptionsSchema } from './render.js';
export type { CreatePlanOptions } from './create.js';
export { createDevelopmentPlan, createPlanOptionsSchema } from './create.js';
