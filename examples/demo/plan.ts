import type { Conversation, DevelopmentPlan, Result } from '../../src/index.js';
import {
  amendPlan,
  approvePlan,
  budgetStatus,
  createDevelopmentPlan,
  formatFinding,
  catalogueFor,
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

/** Shows the POP: assembled from the conversation, approved by both, amended, progress, budget, Markdown. */
export function planSection(): string[] {
  const lines = ['== The POP: from conversation to approved plan =='];
  const created = createDevelopmentPlan(demoConversation());
  let plan: DevelopmentPlan = must(created, 'createDevelopmentPlan');
  lines.push(
    `  version ${plan.version}, hash ${plan.hash.slice(0, 12)}…, ${plan.goals.length} goals, ${plan.agreements.length} agreements`,
  );
  for (const finding of created.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);

  plan = must(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: plan.hash }), 'approve');
  const manager1 = approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 });
  plan = must(manager1, 'approve');
  for (const finding of manager1.findings) lines.push(`  ${formatFinding(finding, 'en')}`);

  const amended = amendPlan(plan, {
    by: 'employee',
    at: '2027-04-01T09:00:00+02:00',
    reason: 'Eerder evalueren, na de eerste klantpresentaties',
    set: { nextConversation: { date: '2027-08-30', start: '2027-08-30T14:00:00+02:00', minutes: 30, kind: 'checkIn' } },
  });
  plan = must(amended, 'amend');
  for (const finding of amended.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);
  const stale = approvePlan(plan, { by: 'manager', at: '2027-04-01T10:00:00+02:00', version: 1 });
  for (const finding of stale.findings) lines.push(`  ${formatFinding(finding, 'en')}`);
  plan = must(approvePlan(plan, { by: 'employee', at: '2027-04-01T11:00:00+02:00', version: 2 }), 'approve');
  plan = must(approvePlan(plan, { by: 'manager', at: '2027-04-01T12:00:00+02:00', version: 2 }), 'approve');
  plan = must(
    recordProgress(plan, {
      agreementId: 'a2',
      by: 'employee',
      at: '2027-05-20T16:00:00+02:00',
      status: 'done',
      note: 'Certificaat gehaald; planning staat in het systeem.',
    }),
    'progress',
  );

  const budget = budgetStatus({
    budget: { employeeId: employee.id, year: 2027, amount: { amount: 100000, currency: 'EUR' } },
    plan,
    expenses: [{ id: 'inv-204', date: '2027-05-02', amount: { amount: 45000, currency: 'EUR' }, agreementId: 'a1' }],
    now: '2027-10-15T09:00:00+02:00',
  });
  const status = must(budget, 'budgetStatus');
  const money = (q: typeof status.spent): string => ('currency' in q ? catalogueFor('nl').format.money(q) : `${q.studyPoints} SP`);
  lines.push(`  budget 2027: committed ${money(status.committed)}, spent ${money(status.spent)}, remaining ${money(status.remaining)}`);
  for (const finding of budget.findings) lines.push(`  ${formatFinding(finding, 'nl')}`);

  lines.push('', must(renderPlanMarkdown(plan, { locale: 'nl' }), 'render'));
  return lines;
}
