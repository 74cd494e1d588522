import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetAmount, BudgetExpense, BudgetStatus, CostLine, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, draftDevelopmentPlan } from '../../src/plan/index.js';
import { sampleContent } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const unitOf = (amount: BudgetAmount): string => ('currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints');
const sizeOf = (amount: BudgetAmount): number =>
  'currency' in amount ? amount.amount : 'minutes' in amount ? amount.minutes : amount.studyPoints;

const amount: fc.Arbitrary<BudgetAmount> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD') }),
  fc.record({ minutes: fc.integer({ min: 0, max: 60 * 40 }) }),
  fc.record({ studyPoints: fc.integer({ min: 0, max: 30 }) }),
);
const date = fc
  .record({ year: fc.integer({ min: 2024, max: 2028 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const source: fc.Arbitrary<Omit<FundingSource, 'id'>> = fc.record(
  {
    kind: fc.constantFrom('personalBudget' as const, 'sectorFund' as const, 'learningAccount' as const, 'ownMoney' as const),
    allowances: fc.uniqueArray(amount, { selector: unitOf, maxLength: 2 }),
    period: fc.record(
      {
        start: fc.constantFrom('2025-01-01', '2025-08-01', '2026-03-15'),
        months: fc.constantFrom(6, 12, 24),
        until: fc.constantFrom('2027-12-31', '2028-06-30'),
      },
      { requiredKeys: ['start'] },
    ),
    carryOver: fc.record(
      { periods: fc.integer({ min: 0, max: 3 }), maximum: fc.uniqueArray(amount, { selector: unitOf, maxLength: 2 }) },
      {
        requiredKeys: ['periods'],
      },
    ),
  },
  { requiredKeys: ['kind'] },
);

const sourceIds = ['s0', 's1', 's2', 'gone'];
const setup = fc.record({
  sources: fc.array(source, { minLength: 1, maxLength: 3 }).map((list) =>
    list.map((item, index): FundingSource => {
      const withId = { ...item, id: `s${index}` };
      // Saving up needs a first period.
      return withId.carryOver !== undefined && withId.period === undefined ? { ...withId, carryOver: undefined } : withId;
    }),
  ),
  costs: fc.array(
    fc.record({
      amount,
      source: fc.option(fc.constantFrom(...sourceIds), { nil: undefined }),
      date,
      agreement: fc.option(fc.constantFrom('a1', 'a2', 'a3'), { nil: undefined }),
    }),
    { maxLength: 10 },
  ),
  expenses: fc.array(
    fc.record({
      amount,
      source: fc.option(fc.constantFrom(...sourceIds), { nil: undefined }),
      date,
      link: fc.option(
        fc.oneof(
          fc.constantFrom('a1', 'a2', 'zz').map((id) => ({ agreementId: id })),
          fc.integer({ min: 0, max: 9 }).map((i) => ({ costLineId: `c${i}` })),
        ),
        {
          nil: undefined,
        },
      ),
    }),
    { maxLength: 10 },
  ),
  now: date.map((day) => `${day}T09:00:00+01:00`),
});

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

function linesOf(input: Setup) {
  const costs: CostLine[] = input.costs.map((c, i) => ({
    id: `c${i}`,
    description: `Kosten ${i}`,
    amount: c.amount,
    date: c.date,
    ...(c.source === undefined ? {} : { source: c.source }),
    ...(c.agreement === undefined ? {} : { agreementId: c.agreement }),
  }));
  const expenses: BudgetExpense[] = input.expenses.map((x, i) => ({
    id: `x${i}`,
    date: x.date,
    amount: x.amount,
    ...(x.source === undefined ? {} : { source: x.source }),
    ...(x.link ?? {}),
  }));
  return { costs, expenses };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, item) => total + item, 0);
}

function checkConservation(
  status: BudgetStatus,
  costs: readonly CostLine[],
  expenses: readonly BudgetExpense[],
  sources: readonly FundingSource[],
): void {
  // A source with allowances counts only the units it grants; a line in another unit is reported, not counted.
  for (const line of status.lines) {
    const granted = (sources.find((s) => s.id === line.source)?.allowances ?? []).map(unitOf);
    if (line.counted && granted.length > 0) expect(granted).toContain(unitOf(line.amount));
    if (line.reason === 'otherCurrency' || line.reason === 'otherUnit') expect(granted).not.toContain(unitOf(line.amount));
    if (line.reason === 'unknownSource') expect(sources.some((s) => s.id === line.source)).toBe(false);
  }
  // Every line once, in input order; a counted line in exactly one source and period.
  expect(status.lines.map((line) => line.id)).toEqual([...costs.map((c) => c.id), ...expenses.map((x) => x.id)]);
  for (const line of status.lines) {
    const homes = status.periods.filter(
      (p) => p.source === line.source && p.start === line.period && unitOf(p.committed) === unitOf(line.amount),
    );
    expect(homes).toHaveLength(line.counted ? 1 : homes.length);
    // The period a line counts in is the one its date falls in.
    const day = [...costs, ...expenses].find((item) => item.id === line.id)?.date;
    if (line.counted) expect(day !== undefined && homes[0]!.start <= day && day <= homes[0]!.end).toBe(true);
    if (line.counted) expect(line.reason).toBeUndefined();
    else expect(line.reason).toBeDefined();
  }
  // Totals add up: per source and unit, the periods hold exactly the counted lines.
  const keys = new Set(status.periods.map((p) => `${p.source}|${unitOf(p.committed)}`));
  for (const key of keys) {
    const periods = status.periods.filter((p) => `${p.source}|${unitOf(p.committed)}` === key);
    const counted = (kind: 'cost' | 'expense') =>
      sum(
        status.lines.filter((l) => l.counted && l.kind === kind && `${l.source}|${unitOf(l.amount)}` === key).map((l) => sizeOf(l.amount)),
      );
    expect(sum(periods.map((p) => sizeOf(p.committed)))).toBe(counted('cost'));
    expect(sum(periods.map((p) => sizeOf(p.spent)))).toBe(counted('expense'));
    let previous: (typeof periods)[number] | undefined;
    for (const p of periods) {
      for (const figure of [
        p.allowance,
        p.carriedIn,
        p.available,
        p.committed,
        p.spent,
        p.outstanding,
        p.remaining,
        p.expiring,
        p.carriedOut,
      ]) {
        if (figure !== null) expect(Number.isSafeInteger(sizeOf(figure))).toBe(true);
      }
      expect(sizeOf(p.outstanding)).toBeLessThanOrEqual(sizeOf(p.committed));
      if (p.available === null || p.remaining === null || p.allowance === null) {
        expect([p.remaining, p.expiring, p.carriedOut]).toEqual([null, null, null]);
        continue;
      }
      const carriedIn = p.carriedIn === null ? 0 : sizeOf(p.carriedIn);
      const expiring = p.expiring === null ? 0 : sizeOf(p.expiring);
      const carriedOut = p.carriedOut === null ? 0 : sizeOf(p.carriedOut);
      expect(sizeOf(p.available)).toBe(sizeOf(p.allowance) + carriedIn);
      expect(sizeOf(p.remaining)).toBe(sizeOf(p.available) - sizeOf(p.spent) - sizeOf(p.outstanding));
      if (sizeOf(p.remaining) >= 0) expect(sizeOf(p.remaining)).toBe(expiring + carriedOut);
      else expect([expiring, carriedOut]).toEqual([0, 0]);
      // What one period carries out is what the next one carries in.
      if (previous !== undefined && previous.end < p.start && previous.carriedOut !== null) {
        const consecutive = new Date(`${previous.end}T00:00:00Z`).getTime() + 86_400_000 === new Date(`${p.start}T00:00:00Z`).getTime();
        expect(carriedIn).toBe(consecutive ? sizeOf(previous.carriedOut) : 0);
      }
      previous = p;
    }
  }
}

describe('budget conservation (fast-check)', () => {
  it('counts every cost exactly once, in exactly one source and period; totals add up; amounts stay whole numbers', () => {
    fc.assert(
      fc.property(setup, (input) => {
        const { costs, expenses } = linesOf(input);
        const status = value(budgetStatus({ employeeId: 'e-17', sources: input.sources, costs, expenses, now: input.now }));
        checkConservation(status, costs, expenses, input.sources);
        // Savings are conserved: what a saving source granted is claimed, lapses, or is still carried.
        for (const source of input.sources.filter((s) => s.period !== undefined && (s.allowances ?? []).length > 0)) {
          for (const unit of (source.allowances ?? []).map(unitOf)) {
            const periods = status.periods.filter((p) => p.source === source.id && unitOf(p.committed) === unit);
            if (periods.some((p) => p.remaining === null || sizeOf(p.remaining) < 0)) continue;
            const size = (figure: BudgetAmount | null): number => (figure === null ? 0 : sizeOf(figure));
            const granted = sum(periods.map((p) => size(p.allowance)));
            const used = sum(periods.map((p) => size(p.spent) + size(p.outstanding)));
            const lapsed = sum(periods.map((p) => size(p.expiring)));
            expect(granted).toBe(used + lapsed + size(periods.at(-1)?.carriedOut ?? null));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer whatever the order of the sources’ keys, and never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => budgetStatus(input as never)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(setup, (input) => {
        const { costs, expenses } = linesOf(input);
        const reversed = input.sources.map((s) => Object.fromEntries(Object.entries(s).reverse()) as unknown as FundingSource);
        const a = budgetStatus({ employeeId: 'e-17', sources: input.sources, costs, expenses, now: input.now });
        const b = budgetStatus({ employeeId: 'e-17', sources: reversed, costs, expenses, now: input.now });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses an approval exactly when a year of the plan’s costs exceeds the personal budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.array(fc.record({ cents: fc.integer({ min: 0, max: 120_000 }), year: fc.constantFrom(2027, 2028) }), { maxLength: 5 }),
        (allowance, lines) => {
          const content = {
            ...sampleContent(),
            costs: lines.map((line, i) => ({
              id: `c${i}`,
              description: `Opleiding ${i}`,
              amount: { amount: line.cents, currency: 'EUR' },
              date: `${line.year}-05-01`,
            })),
            funding: { sources: [{ id: 'pob', kind: 'personalBudget' as const, allowances: [{ amount: allowance, currency: 'EUR' }] }] },
          };
          const plan = value(draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
          const result = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 });
          const over = [2027, 2028].some((year) => sum(lines.filter((l) => l.year === year).map((l) => l.cents)) > allowance);
          expect(result.ok).toBe(!over);
          if (over) expect(result.findings.map((f) => f.code)).toEqual(['plan.approval.overBudget']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
