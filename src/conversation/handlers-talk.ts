// The events of the talk itself: notes, ticking off the agenda, needs, the next appointment and
// the evaluation.
import { calendarDateOf, compareInstants } from '../core/index.js';
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Decision, Handler } from './decision.js';
import type { ConversationEventOf } from './event-types.js';
import { accept, refuse } from './decision.js';
import { limits } from './schema-state.js';
import type { Conversation, Need } from './types.js';

function addNote(conversation: Conversation, event: ConversationEventOf<'addNote'>): Decision {
  return accept((writer) => writer.push(['notes'], { phase: conversation.phase, text: event.text, by: event.by, at: event.at }));
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

function addNeed(conversation: Conversation, event: ConversationEventOf<'addNeed'>): Decision {
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
  const need: Need = {
    id: input.id,
    text: input.text,
    ...(input.why !== undefined ? { why: input.why } : {}),
    focus: input.focus,
    goalIds: [...input.goalIds],
    source: by,
  };
  return accept((writer) => writer.push(['needs', by], need));
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

function evaluate(_conversation: Conversation, event: ConversationEventOf<'evaluate'>): Decision {
  return accept((writer) => writer.set(['evaluation'], { rating: event.rating, feedback: event.feedback, by: event.by, at: event.at }));
}

/** The handlers of the talk. */
export const talkHandlers = {
  addNote,
  markAgendaItemDone,
  addNeed,
  scheduleNextConversation,
  evaluate,
} satisfies { [T in 'addNote' | 'markAgendaItemDone' | 'addNeed' | 'scheduleNextConversation' | 'evaluate']: Handler<T> };
