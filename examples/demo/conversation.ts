import { nl } from '../../src/locales/nl/index.js';
import type { Conversation, ConversationEventInput, Finding, PhaseId } from '../../src/index.js';
import {
  agendaProgress,
  availableEvents,
  createConversation,
  evaluativeDrift,
  formatFinding,
  inputBalance,
  openAgreements,
  phaseQuestions,
  phaseTimes,
  proposeNextConversation,
  replay,
  transition,
} from '../../src/index.js';
// The host chooses the question bank; this demo uses the built-in one.
import { builtInQuestions } from '../../src/questions/entry.js';

const at = (time: string, day = '15'): string => `2027-03-${day}T${time}:00+01:00`;
const label = (phase: string): string => nl.labels.phase[phase as PhaseId] ?? phase;

/**
 * Sanne (employee) and Ahmed (manager) hold a development conversation: both prepare, the agenda is
 * merged, the eight phases run with guards (one refusal shown), and the conversation ends with the
 * next appointment planned and the event log replayed to the same state.
 */
export function conversationSection(): string[] {
  const lines = ['== Conversation: from preparation to conclusion and the next appointment =='];
  const created = createConversation({
    id: 'sanne-2027-03',
    kind: 'development',
    employee: { id: 'emp-sanne', name: 'Sanne de Vries' },
    manager: { id: 'mgr-ahmed', name: 'Ahmed Yilmaz' },
    plannedStart: at('10:00'),
    plannedMinutes: 60,
    locale: 'nl',
    previousPlan: { agreements: [{ id: 'pop-2026-1', what: 'Training feedback geven volgen', who: 'emp-sanne', when: '2026-10-01' }] },
  });
  if (!created.ok) return [...lines, ...created.findings.map((f) => `  ${formatFinding(f, 'nl')}`)];
  let state: Conversation = created.value;
  const log: ConversationEventInput[] = [];
  const show = (findings: readonly Finding[]) =>
    findings
      .filter((f) => f.severity !== 'info')
      .forEach((f) => {
        lines.push(`      ${formatFinding(f, 'nl')}`);
      });
  const send = (event: ConversationEventInput): boolean => {
    const result = transition(state, event, { patches: true });
    if (!result.ok) {
      lines.push(`  ✗ ${event.type} (${event.by}) geweigerd:`);
      show(result.findings);
      return false;
    }
    const moved = result.value.conversation.phase !== state.phase;
    state = result.value.conversation;
    log.push(event);
    lines.push(
      `  ✓ ${event.type} (${event.by})${moved ? ` -> ${label(state.phase)}` : ''}  [${result.value.patches?.length ?? 0} patch(es)]`,
    );
    show(result.findings);
    return true;
  };

  lines.push('-- Voorbereiding');
  const questions = phaseQuestions(state, builtInQuestions, { audience: 'employee', count: 2 });
  if (questions.ok)
    questions.value.forEach((question) => {
      lines.push(`  vraag voor Sanne: ${question.text.nl}`);
    });
  send({
    type: 'answerPreparation',
    at: at('09:00', '12'),
    by: 'employee',
    questionId: 'prep-1',
    answer: 'De migratie ging goed; ik wil meer met klanten werken.',
  });
  send({
    type: 'addAgendaPoint',
    at: at('09:05', '12'),
    by: 'employee',
    point: { id: 'sanne-1', title: 'Presenteren voor klanten', topic: 'competences', priority: 'must', minutes: 15 },
  });
  send({
    type: 'addAgendaPoint',
    at: at('09:10', '12'),
    by: 'employee',
    point: { id: 'sanne-2', title: 'Werkdruk in het voorjaar', topic: 'workloadCapacity', priority: 'should', minutes: 10 },
  });
  send({
    type: 'addAgendaPoint',
    at: at('14:00', '12'),
    by: 'manager',
    point: { id: 'ahmed-1', title: 'klanten: presenteren', topic: 'competences', priority: 'should', minutes: 10 },
  });
  send({ type: 'start', at: at('09:30'), by: 'manager' });
  send({
    type: 'setPurpose',
    at: at('09:35'),
    by: 'employee',
    purpose: 'Mijn volgende stap richting klantcontact bepalen',
    overarchingGoal: 'Over een jaar zelfstandig klantdemo’s geven',
  });
  send({ type: 'mergeAgenda', at: at('09:40'), by: 'manager' });
  const agenda = agendaProgress(state);
  if (agenda.ok)
    agenda.value.items.forEach((item) => {
      lines.push(`    agenda: ${item.title} (${item.minutes} min${item.joint ? ', gezamenlijk' : ''})`);
    });

  lines.push('-- Het gesprek');
  send({ type: 'start', at: at('10:00'), by: 'manager' });
  send({ type: 'nextPhase', at: at('10:05'), by: 'manager' });
  send({ type: 'addNote', at: at('10:08'), by: 'employee', text: 'Reisverslag: migratie afgerond, twee collega’s ingewerkt.' });
  send({ type: 'markAgendaItemDone', at: at('10:12'), by: 'manager', itemId: 'pop-2026-1' });
  send({ type: 'nextPhase', at: at('10:14'), by: 'employee' });
  send({ type: 'addNote', at: at('10:15'), by: 'manager', text: 'Sterk: legt geduldig en helder uit; collega’s vragen haar om uitleg.' });
  send({ type: 'nextPhase', at: at('10:15'), by: 'employee' });
  send({
    type: 'addNeed',
    at: at('10:16'),
    by: 'employee',
    need: { id: 'n1', text: 'Beter presenteren voor klanten', focus: 'skills', goalIds: ['goal-klantgericht'] },
  });
  const time = phaseTimes(state, { now: at('10:20') });
  if (time.ok) {
    const { current, totalLeftMinutes } = time.value;
    lines.push(
      `    tijd: ${label(current?.phase ?? '')} ${current?.usedMinutes} van ${current?.plannedMinutes} min; nog ${totalLeftMinutes} min in totaal`,
    );
  }
  send({ type: 'nextPhase', at: at('10:25'), by: 'manager' });
  send({
    type: 'addNeed',
    at: at('10:27'),
    by: 'manager',
    need: { id: 'n2', text: 'Kennis van de nieuwe producten', focus: 'knowledge', goalIds: ['goal-digitaal'] },
  });
  send({ type: 'markAgendaItemDone', at: at('10:30'), by: 'manager', itemId: 'sanne-1' });
  send({ type: 'nextPhase', at: at('10:33'), by: 'manager' });
  send({
    type: 'proposeAgreement',
    at: at('10:35'),
    by: 'employee',
    agreement: {
      id: 'a1',
      what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem',
      who: 'emp-sanne',
      when: '2027-06-01',
      measure: 'Twee demo’s gegeven en feedback van de klant gevraagd',
      linkedNeedIds: ['n1'],
    },
  });
  send({ type: 'nextPhase', at: at('10:37'), by: 'employee' });
  send({ type: 'acceptAgreement', at: at('10:38'), by: 'manager', agreementId: 'a1' });
  send({ type: 'nextPhase', at: at('10:42'), by: 'employee' });
  send({
    type: 'proposeSupport',
    at: at('10:44'),
    by: 'employee',
    agreement: {
      id: 's1',
      what: 'Ahmed plant voor 15 april 2027 twee coachingsgesprekken van een uur',
      who: 'mgr-ahmed',
      when: '2027-04-15',
    },
  });
  send({ type: 'acceptSupport', at: at('10:45'), by: 'manager', agreementId: 's1' });
  send({ type: 'nextPhase', at: at('10:47'), by: 'manager' });
  const next = proposeNextConversation(state, {
    at: at('10:49'),
    by: 'manager',
    kind: 'checkIn',
    employeeWishMonths: 3,
    preferredTime: '10:00',
  });
  if (next.ok) send(next.value);
  send({ type: 'nextPhase', at: at('10:51'), by: 'manager' });
  const available = availableEvents(state);
  const conclude = available.ok ? available.value.find((event) => event.type === 'conclude') : undefined;
  lines.push(
    `    afronden mogelijk: ${conclude?.ready ? 'ja' : 'nee'}; ${conclude?.findings.map((f) => f.code).join(', ') || 'geen signalen'}`,
  );
  send({ type: 'evaluate', at: at('10:54'), by: 'employee', rating: 4, feedback: 'Fijn dat ik zelf de oplossing mocht voorstellen.' });
  send({ type: 'conclude', at: at('10:58'), by: 'manager' });

  lines.push('-- Na afloop');
  lines.push(`  status: ${state.status}, ${state.version} gebeurtenissen, afgerond om ${state.concludedAt}`);
  lines.push(
    `  volgend gesprek: ${state.nextConversation?.date} ${state.nextConversation?.start} tot ${state.nextConversation?.end} (${state.nextConversation?.kind})`,
  );
  const open = openAgreements(state);
  for (const entry of open.ok ? open.value : [])
    lines.push(`  afspraak ${entry.entry.agreement.id}: ${entry.entry.agreement.what} (voorgesteld door ${entry.entry.proposedBy})`);
  const balance = inputBalance(state);
  if (balance.ok) {
    const { employee, manager, employeeShare } = balance.value;
    lines.push(
      `  inbreng: medewerker ${employee.total}, leidinggevende ${manager.total} (aandeel medewerker ${Math.round(employeeShare * 100)}%)`,
    );
  }
  const drift = evaluativeDrift(state);
  lines.push(`  beoordelende onderwerpen op de agenda: ${drift.ok ? drift.value.items.length : '?'}`);
  const replayed = replay(log, {
    input: {
      id: 'sanne-2027-03',
      kind: 'development',
      templateVersion: 2,
      employee: state.employee,
      manager: state.manager,
      plannedStart: at('10:00'),
      plannedMinutes: 60,
      locale: 'nl',
      previousPlan: { agreements: [...state.previousOpenAgreements] },
    },
  });
  lines.push(
    `  replay van ${log.length} gebeurtenissen geeft dezelfde toestand: ${replayed.ok && JSON.stringify(replayed.value) === JSON.stringify(state) ? 'ja' : 'nee'}`,
  );
  return lines;
}
