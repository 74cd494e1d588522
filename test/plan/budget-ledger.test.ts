// The ledger of the development budget, source by source and period by period: which expense pays
// which cost line, which periods are shown, how savings are carried over, capped and lapse.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetStatus, BudgetStatusInput, DevelopmentPlan, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, draftDevelopmentPlan, recordProgress } from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { requiredTraining, sectorFund, spent2026, workedContent } from './worked-example.js';
import { eur, codes } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

/** A personal development budget of € 700 a year since 2026, without saving up unless a test adds it. */
const personal: FundingSource = {
  id: 'pob',
  kind: 'personalBudget',
  title: 'Persoonlijk ontwikkelbudget',
  allowances: [eur(70000)],
  period: { start: '2026-01-01' },
};

function status(input: Omit<BudgetStatusInput, 'now'> & { now?: string }): Result<BudgetStatus> {
  return budgetStatus({ employeeId: 'e-17', now: '2027-06-15T09:00:00+02:00', ...input });
}

/** The money figures of one source, period by period: start, carried in, available, committed, spent, outstanding, expiring, carried out. */
function ledger(result: BudgetStatus, source: string) {
  const size = (amount: object | null) => (amount === null ? null : 'amount' in amount ? amount.amount : undefined);
  return result.periods
    .filter((p) => p.source === source && 'currency' in p.committed)
    .map((p) => ({
      start: p.start,
      current: p.current,
      carriedIn: size(p.carriedIn),
      available: size(p.available),
      committed: size(p.committed),
      spent: size(p.spent),
      outstanding: size(p.outstanding),
      expiring: size(p.expiring),
      carriedOut: size(p.carriedOut),
    }));
}

/** The worked example, approved by both, its conference then dropped. */
function droppedConference(): DevelopmentPlan {
  const drafted = value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
  const position = { budget: { expenses: [spent2026] } };
  const one = value(approvePlan(drafted, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }, position));
  const both = value(approvePlan(one, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }, position));
  return value(
    recordProgress(both, {
      agreementId: 'a-congres',
      by: 'employee',
      at: '2027-04-01T09:00:00+02:00',
      status: 'dropped',
      note: 'Congres vervalt',
    }),
  );
}

describe('the ledger: which expense pays which cost line', () => {
  it('counts an expense on an agreement without cost lines as a separate expense, and says so', () => {
    const result = status({
      sources: [personal],
      costs: [{ id: 'c-excel', description: 'Cursus Excel', amount: eur(45000), agreementId: 'a-excel', date: '2027-03-01' }],
      expenses: [{ id: 'x-boek', date: '2027-04-01', amount: eur(5000), agreementId: 'a-boek', description: 'Boek over Excel' }],
    });
    expect(codes(result)).toEqual(['budget.expense.unknownAgreement']);
    const [found] = result.findings;
    expect([found?.severity, found?.path, found?.params]).toEqual([
      'info',
      ['expenses', 0, 'agreementId'],
      { expense: { kind: 'expense', id: 'x-boek', title: 'Boek over Excel' }, agreementId: 'a-boek' },
    ]);
    expect(msg(found, 'nl')).toBe(
      'Uitgave ‘Boek over Excel’ hoort bij afspraak "a-boek", maar daar staat geen kostenpost voor; ze telt als losse uitgave.',
    );
    // The course is still wholly outstanding: the book did not pay for it.
    expect(ledger(value(result), 'pob').find((p) => p.current)).toMatchObject({ committed: 45000, spent: 5000, outstanding: 45000 });
  });

  it('spreads an expense on an agreement over its cost lines in order, and only as far as it goes', () => {
    const result = value(
      status({
        sources: [personal],
        costs: [
          {
            id: 'c-fee',
            description: 'Leergang Adviesvaardigheden, lesgeld',
            amount: eur(45000),
            agreementId: 'a-advies',
            date: '2027-03-01',
          },
          {
            id: 'c-boek',
            description: 'Leergang Adviesvaardigheden, boeken',
            amount: eur(5000),
            agreementId: 'a-advies',
            date: '2027-03-01',
          },
        ],
        // The first invoice: € 400 of the € 500 in all.
        expenses: [{ id: 'x-1', date: '2027-03-20', amount: eur(40000), agreementId: 'a-advies' }],
      }),
    );
    expect(ledger(result, 'pob').find((p) => p.current)).toMatchObject({ committed: 50000, spent: 40000, outstanding: 10000 });
    expect(result.remaining).toEqual(eur(20000));
  });

  it('reports an expense on a cost line that does not exist, or counts in another unit, and does not let it pay for the line', () => {
    const hoursAndMoney: FundingSource = { ...personal, allowances: [eur(70000), { minutes: 16 * 60 }] };
    const result = status({
      sources: [hoursAndMoney],
      costs: [{ id: 'c-training', description: 'Training presenteren', amount: eur(45000), date: '2027-03-01' }],
      expenses: [
        { id: 'x-typo', date: '2027-04-01', amount: eur(10000), costLineId: 'c-trainig', description: 'Factuur training' },
        { id: 'x-uren', date: '2027-04-02', amount: { minutes: 480 }, costLineId: 'c-training', description: 'Lesdag' },
      ],
    });
    expect(codes(result)).toEqual(['budget.expense.unknownCostLine', 'budget.expense.unknownCostLine']);
    expect(result.findings.map((f) => [f.severity, f.path, f.params])).toEqual([
      [
        'info',
        ['expenses', 0, 'costLineId'],
        { expense: { kind: 'expense', id: 'x-typo', title: 'Factuur training' }, costLineId: 'c-trainig' },
      ],
      ['info', ['expenses', 1, 'costLineId'], { expense: { kind: 'expense', id: 'x-uren', title: 'Lesdag' }, costLineId: 'c-training' }],
    ]);
    expect(msg(result.findings[0], 'nl')).toBe(
      'Uitgave ‘Factuur training’ hoort bij kostenpost "c-trainig", maar die kostenpost bestaat niet of telt niet mee; ze telt als losse uitgave.',
    );
    // Neither the stray invoice nor the hours paid any of the € 450.
    expect(ledger(value(result), 'pob').find((p) => p.current)).toMatchObject({ committed: 45000, spent: 10000, outstanding: 45000 });
  });

  it('reports an expense in another currency once, for the currency, and not again for its cost line', () => {
    const result = status({
      sources: [personal],
      costs: [{ id: 'c-conf', description: 'Conferentie Londen', amount: eur(60000), date: '2027-03-01' }],
      expenses: [{ id: 'x-gbp', date: '2027-04-01', amount: { amount: 50000, currency: 'GBP' }, costLineId: 'c-conf' }],
    });
    expect(codes(result)).toEqual(['budget.currency.mismatch']);
  });

  it('counts a cancellation fee of a dropped agreement as a separate expense, whether it names the agreement or its cost line', () => {
    const plan = droppedConference();
    const result = status({
      plan,
      expenses: [
        spent2026,
        {
          id: 'x-annulering',
          date: '2027-04-10',
          amount: eur(7500),
          agreementId: 'a-congres',
          source: 'pob',
          description: 'Annuleringskosten congres',
        },
        { id: 'x-hotel', date: '2027-04-11', amount: eur(4000), costLineId: 'c-congres-pob', description: 'Hotel, niet geannuleerd' },
      ],
      now: '2027-06-01T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.expense.unknownAgreement', 'budget.expense.unknownCostLine']);
    expect(ledger(value(result), 'pob').find((p) => p.current)).toMatchObject({ committed: 0, spent: 11500, outstanding: 0 });
  });
});

describe('the ledger: which periods it shows', () => {
  it('shows an uncapped source only in the years it has lines, in order of time', () => {
    const result = value(
      status({
        sources: [personal, requiredTraining],
        costs: [
          { id: 'c-bhv-2028', description: 'Herhaling BHV', amount: eur(15000), source: 'employer', date: '2028-03-01' },
          { id: 'c-bhv-2026', description: 'BHV-basis', amount: eur(30000), source: 'employer', date: '2026-03-01' },
          { id: 'c-vca-2029', description: 'VCA', amount: eur(20000), source: 'employer', date: '2029-03-01' },
        ],
      }),
    );
    expect(ledger(result, 'employer').map((p) => [p.start, p.committed, p.available])).toEqual([
      ['2026-01-01', 30000, null],
      ['2028-01-01', 15000, null],
      ['2029-01-01', 20000, null],
    ]);
  });

  it('shows a capped source without a first period in the years it has lines and the current one, in order of time', () => {
    const result = value(
      status({
        sources: [personal, sectorFund],
        costs: [
          { id: 'c-2028', description: 'Leergang 2028', amount: eur(20000), source: 'oo-fonds', date: '2028-03-01' },
          { id: 'c-2026', description: 'Leergang 2026', amount: eur(30000), source: 'oo-fonds', date: '2026-03-01' },
          { id: 'c-2029', description: 'Leergang 2029', amount: eur(10000), source: 'oo-fonds', date: '2029-03-01' },
        ],
      }),
    );
    expect(ledger(result, 'oo-fonds').map((p) => [p.start, p.current, p.committed, p.available])).toEqual([
      ['2026-01-01', false, 30000, 50000],
      ['2027-01-01', true, 0, 50000],
      ['2028-01-01', false, 20000, 50000],
      ['2029-01-01', false, 10000, 50000],
    ]);
    // Without lines, only the current year.
    const bare = value(status({ sources: [personal, sectorFund] }));
    expect(ledger(bare, 'oo-fonds').map((p) => p.start)).toEqual(['2027-01-01']);
  });
});

describe('the ledger: savings carried over, capped and lapsing', () => {
  it('keeps at most € 1.000 of € 700 a year saved up, letting the oldest money lapse first', () => {
    const saving: FundingSource = { ...personal, carryOver: { periods: 2, maximum: [eur(100000)] } };
    const result = value(status({ sources: [saving], now: '2027-11-01T09:00:00+01:00' }));
    expect(ledger(result, 'pob').map((p) => [p.start, p.carriedIn, p.available, p.expiring, p.carriedOut])).toEqual([
      ['2026-01-01', 0, 70000, 0, 70000],
      // € 1.400 unused, € 1.000 may be carried: € 400 of the 2026 money lapses, € 300 of it and all of 2027 go on.
      ['2027-01-01', 70000, 140000, 40000, 100000],
    ]);
  });

  it('lets everything left lapse at the source’s last day, however long savings may otherwise be kept', () => {
    const ending: FundingSource = { ...personal, period: { start: '2026-01-01', until: '2027-12-31' }, carryOver: { periods: 2 } };
    const result = value(
      status({
        sources: [ending],
        expenses: [{ id: 'x-2027', date: '2027-02-01', amount: eur(20000), description: 'Workshop' }],
      }),
    );
    expect(ledger(result, 'pob').map((p) => [p.start, p.carriedIn, p.available, p.spent, p.expiring, p.carriedOut])).toEqual([
      ['2026-01-01', 0, 70000, 0, 0, 70000],
      ['2027-01-01', 70000, 140000, 20000, 120000, 0],
    ]);
  });
});
