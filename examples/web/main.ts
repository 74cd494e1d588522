// A development conversation in the browser: both sides prepare, write agreements with live SMART
// and WWW feedback, step through the phases, and take the POP and the next appointment home.
// Everything the page knows is the library's state; it only renders it and sends events.
import type { AgreementInput, Conversation, ConversationEventInput, DevelopmentPlan, Finding, Role } from 'ontwikkelgesprek';
import {
  analyzeGoalText,
  approvePlan,
  availableEvents,
  catalogueFor,
  checkAgreement,
  conversationInvitation,
  createConversation,
  createDevelopmentPlan,
  findingMessage,
  phaseQuestions,
  proposeNextConversation,
  renderPlanMarkdown,
  toICalendar,
  transition,
} from 'ontwikkelgesprek';
import { builtInQuestions } from 'ontwikkelgesprek/questions';
import { type Locale, texts } from './texts.js';

const people = { employee: { id: 'emp-sanne', name: 'Sanne de Vries' }, manager: { id: 'mgr-ahmed', name: 'Ahmed Yilmaz' } };
const plannedStart = '2027-03-15T10:00:00+01:00';
const moves = ['start', 'previousPhase', 'nextPhase', 'conclude'] as const;

let locale: Locale = 'nl';
let acting: Role = 'employee';
let conversation: Conversation = must(
  createConversation({ id: 'web-demo', kind: 'development', ...people, plannedStart, plannedMinutes: 60, locale: 'nl' }),
);
let plan: DevelopmentPlan | null = null;
let problems: readonly Finding[] = [];
// The page's own clock: preparation three days before, then a minute per event (the library reads no clock).
let clock = Date.parse('2027-03-12T09:00:00+01:00');

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('the demo data is refused');
  return result.value;
}

/** An instant on the page's clock, in Dutch winter time (the conversation is in March). */
function tick(): string {
  clock += 60_000;
  return `${new Date(clock + 3_600_000).toISOString().slice(0, 19)}+01:00`;
}

const t = () => texts[locale];
const labels = () => catalogueFor(locale).labels;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const html = (text: string) => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
const messages = (findings: readonly Finding[]) => findings.map((f) => findingMessage(f, locale));

/** Sends one event as the side the page acts for; a refusal is shown, not thrown. */
function send(event: Record<string, unknown> & { type: ConversationEventInput['type'] }, by: Role = acting): boolean {
  if (event.type === 'start' && clock < Date.parse(plannedStart)) clock = Date.parse(plannedStart) - 60_000;
  const result = transition(conversation, { ...event, at: tick(), by } as ConversationEventInput);
  problems = result.findings.filter((f) => f.severity !== 'info');
  if (result.ok) conversation = result.value.conversation;
  render();
  return result.ok;
}

function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function header(): string {
  const status = labels().conversationStatus[conversation.status];
  return `<h1>${t().title}</h1>
    <label>${t().language} <select id="locale"><option value="nl">Nederlands</option><option value="en">English</option></select></label>
    <label>${t().actingAs} <select id="acting"><option value="employee">${t().employee}</option><option value="manager">${t().manager}</option></select></label>
    <span id="phase">${t().phase}: <strong>${labels().phase[conversation.phase]}</strong> (${status})</span>`;
}

function preparation(): string {
  const side = (role: Role) => {
    const questions = phaseQuestions(conversation, builtInQuestions, { audience: role, count: 2, seed: 7 });
    const list = questions.ok ? questions.value.map((q) => `<li>${html(q.text[locale])}</li>`).join('') : '';
    return `<div><h3>${t()[role]}</h3><ul>${list}</ul></div>`;
  };
  return `<h2>${labels().phase.preparation}</h2>
    <h3>${t().questions}</h3><div class="columns">${side('employee')}${side('manager')}</div>
    <label for="point">${t().pointTitle}</label><input type="text" id="point" />
    <label for="minutes">${t().minutes}</label><input type="number" id="minutes" value="10" min="1" max="60" />
    <button id="add-point">${t().addPoint}</button>`;
}

function purpose(): string {
  return `<label for="purpose">${t().purpose}</label><input type="text" id="purpose" value="${html(conversation.purpose ?? '')}" />
    <button id="set-purpose">${t().setPurpose}</button>`;
}

function agreements(): string {
  const rows = conversation.agreements
    .filter((entry) => entry.withdrawn === null)
    .map((entry) => {
      const waiting = (['employee', 'manager'] as const).filter((side) => entry.agreement.acceptedBy[side] === undefined);
      const buttons = waiting.map(
        (side) => `<button data-accept="${entry.agreement.id}" data-side="${side}">${t().accept} (${t()[side]})</button>`,
      );
      return `<li>${html(entry.agreement.what)} ${waiting.length === 0 ? `<span class="done">✓ ${t().acceptedByBoth}</span>` : buttons.join('')}</li>`;
    });
  return `<ul id="agreements">${rows.join('')}</ul>
    <label for="what">${t().agreement}</label><textarea id="what" rows="3"></textarea>
    <div class="columns"><div><label for="who">${t().who}</label><select id="who">
      <option value="${people.employee.id}">${t().employee}</option><option value="${people.manager.id}">${t().manager}</option></select></div>
    <div><label for="when">${t().when}</label><input type="date" id="when" value="2027-06-01" /></div></div>
    <label for="measure">${t().measure}</label><input type="text" id="measure" />
    <h3>${t().feedback}</h3><div id="feedback"></div>
    <button id="propose">${t().propose}</button>`;
}

/** The draft agreement as the form holds it. */
function draft(): AgreementInput {
  const value = (id: string) => $<HTMLInputElement>(id).value.trim();
  const measure = value('measure');
  return {
    id: `a${conversation.agreements.length + 1}`,
    what: value('what'),
    who: value('who'),
    when: value('when'),
    ...(measure ? { measure } : {}),
  };
}

/** Live feedback: WWW and SMART verdicts, the findings, and the words that decided them marked in the text. */
function feedback(): void {
  const box = $('feedback');
  if (box === null) return;
  const agreement = draft();
  const participants = [
    { ...people.employee, role: 'employee' as const },
    { ...people.manager, role: 'manager' as const },
  ];
  const report = checkAgreement(agreement, {
    now: new Date(clock + 3_600_000).toISOString().slice(0, 19).concat('+01:00'),
    locale,
    participants,
  });
  const chip = (name: string, status: string) => `<li class="${status}">${name}</li>`;
  const www = (['who', 'what', 'when'] as const).map((c) => chip(t().www[c], report.www[c].status));
  const smart = (['specific', 'measurable', 'acceptable', 'realistic', 'timeBound'] as const).map((c) =>
    chip(labels().conversationSmart[c], report.smart[c].status),
  );
  const analysis = analyzeGoalText(agreement.what, { locale });
  const spans = (['specific', 'measurable', 'timeBound'] as const)
    .flatMap((c) => analysis[c].evidence.map((span) => ({ ...span, c })))
    .sort((a, b) => a.start - b.start);
  let marked = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    marked += `${html(agreement.what.slice(at, span.start))}<mark title="${labels().conversationSmart[span.c]}">${html(agreement.what.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  marked += html(agreement.what.slice(at));
  const found = messages(report.findings.filter((f) => f.severity !== 'info'));
  box.innerHTML = `<ul class="criteria" id="www">${www.join('')}</ul><ul class="criteria" id="smart">${smart.join('')}</ul>
    <div class="preview" id="evidence">${marked}</div><ul class="findings" id="draft-findings">${found.map((m) => `<li>${html(m)}</li>`).join('')}</ul>`;
}

function work(): string {
  if (conversation.status === 'concluded') return pop();
  const activities = conversation.template.phases.find((phase) => phase.id === conversation.phase)?.activities ?? [];
  const parts = [`<h2>${labels().phase[conversation.phase]}</h2>`];
  if (activities.includes('prepare')) parts[0] = preparation();
  if (activities.includes('purpose')) parts.push(purpose());
  if (activities.includes('agreements')) parts.push(agreements());
  if (activities.includes('schedule')) parts.push(`<button id="plan-next">${t().planNext}</button>`);
  if (activities.includes('evaluate')) {
    parts.push(`<label for="rating">${t().rating}</label><input type="number" id="rating" min="1" max="5" value="4" />
      <button id="evaluate">${t().evaluate}</button>`);
  }
  if (activities.includes('notes'))
    parts.push(`<label for="note">${t().note}</label><input type="text" id="note" /><button id="add-note">${t().addNote}</button>`);
  const next = conversation.nextConversation;
  if (next) parts.push(`<p id="next">${t().nextConversation}: ${next.date}, ${next.start.slice(11, 16)}–${next.end.slice(11, 16)}</p>`);
  return parts.join('\n');
}

function pop(): string {
  plan ??= must(createDevelopmentPlan(conversation));
  const waiting = (['employee', 'manager'] as const).filter(
    (side) => !plan?.approvals.some((a) => a.by === side && a.version === plan?.version),
  );
  const approve = waiting.map((side) => `<button data-approve="${side}">${t().approve} (${t()[side]})</button>`).join('');
  return `<h2>${t().pop}</h2>
    <p id="plan-status">${waiting.length === 0 ? `<span class="done">✓ ${t().approved}</span>` : approve}</p>
    <button id="download-pop">${t().downloadPop}</button> <button id="download-ics">${t().downloadIcs}</button>`;
}

function agenda(): string {
  const items = conversation.agenda?.items ?? [];
  const rows = items.map((item) => `<li>${html(item.title)} (${item.minutes} min${item.joint ? `, ${t().joint}` : ''})</li>`);
  return `<h2>${t().agenda}</h2><ol>${rows.join('')}</ol>`;
}

/** The moves `availableEvents` offers: disabled where not ready or not this side's, with the reason. */
function movesPanel(): string {
  const available = availableEvents(conversation);
  const offered = (available.ok ? available.value : []).filter(
    (e) =>
      (moves as readonly string[]).includes(e.type) &&
      // A move that is simply not possible in this phase is left out, not shown disabled.
      !e.findings.some((f) => f.code === 'conversation.event.notNow' || f.code === 'conversation.event.closed') &&
      (e.by.length > 0 || e.findings.length > 0),
  );
  return offered
    .map((event) => {
      const mine = event.by.length === 0 || event.by.includes(acting);
      const why = mine
        ? messages(event.findings.filter((f) => f.severity === 'error'))
        : [t().notYou(event.by.map((r) => labels().participantRole[r]).join(' / '))];
      const enabled = event.ready && event.by.includes(acting);
      const label = labels().conversationEvent[event.type];
      return `<button data-move="${event.type}" ${enabled ? '' : 'disabled'} title="${html(why.join(' '))}">${label}</button>${
        enabled ? '' : `<p class="why">${html(why.join(' '))}</p>`
      }`;
    })
    .join('');
}

function render(): void {
  document.documentElement.lang = locale;
  $('top').innerHTML = header();
  $<HTMLSelectElement>('locale').value = locale;
  $<HTMLSelectElement>('acting').value = acting;
  $('work').innerHTML = work();
  $('agenda').innerHTML = agenda();
  $('moves').innerHTML = movesPanel();
  $('problems').innerHTML =
    problems.length === 0
      ? ''
      : `<h2>${t().refused}</h2><ul class="findings">${problems
          .map((f) => `<li class="${f.severity}">${html(findingMessage(f, locale))}</li>`)
          .join('')}</ul>`;
  feedback();
}

function approve(side: Role): void {
  if (plan === null) return;
  const result = approvePlan(plan, { by: side, at: tick(), version: plan.version, hash: plan.hash });
  problems = result.findings.filter((f) => f.severity !== 'info');
  if (result.ok) plan = result.value;
  render();
}

function downloads(kind: 'pop' | 'ics'): void {
  if (kind === 'pop' && plan !== null) {
    const markdown = renderPlanMarkdown(plan, { locale });
    if (markdown.ok) download('pop.md', 'text/markdown', markdown.value);
    return;
  }
  const next = conversation.nextConversation;
  if (next === null) return;
  const invitation = conversationInvitation({
    uid: `${conversation.id}-next@example.org`,
    conversation: next,
    employeeName: people.employee.name,
    organizer: { email: 'ahmed@example.org', name: people.manager.name },
    attendees: [{ email: 'sanne@example.org', name: people.employee.name, rsvp: true }],
    locale,
  });
  const ics = invitation.ok
    ? toICalendar([invitation.value], { dtstamp: tick(), method: 'request', timeZone: 'Europe/Amsterdam' })
    : undefined;
  if (ics?.ok) download('volgend-gesprek.ics', 'text/calendar', ics.value);
}

document.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  if (target.id === 'locale') locale = target.value as Locale;
  if (target.id === 'acting') acting = target.value as Role;
  if (target.id === 'locale' || target.id === 'acting') render();
});

document.addEventListener('input', (event) => {
  if (['what', 'who', 'when', 'measure'].includes((event.target as HTMLElement).id)) feedback();
});

document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (button === null) return;
  const value = (id: string) => $<HTMLInputElement>(id).value.trim();
  const { move, accept, side, approve: approving } = button.dataset;
  if (move) send({ type: move as (typeof moves)[number] });
  else if (accept && side) send({ type: 'acceptAgreement', agreementId: accept }, side as Role);
  else if (approving) approve(approving as Role);
  else if (button.id === 'add-point') {
    const id = `${acting}-${conversation.agendaPoints[acting].length + 1}`;
    const point = { id, title: value('point'), priority: 'should', minutes: Number(value('minutes')) };
    if (send({ type: 'addAgendaPoint', point }) && conversation.agenda === null) send({ type: 'mergeAgenda' });
  } else if (button.id === 'set-purpose') send({ type: 'setPurpose', purpose: value('purpose') });
  else if (button.id === 'add-note') send({ type: 'addNote', text: value('note') });
  else if (button.id === 'propose') send({ type: 'proposeAgreement', agreement: draft() });
  else if (button.id === 'evaluate') send({ type: 'evaluate', rating: Number(value('rating')) });
  else if (button.id === 'plan-next') {
    const next = proposeNextConversation(conversation, { at: tick(), by: acting, kind: 'checkIn', preferredTime: '10:00' });
    if (next.ok) send(next.value);
    else problems = next.findings;
  } else if (button.id === 'download-pop') downloads('pop');
  else if (button.id === 'download-ics') downloads('ics');
});

render();
