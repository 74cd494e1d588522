import type { BudgetAmount, BudgetExpense, Conversation, CostLine, DevelopmentPlan, PlanFunding, Result } from '../../src/index.js';
import {
  amendPlan,
  approvePlan,
  budgetStatus,
  createDevelopmentPlan,
  catalogueFor,
  formatFinding,
  paybackDue,
  recordProgress,
  renderPlanMarkdown,
  replay,
} from '../../src/index.js';

const employee = { id: 'e-17', name: 'Sanne de Vries' };
const manager = { id: 'm-3', name: 'Karim Bouzid' };

/** A whole development conversation as an event log, from preparation to conclusion. */
const events = [
  {
    type: 'addAgendaPoint',
    at: '2027-03-08T09:00:00+01:00',
    by: 'employee',
    point: { id: 'p1', title: 'Presenteren voor klanten', priority: 'must', minutes: 15, topic: 'careerAmbitions' },
  },
  {
    type: 'addAgendaPoint',
    at: '2027-03-09T09:00:00+01:00',
    by: 'manager',
    point: { id: 'o1', title: 'Nieuw planningssysteem', priority: 'should', minutes: 10, topic: 'organisationDirection' },
  },
  { type: 'mergeAgenda', at: '2027-03-10T09:00:00+01:00', by: 'manager' },
  {
    type: 'setPurpose',
    at: '2027-03-15T10:00:00+01:00',
    by: 'employee',
    purpose: 'Samen kijken waar ik dit jaar wil groeien',
    overarchingGoal: 'Over twee jaar een klantteam leiden',
  },
  { type: 'start', at: '2027-03-15T10:01:00+01:00', by: 'manager' },
  { type: 'nextPhase', at: '2027-03-15T10:05:00+01:00', by: 'employee' },
  { type: 'nextPhase', at: '2027-03-15T10:15:00+01:00', by: 'employee' },
  {
    type: 'addNeed',
    at: '2027-03-15T10:20:00+01:00',
    by: 'employee',
    need: {
      id: 'need-1',
      text: 'Zelfverzekerd presenteren voor klanten',
      why: 'Ik wil onze adviezen zelf bij de klant toelichten.',
      focus: 'skills',
      goalIds: ['klantgericht-2027'],
    },
  },
  { type: 'nextPhase', at: '2027-03-15T10:25:00+01:00', by: 'manager' },
  {
    type: 'addNeed',
    at: '2027-03-15T10:28:00+01:00',
    by: 'manager',
    need: { id: 'need-2', text: 'Kennis van het nieuwe planningssysteem', focus: 'knowledge', goalIds: ['digitaal-2027'] },
  },
  { type: 'nextPhase', at: '2027-03-15T10:32:00+01:00', by: 'manager' },
  {
    type: 'proposeAgreement',
    at: '2027-03-15T10:35:00+01:00',
    by: 'employee',
    agreement: {
      id: 'a1',
      what: 'Ik volg voor 1 juni de training Presenteren met impact en geef daarna twee klantpresentaties',
      who: 'e-17',
      when: '2027-06-30',
      measure: 'Twee presentaties gegeven en feedback van de klant gevraagd',
      focus: 'skills',
      cost: { amount: 45000, currency: 'EUR' },
      linkedNeedIds: ['need-1'],
    },
  },
  { type: 'acceptAgreement', at: '2027-03-15T10:38:00+01:00', by: 'manager', agreementId: 'a1' },
  {
    type: 'proposeAgreement',
    at: '2027-03-15T10:39:00+01:00',
    by: 'employee',
    agreement: {
      id: 'a2',
      what: 'Ik rond voor 30 april de e-learning van het planningssysteem af en plan daarna zelf drie weken mijn projecten in het systeem',
      who: 'e-17',
      when: '2027-05-21',
      measure: 'Certificaat e-learning en drie weken planning in het systeem',
      focus: 'knowledge',
      linkedNeedIds: ['need-2'],
    },
  },
  { type: 'acceptAgreement', at: '2027-03-15T10:41:00+01:00', by: 'manager', agreementId: 'a2' },
  { type: 'nextPhase', at: '2027-03-15T10:42:00+01:00', by: 'manager' },
  {
    type: 'proposeSupport',
    at: '2027-03-15T10:44:00+01:00',
    by: 'employee',
    agreement: {
      id: 's1',
      what: 'Karim plant voor 31 mei twee klantafspraken in waar Sanne presenteert',
      who: 'm-3',
      when: '2027-05-31',
      kind: 'support',
      linkedNeedIds: ['need-1'],
    },
  },
  { type: 'acceptSupport', at: '2027-03-15T10:45:30+01:00', by: 'manager', agreementId: 's1' },
  { type: 'nextPhase', at: '2027-03-15T10:46:00+01:00', by: 'manager' },
  {
    type: 'scheduleNextConversation',
    at: '2027-03-15T10:50:00+01:00',
    by: 'employee',
    date: '2027-09-15',
    start: '2027-09-15T10:00:00+02:00',
    end: '2027-09-15T10:30:00+02:00',
    kind: 'checkIn',
  },
  { type: 'nextPhase', at: '2027-03-15T10:52:00+01:00', by: 'manager' },
  {
    type: 'evaluate',
    at: '2027-03-15T10:55:00+01:00',
    by: 'employee',
    rating: 4,
    feedback: 'Fijn gesprek; ik kreeg de ruimte voor mijn eigen ideeën.',
  },
  { type: 'conclude', at: '2027-03-15T11:00:00+01:00', by: 'manager' },
];

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.findings.map((f) => formatFinding(f, 'en')).join('; ')}`);
  return result.value;
}

/** The concluded conversation of the demo (also used by the tests). */
export function demoConversation(): Conversation {
  return must(
    replay(events, {
      input: { id: 'conv-2027-03', kind: 'development', employee, manager, plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl' },
    }),
    'replay',
  );
}

/**
 * Sanne's funding: her personal development budget of € 700 and 16 study hours a year (money may be
 * saved up for two more years; hours may not), training the employer requires, and the sector fund.
 * The plan carries it, with the payback clause, so both sides approve it together with the costs.
 */
const funding: PlanFunding = {
  sources: [
    {
      id: 'pob',
      kind: 'personalBudget',
      title: 'Persoonlijk ontwikkelbudget',
      allowances: [{ amount: 70000, currency: 'EUR' }, { minutes: 16 * 60 }],
      period: { start: '2026-01-01' },
      carryOver: { periods: 2, maximum: [{ amount: 140000, currency: 'EUR' }, { minutes: 0 }] },
    },
    { id: 'employer', kind: 'requiredTraining', title: 'Verplichte scholing' },
    { id: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds Zakelijke Dienstverlening', allowances: [{ amount: 50000, currency: 'EUR' }] },
  ],
  payback: {
    threshold: { amount: 50000, currency: 'EUR' },
    steps: [
      { months: 12, percent: 100 },
      { months: 24, percent: 66 },
      { months: 36, percent: 33 },
    ],
  },
};

/** What was spent in 2026: € 300, so € 400 is saved up into 2027. */
const spent2026: BudgetExpense = {
  id: 'inv-2026-031',
  date: '2026-05-12',
  amount: { amount: 30000, currency: 'EUR' },
  description: 'E-learning Excel',
  source: 'pob',
};
const position = { expenses: [spent2026] };

/** A conference of € 1.100 for the goal of presenting to clients: wholly from the budget, or partly from the sector fund. */
function conference(split: boolean): CostLine[] {
  const line = (id: string, description: string, cents: number, source: string): CostLine => ({
    id,
    description,
    amount: { amount: cents, currency: 'EUR' },
    agreementId: 'a3',
    source,
  });
  return split
    ? [
        line('c-congres-oo', 'Congres Klantgericht Adviseren, deel O&O-fonds', 50000, 'oo-fonds'),
        line('c-congres-pob', 'Congres Klantgericht Adviseren, eigen deel', 60000, 'pob'),
      ]
    : [line('c-congres', 'Congres Klantgericht Adviseren', 110000, 'pob')];
}

const conferenceAgreement = {
  id: 'a3',
  what: 'Ik bezoek in mei het congres Klantgericht Adviseren en deel wat ik leerde in het teamoverleg',
  who: 'e-17',
  when: '2027-05-20',
  linkedNeedIds: ['need-1'],
  acceptedBy: { employee: '2027-04-01T07:50:00+02:00', manager: '2027-04-01T07:55:00+02:00' },
};

/** Shows the POP: assembled from the conversation, approved by both against the budget, amended, progress, budget, payback, Markdown. */
export function planSection(): string[] {
  const lines = ['== The POP: from conversation to approved plan =='];
  const created = createDevelopmentPlan(demoConversation(), { funding });
  let plan: DevelopmentPlan = must(created, 'createDevelopmentPlan');
  lines.push(
    `  version ${plan.version}, hash ${plan.hash.slice(0, 12)}…, ${plan.goals.length} goals, ${plan.agreements.length} agreements`,
  );
  for (const finding of created.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);

  const at = (day: string, time: string): string => `2027-${day}T${time}:00+0${day < '03-28' ? 1 : 2}:00`;
  plan = must(
    approvePlan(plan, { by: 'employee', at: at('03-16', '09:00'), version: 1, hash: plan.hash }, { budget: position }),
    'approve',
  );
  const manager1 = approvePlan(plan, { by: 'manager', at: at('03-16', '10:00'), version: 1 }, { budget: position });
  plan = must(manager1, 'approve');
  for (const finding of manager1.findings) lines.push(`  ${formatFinding(finding, 'en')}`);

  // Sanne also wants to go to a conference of € 1.100 from her budget: € 1.550 on € 1.100 (€ 700 and € 400 saved up).
  const tooMuch = must(
    amendPlan(plan, {
      by: 'employee',
      at: at('04-01', '08:00'),
      reason: 'Congres erbij',
      set: { agreements: [...plan.agreements, conferenceAgreement], costs: [...plan.costs, ...conference(false)] },
    }),
    'amend',
  );
  const refused = approvePlan(tooMuch, { by: 'employee', at: at('04-01', '08:30'), version: tooMuch.version }, { budget: position });
  for (const finding of refused.findings) lines.push(`  ${formatFinding(finding, 'nl', { details: true })}`);

  const amended = amendPlan(tooMuch, {
    by: 'employee',
    at: at('04-01', '09:00'),
    reason: 'Het O&O-fonds betaalt een deel van het congres; eerder evalueren',
    set: {
      costs: [...plan.costs, ...conference(true)],
      nextConversation: { date: '2027-08-30', start: '2027-08-30T14:00:00+02:00', minutes: 30, kind: 'checkIn' },
    },
  });
  plan = must(amended, 'amend');
  for (const finding of amended.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);
  const stale = approvePlan(plan, { by: 'manager', at: at('04-01', '10:00'), version: 1 });
  for (const finding of stale.findings) lines.push(`  ${formatFinding(finding, 'en')}`);
  plan = must(approvePlan(plan, { by: 'employee', at: at('04-01', '11:00'), version: plan.version }, { budget: position }), 'approve');
  plan = must(approvePlan(plan, { by: 'manager', at: at('04-01', '12:00'), version: plan.version }, { budget: position }), 'approve');
  plan = must(
    recordProgress(plan, {
      agreementId: 'a3',
      by: 'employee',
      at: at('05-20', '16:00'),
      status: 'done',
      note: 'Verslag gedeeld in het teamoverleg.',
    }),
    'progress',
  );

  const budget = budgetStatus({
    plan,
    expenses: [
      spent2026,
      { id: 'inv-204', date: '2027-04-02', amount: { amount: 60000, currency: 'EUR' }, costLineId: 'c-congres-pob' },
      { id: 'inv-219', date: '2027-05-30', amount: { amount: 45000, currency: 'EUR' }, costLineId: 'a1' },
    ],
    now: '2027-10-15T09:00:00+02:00',
  });
  const status = must(budget, 'budgetStatus');
  const nl = catalogueFor('nl');
  const amount = (q: BudgetAmount | null): string =>
    q === null
      ? '—'
      : 'currency' in q
        ? nl.format.money(q)
        : 'minutes' in q
          ? `${nl.format.number(q.minutes / 60)} uur`
          : `${q.studyPoints} SP`;
  for (const p of status.periods.filter((candidate) => candidate.current)) {
    lines.push(
      `  ${p.title ?? p.source} ${p.start.slice(0, 4)}: available ${amount(p.available)}, committed ${amount(p.committed)}, spent ${amount(p.spent)}, remaining ${amount(p.remaining)}, lapsing ${amount(p.expiring)}`,
    );
  }
  for (const finding of budget.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);
  const due = must(paybackDue(plan, '2028-03-01'), 'paybackDue');
  for (const item of due.items) {
    const why = item.exemption === undefined ? '' : ` (${item.exemption})`;
    lines.push(
      `  leaving on 1 March 2028: ${item.title.slice(0, 40)}…: ${item.percent}% of ${amount(item.paid)} = ${amount(item.due)}${why}`,
    );
  }

  lines.push('', must(renderPlanMarkdown(plan, { locale: 'nl' }), 'render'));
  return lines;
}
