// Validation of what the report takes: the employees' records, its options and stored agreement
// checks. The named types in ./types.ts are the contract (test/report/types.test.ts keeps them equal).
import * as z from 'zod/mini';
import { instantSchema } from '../core/index.js';
import { employeeRecordObjectSchema, storedAgreementCheckObjectSchema } from './record-schema.js';
import type { EmployeeRecord } from './types.js';

export { budgetPeriodStatusSchema } from './record-schema.js';

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
export const storedAgreementCheckSchema = storedAgreementCheckObjectSchema;

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
export const employeeRecordSchema: z.ZodMiniType<EmployeeRecord, unknown> = employeeRecordObjectSchema;
