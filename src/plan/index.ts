// The POP (persoonlijk ontwikkelplan): assembly from a conversation, approval by both sides against
// the budget, amendment into new versions, progress, the development budget per funding source, the
// payback clause, and Markdown. Schemas are in ./schema.ts (for other modules and
// `ontwikkelgesprek/schemas`).
export type {
  Ambition,
  ApprovalRecord,
  ApprovePlanOptions,
  BudgetAmount,
  BudgetExpense,
  BudgetLine,
  BudgetLineReason,
  BudgetPeriodRule,
  BudgetPeriodStatus,
  BudgetPosition,
  BudgetStatus,
  CarryOverPolicy,
  CostLine,
  CreatePlanOptions,
  DevelopmentBudget,
  DevelopmentGoal,
  DevelopmentPlan,
  FundingSource,
  FundingSourceKind,
  GoalSource,
  LateInPeriod,
  PaybackDue,
  PaybackExemption,
  PaybackItem,
  PaybackOptions,
  PaybackPolicy,
  PaybackStep,
  PlanAmendment,
  PlanApproval,
  PlanApprovalStatus,
  PlanChangeRecord,
  PlanCompetence,
  PlanContent,
  PlanContentInput,
  PlanDraft,
  PlanErasure,
  PlanEvaluation,
  PlanSideEvaluation,
  PlanFunding,
  PlanHistoryEntry,
  PlanNextConversation,
  PlanParticipant,
  PlanPeriod,
  PlanProgress,
  PlanSection,
  PlanVisibility,
  PlanZienswijze,
  ProgressEntry,
  ProgressStatus,
  RenderPlanOptions,
  StudyPoints,
  StudyTime,
} from './types.js';
export type { BudgetStatusInput } from './budget-input.js';
export { createDevelopmentPlan } from './create.js';
export { draftDevelopmentPlan } from './draft.js';
export { planContentHash, validatePlan } from './validate.js';
export { approvePlan, planApprovalStatus } from './approve.js';
export { amendPlan } from './amend.js';
export { recordProgress } from './progress.js';
export { renderPlanMarkdown } from './render.js';
export { budgetStatus } from './budget/status.js';
export { paybackDue } from './budget/payback.js';
