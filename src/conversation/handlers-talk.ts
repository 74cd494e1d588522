// The events of the talk itself: notes, ticking off the agenda, needs, the next appointment and
// the evaluation.
import { calendarDateOf, compareInstants } from '../core/index.js';
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import type { ConversationEventOf } from './event-types.js';
import { accept, refuse } from './decision.js';
import { bothEvaluations, evaluationsOf } from './evaluations.js';
import { deficitHint, needOf } from './need.js';
import { limits } from './schema-state.js';
import type { Sender } from './permissions.js';
import { noteIds } from './note-ids.js';
import { competenceFindings } from './handlers-competences.js';
import { audienceFindings, nextNoteId, recordAudience } from './texts.js';
import type { Conversation, ConversationEvaluation, Need, Note } from './types.js';

function addNote(conversation: Conversation, event: ConversationEventOf<'addNote'>, sender: Sender): Decision {
  if (event.id !== undefined && noteIds(conversation.notes).has(event.id)) {
    return refuse(finding.error('conversation.note.duplicate', { path: ['id'], params: { note: { kind: 'note', id: event.id } } }));
  }
  const problems = audienceFindings(conversation, 'note', event.visibility, event.sharedWith);
  if (problems.length > 0) return refuse(...problems);
  const third = event.by !== 'employee' && event.by !== 'manager';
  const note: Note = {
    id: event.id ?? nextNoteId(conversation),
    phase: conversation.phase,
    text: event.text,
    by: event.by,
    ...(third ? { author: sender.actor } : {}),
    at: event.at,
    ...recordAudience('note', event.visibility, event.sharedWith),
  };
  return accept((writer) => writer.push(['notes'], note));
}

function markAgendaItemDone(conversation: Conversation, event: ConversationEventOf<'markAgendaItemDone'>): Decision {
  const index = conversation.agenda?.items.findIndex((item) => item.id === event.itemId) ?? -1;
  const item = conversation.agenda?.items[index];
  if (item === undefined) {
    return refuse(
      finding.error('conversation.agenda.unknownItem', { path: ['itemId'], params: { item: { kind: 'agendaPoint', id: event.itemId } } }),
    );
  }
  if (item.done) {
    return refuse(
      finding.error('conversation.agenda.alreadyDone', {
        path: ['itemId'],
        params: { item: { kind: 'agendaPoint', id: item.id, title: item.title } },
      }),
    );
  }
  return accept((writer) => {
    writer.set(['agenda', 'items', index, 'done'], true);
    writer.set(['agenda', 'items', index, 'doneAt'], event.at);
    writer.set(['agenda', 'items', index, 'doneBy'], event.by);
  });
}

function addNeed(conversation: Conversation, event: HandledEvent<'addNeed'>): Decision {
  const { need: input, by } = event;
  const taken =
    conversation.needs.employee.some((need) => need.id === input.id) || conversation.needs.manager.some((need) => need.id === input.id);
  if (taken)
    return refuse(
      finding.error('conversation.need.duplicate', {
        path: ['need', 'id'],
        params: { need: { kind: 'need', id: input.id, title: input.text } },
      }),
    );
  if (conversation.needs[by].length >= limits.perSide) {
    return refuse(finding.error('conversation.limit.reached', { path: ['need'], params: { list: 'needs', maximum: limits.perSide } }));
  }
  const problems = [
    ...competenceFindings(conversation, input.competenceId, ['need', 'competenceId']),
    ...audienceFindings(conversation, 'need', event.visibility, event.sharedWith),
  ];
  if (problems.length > 0) return refuse(...problems);
  const need: Need = { ...needOf(input, by), ...recordAudience('need', event.visibility, event.sharedWith) };
  return accept((writer) => writer.push(['needs', by], need), deficitHint(need));
}

function scheduleNextConversation(conversation: Conversation, event: ConversationEventOf<'scheduleNextConversation'>): Decision {
  const findings: Finding[] = [];
  if (compareInstants(event.end, event.start) <= 0) {
    findings.push(finding.error('conversation.schedule.endBeforeStart', { path: ['end'], params: { start: event.start, end: event.end } }));
  }
  if (compareInstants(event.start, event.at) <= 0) {
    findings.push(finding.error('conversation.schedule.notAfterThis', { path: ['start'], params: { start: event.start, at: event.at } }));
  }
  if (calendarDateOf(event.start, conversation.timeZone) !== event.date) {
    findings.push(
      finding.error('conversation.schedule.dateMismatch', {
        path: ['date'],
        params: { date: event.date, start: event.start, timeZone: conversation.timeZone },
      }),
    );
  }
  const next = { date: event.date, start: event.start, end: event.end, kind: event.kind ?? conversation.kind };
  return accept((writer) => writer.set(['nextConversation'], next), findings);
}

function evaluate(conversation: Conversation, event: HandledEvent<'evaluate'>): Decision {
  const problems = audienceFindings(conversation, 'evaluation', event.visibility, event.sharedWith);
  if (problems.length > 0) return refuse(...problems);
  // The same side evaluating again keeps the readers it chose, unless it says otherwise.
  const before = evaluationsOf(conversation);
  const previous = before[event.by];
  if (event.rating === undefined && event.grade === undefined) {
    return refuse(finding.error('conversation.evaluation.scoreMissing', { path: ['grade'] }));
  }
  const evaluation: ConversationEvaluation = {
    ...(event.rating === undefined ? {} : { rating: event.rating }),
    ...(event.grade === undefined ? {} : { grade: event.grade }),
    feedback: event.feedback,
    ...(event.nextTime === undefined ? {} : { nextTime: event.nextTime }),
    by: event.by,
    at: event.at,
    ...recordAudience('evaluation', event.visibility ?? previous?.visibility, event.sharedWith ?? previous?.sharedWith),
  };
  // Once both sides have evaluated, each side's latest is kept (the other side's is never lost).
  const other = event.by === 'employee' ? before.manager : before.employee;
  return accept((writer) => {
    writer.set(['evaluation'], evaluation);
    if (other === undefined) return;
    const own = { ...before, [event.by]: evaluation };
    writer.set(['evaluations'], bothEvaluations(own.employee, own.manager));
  });
}

/** The handlers of the talk. */
export const talkHandlers = {
  addNote,
  markAgendaItemDone,
  addNeed,
  scheduleNextConversation,
  evaluate,
} satisfies { [T in 'addNote' | 'markAgendaItemDone' | 'addNeed' | 'scheduleNextConversation' | 'evaluate']: Handler<T> };
