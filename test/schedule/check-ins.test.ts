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
