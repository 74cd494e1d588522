// The schema of an employee's records as an object, with its fields: the report reads records
// through it. The door (./schema.ts) exports it with a short declared type, so the bundled type
// declarations name `EmployeeRecord` instead of spelling out the schemas of conversations and plans.
import * as z from 'zod/mini';
import { calendarDateSchema, currencySchema, idSchema } from '../core/index.js';
import { conversationSchema } from '../conversation/schema.js';
import { developmentPlanSchema } from '../plan/schema.js';
import { plannedConversationSchema } from '../schedule/schema.js';
import { fundingSourceKindSchema } from '../vocabulary/schema.js';

const signedCount = z.int().check(z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER));

/** An amount in a budget status: like a budget amount, but `remaining` is negative when a source is over-claimed. */
const statusAmountSchema = z.union([
  z.strictObject({ amount: signedCount, currency: currencySchema }),
  z.strictObject({ minutes: signedCount }),
  z.strictObject({ studyPoints: signedCount }),
]);

/**
 * Schema of one budget period of one source and unit, as `budgetStatus` answers it in `periods`
 * (a host stores it and hands it to the report): whole minor units, minutes or study points, with
 * `remaining` negative when the source is over-claimed.
 *
 * @example
 * ```ts
 * import { budgetPeriodStatusSchema } from 'ontwikkelgesprek/schemas';
 * const eur = (amount: number) => ({ amount, currency: 'EUR' });
 * const period = {
 *   source: 'pob', kind: 'personalBudget', title: null, start: '2027-01-01', end: '2027-12-31', current: true,
 *   allowance: eur(70000), carriedIn: eur(0), available: eur(70000), committed: eur(120000), spent: eur(0),
 *   outstanding: eur(120000), remaining: eur(-50000), expiring: eur(0), carriedOut: eur(0), utilisation: 1.7143,
 * };
 * budgetPeriodStatusSchema.safeParse(period).success; // true
 * budgetPeriodStatusSchema.safeParse({ ...period, spent: { amount: 0.5, currency: 'EUR' } }).success; // false: minor units are whole
 * ```
 */
export const budgetPeriodStatusSchema = z.strictObject({
  source: idSchema,
  kind: fundingSourceKindSchema,
  title: z.nullable(z.string().check(z.maxLength(500))),
  start: calendarDateSchema,
  end: calendarDateSchema,
  current: z.boolean(),
  allowance: z.nullable(statusAmountSchema),
  carriedIn: z.nullable(statusAmountSchema),
  available: z.nullable(statusAmountSchema),
  committed: statusAmountSchema,
  spent: statusAmountSchema,
  outstanding: statusAmountSchema,
  remaining: z.nullable(statusAmountSchema),
  expiring: z.nullable(statusAmountSchema),
  carriedOut: z.nullable(statusAmountSchema),
  utilisation: z.nullable(z.number().check(z.minimum(0))),
});

/** A stored agreement check (see `storedAgreementCheckSchema`). */
export const storedAgreementCheckObjectSchema = z.strictObject({ agreementId: idSchema, www: z.boolean(), smart: z.boolean() });

/** The schema of an employee's records, as an object (see `employeeRecordSchema`). */
export const employeeRecordObjectSchema = z.strictObject({
  employeeId: idSchema,
  groups: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.string().check(z.maxLength(500)))),
  conversations: z.optional(z.array(conversationSchema)),
  plans: z.optional(z.array(developmentPlanSchema)),
  planned: z.optional(z.array(plannedConversationSchema)),
  budget: z.optional(z.array(budgetPeriodStatusSchema)),
  agreementChecks: z.optional(z.array(storedAgreementCheckObjectSchema)),
});
