// Validation of what the report takes: the employees' records, its options and stored agreement checks. The named types in
// ./types.ts are the contract (test/report/types.test.ts keeps them equal).
import * as z from 'zod/mini';
import { calendarDateSchema, currencySchema, idSchema, instantSchema } from '../core/index.js';
import { conversationSchema } from '../conversation/schema.js';
import { developmentPlanSchema } from '../plan/schema.js';
import { plannedConversationSchema } from '../schedule/schema.js';
import { fundingSourceKindSchema } from '../vocabulary/schema.js';

/** A language catalogue, as far as a schema can see it: an object with the four parts of a `Catalogue`. */
const catalogueShapeSchema = z.looseObject({
  locale: z.string().check(z.minLength(1), z.maxLength(35)),
  messages: z.looseObject({}),
  labels: z.looseObject({}),
  format: z.looseObject({}),
});

const localeSchema = z.union([z.enum(['nl', 'en']), catalogueShapeSchema]);

/**
 * Schema of a stored agreement check: the agreement's id and whether it met WWW and SMART.
 *
 * @example
 * ```ts
 * import { storedAgreementCheckSchema } from 'ontwikkelgesprek/schemas';
 * storedAgreementCheckSchema.safeParse({ agreementId: 'a1', www: true, smart: false }).success; // true
 * ```
 */
export const storedAgreementCheckSchema = z.strictObject({ agreementId: idSchema, www: z.boolean(), smart: z.boolean() });

/**
 * Schema of the options of `developmentReport`: the moment, up to 20 keys to group by, how many days
 * early a conversation still counts for a planned one (0 to 366), and the charts' language.
 *
 * @example
 * ```ts
 * import { developmentReportOptionsSchema } from 'ontwikkelgesprek/schemas';
 * developmentReportOptionsSchema.safeParse({ now: '2027-10-01T09:00:00+02:00', groupBy: ['team'] }).success; // true
 * developmentReportOptionsSchema.safeParse({ now: '2027-10-01' }).success; // false: a moment, with its offset
 * ```
 */
export const developmentReportOptionsSchema = z.strictObject({
  now: instantSchema,
  groupBy: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20))),
  earlyDays: z.optional(z.int().check(z.minimum(0), z.maximum(366))),
  locale: z.optional(localeSchema),
});

/**
 * Schema of the options of `combineReports`.
 *
 * @example
 * ```ts
 * import { combineReportsOptionsSchema } from 'ontwikkelgesprek/schemas';
 * combineReportsOptionsSchema.safeParse({ locale: 'en' }).success; // true
 * ```
 */
export const combineReportsOptionsSchema = z.strictObject({ locale: z.optional(localeSchema) });

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

/**
 * Schema of one employee's records for `developmentReport`: the employee's id, the host's group
 * keys (team, department, cost centre; each value a text), and the stored
 * conversations, POPs, planned conversations, budget periods and agreement checks, each checked
 * with its own module's schema.
 *
 * @example
 * ```ts
 * import { employeeRecordSchema } from 'ontwikkelgesprek/schemas';
 * employeeRecordSchema.safeParse({ employeeId: 'e-17', groups: { team: 'Klantcontact', costCentre: 'KP-410' } }).success; // true
 * employeeRecordSchema.safeParse({ employeeId: 'e-17', groups: { team: 7 } }).success; // false: a group is named by a text
 * ```
 */
export const employeeRecordSchema = z.strictObject({
  employeeId: idSchema,
  groups: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.string().check(z.maxLength(500)))),
  conversations: z.optional(z.array(conversationSchema)),
  plans: z.optional(z.array(developmentPlanSchema)),
  planned: z.optional(z.array(plannedConversationSchema)),
  budget: z.optional(z.array(budgetPeriodStatusSchema)),
  agreementChecks: z.optional(z.array(storedAgreementCheckSchema)),
});
