import * as z from 'zod/mini';
import { shortTextSchema } from '../../core/index.js';
import { dateSchema, weekdaySchema, zoneSchema } from './common.js';

/**
 * Schema of a closure: a period, both days included, with an optional name.
 *
 * @example
 * ```ts
 * import { closureSchema } from 'ontwikkelgesprek/schemas';
 * closureSchema.safeParse({ from: '2027-12-27', to: '2027-12-31', label: 'Kerstsluiting' }).success; // true
 * ```
 */
export const closureSchema = z.strictObject({ from: dateSchema, to: dateSchema, label: z.optional(shortTextSchema) });

/**
 * Schema of the options of a working-day calendar (see `WorkingCalendarOptions`).
 *
 * @example
 * ```ts
 * import { workingCalendarSchema } from 'ontwikkelgesprek/schemas';
 * workingCalendarSchema.safeParse({ workingWeekdays: [1, 2, 3, 4], closures: [{ from: '2027-12-27', to: '2027-12-31' }] }).success; // true
 * workingCalendarSchema.safeParse({ holidays: 'belgian' }).success; // false
 * ```
 */
export const workingCalendarSchema = z.strictObject({
  workingWeekdays: z.optional(z.array(weekdaySchema).check(z.minLength(1), z.maxLength(7))),
  holidays: z.optional(z.union([z.enum(['dutch', 'none']), z.array(dateSchema).check(z.maxLength(20_000))])),
  goodFriday: z.optional(z.boolean()),
  liberationDay: z.optional(z.enum(['always', 'lustrum', 'never'])),
  extraHolidays: z.optional(z.array(dateSchema).check(z.maxLength(20_000))),
  closures: z.optional(z.array(closureSchema).check(z.maxLength(1_000))),
  timeZone: z.optional(zoneSchema),
});
