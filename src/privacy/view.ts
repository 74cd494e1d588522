// What one person may see of a conversation or a plan.
import type { Result } from '../core/index.js';
import { deepFreeze, fail, ok, parseWith } from '../core/index.js';
import type { Conversation, ConversationEvaluation } from '../conversation/index.js';
import { collectedFeedback, evaluationsOf, replay } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { DevelopmentPlan } from '../plan/index.js';
import { validatePlan } from '../plan/index.js';
import { ageBand } from './age.js';
import { viewerSchema } from './schema.js';
import { mayRead, noteIdOf, refKey, roleIn, textsOf } from './texts.js';
import type { ConversationView, FeedbackRequestView, PlanView, PreparationView, Viewer, ViewerOf } from './types.js';

/** A conversation a caller hands in, validated (a state the library made passes at once). */
export function readConversation(conversation: unknown): Result<Conversation> {
  return replay([], { from: conversation as Conversation });
}

/** The viewer as the conversation knows them, or why they see nothing. */
export function viewerIn(conversation: Conversation, input: unknown): Result<ViewerOf> {
  const parsed = parseWith(viewerSchema, input, { path: ['viewer'] });
  if (!parsed.ok) return parsed;
  const { id, role: given } = parsed.value;
  const role = roleIn(conversation, id);
  if (role === undefined) return fail([finding.error('privacy.viewer.notParticipant', { path: ['viewer', 'id'] })]);
  const findings =
    given !== undefined && given !== role
      ? [finding.warning('privacy.viewer.roleMismatch', { path: ['viewer', 'role'], params: { given, role } })]
      : [];
  return ok({ id, role }, findings);
}

/** The view of a validated conversation for a known viewer. */
export function viewOf(conversation: Conversation, viewer: ViewerOf): ConversationView {
  const readable = new Set<string>();
  for (const entry of textsOf(conversation)) {
    if (mayRead(viewer, entry.author, entry.visibility, entry.sharedWith)) readable.add(refKey(entry.ref));
  }
  const can = (key: string): boolean => readable.has(key);
  const side = viewer.role === 'employee' || viewer.role === 'manager';
  const keep = <T>(list: readonly T[], key: (item: T, index: number) => string): T[] => list.filter((item, index) => can(key(item, index)));
  const noteKey = (note: { readonly id?: string | undefined }, index: number) => refKey({ kind: 'note', id: noteIdOf(note, index) });
  const agreementKey = (entry: { readonly agreement: { readonly id: string } }) => refKey({ kind: 'agreement', id: entry.agreement.id });
  const { unrecognized: _unrecognized, previousNextTime, evaluations: _evaluations, employeeAge, ...rest } = conversation;
  const view: ConversationView = {
    ...rest,
    // The age only as a band, and only for the two sides.
    ...(side && employeeAge !== undefined ? { employeeAge: ageBand(employeeAge) } : {}),
    purpose: can('purpose') ? conversation.purpose : null,
    overarchingGoal: can('purpose') ? conversation.overarchingGoal : null,
    preparation: {
      employee: keep(conversation.preparation.employee, (a) =>
        refKey({ kind: 'preparationAnswer', side: 'employee', questionId: a.questionId }),
      ),
      manager: keep(conversation.preparation.manager, (a) =>
        refKey({ kind: 'preparationAnswer', side: 'manager', questionId: a.questionId }),
      ),
      ...preparationInputFor(conversation, can),
      ...feedbackRequestsFor(conversation, can),
    },
    // The agenda is what both sides put on the table: theirs to see.
    agendaPoints: side ? conversation.agendaPoints : { employee: [], manager: [] },
    agenda: side ? conversation.agenda : null,
    notes: keep(conversation.notes, noteKey),
    needs: {
      employee: keep(conversation.needs.employee, (need) => refKey({ kind: 'need', id: need.id })),
      manager: keep(conversation.needs.manager, (need) => refKey({ kind: 'need', id: need.id })),
    },
    agreements: keep(conversation.agreements, agreementKey),
    supportAgreements: keep(conversation.supportAgreements, agreementKey),
    ...evaluationsFor(conversation, viewer),
    postponement: can('postponement') ? conversation.postponement : null,
    cancellation: can('cancellation') ? conversation.cancellation : null,
    previousOpenAgreements: side ? conversation.previousOpenAgreements : [],
    ...(side && previousNextTime !== undefined ? { previousNextTime } : {}),
    // What was done for a side is that side's to see (only a side is acted for), and the actor's.
    actsOnBehalf: (conversation.actsOnBehalf ?? []).filter((act) => act.actor === viewer.id || act.onBehalfOf === viewer.role),
    erasures: (conversation.erasures ?? []).filter((record) => can(refKey(record.text))),
    viewer,
  };
  return deepFreeze(view);
}

/** The competence scans and the shared colleague feedback the viewer may read (each left out when not). */
function preparationInputFor(conversation: Conversation, can: (key: string) => boolean): Pick<PreparationView, 'competences' | 'feedback'> {
  const scans = conversation.preparation.competences;
  // A scan is readable only when it is there.
  const employee = can(refKey({ kind: 'competenceScan', side: 'employee' })) ? scans?.employee : undefined;
  const manager = can(refKey({ kind: 'competenceScan', side: 'manager' })) ? scans?.manager : undefined;
  const feedback = conversation.preparation.feedback;
  return {
    ...(employee === undefined && manager === undefined
      ? {}
      : { competences: { ...(employee === undefined ? {} : { employee }), ...(manager === undefined ? {} : { manager }) } }),
    ...(can(refKey({ kind: 'feedback' })) ? { feedback } : {}),
  };
}

/**
 * The requests for colleague feedback the viewer may read, never with the answers themselves: the
 * employee, who may read them, gets what they may show (the summary, which names no one who did not sign).
 */
function feedbackRequestsFor(conversation: Conversation, can: (key: string) => boolean): Pick<PreparationView, 'feedbackRequests'> {
  const requests: FeedbackRequestView[] = [];
  for (const record of conversation.preparation.feedbackRequests ?? []) {
    if (!can(refKey({ kind: 'feedbackRequest', id: record.id }))) continue;
    const { answers, ...request } = record;
    // The answers are readable only when there are some.
    const summary = can(refKey({ kind: 'feedbackAnswers', requestId: record.id })) ? collectedFeedback(conversation, record.id) : undefined;
    requests.push(summary?.ok === true ? { ...request, summary: summary.value } : request);
  }
  return requests.length === 0 ? {} : { feedbackRequests: requests };
}

/** The evaluations the viewer may read: both sides' when both, else the latest one they may read. */
function evaluationsFor(conversation: Conversation, viewer: ViewerOf): Pick<Conversation, 'evaluation' | 'evaluations'> {
  const readable = (record: ConversationEvaluation | undefined): ConversationEvaluation | undefined =>
    record !== undefined &&
    mayRead(viewer, { role: record.by, id: conversation[record.by].id }, record.visibility ?? 'shared', record.sharedWith ?? [])
      ? record
      : undefined;
  const { employee, manager } = evaluationsOf(conversation);
  const own = { employee: readable(employee), manager: readable(manager) };
  const latest = readable(conversation.evaluation ?? undefined) ?? own.employee ?? own.manager ?? null;
  return own.employee !== undefined && own.manager !== undefined ? { evaluation: latest, evaluations: own } : { evaluation: latest };
}

/**
 * What one person may see of a conversation: every text they may read, and nothing else. A
 * preparation answer is its writer's until shared; a note, a need, an agreement and the evaluation
 * are for the employee and the manager unless their writer chose otherwise (`private`: the writer
 * only; `hr`: also the HR adviser; `sharedWith`: named participants, such as a mentor); of the two
 * sides' evaluations each is judged on its own, and `evaluation` is the latest the viewer may read. The agenda,
 * the purpose and the reasons for postponing or cancelling are the two sides'. A third party sees the
 * course of the conversation (phases, dates, the next appointment) and what is shared with them. The
 * employee's age reaches the two sides only, as a band; the wishes carried from the previous POP too. The
 * viewer is known by their id: someone who does not take part sees nothing (`privacy.viewer.notParticipant`).
 * Never throws.
 *
 * @example
 * ```ts
 * import { createConversation, transition, viewFor } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   participants: [{ id: 'mentor-2', name: 'Joost', role: 'mentor' }],
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const answered = transition(created.value, {
 *     type: 'answerPreparation', at: '2027-03-10T09:00:00+01:00', by: 'employee', questionId: 'q1', answer: 'Ik twijfel over mijn rol.',
 *   });
 *   if (answered.ok) {
 *     const manager = viewFor(answered.value.conversation, { id: 'mgr-1' });
 *     manager.ok && manager.value.preparation.employee.length; // 0: private until Sanne shares it
 *     const employee = viewFor(answered.value.conversation, { id: 'emp-1' });
 *     employee.ok && employee.value.preparation.employee[0]?.answer; // 'Ik twijfel over mijn rol.'
 *     viewFor(answered.value.conversation, { id: 'someone-else' }).ok; // false
 *   }
 * }
 * ```
 */
export function viewFor(conversation: Conversation, viewer: Viewer): Result<ConversationView> {
  const state = readConversation(conversation);
  if (!state.ok) return state;
  const who = viewerIn(state.value, viewer);
  if (!who.ok) return who;
  return ok(viewOf(state.value, who.value), who.findings);
}

/** Who a plan is for: the employee and the manager by id, an HR adviser by role when the plan is `hr`, named participants. */
export function planViewer(plan: DevelopmentPlan, id: string, role: Viewer['role']): ViewerOf | undefined {
  if (id === plan.employee.id) return { id, role: 'employee' };
  if (id === plan.manager.id) return { id, role: 'manager' };
  if (role === 'hrAdviser' && plan.visibility === 'hr') return { id, role };
  if ((plan.sharedWith ?? []).includes(id)) return { id, role: role ?? 'mentor' };
  return undefined;
}

/**
 * What one person may see of a plan: all of it, or nothing. The employee and the manager read their
 * plan; an HR adviser reads a plan that is `hr` (the personnel file); a participant named in
 * `sharedWith` (a mentor) reads it too; anyone else gets `privacy.viewer.notParticipant`. The plan is
 * validated first. Never throws.
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan, planViewFor } from 'ontwikkelgesprek';
 * const drafted = draftDevelopmentPlan({
 *   by: 'employee', at: '2027-03-15T12:00:00+01:00',
 *   content: {
 *     id: 'pop-1', kind: 'development', employee: { id: 'e-17', name: 'Sanne' }, manager: { id: 'm-3', name: 'Karim' },
 *     period: { start: '2027-03-15', end: '2028-03-15' }, ambitions: [], goals: [], agreements: [], costs: [],
 *     nextConversation: null, evaluation: null, visibility: 'hr',
 *   },
 * });
 * if (drafted.ok) {
 *   planViewFor(drafted.value, { id: 'hr-7', role: 'hrAdviser' }).ok; // true: the plan is in the personnel file
 *   planViewFor(drafted.value, { id: 'mentor-2', role: 'mentor' }).ok; // false
 * }
 * ```
 */
export function planViewFor(plan: DevelopmentPlan, viewer: Viewer): Result<PlanView> {
  const read = validatePlan(plan, ['plan']);
  if (!read.ok) return read;
  const parsed = parseWith(viewerSchema, viewer, { path: ['viewer'] });
  if (!parsed.ok) return parsed;
  const who = planViewer(read.value, parsed.value.id, parsed.value.role);
  if (who === undefined) return fail([finding.error('privacy.viewer.notParticipant', { path: ['viewer', 'id'] })]);
  const { unrecognized: _unrecognized, ...rest } = read.value;
  return ok(deepFreeze({ ...rest, viewer: who }), read.findings);
}
