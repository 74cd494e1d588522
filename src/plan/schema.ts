import { z } from 'zod';
import { calendarDateSchema, currencySchema, idSchema, instantSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { conversationKindSchema, focusAreaSchema, roleSchema } from '../vocabulary/index.js';
import { agreementSchema } from '../agreements/index.js';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Schema of a person in the plan: the id the host uses and a display name.
 *
 * @example
 * ```ts
 * import { planParticipantSchema } from 'ontwikkelgesprek';
 * planParticipantSchema.parse({ id: 'e-17', name: 'Sanne de Vries' });
 * ```
 */
export const planParticipantSchema = z.strictObject({ id: idSchema, name: shortTextSchema });

/**
 * A person in the plan: employee or manager.
 *
 * @example
 * ```ts
 * import type { PlanParticipant } from 'ontwikkelgesprek';
 * const manager: PlanParticipant = { id: 'm-3', name: 'Karim Bouzid' };
 * ```
 */
export type PlanParticipant = z.infer<typeof planParticipantSchema>;

/**
 * Schema of the period a plan covers: two calendar dates, the end not before the start.
 *
 * @example
 * ```ts
 * import { planPeriodSchema } from 'ontwikkelgesprek';
 * planPeriodSchema.safeParse({ start: '2027-06-01', end: '2027-01-01' }).success; // false
 * ```
 */
export const planPeriodSchema = z
  .strictObject({ start: calendarDateSchema, end: calendarDateSchema })
  .refine((period) => period.start <= period.end, {
    message: 'The period ends before it starts',
    path: ['end'],
    params: { code: 'plan.period.reversed' },
  });

/**
 * The period a plan covers.
 *
 * @example
 * ```ts
 * import type { PlanPeriod } from 'ontwikkelgesprek';
 * const period: PlanPeriod = { start: '2027-03-15', end: '2028-03-15' };
 * ```
 */
export type PlanPeriod = z.infer<typeof planPeriodSchema>;

/**
 * Schema of an ambition: where the employee wants to go, in their own words.
 *
 * @example
 * ```ts
 * import { ambitionSchema } from 'ontwikkelgesprek';
 * ambitionSchema.parse({ id: 'a1', text: 'Over twee jaar een team leiden' });
 * ```
 */
export const ambitionSchema = z.strictObject({ id: idSchema, text: shortTextSchema });

/**
 * An ambition of the employee.
 *
 * @example
 * ```ts
 * import type { Ambition } from 'ontwikkelgesprek';
 * const ambition: Ambition = { id: 'a1', text: 'Lead a team within two years' };
 * ```
 */
export type Ambition = z.infer<typeof ambitionSchema>;

/**
 * Schema of whose need a goal came from: the employee's, the organisation's, or both (a joint point).
 *
 * @example
 * ```ts
 * import { goalSourceSchema } from 'ontwikkelgesprek';
 * goalSourceSchema.options; // ['employee', 'organisation', 'joint']
 * ```
 */
export const goalSourceSchema = z.enum(['employee', 'organisation', 'joint']);

/**
 * Whose need a goal came from.
 *
 * @example
 * ```ts
 * import type { GoalSource } from 'ontwikkelgesprek';
 * const source: GoalSource = 'joint';
 * ```
 */
export type GoalSource = z.infer<typeof goalSourceSchema>;

/**
 * Schema of a development goal: what the employee wants to develop, why, its focus (knowledge,
 * skills or competences) and the organisation goals it serves.
 *
 * @example
 * ```ts
 * import { developmentGoalSchema } from 'ontwikkelgesprek';
 * developmentGoalSchema.parse({
 *   id: 'g1',
 *   title: 'Presenteren voor klanten',
 *   source: 'employee',
 *   focus: 'skills',
 *   organisationGoalIds: ['klantgericht-2027'],
 * });
 * ```
 */
export const developmentGoalSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  why: longTextSchema.optional(),
  source: goalSourceSchema,
  focus: focusAreaSchema.optional(),
  organisationGoalIds: z.array(idSchema).max(100),
});

/**
 * A development goal in the plan.
 *
 * @example
 * ```ts
 * import type { DevelopmentGoal } from 'ontwikkelgesprek';
 * const goal: DevelopmentGoal = { id: 'g1', title: 'Present to clients', source: 'employee', organisationGoalIds: [] };
 * ```
 */
export type DevelopmentGoal = z.infer<typeof developmentGoalSchema>;

/**
 * Schema of a number of study points (a budget kept in points instead of money).
 *
 * @example
 * ```ts
 * import { studyPointsSchema } from 'ontwikkelgesprek';
 * studyPointsSchema.parse({ studyPoints: 40 });
 * ```
 */
export const studyPointsSchema = z.strictObject({
  studyPoints: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * A number of study points.
 *
 * @example
 * ```ts
 * import type { StudyPoints } from 'ontwikkelgesprek';
 * const points: StudyPoints = { studyPoints: 12 };
 * ```
 */
export type StudyPoints = z.infer<typeof studyPointsSchema>;

/**
 * Schema of a budget amount: money (whole minor units, not negative, with an ISO 4217 currency) or
 * study points.
 *
 * @example
 * ```ts
 * import { budgetAmountSchema } from 'ontwikkelgesprek';
 * budgetAmountSchema.safeParse({ amount: 70000, currency: 'EUR' }).success; // true
 * budgetAmountSchema.safeParse({ amount: 12.5, currency: 'EUR' }).success; // false: minor units are whole
 * ```
 */
export const budgetAmountSchema = z.union([
  z.strictObject({
    amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    currency: currencySchema,
  }),
  studyPointsSchema,
]);

/**
 * A budget amount: money in minor units with its currency, or study points.
 *
 * @example
 * ```ts
 * import type { BudgetAmount } from 'ontwikkelgesprek';
 * const cost: BudgetAmount = { amount: 45000, currency: 'EUR' };
 * ```
 */
export type BudgetAmount = z.infer<typeof budgetAmountSchema>;

/**
 * Schema of a cost line of the plan, usually the cost of one agreement.
 *
 * @example
 * ```ts
 * import { costLineSchema } from 'ontwikkelgesprek';
 * costLineSchema.parse({
 *   id: 'cost-a1',
 *   description: 'Training presenteren',
 *   amount: { amount: 45000, currency: 'EUR' },
 *   agreementId: 'a1',
 * });
 * ```
 */
export const costLineSchema = z.strictObject({
  id: idSchema,
  description: shortTextSchema,
  amount: budgetAmountSchema,
  agreementId: idSchema.optional(),
});

/**
 * A cost line of the plan.
 *
 * @example
 * ```ts
 * import type { CostLine } from 'ontwikkelgesprek';
 * const line: CostLine = { id: 'c1', description: 'Coaching', amount: { amount: 60000, currency: 'EUR' } };
 * ```
 */
export type CostLine = z.infer<typeof costLineSchema>;

/**
 * Schema of the next conversation as the plan records it: its date, optionally its start, length
 * and kind (a short check-in is fine).
 *
 * @example
 * ```ts
 * import { planNextConversationSchema } from 'ontwikkelgesprek';
 * planNextConversationSchema.parse({ date: '2027-09-15', minutes: 30, kind: 'checkIn' });
 * ```
 */
export const planNextConversationSchema = z.strictObject({
  date: calendarDateSchema,
  start: instantSchema.optional(),
  minutes: z.number().int().min(5).max(480).optional(),
  kind: conversationKindSchema.optional(),
  note: longTextSchema.optional(),
});

/**
 * The next conversation.
 *
 * @example
 * ```ts
 * import type { PlanNextConversation } from 'ontwikkelgesprek';
 * const next: PlanNextConversation = { date: '2027-09-15' };
 * ```
 */
export type PlanNextConversation = z.infer<typeof planNextConversationSchema>;

/**
 * Schema of the evaluation of the conversation: how the employee experienced it (rating 1 to 5,
 * as the conversation records it) and the feedback given.
 *
 * @example
 * ```ts
 * import { planEvaluationSchema } from 'ontwikkelgesprek';
 * planEvaluationSchema.parse({ rating: 4, feedback: 'Open gesprek, veel ruimte voor mijn ideeën.' });
 * ```
 */
export const planEvaluationSchema = z.strictObject({
  rating: z.number().int().min(1).max(5).optional(),
  feedback: longTextSchema.optional(),
});

/**
 * The evaluation of the conversation.
 *
 * @example
 * ```ts
 * import type { PlanEvaluation } from 'ontwikkelgesprek';
 * const evaluation: PlanEvaluation = { rating: 4 };
 * ```
 */
export type PlanEvaluation = z.infer<typeof planEvaluationSchema>;

/**
 * Schema of an approval as the caller gives it to `approvePlan`: who, when, and the version (and
 * optionally the hash) they saw.
 *
 * @example
 * ```ts
 * import { planApprovalSchema } from 'ontwikkelgesprek';
 * planApprovalSchema.parse({ by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 });
 * ```
 */
export const planApprovalSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  version: z.number().int().min(1),
  hash: hashSchema.optional(),
});

/**
 * An approval as given to `approvePlan`.
 *
 * @example
 * ```ts
 * import type { PlanApproval } from 'ontwikkelgesprek';
 * const approval: PlanApproval = { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 };
 * ```
 */
export type PlanApproval = z.infer<typeof planApprovalSchema>;

/**
 * Schema of an approval as the plan records it, always with the hash of the version approved.
 *
 * @example
 * ```ts
 * import { approvalRecordSchema } from 'ontwikkelgesprek';
 * approvalRecordSchema.safeParse({ by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }).success; // false: no hash
 * ```
 */
export const approvalRecordSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  version: z.number().int().min(1),
  hash: hashSchema,
});

/**
 * A recorded approval.
 *
 * @example
 * ```ts
 * import type { ApprovalRecord } from 'ontwikkelgesprek';
 * const record: ApprovalRecord = { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: '0'.repeat(64) };
 * ```
 */
export type ApprovalRecord = z.infer<typeof approvalRecordSchema>;

/**
 * Schema of the sections of a plan, as named in its history.
 *
 * @example
 * ```ts
 * import { planSectionSchema } from 'ontwikkelgesprek';
 * planSectionSchema.parse('agreements');
 * ```
 */
export const planSectionSchema = z.enum([
  'plan',
  'employee',
  'manager',
  'period',
  'ambitions',
  'goals',
  'agreements',
  'costs',
  'nextConversation',
  'evaluation',
]);

/**
 * A section of a plan.
 *
 * @example
 * ```ts
 * import type { PlanSection } from 'ontwikkelgesprek';
 * const section: PlanSection = 'goals';
 * ```
 */
export type PlanSection = z.infer<typeof planSectionSchema>;

/**
 * Schema of one change in the history: which section, which item (by id) and what happened to it.
 *
 * @example
 * ```ts
 * import { planChangeRecordSchema } from 'ontwikkelgesprek';
 * planChangeRecordSchema.parse({ section: 'agreements', id: 'a2', action: 'added' });
 * ```
 */
export const planChangeRecordSchema = z.strictObject({
  section: planSectionSchema,
  id: idSchema.optional(),
  action: z.enum(['created', 'added', 'changed', 'removed']),
});

/**
 * One change in the history.
 *
 * @example
 * ```ts
 * import type { PlanChangeRecord } from 'ontwikkelgesprek';
 * const change: PlanChangeRecord = { section: 'period', action: 'changed' };
 * ```
 */
export type PlanChangeRecord = z.infer<typeof planChangeRecordSchema>;

/**
 * Schema of a history entry: one per version, saying who made it, when, why, what changed, its
 * content hash and the approvals it cleared.
 *
 * @example
 * ```ts
 * import { planHistoryEntrySchema } from 'ontwikkelgesprek';
 * planHistoryEntrySchema.shape.by.options; // ['employee', 'manager', 'conversation']
 * ```
 */
export const planHistoryEntrySchema = z.strictObject({
  version: z.number().int().min(1),
  at: instantSchema,
  by: z.enum(['employee', 'manager', 'conversation']),
  reason: longTextSchema.optional(),
  changes: z.array(planChangeRecordSchema),
  hash: hashSchema,
  clearedApprovals: z.array(approvalRecordSchema),
});

/**
 * A history entry.
 *
 * @example
 * ```ts
 * import type { PlanHistoryEntry } from 'ontwikkelgesprek';
 * const entry: PlanHistoryEntry = {
 *   version: 1,
 *   at: '2027-03-15T11:00:00+01:00',
 *   by: 'conversation',
 *   changes: [{ section: 'plan', action: 'created' }],
 *   hash: '0'.repeat(64),
 *   clearedApprovals: [],
 * };
 * ```
 */
export type PlanHistoryEntry = z.infer<typeof planHistoryEntrySchema>;

/**
 * Schema of an agreement's status: open, done or dropped.
 *
 * @example
 * ```ts
 * import { progressStatusSchema } from 'ontwikkelgesprek';
 * progressStatusSchema.options; // ['open', 'done', 'dropped']
 * ```
 */
export const progressStatusSchema = z.enum(['open', 'done', 'dropped']);

/**
 * An agreement's status.
 *
 * @example
 * ```ts
 * import type { ProgressStatus } from 'ontwikkelgesprek';
 * const status: ProgressStatus = 'done';
 * ```
 */
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

/**
 * Schema of progress on an agreement as given to `recordProgress`: a new status, a note, or both.
 *
 * @example
 * ```ts
 * import { planProgressSchema } from 'ontwikkelgesprek';
 * planProgressSchema.parse({ agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', status: 'done' });
 * ```
 */
export const planProgressSchema = z
  .strictObject({
    agreementId: idSchema,
    by: roleSchema,
    at: instantSchema,
    status: progressStatusSchema.optional(),
    note: longTextSchema.optional(),
  })
  .refine((progress) => progress.status !== undefined || (progress.note ?? '').trim() !== '', {
    message: 'Progress needs a status or a note',
    params: { code: 'plan.progress.empty' },
  });

/**
 * Progress on an agreement, as given to `recordProgress`.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from 'ontwikkelgesprek';
 * const progress: PlanProgress = { agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', note: 'Eerste sessie gehad.' };
 * ```
 */
export type PlanProgress = z.infer<typeof planProgressSchema>;

/**
 * Schema of a progress entry as the plan records it, with the version it was recorded against.
 *
 * @example
 * ```ts
 * import { progressEntrySchema } from 'ontwikkelgesprek';
 * progressEntrySchema.shape.version.safeParse(0).success; // false
 * ```
 */
export const progressEntrySchema = z.strictObject({
  agreementId: idSchema,
  by: roleSchema,
  at: instantSchema,
  status: progressStatusSchema.optional(),
  note: longTextSchema.optional(),
  version: z.number().int().min(1),
});

/**
 * A recorded progress entry.
 *
 * @example
 * ```ts
 * import type { ProgressEntry } from 'ontwikkelgesprek';
 * const entry: ProgressEntry = { agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', status: 'done', version: 1 };
 * ```
 */
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

/**
 * The fields of a plan that approvals cover, and so the content hash: everything except the
 * version, hash, approvals, history and progress log (and the status of agreements, which is
 * progress).
 */
const planContentShape = {
  id: idSchema,
  conversationId: idSchema.optional(),
  kind: conversationKindSchema,
  employee: planParticipantSchema,
  manager: planParticipantSchema,
  period: planPeriodSchema,
  ambitions: z.array(ambitionSchema).max(100),
  goals: z.array(developmentGoalSchema).max(200),
  agreements: z.array(agreementSchema).max(500),
  costs: z.array(costLineSchema).max(500),
  nextConversation: planNextConversationSchema.nullable(),
  evaluation: planEvaluationSchema.nullable(),
};

/**
 * Schema of the approvable content of a plan (what the hash covers), as used by `amendPlan` to
 * replace whole sections.
 *
 * @example
 * ```ts
 * import { planContentSchema } from 'ontwikkelgesprek';
 * Object.keys(planContentSchema.shape).includes('version'); // false
 * ```
 */
export const planContentSchema = z.strictObject(planContentShape);

/**
 * The approvable content of a plan.
 *
 * @example
 * ```ts
 * import type { PlanContent } from 'ontwikkelgesprek';
 * type Sections = keyof PlanContent; // 'goals' | 'agreements' | ...
 * ```
 */
export type PlanContent = z.infer<typeof planContentSchema>;

/**
 * Schema of the POP (persoonlijk ontwikkelplan) as versioned data: the content both sides approve,
 * plus its version, content hash, approvals, history and progress log.
 *
 * @example
 * ```ts
 * import { developmentPlanSchema } from 'ontwikkelgesprek';
 * developmentPlanSchema.safeParse({ id: 'pop-1' }).success; // false: most fields are missing
 * ```
 */
export const developmentPlanSchema = z.strictObject({
  ...planContentShape,
  version: z.number().int().min(1),
  hash: hashSchema,
  approvals: z.array(approvalRecordSchema).max(2),
  history: z.array(planHistoryEntrySchema).min(1),
  progress: z.array(progressEntrySchema),
});

/**
 * The POP: a development plan as versioned data.
 *
 * @example
 * ```ts
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * function versionOf(plan: DevelopmentPlan): number {
 *   return plan.version;
 * }
 * ```
 */
export type DevelopmentPlan = z.infer<typeof developmentPlanSchema>;

/**
 * Schema of an amendment: who changes the plan, when, why, and the sections they replace. Each
 * given section replaces the current one as a whole; sections left out stay as they are.
 *
 * @example
 * ```ts
 * import { planAmendmentSchema } from 'ontwikkelgesprek';
 * planAmendmentSchema.parse({
 *   by: 'employee',
 *   at: '2027-04-01T09:00:00+02:00',
 *   reason: 'Volgend gesprek eerder',
 *   set: { nextConversation: { date: '2027-08-30' } },
 * });
 * ```
 */
export const planAmendmentSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  reason: longTextSchema.optional(),
  set: planContentSchema.omit({ id: true }).partial(),
});

/**
 * An amendment to a plan.
 *
 * @example
 * ```ts
 * import type { PlanAmendment } from 'ontwikkelgesprek';
 * const change: PlanAmendment = { by: 'manager', at: '2027-04-01T09:00:00+02:00', set: { evaluation: null } };
 * ```
 */
export type PlanAmendment = z.infer<typeof planAmendmentSchema>;

/**
 * Schema of the input of `draftDevelopmentPlan`: the content of a new plan, when it was written and
 * by whom (`conversation` when it was assembled from a concluded conversation).
 *
 * @example
 * ```ts
 * import { planDraftSchema } from 'ontwikkelgesprek';
 * planDraftSchema.shape.by.options; // ['employee', 'manager', 'conversation']
 * ```
 */
export const planDraftSchema = z.strictObject({
  content: planContentSchema,
  at: instantSchema,
  by: z.enum(['employee', 'manager', 'conversation']),
});

/**
 * The input of `draftDevelopmentPlan`, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { PlanDraft } from 'ontwikkelgesprek';
 * type Written = PlanDraft['at'];
 * ```
 */
export type PlanDraft = z.input<typeof planDraftSchema>;
