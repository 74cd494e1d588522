import * as z from 'zod/mini';
import { hostMetaSchema, idSchema, shortTextSchema } from '../../core/index.js';
import { conversationKindSchema, roleSchema } from '../../vocabulary/schema.js';
import { workingCalendarSchema } from './calendar.js';
import { dateSchema, instantSchema, localeInputSchema, timeOfDaySchema, zoneSchema } from './common.js';
import { trackedAgreementSchema } from './follow-up.js';
import { unrecognizedSchema } from './plan.js';

/**
 * Schema of the input of `remindersFor` (see `RemindersInput`).
 *
 * @example
 * ```ts
 * import { remindersInputSchema } from 'ontwikkelgesprek/schemas';
 * remindersInputSchema.safeParse({ employeeId: 'e1', managerId: 'm1' }).success; // true
 * remindersInputSchema.safeParse({ employeeId: 'e1', managerId: 'm1', agreementSteps: [0] }).success; // false
 * ```
 */
export const remindersInputSchema = z.strictObject({
  employeeId: idSchema,
  managerId: idSchema,
  employeeName: z.optional(shortTextSchema),
  conversation: z.optional(
    z.strictObject({
      id: idSchema,
      kind: z.optional(conversationKindSchema),
      start: instantSchema,
    }),
  ),
  agreements: z.optional(z.array(trackedAgreementSchema).check(z.maxLength(10_000))),
  preparationLeadDays: z.optional(
    z.strictObject({
      employee: z.optional(z.int().check(z.minimum(0), z.maximum(60))),
      manager: z.optional(z.int().check(z.minimum(0), z.maximum(60))),
    }),
  ),
  agreementSteps: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(366))).check(z.maxLength(20))),
  escalateAfterDays: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(366))).check(z.maxLength(20))),
  conversationLeadMinutes: z.optional(z.int().check(z.minimum(0), z.maximum(10_080))),
  reminderTime: z.optional(timeOfDaySchema),
  calendar: z.optional(workingCalendarSchema),
  timeZone: z.optional(zoneSchema),
  now: z.optional(instantSchema),
  locale: z.optional(localeInputSchema),
  meta: z.optional(hostMetaSchema),
});

/**
 * Schema of a stored reminder (see `Reminder`).
 *
 * @example
 * ```ts
 * import { reminderSchema } from 'ontwikkelgesprek/schemas';
 * reminderSchema.safeParse({
 *   schemaVersion: 2, id: 'agreementDeadline:a1:employee:-7d', type: 'agreementDeadline', to: 'emp-1',
 *   role: 'employee', at: '2027-06-23T09:00:00+02:00', date: '2027-06-23', subjectId: 'a1', offsetDays: 7,
 *   locale: 'nl', message: 'Nog 7 dagen tot de deadline van ‘Cursus’ (30 juni 2027).',
 * }).success; // true
 * ```
 */
export const reminderSchema = z.strictObject({
  schemaVersion: z.literal(2),
  id: z.string().check(z.minLength(1), z.maxLength(1_000)),
  type: z.enum(['preparation', 'conversation', 'agreementDeadline', 'agreementEscalation']),
  to: idSchema,
  role: roleSchema,
  at: instantSchema,
  date: dateSchema,
  subjectId: idSchema,
  offsetDays: z.int().check(z.minimum(-100_000), z.maximum(100_000)),
  locale: z.string().check(z.minLength(1), z.maxLength(35)),
  message: z.string().check(z.maxLength(20_000)),
  meta: z.optional(hostMetaSchema),
  unrecognized: z.optional(unrecognizedSchema),
});
