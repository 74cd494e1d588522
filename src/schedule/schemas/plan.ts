import * as z from 'zod/mini';
import { hostMetaSchema, unrecognizedKeysSchema } from '../../core/index.js';
import { conversationKindSchema } from '../../vocabulary/schema.js';
import { workingCalendarSchema } from './calendar.js';
import { dateOrInstantSchema, dateSchema, instantSchema, monthsSchema, timeOfDaySchema, zoneSchema } from './common.js';

/**
 * Schema of a rhythm policy for one conversation kind (see `RhythmPolicy`); the intervals must
 * keep `minIntervalMonths <= preferredIntervalMonths <= maxIntervalMonths`.
 *
 * @example
 * ```ts
 * import { rhythmPolicySchema } from 'ontwikkelgesprek/schemas';
 * rhythmPolicySchema.safeParse({
 *   kind: 'development', minIntervalMonths: 3, preferredIntervalMonths: 6, maxIntervalMonths: 12,
 *   checkInEveryWeeks: 6, firstAfterHireMonths: 6, dueSoonDays: 30,
 * }).success; // true
 * ```
 */
export const rhythmPolicySchema = z
  .strictObject({
    kind: conversationKindSchema,
    minIntervalMonths: monthsSchema(0),
    preferredIntervalMonths: monthsSchema(1),
    maxIntervalMonths: monthsSchema(1),
    checkInEveryWeeks: z.optional(z.int().check(z.minimum(1), z.maximum(52))),
    firstAfterHireMonths: monthsSchema(0),
    dueSoonDays: z.int().check(z.minimum(0), z.maximum(366)),
  })
  .check(
    z.superRefine((policy, context) => {
      const { minIntervalMonths: min, preferredIntervalMonths: preferred, maxIntervalMonths: max } = policy;
      if (min <= preferred && preferred <= max) return;
      context.issues.push({
        code: 'custom',
        input: policy,
        message: 'minIntervalMonths <= preferredIntervalMonths <= maxIntervalMonths',
        params: { code: 'schedule.policy.bounds', min, preferred, max },
      });
    }),
  );

/**
 * Schema of preferred hours: one start time `'HH:mm'`, or a window `{ from, to }` that ends after it
 * starts.
 *
 * @example
 * ```ts
 * import { preferredTimeSchema } from 'ontwikkelgesprek/schemas';
 * preferredTimeSchema.safeParse({ from: '09:00', to: '12:00' }).success; // true
 * preferredTimeSchema.safeParse({ from: '12:00', to: '09:00' }).success; // false
 * ```
 */
export const preferredTimeSchema = z.union([
  timeOfDaySchema,
  z.strictObject({ from: timeOfDaySchema, to: timeOfDaySchema }).check(
    z.superRefine((window, context) => {
      if (window.from < window.to) return;
      context.issues.push({
        code: 'custom',
        input: window,
        message: 'from before to',
        params: { code: 'schedule.time.window', from: window.from, to: window.to },
      });
    }),
  ),
]);

/**
 * Schema of the input of `planNextConversation` (see `PlanInput`).
 *
 * @example
 * ```ts
 * import { planInputSchema } from 'ontwikkelgesprek/schemas';
 * planInputSchema.safeParse({ kind: 'development', now: '2027-03-01T09:00:00+01:00' }).success; // true
 * planInputSchema.safeParse({ kind: 'development', lastConversation: '2250-01-01', now: '2027-03-01T09:00:00+01:00' }).success; // false
 * ```
 */
export const planInputSchema = z.strictObject({
  kind: conversationKindSchema,
  lastConversation: z.optional(dateOrInstantSchema),
  hireDate: z.optional(dateSchema),
  policy: z.optional(rhythmPolicySchema),
  employeeWishMonths: z.optional(monthsSchema(0)),
  calendar: z.optional(workingCalendarSchema),
  now: instantSchema,
  timeZone: z.optional(zoneSchema),
  preferredTime: z.optional(preferredTimeSchema),
  durationMinutes: z.optional(z.int().check(z.minimum(5), z.maximum(600))),
  meta: z.optional(hostMetaSchema),
});

/** Keys a migration did not understand, by path. */
export const unrecognizedSchema = unrecognizedKeysSchema;

/**
 * Schema of a stored plan of the next conversation (see `PlannedConversation`).
 *
 * @example
 * ```ts
 * import { plannedConversationSchema } from 'ontwikkelgesprek/schemas';
 * plannedConversationSchema.safeParse({
 *   schemaVersion: 2, kind: 'development', date: '2027-09-15',
 *   start: '2027-09-15T09:00:00+02:00', end: '2027-09-15T10:00:00+02:00', durationMinutes: 60,
 *   timeZone: 'Europe/Amsterdam', targetDate: '2027-09-15', latestAllowed: '2028-03-15',
 *   intervalMonths: 6, basis: 'lastConversation', overdue: false,
 * }).success; // true
 * ```
 */
export const plannedConversationSchema = z.strictObject({
  schemaVersion: z.literal(2),
  kind: conversationKindSchema,
  date: dateSchema,
  start: instantSchema,
  end: instantSchema,
  durationMinutes: z.int().check(z.minimum(5), z.maximum(600)),
  timeZone: zoneSchema,
  targetDate: dateSchema,
  latestAllowed: dateSchema,
  intervalMonths: monthsSchema(0),
  basis: z.enum(['lastConversation', 'hireDate', 'none']),
  overdue: z.boolean(),
  meta: z.optional(hostMetaSchema),
  unrecognized: z.optional(unrecognizedSchema),
});
