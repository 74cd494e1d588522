import type { CalendarDate, Result } from '../core/index.js';
import { deepFreeze, fail, fromDayNumber, ok, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { HolidayId, HolidayOptions, PublicHoliday, Weekday } from './types.js';

/** The years the holiday rules are written for; outside them an answer would be a guess. */
export const firstHolidayYear = 1900;
export const lastHolidayYear = 2200;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateOf(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** ISO weekday of a day number (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDay(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The Gregorian year a day number falls in (civil-from-days, after H. Hinnant): no Date object. */
export function yearOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Easter Sunday as a day number (the anonymous Gregorian algorithm of Meeus/Jones/Butcher). */
function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function yearFinding(year: unknown) {
  // String() of an arbitrary object can throw (null prototype, hostile proxy): name its type instead.
  const shown = typeof year === 'number' ? String(year) : typeof year;
  return finding.error('schedule.holidays.yearOutOfRange', {
    params: { year: shown, first: String(firstHolidayYear), last: String(lastHolidayYear) },
  });
}

function isHolidayYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= firstHolidayYear && year <= lastHolidayYear;
}

/**
 * Easter Sunday of a year from 1900 to 2200 in the Gregorian calendar (the anonymous Gregorian
 * algorithm of Meeus/Jones/Butcher), the anchor of Good Friday, Easter Monday, Ascension Day and
 * Whitsun. Other years are refused with a finding, as for {@link dutchPublicHolidays}.
 *
 * @example
 * ```ts
 * import { easterSunday } from 'ontwikkelgesprek';
 * const easter = easterSunday(2027);
 * easter.ok && easter.value; // '2027-03-28'
 * easterSunday(1583).ok; // false: outside 1900 to 2200
 * ```
 */
export function easterSunday(year: number): Result<CalendarDate> {
  if (!isHolidayYear(year)) return fail([yearFinding(year)]);
  return ok(fromDayNumber(easterDay(year)));
}

/**
 * The monarch's day. From 2014 King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday.
 * Before that (historical mode) Queen's Day: 1949-2013 on 30 April (on a Sunday moved to Monday 1 May
 * until 1979, to Saturday 29 April from 1980); 1900-1948 on 31 August (on a Sunday moved to 1 September).
 */
function monarchsDay(year: number, historical: boolean): { id: HolidayId; day: number } {
  const at = (month: number, day: number) => toDayNumber(dateOf(year, month, day));
  const sunday = (day: number) => weekdayOfDay(day) === 7;
  if (!historical || year >= 2014) {
    const day = at(4, 27);
    return { id: 'kingsDay', day: sunday(day) ? day - 1 : day };
  }
  if (year >= 1949) {
    const day = at(4, 30);
    if (!sunday(day)) return { id: 'queensDay', day };
    return { id: 'queensDay', day: year >= 1980 ? day - 1 : day + 1 };
  }
  const day = at(8, 31);
  return { id: 'queensDay', day: sunday(day) ? day + 1 : day };
}

/** The holidays of a year, built from scratch; {@link holidaysOf} keeps them. */
function buildYear(year: number, historical: boolean): readonly PublicHoliday[] {
  const easter = easterDay(year);
  const list: { id: HolidayId; day: number; generallyDayOff: boolean; lustrum?: boolean }[] = [
    { id: 'newYearsDay', day: toDayNumber(dateOf(year, 1, 1)), generallyDayOff: true },
    { id: 'goodFriday', day: easter - 2, generallyDayOff: false },
    { id: 'easterSunday', day: easter, generallyDayOff: true },
    { id: 'easterMonday', day: easter + 1, generallyDayOff: true },
    { ...monarchsDay(year, historical), generallyDayOff: true },
    { id: 'ascensionDay', day: easter + 39, generallyDayOff: true },
    { id: 'whitSunday', day: easter + 49, generallyDayOff: true },
    { id: 'whitMonday', day: easter + 50, generallyDayOff: true },
    { id: 'christmasDay', day: toDayNumber(dateOf(year, 12, 25)), generallyDayOff: true },
    { id: 'boxingDay', day: toDayNumber(dateOf(year, 12, 26)), generallyDayOff: true },
  ];
  // Liberation Day exists since the liberation of 1945; in non-historical mode the rule runs back too.
  if (!historical || year >= 1945) {
    list.push({ id: 'liberationDay', day: toDayNumber(dateOf(year, 5, 5)), generallyDayOff: false, lustrum: (year - 1945) % 5 === 0 });
  }
  list.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  return deepFreeze(
    list.map(({ id, day, generallyDayOff, lustrum }): PublicHoliday => {
      const holiday = { id, date: fromDayNumber(day), weekday: weekdayOfDay(day), generallyDayOff };
      return lustrum === undefined ? holiday : { ...holiday, lustrum };
    }),
  );
}

// A memo of immutable (deeply frozen) tables, one per year and mode: at most 2 × 301 entries.
const years = new Map<number, readonly PublicHoliday[]>();

/** The holidays of a year from 1900 to 2200 (callers check the year), built once and kept. */
export function holidaysOf(year: number, historical = true): readonly PublicHoliday[] {
  const key = historical ? year : -year;
  let table = years.get(key);
  if (table === undefined) {
    table = buildYear(year, historical);
    years.set(key, table);
  }
  return table;
}

/**
 * The Dutch public holidays (*feestdagen*) of a year from 1900 to 2200, in date order: New Year's Day,
 * Good Friday, Easter Sunday and Monday, King's Day, Liberation Day, Ascension Day, Whit Sunday and
 * Monday, Christmas and Boxing Day. Each has an id, its date and weekday, and whether it is
 * generally a day off: Good Friday and Liberation Day are not (a collective agreement decides;
 * Liberation Day often only in a lustrum year, flagged with `lustrum`). Their names are in the
 * catalogues (`nl.labels.holiday`, `en.labels.holiday`).
 *
 * By default the monarch's day follows history: Queen's Day (`queensDay`) before 2014, on 31 August
 * until 1948 and on 30 April from 1949; Liberation Day from 1945. With `{ historical: false }` the
 * current rules (King's Day, Liberation Day) are applied to every year. Other years are refused with
 * the finding `schedule.holidays.yearOutOfRange`.
 *
 * @example
 * ```ts
 * import { dutchPublicHolidays, nl } from 'ontwikkelgesprek';
 * const result = dutchPublicHolidays(2027);
 * if (result.ok) {
 *   result.value.find((h) => h.id === 'kingsDay')?.date; // '2027-04-27'
 *   result.value.find((h) => h.id === 'goodFriday')?.generallyDayOff; // false
 *   result.value.map((h) => nl.labels.holiday[h.id]).slice(0, 2); // ['Nieuwjaarsdag', 'Goede Vrijdag']
 * }
 * dutchPublicHolidays(2201).ok; // false
 * ```
 */
export function dutchPublicHolidays(year: number, options: HolidayOptions = {}): Result<readonly PublicHoliday[]> {
  if (!isHolidayYear(year)) return fail([yearFinding(year)]);
  let historical = true;
  try {
    historical = typeof options === 'object' && options !== null ? options.historical !== false : true;
  } catch {
    historical = true;
  }
  return ok(holidaysOf(year, historical));
}
