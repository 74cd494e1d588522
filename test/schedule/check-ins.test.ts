import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { checkInDates, isWorkingDay } from '../../src/schedule/index.js';

describe('checkInDates', () => {
  it('keeps a rhythm of N weeks and moves each check-in off holidays', () => {
    const result = checkInDates({ from: '2027-03-22', everyWeeks: 5, count: 3 });
    expect(result.ok && result.value).toEqual(['2027-03-22', '2027-04-26', '2027-05-31']);
    const weekly = checkInDates({ from: '2027-04-20', everyWeeks: 1, until: '2027-05-20' });
    // Tuesdays; King's Day (Tuesday 27 April 2027) moves that week's check-in to Wednesday.
    expect(weekly.ok && weekly.value).toEqual(['2027-04-20', '2027-04-28', '2027-05-04', '2027-05-11', '2027-05-18']);
  });

  it('needs an end', () => {
    const result = checkInDates({ from: '2027-03-22', everyWeeks: 5 });
    expect(result.findings[0]?.code).toBe('schedule.checkIns.endMissing');
  });

  it('gives working days, in order, one per slot (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2035-01-01') }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (from, everyWeeks, count) => {
          const result = checkInDates({ from: fromDayNumber(from), everyWeeks, count });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          for (const [i, date] of result.value.entries()) {
            const working = isWorkingDay(date);
            expect(working.ok && working.value).toBe(true);
            const slot = from + i * everyWeeks * 7;
            expect(toDayNumber(date) >= slot && toDayNumber(date) < slot + everyWeeks * 7).toBe(true);
          }
          expect(result.value.length).toBe(count);
        },
      ),
    );
  });
});

describe('checkInDates: the ends of the series and the days it skips', () => {
  const dates = (input: Parameters<typeof checkInDates>[0]) => {
    const result = checkInDates(input);
    if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
    return result.value;
  };

  it('asks for an end under until, and passes on calendar errors under calendar', () => {
    expect(checkInDates({ from: '2027-03-22', everyWeeks: 5 }).findings).toStrictEqual([
      { code: 'schedule.checkIns.endMissing', severity: 'error', path: ['until'], params: {} },
    ]);
    expect(
      checkInDates({ from: '2027-03-22', everyWeeks: 5, count: 2, calendar: { closures: [{ from: '2027-04-01', to: '2027-03-01' }] } })
        .findings,
    ).toStrictEqual([
      {
        code: 'schedule.calendar.closureReversed',
        severity: 'error',
        path: ['calendar', 'closures', 0],
        params: { from: '2027-04-01', to: '2027-03-01' },
      },
    ]);
  });

  it('includes a check-in on the until day, and leaves out one moved past it', () => {
    // Whit Monday (17 May 2027) moves that week's check-in to Tuesday; the 24th is the end itself.
    expect(dates({ from: '2027-05-03', everyWeeks: 1, until: '2027-05-24' })).toEqual([
      '2027-05-03',
      '2027-05-10',
      '2027-05-18',
      '2027-05-24',
    ]);
    // Tuesday 27 April 2027 is King's Day: that check-in would move to the 28th, after the end.
    expect(dates({ from: '2027-04-20', everyWeeks: 1, until: '2027-04-27' })).toEqual(['2027-04-20']);
  });

  it('skips a slot whose first working day falls in the next slot, also exactly on it', () => {
    const closed = (to: string) => ({ closures: [{ from: '2027-07-12', to }] });
    expect(dates({ from: '2027-07-05', everyWeeks: 1, count: 3, calendar: closed('2027-07-18') })).toEqual([
      '2027-07-05',
      '2027-07-19',
      '2027-07-26',
    ]);
    expect(dates({ from: '2027-07-05', everyWeeks: 1, count: 3, calendar: closed('2027-07-19') })).toEqual([
      '2027-07-05',
      '2027-07-20',
      '2027-07-26',
    ]);
  });

  it('refuses a series with no working day within ten years of a slot, or past 2200', () => {
    const closed = checkInDates({
      from: '2027-07-05',
      everyWeeks: 1,
      count: 3,
      calendar: { closures: [{ from: '2027-07-12', to: '2040-01-01' }] },
    });
    expect(closed.findings).toStrictEqual([
      { code: 'schedule.calendar.noWorkingDay', severity: 'error', path: [], params: { from: '2027-07-12', days: 3660 } },
    ]);
    // The second slot, Saturday 3 January 2201, would move to Monday the 5th.
    expect(checkInDates({ from: '2200-12-27', everyWeeks: 1, count: 2 }).findings).toStrictEqual([
      {
        code: 'schedule.date.outOfRange',
        severity: 'error',
        path: ['from'],
        params: { value: '2201-01-05', from: '1900-01-01', to: '2200-12-31' },
      },
    ]);
  });
});
