// The payback clause (studiekostenbeding) case by case: which source a line is paid from, when a
// training counts as completed, which lines and expenses make up what was paid, and who approved.
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/agreements/index.js';
import type { Money, Result } from '../../src/core/index.js';
import type {
  BudgetExpense,
  CostLine,
  DevelopmentPlan,
  FundingSource,
  PaybackDue,
  PaybackItem,
  PaybackPolicy,
  PlanFunding,
} from '../../src/plan/index.js';
import { approvePlan, draftDevelopmentPlan, paybackDue, recordProgress } from '../../src/plan/index.js';
import type { SampleContent } from './fixtures.js';
import { codes, eur, sampleContent, samplePlan } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const usd = (amount: number): Money => ({ amount, currency: 'USD' });

const sectorFund: FundingSource = { id: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds' };
const personal: FundingSource = { id: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget' };
const ownMoney: FundingSource = { id: 'eigen', kind: 'ownMoney', title: 'Eigen geld' };
const required: FundingSource = { id: 'werkgever', kind: 'requiredTraining', title: 'Verplichte scholing' };

/** Voluntary training above € 500 is paid back: all of it in the first year after completion, 66% in the second, 33% in the third. */
const clause: PaybackPolicy = {
  threshold: eur(50000),
  steps: [
    { months: 12, percent: 100 },
    { months: 24, percent: 66 },
    { months: 36, percent: 33 },
  ],
};

const accepted = { employee: '2027-01-10T10:40:00+01:00', manager: '2027-01-10T10:42:00+01:00' };
const agreement = (id: string, what: string, when: string): Agreement => ({
  id,
  what,
  who: 'e-17',
  when,
  kind: 'development',
  acceptedBy: accepted,
  linkedNeedIds: [],
  linkedGoalIds: [],
  status: 'open',
});

/** Sanne's POP for 2027 with the agreements and cost lines a test gives; by default her leergang of € 3.000 from the personal budget. */
function content(
  costs: CostLine[] = [{ id: 'c-leergang', description: 'Leergang Adviesvaardigheden', amount: eur(300000), agreementId: 'a-leergang' }],
  funding: PlanFunding | undefined = { sources: [sectorFund, personal], payback: clause },
): SampleContent {
  const base = sampleContent();
  return {
    ...base,
    period: { start: '2027-01-10', end: '2028-01-10' },
    agreements: [
      agreement('a-leergang', 'Ik volg de leergang Adviesvaardigheden', '2027-06-30'),
      agreement('a-excel', 'Ik volg de cursus Excel voor gevorderden', '2027-04-30'),
      agreement('a-leeg', '', '2027-05-31'),
    ],
    costs,
    ...(funding === undefined ? {} : { funding }),
  } as SampleContent;
}

function drafted(from: SampleContent = content()): DevelopmentPlan {
  return value(draftDevelopmentPlan({ content: from, at: '2027-01-10T11:00:00+01:00', by: 'conversation' }));
}

function approvedBy(plan: DevelopmentPlan, ...by: ('employee' | 'manager')[]): DevelopmentPlan {
  let current = plan;
  for (const [index, who] of by.entries()) {
    current = value(
      approvePlan(current, { by: who, at: `2027-01-11T${String(9 + index).padStart(2, '0')}:00:00+01:00`, version: current.version }),
    );
  }
  return current;
}

function progress(
  plan: DevelopmentPlan,
  agreementId: string,
  at: string,
  status?: 'open' | 'done' | 'dropped',
  note = '',
): DevelopmentPlan {
  return value(recordProgress(plan, { agreementId, by: 'employee', at, ...(status === undefined ? {} : { status }), note }));
}

const item = (due: PaybackDue, agreementId: string | null): PaybackItem | undefined =>
  due.items.find((candidate) => candidate.agreementId === agreementId);

describe('paybackDue: the source a line is paid from', () => {
  it('takes a line that names no source from the personal budget, even when another source is listed first', () => {
    const due = value(paybackDue(drafted(), '2027-09-01'));
    expect(due.items).toStrictEqual([
      {
        agreementId: 'a-leergang',
        title: 'Ik volg de leergang Adviesvaardigheden',
        costLineIds: ['c-leergang'],
        paid: eur(300000),
        completed: '2027-06-30',
        percent: 100,
        due: eur(300000),
      },
    ]);
    expect(due.total).toEqual([eur(300000)]);
  });

  it('takes it from the first source when there is no personal budget, and from the personal budget when no source is listed', () => {
    const account: FundingSource = { id: 'leerrekening', kind: 'learningAccount', title: 'Leerrekening' };
    const fromAccount = value(
      paybackDue(drafted(content(undefined, { sources: [account], payback: { ...clause, sources: ['leerrekening'] } })), '2027-09-01'),
    );
    expect(fromAccount.items.map((entry) => [entry.agreementId, entry.due])).toEqual([['a-leergang', eur(300000)]]);
    const noSources = value(paybackDue(drafted(content(undefined, { sources: [], payback: clause })), '2027-09-01'));
    expect(noSources.items.map((entry) => [entry.agreementId, entry.due])).toEqual([['a-leergang', eur(300000)]]);
  });

  it('never asks back training that is also charged to required training, nor training the sector fund alone paid', () => {
    const plan = drafted(
      content(
        [
          { id: 'c-avg', description: 'AVG-basistraining', amount: eur(60000), agreementId: 'a-excel', source: 'werkgever' },
          { id: 'c-avg-boek', description: 'AVG-handboek', amount: eur(60000), agreementId: 'a-excel', source: 'pob' },
          {
            id: 'c-oo',
            description: 'Leergang, betaald door het fonds',
            amount: eur(300000),
            agreementId: 'a-leergang',
            source: 'oo-fonds',
          },
        ],
        { sources: [sectorFund, personal, required], payback: clause },
      ),
    );
    const due = value(paybackDue(plan, '2027-09-01'));
    expect(due.items.map((entry) => [entry.agreementId, entry.exemption, entry.due])).toEqual([['a-excel', 'required', eur(0)]]);
    expect(due.total).toEqual([eur(0)]);
  });

  it('reads a clause from the contract only over the sources it may cover, with the personal budget as the default', () => {
    const funding = { sources: [personal, ownMoney, required] };
    const plan = drafted(
      content(
        [
          { id: 'c-leergang', description: 'Leergang Adviesvaardigheden', amount: eur(300000), agreementId: 'a-leergang', source: 'pob' },
          { id: 'c-master', description: 'Master, eigen bijdrage', amount: eur(400000), agreementId: 'a-leeg', source: 'eigen' },
          { id: 'c-vca', description: 'VCA-training', amount: eur(90000), agreementId: 'a-excel', source: 'werkgever' },
        ],
        funding,
      ),
    );
    const contract = { ...clause, sources: ['pob', 'eigen', 'werkgever', 'elders'] };
    const due = value(paybackDue(plan, '2027-09-01', { payback: contract }));
    // The employee's own money and required training are never paid back, whatever the contract lists.
    expect(due.items.map((entry) => [entry.agreementId, entry.paid, entry.exemption])).toEqual([
      ['a-leergang', eur(300000), undefined],
      ['a-excel', eur(0), 'required'],
    ]);
    // A plan without funding: its lines are the personal budget's, under the id the library gives it.
    const bare = value(
      paybackDue(samplePlan(), '2027-07-01', { payback: { ...clause, threshold: eur(10000), sources: ['personal-budget'] } }),
    );
    expect(bare.items.map((entry) => [entry.agreementId, entry.due])).toEqual([['a1', eur(45000)]]);
    expect(
      value(paybackDue(samplePlan(), '2027-07-01', { payback: { ...clause, threshold: eur(10000), sources: ['pob'] } })).items,
    ).toEqual([]);
  });
});

describe('paybackDue: when a training counts as completed', () => {
  function done(): DevelopmentPlan {
    const plan = drafted(
      content([
        { id: 'c-leergang', description: 'Leergang Adviesvaardigheden', amount: eur(250000), agreementId: 'a-leergang' },
        { id: 'c-leergang-boeken', description: 'Leergang Adviesvaardigheden, boeken', amount: eur(50000), agreementId: 'a-leergang' },
        { id: 'c-leergang-uren', description: 'Leergang, lesdagen', amount: { minutes: 16 * 60 }, agreementId: 'a-leergang' },
        { id: 'c-excel', description: 'Cursus Excel', amount: eur(60000), agreementId: 'a-excel' },
      ]),
    );
    const both = approvedBy(plan, 'employee', 'manager');
    const leergang = progress(both, 'a-leergang', '2027-07-03T17:00:00+02:00', 'done');
    const excel = progress(leergang, 'a-excel', '2027-07-10T12:00:00+02:00', 'done');
    return progress(excel, 'a-leergang', '2027-07-20T09:00:00+02:00', undefined, 'Presentatie over de leergang gegeven in het teamoverleg');
  }

  it('dates completion on the day it was marked done, per agreement, with all its money lines as one training', () => {
    const due = value(paybackDue(done(), '2028-07-05'));
    expect(codes(paybackDue(done(), '2028-07-05'))).toEqual([]);
    expect(due.items.map((entry) => [entry.agreementId, entry.costLineIds, entry.completed, entry.paid, entry.percent, entry.due])).toEqual(
      [
        // Leaving two days after the first anniversary of completion: the second step.
        ['a-leergang', ['c-leergang', 'c-leergang-boeken'], '2027-07-03', eur(300000), 66, eur(198000)],
        ['a-excel', ['c-excel'], '2027-07-10', eur(60000), 100, eur(60000)],
      ],
    );
  });

  it('counts leaving on the day of completion as leaving after it', () => {
    expect(item(value(paybackDue(done(), '2027-07-03')), 'a-leergang')).toMatchObject({ completed: '2027-07-03', percent: 100 });
  });

  it('reads the day it was marked done in the time zone given', () => {
    const plan = progress(approvedBy(drafted(), 'employee', 'manager'), 'a-leergang', '2027-07-04T02:30:00+02:00', 'done');
    expect(item(value(paybackDue(plan, '2028-08-01')), 'a-leergang')?.completed).toBe('2027-07-04');
    expect(item(value(paybackDue(plan, '2028-08-01', { timeZone: 'America/New_York' })), 'a-leergang')?.completed).toBe('2027-07-03');
  });

  it('takes an agreement’s own date once it has passed when it is not done, or was reopened', () => {
    const reopened = progress(
      progress(approvedBy(drafted(), 'employee', 'manager'), 'a-leergang', '2027-07-03T17:00:00+02:00', 'done'),
      'a-leergang',
      '2027-07-05T09:00:00+02:00',
      'open',
      'De eindopdracht moet over',
    );
    expect(item(value(paybackDue(reopened, '2027-09-01')), 'a-leergang')?.completed).toBe('2027-06-30');
    expect(item(value(paybackDue(drafted(), '2027-06-29')), 'a-leergang')?.completed).toBeNull();
  });

  it('takes an agreement’s own date for a training already done when the plan was drafted', () => {
    const base = content();
    const doneBefore = {
      ...base,
      agreements: base.agreements.map((entry) => (entry.id === 'a-leergang' ? { ...entry, status: 'done' as const } : entry)),
    };
    expect(item(value(paybackDue(drafted(doneBefore), '2027-09-01')), 'a-leergang')).toMatchObject({
      completed: '2027-06-30',
      percent: 100,
    });
  });

  it('takes a line without an agreement as a training of its own, completed on its date and named by its description', () => {
    const plan = drafted(
      content([
        { id: 'c-boek', description: 'Vakliteratuur adviseren', amount: eur(80000), date: '2027-04-15', source: 'pob' },
        { id: 'c-webinar', description: 'Webinarreeks klantgesprekken', amount: eur(70000), date: '2027-05-01', source: 'pob' },
        { id: 'c-leeg', description: 'Training gespreksvoering', amount: eur(90000), agreementId: 'a-leeg' },
      ]),
    );
    const due = value(paybackDue(plan, '2027-09-01'));
    expect(due.items.map((entry) => [entry.agreementId, entry.title, entry.costLineIds, entry.completed, entry.due])).toEqual([
      [null, 'Vakliteratuur adviseren', ['c-boek'], '2027-04-15', eur(80000)],
      [null, 'Webinarreeks klantgesprekken', ['c-webinar'], '2027-05-01', eur(70000)],
      // An agreement without words is named by its cost line.
      ['a-leeg', 'Training gespreksvoering', ['c-leeg'], '2027-05-31', eur(90000)],
    ]);
    expect(due.total).toEqual([eur(240000)]);
  });
});

describe('paybackDue: what was paid', () => {
  it('counts the expenses until the leaving day that belong to the training and the clause’s sources', () => {
    const plan = drafted(
      content([
        { id: 'c-leergang', description: 'Leergang Adviesvaardigheden', amount: eur(250000), agreementId: 'a-leergang', source: 'pob' },
        { id: 'c-leergang-oo', description: 'Leergang, deel fonds', amount: eur(100000), agreementId: 'a-leergang', source: 'oo-fonds' },
        { id: 'c-excel', description: 'Cursus Excel', amount: eur(60000), agreementId: 'a-excel', source: 'pob' },
      ]),
    );
    const expenses: BudgetExpense[] = [
      { id: 'x1', date: '2027-05-01', amount: eur(150000), costLineId: 'c-leergang' },
      { id: 'x2', date: '2027-06-01', amount: eur(60000), agreementId: 'a-leergang' },
      { id: 'x3', date: '2027-06-01', amount: eur(100000), agreementId: 'a-leergang', source: 'oo-fonds' },
      { id: 'x4', date: '2027-06-01', amount: eur(30000), agreementId: 'a-excel' },
      { id: 'x5', date: '2027-09-01', amount: eur(40000), costLineId: 'c-leergang' },
      { id: 'x6', date: '2027-09-02', amount: eur(5000), costLineId: 'c-leergang' },
      { id: 'x7', date: '2027-06-15', amount: eur(10000), agreementId: 'a-leergang', source: 'pob' },
    ];
    const due = value(paybackDue(plan, '2027-09-01', { expenses }));
    // € 1.500 + € 600 + € 400 (on the leaving day) + € 100; not the fund's € 1.000, the Excel course's € 300 or the invoice after leaving.
    expect(item(due, 'a-leergang')).toMatchObject({ paid: eur(260000), due: eur(260000) });
    expect(item(due, 'a-excel')).toMatchObject({ paid: eur(30000), due: eur(0), exemption: 'belowThreshold' });
  });

  it('asks nothing back for a dropped training, unless money was already paid for it', () => {
    const plan = progress(
      approvedBy(drafted(), 'employee', 'manager'),
      'a-leergang',
      '2027-03-01T09:00:00+01:00',
      'dropped',
      'Leergang gaat niet door',
    );
    expect(value(paybackDue(plan, '2027-09-01')).items).toEqual([]);
    const paid = value(
      paybackDue(plan, '2027-05-01', {
        expenses: [{ id: 'x-aanbetaling', date: '2027-02-01', amount: eur(90000), costLineId: 'c-leergang' }],
      }),
    );
    expect(paid.items.map((entry) => [entry.agreementId, entry.paid, entry.completed, entry.percent, entry.due])).toEqual([
      ['a-leergang', eur(90000), null, 100, eur(90000)],
    ]);
  });

  it('asks back the part in the clause’s currency, and nothing of training paid only in another currency', () => {
    const plan = drafted(
      content([
        { id: 'c-leergang-boston', description: 'Studiereis Boston', amount: usd(200000), agreementId: 'a-leergang' },
        { id: 'c-leergang', description: 'Leergang Adviesvaardigheden', amount: eur(300000), agreementId: 'a-leergang' },
        { id: 'c-excel', description: 'Online cursus Excel', amount: usd(90000), agreementId: 'a-excel' },
      ]),
    );
    const due = value(paybackDue(plan, '2027-09-01'));
    expect(due.items.map((entry) => [entry.agreementId, entry.paid, entry.exemption, entry.due])).toEqual([
      ['a-leergang', eur(300000), undefined, eur(300000)],
      ['a-excel', usd(90000), 'otherCurrency', usd(0)],
    ]);
    expect(due.total).toEqual([eur(300000), usd(0)]);
  });

  it('refuses a sum beyond the exact range instead of rounding it', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = paybackDue(drafted(), '2027-09-01', {
      expenses: [
        { id: 'x1', date: '2027-05-01', amount: eur(max), costLineId: 'c-leergang' },
        { id: 'x2', date: '2027-05-02', amount: eur(max), costLineId: 'c-leergang' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['budget.payback.notApproved', 'warning', ['plan', 'approvals']],
      ['budget.amount.overflow', 'error', ['plan', 'costs']],
    ]);
  });
});

describe('paybackDue: the clause itself and the input', () => {
  it('flags a clause in the plan until both have approved it, and not a clause from the contract', () => {
    const warned = (plan: DevelopmentPlan) => paybackDue(plan, '2027-09-01').findings.map((f) => [f.code, f.severity, f.path]);
    expect(warned(drafted())).toEqual([['budget.payback.notApproved', 'warning', ['plan', 'approvals']]]);
    expect(warned(approvedBy(drafted(), 'employee'))).toEqual([['budget.payback.notApproved', 'warning', ['plan', 'approvals']]]);
    expect(warned(approvedBy(drafted(), 'manager'))).toEqual([['budget.payback.notApproved', 'warning', ['plan', 'approvals']]]);
    expect(warned(approvedBy(drafted(), 'employee', 'manager'))).toEqual([]);
    expect(codes(paybackDue(samplePlan(), '2027-09-01', { payback: clause }))).toEqual([]);
  });

  it('says where there is no clause', () => {
    expect(paybackDue(samplePlan(), '2027-09-01').findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['budget.payback.noClause', 'info', ['plan', 'funding']],
    ]);
  });

  it('points at the plan, the leaving date or the options when one of them is not valid', () => {
    const heads = (result: Result<unknown>) => [result.ok, [...new Set(result.findings.map((f) => f.path[0]))]];
    expect(heads(paybackDue({ ...drafted(), version: -1 }, '2027-09-01'))).toEqual([false, ['plan']]);
    expect(heads(paybackDue(drafted(), '1 september 2027'))).toEqual([false, ['leavingDate']]);
    expect(heads(paybackDue(drafted(), '2027-09-01', { timeZone: 'Mars/Olympus_Mons' }))).toEqual([false, ['options']]);
  });
});
