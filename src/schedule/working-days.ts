// The working-day calendar as the module computes with it: compiled once per call from validated
// options, with the Dutch holidays of each year taken from a memo of immutable tables.
import type * as z from 'zod/mini';
import type { Finding, Path, Result } from '../core/index.js';
import { defaultTimeZone, fail, fromDayNumber, ok, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import { firstHolidayYear, holidaysOf, lastHolidayYear, weekdayOfDay, yearOfDay } from './holidays.js';
import { firstSupportedDate, lastSupportedDate } from './schemas/common.js';
import type { workingCalendarSchema } from './schemas/calendar.js';
import type { HolidayId } from './types.js';

/** How far a search for a working day may go before the calendar is declared to have none. */
export const searchLimitDays = 3_660;
/** Closures are expanded to days; beyond this many the input is unreasonable. */
const closureDayLimit = 100_000;

export const firstSupportedDay = toDayNumber(firstSupportedDate);
export const lastSupportedDay = toDayNumber(lastSupportedDate);

/** Why a day is off: not a working weekday, a closure (with its name), the host's own day off, or a public holiday. */
export interface DayOff {
  readonly reason: 'weekend' | 'closure' | 'holiday';
  readonly holiday?: HolidayId;
  readonly closure?: string;
}

/** A calendar compiled for fast questions about day numbers (days since 1970-01-01). */
export interface CompiledCalendar {
  readonly timeZone: string;
  isWorking(day: number): boolean;
  /** Why a day is off, or undefined for a working day. */
  offReason(day: number): DayOff | undefined;
}

export type CalendarOptions = z.output<typeof workingCalendarSchema>;
type LiberationRule = 'always' | 'lustrum' | 'never';

// The Dutch days off of a year under one choice for Good Friday and Liberation Day: frozen tables,
// at most 301 years × 6 choices, built on first use and kept.
const dayOffTables = new Map<number, Readonly<Record<number, HolidayId>>>();
const liberationIndex: Record<LiberationRule, number> = { always: 0, lustrum: 1, never: 2 };

function dutchDaysOff(year: number, goodFriday: boolean, liberation: LiberationRule): Readonly<Record<number, HolidayId>> {
  const key = year * 8 + (goodFriday ? 4 : 0) + liberationIndex[liberation];
  let table = dayOffTables.get(key);
  if (table === undefined) {
    const days: Record<number, HolidayId> = {};
    for (const holiday of holidaysOf(year)) {
      const off =
        holiday.id === 'goodFriday'
          ? goodFriday
          : holiday.id === 'liberationDay'
            ? liberation === 'always' || (liberation === 'lustrum' && holiday.lustrum === true)
            : holiday.generallyDayOff;
      if (off) days[toDayNumber(holiday.date)] = holiday.id;
    }
    table = Object.freeze(days);
    dayOffTables.set(key, table);
  }
  return table;
}

const noDaysOff: Readonly<Record<number, HolidayId>> = Object.freeze({});
const weekendOff: DayOff = Object.freeze({ reason: 'weekend' });
const closureOff: DayOff = Object.freeze({ reason: 'closure' });
const hostHolidayOff: DayOff = Object.freeze({ reason: 'holiday' });

/** The host's own days off and closures, by day; errors for a reversed or absurdly long closure. */
function explicitDaysOff(options: CalendarOptions): Result<Map<number, DayOff>> {
  const explicit = new Map<number, DayOff>();
  if (Array.isArray(options.holidays)) for (const date of options.holidays) explicit.set(toDayNumber(date), hostHolidayOff);
  for (const date of options.extraHolidays ?? []) explicit.set(toDayNumber(date), hostHolidayOff);
  let closureDays = 0;
  const findings: Finding[] = [];
  (options.closures ?? []).forEach((closure, index) => {
    const from = toDayNumber(closure.from);
    const to = toDayNumber(closure.to);
    if (to < from) {
      findings.push(
        finding.error('schedule.calendar.closureReversed', { path: ['closures', index], params: { from: closure.from, to: closure.to } }),
      );
      return;
    }
    closureDays += to - from + 1;
    if (closureDays > closureDayLimit) return;
    const off: DayOff = closure.label === undefined ? closureOff : Object.freeze({ reason: 'closure', closure: closure.label });
    for (let day = from; day <= to; day++) if (!explicit.has(day)) explicit.set(day, off);
  });
  if (closureDays > closureDayLimit) {
    findings.push(finding.error('schedule.calendar.closuresTooLong', { path: ['closures'], params: { limit: closureDayLimit } }));
  }
  return findings.length > 0 ? fail(findings) : ok(explicit);
}

/** Compiles validated calendar options; fails only for a reversed or absurdly long closure. */
export function compileCalendar(options: CalendarOptions = {}): Result<CompiledCalendar> {
  const working = new Array<boolean>(8).fill(false);
  for (const day of options.workingWeekdays ?? [1, 2, 3, 4, 5]) working[day] = true;
  const explicitResult = explicitDaysOff(options);
  if (!explicitResult.ok) return explicitResult;
  const explicit = explicitResult.value;
  const dutch = (options.holidays ?? 'dutch') === 'dutch';
  const goodFriday = options.goodFriday ?? false;
  const liberation = options.liberationDay ?? 'lustrum';
  // The table of the year asked last: questions come in runs of nearby days.
  let lastYear = Number.NaN;
  let lastTable = noDaysOff;
  const tableOf = (day: number): Readonly<Record<number, HolidayId>> => {
    const year = yearOfDay(day);
    if (year !== lastYear) {
      lastYear = year;
      lastTable = dutch && year >= firstHolidayYear && year <= lastHolidayYear ? dutchDaysOff(year, goodFriday, liberation) : noDaysOff;
    }
    return lastTable;
  };
  const offReason = (day: number): DayOff | undefined => {
    if (!working[weekdayOfDay(day)]) return weekendOff;
    if (explicit.size > 0) {
      const own = explicit.get(day);
      if (own !== undefined) return own;
    }
    const holiday = tableOf(day)[day];
    return holiday === undefined ? undefined : { reason: 'holiday', holiday };
  };
  const isWorking = (day: number): boolean => {
    if (!working[weekdayOfDay(day)]) return false;
    if (explicit.size > 0 && explicit.has(day)) return false;
    return tableOf(day)[day] === undefined;
  };
  return ok({ timeZone: options.timeZone ?? defaultTimeZone, isWorking, offReason });
}

/** The first working day on or after (direction 1) or on or before (direction -1) a day, if any nearby. */
export function seekWorkingDay(calendar: CompiledCalendar, day: number, direction: 1 | -1): number | undefined {
  for (let step = 0; step <= searchLimitDays; step++) {
    const candidate = day + step * direction;
    if (calendar.isWorking(candidate)) return candidate;
  }
  return undefined;
}

/** Steps `days` working days from a day (0 answers the day itself); undefined when the calendar has none nearby. */
export function addWorkingDayNumbers(calendar: CompiledCalendar, start: number, days: number): number | undefined {
  if (days === 0) return start;
  const direction = days > 0 ? 1 : -1;
  let remaining = Math.abs(days);
  let day = start;
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
export function countWorkingDayNumbers(calendar: CompiledCalendar, from: number, to: number): number {
  let count = 0;
  if (to >= from) {
    for (let day = from + 1; day <= to; day++) if (calendar.isWorking(day)) count++;
    return count;
  }
  for (let day = to; day < from; day++) if (calendar.isWorking(day)) count++;
  return -count;
}

/** The error for a calendar without a working day near a date. */
export function noWorkingDay(from: string, path: Path = []): Finding {
  return finding.error('schedule.calendar.noWorkingDay', { path, params: { from: from.slice(0, 10), days: searchLimitDays } });
}

/** The error for an answer that would fall outside the years the module plans for, or undefined. */
export function outOfRange(day: number, path: Path = []): Finding | undefined {
  if (day >= firstSupportedDay && day <= lastSupportedDay) return undefined;
  return finding.error('schedule.date.outOfRange', {
    path,
    params: { value: fromDayNumber(day), from: firstSupportedDate, to: lastSupportedDate },
  });
}

/**
 * The working calendar and time zone of an input that may name the zone itself, inside its
 * calendar, or not at all: one rule for every schedule function.
 */
export function calendarOfInput(value: {
  readonly timeZone?: string | undefined;
  readonly calendar?: CalendarOptions | undefined;
}): Result<{ calendar: CompiledCalendar; timeZone: string }> {
  const timeZone = value.timeZone ?? value.calendar?.timeZone ?? defaultTimeZone;
  const compiled = compileCalendar({ ...(value.calendar ?? {}), timeZone });
  if (!compiled.ok) return fail(compiled.findings.map((f) => ({ ...f, path: ['calendar', ...f.path] })));
  return ok({ calendar: compiled.value, timeZone });
}
