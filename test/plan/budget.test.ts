import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetAmount, BudgetStatus, BudgetStatusInput } from '../../src/plan/index.js';
import { budgetStatus, recordProgress } from '../../src/plan/index.js';
import { developmentReport } from '../../src/report/index.js';
import { codes, eur, samplePlan } from './fixtures.js';
import { msg } from '../finding-text.js';

const budget = { employeeId: 'e-17', year: 2027, amount: eur(70000) };

function value(result: Result<BudgetStatus>): BudgetStatus {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

describe('budgetStatus', () => {
  it('sums committed, spent, outstanding and remaining in whole cents', () => {
    const status = value(
      budgetStatus({
        budget,
        plan: samplePlan(),
        costs: [{ id: 'c2', description: 'Boek over presenteren', amount: eur(3995) }],
        expenses: [
          { id: 'x1', date: '2027-04-10', amount: eur(20000), agreementId: 'a1' },
          { id: 'x2', date: '2027-04-12', amount: eur(1005) },
        ],
        now: '2027-05-01T09:00:00+02:00',
      }),
    );
    expect(status.committed).toEqual(eur(48995));
    expect(status.spent).toEqual(eur(21005));
    // a1: 45000 committed, 20000 spent on it -> 25000 outstanding; c2 wholly outstanding.
    expect(status.outstanding).toEqual(eur(28995));
    expect(status.remaining).toEqual(eur(20000));
    expect(status.utilisation).toBe(0.7143);
    expect(Object.isFrozen(status.lines)).toBe(true);
  });

  it('refuses cost lines or expenses with the same id instead of counting them twice', () => {
    const plan = samplePlan();
    const again = plan.costs[0];
    if (again === undefined) throw new Error('fixture has a cost line');
    const twiceCost = budgetStatus({ budget, plan, costs: [again], now: '2027-05-01T09:00:00+02:00' });
    expect(twiceCost.ok).toBe(false);
    expect(twiceCost.findings.find((f) => f.code === 'budget.id.duplicate')?.path).toEqual(['costs', 0, 'id']);
    const twiceExpense = budgetStatus({
      budget,
      expenses: [
        { id: 'x1', date: '2027-04-10', amount: eur(100) },
        { id: 'x1', date: '2027-04-10', amount: eur(100) },
      ],
      now: '2027-05-01T09:00:00+02:00',
    });
    expect(codes(twiceExpense)).toEqual(['budget.id.duplicate']);
    expect(twiceExpense.findings[0]?.path).toEqual(['expenses', 1, 'id']);
  });

  it('reports over-commitment at the agreement that no longer fits', () => {
    const result = budgetStatus({
      budget,
      costs: [
        { id: 'c1', description: 'Coaching', amount: eur(60000) },
        { id: 'c2', description: 'Training', amount: eur(45000) },
      ],
      now: '2027-05-01T09:00:00+02:00',
    });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['budget.overCommitted']);
    expect(result.findings[0]?.path).toEqual(['costs', 1]);
    expect(msg(result.findings[0], 'en')).toBe(
      'Agreements and expenses charged to the personal development budget in budget year 2027 (€1,050.00) exceed the budget of €700.00 by €350.00.',
    );
    expect(msg(result.findings[0], 'nl')).toBe(
      'De afspraken en uitgaven ten laste van het persoonlijk ontwikkelbudget in budgetjaar 2027 (€\u00a01.050,00) gaan €\u00a0350,00 over het budget van €\u00a0700,00 heen.',
    );
    // Params are raw data: money as Money, so a program (or another language) renders it as it likes.
    expect(result.findings[0]?.params['claimed']).toEqual(eur(105000));
    expect(result.findings[0]?.params['over']).toEqual(eur(35000));
    expect(value(result).remaining).toEqual(eur(-35000));
  });

  it('points at the line that no longer fits, counting what was already spent on an agreement once', () => {
    // 700 budget: a1 costs 600 and 600 of it is spent; c2 (200) is the line that breaks the budget.
    const result = budgetStatus({
      budget,
      costs: [
        { id: 'c1', description: 'Coaching', amount: eur(60000), agreementId: 'a1' },
        { id: 'c2', description: 'Training', amount: eur(20000) },
      ],
      expenses: [{ id: 'x1', date: '2027-03-01', amount: eur(60000), agreementId: 'a1' }],
      now: '2027-05-01T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.overCommitted']);
    expect(result.findings[0]?.path).toEqual(['costs', 1]);
    expect(value(result).remaining).toEqual(eur(-10000));
  });

  it('reports overspending', () => {
    const result = budgetStatus({
      budget,
      expenses: [{ id: 'x', date: '2027-02-01', amount: eur(80000) }],
      now: '2027-05-01T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.overspent']);
  });

  it('never adds another currency, another unit or another year silently', () => {
    const result = budgetStatus({
      budget,
      costs: [
        { id: 'usd', description: 'Conference', amount: { amount: 50000, currency: 'USD' } },
        { id: 'sp', description: 'Module', amount: { studyPoints: 5 } },
      ],
      expenses: [{ id: 'old', date: '2026-12-20', amount: eur(10000) }],
      now: '2027-05-01T09:00:00+02:00',
    });
    expect(codes(result).sort()).toEqual(['budget.currency.mismatch', 'budget.expense.otherYear', 'budget.unit.mismatch']);
    const status = value(result);
    expect(status.committed).toEqual(eur(0));
    expect(status.spent).toEqual(eur(0));
    expect(status.lines.map((line) => [line.id, line.counted, line.reason])).toEqual([
      ['usd', false, 'otherCurrency'],
      ['sp', false, 'otherUnit'],
      ['old', false, 'otherYear'],
    ]);
  });

  it('does not count the cost of a dropped agreement', () => {
    const plan = recordProgress(samplePlan(), {
      agreementId: 'a1',
      by: 'employee',
      at: '2027-04-01T09:00:00+02:00',
      status: 'dropped',
      note: 'Andere training gekozen',
    });
    if (!plan.ok) throw new Error('progress');
    const status = value(budgetStatus({ budget, plan: plan.value, now: '2027-05-01T09:00:00+02:00' }));
    expect(status.committed).toEqual(eur(0));
    expect(status.lines[0]).toMatchObject({ id: 'cost-a1', counted: false, reason: 'dropped' });
  });

  it('nudges late in the year when much is still unused, and says so when the year is over', () => {
    const late = budgetStatus({ budget, costs: [{ id: 'c', description: 'Boek', amount: eur(5000) }], now: '2027-10-15T09:00:00+02:00' });
    expect(codes(late)).toEqual(['budget.unused.lateInYear']);
    expect(msg(late.findings[0], 'nl')).toContain('€\u00a0650,00 (92%)');
    expect(msg(late.findings[0], 'en')).toContain('€650.00 (92%)');
    expect(msg(late.findings[0], 'en')).toContain('About 40% of employees');
    expect(codes(budgetStatus({ budget, now: '2027-06-15T09:00:00+02:00' }))).toEqual([]);
    expect(
      codes(budgetStatus({ budget, costs: [{ id: 'c', description: 'Coaching', amount: eur(60000) }], now: '2027-11-15T09:00:00+01:00' })),
    ).toEqual([]);
    expect(codes(budgetStatus({ budget, now: '2027-06-15T09:00:00+02:00', lateInYear: { fromMonth: 6 } }))).toEqual([
      'budget.unused.lateInYear',
    ]);
    expect(codes(budgetStatus({ budget, now: '2028-01-02T09:00:00+01:00' }))).toEqual(['budget.year.ended']);
    // New Year's Eve in Amsterdam is still the budget year, though UTC says otherwise.
    expect(codes(budgetStatus({ budget, now: '2027-12-31T23:30:00Z', timeZone: 'Europe/Amsterdam' }))).toEqual(['budget.year.ended']);
    expect(codes(budgetStatus({ budget, now: '2027-12-31T22:30:00Z', timeZone: 'Europe/Amsterdam' }))).toEqual([
      'budget.unused.lateInYear',
    ]);
  });

  it('quotes the organisation’s own share of budgets left lying, from its report, instead of the national figure', () => {
    const costs = (amount: number) => (amount === 0 ? [] : [{ id: 'c', description: 'Boek', amount: eur(amount) }]);
    const now = '2027-10-15T09:00:00+02:00';
    // Four employees, three of whom have committed nothing yet: the report's figure is 75%.
    const records = [0, 0, 0, 5000].map((amount, index) => {
      const status = value(budgetStatus({ budget: { ...budget, employeeId: `e-${index}` }, costs: costs(amount), now }));
      return { employeeId: `e-${index}`, budget: status.periods };
    });
    const report = developmentReport(records, { now });
    const share = report.ok ? report.value.figures.budget[0]?.untouchedShare : undefined;
    expect(share).toBe(0.75);
    const nudged = budgetStatus({ budget, costs: costs(5000), now, lateInYear: { untouchedShare: share ?? undefined } });
    expect(nudged.findings[0]?.params).toMatchObject({ shareUnused: 75, shareFrom: 'organisation' });
    expect(msg(nudged.findings[0], 'nl')).toContain('In onze organisatie laat 75% van de medewerkers dit budget liggen: bespreek nu');
    expect(msg(nudged.findings[0], 'en')).toContain('In our organisation, 75% of employees leave this budget unused: talk now');
    // Without the organisation's figure, the national one, and no `shareFrom`.
    const national = budgetStatus({ budget, costs: costs(5000), now });
    expect(national.findings[0]?.params['shareUnused']).toBe(40);
    expect('shareFrom' in (national.findings[0]?.params ?? {})).toBe(false);
    expect(budgetStatus({ budget, now, lateInYear: { untouchedShare: 1.5 } }).ok).toBe(false);
  });

  it('works in study points', () => {
    const status = value(
      budgetStatus({
        budget: { employeeId: 'e-17', year: 2027, amount: { studyPoints: 40 } },
        costs: [{ id: 'm', description: 'Module leiderschap', amount: { studyPoints: 15 } }],
        expenses: [{ id: 'x', date: '2027-03-01', amount: { studyPoints: 5 } }],
        now: '2027-04-01T09:00:00+02:00',
      }),
    );
    expect(status.remaining).toEqual({ studyPoints: 20 });
    expect(status.utilisation).toBe(0.5);
  });

  it('refuses sums beyond exact integer range instead of rounding', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = budgetStatus({
      budget: { employeeId: 'e', year: 2027, amount: eur(max) },
      costs: [
        { id: 'a', description: 'a', amount: eur(max) },
        { id: 'b', description: 'b', amount: eur(1) },
      ],
      now: '2027-04-01T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.amount.overflow']);
    expect(result.ok).toBe(false);
  });

  it('answers bad input with findings', () => {
    expect(
      codes(budgetStatus({ budget: { ...budget, amount: { amount: 10.5, currency: 'EUR' } }, now: '2027-04-01T09:00:00+02:00' })),
    ).toEqual(['input.invalid_union']);
    expect(budgetStatus(undefined as never).ok).toBe(false);
  });
});

const amount: fc.Arbitrary<BudgetAmount> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 10_000_000 }), currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD') }),
  fc.record({ studyPoints: fc.integer({ min: 0, max: 100 }) }),
);

describe('budget properties', () => {
  it('never loses or invents money: every line is accounted for and the sums add up exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.record({ amount, agreementId: fc.option(fc.constantFrom('a1', 'a2', 'a3'), { nil: undefined }) }), { maxLength: 12 }),
        fc.array(
          fc.record({
            amount,
            year: fc.constantFrom(2026, 2027, 2027, 2027),
            agreementId: fc.option(fc.constantFrom('a1', 'a2', 'zz'), { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        (total, costs, expenses) => {
          const input: BudgetStatusInput = {
            budget: { employeeId: 'e', year: 2027, amount: { amount: total, currency: 'EUR' } },
            costs: costs.map((c, i) => ({
              id: `c${i}`,
              description: 'cost',
              amount: c.amount,
              ...(c.agreementId ? { agreementId: c.agreementId } : {}),
            })),
            expenses: expenses.map((x, i) => ({
              id: `x${i}`,
              date: `${x.year}-06-01`,
              amount: x.amount,
              ...(x.agreementId ? { agreementId: x.agreementId } : {}),
            })),
            now: '2027-06-15T09:00:00+02:00',
          };
          const status = value(budgetStatus(input));
          const counted = (kind: 'cost' | 'expense'): number =>
            status.lines
              .filter((l) => l.kind === kind && l.counted)
              .reduce((sum, l) => sum + ('currency' in l.amount ? l.amount.amount : NaN), 0);
          const get = (q: BudgetStatus['spent']): number => ('currency' in q ? q.amount : NaN);
          expect(status.lines).toHaveLength(costs.length + expenses.length);
          expect(get(status.committed)).toBe(counted('cost'));
          expect(get(status.spent)).toBe(counted('expense'));
          expect(get(status.spent) + get(status.outstanding) + get(status.remaining)).toBe(total);
          expect(get(status.outstanding)).toBeLessThanOrEqual(get(status.committed));
          // Counted exactly when it belongs: in the budget's currency, and for an expense, in the budget year.
          status.lines.forEach((l, index) => {
            const inEur = 'currency' in l.amount && l.amount.currency === 'EUR';
            const inYear = l.kind === 'cost' || expenses[index - costs.length]?.year === 2027;
            expect(l.counted).toBe(inEur && inYear);
          });
          // Over-commitment is reported exactly when the claims exceed the budget (and spending alone does not),
          // at a cost line that was counted.
          const all = budgetStatus(input).findings;
          const over = all.find((f) => f.code === 'budget.overCommitted');
          const claimed = get(status.spent) + get(status.outstanding);
          expect(over !== undefined).toBe(claimed > total && get(status.spent) <= total);
          if (over !== undefined) {
            expect(over.path[0]).toBe('costs');
            expect(status.lines[over.path[1] as number]?.counted).toBe(true);
          }
          const excluded = status.lines.filter((l) => l.reason === 'otherCurrency' || l.reason === 'otherUnit').length;
          const mismatch = budgetStatus(input).findings.filter(
            (f) => f.code === 'budget.currency.mismatch' || f.code === 'budget.unit.mismatch',
          );
          expect(mismatch).toHaveLength(excluded);
        },
      ),
    );
  });
});
