// A source's periods: which period a day falls in, the clamped headline period, and a period's last
// usable day, checked against their definition (period k runs from its first day to the day before
// period k + 1 starts) and against the earlier implementation that searched for the period in loops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/index.js';
import { addCalendarDays } from '../../src/core/index.js';
import type { PeriodRule } from '../../src/plan/budget/periods.js';
import { clampedPeriodOf, lastUsableDay, periodEnd, periodIndexOf, periodStart, ruleOf } from '../../src/plan/budget/periods.js';

/** The implementation before its redundant guards went: a guess, then loops that correct any guess. */
const before = {
  periodIndexOf(rule: PeriodRule, date: CalendarDate): number | null {
    if (rule.until !== null && date > rule.until) return null;
    const months =
      (Number(date.slice(0, 4)) - Number(rule.start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(rule.start.slice(5, 7));
    let index = Math.floor(months / rule.months);
    while (date < periodStart(rule, index)) index -= 1;
    while (date >= periodStart(rule, index + 1)) index += 1;
    if (rule.anchored && index < 0) return null;
    return index;
  },
  clampedPeriodOf(rule: PeriodRule, date: CalendarDate): number {
    if (rule.anchored && date < rule.start) return 0;
    if (rule.until !== null && date > rule.until) return before.periodIndexOf(rule, rule.until) ?? 0;
    return before.periodIndexOf(rule, date) ?? 0;
  },
  lastUsableDay(rule: PeriodRule, index: number): CalendarDate {
    const end = periodEnd(rule, index);
    return rule.until !== null && rule.until < end ? rule.until : end;
  },
};

const day = (from: CalendarDate, days: number) => addCalendarDays(from, days);

/** A source's periods as the schema allows them: any first day (the 29th to 31st clamp in short months), 1 to 120 months, maybe a last day. */
const ruleArb: fc.Arbitrary<PeriodRule> = fc
  .record({
    start: fc.integer({ min: 0, max: 40_000 }).map((n) => day('1950-01-01', n)),
    months: fc.oneof(fc.constantFrom(1, 3, 6, 12, 24), fc.integer({ min: 1, max: 120 })),
    length: fc.option(fc.integer({ min: 0, max: 8_000 }), { nil: null }),
    anchored: fc.boolean(),
  })
  .map(({ start, months, length, anchored }) => ({
    start,
    months,
    until: length === null ? null : day(start, length),
    anchored,
  }));

/** Days that matter: near a period's first day (where the clamped day of the month decides), near the last day, or anywhere. */
const caseArb = ruleArb.chain((rule) =>
  fc
    .oneof(
      fc.tuple(fc.integer({ min: -30, max: 60 }), fc.integer({ min: -3, max: 3 })).map(([k, d]) => day(periodStart(rule, k), d)),
      fc.integer({ min: -3, max: 3 }).map((d) => day(rule.until ?? rule.start, d)),
      fc.integer({ min: -20_000, max: 20_000 }).map((d) => day(rule.start, d)),
    )
    .filter((date) => date >= '1900-01-01' && date <= '2200-12-31')
    .map((date) => ({ rule, date })),
);

describe('the periods of a source', () => {
  it('finds the period whose first day is on or before the day and whose next one starts after it (fast-check)', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, date }) => {
        const index = periodIndexOf(rule, date);
        const afterTheEnd = rule.until !== null && date > rule.until;
        const beforeTheStart = rule.anchored && date < rule.start;
        if (afterTheEnd || beforeTheStart) return index === null;
        return index !== null && periodStart(rule, index) <= date && date < periodStart(rule, index + 1);
      }),
    );
  });

  it('answers as the loops it replaced did, for the period, the clamped period and the last usable day (fast-check)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -5, max: 40 }), ({ rule, date }, index) => {
        expect(periodIndexOf(rule, date)).toBe(before.periodIndexOf(rule, date));
        expect(clampedPeriodOf(rule, date)).toBe(before.clampedPeriodOf(rule, date));
        expect(lastUsableDay(rule, index)).toBe(before.lastUsableDay(rule, index));
      }),
    );
  });

  it('starts a period on the 31st as the 30th or the 28th in shorter months, and counts the days before it to the period before', () => {
    const rule = ruleOf({ id: 'pob', kind: 'personalBudget', allowances: [], period: { start: '2027-01-31', months: 1 } });
    expect([periodStart(rule, 1), periodStart(rule, 3)]).toEqual(['2027-02-28', '2027-04-30']);
    expect(periodIndexOf(rule, '2027-04-29')).toBe(2);
    expect(periodIndexOf(rule, '2027-04-30')).toBe(3);
    expect(periodIndexOf(rule, '2027-01-30')).toBeNull();
    // A source's periods from 1 August in years, ending on 31 December 2028: the last period is cut short.
    const schoolYears = ruleOf({
      id: 'oo-fonds',
      kind: 'sectorFund',
      allowances: [],
      period: { start: '2026-08-01', until: '2028-12-31' },
    });
    expect([periodIndexOf(schoolYears, '2027-07-31'), periodIndexOf(schoolYears, '2027-08-01')]).toEqual([0, 1]);
    expect([periodIndexOf(schoolYears, '2028-12-31'), periodIndexOf(schoolYears, '2029-01-01')]).toEqual([2, null]);
    expect([lastUsableDay(schoolYears, 1), lastUsableDay(schoolYears, 2)]).toEqual(['2028-07-31', '2028-12-31']);
    expect([clampedPeriodOf(schoolYears, '2026-01-15'), clampedPeriodOf(schoolYears, '2031-05-01')]).toEqual([0, 2]);
  });

  it('reads a 0.1 budget as its one calendar year, and a source without periods in calendar years', () => {
    const source = { id: 'pob', kind: 'personalBudget', allowances: [] } as const;
    const legacy = ruleOf(source, 2027);
    expect(legacy).toEqual({ start: '2027-01-01', months: 12, until: '2027-12-31', anchored: true });
    expect([periodIndexOf(legacy, '2026-12-31'), periodIndexOf(legacy, '2027-06-15'), periodIndexOf(legacy, '2028-01-01')]).toEqual([
      null,
      0,
      null,
    ]);
    const years = ruleOf(source);
    expect(periodStart(years, periodIndexOf(years, '2027-06-15') ?? -1)).toBe('2027-01-01');
    expect(periodEnd(years, 127)).toBe('2027-12-31');
  });
});
