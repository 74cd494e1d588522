import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  PlanErasure,
  PlanEvaluation,
  PlanSideEvaluation,
  PlanVisibility,
  PlanZienswijze,
  ApprovalRecord,
  ApprovePlanOptions,
  BudgetExpense,
  BudgetPosition,
  BudgetStatusInput,
  CostLine,
  CreatePlanOptions,
  DevelopmentBudget,
  DevelopmentGoal,
  DevelopmentPlan,
  FundingSource,
  PaybackOptions,
  PaybackPolicy,
  PlanAmendment,
  PlanApproval,
  PlanChangeRecord,
  PlanContent,
  PlanContentInput,
  PlanDraft,
  PlanFunding,
  PlanHistoryEntry,
  PlanNextConversation,
  PlanProgress,
  ProgressEntry,
  RenderPlanOptions,
} from '../../src/plan/index.js';
import type {
  planErasureSchema,
  planEvaluationSchema,
  planVisibilitySchema,
  planZienswijzeSchema,
  approvalRecordSchema,
  approvePlanOptionsSchema,
  budgetExpenseSchema,
  budgetPositionSchema,
  budgetStatusInputSchema,
  costLineSchema,
  createPlanOptionsSchema,
  developmentBudgetSchema,
  developmentGoalSchema,
  developmentPlanSchema,
  fundingSourceSchema,
  paybackOptionsSchema,
  paybackPolicySchema,
  planAmendmentSchema,
  planApprovalSchema,
  planChangeRecordSchema,
  planContentSchema,
  planDraftSchema,
  planFundingSchema,
  planHistoryEntrySchema,
  planNextConversationSchema,
  planProgressSchema,
  progressEntrySchema,
  renderPlanOptionsSchema,
} from '../../src/plan/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('plan: named types and schemas agree', () => {
  it('for what the plan stores', () => {
    expectTypeOf<z.output<typeof developmentPlanSchema>>().toExtend<DevelopmentPlan>();
    expectTypeOf<DeepMutable<DevelopmentPlan>>().toExtend<z.input<typeof developmentPlanSchema>>();
    expectTypeOf<z.output<typeof planContentSchema>>().toExtend<PlanContent>();
    expectTypeOf<DeepMutable<PlanContent>>().toExtend<z.input<typeof planContentSchema>>();
    expectTypeOf<z.output<typeof developmentGoalSchema>>().toExtend<DevelopmentGoal>();
    expectTypeOf<DeepMutable<DevelopmentGoal>>().toExtend<z.input<typeof developmentGoalSchema>>();
    expectTypeOf<z.output<typeof planEvaluationSchema>>().toExtend<PlanEvaluation>();
    expectTypeOf<DeepMutable<PlanEvaluation>>().toExtend<z.input<typeof planEvaluationSchema>>();
    expectTypeOf<z.output<typeof planEvaluationSchema>['bySide']>().toExtend<PlanEvaluation['bySide']>();
    expectTypeOf<PlanSideEvaluation>().toExtend<PlanEvaluation>();
    expectTypeOf<z.output<typeof planNextConversationSchema>>().toExtend<PlanNextConversation>();
    expectTypeOf<DeepMutable<PlanNextConversation>>().toExtend<z.input<typeof planNextConversationSchema>>();
    expectTypeOf<z.output<typeof approvalRecordSchema>>().toExtend<ApprovalRecord>();
    expectTypeOf<DeepMutable<ApprovalRecord>>().toExtend<z.input<typeof approvalRecordSchema>>();
    expectTypeOf<z.output<typeof planChangeRecordSchema>>().toExtend<PlanChangeRecord>();
    expectTypeOf<DeepMutable<PlanChangeRecord>>().toExtend<z.input<typeof planChangeRecordSchema>>();
    expectTypeOf<z.output<typeof planHistoryEntrySchema>>().toExtend<PlanHistoryEntry>();
    expectTypeOf<DeepMutable<PlanHistoryEntry>>().toExtend<z.input<typeof planHistoryEntrySchema>>();
    expectTypeOf<z.output<typeof progressEntrySchema>>().toExtend<ProgressEntry>();
    expectTypeOf<DeepMutable<ProgressEntry>>().toExtend<z.input<typeof progressEntrySchema>>();
    expectTypeOf<z.output<typeof planErasureSchema>>().toExtend<PlanErasure>();
    expectTypeOf<DeepMutable<PlanErasure>>().toExtend<z.input<typeof planErasureSchema>>();
    expectTypeOf<z.output<typeof planZienswijzeSchema>>().toExtend<PlanZienswijze>();
    expectTypeOf<DeepMutable<PlanZienswijze>>().toExtend<z.input<typeof planZienswijzeSchema>>();
    expectTypeOf<z.output<typeof planVisibilitySchema>>().toEqualTypeOf<PlanVisibility>();
  });

  it('for the money and time a plan draws on', () => {
    expectTypeOf<z.output<typeof fundingSourceSchema>>().toExtend<FundingSource>();
    expectTypeOf<DeepMutable<FundingSource>>().toExtend<z.input<typeof fundingSourceSchema>>();
    expectTypeOf<z.output<typeof paybackPolicySchema>>().toExtend<PaybackPolicy>();
    expectTypeOf<DeepMutable<PaybackPolicy>>().toExtend<z.input<typeof paybackPolicySchema>>();
    expectTypeOf<z.output<typeof planFundingSchema>>().toExtend<PlanFunding>();
    expectTypeOf<DeepMutable<PlanFunding>>().toExtend<z.input<typeof planFundingSchema>>();
    expectTypeOf<z.output<typeof costLineSchema>>().toExtend<CostLine>();
    expectTypeOf<DeepMutable<CostLine>>().toExtend<z.input<typeof costLineSchema>>();
    expectTypeOf<z.output<typeof budgetExpenseSchema>>().toExtend<BudgetExpense>();
    expectTypeOf<DeepMutable<BudgetExpense>>().toExtend<z.input<typeof budgetExpenseSchema>>();
    expectTypeOf<z.output<typeof developmentBudgetSchema>>().toExtend<DevelopmentBudget>();
    expectTypeOf<DeepMutable<DevelopmentBudget>>().toExtend<z.input<typeof developmentBudgetSchema>>();
  });

  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof planContentSchema>>().toExtend<PlanContentInput>();
    expectTypeOf<DeepMutable<PlanContentInput>>().toExtend<z.input<typeof planContentSchema>>();
    expectTypeOf<z.input<typeof planDraftSchema>>().toExtend<PlanDraft>();
    expectTypeOf<DeepMutable<PlanDraft>>().toExtend<z.input<typeof planDraftSchema>>();
    expectTypeOf<z.input<typeof planAmendmentSchema>>().toExtend<PlanAmendment>();
    expectTypeOf<DeepMutable<PlanAmendment>>().toExtend<z.input<typeof planAmendmentSchema>>();
    expectTypeOf<z.input<typeof planApprovalSchema>>().toExtend<PlanApproval>();
    expectTypeOf<DeepMutable<PlanApproval>>().toExtend<z.input<typeof planApprovalSchema>>();
    expectTypeOf<z.input<typeof planProgressSchema>>().toExtend<PlanProgress>();
    expectTypeOf<DeepMutable<PlanProgress>>().toExtend<z.input<typeof planProgressSchema>>();
    expectTypeOf<z.input<typeof createPlanOptionsSchema>>().toExtend<CreatePlanOptions>();
    expectTypeOf<DeepMutable<CreatePlanOptions>>().toExtend<z.input<typeof createPlanOptionsSchema>>();
    // A plan is passed as the library returned it; the schema also reads one whose agreements leave defaults out.
    expectTypeOf<Omit<z.input<typeof budgetStatusInputSchema>, 'plan'>>().toExtend<Omit<BudgetStatusInput, 'plan'>>();
    expectTypeOf<DeepMutable<BudgetStatusInput>>().toExtend<z.input<typeof budgetStatusInputSchema>>();
    expectTypeOf<z.input<typeof budgetPositionSchema>>().toExtend<BudgetPosition>();
    expectTypeOf<DeepMutable<BudgetPosition>>().toExtend<z.input<typeof budgetPositionSchema>>();
    expectTypeOf<z.input<typeof approvePlanOptionsSchema>>().toExtend<ApprovePlanOptions>();
    expectTypeOf<DeepMutable<ApprovePlanOptions>>().toExtend<z.input<typeof approvePlanOptionsSchema>>();
    expectTypeOf<z.input<typeof paybackOptionsSchema>>().toExtend<PaybackOptions>();
    expectTypeOf<DeepMutable<PaybackOptions>>().toExtend<z.input<typeof paybackOptionsSchema>>();
    // The language may be a catalogue: the schema sees its shape, the type names it.
    expectTypeOf<DeepMutable<RenderPlanOptions>>().toExtend<z.input<typeof renderPlanOptionsSchema>>();
  });
});
