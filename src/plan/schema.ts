// Validation of the plan module's data. The named types in ./types.ts are the contract; these
// schemas check data against them (test/plan/types.test.ts keeps the two equal). The budget's
// schemas live in ./budget/schema.ts; this file is the one door for other modules.
import * as z from 'zod/mini';
import { agreementSchema } from '../agreements/schema.js';
import {
  calendarDateSchema,
  currentSchemaVersion,
  hostMetaSchema,
  idSchema,
  instantSchema,
  longTextSchema,
  moneySchema,
  shortTextSchema,
  timeZoneSchema,
  unrecognizedKeysSchema,
} from '../core/index.js';
import { conversationKindSchema, focusAreaSchema, roleSchema } from '../vocabulary/schema.js';
import { budgetStatusFields, costLineSchema, planFundingSchema } from './budget/schema.js';
import {
  approvalRecordSchema,
  authorSchema,
  hashSchema,
  planErasureSchema,
  planHistoryEntrySchema,
  progressEntrySchema,
  versionSchema,
} from './schema-history.js';
import type { PlanEvaluation } from './types.js';

export {
  approvalRecordSchema,
  planApprovalSchema,
  planChangeRecordSchema,
  planErasureSchema,
  planHistoryEntrySchema,
  planProgressSchema,
  planSectionSchema,
  progressEntrySchema,
  progressStatusSchema,
} from './schema-history.js';

export {
  approvePlanOptionsSchema,
  budgetAmountSchema,
  budgetExpenseSchema,
  budgetPeriodRuleSchema,
  budgetPositionSchema,
  carryOverPolicySchema,
  costLineSchema,
  developmentBudgetSchema,
  fundingSourceKindSchema,
  fundingSourceSchema,
  paybackOptionsSchema,
  paybackPolicySchema,
  paybackStepSchema,
  planFundingSchema,
  studyPointsSchema,
  studyTimeSchema,
} from './budget/schema.js';

/**
 * Schema of a person in the plan.
 *
 * @example
 * ```ts
 * import { planParticipantSchema } from 'ontwikkelgesprek/schemas';
 * planParticipantSchema.safeParse({ id: 'e-17', name: '  ' }).success; // false: a name is needed
 * ```
 */
export const planParticipantSchema = z.strictObject({ id: idSchema, name: shortTextSchema });

/**
 * Schema of the period a plan covers: the end not before the start.
 *
 * @example
 * ```ts
 * import { planPeriodSchema } from 'ontwikkelgesprek/schemas';
 * planPeriodSchema.safeParse({ start: '2027-06-01', end: '2027-01-01' }).success; // false
 * ```
 */
export const planPeriodSchema = z.strictObject({ start: calendarDateSchema, end: calendarDateSchema }).check(
  z.refine((period) => period.start <= period.end, {
    path: ['end'],
    params: { code: 'plan.period.reversed' },
    message: 'The period ends before it starts',
  }),
);

/**
 * Schema of an ambition.
 *
 * @example
 * ```ts
 * import { ambitionSchema } from 'ontwikkelgesprek/schemas';
 * ambitionSchema.safeParse({ id: 'a1', text: 'Over twee jaar een team leiden' }).success; // true
 * ```
 */
export const ambitionSchema = z.strictObject({ id: idSchema, text: shortTextSchema });

/**
 * Schema of whose need a goal came from.
 *
 * @example
 * ```ts
 * import { goalSourceSchema } from 'ontwikkelgesprek/schemas';
 * goalSourceSchema.options; // ['employee', 'organisation', 'joint']
 * ```
 */
export const goalSourceSchema = z.enum(['employee', 'organisation', 'joint']);

/**
 * Schema of a development goal.
 *
 * @example
 * ```ts
 * import { developmentGoalSchema } from 'ontwikkelgesprek/schemas';
 * developmentGoalSchema.safeParse({ id: 'g1', title: 'Presenteren voor klanten', source: 'employee', organisationGoalIds: [] }).success; // true
 * ```
 */
export const developmentGoalSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  why: z.optional(longTextSchema),
  source: goalSourceSchema,
  focus: z.optional(focusAreaSchema),
  organisationGoalIds: z.array(idSchema).check(z.maxLength(100)),
  ideas: z.optional(longTextSchema),
  when: z.optional(shortTextSchema),
  expectedCost: z.optional(moneySchema),
  organisationLink: z.optional(longTextSchema),
  competenceId: z.optional(idSchema),
});

/**
 * Schema of a competence the plan works on (see `PlanCompetence`).
 *
 * @example
 * ```ts
 * import { planCompetenceSchema } from 'ontwikkelgesprek/schemas';
 * planCompetenceSchema.safeParse({ id: 'planning' }).success; // false: its name is kept too
 * ```
 */
export const planCompetenceSchema = z.strictObject({ id: idSchema, title: shortTextSchema });

/**
 * Schema of the next conversation as the plan records it.
 *
 * @example
 * ```ts
 * import { planNextConversationSchema } from 'ontwikkelgesprek/schemas';
 * planNextConversationSchema.safeParse({ date: '2027-09-15', minutes: 600 }).success; // false: at most 480 minutes
 * ```
 */
export const planNextConversationSchema = z.strictObject({
  date: calendarDateSchema,
  start: z.optional(instantSchema),
  minutes: z.optional(z.int().check(z.minimum(5), z.maximum(480))),
  kind: z.optional(conversationKindSchema),
  note: z.optional(longTextSchema),
});

/** One side's evaluation of the conversation in the plan (see `PlanSideEvaluation`). */
const planSideEvaluationSchema = z.strictObject({
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  feedback: z.optional(longTextSchema),
  grade: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
  nextTime: z.optional(longTextSchema),
});

/** Each side's evaluation, named by its type (so the plan's declarations do not spell it out three times). */
const bySideSchema: z.ZodMiniType<NonNullable<PlanEvaluation['bySide']>, NonNullable<PlanEvaluation['bySide']>> = z.strictObject({
  employee: z.optional(planSideEvaluationSchema),
  manager: z.optional(planSideEvaluationSchema),
});

/**
 * Schema of the evaluation of the conversation: the latest, and each side's once both evaluated.
 *
 * @example
 * ```ts
 * import { planEvaluationSchema } from 'ontwikkelgesprek/schemas';
 * planEvaluationSchema.safeParse({ grade: 7, bySide: { employee: { grade: 11 } } }).success; // false: a grade is 1 to 10
 * ```
 */
export const planEvaluationSchema = z.strictObject({
  ...planSideEvaluationSchema.shape,
  bySide: z.optional(bySideSchema),
});

/**
 * Schema of the employee's own say on the plan and the report (see `PlanZienswijze`): at least one
 * of the two comments.
 *
 * @example
 * ```ts
 * import { planZienswijzeSchema } from 'ontwikkelgesprek/schemas';
 * planZienswijzeSchema.safeParse({ at: '2027-03-16T09:00:00+01:00' }).success; // false: say something
 * ```
 */
export const planZienswijzeSchema = z
  .strictObject({ plan: z.optional(longTextSchema), report: z.optional(longTextSchema), at: instantSchema })
  .check(
    z.refine((view) => (view.plan ?? '').trim() !== '' || (view.report ?? '').trim() !== '', {
      path: ['plan'],
      params: { code: 'plan.zienswijze.empty' },
      message: 'A view says something about the plan or the report',
    }),
  );

/**
 * Schema of who may read a plan (see `PlanVisibility`).
 *
 * @example
 * ```ts
 * import { planVisibilitySchema } from 'ontwikkelgesprek/schemas';
 * planVisibilitySchema.options; // ['shared', 'hr']
 * ```
 */
export const planVisibilitySchema = z.enum(['shared', 'hr']);

const sharedWithSchema = z.array(idSchema).check(z.maxLength(50));

/** The fields approvals and the content hash cover. */
const planContentShape = {
  id: idSchema,
  conversationId: z.optional(idSchema),
  kind: conversationKindSchema,
  employee: planParticipantSchema,
  manager: planParticipantSchema,
  period: planPeriodSchema,
  ambitions: z.array(ambitionSchema).check(z.maxLength(100)),
  goals: z.array(developmentGoalSchema).check(z.maxLength(200)),
  agreements: z.array(agreementSchema).check(z.maxLength(500)),
  competences: z.optional(
    z.array(planCompetenceSchema).check(
      z.maxLength(200),
      z.refine((list) => new Set(list.map((competence) => competence.id)).size === list.length, { message: 'Each competence once' }),
    ),
  ),
  costs: z.array(costLineSchema).check(z.maxLength(500)),
  funding: z.optional(planFundingSchema),
  nextConversation: z.nullable(planNextConversationSchema),
  evaluation: z.nullable(planEvaluationSchema),
  zienswijze: z.optional(planZienswijzeSchema),
  visibility: z.optional(planVisibilitySchema),
  sharedWith: z.optional(sharedWithSchema),
};

/**
 * Schema of the approvable content of a plan (what the content hash covers).
 *
 * @example
 * ```ts
 * import { planContentSchema } from 'ontwikkelgesprek/schemas';
 * Object.keys(planContentSchema.shape).includes('version'); // false
 * ```
 */
export const planContentSchema = z.strictObject(planContentShape);

/** The content of a plan or of a whole stored plan (with its version and tombstones), other keys left out: what `planContentHash` reads. */
export const planContentOfSchema = z.object({
  ...planContentShape,
  version: z.optional(versionSchema),
  erasures: z.optional(z.array(planErasureSchema).check(z.maxLength(10_000))),
});

/**
 * Schema of the POP as stored, versioned data.
 *
 * @example
 * ```ts
 * import { developmentPlanSchema } from 'ontwikkelgesprek/schemas';
 * developmentPlanSchema.safeParse({ id: 'pop-1' }).success; // false: most fields are missing
 * ```
 */
export const developmentPlanSchema = z.strictObject({
  schemaVersion: z.literal(currentSchemaVersion),
  ...planContentShape,
  version: versionSchema,
  hash: hashSchema,
  approvals: z.array(approvalRecordSchema).check(z.maxLength(2)),
  history: z.array(planHistoryEntrySchema).check(z.minLength(1)),
  progress: z.array(progressEntrySchema),
  erasures: z.optional(z.array(planErasureSchema).check(z.maxLength(10_000))),
  meta: z.optional(hostMetaSchema),
  unrecognized: z.optional(unrecognizedKeysSchema),
});

/**
 * Schema of an amendment: the sections given replace the current ones.
 *
 * @example
 * ```ts
 * import { planAmendmentSchema } from 'ontwikkelgesprek/schemas';
 * planAmendmentSchema.safeParse({ by: 'employee', at: '2027-04-01T09:00:00+02:00', set: { id: 'other' } }).success; // false
 * ```
 */
export const planAmendmentSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  reason: z.optional(longTextSchema),
  set: z.partial(z.omit(planContentSchema, { id: true })),
});

/**
 * Schema of the input of `draftDevelopmentPlan`.
 *
 * @example
 * ```ts
 * import { planDraftSchema } from 'ontwikkelgesprek/schemas';
 * planDraftSchema.shape.by.safeParse('conversation').success; // true
 * ```
 */
export const planDraftSchema = z.strictObject({
  content: planContentSchema,
  at: instantSchema,
  by: authorSchema,
  meta: z.optional(hostMetaSchema),
});

/**
 * Schema of the options of `createDevelopmentPlan`.
 *
 * @example
 * ```ts
 * import { createPlanOptionsSchema } from 'ontwikkelgesprek/schemas';
 * createPlanOptionsSchema.safeParse({ defaultPeriodMonths: 0 }).success; // false
 * ```
 */
export const createPlanOptionsSchema = z.strictObject({
  planId: z.optional(idSchema),
  visibility: z.optional(planVisibilitySchema),
  sharedWith: z.optional(sharedWithSchema),
  defaultPeriodMonths: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
  funding: z.optional(planFundingSchema),
  costSource: z.optional(idSchema),
  meta: z.optional(hostMetaSchema),
});

/** A language catalogue, as far as a schema can see it: an object with the four parts of a `Catalogue`. */
const catalogueShapeSchema = z.looseObject({
  locale: z.string().check(z.minLength(1), z.maxLength(35)),
  messages: z.looseObject({}),
  labels: z.looseObject({}),
  format: z.looseObject({}),
});

/**
 * Schema of the options of `renderPlanMarkdown`: a built-in language or a catalogue, and a time zone.
 *
 * @example
 * ```ts
 * import { renderPlanOptionsSchema } from 'ontwikkelgesprek/schemas';
 * renderPlanOptionsSchema.safeParse({ locale: 'fr' }).success; // false: 'nl', 'en' or a catalogue
 * ```
 */
export const renderPlanOptionsSchema = z.strictObject({
  locale: z.union([z.enum(['nl', 'en']), catalogueShapeSchema]),
  timeZone: z.optional(timeZoneSchema),
});

/**
 * Schema of the input of `budgetStatus`: a 0.1 `budget` or `sources` (not both), or a plan with
 * funding, and whose budget it is.
 *
 * @example
 * ```ts
 * import { budgetStatusInputSchema } from 'ontwikkelgesprek/schemas';
 * budgetStatusInputSchema.safeParse({ employeeId: 'e-17', sources: [], now: '2027-10-15T09:00:00+02:00', lateInYear: { fromMonth: 13 } }).success; // false
 * ```
 */
export const budgetStatusInputSchema = z.strictObject({ ...budgetStatusFields, plan: z.optional(developmentPlanSchema) }).check(
  z.refine((input) => input.budget === undefined || input.sources === undefined, {
    path: ['sources'],
    params: { code: 'budget.setup.ambiguous' },
    message: 'Give either a budget or sources',
  }),
  z.refine((input) => input.budget !== undefined || input.employeeId !== undefined || input.plan !== undefined, {
    path: ['employeeId'],
    params: { code: 'budget.employee.missing' },
    message: 'Whose budget is it?',
  }),
);
