import type { CalendarDate, Finding, Instant, LocalizedText, Result } from '../core/index.js';
import {
  calendarDateOf,
  calendarDateSchema,
  defaultTimeZone,
  fail,
  findingsFrom,
  fromDayNumber,
  instantSchema,
  isCalendarDate,
  ok,
  parseWith,
  toDayNumber,
} from '../core/index.js';
import { z } from 'zod';
import { firstHolidayYear, holidaysOfYear, lastHolidayYear } from './holidays.js';
import { scheduleMessages } from './messages.js';
import type { WorkingCalendarOptions } from './schema.js';
import { workingCalendarSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);
const msPerDay = 86_400_000;

/** How far a search for a working day may go before the calendar is declared to have none. */
const searchLimitDays = 3_660;
/** Closures are expanded to days; beyond this many the input is unreasonable. */
const closureDayLimit = 100_000;

/**
 * A calendar compiled for fast questions: weekdays as a table, explicit days off in a map, Dutch
 * holidays computed per year on first use.
 */
interface CompiledCalendar {
  readonly timeZone: string;
  /** Why a day is off (a holiday or closure name), or undefined when it is a working day. */
  offReason(dayNumber: number): LocalizedText | undefined;
  isWorking(dayNumber: number): boolean;
}

const weekendName: LocalizedText = { nl: 'weekend of vrije dag', en: 'weekend or day off' };
const closureName: LocalizedText = { nl: 'sluiting', en: 'closure' };
const hostHolidayName: LocalizedText = { nl: 'feestdag', en: 'holiday' };

function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * msPerDay).getUTCFullYear();
}

/** Builds a compiled calendar from validated options; fails only for absurdly large closures. */
function compileCalendar(options: z.output<typeof workingCalendarSchema> = {}): Result<CompiledCalendar> {
  const working = new Array<boolean>(8).fill(false);
  for (const day of options.workingWeekdays ?? [1, 2, 3, 4, 5]) working[day] = true;
  const explicit = new Map<number, LocalizedText>();
  const holidays = options.holidays ?? 'dutch';
  if (Array.isArray(holidays)) for (const date of holidays) explicit.set(toDayNumber(date), hostHolidayName);
  for (const date of options.extraHolidays ?? []) explicit.set(toDayNumber(date), hostHolidayName);
  let closureDays = 0;
  const findings: Finding[] = [];
  (options.closures ?? []).forEach((closure, index) => {
    const from = toDayNumber(closure.from);
    const to = toDayNumber(closure.to);
    if (to < from) {
      findings.push(
        finding.error('schedule.calendar.closureReversed', {
          path: ['closures', index],
          params: { from: closure.from, to: closure.to },
        }),
      );
      return;
    }
    closureDays += to - from + 1;
    if (closureDays > closureDayLimit) return;
    const name = closure.label === undefined ? closureName : { nl: closure.label, en: closure.label };
    for (let day = from; day <= to; day++) if (!explicit.has(day)) explicit.set(day, name);
  });
  if (closureDays > closureDayLimit) {
    findings.push(finding.error('schedule.calendar.closuresTooLong', { path: ['closures'], params: { limit: closureDayLimit } }));
  }
  if (findings.length > 0) return fail(findings);

  const goodFriday = options.goodFriday ?? false;
  const liberationDay = options.liberationDay ?? 'lustrum';
  const dutchByYear = new Map<number, Map<number, LocalizedText>>();
  const dutchOf = (year: number): Map<number, LocalizedText> => {
    let map = dutchByYear.get(year);
    if (map === undefined) {
      map = new Map();
      if (holidays === 'dutch' && year >= firstHolidayYear && year <= lastHolidayYear) {
        for (const holiday of holidaysOfYear(year)) {
          const off =
            holiday.id === 'goodFriday'
              ? goodFriday
              : holiday.id === 'liberationDay'
                ? liberationDay === 'always' || (liberationDay === 'lustrum' && holiday.lustrum === true)
                : holiday.generallyDayOff;
          if (off) map.set(toDayNumber(holiday.date), holiday.name);
        }
      }
      dutchByYear.set(year, map);
    }
    return map;
  };
  const weekdayOf = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
  const offReason = (dayNumber: number): LocalizedText | undefined => {
    if (!working[weekdayOf(dayNumber)]) return weekendName;
    const named = explicit.get(dayNumber);
    if (named !== undefined) return named;
    return holidays === 'dutch' ? dutchOf(yearOfDayNumber(dayNumber)).get(dayNumber) : undefined;
  };
  return ok({
    timeZone: options.timeZone ?? defaultTimeZone,
    offReason,
    isWorking: (dayNumber) => offReason(dayNumber) === undefined,
  });
}

/** The first working day on or after (direction 1) or on or before (direction -1) a day, if any nearby. */
function seekWorkingDay(calendar: CompiledCalendar, dayNumber: number, direction: 1 | -1): number | undefined {
  for (let step = 0; step <= searchLimitDays; step++) {
    const day = dayNumber + step * direction;
    if (calendar.isWorking(day)) return day;
  }
  return undefined;
}

/** Steps `days` working days from a day (see {@link addWorkingDays} for the meaning of 0 and negatives). */
function addWorkingDayNumbers(calendar: CompiledCalendar, dayNumber: number, days: number): number | undefined {
  if (days === 0) return dayNumber;
  const direction = days > 0 ? 1 : -1;
  let remaining = Math.abs(days);
  let day = dayNumber;
  let idle = 0;
  while (remaining > 0) {
    day += direction;
    if (calendar.isWorking(day)) {
      remaining--;
      idle = 0;
    } else if (++idle > searchLimitDays) {
      return undefined;
    }
  }
  return day;
}

/** Working days in (from, to] when to >= from, and minus those in [to, from) otherwise. */
function countWorkingDayNumbers(calendar: CompiledCalendar, from: number, to: number): number {
  let count = 0;
  if (to >= from) {
    for (let day = from + 1; day <= to; day++) if (calendar.isWorking(day)) count++;
    return count;
  }
  for (let day = to; day < from; day++) if (calendar.isWorking(day)) count++;
  return -count;
}

const dateOrInstantSchema = z.union([calendarDateSchema, instantSchema]);

function parseCalendar(options: unknown): Result<CompiledCalendar> {
  const parsed = parseWith(workingCalendarSchema.optional(), options, { path: ['calendar'], messages: scheduleMessages });
  if (!parsed.ok) return parsed;
  return compileCalendar(parsed.value ?? {});
}

function dayNumberIn(value: CalendarDate | Instant, timeZone: string): number {
  return toDayNumber(isCalendarDate(value) ? value : calendarDateOf(value, timeZone));
}

function noWorkingDay(from: string): Finding {
  return finding.error('schedule.calendar.noWorkingDay', { params: { from, days: searchLimitDays } });
}

/**
 * Is this day a working day in the calendar? A day counts when its weekday counts and it is no
 * holiday and no closure. An instant is read as the day it falls on in the calendar's time zone.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'ontwikkelgesprek';
 * const kingsDay = isWorkingDay('2027-04-27');
 * kingsDay.ok && kingsDay.value; // false
 * const goodFriday = isWorkingDay('2027-03-26', { goodFriday: true });
 * goodFriday.ok && goodFriday.value; // false
 * ```
 */
export function isWorkingDay(date: CalendarDate | Instant, calendar?: WorkingCalendarOptions): Result<boolean> {
  const parsedDate = parseWith(dateOrInstantSchema, date, { path: ['date'] });
  if (!parsedDate.ok) return parsedDate;
  const compiled = parseCalendar(calendar);
  if (!compiled.ok) return compiled;
  return ok(compiled.value.isWorking(dayNumberIn(parsedDate.value, compiled.value.timeZone)));
}

/**
 * The first working day after a day (an instant is read in the calendar's time zone).
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'ontwikkelgesprek';
 * const next = nextWorkingDay('2027-12-24'); // Friday before Christmas
 * next.ok && next.value; // '2027-12-27'
 * ```
 */
export function nextWorkingDay(date: CalendarDate | Instant, calendar?: WorkingCalendarOptions): Result<CalendarDate> {
  const parsedDate = parseWith(dateOrInstantSchema, date, { path: ['date'] });
  if (!parsedDate.ok) return parsedDate;
  const compiled = parseCalendar(calendar);
  if (!compiled.ok) return compiled;
  const day = seekWorkingDay(compiled.value, dayNumberIn(parsedDate.value, compiled.value.timeZone) + 1, 1);
  return day === undefined ? fail([noWorkingDay(parsedDate.value)]) : ok(fromDayNumber(day));
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
  const parsedDate = parseWith(calendarDateSchema, date, { path: ['date'] });
  if (!parsedDate.ok) return parsedDate;
  const parsedDays = parseWith(z.number().int().min(-100_000).max(100_000), days, { path: ['days'] });
  if (!parsedDays.ok) return parsedDays;
  const compiled = parseCalendar(calendar);
  if (!compiled.ok) return compiled;
  const day = addWorkingDayNumbers(compiled.value, toDayNumber(parsedDate.value), parsedDays.value);
  return day === undefined ? fail([noWorkingDay(parsedDate.value)]) : ok(fromDayNumber(day));
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
  const parsedFrom = parseWith(calendarDateSchema, from, { path: ['from'] });
  if (!parsedFrom.ok) return parsedFrom;
  const parsedTo = parseWith(calendarDateSchema, to, { path: ['to'] });
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

// Module-internal: shared with planning, reminders and the due list; not re-exported from index.ts.
export type { CompiledCalendar };

/**
 * The working calendar and time zone of a schedule input that may name the zone itself, inside its
 * calendar, or not at all: one rule for every schedule function. Module-internal.
 */
function calendarOfInput(value: {
  readonly timeZone?: string | undefined;
  readonly calendar?: z.output<typeof workingCalendarSchema> | undefined;
}): Result<{ calendar: CompiledCalendar; timeZone: string }> {
  const timeZone = value.timeZone ?? value.calendar?.timeZone ?? defaultTimeZone;
  const compiled = compileCalendar({ ...(value.calendar ?? {}), timeZone });
  if (!compiled.ok) return fail(compiled.findings.map((f) => ({ ...f, path: ['calendar', ...f.path] })));
  return ok({ calendar: compiled.value, timeZone });
}

export { addWorkingDayNumbers, calendarOfInput, compileCalendar, countWorkingDayNumbers, dayNumberIn, noWorkingDay, seekWorkingDay };
