import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromDayNumber, isoWeekday, toDayNumber } from '../../src/core/index.js';
import { findingMessage } from '../../src/locales/index.js';
import type { Weekday, WorkingCalendarOptions } from '../../src/schedule/index.js';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from '../../src/schedule/index.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly { code: string }[] }): T {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

const dateArb = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') }).map(fromDayNumber);
const calendarArb: fc.Arbitrary<WorkingCalendarOptions> = fc.record(
  {
    workingWeekdays: fc.uniqueArray(fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }),
    holidays: fc.constantFrom<'dutch' | 'none'>('dutch', 'none'),
    goodFriday: fc.boolean(),
    liberationDay: fc.constantFrom<'always' | 'lustrum' | 'never'>('always', 'lustrum', 'never'),
  },
  { requiredKeys: [] },
);

describe('working-day calendar', () => {
  it('skips weekends and the Dutch holidays that are a day off', () => {
    expect(value(isWorkingDay('2027-04-27'))).toBe(false); // King's Day
    expect(value(isWorkingDay('2027-04-28'))).toBe(true);
    expect(value(isWorkingDay('2027-05-06'))).toBe(false); // Ascension Day
    expect(value(isWorkingDay('2027-05-08'))).toBe(false); // Saturday
    expect(value(isWorkingDay('2027-03-26'))).toBe(true); // Good Friday counts by default
    expect(value(isWorkingDay('2027-03-26', { goodFriday: true }))).toBe(false);
    expect(value(isWorkingDay('2027-05-05'))).toBe(true); // Liberation Day, no lustrum
    expect(value(isWorkingDay('2025-05-05'))).toBe(false); // lustrum year
    expect(value(isWorkingDay('2027-05-05', { liberationDay: 'always' }))).toBe(false);
    expect(value(isWorkingDay('2025-05-05', { liberationDay: 'never' }))).toBe(true);
  });

  it("is closed on Christmas, Boxing Day and New Year's Day in years they fall on a weekday", () => {
    // Thursday and Friday 25 and 26 December 2025, Thursday 1 January 2026; Monday 1 January 2029.
    expect(isoWeekday('2025-12-25')).toBe(4);
    expect(value(isWorkingDay('2025-12-25'))).toBe(false);
    expect(value(isWorkingDay('2025-12-26'))).toBe(false);
    expect(value(isWorkingDay('2025-12-24'))).toBe(true);
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(value(isWorkingDay('2026-01-01'))).toBe(false);
    expect(value(isWorkingDay('2026-01-02'))).toBe(true);
    expect(value(isWorkingDay('2029-01-01'))).toBe(false);
    // Tuesday and Wednesday 25 and 26 December 2029: the whole week around them shows the rule.
    expect(value(countWorkingDays('2029-12-23', '2029-12-31'))).toBe(4);
    expect(value(nextWorkingDay('2025-12-24'))).toBe('2025-12-29');
    expect(value(nextWorkingDay('2025-12-31'))).toBe('2026-01-02');
    // The same days under a host's own list count as working days: the rule is the Dutch one.
    expect(value(isWorkingDay('2025-12-25', { holidays: 'none' }))).toBe(true);
    expect(value(isWorkingDay('2026-01-01', { holidays: 'none' }))).toBe(true);
  });

  it('works from 1900 to 2200 and refuses dates and answers outside', () => {
    expect(value(isWorkingDay('1900-01-02'))).toBe(true);
    expect(value(isWorkingDay('1900-01-01'))).toBe(false); // New Year's Day, a Monday
    expect(value(isWorkingDay('2200-12-31'))).toBe(true);
    for (const outside of [
      isWorkingDay('1899-12-31'),
      isWorkingDay('2201-01-01T10:00:00+01:00'),
      nextWorkingDay('1899-12-29'),
      addWorkingDays('2201-01-01', 1),
      countWorkingDays('1850-01-01', '1900-01-02'),
      countWorkingDays('1900-01-02', '9999-12-31'),
    ]) {
      expect(outside.ok).toBe(false);
      expect(outside.findings[0]?.code).toBe('schedule.date.outOfRange');
    }
    const answer = nextWorkingDay('2200-12-31');
    expect(answer.findings).toEqual([
      {
        code: 'schedule.date.outOfRange',
        severity: 'error',
        path: ['date'],
        params: { value: '2201-01-01', from: '1900-01-01', to: '2200-12-31' },
      },
    ]);
    expect(findingMessage(answer.findings[0]!, 'nl')).toBe(
      '1 januari 2201 valt buiten de periode waarin de planning werkt: van 1 januari 1900 tot en met 31 december 2200.',
    );
    expect(addWorkingDays('1900-01-03', -3).ok).toBe(false);
  });

  it("uses a host's weekdays, holidays and closures", () => {
    const calendar: WorkingCalendarOptions = {
      workingWeekdays: [1, 2, 3, 4],
      holidays: ['2027-06-15'],
      extraHolidays: ['2027-06-16'],
      closures: [{ from: '2027-12-27', to: '2027-12-31', label: 'Kerstsluiting' }],
    };
    expect(value(isWorkingDay('2027-06-18', calendar))).toBe(false); // Friday is not a working day here
    expect(value(isWorkingDay('2027-06-15', calendar))).toBe(false);
    expect(value(isWorkingDay('2027-06-16', calendar))).toBe(false);
    expect(value(isWorkingDay('2027-04-27', calendar))).toBe(true); // host list replaces the Dutch one
    expect(value(nextWorkingDay('2027-12-23', calendar))).toBe('2028-01-03');
    expect(value(isWorkingDay('2027-12-29', { closures: [{ from: '2027-12-27', to: '2027-12-31' }] }))).toBe(false);
  });

  it('adds and counts working days over holidays', () => {
    expect(value(addWorkingDays('2027-04-23', 3))).toBe('2027-04-29');
    expect(value(addWorkingDays('2027-04-29', -3))).toBe('2027-04-23');
    expect(value(addWorkingDays('2027-05-08', 0))).toBe('2027-05-08'); // zero steps: the day itself
    expect(value(addWorkingDays('2027-05-10', 0))).toBe('2027-05-10');
    expect(value(countWorkingDays('2027-12-24', '2027-12-31'))).toBe(5);
    expect(value(countWorkingDays('2027-04-23', '2027-04-29'))).toBe(3);
    expect(value(countWorkingDays('2027-04-29', '2027-04-23'))).toBe(-3);
    expect(value(nextWorkingDay('2027-12-24'))).toBe('2027-12-27');
  });

  it('reads an instant as the day it falls on in the time zone', () => {
    // 23:30 UTC on Friday 23 April is already Saturday in Amsterdam.
    expect(value(isWorkingDay('2027-04-23T23:30:00Z'))).toBe(false);
    expect(value(isWorkingDay('2027-04-23T23:30:00Z', { timeZone: 'UTC' }))).toBe(true);
    expect(value(nextWorkingDay('2027-04-23T23:30:00Z'))).toBe('2027-04-26');
    expect(value(nextWorkingDay('2027-03-28T00:30:00Z'))).toBe('2027-03-30'); // DST night, Easter Monday
  });

  it('answers bad input with findings', () => {
    const bad = isWorkingDay('2027-02-30');
    expect(bad.ok).toBe(false);
    expect(bad.findings[0]?.path).toEqual(['date']);
    const zone = isWorkingDay('2027-02-01', { timeZone: 'Mars/Olympus' });
    expect(zone.ok).toBe(false);
    expect(zone.findings[0]?.path).toEqual(['calendar', 'timeZone']);
    const reversed = isWorkingDay('2027-02-01', { closures: [{ from: '2027-03-01', to: '2027-02-01' }] });
    expect(reversed.findings[0]?.code).toBe('schedule.calendar.closureReversed');
    const none = nextWorkingDay('2027-01-01', { closures: [{ from: '2027-01-01', to: '2040-01-01' }] });
    expect(none.findings[0]?.code).toBe('schedule.calendar.noWorkingDay');
    const unknownKey = isWorkingDay('2027-02-01', { weekend: [6, 7] } as never);
    expect(unknownKey.findings[0]?.code).toBe('input.unrecognized_keys');
    expect(addWorkingDays('2027-02-01', 1.5).ok).toBe(false);
  });

  it('round-trips: counting the working days just added gives the number back', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), calendarArb, (date, days, calendar) => {
        const added = value(addWorkingDays(date, days, calendar));
        if (days !== 0) expect(value(isWorkingDay(added, calendar))).toBe(true);
        expect(value(countWorkingDays(date, added, calendar))).toBe(days);
      }),
    );
  });

  it('next working day is the first working day after the date', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, (date, calendar) => {
        const next = value(nextWorkingDay(date, calendar));
        expect(next > date).toBe(true);
        expect(value(isWorkingDay(next, calendar))).toBe(true);
        for (let day = addCalendarDays(date, 1); day < next; day = addCalendarDays(day, 1)) {
          expect(value(isWorkingDay(day, calendar))).toBe(false);
        }
      }),
    );
  });

  it('gives the same answers in any order of questions: the holiday tables it keeps never change (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(dateArb, calendarArb), { minLength: 2, maxLength: 12 }), (questions) => {
        const forward = questions.map(([date, calendar]) => value(isWorkingDay(date, calendar)));
        const backward = [...questions].reverse().map(([date, calendar]) => value(isWorkingDay(date, calendar)));
        expect(backward.reverse()).toEqual(forward);
      }),
    );
    // Good Friday 2027 under both rules, asked in turn: the kept table of one rule never leaks into the other.
    const answers = [true, false, true, false].map((goodFriday) => value(isWorkingDay('2027-03-26', { goodFriday })));
    expect(answers).toEqual([false, true, false, true]);
  });

  it('only weekdays that count are working days', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, (date, calendar) => {
        if (value(isWorkingDay(date, calendar))) {
          expect((calendar.workingWeekdays ?? [1, 2, 3, 4, 5]).includes(isoWeekday(date) as Weekday)).toBe(true);
        }
      }),
    );
  });
});

describe('working-day calendar: the year-end of 2026 and the rules behind the answers', () => {
  it("is closed on Christmas 2026 and New Year's Day 2027, both on a Friday", () => {
    expect([isoWeekday('2026-12-25'), isoWeekday('2027-01-01')]).toEqual([5, 5]);
    expect(value(isWorkingDay('2026-12-25'))).toBe(false);
    expect(value(isWorkingDay('2027-01-01'))).toBe(false);
    expect(value(isWorkingDay('2026-12-24'))).toBe(true);
    // Monday 28 to Thursday 31 December, and Monday 4 January.
    expect(value(countWorkingDays('2026-12-24', '2027-01-04'))).toBe(5);
    expect(value(nextWorkingDay('2026-12-24'))).toBe('2026-12-28');
    expect(value(nextWorkingDay('2026-12-31'))).toBe('2027-01-04');
    expect(value(addWorkingDays('2026-12-31', 1))).toBe('2027-01-04');
  });

  it('closes on Easter, Whit Sunday and their Mondays also in a seven-day week', () => {
    const everyDay: WorkingCalendarOptions = { workingWeekdays: [1, 2, 3, 4, 5, 6, 7] };
    for (const day of ['2027-03-28', '2027-03-29', '2027-05-16', '2027-05-17'])
      expect([day, value(isWorkingDay(day, everyDay))]).toEqual([day, false]);
    expect(value(isWorkingDay('2027-03-27', everyDay))).toBe(true);
  });

  it("follows history: Queen's Day on Friday 30 April 1999 is closed, Tuesday 27 April 1999 is not", () => {
    expect(value(isWorkingDay('1999-04-30'))).toBe(false);
    expect(value(isWorkingDay('1999-04-27'))).toBe(true);
    expect(value(nextWorkingDay('1999-04-29'))).toBe('1999-05-03');
  });

  it('names the input that is wrong, and passes on calendar errors under calendar', () => {
    expect(addWorkingDays('2027-02-30', 1).findings[0]?.path).toEqual(['date']);
    expect(addWorkingDays('2027-02-01', 1.5).findings[0]?.path).toEqual(['days']);
    expect(countWorkingDays('2027-02-30', '2027-03-01').findings[0]?.path).toEqual(['from']);
    expect(countWorkingDays('2027-02-01', '2027-02-30').findings[0]?.path).toEqual(['to']);
    const reversed: WorkingCalendarOptions = { closures: [{ from: '2027-03-01', to: '2027-02-01' }] };
    const expected = [
      {
        code: 'schedule.calendar.closureReversed',
        severity: 'error',
        path: ['calendar', 'closures', 0],
        params: { from: '2027-03-01', to: '2027-02-01' },
      },
    ];
    expect(isWorkingDay('2027-02-01', reversed).findings).toStrictEqual(expected);
    expect(addWorkingDays('2027-02-01', 1, reversed).findings).toStrictEqual(expected);
    expect(addWorkingDays('2027-02-01', 0, reversed).findings).toStrictEqual(expected);
    expect(countWorkingDays('2027-02-01', '2027-02-05', reversed).findings).toStrictEqual(expected);
  });

  it('counts over at most 300 years of 366 days, and refuses a longer range by its ends', () => {
    const longest = fromDayNumber(toDayNumber('1900-01-01') + 366 * 300);
    expect(value(countWorkingDays('1900-01-01', longest))).toBeGreaterThan(75_000);
    expect(value(countWorkingDays(longest, '1900-01-01'))).toBeLessThan(-75_000);
    const tooLong = countWorkingDays('1900-01-01', addCalendarDays(longest, 1));
    expect(tooLong.findings).toStrictEqual([
      {
        code: 'schedule.calendar.rangeTooLong',
        severity: 'error',
        path: [],
        params: { from: '1900-01-01', to: addCalendarDays(longest, 1) },
      },
    ]);
    expect(findingMessage(countWorkingDays('2200-12-31', '1900-01-01').findings[0]!, 'en')).toContain('31 December 2200');
  });
});
