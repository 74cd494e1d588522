// Erasing free texts from a conversation state: the text becomes `[…]`, a tombstone says what it
// was, who erased it, when and why.
import type { Finding, Path, Result } from '../core/index.js';
import { fail, ok } from '../core/index.js';
import type { Conversation, ErasureMark, ErasureRecord, TextRef } from '../conversation/index.js';
import { erasedText, replay } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { TextEntry } from './texts.js';
import { possiblyBy, refKey, roleIn, textsOf, valueAt } from './texts.js';
import type { RedactRequest, RedactTarget } from './types.js';

/** The texts of one person in the sense of an erasure: their own, not the joint ones. */
export const ownKinds: ReadonlySet<TextRef['kind']> = new Set([
  'preparationAnswer',
  'note',
  'need',
  'evaluation',
  'postponement',
  'cancellation',
  'previousNextTime',
]);

/** What served the preparation: the answers, the wishes carried from the previous conversation, and colleague feedback. */
const preparationKinds: ReadonlySet<TextRef['kind']> = new Set([
  'preparationAnswer',
  'previousNextTime',
  'feedback',
  'feedbackRequest',
  'feedbackAnswers',
]);

/**
 * Does the request take the employee's age away? An erasure of everything, of what served the
 * preparation (the age only served the agenda's hint), or of the employee's own data.
 */
export function dropsAge(state: Pick<Conversation, 'employee' | 'employeeAge'>, target: RedactTarget): boolean {
  if (state.employeeAge === undefined) return false;
  return target.kind === 'everything' || target.kind === 'preparation' || (target.kind === 'person' && target.id === state.employee.id);
}

/** The mark of a request, in the tombstone's key order. */
export function markOf(request: RedactRequest): ErasureMark {
  return {
    at: request.at,
    by: request.by,
    reason: request.reason,
    ...(request.reference !== undefined ? { reference: request.reference } : {}),
  };
}

/**
 * Which texts of a state a target selects: by key of their text ref. `undefined` with a finding
 * when the target names a text that is not there (an error) or a person who wrote nothing (a warning).
 */
export function selectKeys(state: Conversation, target: RedactTarget): { keys: Set<string>; findings: Finding[] } {
  const entries = textsOf(state);
  const keys = (filter: (entry: TextEntry) => boolean) => new Set(entries.filter(filter).map((entry) => refKey(entry.ref)));
  switch (target.kind) {
    case 'person': {
      if (roleIn(state, target.id) === undefined) {
        return { keys: new Set(), findings: [finding.warning('privacy.redact.unknownPerson', { path: ['request', 'target', 'id'] })] };
      }
      return { keys: keys((entry) => ownKinds.has(entry.ref.kind) && possiblyBy(state, entry, target.id)), findings: [] };
    }
    case 'preparation':
      // The answers, the wishes carried from the previous POP, and the colleague feedback shared into
      // the preparation (competence scans hold no free text).
      return { keys: keys((entry) => preparationKinds.has(entry.ref.kind)), findings: [] };
    case 'notes':
      return { keys: keys((entry) => entry.ref.kind === 'note'), findings: [] };
    case 'everything':
      return { keys: keys(() => true), findings: [] };
    default: {
      // A text only a plan has (a goal, an ambition, the zienswijze, the next conversation) keys as its
      // kind alone, which no text of a conversation does: it is not found either.
      const key = refKey(target as TextRef);
      const found = entries.find((entry) => refKey(entry.ref) === key);
      if (found === undefined) {
        return {
          keys: new Set(),
          findings: [finding.error('privacy.redact.unknownText', { path: ['request', 'target'], params: { text: target.kind } })],
        };
      }
      return { keys: new Set([refKey(found.ref), ...madeOf(state, found.ref)]), findings: [] };
    }
  }
}

/** The shared summary made of a request's questions and answers: erased with them (it repeats them). */
function madeOf(state: Conversation, ref: TextRef): string[] {
  const id = ref.kind === 'feedbackRequest' ? ref.id : ref.kind === 'feedbackAnswers' ? ref.requestId : undefined;
  return id !== undefined && state.preparation.feedback?.summary.requestId === id ? [refKey({ kind: 'feedback' })] : [];
}

/** Sets the value at a path of a plain copy. */
export function setAt(tree: unknown, path: Path, value: unknown): void {
  const parent = valueAt(tree, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
}

/** Is this a text that still says something (not empty, not erased)? */
export function erasable(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value !== erasedText;
}

/** Tombstones in the conversation's one order. */
function sorted(records: readonly ErasureRecord[]): ErasureRecord[] {
  return [...records].sort((a, b) => {
    const x = refKey(a.text);
    const y = refKey(b.text);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Erases the selected texts of a validated state; the number of texts erased and the new state (not validated yet). */
function eraseIn(
  state: Conversation,
  keys: ReadonlySet<string>,
  mark: ErasureMark,
  person: string | undefined,
): { count: number; next: Conversation } {
  const next = JSON.parse(JSON.stringify(state)) as Conversation;
  const records = new Map((state.erasures ?? []).map((record) => [refKey(record.text), record]));
  let count = 0;
  for (const entry of textsOf(state)) {
    const key = refKey(entry.ref);
    // One person's texts: of the two sides' evaluations, only their own.
    if (!keys.has(key) || (person !== undefined && !possiblyBy(state, entry, person))) continue;
    let changed = false;
    for (const field of entry.fields) {
      const path = [...entry.path, ...field];
      if (erasable(valueAt(state, path))) {
        setAt(next, path, erasedText);
        changed = true;
      }
    }
    if (changed && entry.copy === undefined) count++;
    // The latest erasure of a text is its tombstone; a text already erased keeps the one it has.
    if (changed || !records.has(key)) records.set(key, { text: entry.ref, ...mark });
  }
  return { count, next: { ...next, erasures: sorted([...records.values()]) } };
}

/** Erases free texts from a conversation state (see `redact`). */
export function redactState(conversation: Conversation, request: RedactRequest): Result<Conversation> {
  const read = replay([], { from: conversation });
  if (!read.ok) return read;
  const state = read.value;
  const selection = selectKeys(state, request.target);
  if (selection.findings.some((f) => f.severity === 'error')) return fail(selection.findings);
  const age = dropsAge(state, request.target);
  if (selection.keys.size === 0 && !age) return ok(state, [...selection.findings, finding.info('privacy.redact.nothingToErase')]);
  const person = request.target.kind === 'person' ? request.target.id : undefined;
  const { count, next } = eraseIn(state, selection.keys, markOf(request), person);
  // The age is no text: it goes, without a tombstone (a later merge simply gives no hint on it).
  const { employeeAge: _age, ...withoutAge } = next;
  const checked = replay([], { from: age ? withoutAge : next });
  if (!checked.ok) return checked;
  const outcome =
    count > 0 ? [finding.info('privacy.redact.erased', { params: { count } })] : age ? [] : [finding.info('privacy.redact.nothingToErase')];
  return ok(checked.value, [...selection.findings, ...outcome]);
}
