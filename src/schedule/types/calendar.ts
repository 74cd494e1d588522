import type { CalendarDate } from '../../core/index.js';

/**
 * An ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * import { isWorkingDay, type Weekday } from 'ontwikkelgesprek';
 * const fourDays: Weekday[] = [1, 2, 3, 4];
 * const friday = isWorkingDay('2027-06-18', { workingWeekdays: fourDays });
 * friday.ok && friday.value; // false
 * ```
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Ids of the Dutch public holidays. `queensDay` is Queen's Day (1900-2013), `kingsDay` King's Day
 * (from 2014). Their names are in the language catalogues, in the label family `holiday`.
 *
 * @example
 * ```ts
 * import { nl, type HolidayId } from 'ontwikkelgesprek';
 * const id: HolidayId = 'kingsDay';
 * nl.labels.holiday[id]; // 'Koningsdag'
 * ```
 */
export type HolidayId =
  | 'newYearsDay'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'kingsDay'
  | 'queensDay'
  | 'liberationDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';

/**
 * A Dutch public holiday: a stable id, the date and weekday, whether it is generally a day off, and
 * for Liberation Day whether the year is a lustrum (every five years since 1945). Show its name with
 * a catalogue: `nl.labels.holiday[holiday.id]`.
 *
 * @example
 * ```ts
 * import { dutchPublicHolidays, en } from 'ontwikkelgesprek';
 * const result = dutchPublicHolidays(2030);
 * const liberation = result.ok ? result.value.find((h) => h.id === 'liberationDay') : undefined;
 * liberation?.lustrum; // true
 * liberation && en.labels.holiday[liberation.id]; // 'Liberation Day'
 * ```
 */
export interface PublicHoliday {
  readonly id: HolidayId;
  readonly date: CalendarDate;
  /** ISO weekday, 1 is Monday. */
  readonly weekday: Weekday;
  /** False for Good Friday and Liberation Day: a day off only where a collective agreement says so. */
  readonly generallyDayOff: boolean;
  /** Liberation Day only: a lustrum year (1945 + a multiple of 5). */
  readonly lustrum?: boolean;
}

/**
 * Options of {@link dutchPublicHolidays}: `historical` (default `true`) follows the history of the
 * monarch's day and Liberation Day; `false` applies today's rules to every year.
 *
 * @example
 * ```ts
 * import { dutchPublicHolidays, type HolidayOptions } from 'ontwikkelgesprek';
 * const today: HolidayOptions = { historical: false };
 * const result = dutchPublicHolidays(1930, today);
 * result.ok && result.value.find((h) => h.id === 'kingsDay')?.date; // '1930-04-26'
 * ```
 */
export interface HolidayOptions {
  historical?: boolean | undefined;
}

/**
 * A period in which the organisation is closed, both days included, with an optional name that
 * findings show ("Kerstsluiting").
 *
 * @example
 * ```ts
 * import { nextWorkingDay, type Closure } from 'ontwikkelgesprek';
 * const christmas: Closure = { from: '2027-12-27', to: '2027-12-31', label: 'Kerstsluiting' };
 * const next = nextWorkingDay('2027-12-24', { closures: [christmas] });
 * next.ok && next.value; // '2028-01-03'
 * ```
 */
export interface Closure {
  from: CalendarDate;
  to: CalendarDate;
  label?: string | undefined;
}

/**
 * Options of a working-day calendar. Everything is optional: the default is Monday to Friday, the
 * Dutch public holidays that are generally a day off, no closures, `Europe/Amsterdam`.
 *
 * - `holidays`: `'dutch'` (default), `'none'`, or a host's own list of dates.
 * - `goodFriday`: count Good Friday as a day off (default `false`: many collective agreements do not).
 * - `liberationDay`: `'lustrum'` (default: a day off every five years, 2025, 2030, ...), `'always'` or `'never'`.
 * - `extraHolidays`: dates added to the holidays (company days, a host's regional holiday).
 * - `closures`: periods when the organisation is closed (Christmas week, a summer shutdown).
 * - `timeZone`: the IANA zone in which an instant becomes a day.
 *
 * @example
 * ```ts
 * import { isWorkingDay, type WorkingCalendarOptions } from 'ontwikkelgesprek';
 * const calendar: WorkingCalendarOptions = { holidays: 'dutch', goodFriday: true };
 * const goodFriday = isWorkingDay('2027-03-26', calendar);
 * goodFriday.ok && goodFriday.value; // false
 * ```
 */
export interface WorkingCalendarOptions {
  workingWeekdays?: readonly Weekday[] | undefined;
  holidays?: 'dutch' | 'none' | readonly CalendarDate[] | undefined;
  goodFriday?: boolean | undefined;
  liberationDay?: 'always' | 'lustrum' | 'never' | undefined;
  extraHolidays?: readonly CalendarDate[] | undefined;
  closures?: readonly Closure[] | undefined;
  timeZone?: string | undefined;
}
