import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { BudgetPeriodStatus, BudgetStatus, DevelopmentPlan, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, draftDevelopmentPlan, recordProgress } from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { codes, sampleContent } from './fixtures.js';
import { funding, personalBudget, requiredTraining, sectorFund, spent2026, workedContent } from './worked-example.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

function draft(conferenceFromBudgetOnly = false): DevelopmentPlan {
  return value(
    draftDevelopmentPlan({ content: workedContent(conferenceFromBudgetOnly), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }),
  );
}

function approved(): DevelopmentPlan {
  const position = { expenses: [spent2026] };
  const one = value(approvePlan(draft(), { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }, { budget: position }));
  return value(approvePlan(one, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }, { budget: position }));
}

function period(status: BudgetStatus, source: string, start: string, unit = 'EUR'): BudgetPeriodStatus | undefined {
  return status.periods.find(
    (p) => p.source === source && p.start === start && (p.allowance ?? p.committed) !== null && unitOf(p.allowance ?? p.committed) === unit,
  );
}

function unitOf(amount: object): string {
  return 'currency' in amount ? String(amount.currency) : 'minutes' in amount ? 'minutes' : 'studyPoints';
}

describe('the development budget, per funding source (the worked example)', () => {
  it('refuses the approval of a € 1.200 conference on a budget of € 700 plus € 400 saved up, naming the source and the amounts', () => {
    const result = approvePlan(
      draft(true),
      { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 },
      { budget: { expenses: [spent2026] } },
    );
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['plan.approval.overBudget']);
    const [over] = result.findings;
    expect(over?.details?.map((d) => [d.code, d.path, d.params['claimed'], d.params['budget'], d.params['over']])).toEqual([
      ['budget.overCommitted', ['plan', 'costs', 2], eur(120000), eur(110000), eur(10000)],
    ]);
    expect(msg(over, 'nl')).toBe(
      'De kosten in dit plan passen niet binnen ‘Persoonlijk ontwikkelbudget’. Pas de kosten of de financiering aan voordat jullie het plan goedkeuren.',
    );
    expect(msg(over?.details?.[0], 'nl')).toBe(
      'De afspraken en uitgaven ten laste van ‘Persoonlijk ontwikkelbudget’ in budgetjaar 2027 (€\u00a01.200,00) gaan €\u00a0100,00 over het budget van €\u00a01.100,00 heen.',
    );
    expect(msg(over?.details?.[0], 'en')).toBe(
      'Agreements and expenses charged to “Persoonlijk ontwikkelbudget” in budget year 2027 (€1,200.00) exceed the budget of €1,100.00 by €100.00.',
    );
  });

  it('records it with a warning when the host chooses relaxed strictness', () => {
    const result = approvePlan(
      draft(true),
      { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 },
      { budget: { expenses: [spent2026] }, strictness: 'relaxed' },
    );
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['plan.approval.overBudget', 'warning'],
      ['plan.approval.waiting', 'info'],
    ]);
  });

  it('approves the plan once the sector fund pays part of the conference', () => {
    const plan = approved();
    expect(plan.approvals.map((a) => a.by)).toEqual(['employee', 'manager']);
  });

  it('keeps a ledger per source, period and unit: saved-up money carried in, hours used, required training uncapped', () => {
    const status = value(
      budgetStatus({
        plan: approved(),
        expenses: [
          spent2026,
          { id: 'inv-2027-044', date: '2027-04-20', amount: eur(35000), costLineId: 'c-avg' },
          { id: 'inv-2027-051', date: '2027-03-30', amount: eur(50000), costLineId: 'c-congres-oo' },
          { id: 'inv-2027-052', date: '2027-03-30', amount: eur(70000), costLineId: 'c-congres-pob' },
        ],
        now: '2027-10-15T09:00:00+02:00',
      }),
    );
    const pob2026 = period(status, 'pob', '2026-01-01');
    expect([pob2026?.available, pob2026?.spent, pob2026?.remaining, pob2026?.expiring, pob2026?.carriedOut]).toEqual([
      eur(70000),
      eur(30000),
      eur(40000),
      eur(0),
      eur(40000),
    ]);
    const pob2027 = period(status, 'pob', '2027-01-01');
    expect(pob2027).toMatchObject({
      current: true,
      allowance: eur(70000),
      carriedIn: eur(40000),
      available: eur(110000),
      committed: eur(70000),
      spent: eur(70000),
      outstanding: eur(0),
      remaining: eur(40000),
      // The oldest money is used first: the € 400 of 2026 went to the conference, so nothing lapses this year.
      expiring: eur(0),
      carriedOut: eur(40000),
    });
    // Hours may not be saved up (a maximum of 0), so the unused 2026 hours lapsed.
    expect(period(status, 'pob', '2026-01-01', 'minutes')).toMatchObject({ remaining: { minutes: 960 }, expiring: { minutes: 960 } });
    expect(period(status, 'pob', '2027-01-01', 'minutes')).toMatchObject({ carriedIn: { minutes: 0 }, remaining: { minutes: 0 } });
    // Required training has no cap: it is counted, never limited.
    expect(period(status, 'employer', '2027-01-01')).toMatchObject({ spent: eur(35000), available: null, remaining: null });
    expect(period(status, 'employer', '2027-01-01', 'minutes')).toMatchObject({ committed: { minutes: 480 } });
    expect(period(status, 'oo-fonds', '2027-01-01')).toMatchObject({ available: eur(50000), remaining: eur(0) });
    // The headline, as 0.1 answered it: the personal budget now.
    expect([status.employeeId, status.year, status.budget, status.remaining]).toEqual(['e-17', 2027, eur(110000), eur(40000)]);
    expect(status.lines.map((line) => [line.id, line.source, line.period, line.counted])).toEqual([
      ['c-avg', 'employer', '2027-01-01', true],
      ['c-avg-uren', 'employer', '2027-01-01', true],
      ['c-congres-oo', 'oo-fonds', '2027-01-01', true],
      ['c-congres-pob', 'pob', '2027-01-01', true],
      ['c-congres-uren', 'pob', '2027-01-01', true],
      ['inv-2026-031', 'pob', '2026-01-01', true],
      ['inv-2027-044', 'employer', '2027-01-01', true],
      ['inv-2027-051', 'oo-fonds', '2027-01-01', true],
      ['inv-2027-052', 'pob', '2027-01-01', true],
    ]);
  });

  it('never lets required training come out of the employee’s budget (art. 7:611a BW)', () => {
    const content = workedContent();
    const wrong = {
      ...content,
      costs: [...content.costs, { id: 'c-avg-pob', description: 'AVG-boek', amount: eur(4500), agreementId: 'a-avg', source: 'pob' }],
    };
    const plan = value(draftDevelopmentPlan({ content: wrong, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const refused = approvePlan(plan, { by: 'manager', at: '2027-03-16T09:00:00+01:00', version: 1 });
    expect(codes(refused)).toEqual(['budget.required.chargedToEmployee']);
    expect(refused.findings[0]?.path).toEqual(['plan', 'costs', 5, 'source']);
    expect(msg(refused.findings[0], 'nl')).toBe(
      'Afspraak ‘Ik volg in april de AVG-basistraining voor klantcontact die voor mijn functie…’ is scholing die de werkgever verplicht stelt. Die is kosteloos voor de medewerker en valt in werktijd (art. 7:611a BW), dus ze komt niet ten laste van ‘Persoonlijk ontwikkelbudget’.',
    );
    const status = budgetStatus({ plan, now: '2027-05-01T09:00:00+02:00' });
    expect(codes(status)).toContain('budget.required.chargedToEmployee');
  });

  it('runs periods other than the calendar year, and nudges from month 10 of a school year', () => {
    const schoolYear: FundingSource = { id: 'pob', kind: 'personalBudget', allowances: [eur(60000)], period: { start: '2026-08-01' } };
    const input = {
      employeeId: 'e-17',
      sources: [schoolYear],
      costs: [
        { id: 'c-jul', description: 'Cursus juli', amount: eur(10000), date: '2027-07-31' },
        { id: 'c-aug', description: 'Cursus augustus', amount: eur(10000), date: '2027-08-01' },
      ],
    };
    const april = value(budgetStatus({ ...input, now: '2027-04-30T09:00:00+02:00' }));
    expect(april.lines.map((line) => line.period)).toEqual(['2026-08-01', '2027-08-01']);
    expect(april.periods.find((p) => p.current)).toMatchObject({ start: '2026-08-01', end: '2027-07-31', remaining: eur(50000) });
    expect(codes(budgetStatus({ ...input, now: '2027-04-30T09:00:00+02:00' }))).toEqual([]);
    const may = budgetStatus({ ...input, now: '2027-05-01T09:00:00+02:00' });
    expect(codes(may)).toEqual(['budget.unused.lateInYear']);
    expect(may.findings[0]?.params).toMatchObject({ unused: eur(50000), percent: 83, end: '2027-07-31', daysLeft: 91, shareUnused: 40 });
    expect(msg(may.findings[0], 'nl')).toBe(
      'Van het persoonlijk ontwikkelbudget is nog €\u00a0500,00 (83%) niet gebruikt of toegezegd, en over 91 dagen (31 juli 2027) loopt de periode af. Wat dan over is, vervalt. Ongeveer 40% van de medewerkers laat het budget liggen: bespreek nu wat je ermee wilt.',
    );
  });

  it('lets savings lapse after the periods the policy allows, oldest first, and caps what is carried in', () => {
    const saving: FundingSource = {
      id: 'pob',
      kind: 'personalBudget',
      allowances: [eur(50000)],
      period: { start: '2025-01-01' },
      carryOver: { periods: 1, maximum: [eur(30000)] },
    };
    const status = value(
      budgetStatus({
        employeeId: 'e-17',
        sources: [saving],
        expenses: [{ id: 'x-2026', date: '2026-03-01', amount: eur(10000) }],
        now: '2027-11-01T09:00:00+01:00',
      }),
    );
    const figures = status.periods.map((p) => [p.start, p.carriedIn, p.available, p.remaining, p.expiring, p.carriedOut]);
    expect(figures).toEqual([
      // 2025: nothing used; € 500 could be carried, but at most € 300 may be: € 200 lapses.
      ['2025-01-01', eur(0), eur(50000), eur(50000), eur(20000), eur(30000)],
      // 2026: € 100 spent from the oldest savings; € 200 of 2025 lapses at the end of 2026, € 500 of 2026 is capped to € 300.
      ['2026-01-01', eur(30000), eur(80000), eur(70000), eur(40000), eur(30000)],
      ['2027-01-01', eur(30000), eur(80000), eur(80000), eur(50000), eur(30000)],
    ]);
    const nudge = budgetStatus({ employeeId: 'e-17', sources: [saving], now: '2027-11-01T09:00:00+01:00' });
    expect(codes(nudge)).toEqual(['budget.unused.lateInYear']);
    expect(nudge.findings[0]?.params['expiring']).toEqual(eur(50000));
    expect(msg(nudge.findings[0], 'en')).toContain('€500.00 of it lapses then; the rest may be carried over to the next period.');
  });

  it('claims study time like money, and reports hours over the allowance', () => {
    const hours: FundingSource = { id: 'uren', kind: 'personalBudget', title: 'Studie-uren', allowances: [{ minutes: 16 * 60 }] };
    const result = budgetStatus({
      employeeId: 'e-17',
      sources: [hours],
      costs: [
        { id: 'c1', description: 'Lesdagen Scrum', amount: { minutes: 12 * 60 }, source: 'uren', date: '2027-03-01' },
        { id: 'c2', description: 'Tentamen', amount: { minutes: 6 * 60 + 30 }, source: 'uren', date: '2027-06-01' },
      ],
      now: '2027-06-15T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.overCommitted']);
    expect(result.findings[0]?.path).toEqual(['costs', 1]);
    expect(msg(result.findings[0], 'nl')).toBe(
      'De afspraken en uitgaven ten laste van ‘Studie-uren’ in budgetjaar 2027 (18 uur en 30 minuten) gaan 2 uur en 30 minuten over het budget van 16 uur heen.',
    );
    expect(value(result).remaining).toEqual({ minutes: -150 });
  });

  it('reports lines it cannot place, and counts them nowhere', () => {
    const result = budgetStatus({
      employeeId: 'e-17',
      sources: [{ ...personalBudget, period: { start: '2026-01-01', until: '2027-12-31' } }, requiredTraining, sectorFund],
      costs: [
        { id: 'c1', description: 'Onbekende pot', amount: eur(100), source: 'lottery', date: '2027-02-01' },
        { id: 'c2', description: 'Na de looptijd', amount: eur(100), source: 'pob', date: '2028-02-01' },
        { id: 'c3', description: 'Studiepunten', amount: { studyPoints: 3 }, source: 'oo-fonds', date: '2027-02-01' },
      ],
      now: '2027-06-15T09:00:00+02:00',
    });
    expect(codes(result)).toEqual(['budget.source.unknown', 'budget.line.outsidePeriods', 'budget.unit.mismatch']);
    expect(value(result).lines.map((line) => [line.counted, line.reason])).toEqual([
      [false, 'unknownSource'],
      [false, 'outsidePeriods'],
      [false, 'otherUnit'],
    ]);
    expect(msg(result.findings[1], 'nl')).toBe(
      'Kostenpost ‘Na de looptijd’ van 1 februari 2028 valt buiten de looptijd van ‘Persoonlijk ontwikkelbudget’ (van 1 januari 2026 t/m 31 december 2027) en telt niet mee.',
    );
  });

  it('checks approval against what was spent or committed elsewhere', () => {
    const elsewhere = { id: 'x-other', date: '2027-02-01', amount: eur(50000), source: 'pob', description: 'Coaching' };
    const result = approvePlan(
      draft(),
      { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 },
      { budget: { expenses: [spent2026, elsewhere] } },
    );
    expect(codes(result)).toEqual(['plan.approval.overBudget']);
    expect(result.findings[0]?.details?.[0]?.params).toMatchObject({ claimed: eur(120000), budget: eur(110000) });
  });

  it('needs a budget, and whose it is', () => {
    expect(codes(budgetStatus({ employeeId: 'e-17', now: '2027-06-15T09:00:00+02:00' }))).toEqual(['budget.sources.missing']);
    expect(codes(budgetStatus({ sources: [personalBudget], now: '2027-06-15T09:00:00+02:00' }))).toEqual(['budget.employee.missing']);
    expect(
      codes(
        budgetStatus({
          budget: { employeeId: 'e', year: 2027, amount: eur(1) },
          sources: [personalBudget],
          now: '2027-06-15T09:00:00+02:00',
        }),
      ),
    ).toEqual(['budget.setup.ambiguous']);
    expect(codes(budgetStatus({ employeeId: 'e', sources: [personalBudget, personalBudget], now: '2027-06-15T09:00:00+02:00' }))).toEqual([
      'budget.id.duplicate',
    ]);
  });

  it('does not count what a dropped agreement would have cost', () => {
    const plan = value(
      recordProgress(approved(), {
        agreementId: 'a-congres',
        by: 'employee',
        at: '2027-04-01T09:00:00+02:00',
        status: 'dropped',
        note: 'Congres vervalt',
      }),
    );
    const status = value(budgetStatus({ plan, expenses: [spent2026], now: '2027-06-01T09:00:00+02:00' }));
    expect(period(status, 'pob', '2027-01-01')?.committed).toEqual(eur(0));
    expect(status.lines.filter((line) => line.reason === 'dropped').map((line) => line.id)).toEqual([
      'c-congres-oo',
      'c-congres-pob',
      'c-congres-uren',
    ]);
  });

  it('takes the funding of a plan drafted without it from the options of budgetStatus', () => {
    const plan = value(draftDevelopmentPlan({ content: sampleContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const status = value(budgetStatus({ plan, sources: funding.sources, now: '2027-06-01T09:00:00+02:00' }));
    // A cost line that names no source is the personal development budget's.
    expect(status.lines[0]).toMatchObject({ id: 'cost-a1', source: 'pob', period: '2027-01-01', counted: true });
  });
});
