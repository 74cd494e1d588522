// The budget check at approval: the plan's claims with the budget position the host gives (what
// was spent or committed elsewhere), with findings about the position's lines pointing into the
// approval's options, and the plan's own line findings kept.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetPosition, DevelopmentPlan } from '../../src/plan/index.js';
import { approvePlan, draftDevelopmentPlan } from '../../src/plan/index.js';
import { codes, eur, samplePlan } from './fixtures.js';
import { spent2026, workedContent } from './worked-example.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

/** The worked example: the conference paid € 500 by the fund and € 700 by the personal budget, which holds € 700 plus € 400 saved up. */
function draft(content = workedContent()): DevelopmentPlan {
  return value(draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
}

const approve = (plan: DevelopmentPlan, budget: BudgetPosition) =>
  approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: plan.version }, { budget });

describe('the budget check at approval', () => {
  it('points into the options at the line of the position that no longer fits', () => {
    const result = approve(draft(), {
      expenses: [spent2026],
      costs: [{ id: 'c-vakboek', description: 'Vakboek adviseren', amount: eur(50000), source: 'pob', date: '2027-09-01' }],
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['plan.approval.overBudget', ['plan', 'costs']]]);
    expect(result.findings[0]?.params).toEqual({
      sources: [{ kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' }],
      sourceKinds: ['personalBudget'],
    });
    expect(result.findings[0]?.details?.map((d) => [d.code, d.path, d.params['claimed'], d.params['budget']])).toEqual([
      ['budget.overCommitted', ['options', 'budget', 'costs', 0], eur(120000), eur(110000)],
    ]);
  });

  it('points into the options at the expenses when the position overspent a source the plan claims', () => {
    const result = approve(draft(), {
      expenses: [spent2026, { id: 'x-coaching', date: '2027-02-01', amount: eur(120000), source: 'pob', description: 'Coachtraject' }],
    });
    expect(result.findings[0]?.details?.map((d) => [d.code, d.path])).toEqual([['budget.overspent', ['options', 'budget', 'expenses']]]);
  });

  it('names the units only when more than money is over', () => {
    const content = workedContent();
    const hours = {
      ...content,
      costs: content.costs.map((line) => (line.id === 'c-congres-uren' ? { ...line, amount: { minutes: 20 * 60 } } : line)),
    };
    const both = approve(draft(hours), { expenses: [spent2026, { id: 'x-2027', date: '2027-02-01', amount: eur(50000), source: 'pob' }] });
    expect(both.findings[0]?.params['units']).toEqual(['money', 'minutes']);
    const money = approve(draft(), { expenses: [spent2026, { id: 'x-2027', date: '2027-02-01', amount: eur(50000), source: 'pob' }] });
    expect('units' in (money.findings[0]?.params ?? {})).toBe(false);
  });

  it('refuses a position that repeats an id of the plan or of its own, pointing into the options', () => {
    const result = approve(draft(), {
      costs: [{ id: 'c-congres-pob', description: 'Congres, nog eens', amount: eur(100), source: 'pob' }],
      expenses: [spent2026, spent2026],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['budget.id.duplicate', ['options', 'budget', 'costs', 0, 'id']],
      ['budget.id.duplicate', ['options', 'budget', 'expenses', 1, 'id']],
    ]);
  });

  it('reports what is wrong with the plan’s own lines, not with the position’s', () => {
    const content = workedContent();
    const dollars = {
      ...content,
      costs: [...content.costs, { id: 'c-boek', description: 'Boek uit de VS', amount: { amount: 3000, currency: 'USD' }, source: 'pob' }],
    };
    const result = approve(draft(dollars), {
      expenses: [spent2026],
      costs: [{ id: 'c-loterij', description: 'Cursus uit de personeelsloterij', amount: eur(10000), source: 'loterij' }],
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['budget.currency.mismatch', ['plan', 'costs', 5, 'amount']],
      ['plan.approval.waiting', []],
    ]);
  });

  it('checks nothing without sources, and refuses a sum beyond the exact range', () => {
    expect(codes(approve(samplePlan(), {}))).toEqual(['plan.approval.waiting']);
    const max = Number.MAX_SAFE_INTEGER;
    const result = approve(draft(), {
      costs: [
        { id: 'c-groot', description: 'Te groot', amount: eur(max), source: 'pob', date: '2027-06-01' },
        { id: 'c-ook', description: 'Ook te groot', amount: eur(max), source: 'pob', date: '2027-06-01' },
      ],
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['budget.amount.overflow', ['budget', 'amount']]]);
  });
});
