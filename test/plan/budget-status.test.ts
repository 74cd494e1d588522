// budgetStatus around the ledger: the headline figures (which source, which unit, which year), the
// lines as reported, the ratio used, and the findings for input it refuses, with where they point.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetStatus, BudgetStatusInput, FundingSource } from '../../src/plan/index.js';
import { failureOf } from '../../src/plan/budget/status.js';
import { BudgetOverflow } from '../../src/plan/budget/units.js';
import { budgetStatus } from '../../src/plan/index.js';
import { eur, samplePlan } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const where = (result: Result<unknown>) => result.findings.map((f) => [f.code, f.severity, f.path, f.params]);

const personal: FundingSource = { id: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', allowances: [eur(70000)] };
const sectorFund: FundingSource = { id: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds', allowances: [eur(50000)] };
const required: FundingSource = { id: 'werkgever', kind: 'requiredTraining', title: 'Verplichte scholing' };

function status(input: Omit<BudgetStatusInput, 'now'> & { now?: string }): Result<BudgetStatus> {
  return budgetStatus({ employeeId: 'e-17', now: '2027-06-15T09:00:00+02:00', ...input });
}

const headline = (result: BudgetStatus) => [result.year, result.budget, result.committed, result.remaining, result.utilisation];

describe('budgetStatus: the headline', () => {
  it('is the personal budget now, also when another capped source is listed first', () => {
    const result = value(
      status({
        sources: [sectorFund, { ...personal, allowances: [{ minutes: 16 * 60 }, eur(70000)] }],
        costs: [{ id: 'c1', description: 'Cursus Excel', amount: { minutes: 240 }, source: 'pob', date: '2027-03-01' }],
      }),
    );
    // The personal budget's first unit: its hours.
    expect(headline(result)).toEqual([2027, { minutes: 960 }, { minutes: 240 }, { minutes: 720 }, 0.25]);
    expect(headline(value(status({ sources: [sectorFund, personal] })))).toEqual([2027, eur(70000), eur(0), eur(70000), 0]);
  });

  it('is the first capped source when the personal budget has no cap', () => {
    const result = value(
      status({
        sources: [{ ...personal, allowances: undefined }, sectorFund],
        costs: [{ id: 'c1', description: 'Leergang', amount: eur(20000), source: 'oo-fonds', date: '2027-03-01' }],
      }),
    );
    expect(headline(result)).toEqual([2027, eur(50000), eur(20000), eur(30000), 0.4]);
  });

  it('is zero, in the unit of the first counted line, when no source has a cap', () => {
    const hours = value(
      status({
        sources: [required],
        costs: [
          { id: 'c0', description: 'VCA, in dollars', amount: { amount: 1, currency: 'USD' }, source: 'elders', date: '2027-03-01' },
          { id: 'c1', description: 'BHV-training', amount: { minutes: 480 }, source: 'werkgever', date: '2027-03-01' },
        ],
        now: '2028-01-05T09:00:00+01:00',
      }),
    );
    expect(headline(hours)).toEqual([2028, { minutes: 0 }, { minutes: 0 }, { minutes: 0 }, null]);
    expect(headline(value(status({ sources: [required] })))).toEqual([2027, eur(0), eur(0), eur(0), null]);
  });

  it('reads today in the time zone given', () => {
    const input = { sources: [{ ...personal, period: { start: '2026-01-01' } }], now: '2027-12-31T23:30:00Z' };
    expect(value(status(input)).year).toBe(2028);
    expect(value(status({ ...input, timeZone: 'UTC' })).year).toBe(2027);
  });

  it('is the 0.1 budget’s, and so is whose budget it is', () => {
    const result = value(
      budgetStatus({ budget: { employeeId: 'e-17', year: 2027, amount: eur(70000) }, now: '2027-06-15T09:00:00+02:00' }),
    );
    expect([result.employeeId, ...headline(result)]).toEqual(['e-17', 2027, eur(70000), eur(0), eur(70000), 0]);
  });
});

describe('budgetStatus: periods and lines as reported', () => {
  it('has no utilisation for a source without a cap or with a cap of nothing', () => {
    const result = value(
      status({
        sources: [personal, required, { ...sectorFund, allowances: [eur(0)] }],
        costs: [
          { id: 'c1', description: 'BHV-training', amount: eur(30000), source: 'werkgever', date: '2027-03-01' },
          { id: 'c2', description: 'Leergang', amount: eur(10000), source: 'oo-fonds', date: '2027-03-01' },
        ],
      }),
    );
    expect(result.periods.map((p) => [p.source, p.available, p.utilisation])).toEqual([
      ['pob', eur(70000), 0],
      ['werkgever', null, null],
      ['oo-fonds', eur(0), null],
    ]);
  });

  it('gives a reason only for a line that does not count', () => {
    const result = value(
      status({
        sources: [personal],
        costs: [
          { id: 'c1', description: 'Cursus', amount: eur(10000), date: '2027-03-01' },
          { id: 'c2', description: 'Cursus in dollars', amount: { amount: 10000, currency: 'USD' }, date: '2027-03-01' },
        ],
      }),
    );
    expect(result.lines.map((line) => ['reason' in line, line.counted])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('warns, not errs, about an over-claimed source and required training charged to the employee', () => {
    const result = status({
      sources: [personal, required],
      costs: [
        { id: 'c1', description: 'Leergang', amount: eur(80000), date: '2027-03-01' },
        { id: 'c2', description: 'VCA-training', amount: eur(20000), agreementId: 'a-vca', source: 'werkgever', date: '2027-03-01' },
        { id: 'c3', description: 'VCA-examen', amount: eur(5000), agreementId: 'a-vca', source: 'pob', date: '2027-03-01' },
      ],
    });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['budget.overCommitted', 'warning'],
      ['budget.required.chargedToEmployee', 'warning'],
    ]);
  });
});

describe('budgetStatus: input it refuses', () => {
  it('points at the id given twice, for cost lines, expenses and sources', () => {
    const twice = status({
      sources: [personal, sectorFund, personal],
      costs: [
        { id: 'c1', description: 'Cursus', amount: eur(100), date: '2027-03-01' },
        { id: 'c1', description: 'Cursus', amount: eur(100), date: '2027-03-01' },
      ],
      expenses: [
        { id: 'x1', date: '2027-04-10', amount: eur(100) },
        { id: 'x1', date: '2027-04-10', amount: eur(100) },
      ],
    });
    expect(twice.ok).toBe(false);
    expect(where(twice)).toEqual([
      ['budget.id.duplicate', 'error', ['costs', 1, 'id'], { id: 'c1' }],
      ['budget.id.duplicate', 'error', ['expenses', 1, 'id'], { id: 'x1' }],
      ['budget.id.duplicate', 'error', ['sources', 2, 'id'], { id: 'pob' }],
    ]);
    // A further cost line with the id of one of the plan's.
    const again = status({
      plan: samplePlan(),
      sources: [personal],
      costs: [{ id: 'cost-a1', description: 'Nog eens', amount: eur(100) }],
    });
    expect(where(again)).toEqual([['budget.id.duplicate', 'error', ['costs', 0, 'id'], { id: 'cost-a1' }]]);
  });

  it('points at the budget when a sum leaves the exact range', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = status({
      sources: [personal],
      costs: [
        { id: 'a', description: 'a', amount: eur(max), date: '2027-03-01' },
        { id: 'b', description: 'b', amount: eur(1), date: '2027-03-01' },
      ],
    });
    expect(where(result)).toEqual([['budget.amount.overflow', 'error', ['budget', 'amount'], {}]]);
  });

  it('needs sources, from the input or the plan, and a valid plan', () => {
    expect(where(budgetStatus({ plan: samplePlan(), now: '2027-06-15T09:00:00+02:00' }))).toEqual([
      ['budget.sources.missing', 'error', ['sources'], {}],
    ]);
    // A plan whose cost was lowered behind the library's back no longer matches its hash.
    const plan = samplePlan();
    const tampered = { ...plan, costs: plan.costs.map((line) => ({ ...line, amount: eur(100) })) };
    const broken = budgetStatus({ plan: tampered, sources: [personal], now: '2027-06-15T09:00:00+02:00' });
    expect(broken.ok).toBe(false);
    expect(broken.findings.map((f) => [f.code, f.path])).toEqual([['plan.hash.mismatch', ['plan', 'hash']]]);
  });
});

describe('budgetStatus: what went wrong inside', () => {
  it('reports a sum out of range as such, and anything else as unreadable input with a short detail, never thrown', () => {
    const text = (error: unknown) => {
      const found = failureOf(error);
      return [found.code, found.severity, found.path, found.params];
    };
    expect(text(new BudgetOverflow('budget sum out of range'))).toEqual(['budget.amount.overflow', 'error', ['budget', 'amount'], {}]);
    expect(text(new RangeError('Invalid time value'))).toEqual(['input.unreadable', 'error', [], { detail: 'Invalid time value' }]);
    expect(text(new Error('x'.repeat(300)))).toEqual(['input.unreadable', 'error', [], { detail: 'x'.repeat(200) }]);
    expect(text('kapot')).toEqual(['input.unreadable', 'error', [], { detail: 'unknown' }]);
  });
});
