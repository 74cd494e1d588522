// Erasing free texts from an event log: every event that wrote a selected text carries `[…]` and the
// mark of the erasure, so a replay of the log gives the erased state, tombstones and all.
import type { Path, Result } from '../core/index.js';
import { fail, ok, parseWith } from '../core/index.js';
import type { Conversation, ConversationEvent, ConversationEventLog, ErasureMark, TextRef } from '../conversation/index.js';
import { erasedText } from '../conversation/index.js';
import { conversationEventLogSchema, conversationEventSchema } from '../conversation/schema.js';
import { finding } from '../locales/index.js';
import { noteIds, principalOf, readLog, refOfEvent } from './events.js';
import { dropsAge, erasable, markOf, ownKinds, selectKeys, setAt } from './redact-state.js';
import { personIn, refKey, valueAt } from './texts.js';
import type { RedactRequest } from './types.js';

/** The texts of an agreement in an event; a learning offer's provider may name a person (a coach). */
const agreementFields: readonly Path[] = [
  ['agreement', 'what'],
  ['agreement', 'measure'],
  ['agreement', 'progressNote'],
  ['agreement', 'offer', 'provider'],
];

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
  proposeAgreement: agreementFields,
  proposeSupport: agreementFields,
  reviseAgreement: agreementFields,
  withdrawAgreement: [['reason']],
  evaluate: [['feedback'], ['nextTime']],
  postpone: [['reason']],
  cancel: [['reason']],
  // Not kept in the state: erased with everything, and nothing in the state changes.
  withdrawAgendaPoint: [['reason']],
};

/** The free texts of an event whose texts are lists: colleague feedback asked for and shared. */
function listFields(event: ConversationEvent): Path[] | undefined {
  if (event.type === 'requestFeedback') return event.request.questions.map((_, q): Path => ['request', 'questions', q, 'text']);
  if (event.type === 'receiveFeedbackAnswer') return [['text']];
  if (event.type !== 'shareFeedback') return undefined;
  return (event.feedback?.questions ?? []).flatMap((question, q): Path[] => [
    ['feedback', 'questions', q, 'question'],
    ...question.anonymous.map((_, a): Path => ['feedback', 'questions', q, 'anonymous', a]),
    ...question.signed.map((_, n): Path => ['feedback', 'questions', q, 'signed', n, 'text']),
  ]);
}

/** The events that bring what served the preparation. */
const preparationEvents: ReadonlySet<ConversationEvent['type']> = new Set([
  'answerPreparation',
  'shareFeedback',
  'requestFeedback',
  'receiveFeedbackAnswer',
]);

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
      return preparationEvents.has(event.type);
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

type LogInput = ConversationEventLog['input'];

/** Which carried wishes of the previous plan a request selects: both sides' and the one without a side, or one side's and that one. */
function wishesSelected(request: RedactRequest, state: Conversation): readonly ('employee' | 'manager' | 'either')[] {
  const target = request.target;
  if (target.kind === 'everything' || target.kind === 'preparation' || target.kind === 'previousNextTime') {
    return ['employee', 'manager', 'either'];
  }
  if (target.kind !== 'person') return [];
  if (target.id === state.employee.id) return ['employee', 'either'];
  if (target.id === state.manager.id) return ['manager', 'either'];
  return [];
}

type Carried = NonNullable<LogInput['previousPlan']>;

/** The texts of an agreement carried in the input (its provider, too). */
const carriedFields: readonly Path[] = [['what'], ['measure'], ['progressNote'], ['offer', 'provider']];

/**
 * Erases the previous plan's agreements the request selects (every one with everything, one by its
 * id), and marks each open one (the state carries only those) as the state's tombstone says: the
 * latest erasure that changed it, or the first. The number of carried agreements it changed.
 */
function eraseCarriedAgreements(previous: Carried, target: RedactRequest['target'], mark: ErasureMark): number {
  if (target.kind !== 'everything' && target.kind !== 'agreement') return 0;
  const marks = new Map((previous.erasedAgreements ?? []).map(({ id, ...rest }) => [id, rest as ErasureMark]));
  let count = 0;
  for (const agreement of previous.agreements) {
    if (target.kind === 'agreement' && agreement.id !== target.id) continue;
    const changed = carriedFields.filter((path) => erasable(valueAt(agreement, path)));
    for (const path of changed) setAt(agreement, path, erasedText);
    if ((agreement.status ?? 'open') !== 'open') continue;
    if (changed.length > 0) count++;
    if (changed.length > 0 || !marks.has(agreement.id)) marks.set(agreement.id, mark);
  }
  const ids = [...marks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length > 0) previous.erasedAgreements = ids.map((id) => ({ id, ...(marks.get(id) as ErasureMark) }));
  return count;
}

/**
 * The log's input with what the request erases: the texts carried from the previous plan (its
 * agreements and the wishes of its evaluation) read `[…]` with the erasure's mark (a replay leaves
 * the same tombstones), and the employee's age taken out.
 */
function redactInput(input: LogInput, request: RedactRequest, state: Conversation, mark: ErasureMark): { value: LogInput; count: number } {
  const copy = JSON.parse(JSON.stringify(input)) as LogInput & { employeeAge?: unknown };
  if (dropsAge(state, request.target)) delete copy.employeeAge;
  const evaluation = copy.previousPlan?.evaluation;
  const agreements = copy.previousPlan === undefined ? 0 : eraseCarriedAgreements(copy.previousPlan, request.target, mark);
  let count = 0;
  if (evaluation !== undefined && evaluation !== null) {
    const paths: Path[] = wishesSelected(request, state).map((side) => (side === 'either' ? ['nextTime'] : ['bySide', side, 'nextTime']));
    for (const path of paths) {
      if (!erasable(valueAt(evaluation, path))) continue;
      setAt(evaluation, path, erasedText);
      // With wishes by side the one wish is a copy of the latest, which the state does not carry.
      if (path.length > 1 || evaluation.bySide === undefined) count++;
    }
    if (count > 0) (evaluation as { erased?: ErasureMark }).erased = mark;
  }
  return { value: copy, count: count + agreements };
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
    const fields = listFields(event) ?? fieldsByType[event.type];
    if (fields === undefined || !selects(request, state, selection.keys, event, ref)) return event;
    const erased = erasedEvent(event, fields, mark);
    if (erased === undefined) return event;
    if (fields.some((path) => erasable(valueAt(event, path)))) count++;
    return erased;
  });
  const input = redactInput(given.input, request, state, mark);
  count += input.count;
  const out = parseWith(conversationEventLogSchema, { ...given, input: input.value, events });
  if (!out.ok) return out;
  const outcome =
    count === 0 ? finding.info('privacy.redact.nothingToErase') : finding.info('privacy.redact.erased', { params: { count } });
  return ok(out.value as unknown as ConversationEventLog, [...selection.findings, outcome]);
}
