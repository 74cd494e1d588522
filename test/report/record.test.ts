import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetAmount, BudgetPeriodStatus, EmployeeRecord, Finding } from '../../src/index.js';
import { combineReports, developmentReport, findingMessage } from '../../src/index.js';

const now = '2027-10-01T09:00:00+02:00';
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A current budget period of the personal budget in `unit`, with `available` and what is spent. */
function period(available: BudgetAmount, spent: BudgetAmount, overrides: Partial<BudgetPeriodStatus> = {}): BudgetPeriodStatus {
  const zero = 'currency' in available ? { ...available, amount: 0 } : 'minutes' in available ? { minutes: 0 } : { studyPoints: 0 };
  const size = (a: BudgetAmount) => ('currency' in a ? a.amount : 'minutes' in a ? a.minutes : a.studyPoints);
  const left = size(available) - size(spent);
  const remaining =
    'currency' in available ? { ...available, amount: left } : 'minutes' in available ? { minutes: left } : { studyPoints: left };
  return {
    source: 'pob',
    kind: 'personalBudget',
    title: 'Persoonlijk ontwikkelbudget',
    start: '2027-01-01',
    end: '2027-12-31',
    current: true,
    allowance: available,
    carriedIn: zero,
    available,
    committed: spent,
    spent,
    outstanding: zero,
    remaining,
    expiring: remaining,
    carriedOut: zero,
    utilisation: null,
    ...overrides,
  };
}

const person = (id: string, budget: readonly BudgetPeriodStatus[], team = 'Klantcontact'): EmployeeRecord => ({
  employeeId: id,
  groups: { team },
  budget,
});

describe('developmentReport reads every record through its schema', () => {
  it('answers a bad record with a finding at the record’s path, with what is wrong in the details, and counts the rest', () => {
    const records = [
      person('e-1', [period(eur(70_000), eur(20_000))]),
      { employeeId: 'e-2', plans: [{ id: 'pop-2' }] },
      { employeeId: 'e-3', budget: [{ ...period(eur(70_000), eur(0)), spent: { amount: 0.5, currency: 'EUR' } }] },
      { employeeId: 'e-4', salary: 4_200 },
      { employeeId: 'e-5', groups: { team: 7 } },
    ] as unknown as EmployeeRecord[];
    const result = developmentReport(records, { now, groupBy: ['team'] });
    expect(result.ok && [result.value.figures.employees, result.value.skipped]).toEqual([1, 4]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['report.record.invalid', [1, 'plans']],
      ['report.record.invalid', [2, 'budget']],
      ['report.record.invalid', [3, 'employee']],
      ['report.record.invalid', [4, 'groups']],
    ]);
    // Each finding keeps where exactly, in the record, the data are wrong.
    expect(result.findings[1]?.details?.[0]?.path).toEqual([2, 'budget', 0, 'spent']);
    expect(result.findings[3]?.details?.[0]?.path).toEqual([4, 'groups', 'team']);
    expect(findingMessage(result.findings[1] as Finding, 'nl')).toBe(
      'Dossier 3 telt niet mee: de gegevens over het ontwikkelbudget zijn niet te lezen.',
    );
  });

  it('never throws on any record (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (records) => {
        const result = developmentReport(records as EmployeeRecord[], { now });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.figures.employees + result.value.skipped).toBe(records.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('report money sums: exact, per currency', () => {
  it('keeps euros and dollars apart, and leaves out a period that mixes them with a finding', () => {
    const mixed = period(eur(70_000), { amount: 10_000, currency: 'USD' });
    const result = developmentReport(
      [
        person('e-1', [period(eur(70_000), eur(20_000))]),
        person('e-2', [{ ...period({ amount: 50_000, currency: 'USD' }, { amount: 5_000, currency: 'USD' }), source: 'us' }]),
        person('e-3', [mixed]),
      ],
      { now },
    );
    expect(result.ok && result.value.skipped).toBe(0);
    expect(result.ok && result.value.figures.budget.map((use) => [use.source, use.available, use.unused, use.employees])).toEqual([
      ['pob', eur(70_000), eur(50_000), 1],
      ['us', { amount: 50_000, currency: 'USD' }, { amount: 45_000, currency: 'USD' }, 1],
    ]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['report.budget.unitMismatch', [2, 'budget', 0, 'available']]]);
    expect(findingMessage(result.findings[0] as Finding, 'nl')).toBe(
      'In dossier 3 staan de bedragen van ‘Persoonlijk ontwikkelbudget’ deels in USD en deels in EUR; zonder omrekening telt die periode niet mee.',
    );
  });

  it('counts a second current period of the same source and unit nowhere, with a finding', () => {
    const twice = person('e-2', [period(eur(70_000), eur(10_000)), period(eur(50_000), eur(0)), period({ minutes: 960 }, { minutes: 0 })]);
    const result = developmentReport([person('e-1', [period(eur(70_000), eur(20_000))]), twice], { now });
    expect(result.ok && result.value.figures.budget.map((use) => [use.employees, use.available, use.unused])).toEqual([
      [2, eur(140_000), eur(110_000)],
      [1, { minutes: 960 }, { minutes: 960 }],
    ]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['report.budget.duplicatePeriod', [1, 'budget', 1]]]);
    expect(findingMessage(result.findings[0] as Finding, 'nl')).toBe(
      'Dossier 2 geeft voor ‘Persoonlijk ontwikkelbudget’ (EUR) twee lopende periodes; alleen de eerste telt mee, zodat niets dubbel wordt geteld.',
    );
    expect(findingMessage(result.findings[0] as Finding, 'en')).toBe(
      'Record 2 gives two current periods for “Persoonlijk ontwikkelbudget” (EUR); only the first counts, so nothing is counted twice.',
    );
  });

  it('adds study hours apart from money', () => {
    const result = developmentReport([person('e-1', [period(eur(70_000), eur(0)), period({ minutes: 960 }, { minutes: 240 })])], { now });
    expect(result.ok && result.value.figures.budget.map((use) => use.unused)).toEqual([eur(70_000), { minutes: 720 }]);
  });

  it('charts money and study hours apart, each bar naming its unit and the tooltip saying how much as people write it', () => {
    const records = [person('e-1', [period(eur(70_000), eur(0)), period({ minutes: 960 }, { minutes: 240 })])];
    for (const [locale, hours, money] of [
      ['nl', '12 studie-uren', '€\u00a0700,00'],
      ['en', '12 study hours', '€700.00'],
    ] as const) {
      const result = developmentReport(records, { now, locale });
      const values = result.ok ? (result.value.charts.budget['data'] as { values: Record<string, unknown>[] }).values : [];
      const unit = locale === 'nl' ? 'studie-uren' : 'study hours';
      expect(values.map((row) => [row['group'], row['amount'], row['shown']])).toEqual([
        ['Persoonlijk ontwikkelbudget (EUR)', 0, locale === 'nl' ? '€\u00a00,00' : '€0.00'],
        ['Persoonlijk ontwikkelbudget (EUR)', 700, money],
        [`Persoonlijk ontwikkelbudget (${unit})`, 4, `4 ${unit}`],
        [`Persoonlijk ontwikkelbudget (${unit})`, 12, hours],
      ]);
    }
    // One unit only: the bars carry the source's name alone.
    const money = developmentReport([person('e-1', [period(eur(70_000), eur(0))])], { now });
    const rows = money.ok ? (money.value.charts.budget['data'] as { values: Record<string, unknown>[] }).values : [];
    expect(rows.map((row) => row['group'])).toEqual(['Persoonlijk ontwikkelbudget', 'Persoonlijk ontwikkelbudget']);
  });

  it('refuses a record whose sums would pass Number.MAX_SAFE_INTEGER, never rounding (fast-check)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('Noord', 'Zuid'), { minLength: 6, maxLength: 6 }),
        (amounts, teams) => {
          const records = amounts.map((amount, index) => person(`e-${index}`, [period(eur(amount), eur(0))], teams[index]));
          const result = developmentReport(records, { now, groupBy: ['team'] });
          if (!result.ok) throw new Error('refused');
          // Exactly the records that still fit are counted, in order; each other one has a finding.
          let sum = 0;
          const counted: number[] = [];
          amounts.forEach((amount, index) => {
            if (Number.isSafeInteger(sum + amount)) {
              sum += amount;
              counted.push(index);
            }
          });
          expect(result.value.figures.employees).toBe(counted.length);
          const total = result.value.figures.budget[0];
          expect(total === undefined ? 0 : 'currency' in total.available ? total.available.amount : -1).toBe(sum);
          expect(Number.isSafeInteger(sum)).toBe(true);
          expect(result.findings.map((f) => f.code)).toEqual(
            amounts
              .map((_, index) => index)
              .filter((index) => !counted.includes(index))
              .map(() => 'report.amount.overflow'),
          );
          // The groups hold the same money as the total, to the cent.
          const groupSum = result.value.groups.reduce((all, group) => {
            const use = group.figures.budget[0];
            return all + (use !== undefined && 'currency' in use.available ? use.available.amount : 0);
          }, 0);
          expect(groupSum).toBe(sum);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses to add up two reports whose sums together would pass the exact range', () => {
    const big = (id: string) => developmentReport([person(id, [period(eur(Number.MAX_SAFE_INTEGER - 5), eur(0))])], { now });
    const left = big('e-1');
    const right = big('e-2');
    const combined = left.ok && right.ok ? combineReports(left.value, right.value) : undefined;
    expect(combined?.ok).toBe(false);
    expect(combined?.findings.map((f) => f.code)).toEqual(['report.combine.overflow']);
  });
});
