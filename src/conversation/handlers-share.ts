// Sharing a text: its writer decides who may read it.
import { finding } from '../locales/index.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import { accept, refuse } from './decision.js';
import { evaluationsOf } from './evaluations.js';
import { apartHints } from './handlers-competences.js';
import type { Sender } from './permissions.js';
import type { ShareableTextRef, Visibility } from './privacy-types.js';
import { audienceFindings, noteId, recordAudience } from './texts.js';
import type { Conversation } from './types.js';

type Key = string | number;

interface Found {
  readonly path: readonly Key[];
  readonly record: { readonly visibility?: Visibility | undefined; readonly sharedWith?: readonly string[] | undefined };
  /** Whether the sender is the text's writer (for an agreement: either side, both agreed to it). */
  readonly mine: boolean;
}

/** The text a `shareText` event names, where it is, and whether the sender wrote it. */
function locate(conversation: Conversation, ref: ShareableTextRef, sender: Sender): Found | undefined {
  const side = sender.role === 'employee' || sender.role === 'manager' ? sender.role : undefined;
  switch (ref.kind) {
    case 'preparationAnswer': {
      const index = conversation.preparation[ref.side].findIndex((answer) => answer.questionId === ref.questionId);
      const record = conversation.preparation[ref.side][index];
      return record && { path: ['preparation', ref.side, index], record, mine: ref.side === side };
    }
    case 'note': {
      const index = conversation.notes.findIndex((note, at) => noteId(note, at) === ref.id);
      const record = conversation.notes[index];
      const mine = record !== undefined && record.by === sender.role && (record.author === undefined || record.author === sender.actor);
      return record && { path: ['notes', index], record, mine };
    }
    case 'need': {
      for (const source of ['employee', 'manager'] as const) {
        const index = conversation.needs[source].findIndex((need) => need.id === ref.id);
        const record = conversation.needs[source][index];
        if (record !== undefined) return { path: ['needs', source, index], record, mine: source === side };
      }
      return undefined;
    }
    case 'agreement': {
      for (const list of ['agreements', 'supportAgreements'] as const) {
        const index = conversation[list].findIndex((entry) => entry.agreement.id === ref.id);
        const record = conversation[list][index];
        if (record !== undefined) return { path: [list, index], record, mine: side !== undefined };
      }
      return undefined;
    }
    case 'evaluation': {
      // The sender's own evaluation when they gave one, else the latest (which is then not theirs).
      const own = side === undefined ? undefined : evaluationsOf(conversation)[side];
      const record = own ?? conversation.evaluation;
      if (record === null) return undefined;
      const path = conversation.evaluations !== undefined && own !== undefined ? ['evaluations', record.by] : ['evaluation'];
      return { path, record, mine: record.by === side };
    }
    case 'competenceScan': {
      const record = conversation.preparation.competences?.[ref.side];
      return record && { path: ['preparation', 'competences', ref.side], record, mine: ref.side === side };
    }
    case 'feedback': {
      const record = conversation.preparation.feedback;
      return record && { path: ['preparation', 'feedback'], record, mine: side === 'employee' };
    }
  }
}

function shareText(conversation: Conversation, event: HandledEvent<'shareText'>, sender: Sender): Decision {
  const found = locate(conversation, event.text, sender);
  if (found === undefined) {
    return refuse(finding.error('conversation.visibility.unknownText', { path: ['text'], params: { text: event.text.kind } }));
  }
  if (!found.mine) return refuse(finding.error('conversation.visibility.notAuthor', { path: ['text'], params: { text: event.text.kind } }));
  const problems = audienceFindings(conversation, event.text.kind, event.visibility, event.sharedWith);
  if (problems.length > 0) return refuse(...problems);
  // The record is written whole: its readers are its last keys, so the key order stays the schema's.
  const { visibility, sharedWith, ...rest } = found.record;
  const record = { ...rest, ...recordAudience(event.text.kind, event.visibility ?? visibility, event.sharedWith ?? sharedWith) };
  // Once both sides' competence scans are open to both, where they differ is worth a question.
  const hints =
    event.text.kind === 'competenceScan'
      ? apartHints(conversation, { ...conversation.preparation.competences, [event.text.side]: record })
      : [];
  return accept((writer) => {
    writer.set(found.path, record);
    // The latest evaluation is also `evaluation`: the copy follows.
    if (found.path[0] === 'evaluations' && conversation.evaluation?.by === found.path[1]) writer.set(['evaluation'], record);
  }, hints);
}

/** The handler of sharing. */
export const shareHandlers = { shareText } satisfies { shareText: Handler<'shareText'> };
