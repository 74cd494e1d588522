import * as z from 'zod/mini';
import type { CalendarDate, Instant, Result } from '../core/index.js';
import { fail, fromDayNumber, ok, parseWith, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import { workingCalendarSchema } from './schemas/calendar.js';
import { dateOrInstantSchema, dateSchema } from './schemas/common.js';
import type { WorkingCalendarOptions } from './types.js';
import type { CompiledCalendar } from './working-days.js';
import { addWorkingDayNumbers, compileCalendar, countWorkingDayNumbers, noWorkingDay, outOfRange, seekWorkingDay } from './working-days.js';
import { dayIn } from './zone.js';

const daysSchema = z.int().check(z.minimum(-100_000), z.maximum(100_000));
const optionalCalendarSchema = z.optional(workingCalendarSchema);

function parseCalendar(options: unknown): Result<CompiledCalendar> {
  const parsed = parseWith(optionalCalendarSchema, options, { path: ['calendar'] });
  if (!parsed.ok) return parsed;
  const compiled = compileCalendar(parsed.value ?? {});
  return compiled.ok ? compiled : fail(compiled.findings.map((f) => ({ ...f, path: ['calendar', ...f.path] })));
}

/** A date or an instant, validated, as a day number in the calendar's zone, with the compiled calendar. */
function dayAndCalendar(date: unknown, options: unknown): Result<{ day: number; calendar: CompiledCalendar }> {
  const parsedDate = parseWith(dateOrInstantSchema, date, { path: ['date'] });
  if (!parsedDate.ok) return parsedDate;
  const calendar = parseCalendar(options);
  if (!calendar.ok) return calendar;
  return ok({ day: toDayNumber(dayIn(parsedDate.value, calendar.value.timeZone)), calendar: calendar.value });
}

/** A day number as a date, or the finding that it lies outside the supported years. */
function dateResult(day: number | undefined, from: number): Result<CalendarDate> {
  if (day === undefined) return fail([noWorkingDay(fromDayNumber(from))]);
  const outside = outOfRange(day, ['date']);
  return outside === undefined ? ok(fromDayNumber(day)) : fail([outside]);
}

/**
 * Is this day a working day in the calendar? A day counts when its weekday counts and it is no
 * holiday and no closure. An instant is read as the day it falls on in the calendar's time zone.
 * Dates must lie from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'ontwikkelgesprek';
 * const kingsDay = isWorkingDay('2027-04-27');
 * kingsDay.ok && kingsDay.value; // false
 * const christmas = isWorkingDay('2025-12-25'); // a Thursday
 * christmas.ok && christmas.value; // false
 * const goodFriday = isWorkingDay('2027-03-26', { goodFriday: true });
 * goodFriday.ok && goodFriday.value; // false
 * ```
 */
export function isWorkingDay(date: CalendarDate | Instant, calendar?: WorkingCalendarOptions): Result<boolean> {
  const input = dayAndCalendar(date, calendar);
  if (!input.ok) return input;
  return ok(input.value.calendar.isWorking(input.value.day));
}

/**
 * The first working day after a day (an instant is read in the calendar's time zone).
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'ontwikkelgesprek';
 * const next = nextWorkingDay('2027-12-24'); // Friday before Christmas
 * next.ok && next.value; // '2027-12-27'
 * nextWorkingDay('2200-12-31').ok; // false: the answer would lie after 2200
 * ```
 */
export function nextWorkingDay(date: CalendarDate | Instant, calendar?: WorkingCalendarOptions): Result<CalendarDate> {
  const input = dayAndCalendar(date, calendar);
  if (!input.ok) return input;
  return dateResult(seekWorkingDay(input.value.calendar, input.value.day + 1, 1), input.value.day);
}

/**
 * Adds working days to a day: `days` > 0 steps forward over working days and lands on one, `days` < 0
 * steps backward, and 0 answers the day itself (use {@link nextWorkingDay} to roll a day off forward).
 * Counting back with {@link countWorkingDays} gives `days` again.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'ontwikkelgesprek';
 * const due = addWorkingDays('2027-04-23', 3); // Friday; King's Day (Tuesday) is skipped
 * due.ok && due.value; // '2027-04-29'
 * ```
 */
export function addWorkingDays(date: CalendarDate, days: number, calendar?: WorkingCalendarOptions): Result<CalendarDate> {
  const parsedDate = parseWith(dateSchema, date, { path: ['date'] });
  if (!parsedDate.ok) return parsedDate;
  const parsedDays = parseWith(daysSchema, days, { path: ['days'] });
  if (!parsedDays.ok) return parsedDays;
  const compiled = parseCalendar(calendar);
  if (!compiled.ok) return compiled;
  const start = toDayNumber(parsedDate.value);
  return dateResult(addWorkingDayNumbers(compiled.value, start, parsedDays.value), start);
}

/**
 * Counts working days between two days: those after `from` up to and including `to`; when `to` is
 * earlier, minus those from `to` up to but not including `from`. So for any `n`,
 * `countWorkingDays(d, addWorkingDays(d, n))` is `n`.
 *
 * @example
 * ```ts
 * import { countWorkingDays } from 'ontwikkelgesprek';
 * const count = countWorkingDays('2027-12-24', '2027-12-31');
 * count.ok && count.value; // 5 (Christmas 2027 falls on the weekend)
 * ```
 */
export function countWorkingDays(from: CalendarDate, to: CalendarDate, calendar?: WorkingCalendarOptions): Result<number> {
  const parsedFrom = parseWith(dateSchema, from, { path: ['from'] });
  if (!parsedFrom.ok) return parsedFrom;
  const parsedTo = parseWith(dateSchema, to, { path: ['to'] });
  if (!parsedTo.ok) return parsedTo;
  const a = toDayNumber(parsedFrom.value);
  const b = toDayNumber(parsedTo.value);
  if (Math.abs(b - a) > 366 * 300) {
    return fail([finding.error('schedule.calendar.rangeTooLong', { params: { from: parsedFrom.value, to: parsedTo.value } })]);
  }
  const compiled = parseCalendar(calendar);
  if (!compiled.ok) return compiled;
  return ok(countWorkingDayNumbers(compiled.value, a, b));
}
