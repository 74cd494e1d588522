// The lines of the budget, each placed in one source, unit and period, or left out with a finding
// that names the line, the source and why: another currency or unit, outside the source's periods,
// an unknown source; and the source and date a line takes when it names none.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetStatus, BudgetStatusInput, DevelopmentPlan, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, draftDevelopmentPlan, recordProgress } from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { codes, eur, samplePlan } from './fixtures.js';
import { spent2026, workedContent } from './worked-example.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const sourceRef = (id: string, title: string) => ({ kind: 'fundingSource', id, title });
const costRef = (id: string, title: string) => ({ kind: 'costLine', id, title });

const personal: FundingSource = {
  id: 'pob',
  kind: 'personalBudget',
  title: 'Persoonlijk ontwikkelbudget',
  allowances: [eur(70000)],
  period: { start: '2026-01-01' },
};
const sectorFund: FundingSource = { id: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds', allowances: [eur(50000)] };

function status(input: Omit<BudgetStatusInput, 'now'> & { now?: string }): Result<BudgetStatus> {
  return budgetStatus({ employeeId: 'e-17', now: '2027-06-15T09:00:00+02:00', ...input });
}

const lines = (result: Result<BudgetStatus>) => value(result).lines.map((line) => [line.id, line.source, line.period, line.reason]);

describe('budget lines in a unit their source does not grant', () => {
  it('names the line, the source and both currencies, or both units, and counts the line nowhere', () => {
    const hoursFirst: FundingSource = { ...personal, allowances: [{ minutes: 16 * 60 }, eur(70000)] };
    const hoursOnly: FundingSource = { id: 'uren', kind: 'learningAccount', title: 'Studie-uren', allowances: [{ minutes: 16 * 60 }] };
    const result = status({
      sources: [hoursFirst, hoursOnly],
      costs: [
        {
          id: 'c-usd',
          description: 'Online cursus Coursera',
          amount: { amount: 20000, currency: 'USD' },
          source: 'pob',
          date: '2027-03-01',
        },
        { id: 'c-boek', description: 'Boek timemanagement', amount: eur(3000), source: 'uren', date: '2027-03-01' },
      ],
    });
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'budget.currency.mismatch',
        ['costs', 0, 'amount'],
        {
          source: sourceRef('pob', 'Persoonlijk ontwikkelbudget'),
          sourceKind: 'personalBudget',
          line: costRef('c-usd', 'Online cursus Coursera'),
          currency: 'USD',
          budgetCurrency: 'EUR',
        },
      ],
      [
        'budget.unit.mismatch',
        ['costs', 1, 'amount'],
        {
          source: sourceRef('uren', 'Studie-uren'),
          sourceKind: 'learningAccount',
          line: costRef('c-boek', 'Boek timemanagement'),
          unit: 'money',
          budgetUnit: 'minutes',
        },
      ],
    ]);
    expect(lines(result).map((line) => line[3])).toEqual(['otherCurrency', 'otherUnit']);
  });
});

describe('budget lines outside the periods of their source', () => {
  it('names the source’s first day and no last day it does not have, for a cost line and an expense alike', () => {
    const result = status({
      sources: [personal],
      costs: [{ id: 'c-2025', description: 'Cursus uit 2025', amount: eur(10000), date: '2025-06-01' }],
      expenses: [{ id: 'x-2025', date: '2025-12-01', amount: eur(5000), description: 'Factuur uit 2025' }],
    });
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'budget.line.outsidePeriods',
        ['costs', 0, 'date'],
        {
          source: sourceRef('pob', 'Persoonlijk ontwikkelbudget'),
          sourceKind: 'personalBudget',
          line: costRef('c-2025', 'Cursus uit 2025'),
          date: '2025-06-01',
          from: '2026-01-01',
        },
      ],
      [
        'budget.line.outsidePeriods',
        ['expenses', 0, 'date'],
        {
          source: sourceRef('pob', 'Persoonlijk ontwikkelbudget'),
          sourceKind: 'personalBudget',
          line: { kind: 'expense', id: 'x-2025', title: 'Factuur uit 2025' },
          date: '2025-12-01',
          from: '2026-01-01',
        },
      ],
    ]);
    expect(lines(result).map((line) => line[3])).toEqual(['outsidePeriods', 'outsidePeriods']);
  });

  it('speaks of the budget year for a 0.1 budget, and dates a cost line without a date in that year', () => {
    const budget = { employeeId: 'e-17', year: 2027, amount: eur(70000) };
    const result = status({
      budget,
      costs: [
        { id: 'c-2026', description: 'Cursus uit 2026', amount: eur(10000), date: '2026-11-01' },
        { id: 'c-zonder', description: 'Training zonder datum', amount: eur(20000) },
      ],
      expenses: [{ id: 'x-2026', date: '2026-12-15', amount: eur(5000), description: 'Factuur december' }],
      now: '2028-02-01T09:00:00+01:00',
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['budget.line.outsidePeriods', ['costs', 0, 'date']],
      ['budget.expense.otherYear', ['expenses', 0, 'date']],
      // In February 2028 the 2027 budget has ended with € 500 of it unused.
      ['budget.year.ended', ['budget']],
    ]);
    expect(result.findings[1]?.params).toEqual({
      expense: { kind: 'expense', id: 'x-2026', title: 'Factuur december' },
      date: '2026-12-15',
      year: 2027,
    });
    expect(msg(result.findings[1], 'nl')).toBe(
      'Uitgave ‘Factuur december’ van 15 december 2026 valt buiten budgetjaar 2027 en telt niet mee.',
    );
    expect(lines(result)).toEqual([
      ['c-2026', 'personal-budget', null, 'otherYear'],
      ['c-zonder', 'personal-budget', '2027-01-01', undefined],
      ['x-2026', 'personal-budget', null, 'otherYear'],
    ]);
  });
});

describe('budget lines from an unknown source, or of a dropped agreement', () => {
  it('names the source a line gives when nobody knows it, and places the line in no source', () => {
    const result = status({
      sources: [personal],
      costs: [
        { id: 'c-loterij', description: 'Cursus uit de personeelsloterij', amount: eur(10000), source: 'loterij', date: '2027-03-01' },
      ],
    });
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'budget.source.unknown',
        ['costs', 0, 'source'],
        { source: 'loterij', line: costRef('c-loterij', 'Cursus uit de personeelsloterij') },
      ],
    ]);
    expect(lines(result)).toEqual([['c-loterij', null, null, 'unknownSource']]);
  });

  it('leaves a dropped agreement’s lines out without checking their source or date', () => {
    const drafted = value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const plan = value(
      recordProgress(drafted, {
        agreementId: 'a-congres',
        by: 'employee',
        at: '2027-04-01T09:00:00+02:00',
        status: 'dropped',
        note: 'Congres vervalt',
      }),
    );
    const result = status({
      plan,
      costs: [
        { id: 'c-parkeren', description: 'Congres, parkeren', amount: eur(2000), agreementId: 'a-congres', source: 'loterij' },
        {
          id: 'c-vooraf',
          description: 'Congres, voorbereiding',
          amount: eur(2000),
          agreementId: 'a-congres',
          source: 'pob',
          date: '2025-06-01',
        },
      ],
    });
    expect(codes(result)).toEqual([]);
    expect(lines(result).slice(-2)).toEqual([
      ['c-parkeren', null, null, 'dropped'],
      ['c-vooraf', 'pob', null, 'dropped'],
    ]);
  });
});

describe('the date and source a line takes when it names none', () => {
  const quarters: FundingSource = { ...personal, period: { start: '2027-01-01', months: 3 } };

  it('dates a cost line by its agreement, else by the start of the plan, else today', () => {
    // The sample plan starts on 15 March 2027; its training is agreed for 30 June 2027.
    const withPlan = status({
      plan: samplePlan(),
      sources: [quarters],
      costs: [{ id: 'c-boek', description: 'Boek over presenteren', amount: eur(3000) }],
    });
    expect(lines(withPlan)).toEqual([
      ['cost-a1', 'pob', '2027-04-01', undefined],
      ['c-boek', 'pob', '2027-01-01', undefined],
    ]);
    const alone = status({
      sources: [quarters],
      costs: [{ id: 'c-boek', description: 'Boek over presenteren', amount: eur(3000) }],
      now: '2027-08-10T09:00:00+02:00',
    });
    expect(lines(alone)).toEqual([['c-boek', 'pob', '2027-07-01', undefined]]);
  });

  it('pays an expense from its own source, else its cost line’s, else its agreement’s when that has one, else the personal budget', () => {
    const result = status({
      sources: [personal, sectorFund],
      costs: [
        {
          id: 'c-cursus',
          description: 'Cursus projectleiding',
          amount: eur(40000),
          agreementId: 'a-cursus',
          source: 'oo-fonds',
          date: '2027-03-01',
        },
        {
          id: 'c-extra',
          description: 'Cursus, extra dag',
          amount: eur(10000),
          agreementId: 'a-cursus',
          source: 'loterij',
          date: '2027-03-01',
        },
        { id: 'c-boek', description: 'Boek', amount: eur(5000), agreementId: 'a-boek', source: 'oo-fonds', date: '2027-03-01' },
        { id: 'c-boek-pob', description: 'Boek, eigen deel', amount: eur(5000), agreementId: 'a-boek', source: 'pob', date: '2027-03-01' },
      ],
      expenses: [
        { id: 'x-cursus', date: '2027-04-01', amount: eur(40000), agreementId: 'a-cursus' },
        { id: 'x-fonds', date: '2027-04-01', amount: eur(5000), source: 'oo-fonds', description: 'Declaratie bij het fonds' },
        { id: 'x-extra', date: '2027-04-01', amount: eur(10000), costLineId: 'c-extra' },
        { id: 'x-boek', date: '2027-04-01', amount: eur(10000), agreementId: 'a-boek' },
      ],
    });
    expect(lines(result).slice(4)).toEqual([
      // One source for all the agreement's lines (a line naming an unknown source names none).
      ['x-cursus', 'oo-fonds', '2027-01-01', undefined],
      ['x-fonds', 'oo-fonds', '2027-01-01', undefined],
      // Its cost line names an unknown source: the personal budget.
      ['x-extra', 'pob', '2027-01-01', undefined],
      // Two sources for the agreement: the personal budget.
      ['x-boek', 'pob', '2027-01-01', undefined],
    ]);
  });
});

describe('the lines an approval weighs', () => {
  function draft(): DevelopmentPlan {
    return value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
  }

  it('weighs only periods with the plan’s own cost lines, and not expenses already made', () => {
    const position = {
      budget: {
        expenses: [
          spent2026,
          // Wrongly charged before the plan: the budget status reports it, but it is no part of this plan.
          { id: 'x-avg-boek', date: '2027-02-01', amount: eur(4500), agreementId: 'a-avg', source: 'pob', description: 'AVG-handboek' },
        ],
        // Planned elsewhere for next year, over that year's budget: no part of this plan either.
        costs: [{ id: 'c-master', description: 'Master HRM', amount: eur(900000), source: 'pob', date: '2028-02-01' }],
      },
    };
    const result = approvePlan(draft(), { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }, position);
    expect(codes(result)).toEqual(['plan.approval.waiting']);
  });
});
