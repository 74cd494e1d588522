import type { Instant, Result } from '../core/index.js';
import { deepFreeze, fail, instantSchema, minutesBetween, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { PhaseId, Role } from '../vocabulary/index.js';
import type { PhaseTimesOptions } from './api-types.js';
import { agendaFindingsOf } from './handlers-prepare.js';
import { readState } from './state.js';
import type { AgendaEntry, Conversation, ConversationAgreement } from './types.js';

/**
 * Time of one phase against the plan, in whole minutes.
 *
 * @example
 * ```ts
 * import type { PhaseTime } from 'ontwikkelgesprek';
 * const time: PhaseTime = { phase: 'agreements', plannedMinutes: 13, usedMinutes: 15, leftMinutes: -2, current: true };
 * ```
 */
export interface PhaseTime {
  readonly phase: PhaseId;
  readonly plannedMinutes: number;
  readonly usedMinutes: number;
  /** Planned minus used; negative when the phase runs over. */
  readonly leftMinutes: number;
  readonly current: boolean;
}

/**
 * The conversation's time against its plan: per phase, for the current phase, and in total.
 *
 * @example
 * ```ts
 * import type { TimeView } from 'ontwikkelgesprek';
 * function summary(view: TimeView): string {
 *   return `${view.current?.phase ?? '-'}: ${view.current?.leftMinutes ?? 0} min left, ${view.totalLeftMinutes} in total`;
 * }
 * ```
 */
export interface TimeView {
  readonly phases: readonly PhaseTime[];
  readonly current: PhaseTime | undefined;
  readonly availableMinutes: number;
  readonly totalUsedMinutes: number;
  readonly totalLeftMinutes: number;
}

/**
 * Time used and left per phase at `now`, against the available minutes shared out by the template's
 * phase weights. Preparation (weight 0) has no talk time; a phase visited twice adds up. `now` must
 * be an instant.
 *
 * @example
 * ```ts
 * import { createConversation, phaseTimes } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const view = phaseTimes(created.value, { now: '2027-03-15T10:00:00+01:00' });
 *   view.ok && view.value.totalLeftMinutes; // 60
 * }
 * ```
 */
export function phaseTimes(conversation: Conversation, options: PhaseTimesOptions): Result<TimeView> {
  const state = readState(conversation);
  if (!state.ok) return state;
  let given: unknown;
  try {
    given = options !== null && typeof options === 'object' ? options.now : undefined;
  } catch {
    return fail([finding.error('input.unreadable', { path: ['now'], params: { detail: 'options' } })]);
  }
  const now = parseWith(instantSchema, given, { path: ['now'] });
  if (!now.ok) return now;
  return ok(timeView(state.value, now.value));
}

/**
 * Whole minutes in proportion to the weights that add up to exactly `total` (largest remainder; ties
 * go to the earlier phase), so the plan per phase never promises more or less than the time there is.
 */
function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

function timeView(conversation: Conversation, now: Instant): TimeView {
  const open = conversation.status === 'inProgress';
  const planned = shareOut(
    conversation.availableMinutes,
    conversation.template.phases.map((phase) => phase.weight),
  );
  const phases = conversation.template.phases.map((phase, index): PhaseTime => {
    const plannedMinutes = planned[index] ?? 0;
    const usedMinutes = conversation.phaseHistory
      .filter((visit) => visit.phase === phase.id && phase.weight > 0)
      .reduce((sum, visit) => {
        const end = visit.leftAt ?? (open ? now : visit.enteredAt);
        return sum + Math.max(0, minutesBetween(visit.enteredAt, end));
      }, 0);
    return {
      phase: phase.id,
      plannedMinutes,
      usedMinutes,
      leftMinutes: plannedMinutes - usedMinutes,
      current: open && phase.id === conversation.phase,
    };
  });
  const totalUsedMinutes = phases.reduce((sum, phase) => sum + phase.usedMinutes, 0);
  return deepFreeze({
    phases,
    current: phases.find((phase) => phase.current),
    availableMinutes: conversation.availableMinutes,
    totalUsedMinutes,
    totalLeftMinutes: conversation.availableMinutes - totalUsedMinutes,
  });
}

/**
 * The merged agenda with what is done: the items in order, and counts of done and open items and minutes.
 *
 * @example
 * ```ts
 * import type { AgendaProgress } from 'ontwikkelgesprek';
 * const progress: AgendaProgress = { merged: false, items: [], deferred: [], done: 0, open: 0, minutesDone: 0, minutesOpen: 0 };
 * ```
 */
export interface AgendaProgress {
  /** Whether the agenda has been merged yet. */
  readonly merged: boolean;
  readonly items: readonly AgendaEntry[];
  readonly deferred: readonly AgendaEntry[];
  readonly done: number;
  readonly open: number;
  readonly minutesDone: number;
  readonly minutesOpen: number;
}

/**
 * The merged agenda with its done flags, and how far the conversation got through it. Its findings
 * are everything the merged agenda says now (joint points, the time budget, an evaluative topic, a
 * side without points): `transition` reports each of them only on the event that (re)introduced it,
 * so this is where a screen finds the whole current set.
 *
 * @example
 * ```ts
 * import { agendaProgress, createConversation, transition, type Conversation } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'checkIn',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const before = agendaProgress(created.value);
 *   before.ok && before.value.merged; // false
 *   let state: Conversation = created.value;
 *   const point = { title: 'Presenting to the board', priority: 'must', minutes: 10 } as const;
 *   for (const event of [
 *     { type: 'addAgendaPoint', at: '2027-03-14T09:00:00+01:00', by: 'employee', point: { ...point, id: 'e1' } },
 *     { type: 'addAgendaPoint', at: '2027-03-14T09:01:00+01:00', by: 'manager', point: { ...point, id: 'm1' } },
 *     { type: 'mergeAgenda', at: '2027-03-14T09:02:00+01:00', by: 'manager' },
 *   ]) {
 *     const next = transition(state, event);
 *     if (next.ok) state = next.value.conversation;
 *   }
 *   const again = transition(state, { type: 'mergeAgenda', at: '2027-03-14T09:03:00+01:00', by: 'manager' });
 *   again.findings.length; // 0: the joint point was reported by the first merge
 *   agendaProgress(state).findings.map((f) => f.code); // ['agenda.item.joint']
 * }
 * ```
 */
export function agendaProgress(input: Conversation): Result<AgendaProgress> {
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const items = conversation.agenda?.items ?? [];
  const done = items.filter((item) => item.done);
  const open = items.filter((item) => !item.done);
  return ok(
    deepFreeze({
      merged: conversation.agenda !== null,
      items,
      deferred: conversation.agenda?.deferred ?? [],
      done: done.length,
      open: open.length,
      minutesDone: done.reduce((sum, item) => sum + item.minutes, 0),
      minutesOpen: open.reduce((sum, item) => sum + item.minutes, 0),
    }),
    agendaFindingsOf(conversation),
  );
}

/**
 * An agreement that is still open, with whose acceptance it waits for.
 *
 * @example
 * ```ts
 * import type { OpenAgreement } from 'ontwikkelgesprek';
 * function label(open: OpenAgreement): string {
 *   return open.waitingFor.length === 0 ? open.entry.agreement.what : `${open.entry.agreement.what} (waiting)`;
 * }
 * ```
 */
export interface OpenAgreement {
  readonly entry: ConversationAgreement;
  readonly list: 'agreements' | 'supportAgreements';
  readonly acceptedByBoth: boolean;
  readonly waitingFor: readonly Role[];
}

/**
 * The agreements and support agreements that are open (not withdrawn, not done or dropped), with the
 * sides whose acceptance they still wait for; development agreements first.
 *
 * @example
 * ```ts
 * import { createConversation, openAgreements } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const open = openAgreements(created.value);
 *   open.ok && open.value.length; // 0
 * }
 * ```
 */
export function openAgreements(input: Conversation): Result<readonly OpenAgreement[]> {
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const result: OpenAgreement[] = [];
  for (const list of ['agreements', 'supportAgreements'] as const) {
    for (const entry of conversation[list]) {
      if (entry.withdrawn !== null || entry.agreement.status !== 'open') continue;
      const waitingFor = (['employee', 'manager'] as const).filter((side) => entry.agreement.acceptedBy[side] === undefined);
      result.push({ entry, list, acceptedByBoth: waitingFor.length === 0, waitingFor });
    }
  }
  return ok(deepFreeze(result));
}

/**
 * What one side brought into the conversation.
 *
 * @example
 * ```ts
 * import type { SideInput } from 'ontwikkelgesprek';
 * const none: SideInput = {
 *   preparationAnswers: 0, agendaPointIds: [], needIds: [], agreementIds: [], supportAgreementIds: [], notes: 0, total: 0,
 * };
 * ```
 */
export interface SideInput {
  readonly preparationAnswers: number;
  readonly agendaPointIds: readonly string[];
  readonly needIds: readonly string[];
  /** Agreements this side proposed (withdrawn ones included: they were input too). */
  readonly agreementIds: readonly string[];
  readonly supportAgreementIds: readonly string[];
  readonly notes: number;
  /** All of the above, counted. */
  readonly total: number;
}

/**
 * The balance of input between the two sides: who brought which points, needs and agreements.
 * `employeeShare` is the employee's part of all input (0 to 1; 0.5 when there is none yet).
 * A development conversation is the employee's: the domain expects the employee to bring most.
 *
 * @example
 * ```ts
 * import type { InputBalance } from 'ontwikkelgesprek';
 * function leadingSide(balance: InputBalance): string {
 *   return balance.employeeShare >= 0.5 ? 'employee' : 'manager';
 * }
 * ```
 */
export interface InputBalance {
  readonly employee: SideInput;
  readonly manager: SideInput;
  readonly employeeShare: number;
  /** Whether the employee proposed at least as many agreements as the manager. */
  readonly employeeLeadsAgreements: boolean;
}

/**
 * Counts the input of both sides: preparation answers, agenda points, needs, proposed agreements
 * and support agreements, and notes.
 *
 * @example
 * ```ts
 * import { createConversation, inputBalance } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const balance = inputBalance(created.value);
 *   balance.ok && balance.value.employeeShare; // 0.5
 * }
 * ```
 */
export function inputBalance(input: Conversation): Result<InputBalance> {
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const side = (role: Role): SideInput => {
    const preparationAnswers = conversation.preparation[role].length;
    const agendaPointIds = conversation.agendaPoints[role].map((point) => point.id);
    const needIds = conversation.needs[role].map((need) => need.id);
    const agreementIds = conversation.agreements.filter((entry) => entry.proposedBy === role).map((entry) => entry.agreement.id);
    const supportAgreementIds = conversation.supportAgreements
      .filter((entry) => entry.proposedBy === role)
      .map((entry) => entry.agreement.id);
    const notes = conversation.notes.filter((note) => note.by === role).length;
    const total = preparationAnswers + agendaPointIds.length + needIds.length + agreementIds.length + supportAgreementIds.length + notes;
    return { preparationAnswers, agendaPointIds, needIds, agreementIds, supportAgreementIds, notes, total };
  };
  const employee = side('employee');
  const manager = side('manager');
  const all = employee.total + manager.total;
  return ok(
    deepFreeze({
      employee,
      manager,
      employeeShare: all === 0 ? 0.5 : employee.total / all,
      employeeLeadsAgreements: employee.agreementIds.length >= manager.agreementIds.length,
    }),
  );
}
