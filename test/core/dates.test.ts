import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addMinutesToInstant,
  calendarDateOf,
  compareCalendarDates,
  compareInstants,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  instantAt,
  isCalendarDate,
  isInstant,
  isoWeekday,
  isValidTimeZone,
  minutesBetween,
  toDayNumber,
  wallClockOf,
} from '../../src/core/index.js';

const dayNumbers = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') });

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-1-5')).toBe(false);
    expect(isCalendarDate(20270105)).toBe(false);
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('adds days consistently with daysBetween and ordering', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -5000, max: 5000 }), (n, days) => {
        const from = fromDayNumber(n);
        const to = addCalendarDays(from, days);
        expect(daysBetween(from, to)).toBe(days);
        expect(Math.sign(compareCalendarDates(from, to)) === -Math.sign(days)).toBe(true);
      }),
    );
  });

  it('knows weekdays, across year ends', () => {
    expect(isoWeekday('2027-03-15')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        expect(isoWeekday(addCalendarDays(date, 7))).toBe(isoWeekday(date));
        expect(isoWeekday(date)).toBe(((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('writes dates as people do, in each language', () => {
    expect(formatCalendarDate('2027-03-05', 'nl')).toBe('5 maart 2027');
    expect(formatCalendarDate('2027-12-31', 'en')).toBe('31 December 2027');
  });

  it('adds months with end-of-month clamping', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-11-15', 12)).toBe('2028-11-15');
    expect(addCalendarMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('adds months exactly as date-fns addMonths does', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -600, max: 600 }), (n, months) => {
        const date = fromDayNumber(n);
        const viaDateFns = format(
          addMonths(new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 'UTC'), months),
          'yyyy-MM-dd',
        );
        expect(addCalendarMonths(date, months)).toBe(viaDateFns);
      }),
    );
  });
});

describe('instants and time zones', () => {
  it('validates instants with an offset', () => {
    expect(isInstant('2027-01-04T09:00:00Z')).toBe(true);
    expect(isInstant('2027-01-04T09:00:00+01:00')).toBe(true);
    expect(isInstant('2027-01-04T09:00:00')).toBe(false);
  });

  it('places local times with the offset of that day, across DST', () => {
    expect(instantAt('2027-03-27', '10:00')).toBe('2027-03-27T10:00:00+01:00');
    expect(instantAt('2027-03-29', '10:00')).toBe('2027-03-29T10:00:00+02:00');
    expect(instantAt('2026-10-24', '10:00')).toBe('2026-10-24T10:00:00+02:00');
    expect(instantAt('2026-10-26', '10:00')).toBe('2026-10-26T10:00:00+01:00');
    expect(instantAt('2027-06-01', '09:30', 'UTC')).toBe('2027-06-01T09:30:00+00:00');
  });

  it('reads the local date and clock of an instant', () => {
    expect(calendarDateOf('2027-03-14T23:30:00Z')).toBe('2027-03-15');
    expect(wallClockOf('2027-07-01T08:00:00Z')).toBe('10:00');
    expect(calendarDateOf('2027-03-14T23:30:00Z', 'UTC')).toBe('2027-03-14');
  });

  it('compares and measures instants regardless of offset', () => {
    expect(compareInstants('2027-01-01T10:00:00+01:00', '2027-01-01T09:00:00Z')).toBe(0);
    expect(minutesBetween('2027-03-28T01:30:00+01:00', '2027-03-28T03:30:00+02:00')).toBe(60);
    expect(addMinutesToInstant('2027-03-28T01:30:00+01:00', 60)).toBe('2027-03-28T03:30:00+02:00');
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });
});

describe('supported dates', () => {
  it('counts days exactly in every year, also the years 0 to 99 that Date.UTC gets wrong', async () => {
    const { addCalendarDays, fromDayNumber, toDayNumber, isCalendarDate } = await import('../../src/core/index.js');
    expect(addCalendarDays('0050-01-01', 1)).toBe('0050-01-02');
    expect(fromDayNumber(toDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1900-03-01') - toDayNumber('1900-02-28')).toBe(1); // 1900 was no leap year
    expect(isCalendarDate('0050-01-04')).toBe(false);
    expect(isCalendarDate('2200-12-31')).toBe(true);
    expect(isCalendarDate('2201-01-01')).toBe(false);
  });

  it('round-trips every day number of the supported years', async () => {
    const { fromDayNumber, toDayNumber } = await import('../../src/core/index.js');
    const { default: fc } = await import('fast-check');
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(date);
      }),
    );
  });
});
