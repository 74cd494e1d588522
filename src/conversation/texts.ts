// The free texts of a conversation: who may read them (visibility), which text an event writes,
// the tombstones of erased texts, and the sensitive-data hints on what an event brings.
import type { Finding, Path } from '../core/index.js';
import { prefixPaths } from '../core/index.js';
import { sensitiveDataHints } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import type { ConversationEvent } from './event-types.js';
import type { ErasureRecord, ShareableTextRef, TextRef, Visibility } from './privacy-types.js';
import { evaluationsOf } from './evaluations.js';
import { nextNoteId as nextFreeNoteId } from './note-ids.js';
import type { Conversation } from './types.js';
import type { FeedbackSummary } from '../feedback/index.js';

/**
 * What an erased text reads: `[…]`, the typographic sign for words left out, the same in Dutch and
 * English. The tombstone next to it (`erasures` of a conversation or a plan) says who erased it,
 * when and why.
 *
 * @example
 * ```ts
 * import { erasedText, type Note } from 'ontwikkelgesprek';
 * const isErased = (note: Note): boolean => note.text === erasedText;
 * erasedText; // '[…]'
 * ```
 */
export const erasedText = '[…]';

/** An erased text: empty stays empty (there was nothing to erase), anything else becomes `[…]`. */
export function erase(text: string): string {
  return text === '' ? '' : erasedText;
}

/** Who may read a text of this kind when its record says nothing. */
export function defaultVisibility(kind: TextRef['kind']): Visibility {
  return kind === 'preparationAnswer' || kind === 'competenceScan' ? 'private' : 'shared';
}

/** Texts both sides work on: never private to one of them. */
const atLeastShared: ReadonlySet<TextRef['kind']> = new Set(['need', 'agreement']);

/** The audience fields of a record, as stored: left out when they are the default. */
export function recordAudience(
  kind: TextRef['kind'],
  visibility: Visibility | undefined,
  sharedWith: readonly string[] | undefined,
): { visibility?: Visibility; sharedWith?: string[] } {
  // Most texts keep the default audience: nothing to store, and no list to build.
  if (visibility === undefined && (sharedWith === undefined || sharedWith.length === 0)) return {};
  const ids = [...new Set(sharedWith ?? [])].sort();
  return {
    ...(visibility !== undefined && visibility !== defaultVisibility(kind) ? { visibility } : {}),
    ...(ids.length > 0 ? { sharedWith: ids } : {}),
  };
}

/** Why an audience cannot be: a need or agreement made private, or shared with someone who does not take part. */
export function audienceFindings(
  conversation: Conversation,
  kind: ShareableTextRef['kind'],
  visibility: Visibility | undefined,
  sharedWith: readonly string[] | undefined,
): Finding[] {
  const findings: Finding[] = [];
  if (visibility === 'private' && atLeastShared.has(kind)) {
    findings.push(finding.error('conversation.visibility.tooNarrow', { path: ['visibility'], params: { text: kind, visibility } }));
  }
  if (sharedWith === undefined || sharedWith.length === 0) return findings;
  const known = new Set([conversation.employee.id, conversation.manager.id, ...(conversation.participants ?? []).map((p) => p.id)]);
  sharedWith.forEach((id, index) => {
    if (!known.has(id)) findings.push(finding.error('conversation.visibility.unknownParticipant', { path: ['sharedWith', index] }));
  });
  return findings;
}

export { noteId } from './note-ids.js';

/** The id a new note without one gets: the first `note-<n>` from the next position on that is free. */
export function nextNoteId(conversation: Conversation): string {
  return nextFreeNoteId(conversation.notes);
}

/** A key that identifies a text ref, for sets and sorting. */
export function refKey(ref: TextRef): string {
  switch (ref.kind) {
    case 'preparationAnswer':
      return `${ref.kind}\u0000${ref.side}\u0000${ref.questionId}`;
    case 'competenceScan':
      return `${ref.kind}\u0000${ref.side}`;
    case 'note':
    case 'need':
    case 'agreement':
    case 'feedbackRequest':
      return `${ref.kind}\u0000${ref.id}`;
    case 'feedbackAnswers':
      return `${ref.kind}\u0000${ref.requestId}`;
    default:
      return ref.kind;
  }
}

/** Tombstones in one order, whatever order they were made in. */
export function sortedRecords(records: readonly ErasureRecord[]): ErasureRecord[] {
  return [...records].sort((a, b) => {
    const x = refKey(a.text);
    const y = refKey(b.text);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Has the text been erased (is there a tombstone for it)? */
export function isErased(conversation: Conversation, ref: TextRef): boolean {
  if ((conversation.erasures ?? []).length === 0) return false;
  const key = refKey(ref);
  return (conversation.erasures ?? []).some((record) => refKey(record.text) === key);
}

/** The free text an event writes: which text of the state (if any), its fields in the event, and whether it replaces that text. */
export interface TextWrite {
  readonly ref?: TextRef | undefined;
  readonly fields: readonly Path[];
  readonly replaces: boolean;
}

const none: TextWrite = { fields: [], replaces: false };

/** The free text an event writes (its `by` is the side it speaks for). */
export function textWriteOf(conversation: Conversation, event: ConversationEvent): TextWrite {
  switch (event.type) {
    case 'answerPreparation':
      return {
        ref: { kind: 'preparationAnswer', side: event.by === 'manager' ? 'manager' : 'employee', questionId: event.questionId },
        fields: [['answer']],
        replaces: true,
      };
    case 'setPurpose':
      return {
        ref: { kind: 'purpose' },
        fields: [['purpose'], ['overarchingGoal']],
        replaces: event.overarchingGoal !== undefined || conversation.overarchingGoal === null,
      };
    case 'addNote':
      return { ref: { kind: 'note', id: event.id ?? nextNoteId(conversation) }, fields: [['text']], replaces: true };
    case 'addNeed':
      return {
        ref: { kind: 'need', id: event.need.id },
        fields: [
          ['need', 'text'],
          ['need', 'why'],
        ],
        replaces: true,
      };
    case 'proposeAgreement':
    case 'proposeSupport':
    case 'reviseAgreement':
      return {
        ref: { kind: 'agreement', id: event.agreement.id },
        fields: [
          ['agreement', 'what'],
          ['agreement', 'measure'],
          ['agreement', 'progressNote'],
        ],
        replaces: true,
      };
    case 'withdrawAgreement':
      return { ref: { kind: 'agreement', id: event.agreementId }, fields: [['reason']], replaces: false };
    case 'evaluate':
      // Both sides' evaluations are one text: the new one replaces it while the other side has none.
      return {
        ref: { kind: 'evaluation' },
        fields: [['feedback']],
        replaces: evaluationsOf(conversation)[event.by === 'employee' ? 'manager' : 'employee'] === undefined,
      };
    case 'assessCompetences':
      return { ref: { kind: 'competenceScan', side: event.by === 'manager' ? 'manager' : 'employee' }, fields: [], replaces: true };
    case 'shareFeedback':
      return { ref: { kind: 'feedback' }, fields: event.feedback === undefined ? [] : feedbackFields(event.feedback), replaces: true };
    case 'requestFeedback':
      return {
        ref: { kind: 'feedbackRequest', id: event.request.id },
        fields: event.request.questions.map((_, q): Path => ['request', 'questions', q, 'text']),
        replaces: true,
      };
    case 'receiveFeedbackAnswer':
      // One text of many (the request's answers): a new answer leaves the others' tombstone.
      return { ref: { kind: 'feedbackAnswers', requestId: event.requestId }, fields: [['text']], replaces: false };
    case 'postpone':
      return { ref: { kind: 'postponement' }, fields: [['reason']], replaces: true };
    case 'cancel':
      return { ref: { kind: 'cancellation' }, fields: [['reason']], replaces: true };
    case 'withdrawAgendaPoint':
      return { fields: [['reason']], replaces: false };
    case 'addAgendaPoint':
      return {
        fields: [
          ['point', 'title'],
          ['point', 'notes'],
        ],
        replaces: false,
      };
    default:
      return none;
  }
}

/** The free texts of a shared feedback summary, relative to the event: each question and each answer. */
export function feedbackFields(summary: FeedbackSummary): Path[] {
  return summary.questions.flatMap((question, q): Path[] => [
    ['feedback', 'questions', q, 'question'],
    ...question.anonymous.map((_, a): Path => ['feedback', 'questions', q, 'anonymous', a]),
    ...question.signed.map((_, s): Path => ['feedback', 'questions', q, 'signed', s, 'text']),
  ]);
}

/** The value at a path of an event (a text, or undefined). */
export function textAt(event: unknown, path: Path): string | undefined {
  let node: unknown = event;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The tombstones after an accepted event, or `undefined` when they do not change: an erased event
 * leaves its tombstone for its text (the latest erasure of a text is the one that counts); a text
 * written anew over an erased one takes its tombstone away.
 */
export function erasuresAfter(conversation: Conversation, event: ConversationEvent, write: TextWrite): ErasureRecord[] | undefined {
  if (write.ref === undefined) return undefined;
  // No tombstones and nothing erased: nothing to keep or take away.
  if (event.erased === undefined && (conversation.erasures ?? []).length === 0) return undefined;
  const key = refKey(write.ref);
  const others = (conversation.erasures ?? []).filter((record) => refKey(record.text) !== key);
  if (event.erased !== undefined) {
    const { at, by, reason, reference } = event.erased;
    const record: ErasureRecord = { text: write.ref, at, by, reason, ...(reference !== undefined ? { reference } : {}) };
    return sortedRecords([...others, record]);
  }
  if (!write.replaces || others.length === (conversation.erasures ?? []).length) return undefined;
  return others;
}

/** Warnings for special-category data in the texts an event brings (not for erased ones). */
export function sensitiveFindings(conversation: Conversation, event: ConversationEvent, write: TextWrite): Finding[] {
  if (event.erased !== undefined) return [];
  return write.fields.flatMap((path) => {
    const text = textAt(event, path);
    if (text === undefined || text === '') return [];
    return prefixPaths(sensitiveDataHints(text, conversation.locale).findings, path);
  });
}
