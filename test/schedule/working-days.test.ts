// The working-day engine behind the calendar functions: how far a search goes, how many closure
// days a calendar may hold, and what it answers for each kind of day off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/index.js';
import type { WorkingCalendarOptions } from '../../src/schedule/index.js';
import {
  addWorkingDays,
  countWorkingDays,
  dutchPublicHolidays,
  isWorkingDay,
  nextWorkingDay,
  planNextConversation,
} from '../../src/schedule/index.js';

const everyDay: WorkingCalendarOptions = { workingWeekdays: [1, 2, 3, 4, 5, 6, 7], holidays: 'none' };

/** Whether a day is a working day, or undefined when the question is refused. */
function working(date: string, calendar: WorkingCalendarOptions): boolean | undefined {
  const result = isWorkingDay(date, calendar);
  return result.ok ? result.value : undefined;
}

/** A seven-day week closed for `days` days from 1 January 2030. */
function closedFor(days: number): WorkingCalendarOptions {
  return { ...everyDay, closures: [{ from: '2030-01-01', to: addCalendarDays('2030-01-01', days - 1) }] };
}

describe('working days: the search limit', () => {
  it('steps over a closure of 3660 days (ten years), and not over one day more', () => {
    const ten = closedFor(3660);
    expect(nextWorkingDay('2029-12-31', ten)).toMatchObject({ ok: true, value: '2040-01-09' });
    expect(addWorkingDays('2029-12-31', 1, ten)).toMatchObject({ ok: true, value: '2040-01-09' });
    expect(addWorkingDays('2040-01-09', -1, ten)).toMatchObject({ ok: true, value: '2029-12-31' });
    const longer = closedFor(3661);
    expect(nextWorkingDay('2029-12-31', longer).findings).toStrictEqual([
      { code: 'schedule.calendar.noWorkingDay', severity: 'error', path: [], params: { from: '2029-12-31', days: 3660 } },
    ]);
    expect(addWorkingDays('2029-12-31', 1, longer).findings[0]?.params).toEqual({ from: '2029-12-31', days: 3660 });
    expect(addWorkingDays('2040-01-10', -1, longer).findings[0]?.params).toEqual({ from: '2040-01-10', days: 3660 });
  });
});

describe('working days: closures', () => {
  it('holds closures of 100,000 days in all, and refuses more, together with a reversed one', () => {
    const upTo = (days: number): WorkingCalendarOptions => ({
      closures: [{ from: '1900-01-01', to: addCalendarDays('1900-01-01', days - 1) }],
    });
    expect(isWorkingDay('2173-10-15', upTo(100_000))).toMatchObject({ ok: true, value: false });
    expect(isWorkingDay('2173-10-18', upTo(100_000))).toMatchObject({ ok: true, value: true });
    const tooLong = {
      code: 'schedule.calendar.closuresTooLong',
      severity: 'error',
      path: ['calendar', 'closures'],
      params: { limit: 100_000 },
    };
    expect(isWorkingDay('2200-01-05', upTo(100_001)).findings).toStrictEqual([tooLong]);
    const both = isWorkingDay('2200-01-05', {
      closures: [
        { from: '1900-01-01', to: '2000-01-01' },
        { from: '2027-03-01', to: '2027-02-01' },
        { from: '2000-01-02', to: '2200-01-01' },
      ],
    });
    expect(both.findings).toStrictEqual([
      {
        code: 'schedule.calendar.closureReversed',
        severity: 'error',
        path: ['calendar', 'closures', 1],
        params: { from: '2027-03-01', to: '2027-02-01' },
      },
      tooLong,
    ]);
  });

  it('takes a closure of one day, from and to the same day', () => {
    expect(isWorkingDay('2027-07-19', { closures: [{ from: '2027-07-19', to: '2027-07-19' }] })).toMatchObject({ ok: true, value: false });
  });

  it('counts both ends of a closure as closed, and the days around it as open', () => {
    const calendar: WorkingCalendarOptions = { closures: [{ from: '2027-07-19', to: '2027-07-23' }] };
    expect(['2027-07-16', '2027-07-19', '2027-07-23', '2027-07-26'].map((day) => working(day, calendar))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(countWorkingDays('2027-07-16', '2027-07-26', calendar)).toMatchObject({ ok: true, value: 1 });
  });
});

describe('working days: one table per year and choice', () => {
  it('answers for Good Friday and Liberation Day by the rules asked, whatever was asked before (fast-check)', () => {
    const liberations = ['always', 'lustrum', 'never'] as const;
    const question = fc.record({
      year: fc.integer({ min: 1990, max: 2030 }),
      goodFriday: fc.boolean(),
      liberation: fc.constantFrom(...liberations),
    });
    fc.assert(
      fc.property(fc.array(question, { minLength: 2, maxLength: 30 }), (questions) => {
        for (const { year, goodFriday, liberation } of questions) {
          const calendar: WorkingCalendarOptions = { goodFriday, liberationDay: liberation, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] };
          const list = dutchPublicHolidays(year);
          if (!list.ok) throw new Error('no holidays');
          const friday = list.value.find((h) => h.id === 'goodFriday')!.date;
          const may5 = `${year}-05-05`;
          const lustrum = (year - 1945) % 5 === 0;
          const ascension = list.value.find((h) => h.id === 'ascensionDay')!.date;
          expect([year, friday, working(friday, calendar)]).toEqual([year, friday, !goodFriday]);
          const liberationOff = liberation === 'always' || (liberation === 'lustrum' && lustrum) || ascension === may5;
          expect([year, liberation, working(may5, calendar)]).toEqual([year, liberation, !liberationOff]);
        }
      }),
    );
  });

  it('keeps the holidays of the last supported year: Christmas 2200 is a Thursday off', () => {
    expect(isWorkingDay('2200-12-25')).toMatchObject({ ok: true, value: false });
    expect(isWorkingDay('2200-12-24')).toMatchObject({ ok: true, value: true });
  });
});

describe('working days: what a day off is, as a plan explains it', () => {
  const base = { kind: 'development', lastConversation: '2026-10-27', now: '2027-01-04T09:00:00+01:00' } as const;
  const moved = (calendar: WorkingCalendarOptions) =>
    planNextConversation({ ...base, calendar }).findings.find((f) => f.code === 'schedule.plan.movedLater')?.params;

  it("names King's Day also when the calendar has closures elsewhere", () => {
    expect(moved({ closures: [{ from: '2027-12-27', to: '2027-12-31' }] })).toStrictEqual({
      target: '2027-04-27',
      date: '2027-04-28',
      reason: 'holiday',
      holiday: 'kingsDay',
    });
  });

  it("names the host's own day off over a closure, and the first of two overlapping closures", () => {
    expect(
      moved({ extraHolidays: ['2027-04-27'], closures: [{ from: '2027-04-26', to: '2027-04-27', label: 'Verhuizing' }] }),
    ).toStrictEqual({
      target: '2027-04-27',
      date: '2027-04-28',
      reason: 'holiday',
    });
    const overlapping = moved({
      closures: [
        { from: '2027-04-27', to: '2027-04-27', label: 'Koningsdag' },
        { from: '2027-04-20', to: '2027-04-27', label: 'Voorjaarssluiting' },
      ],
    });
    expect(overlapping).toStrictEqual({ target: '2027-04-27', date: '2027-04-28', reason: 'closure', closure: 'Koningsdag' });
  });

  it('takes the time zone from the input, else from the calendar', () => {
    const zoned = planNextConversation({ ...base, timeZone: 'America/New_York' });
    expect(zoned.ok && zoned.value.timeZone).toBe('America/New_York');
    const both = planNextConversation({ ...base, timeZone: 'America/New_York', calendar: { timeZone: 'Asia/Tokyo' } });
    expect(both.ok && both.value.timeZone).toBe('America/New_York');
    const calendar = planNextConversation({ ...base, calendar: { timeZone: 'Asia/Tokyo' } });
    expect(calendar.ok && calendar.value.timeZone).toBe('Asia/Tokyo');
  });
});
