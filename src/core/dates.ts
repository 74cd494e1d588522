import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import * as z from 'zod/mini';
import type { Locale } from './locale.js';

/**
 * The dates the library works with: 1 January 1900 up to and including 31 December 2200, the years
 * its Dutch public holidays are known for. Dates outside are refused with `date.outOfRange`, so
 * that no answer is computed from a calendar the library does not know.
 *
 * @example
 * ```ts
 * import { supportedDates } from 'ontwikkelgesprek';
 * supportedDates.from; // '1900-01-01'
 * ```
 */
export const supportedDates = Object.freeze({ from: '1900-01-01', to: '2200-12-31' } as const);

/** In the supported years; text that is no date at all is left to the format check to report. */
function inSupportedRange(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return true;
  return date >= supportedDates.from && date <= supportedDates.to;
}

/**
 * The time zone the library assumes when a caller does not give one.
 *
 * @example
 * ```ts
 * import { defaultTimeZone } from 'ontwikkelgesprek';
 * defaultTimeZone; // 'Europe/Amsterdam'
 * ```
 */
export const defaultTimeZone = 'Europe/Amsterdam';

/**
 * Schema of a calendar date, ISO `YYYY-MM-DD`, checked for real dates (no 30 February) in the
 * supported years, 1900 to 2200 (see {@link supportedDates}).
 *
 * @example
 * ```ts
 * import { calendarDateSchema } from 'ontwikkelgesprek/schemas';
 * calendarDateSchema.safeParse('2027-02-30').success; // false
 * calendarDateSchema.safeParse('0050-01-04').success; // false: outside 1900-2200
 * ```
 */
export const calendarDateSchema = z.iso.date().check(
  z.refine((date) => inSupportedRange(date), {
    message: 'Outside the supported years',
    params: { code: 'date.outOfRange', from: '1900-01-01', to: '2200-12-31' },
  }),
);

/**
 * A calendar date, ISO `YYYY-MM-DD`: a day, not a moment.
 *
 * @example
 * ```ts
 * import type { CalendarDate } from 'ontwikkelgesprek';
 * const deadline: CalendarDate = '2027-06-01';
 * ```
 */
export type CalendarDate = z.infer<typeof calendarDateSchema>;

/**
 * Schema of an instant: ISO 8601 date and time with `Z` or an offset, e.g. `2027-03-15T10:00:00+01:00`.
 *
 * @example
 * ```ts
 * import { instantSchema } from 'ontwikkelgesprek/schemas';
 * instantSchema.safeParse('2027-03-15T10:00:00').success; // false: no offset
 * ```
 */
export const instantSchema = z.iso.datetime({ offset: true }).check(
  z.refine((instant) => inSupportedRange(instant.slice(0, 10)), {
    message: 'Outside the supported years',
    params: { code: 'date.outOfRange', from: '1900-01-01', to: '2200-12-31' },
  }),
);

/**
 * An instant: ISO 8601 date and time with an offset.
 *
 * @example
 * ```ts
 * import type { Instant } from 'ontwikkelgesprek';
 * const now: Instant = '2027-03-15T10:00:00+01:00';
 * ```
 */
export type Instant = z.infer<typeof instantSchema>;

const checkedZones = new Map<string, boolean>();

/**
 * Is this string an IANA time zone the runtime knows?
 *
 * @example
 * ```ts
 * import { isValidTimeZone } from 'ontwikkelgesprek';
 * isValidTimeZone('Europe/Amsterdam'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 * ```
 */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 100) return false;
  const known = checkedZones.get(value);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  // A bounded memo of a fact that never changes: building a formatter costs tens of microseconds.
  if (checkedZones.size < 1_000) checkedZones.set(value, valid);
  return valid;
}

/**
 * Schema of an IANA time zone name, such as `Europe/Amsterdam`.
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from 'ontwikkelgesprek/schemas';
 * timeZoneSchema.safeParse('Europe/Amsterdam').success; // true
 * ```
 */
export const timeZoneSchema = z.string().check(z.refine(isValidTimeZone, { message: 'Unknown IANA time zone' }));

/**
 * Is this a valid `YYYY-MM-DD` calendar date?
 *
 * @example
 * ```ts
 * import { isCalendarDate } from 'ontwikkelgesprek';
 * isCalendarDate('2028-02-29'); // true (leap year)
 * isCalendarDate('2027-02-29'); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && calendarDateSchema.safeParse(value).success;
}

/**
 * Is this a valid ISO 8601 instant with an offset?
 *
 * @example
 * ```ts
 * import { isInstant } from 'ontwikkelgesprek';
 * isInstant('2027-01-04T09:00:00Z'); // true
 * ```
 */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && instantSchema.safeParse(value).success;
}

/**
 * Orders two calendar dates: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * ```ts
 * import { compareCalendarDates } from 'ontwikkelgesprek';
 * compareCalendarDates('2027-01-01', '2027-06-01') < 0; // true
 * ```
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two instants by the moment they denote, whatever their offsets.
 *
 * @example
 * ```ts
 * import { compareInstants } from 'ontwikkelgesprek';
 * compareInstants('2027-01-01T10:00:00+01:00', '2027-01-01T09:00:00Z'); // 0
 * ```
 */
export function compareInstants(a: Instant, b: Instant): number {
  return Math.sign(Date.parse(a) - Date.parse(b));
}

/**
 * The number of days since 1970-01-01 for a calendar date: a fast, exact key for day arithmetic.
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'ontwikkelgesprek';
 * toDayNumber('1970-01-02'); // 1
 * ```
 */
export function toDayNumber(date: CalendarDate): number {
  // Days from the civil date, in integers (H. Hinnant's algorithm): exact for every year, where
  // Date.UTC takes the years 0 to 99 for 1900 to 1999.
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date for a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'ontwikkelgesprek';
 * fromDayNumber(0); // '1970-01-01'
 * ```
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = Math.trunc(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Adds (or with a negative number subtracts) calendar days.
 *
 * @example
 * ```ts
 * import { addCalendarDays } from 'ontwikkelgesprek';
 * addCalendarDays('2027-12-30', 3); // '2028-01-02'
 * ```
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds calendar months; the day is clamped to the end of a shorter month (31 January + 1 month
 * is 28 or 29 February), as date-fns does.
 *
 * @example
 * ```ts
 * import { addCalendarMonths } from 'ontwikkelgesprek';
 * addCalendarMonths('2027-01-31', 1); // '2027-02-28'
 * ```
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  // Integer arithmetic instead of a Date round trip: this sits in hot loops (due lists of 100,000
  // employees) and must agree with date-fns' addMonths, which a property test checks.
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + Math.trunc(months);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = daysInMonth(year, month);
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * import { daysBetween } from 'ontwikkelgesprek';
 * daysBetween('2027-03-01', '2027-03-15'); // 14
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The ISO weekday of a calendar date: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * import { isoWeekday } from 'ontwikkelgesprek';
 * isoWeekday('2027-03-15'); // 1 (a Monday)
 * ```
 */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The calendar date an instant falls on in a time zone.
 *
 * @example
 * ```ts
 * import { calendarDateOf } from 'ontwikkelgesprek';
 * calendarDateOf('2027-03-14T23:30:00Z', 'Europe/Amsterdam'); // '2027-03-15'
 * ```
 */
export function calendarDateOf(instant: Instant, timeZone: string = defaultTimeZone): CalendarDate {
  return format(new TZDate(Date.parse(instant), timeZone), 'yyyy-MM-dd');
}

/**
 * The local wall-clock time (`HH:mm`) of an instant in a time zone.
 *
 * @example
 * ```ts
 * import { wallClockOf } from 'ontwikkelgesprek';
 * wallClockOf('2027-07-01T08:00:00Z', 'Europe/Amsterdam'); // '10:00'
 * ```
 */
export function wallClockOf(instant: Instant, timeZone: string = defaultTimeZone): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'HH:mm');
}

/**
 * The instant of a local date and wall-clock time (`HH:mm`) in a time zone, as ISO 8601 with that
 * zone's offset on that day, so summer and winter time are both right.
 *
 * @example
 * ```ts
 * import { instantAt } from 'ontwikkelgesprek';
 * instantAt('2027-01-15', '10:00', 'Europe/Amsterdam'); // '2027-01-15T10:00:00+01:00'
 * instantAt('2027-07-15', '10:00', 'Europe/Amsterdam'); // '2027-07-15T10:00:00+02:00'
 * ```
 */
export function instantAt(date: CalendarDate, time: string, timeZone: string = defaultTimeZone): Instant {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const zoned = new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes, timeZone);
  return format(zoned, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/**
 * Adds minutes to an instant and expresses the result in a time zone's offset.
 *
 * @example
 * ```ts
 * import { addMinutesToInstant } from 'ontwikkelgesprek';
 * addMinutesToInstant('2027-01-15T10:00:00+01:00', 90, 'Europe/Amsterdam'); // '2027-01-15T11:30:00+01:00'
 * ```
 */
export function addMinutesToInstant(instant: Instant, minutes: number, timeZone: string = defaultTimeZone): Instant {
  return format(new TZDate(Date.parse(instant) + minutes * 60_000, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/**
 * Whole minutes from `from` to `to` (positive when `to` is later), rounded down.
 *
 * @example
 * ```ts
 * import { minutesBetween } from 'ontwikkelgesprek';
 * minutesBetween('2027-01-15T10:00:00+01:00', '2027-01-15T10:45:00+01:00'); // 45
 * ```
 */
export function minutesBetween(from: Instant, to: Instant): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 60_000);
}

const monthNames = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * A calendar date as people write it: `15 maart 2027` in Dutch, `15 March 2027` in English.
 *
 * @example
 * ```ts
 * import { formatCalendarDate } from 'ontwikkelgesprek';
 * formatCalendarDate('2027-03-15', 'nl'); // '15 maart 2027'
 * formatCalendarDate('2027-03-15', 'en'); // '15 March 2027'
 * ```
 */
export function formatCalendarDate(date: CalendarDate, locale: Locale): string {
  const month = monthNames[locale][Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
