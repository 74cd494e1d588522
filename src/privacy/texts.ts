// Every free text of a conversation state: where it is, who wrote it, who may read it. The one
// place the privacy module reads the shape of a state, for views, erasure and access requests.
import type { Path } from '../core/index.js';
import type { Conversation, ConversationEvaluation, ParticipantRole, TextRef, Visibility } from '../conversation/index.js';

/** Who wrote a text: a role, and the person when the conversation knows who it was. */
export interface Author {
  readonly role: ParticipantRole;
  readonly id: string | undefined;
}

/** One free text of a state. */
export interface TextEntry {
  readonly ref: TextRef;
  /** Where the record is in the state. */
  readonly path: Path;
  /** The text fields of the record, relative to it. */
  readonly fields: readonly Path[];
  /** `undefined` for the purpose, which both sides set. */
  readonly author: Author | undefined;
  readonly visibility: Visibility;
  readonly sharedWith: readonly string[];
  /** Joint texts (agreements, the purpose) are not one person's. */
  readonly joint: boolean;
  /** The latest evaluation beside both sides' own: erased with them, not listed twice. */
  readonly copy?: true;
}

/** The id of a note: its own, or (notes from before ids) `note-` and its position. */
export function noteIdOf(note: { readonly id?: string | undefined }, index: number): string {
  return note.id ?? `note-${index + 1}`;
}

/** The person in a role of a conversation, when there is exactly one. */
export function personIn(conversation: Conversation, role: ParticipantRole): string | undefined {
  if (role === 'employee' || role === 'manager') return conversation[role].id;
  const matching = (conversation.participants ?? []).filter((participant) => participant.role === role);
  return matching.length === 1 ? matching[0]?.id : undefined;
}

function side(conversation: Conversation, role: 'employee' | 'manager'): Author {
  return { role, id: conversation[role].id };
}

const agreementFields: readonly Path[] = [
  ['agreement', 'what'],
  ['agreement', 'measure'],
  ['agreement', 'progressNote'],
  // A learning offer's provider may name a person (a coach): erased with the agreement.
  ['agreement', 'offer', 'provider'],
  ['withdrawn', 'reason'],
];

/** The preparation answers and needs of both sides. */
function sideTexts(conversation: Conversation, entries: TextEntry[], list: 'preparation' | 'needs'): void {
  for (const role of ['employee', 'manager'] as const) {
    if (list === 'preparation') {
      conversation.preparation[role].forEach((answer, index) => {
        entries.push({
          ref: { kind: 'preparationAnswer', side: role, questionId: answer.questionId },
          path: ['preparation', role, index],
          fields: [['answer']],
          author: side(conversation, role),
          visibility: answer.visibility ?? 'private',
          sharedWith: answer.sharedWith ?? [],
          joint: false,
        });
      });
      continue;
    }
    conversation.needs[role].forEach((need, index) => {
      entries.push({
        ref: { kind: 'need', id: need.id },
        path: ['needs', role, index],
        fields: [['text'], ['why'], ['ideas'], ['when'], ['organisationLink']],
        author: side(conversation, role),
        visibility: need.visibility ?? 'shared',
        sharedWith: need.sharedWith ?? [],
        joint: false,
      });
    });
  }
}

/** Both sides' competence scans (levels, no free text) and the colleague feedback the employee shared. */
function preparationInputTexts(conversation: Conversation, entries: TextEntry[]): void {
  for (const role of ['employee', 'manager'] as const) {
    const scan = conversation.preparation.competences?.[role];
    if (scan === undefined) continue;
    entries.push({
      ref: { kind: 'competenceScan', side: role },
      path: ['preparation', 'competences', role],
      fields: [],
      author: side(conversation, role),
      visibility: scan.visibility ?? 'private',
      sharedWith: scan.sharedWith ?? [],
      joint: false,
    });
  }
  const feedback = conversation.preparation.feedback;
  if (feedback === undefined) return;
  entries.push({
    ref: { kind: 'feedback' },
    path: ['preparation', 'feedback'],
    fields: feedback.summary.questions.flatMap((question, q): Path[] => [
      ['summary', 'questions', q, 'question'],
      ...question.anonymous.map((_, a): Path => ['summary', 'questions', q, 'anonymous', a]),
      ...question.signed.map((_, n): Path => ['summary', 'questions', q, 'signed', n, 'text']),
    ]),
    author: side(conversation, 'employee'),
    visibility: feedback.visibility ?? 'shared',
    sharedWith: feedback.sharedWith ?? [],
    joint: false,
  });
}

/**
 * The requests for colleague feedback (their questions, for both sides) and the answers collected on
 * each (the employee's only: they reach anyone else through the summary the employee shares).
 */
function feedbackRequestTexts(conversation: Conversation, entries: TextEntry[]): void {
  (conversation.preparation.feedbackRequests ?? []).forEach((request, index) => {
    const path: Path = ['preparation', 'feedbackRequests', index];
    const shared = { visibility: 'shared' as const, sharedWith: [], joint: false };
    entries.push({
      ref: { kind: 'feedbackRequest', id: request.id },
      path,
      fields: request.questions.map((_, q): Path => ['questions', q, 'text']),
      author: side(conversation, request.requestedBy),
      ...shared,
    });
    if (request.answers === undefined) return;
    entries.push({
      ref: { kind: 'feedbackAnswers', requestId: request.id },
      path,
      fields: request.answers.map((_, a): Path => ['answers', a, 'text']),
      author: side(conversation, 'employee'),
      ...shared,
      visibility: 'private',
    });
  });
}

/** The notes, with their writers. */
function noteTexts(conversation: Conversation, entries: TextEntry[]): void {
  conversation.notes.forEach((note, index) => {
    const author: Author =
      note.by === 'employee' || note.by === 'manager'
        ? side(conversation, note.by)
        : { role: note.by, id: note.author ?? personIn(conversation, note.by) };
    entries.push({
      ref: { kind: 'note', id: noteIdOf(note, index) },
      path: ['notes', index],
      fields: [['text']],
      author,
      visibility: note.visibility ?? 'shared',
      sharedWith: note.sharedWith ?? [],
      joint: false,
    });
  });
}

/** The agreements and support agreements: joint texts, proposed by one side. */
function agreementTexts(conversation: Conversation, entries: TextEntry[]): void {
  for (const list of ['agreements', 'supportAgreements'] as const) {
    conversation[list].forEach((entry, index) => {
      entries.push({
        ref: { kind: 'agreement', id: entry.agreement.id },
        path: [list, index],
        fields: agreementFields,
        author: side(conversation, entry.proposedBy),
        visibility: entry.visibility ?? 'shared',
        sharedWith: entry.sharedWith ?? [],
        joint: true,
      });
    });
  }
}

/** The texts of an agreement carried from the previous plan (its provider, too). */
const carriedFields: readonly Path[] = [['what'], ['measure'], ['progressNote'], ['offer', 'provider']];

/**
 * The open agreements carried from the previous plan: joint texts, for the two sides (both read the
 * POP they came from), and the title of the agenda point each became (a copy of its words).
 */
function carriedAgreementTexts(conversation: Conversation, entries: TextEntry[]): void {
  const joint = { author: undefined, visibility: 'shared' as const, sharedWith: [], joint: true };
  const carried = new Set<string>();
  conversation.previousOpenAgreements.forEach((agreement, index) => {
    carried.add(agreement.id);
    entries.push({
      ref: { kind: 'agreement', id: agreement.id },
      path: ['previousOpenAgreements', index],
      fields: carriedFields,
      ...joint,
    });
  });
  if (carried.size === 0 || conversation.agenda === null) return;
  for (const list of ['items', 'deferred'] as const) {
    conversation.agenda[list].forEach((entry, index) => {
      if (!carried.has(entry.id)) return;
      entries.push({ ref: { kind: 'agreement', id: entry.id }, path: ['agenda', list, index], fields: [['title']], ...joint, copy: true });
    });
  }
}

/** The purpose, the evaluation and the reasons for postponing and cancelling. */
function singleTexts(conversation: Conversation, entries: TextEntry[]): void {
  // Both sides' evaluations are the one text `evaluation`, each with its own writer and readers.
  const latest = conversation.evaluation;
  const records: [Path, ConversationEvaluation][] = latest === null ? [] : [[['evaluation'], latest]];
  for (const role of ['employee', 'manager'] as const) {
    const own = conversation.evaluations?.[role];
    if (own !== undefined) records.push([['evaluations', role], own]);
  }
  for (const [path, evaluation] of records) {
    entries.push({
      ref: { kind: 'evaluation' },
      path,
      fields: [['feedback'], ['nextTime']],
      author: side(conversation, evaluation.by),
      visibility: evaluation.visibility ?? 'shared',
      sharedWith: evaluation.sharedWith ?? [],
      joint: false,
      ...(path[0] === 'evaluation' && records.length > 1 ? { copy: true as const } : {}),
    });
  }
  for (const kind of ['postponement', 'cancellation'] as const) {
    const record = conversation[kind];
    if (record === null) continue;
    entries.push({
      ref: { kind },
      path: [kind],
      fields: [['reason']],
      author: { role: record.by, id: personIn(conversation, record.by) },
      visibility: 'shared',
      sharedWith: [],
      joint: false,
    });
  }
}

/**
 * The wishes carried from the previous conversation's evaluation: each side's own, read by both
 * sides (both read the POP they came from); a wish whose side the POP did not say has no author.
 */
function carriedTexts(conversation: Conversation, entries: TextEntry[]): void {
  (conversation.previousNextTime ?? []).forEach((wish, index) => {
    entries.push({
      ref: { kind: 'previousNextTime' },
      path: ['previousNextTime', index],
      fields: [['text']],
      author: wish.by === undefined ? undefined : side(conversation, wish.by),
      visibility: 'shared',
      sharedWith: [],
      joint: false,
    });
  });
}

/** Is this text (possibly) the person's own: written by them, or a carried wish of either side whose side is not known? */
export function possiblyBy(conversation: Conversation, entry: TextEntry, person: string): boolean {
  if (entry.author !== undefined) return entry.author.id === person;
  return entry.ref.kind === 'previousNextTime' && (conversation.employee.id === person || conversation.manager.id === person);
}

/** Every free text of a conversation state, in the state's order. */
export function textsOf(conversation: Conversation): TextEntry[] {
  const entries: TextEntry[] = [];
  sideTexts(conversation, entries, 'preparation');
  preparationInputTexts(conversation, entries);
  feedbackRequestTexts(conversation, entries);
  if (conversation.purpose !== null || conversation.overarchingGoal !== null) {
    entries.push({
      ref: { kind: 'purpose' },
      path: [],
      fields: [['purpose'], ['overarchingGoal']],
      author: undefined,
      visibility: 'shared',
      sharedWith: [],
      joint: true,
    });
  }
  noteTexts(conversation, entries);
  sideTexts(conversation, entries, 'needs');
  // Before this conversation's agreements: one of them may go on under the same id, and its readers count.
  carriedAgreementTexts(conversation, entries);
  agreementTexts(conversation, entries);
  singleTexts(conversation, entries);
  carriedTexts(conversation, entries);
  return entries;
}

/** A key that identifies a text ref, for sets and sorting (the conversation sorts its tombstones by it). */
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

/** The viewer as the conversation knows them: the role it gives their id, or none when they do not take part. */
export function roleIn(conversation: Conversation, id: string): ParticipantRole | undefined {
  if (id === conversation.employee.id) return 'employee';
  if (id === conversation.manager.id) return 'manager';
  return (conversation.participants ?? []).find((participant) => participant.id === id)?.role;
}

/** May this person, in this role, read a text with this author and audience? */
export function mayRead(
  viewer: { readonly id: string; readonly role: ParticipantRole },
  author: Author | undefined,
  visibility: Visibility,
  sharedWith: readonly string[],
): boolean {
  if (author !== undefined && (author.id === undefined ? author.role === viewer.role : author.id === viewer.id)) return true;
  if (sharedWith.includes(viewer.id)) return true;
  const side = viewer.role === 'employee' || viewer.role === 'manager';
  if (visibility === 'shared') return side;
  if (visibility === 'hr') return side || viewer.role === 'hrAdviser';
  return false;
}

/** The value at a path of a JSON tree. */
export function valueAt(tree: unknown, path: Path): unknown {
  let node = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
