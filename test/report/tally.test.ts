// Conservation of the report's budget sums: every current budget period of every record that counts
// lands in exactly one line (its source and unit), in the total and once per group, and the report of
// any split adds up (combineReports) to the report of the whole, with exact integers throughout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetAmount, BudgetPeriodStatus, BudgetUse, DevelopmentReport, EmployeeRecord, ReportFigures } from '../../src/index.js';
import { combineReports, developmentReport } from '../../src/index.js';

const now = '2027-10-01T09:00:00+02:00';
const groupBy = ['team'];
const sources = [
  { source: 'pob', kind: 'personalBudget' as const },
  { source: 'oo', kind: 'sectorFund' as const },
  { source: 'leren', kind: 'learningAccount' as const },
];
const units = ['EUR', 'USD', 'minutes', 'studyPoints'] as const;

function amountIn(unit: string, value: number): BudgetAmount {
  if (unit === 'minutes') return { minutes: value };
  if (unit === 'studyPoints') return { studyPoints: value };
  return { amount: value, currency: unit };
}

const sizeOf = (amount: BudgetAmount): number =>
  'currency' in amount ? amount.amount : 'minutes' in amount ? amount.minutes : amount.studyPoints;
const unitOf = (amount: BudgetAmount): string => ('currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints');

/** A period as `budgetStatus` answers it: remaining is what is available less spent and outstanding (negative when over-claimed). */
interface PeriodSeed {
  readonly at: number;
  readonly unit: (typeof units)[number];
  readonly current: boolean;
  readonly available: number;
  readonly spent: number;
  readonly outstanding: number;
}

function periodOf(seed: PeriodSeed): BudgetPeriodStatus {
  const { source, kind } = sources[seed.at] ?? { source: 'pob', kind: 'personalBudget' as const };
  const a = (value: number) => amountIn(seed.unit, value);
  const remaining = seed.available - seed.spent - seed.outstanding;
  return {
    source,
    kind,
    title: null,
    start: seed.current ? '2027-01-01' : '2026-01-01',
    end: seed.current ? '2027-12-31' : '2026-12-31',
    current: seed.current,
    allowance: a(seed.available),
    carriedIn: a(0),
    available: a(seed.available),
    committed: a(seed.spent + seed.outstanding),
    spent: a(seed.spent),
    outstanding: a(seed.outstanding),
    remaining: a(remaining),
    expiring: a(Math.max(0, remaining)),
    carriedOut: a(0),
    utilisation: null,
  };
}

const value = fc.integer({ min: 0, max: 5_000_000 });
const periodSeed = (current: boolean) =>
  fc.record({
    at: fc.integer({ min: 0, max: 2 }),
    unit: fc.constantFrom(...units),
    current: fc.constant(current),
    available: value,
    spent: value,
    outstanding: value,
  });

/**
 * A record: at most one current period per source and unit (as `budgetStatus` gives), any number of
 * past ones, and sometimes a second current period of the first source and unit (bad data: it must
 * count nowhere).
 */
const recordSeed = fc.record({
  team: fc.option(fc.constantFrom('Noord', 'Zuid', 'West'), { nil: undefined }),
  current: fc.uniqueArray(periodSeed(true), { maxLength: 5, selector: (p) => `${p.at}|${p.unit}` }),
  past: fc.array(periodSeed(false), { maxLength: 2 }),
  repeated: fc.option(value, { nil: undefined }),
});

type RecordSeed = typeof recordSeed extends fc.Arbitrary<infer T> ? T : never;

function recordsOf(seeds: readonly RecordSeed[]): EmployeeRecord[] {
  return seeds.map((seed, index) => ({
    employeeId: `e-${index}`,
    ...(seed.team === undefined ? {} : { groups: { team: seed.team } }),
    budget: [...seed.past, ...seed.current, ...repeatOf(seed)].map(periodOf),
  }));
}

/** The second current period of a record's first source and unit, if it has one. */
function repeatOf(seed: RecordSeed): PeriodSeed[] {
  const first = seed.current[0];
  return first === undefined || seed.repeated === undefined ? [] : [{ ...first, available: seed.repeated }];
}

interface Expected {
  employees: number;
  available: number;
  committed: number;
  spent: number;
  unused: number;
  untouched: number;
}

/** What each source and unit must hold: the current periods of the records, each counted once. */
function expectedLines(seeds: readonly RecordSeed[]): Map<string, Expected> {
  const lines = new Map<string, Expected>();
  for (const seed of seeds) {
    for (const period of seed.current) {
      const key = `${sources[period.at]?.source}|${period.unit}`;
      const line = lines.get(key) ?? { employees: 0, available: 0, committed: 0, spent: 0, unused: 0, untouched: 0 };
      const used = period.spent + period.outstanding;
      line.employees += 1;
      line.available += period.available;
      line.committed += used;
      line.spent += period.spent;
      line.unused += Math.max(0, period.available - used);
      line.untouched += used === 0 ? 1 : 0;
      lines.set(key, line);
    }
  }
  return lines;
}

function linesOf(figures: ReportFigures): Map<string, Expected> {
  const lines = new Map<string, Expected>();
  for (const use of figures.budget) {
    const unit = unitOf(use.available);
    // Every amount of a line is in one unit, a whole number.
    for (const amount of [use.committed, use.spent, use.unused]) expect(unitOf(amount)).toBe(unit);
    for (const amount of [use.available, use.committed, use.spent, use.unused]) expect(Number.isSafeInteger(sizeOf(amount))).toBe(true);
    const key = `${use.source}|${unit}`;
    expect(lines.has(key)).toBe(false);
    lines.set(key, {
      employees: use.employees,
      available: sizeOf(use.available),
      committed: sizeOf(use.committed),
      spent: sizeOf(use.spent),
      unused: sizeOf(use.unused),
      untouched: use.untouched,
    });
  }
  return lines;
}

function reportOf(records: readonly EmployeeRecord[]): DevelopmentReport {
  const result = developmentReport(records, { now, groupBy });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('report budget sums (fast-check)', () => {
  it('count every current period exactly once, in exactly one source and unit, in the total and in one group per key', () => {
    fc.assert(
      fc.property(fc.array(recordSeed, { maxLength: 12 }), (seeds) => {
        const result = developmentReport(recordsOf(seeds), { now, groupBy });
        if (!result.ok) throw new Error('refused');
        const report = result.value;
        expect([report.skipped, report.figures.employees]).toEqual([0, seeds.length]);
        // A repeated current period is reported, and counted nowhere.
        expect(result.findings.map((f) => f.code)).toEqual(
          seeds.flatMap((seed) => repeatOf(seed).map(() => 'report.budget.duplicatePeriod')),
        );
        const expected = expectedLines(seeds);
        expect(linesOf(report.figures)).toEqual(expected);
        // Each current period is one employee of one line; past periods are in none.
        const periods = seeds.reduce((sum, seed) => sum + seed.current.length, 0);
        expect(report.figures.budget.reduce((sum, use) => sum + use.employees, 0)).toBe(periods);
        // The groups of a key split every line without loss or double count.
        const summed = new Map<string, Expected>();
        for (const group of report.groups) {
          for (const [key, line] of linesOf(group.figures)) {
            const kept = summed.get(key) ?? { employees: 0, available: 0, committed: 0, spent: 0, unused: 0, untouched: 0 };
            for (const field of Object.keys(kept) as (keyof Expected)[]) kept[field] += line[field];
            summed.set(key, kept);
          }
        }
        expect(summed).toEqual(expected);
        // The shares are worked out from the sums.
        for (const use of report.figures.budget) {
          const available = sizeOf(use.available);
          expect(use.unusedShare).toBe(available === 0 ? null : sizeOf(use.unused) / available);
          expect(use.untouchedShare).toBe(use.untouched / use.employees);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('add up across any split of the records: the combined report is the report of the whole', () => {
    fc.assert(
      fc.property(fc.array(recordSeed, { maxLength: 12 }), fc.nat(), fc.boolean(), (seeds, at, swap) => {
        const records = recordsOf(seeds);
        const cut = at % (records.length + 1);
        const left = reportOf(records.slice(0, cut));
        const right = reportOf(records.slice(cut));
        const combined = swap ? combineReports(right, left) : combineReports(left, right);
        expect(combined.ok).toBe(true);
        if (!combined.ok) return;
        expect(linesOf(combined.value.figures)).toEqual(expectedLines(seeds));
        // Combining in either order gives the whole, byte for byte.
        expect(JSON.stringify(combined.value)).toBe(JSON.stringify(reportOf(records)));
      }),
      { numRuns: 100 },
    );
  });

  it('never round: near the safe-integer limit a record or a combination is refused with a finding, and what is counted is exact', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const huge = fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: max - 1_000, max }), fc.integer({ min: 0, max: 1_000 }));
    fc.assert(
      fc.property(fc.array(huge, { minLength: 1, maxLength: 6 }), fc.nat(), (amounts, at) => {
        const records = amounts.map(
          (available, index) =>
            recordsOf([
              {
                team: index % 2 === 0 ? 'Noord' : 'Zuid',
                current: [{ at: 0, unit: 'EUR', current: true, available, spent: 0, outstanding: 0 }],
                past: [],
                repeated: undefined,
              },
            ]).map((record) => ({ ...record, employeeId: `e-${index}` }))[0] as EmployeeRecord,
        );
        const cut = at % (records.length + 1);
        const left = developmentReport(records.slice(0, cut), { now, groupBy });
        const right = developmentReport(records.slice(cut), { now, groupBy });
        if (!left.ok || !right.ok) throw new Error('refused');
        const availableOf = (report: DevelopmentReport) => {
          const use: BudgetUse | undefined = report.figures.budget[0];
          return use === undefined ? 0n : BigInt(sizeOf(use.available));
        };
        // Every record is counted or skipped with a finding, never both, never neither.
        for (const part of [left, right]) {
          expect(part.findings.filter((f) => f.code === 'report.amount.overflow')).toHaveLength(part.value.skipped);
          expect(availableOf(part.value) <= BigInt(max)).toBe(true);
        }
        expect(left.value.skipped + left.value.figures.employees + right.value.skipped + right.value.figures.employees).toBe(
          records.length,
        );
        const exact = availableOf(left.value) + availableOf(right.value);
        const combined = combineReports(left.value, right.value);
        if (exact > BigInt(max)) {
          expect(combined.ok).toBe(false);
          expect(combined.findings.map((f) => f.code)).toEqual(['report.combine.overflow']);
        } else {
          expect(combined.ok).toBe(true);
          if (combined.ok) expect(availableOf(combined.value)).toBe(exact);
        }
      }),
      { numRuns: 200 },
    );
  });
});
