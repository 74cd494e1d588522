// What the budget says, worked out by hand: the line that makes a source over-claimed, a budget spent
// to the cent, required training charged to the employee, the nudge at exactly half unused, and the
// note for a period that ended with budget left (which one, and for how long after it ended).
import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/core/index.js';
import type { BudgetStatus, BudgetStatusInput, FundingSource } from '../../src/plan/index.js';
import { budgetStatus, draftDevelopmentPlan } from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { eur } from './fixtures.js';
import { workedContent } from './worked-example.js';

const pob: FundingSource = { id: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', allowances: [eur(70000)] };
const employer: FundingSource = { id: 'werkgever', kind: 'requiredTraining', title: 'Verplichte scholing' };
const own: FundingSource = { id: 'eigen', kind: 'ownMoney', title: 'Eigen geld' };
/** A learning account granting € 300 a year since 2024 (so 2026 is its period 2, while calendar years count from 1900). */
const account: FundingSource = {
  id: 'leerrekening',
  kind: 'learningAccount',
  title: 'Leerrekening',
  allowances: [eur(30000)],
  period: { start: '2024-01-01' },
};

const sourceRef = (source: FundingSource) => ({ kind: 'fundingSource', id: source.id, title: source.title });

function status(input: Omit<BudgetStatusInput, 'employeeId'>): Result<BudgetStatus> {
  return budgetStatus({ employeeId: 'e-17', ...input });
}

const found = (result: Result<unknown>, code: string): Finding[] => result.findings.filter((f) => f.code === code);
const ended = (result: Result<unknown>) =>
  found(result, 'budget.year.ended').map((f) => [
    (f.params?.['source'] as { id: string } | undefined)?.id,
    f.params?.['start'],
    f.params?.['end'],
  ]);

describe('a source over its budget', () => {
  const cost = (id: string, amount: number) => ({ id, description: `Training ${id}`, amount: eur(amount), source: 'pob' });

  it('names the cost line that no longer fits: not the one that fills the budget exactly, the one after it', () => {
    const result = status({
      sources: [pob],
      costs: [cost('c1', 30000), cost('c2', 40000), cost('c3', 10000)],
      now: '2027-03-01T09:00:00+01:00',
    });
    const over = found(result, 'budget.overCommitted');
    expect(over.map((f) => [f.path, f.params])).toEqual([
      [
        ['costs', 2],
        {
          source: sourceRef(pob),
          sourceKind: 'personalBudget',
          start: '2027-01-01',
          end: '2027-12-31',
          unit: 'money',
          claimed: eur(80000),
          over: eur(10000),
          budget: eur(70000),
        },
      ],
    ]);
  });

  it('says nothing of a budget spent to the cent, and gives the amounts of one spent past it', () => {
    const spent = (amount: number) =>
      status({
        sources: [pob],
        expenses: [{ id: 'x1', date: '2027-02-01', amount: eur(amount), source: 'pob' }],
        now: '2027-03-01T09:00:00+01:00',
      });
    expect(spent(70000).findings).toEqual([]);
    const over = found(spent(72500), 'budget.overspent');
    expect(over.map((f) => [f.path, f.params])).toEqual([
      [
        ['expenses'],
        {
          source: sourceRef(pob),
          sourceKind: 'personalBudget',
          start: '2027-01-01',
          end: '2027-12-31',
          unit: 'money',
          spent: eur(72500),
          over: eur(2500),
          budget: eur(70000),
        },
      ],
    ]);
  });
});

describe('required training charged to the employee', () => {
  const line = (id: string, source: string, agreementId?: string) => ({
    id,
    description: 'VCA-basis',
    amount: eur(25000),
    source,
    ...(agreementId === undefined ? {} : { agreementId }),
  });
  const charged = (result: Result<unknown>) => found(result, 'budget.required.chargedToEmployee');
  const now = '2027-03-01T09:00:00+01:00';

  it('names the agreement by id when no plan gives its text, with every employee source it was charged to', () => {
    const result = status({
      sources: [pob, employer, own, account],
      costs: [line('c1', 'werkgever', 'a-vca'), line('c2', 'pob', 'a-vca'), line('c3', 'eigen', 'a-vca'), line('c4', 'pob', 'a-vca')],
      now,
    });
    expect(charged(result).map((f) => [f.path, f.params])).toEqual([
      [
        ['costs', 1, 'source'],
        {
          agreement: { kind: 'agreement', id: 'a-vca' },
          sources: [sourceRef(pob), sourceRef(own)],
          sourceKinds: ['personalBudget', 'ownMoney'],
        },
      ],
    ]);
  });

  it('does not join lines without an agreement, lines of a dropped agreement, or lines naming an unknown source', () => {
    // Two lines without an agreement are two things, not one training paid from two sources.
    expect(charged(status({ sources: [pob, employer], costs: [line('c1', 'werkgever'), line('c2', 'pob')], now }))).toEqual([]);
    // A line of the training that names a source nobody gave is reported as such, and left out here.
    const unknown = status({ sources: [pob, employer], costs: [line('c1', 'werkgever', 'a-vca'), line('c2', 'fonds', 'a-vca')], now });
    expect(unknown.ok).toBe(true);
    expect(unknown.findings.map((f) => f.code)).toEqual(['budget.source.unknown']);
    // A dropped agreement costs nothing, wherever its lines were charged.
    const content = workedContent();
    const wrong = {
      ...content,
      costs: [...content.costs, { id: 'c-avg-pob', description: 'AVG-boek', amount: eur(4500), agreementId: 'a-avg', source: 'pob' }],
    };
    const dropped = {
      ...wrong,
      agreements: wrong.agreements.map((agreement) =>
        agreement.id === 'a-avg' ? { ...agreement, status: 'dropped' as const } : agreement,
      ),
    };
    for (const [content, expected] of [
      [wrong, 1],
      [dropped, 0],
    ] as const) {
      const drafted = draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
      if (!drafted.ok) throw new Error('the worked plan drafts');
      expect(charged(budgetStatus({ plan: drafted.value, now: '2027-05-01T09:00:00+02:00' }))).toHaveLength(expected);
    }
  });

  it('names the agreement by its own text, also when it is not the plan’s first', () => {
    const content = workedContent();
    const wrong = {
      ...content,
      agreements: [...content.agreements].reverse(),
      costs: [...content.costs, { id: 'c-avg-pob', description: 'AVG-boek', amount: eur(4500), agreementId: 'a-avg', source: 'pob' }],
    };
    const drafted = draftDevelopmentPlan({ content: wrong, at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    if (!drafted.ok) throw new Error('the worked plan drafts');
    const avg = wrong.agreements.find((agreement) => agreement.id === 'a-avg');
    expect(wrong.agreements[0]?.id).not.toBe('a-avg');
    const [finding] = charged(budgetStatus({ plan: drafted.value, now: '2027-05-01T09:00:00+02:00' }));
    expect(finding?.params?.['agreement']).toEqual({ kind: 'agreement', id: 'a-avg', title: avg?.what });
  });
});

describe('budget left unused', () => {
  it('nudges at exactly half unused in October, on the budget', () => {
    const result = status({
      sources: [pob],
      costs: [{ id: 'c1', description: 'Cursus', amount: eur(35000), source: 'pob', date: '2027-11-15' }],
      now: '2027-10-01T09:00:00+02:00',
    });
    expect(found(result, 'budget.unused.lateInYear').map((f) => [f.path, f.params])).toEqual([
      [
        ['budget'],
        {
          source: sourceRef(pob),
          sourceKind: 'personalBudget',
          unit: 'money',
          unused: eur(35000),
          percent: 50,
          expiring: eur(35000),
          end: '2027-12-31',
          daysLeft: 91,
          shareUnused: 40,
        },
      ],
    ]);
  });

  it('says nothing on the last day of a period that is mostly used: it has not ended yet', () => {
    const result = status({
      sources: [pob],
      expenses: [{ id: 'x1', date: '2027-06-01', amount: eur(50000), source: 'pob' }],
      now: '2027-12-31T17:00:00+01:00',
    });
    expect(result.findings).toEqual([]);
  });

  it('notes a year that ended with budget left until three months after it, with what lapsed', () => {
    const at = (now: string) => status({ sources: [account], now });
    const note = found(at('2027-03-31T12:00:00+02:00'), 'budget.year.ended');
    expect(note.map((f) => [f.path, f.params])).toEqual([
      [
        ['budget'],
        {
          source: sourceRef(account),
          sourceKind: 'learningAccount',
          unit: 'money',
          start: '2026-01-01',
          end: '2026-12-31',
          unused: eur(30000),
          expired: eur(30000),
        },
      ],
    ]);
    expect(msg(note[0], 'nl')).toBe(
      'Budgetjaar 2026 van ‘Leerrekening’ is voorbij; €\u00a0300,00 is onbenut gebleven. Daarvan is €\u00a0300,00 vervallen.',
    );
    expect(ended(at('2027-04-01T12:00:00+02:00'))).toEqual([]);
  });

  it('notes no year used to the cent or past it', () => {
    for (const amount of [30000, 31000]) {
      const result = status({
        sources: [account],
        expenses: [{ id: 'x1', date: '2026-05-01', amount: eur(amount), source: 'leerrekening' }],
        now: '2027-02-15T12:00:00+01:00',
      });
      expect(ended(result)).toEqual([]);
    }
  });

  it('notes each source of its own, when both ended with budget left', () => {
    // The personal budget counts in calendar years (2026 is its period 126), the account from 2024 (2026 is its period 2).
    const result = status({
      sources: [pob, account],
      expenses: [{ id: 'x1', date: '2026-05-01', amount: eur(20000), source: 'pob' }],
      now: '2027-02-15T12:00:00+01:00',
    });
    expect(ended(result)).toEqual([
      ['pob', '2026-01-01', '2026-12-31'],
      ['leerrekening', '2026-01-01', '2026-12-31'],
    ]);
  });

  it('notes only the last of several short periods that ended, and one that ended on a quarter’s last day', () => {
    // Eight hours of study time a month: January and February ended unused, March is running.
    const hours: FundingSource = {
      id: 'studie-uren',
      kind: 'personalBudget',
      title: 'Studie-uren',
      allowances: [{ minutes: 480 }],
      period: { start: '2027-01-01', months: 1 },
    };
    const monthly = status({ sources: [hours], now: '2027-03-10T12:00:00+01:00' });
    expect(ended(monthly)).toEqual([['studie-uren', '2027-02-01', '2027-02-28']]);
    // A quarterly account on 30 June, the last day of its second quarter: the first quarter ended three months ago to the day.
    const quarterly: FundingSource = { ...account, period: { start: '2027-01-01', months: 3 } };
    const onTheLastDay = status({ sources: [quarterly], now: '2027-06-30T12:00:00+02:00' });
    expect(ended(onTheLastDay)).toEqual([['leerrekening', '2027-01-01', '2027-03-31']]);
    expect(found(onTheLastDay, 'budget.unused.lateInYear').map((f) => [f.params?.['end'], f.params?.['daysLeft']])).toEqual([
      ['2027-06-30', 0],
    ]);
  });
});
