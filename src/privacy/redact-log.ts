// Erasing free texts from an event log: every event that wrote a selected text carries `[…]` and the
// mark of the erasure, so a replay of the log gives the erased state, tombstones and all.
import type { Path, Result } from '../core/index.js';
import { fail, ok, parseWith } from '../core/index.js';
import type { Conversation, ConversationEvent, ConversationEventLog, ErasureMark, TextRef } from '../conversation/index.js';
import { erasedText } from '../conversation/index.js';
import { conversationEventLogSchema, conversationEventSchema } from '../conversation/schema.js';
import { finding } from '../locales/index.js';
import { noteIds, principalOf, readLog, refOfEvent } from './events.js';
import { erasable, markOf, selectKeys, setAt } from './redact-state.js';
import { personIn, refKey, valueAt } from './texts.js';
import type { RedactRequest } from './types.js';

/** The free-text fields of each event (as the conversation reads them). */
const fieldsByType: { readonly [T in ConversationEvent['type']]?: readonly Path[] } = {
  answerPreparation: [['answer']],
  setPurpose: [['purpose'], ['overarchingGoal']],
  addNote: [['text']],
  addNeed: [
    ['need', 'text'],
    ['need', 'why'],
    ['need', 'ideas'],
    ['need', 'when'],
    ['need', 'organisationLink'],
  ],
  proposeAgreement: [
    ['agreement', 'what'],
    ['agreement', 'measure'],
    ['agreement', 'progressNote'],
  ],
  proposeSupport: [
    ['agreement', 'what'],
    ['agreement', 'measure'],
    ['agreement', 'progressNote'],
  ],
  reviseAgreement: [
    ['agreement', 'what'],
    ['agreement', 'measure'],
    ['agreement', 'progressNote'],
  ],
  withdrawAgreement: [['reason']],
  evaluate: [['feedback'], ['nextTime']],
  postpone: [['reason']],
  cancel: [['reason']],
  // Not kept in the state: erased with everything, and nothing in the state changes.
  withdrawAgendaPoint: [['reason']],
};

/** The free texts of a shared feedback summary in its event: each question and each answer. */
function feedbackFields(event: ConversationEvent & { readonly type: 'shareFeedback' }): Path[] {
  return event.feedback.questions.flatMap((question, q): Path[] => [
    ['feedback', 'questions', q, 'question'],
    ...question.anonymous.map((_, a): Path => ['feedback', 'questions', q, 'anonymous', a]),
    ...question.signed.map((_, n): Path => ['feedback', 'questions', q, 'signed', n, 'text']),
  ]);
}

/** Texts of one person in the sense of an erasure: their own, not the joint ones. */
const ownKinds: ReadonlySet<TextRef['kind']> = new Set(['preparationAnswer', 'note', 'need', 'evaluation', 'postponement', 'cancellation']);

/** The person who wrote an event's text, as the state records it. */
function authorOf(state: Conversation, event: ConversationEvent): string | undefined {
  const principal = principalOf(event);
  if (event.type === 'addNote' && principal !== 'employee' && principal !== 'manager') return event.actor ?? personIn(state, principal);
  return personIn(state, principal);
}

/** Does the request select this event's text? */
function selects(
  request: RedactRequest,
  state: Conversation,
  keys: ReadonlySet<string>,
  event: ConversationEvent,
  ref: TextRef | undefined,
): boolean {
  const target = request.target;
  switch (target.kind) {
    case 'everything':
      return true;
    case 'person':
      return ref !== undefined && ownKinds.has(ref.kind) && authorOf(state, event) === target.id;
    case 'preparation':
      return event.type === 'answerPreparation' || event.type === 'shareFeedback';
    case 'notes':
      return event.type === 'addNote';
    default:
      return ref !== undefined && keys.has(refKey(ref));
  }
}

/** The event with its texts erased and the erasure's mark, or `undefined` when it stays as it is. */
function erasedEvent(event: ConversationEvent, fields: readonly Path[], mark: ErasureMark): ConversationEvent | undefined {
  const changed = fields.filter((path) => erasable(valueAt(event, path)));
  if (changed.length === 0 && event.erased !== undefined) return undefined;
  const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
  for (const path of changed) setAt(copy, path, erasedText);
  copy.erased = mark;
  // Read back through the schema: the keys in the event's one order.
  return conversationEventSchema.parse(copy) as ConversationEvent;
}

/** Erases free texts from an event log (see `redact`). */
export function redactLog(log: ConversationEventLog, request: RedactRequest): Result<ConversationEventLog> {
  const read = readLog(log);
  if (!read.ok) return read;
  const { state, log: given } = read.value;
  const selection = selectKeys(state, request.target);
  if (selection.findings.some((f) => f.severity === 'error')) return fail(selection.findings);
  const mark = markOf(request);
  const noteId = noteIds();
  let count = 0;
  const events = given.events.map((event) => {
    const ref = refOfEvent(event, noteId);
    const fields = event.type === 'shareFeedback' ? feedbackFields(event) : fieldsByType[event.type];
    if (fields === undefined || !selects(request, state, selection.keys, event, ref)) return event;
    const erased = erasedEvent(event, fields, mark);
    if (erased === undefined) return event;
    if (fields.some((path) => erasable(valueAt(event, path)))) count++;
    return erased;
  });
  const out = parseWith(conversationEventLogSchema, { ...given, events });
  if (!out.ok) return out;
  const outcome =
    count === 0 ? finding.info('privacy.redact.nothingToErase') : finding.info('privacy.redact.erased', { params: { count } });
  return ok(out.value as unknown as ConversationEventLog, [...selection.findings, outcome]);
}
