import * as z from 'zod/mini';
import { idSchema } from '../../core/index.js';
import { conversationKindSchema } from '../../vocabulary/schema.js';
import { workingCalendarSchema } from './calendar.js';
import { dateOrInstantSchema, dateSchema, instantSchema, zoneSchema } from './common.js';
import { rhythmPolicySchema } from './plan.js';

const agreementStatusSchema = z._default(z.enum(['open', 'done', 'dropped']), 'open');

/**
 * Schema of an agreement as the schedule module reads it: `{ id, what, who, when, status }`. Other
 * keys are allowed (and ignored), so a full agreement from the agreements module passes as it is.
 *
 * @example
 * ```ts
 * import { trackedAgreementSchema } from 'ontwikkelgesprek/schemas';
 * trackedAgreementSchema.parse({ id: 'a1', what: 'Cursus', who: 'emp-1', when: '2027-06-01' }).status; // 'open'
 * ```
 */
export const trackedAgreementSchema = z.looseObject({
  id: idSchema,
  what: z.string().check(z.maxLength(2_000)),
  who: z.string().check(z.trim(), z.maxLength(200)),
  when: z.optional(dateSchema),
  status: agreementStatusSchema,
});

/**
 * Schema of the input of `followUpStatus` (see `FollowUpInput`).
 *
 * @example
 * ```ts
 * import { followUpInputSchema } from 'ontwikkelgesprek/schemas';
 * followUpInputSchema.safeParse({ kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01T09:00:00Z' }).success; // true
 * ```
 */
export const followUpInputSchema = z.strictObject({
  kind: conversationKindSchema,
  lastConversation: z.optional(dateOrInstantSchema),
  hireDate: z.optional(dateSchema),
  nextPlanned: z.optional(dateOrInstantSchema),
  policy: z.optional(rhythmPolicySchema),
  agreements: z.optional(z.array(trackedAgreementSchema).check(z.maxLength(10_000))),
  agreementDueSoonDays: z.optional(z.int().check(z.minimum(0), z.maximum(366))),
  calendar: z.optional(workingCalendarSchema),
  now: instantSchema,
  timeZone: z.optional(zoneSchema),
});

/**
 * Schema of an agreement of an employee in `dueList`: `id`, `when` and `status` are read, other keys
 * are ignored.
 *
 * @example
 * ```ts
 * import { dueAgreementSchema } from 'ontwikkelgesprek/schemas';
 * dueAgreementSchema.safeParse({ id: 'a1', when: '2027-05-01', what: 'Cursus' }).success; // true
 * ```
 */
export const dueAgreementSchema = z.looseObject({
  id: idSchema,
  when: z.optional(dateSchema),
  status: agreementStatusSchema,
});

/**
 * Schema of one employee in `dueList` (see `DueEmployee`).
 *
 * @example
 * ```ts
 * import { dueEmployeeSchema } from 'ontwikkelgesprek/schemas';
 * dueEmployeeSchema.safeParse({ id: 'e1', lastConversation: '2026-05-01' }).success; // true
 * ```
 */
export const dueEmployeeSchema = z.strictObject({
  id: idSchema,
  kind: z.optional(conversationKindSchema),
  lastConversation: z.optional(dateOrInstantSchema),
  hireDate: z.optional(dateSchema),
  nextPlanned: z.optional(dateOrInstantSchema),
  agreements: z.optional(z.array(dueAgreementSchema).check(z.maxLength(10_000))),
});

/**
 * Schema of the input of `dueList` (see `DueListInput`).
 *
 * @example
 * ```ts
 * import { dueListInputSchema } from 'ontwikkelgesprek/schemas';
 * dueListInputSchema.safeParse({ employees: [], now: '2027-03-01T09:00:00Z' }).success; // true
 * ```
 */
export const dueListInputSchema = z.strictObject({
  employees: z.array(dueEmployeeSchema).check(z.maxLength(1_000_000)),
  policies: z.optional(
    z.strictObject({
      development: z.optional(rhythmPolicySchema),
      career: z.optional(rhythmPolicySchema),
      checkIn: z.optional(rhythmPolicySchema),
      futureDialogue: z.optional(rhythmPolicySchema),
    }),
  ),
  horizonDays: z.optional(z.int().check(z.minimum(0), z.maximum(3_660))),
  includeOnTrack: z.optional(z.boolean()),
  calendar: z.optional(workingCalendarSchema),
  now: instantSchema,
  timeZone: z.optional(zoneSchema),
});
