// The books of a budget and their periods: the source a line without one falls to, which kinds are
// the employee's own (nudged, never charged for required training), and where periods begin and end.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetStatus, BudgetStatusInput, FundingSource } from '../../src/plan/index.js';
import { budgetStatus } from '../../src/plan/index.js';
import { eur, codes } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const personal: FundingSource = { id: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', allowances: [eur(70000)] };
const account: FundingSource = { id: 'leerrekening', kind: 'learningAccount', title: 'Leerrekening', allowances: [eur(100000)] };
const sectorFund: FundingSource = { id: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds', allowances: [eur(50000)] };
const ownMoney: FundingSource = { id: 'eigen', kind: 'ownMoney', title: 'Eigen geld' };
const required: FundingSource = { id: 'werkgever', kind: 'requiredTraining', title: 'Verplichte scholing' };

function status(input: Omit<BudgetStatusInput, 'now'> & { now?: string }): Result<BudgetStatus> {
  return budgetStatus({ employeeId: 'e-17', now: '2027-06-15T09:00:00+02:00', ...input });
}

const book = { id: 'c-boek', description: 'Vakboek', amount: eur(5000), date: '2027-03-01' };

describe('the books of a budget', () => {
  it('pays a line that names no source from the personal budget wherever it is listed, else from the first source', () => {
    expect(value(status({ sources: [sectorFund, account, personal], costs: [book] })).lines[0]?.source).toBe('pob');
    expect(value(status({ sources: [sectorFund, account], costs: [book] })).lines[0]?.source).toBe('oo-fonds');
  });

  it('nudges late in the year about the employee’s own budget or learning account, not about a sector fund', () => {
    const late = status({ sources: [sectorFund, account, personal], now: '2027-11-01T09:00:00+01:00' });
    expect(late.findings.map((f) => [f.code, f.params['source']])).toEqual([
      ['budget.unused.lateInYear', { kind: 'fundingSource', id: 'leerrekening', title: 'Leerrekening' }],
      ['budget.unused.lateInYear', { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' }],
    ]);
  });

  it('never lets required training be paid from a learning account or the employee’s own money, but from a sector fund it may', () => {
    const charged = (source: string) =>
      codes(
        status({
          sources: [personal, account, ownMoney, sectorFund, required],
          costs: [
            { id: 'c-vca', description: 'VCA-training', amount: eur(20000), agreementId: 'a-vca', source: 'werkgever', date: '2027-03-01' },
            { id: 'c-vca-2', description: 'VCA-examen', amount: eur(5000), agreementId: 'a-vca', source, date: '2027-03-01' },
          ],
        }),
      );
    expect(charged('leerrekening')).toEqual(['budget.required.chargedToEmployee']);
    expect(charged('eigen')).toEqual(['budget.required.chargedToEmployee']);
    expect(charged('oo-fonds')).toEqual([]);
  });
});

describe('the periods of a source', () => {
  it('runs in years from its first day by default, through its last day inclusive', () => {
    const ending: FundingSource = { ...personal, period: { start: '2026-04-01', until: '2027-09-30' } };
    const result = value(
      status({
        sources: [ending],
        costs: [
          { id: 'c-laatst', description: 'Laatste cursus', amount: eur(1000), date: '2027-09-30' },
          { id: 'c-te-laat', description: 'Te late cursus', amount: eur(1000), date: '2027-10-01' },
          { id: 'c-te-vroeg', description: 'Te vroege cursus', amount: eur(1000), date: '2026-03-31' },
        ],
      }),
    );
    expect(result.lines.map((line) => [line.id, line.period, line.reason])).toEqual([
      ['c-laatst', '2027-04-01', undefined],
      ['c-te-laat', null, 'outsidePeriods'],
      ['c-te-vroeg', null, 'outsidePeriods'],
    ]);
    expect(result.periods.map((p) => [p.start, p.end, p.current])).toEqual([
      ['2026-04-01', '2027-03-31', false],
      ['2027-04-01', '2028-03-31', true],
    ]);
  });

  it('shows the first period before the source starts and the last one after it ended, and nudges towards its last day', () => {
    const ending: FundingSource = { ...personal, period: { start: '2026-01-01', until: '2027-09-30' } };
    expect(value(status({ sources: [ending], now: '2025-11-01T09:00:00+01:00' })).periods.map((p) => [p.start, p.current])).toEqual([
      ['2026-01-01', false],
    ]);
    // In its first year, only that year: the last one is not there yet.
    expect(value(status({ sources: [ending], now: '2026-06-15T09:00:00+02:00' })).periods.map((p) => [p.start, p.current])).toEqual([
      ['2026-01-01', true],
    ]);
    const after = value(status({ sources: [ending], now: '2028-02-01T09:00:00+01:00' }));
    expect([after.year, after.periods.map((p) => p.start)]).toEqual([2027, ['2026-01-01', '2027-01-01']]);
    // Ending on 30 September, the nudge comes in the last three months before that day.
    const nudge = status({ sources: [ending], now: '2027-07-15T09:00:00+02:00' });
    expect(codes(nudge)).toEqual(['budget.unused.lateInYear']);
    expect(nudge.findings[0]?.params).toMatchObject({ end: '2027-09-30', daysLeft: 77 });
    // A year before the last one ends on 31 December as usual.
    const first = status({ sources: [ending], now: '2026-11-01T09:00:00+01:00' });
    expect(first.findings.map((f) => [f.code, f.params['end']])).toEqual([['budget.unused.lateInYear', '2026-12-31']]);
  });

  it('keeps a 0.1 budget to its calendar year, through 31 December', () => {
    const result = value(
      budgetStatus({
        budget: { employeeId: 'e-17', year: 2027, amount: eur(70000) },
        expenses: [
          { id: 'x-oud', date: '2027-12-31', amount: eur(1000) },
          { id: 'x-nieuw', date: '2028-01-01', amount: eur(1000) },
        ],
        now: '2027-12-01T09:00:00+01:00',
      }),
    );
    expect(result.lines.map((line) => [line.id, line.period, line.reason])).toEqual([
      ['x-oud', '2027-01-01', undefined],
      ['x-nieuw', null, 'otherYear'],
    ]);
  });
});
