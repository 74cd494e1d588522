// What one person may see of an event log.
import type { Result } from '../core/index.js';
import { deepFreeze, ok, parseWith } from '../core/index.js';
import type { Conversation, ConversationEvent, ConversationEventLog, TextRef } from '../conversation/index.js';
import { replay } from '../conversation/index.js';
import { conversationEventLogSchema } from '../conversation/schema.js';
import type { TextEntry } from './texts.js';
import { mayRead, personIn, refKey, textsOf } from './texts.js';
import type { Viewer, ViewerOf, VisibleEvent } from './types.js';
import { viewerIn } from './view.js';

/** A log read and replayed: its validated events and the state they lead to. */
export interface ReadLog {
  readonly log: Omit<ConversationEventLog, 'events'> & { readonly events: readonly ConversationEvent[] };
  readonly state: Conversation;
}

/** Reads a log a caller hands in: its shape, then a replay (a log that does not replay is refused). */
export function readLog(input: unknown): Result<ReadLog> {
  const parsed = parseWith(conversationEventLogSchema, input, { path: ['log'] });
  if (!parsed.ok) return parsed;
  const log = parsed.value as unknown as ReadLog['log'];
  const state = replay(log.events, { input: log.input });
  return state.ok ? ok({ log, state: state.value }, state.findings) : state;
}

/** The side an event speaks for (the one it is sent on behalf of, if any). */
export function principalOf(event: ConversationEvent): ConversationEvent['by'] {
  return event.onBehalfOf ?? event.by;
}

/** The person who sent an event, when the conversation says who. */
export function senderOf(state: Conversation, event: ConversationEvent): string | undefined {
  return event.actor ?? personIn(state, event.by);
}

/** Note ids as the conversation gives them, event by event: the given one, or the first free `note-<n>`. */
export function noteIds(): (event: ConversationEvent & { type: 'addNote' }) => string {
  const taken = new Set<string>();
  let count = 0;
  return (event) => {
    let id = event.id;
    if (id === undefined) {
      let n = count + 1;
      while (taken.has(`note-${n}`)) n++;
      id = `note-${n}`;
    }
    taken.add(id);
    count++;
    return id;
  };
}

/** The text an event writes or acts on, by what it is. */
export function refOfEvent(
  event: ConversationEvent,
  noteId: (event: ConversationEvent & { type: 'addNote' }) => string,
): TextRef | undefined {
  const side = principalOf(event) === 'manager' ? 'manager' : 'employee';
  switch (event.type) {
    case 'answerPreparation':
      return { kind: 'preparationAnswer', side, questionId: event.questionId };
    case 'addNote':
      return { kind: 'note', id: noteId(event) };
    case 'addNeed':
      return { kind: 'need', id: event.need.id };
    case 'proposeAgreement':
    case 'proposeSupport':
    case 'reviseAgreement':
      return { kind: 'agreement', id: event.agreement.id };
    case 'acceptAgreement':
    case 'acceptSupport':
    case 'withdrawAgreement':
      return { kind: 'agreement', id: event.agreementId };
    case 'evaluate':
      return { kind: 'evaluation' };
    case 'assessCompetences':
      return { kind: 'competenceScan', side };
    case 'shareFeedback':
      return { kind: 'feedback' };
    case 'requestFeedback':
      return { kind: 'feedbackRequest', id: event.request.id };
    case 'receiveFeedbackAnswer':
      return { kind: 'feedbackAnswers', requestId: event.requestId };
    case 'shareText':
      return event.text;
    case 'setPurpose':
      return { kind: 'purpose' };
    case 'postpone':
      return { kind: 'postponement' };
    case 'cancel':
      return { kind: 'cancellation' };
    default:
      return undefined;
  }
}

/** Events everyone in the conversation sees: its course, not its content. */
const course: ReadonlySet<ConversationEvent['type']> = new Set([
  'start',
  'nextPhase',
  'previousPhase',
  'conclude',
  'scheduleNextConversation',
]);

/** May the viewer see this event? */
function visible(
  state: Conversation,
  entries: ReadonlyMap<string, TextEntry>,
  viewer: ViewerOf,
  event: ConversationEvent,
  ref: TextRef | undefined,
): boolean {
  // A colleague's answer reaches the employee through the summary only, never as the event that names its writer.
  if (event.type === 'receiveFeedbackAnswer') return false;
  if (senderOf(state, event) === viewer.id) return true;
  if (course.has(event.type)) return true;
  const side = viewer.role === 'employee' || viewer.role === 'manager';
  // Events without a text of their own are the agenda's (the course's returned above): the two sides'.
  if (ref === undefined) return side;
  // The text as the log leaves it: a conversation keeps every text an event wrote (erased or not), and
  // each side's evaluation under its writer, so an event shared later is visible from its first version on.
  const entry = entries.get(event.type === 'evaluate' ? `${refKey(ref)}\u0000${principalOf(event)}` : refKey(ref));
  return entry !== undefined && mayRead(viewer, entry.author, entry.visibility, entry.sharedWith);
}

/**
 * What one person may see of an event log: the events of the conversation's course (start, phases,
 * the next appointment, the conclusion) and those whose texts they may read as the conversation now
 * stands (a preparation answer shared later is visible from its first version on; one made private
 * again is not), each with its place in the log; their own events always, but nobody's `receiveFeedbackAnswer` (it names a colleague who may not have signed). Events about the agenda,
 * the purpose and the reasons for postponing or cancelling are the two sides'. The log is validated
 * and replayed first; someone who does not take part gets `privacy.viewer.notParticipant`. Never throws.
 *
 * @example
 * ```ts
 * import { eventsVisibleTo } from 'ontwikkelgesprek';
 * const log = {
 *   input: {
 *     id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl' as const,
 *   },
 *   events: [
 *     { type: 'answerPreparation' as const, at: '2027-03-10T09:00:00+01:00', by: 'employee' as const, questionId: 'q1', answer: 'Ik wil meer klantcontact.' },
 *     { type: 'answerPreparation' as const, at: '2027-03-11T09:00:00+01:00', by: 'manager' as const, questionId: 'm1', answer: 'Sterk in de migratie.', visibility: 'shared' as const },
 *   ],
 * };
 * const seen = eventsVisibleTo(log, { id: 'mgr-1' });
 * seen.ok && seen.value.map((visible) => visible.index); // [1]
 * ```
 */
export function eventsVisibleTo(log: ConversationEventLog, viewer: Viewer): Result<readonly VisibleEvent[]> {
  const read = readLog(log);
  if (!read.ok) return read;
  const { state } = read.value;
  const who = viewerIn(state, viewer);
  if (!who.ok) return who;
  return ok(deepFreeze(visibleEvents(read.value, who.value)), who.findings);
}

/** The events of a read log one viewer may see. */
export function visibleEvents(read: ReadLog, viewer: ViewerOf): VisibleEvent[] {
  const texts = textsOf(read.state);
  const entries = new Map(texts.map((entry) => [refKey(entry.ref), entry]));
  // Each side's own evaluation, for its evaluate events (the latest is a copy of one of them).
  for (const entry of texts) {
    if (entry.ref.kind === 'evaluation' && entry.copy === undefined) entries.set(`${refKey(entry.ref)}\u0000${entry.author?.role}`, entry);
  }
  const noteId = noteIds();
  const seen: VisibleEvent[] = [];
  read.log.events.forEach((event, index) => {
    const ref = refOfEvent(event, noteId);
    if (visible(read.state, entries, viewer, event, ref)) seen.push({ index, event });
  });
  return seen;
}
