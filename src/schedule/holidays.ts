import type { CalendarDate, LocalizedText, Result } from '../core/index.js';
import { deepFreeze, fail, fromDayNumber, isoWeekday, ok, toDayNumber } from '../core/index.js';
import { scheduleMessages } from './messages.js';
import type { HolidayId, PublicHoliday } from './schema.js';
import { findingsFrom } from '../core/index.js';

const finding = findingsFrom(scheduleMessages);

/** The years the holiday rules are written for; outside them the answer would be a guess. */
const firstHolidayYear = 1900;
const lastHolidayYear = 2200;

const names: Record<HolidayId, LocalizedText> = {
  newYearsDay: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  goodFriday: { nl: 'Goede Vrijdag', en: 'Good Friday' },
  easterSunday: { nl: 'Eerste paasdag', en: 'Easter Sunday' },
  easterMonday: { nl: 'Tweede paasdag', en: 'Easter Monday' },
  kingsDay: { nl: 'Koningsdag', en: "King's Day" },
  queensDay: { nl: 'Koninginnedag', en: "Queen's Day" },
  liberationDay: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  ascensionDay: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  whitSunday: { nl: 'Eerste pinksterdag', en: 'Whit Sunday' },
  whitMonday: { nl: 'Tweede pinksterdag', en: 'Whit Monday' },
  christmasDay: { nl: 'Eerste kerstdag', en: 'Christmas Day' },
  boxingDay: { nl: 'Tweede kerstdag', en: 'Boxing Day' },
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateOf(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm of
 * Meeus/Jones/Butcher), the anchor of Good Friday, Easter Monday, Ascension Day and Whitsun.
 *
 * @example
 * ```ts
 * import { easterSunday } from 'ontwikkelgesprek';
 * easterSunday(2027); // '2027-03-28'
 * ```
 */
export function easterSunday(year: number): CalendarDate {
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
  return dateOf(year, month, day);
}

/**
 * The monarch's day. From 2014 King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday.
 * Before that (historical mode) Queen's Day: 1949-2013 on 30 April (on a Sunday moved to Monday 1 May
 * until 1979, to Saturday 29 April from 1980); 1900-1948 on 31 August (on a Sunday moved to 1 September).
 */
function monarchsDay(year: number, historical: boolean): { id: HolidayId; date: CalendarDate } {
  const sunday = (date: CalendarDate) => isoWeekday(date) === 7;
  if (!historical || year >= 2014) {
    const date = dateOf(year, 4, 27);
    return { id: 'kingsDay', date: sunday(date) ? dateOf(year, 4, 26) : date };
  }
  if (year >= 1949) {
    const date = dateOf(year, 4, 30);
    if (!sunday(date)) return { id: 'queensDay', date };
    return { id: 'queensDay', date: year >= 1980 ? dateOf(year, 4, 29) : dateOf(year, 5, 1) };
  }
  const date = dateOf(year, 8, 31);
  return { id: 'queensDay', date: sunday(date) ? dateOf(year, 9, 1) : date };
}

/** Holidays of a year without validation; callers guarantee 1900 <= year <= 2200. */
function holidaysOfYear(year: number, historical = true): PublicHoliday[] {
  const easter = toDayNumber(easterSunday(year));
  const relative = (days: number) => fromDayNumber(easter + days);
  const list: { id: HolidayId; date: CalendarDate; generallyDayOff: boolean; lustrum?: boolean }[] = [
    { id: 'newYearsDay', date: dateOf(year, 1, 1), generallyDayOff: true },
    { id: 'goodFriday', date: relative(-2), generallyDayOff: false },
    { id: 'easterSunday', date: relative(0), generallyDayOff: true },
    { id: 'easterMonday', date: relative(1), generallyDayOff: true },
    { ...monarchsDay(year, historical), generallyDayOff: true },
    { id: 'ascensionDay', date: relative(39), generallyDayOff: true },
    { id: 'whitSunday', date: relative(49), generallyDayOff: true },
    { id: 'whitMonday', date: relative(50), generallyDayOff: true },
    { id: 'christmasDay', date: dateOf(year, 12, 25), generallyDayOff: true },
    { id: 'boxingDay', date: dateOf(year, 12, 26), generallyDayOff: true },
  ];
  // Liberation Day exists since the liberation of 1945; in non-historical mode the rule runs back too.
  if (!historical || year >= 1945) {
    list.push({
      id: 'liberationDay',
      date: dateOf(year, 5, 5),
      generallyDayOff: false,
      lustrum: (((year - 1945) % 5) + 5) % 5 === 0,
    });
  }
  return list
    .map((holiday) => ({ ...holiday, weekday: isoWeekday(holiday.date), name: { ...names[holiday.id] } }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map(({ id, date, weekday, name, generallyDayOff, lustrum }) =>
      lustrum === undefined ? { id, date, weekday, name, generallyDayOff } : { id, date, weekday, name, generallyDayOff, lustrum },
    );
}

/**
 * The Dutch public holidays (*feestdagen*) of a year from 1900 to 2200, in date order: New Year's Day,
 * Good Friday, Easter Sunday and Monday, King's Day, Liberation Day, Ascension Day, Whit Sunday and
 * Monday, Christmas and Boxing Day. Each has an id, its date and weekday, Dutch and English names and
 * whether it is generally a day off: Good Friday and Liberation Day are not (a collective agreement
 * decides; Liberation Day often only in a lustrum year, flagged with `lustrum`).
 *
 * By default the monarch's day follows history: Queen's Day (`queensDay`) before 2014, on 31 August
 * until 1948 and on 30 April from 1949; Liberation Day from 1945. With `{ historical: false }` the
 * current rules (King's Day, Liberation Day) are applied to every year.
 *
 * @example
 * ```ts
 * import { dutchPublicHolidays } from 'ontwikkelgesprek';
 * const result = dutchPublicHolidays(2027);
 * if (result.ok) {
 *   result.value.find((h) => h.id === 'kingsDay')?.date; // '2027-04-27'
 *   result.value.find((h) => h.id === 'goodFriday')?.generallyDayOff; // false
 * }
 * dutchPublicHolidays(2201).ok; // false
 * ```
 */
export function dutchPublicHolidays(year: number, options: { readonly historical?: boolean } = {}): Result<readonly PublicHoliday[]> {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < firstHolidayYear || year > lastHolidayYear) {
    return fail([
      finding.error('schedule.holidays.yearOutOfRange', {
        // String() of an arbitrary object can throw (null prototype, hostile proxy): name its type instead.
        params: { year: typeof year === 'number' ? String(year) : typeof year, first: firstHolidayYear, last: lastHolidayYear },
      }),
    ]);
  }
  let historical = true;
  try {
    historical = typeof options === 'object' && options !== null ? options.historical !== false : true;
  } catch {
    historical = true;
  }
  return ok(deepFreeze(holidaysOfYear(year, historical)));
}

// Module-internal: shared with the calendar, not re-exported from index.ts.
export { firstHolidayYear, holidaysOfYear, lastHolidayYear };
