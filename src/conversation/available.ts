// What may happen now, read from the same event table and handlers as `transition`.
import type { Finding, Result } from '../core/index.js';
import { deepFreeze, fail, hasErrors, instantSchema, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import type { AvailableEvent, AvailableEventsOptions } from './api-types.js';
import type { ConversationEventType } from './event-types.js';
import { rolesFor } from './permissions.js';
import type { ParticipantRole } from './privacy-types.js';
import { eventTypes } from './rules.js';
import { readState } from './state.js';
import { decide, gate } from './transition.js';
import type { Conversation, ConversationAgreement } from './types.js';

const bothSides: readonly Role[] = ['employee', 'manager'];

/** The moves whose guards can be judged without a payload: they are tried as they would be sent. */
const moves = new Set<ConversationEventType>(['start', 'nextPhase', 'previousPhase', 'conclude']);

const live = (list: readonly ConversationAgreement[]) => list.filter((entry) => entry.withdrawn === null);

/**
 * The sides that have something to do this event with (an agreement waiting for their consent, a
 * point of their own to withdraw, ...), for the events that need something to act on.
 */
function sidesWithWork(conversation: Conversation, type: ConversationEventType): readonly Role[] {
  switch (type) {
    case 'acceptAgreement':
    case 'acceptSupport': {
      const list = live(type === 'acceptAgreement' ? conversation.agreements : conversation.supportAgreements);
      return bothSides.filter((side) => list.some((entry) => entry.agreement.acceptedBy[side] === undefined));
    }
    case 'reviseAgreement':
    case 'withdrawAgreement':
      return live(conversation.agreements).length + live(conversation.supportAgreements).length > 0 ? bothSides : [];
    case 'markAgendaItemDone':
      return conversation.agenda?.items.some((item) => !item.done) === true ? bothSides : [];
    case 'withdrawAgendaPoint':
      return bothSides.filter((side) => conversation.agendaPoints[side].length > 0);
    case 'assessCompetences':
      // A scan is of the function profile's competences: without a profile there is nothing to assess.
      return conversation.functionProfile === undefined ? [] : bothSides;
    case 'shareFeedback':
      return ['employee'];
    case 'receiveFeedbackAnswer':
      // Answers come in on a request: without one there is nothing to answer.
      return (conversation.preparation.feedbackRequests ?? []).length > 0 ? ['employee'] : [];
    case 'shareText':
      return conversation.notes.length + conversation.preparation.employee.length + conversation.preparation.manager.length > 0 ||
        conversation.needs.employee.length + conversation.needs.manager.length > 0 ||
        conversation.agreements.length + conversation.supportAgreements.length > 0 ||
        conversation.evaluation !== null
        ? bothSides
        : [];
    default:
      return bothSides;
  }
}

/** Who has something to do with this event now: the roles allowed it, and of the sides those with work. */
function rolesWithWork(conversation: Conversation, type: ConversationEventType): readonly ParticipantRole[] {
  const sides = sidesWithWork(conversation, type);
  return rolesFor(conversation, type).filter((role) =>
    role !== 'employee' && role !== 'manager' ? sides.length === 2 : sides.includes(role),
  );
}

/** One event as offered now. */
function offer(conversation: Conversation, type: ConversationEventType, at: string): AvailableEvent {
  const closed = gate(conversation, type, at);
  if (closed !== undefined) return { type, by: [], ready: false, findings: [closed] };
  if (moves.has(type)) {
    // A move carries nothing but its header: it is judged exactly as it would be sent, by whoever may send it.
    const roles = rolesFor(conversation, type);
    const probe = decide(conversation, { schemaVersion: 2, type, at, by: roles[0] ?? 'employee' } as never);
    return { type, by: roles, ready: !hasErrors(probe.findings), findings: probe.findings };
  }
  const by = rolesWithWork(conversation, type);
  if (by.length === 0) {
    const nothing: Finding = finding.error('conversation.event.nothingOpen', { path: ['type'], params: { type } });
    return { type, by, ready: false, findings: [nothing] };
  }
  return { type, by, ready: true, findings: [] };
}

/**
 * Every event, in a stable order, as a UI offers it: the sides that may send it now, whether it
 * would be accepted now (`ready`), and the findings that say why not (on a disabled button) or what
 * a guard warns about. Moves with guards (`start`, `nextPhase`, `conclude`) are judged as they would
 * be sent; events with content (a note, an agreement) are ready when their activity is open and there
 * is something to act on. `at` is the moment to judge agreements against (default: the last event, or
 * the planned start).
 *
 * @example
 * ```ts
 * import { availableEvents, createConversation, findingMessage } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const available = availableEvents(created.value);
 *   const start = available.ok ? available.value.find((event) => event.type === 'start') : undefined;
 *   start?.ready; // false
 *   start && findingMessage(start.findings[0]!, 'en'); // 'First set the purpose of the conversation, so both sides know what it is about.'
 * }
 * ```
 */
export function availableEvents(conversation: Conversation, options: AvailableEventsOptions = {}): Result<readonly AvailableEvent[]> {
  const state = readState(conversation);
  if (!state.ok) return state;
  let at: unknown;
  try {
    at = options === null || typeof options !== 'object' ? undefined : options.at;
  } catch {
    return fail([finding.error('input.unreadable', { path: ['options'], params: { detail: 'options' } })]);
  }
  if (at !== undefined) {
    const checked = parseWith(instantSchema, at, { path: ['at'] });
    if (!checked.ok) return checked;
  }
  const current = state.value;
  const moment = (at as string | undefined) ?? current.updatedAt ?? current.plannedStart;
  return ok(deepFreeze(eventTypes.map((type) => offer(current, type, moment))));
}
