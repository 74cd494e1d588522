// Worked cases for what one person sees of an event log (events.ts): the course of the talk for
// someone who only sits in, and notes whose ids the conversation gives them.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { eventsVisibleTo, transition } from '../../src/index.js';
import { drive, input } from './arbitraries.js';

const move = { what: 'move', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 } as const;

/** Sends the events one after another onto a state and its log; throws when one is refused. */
function send(state: Conversation, events: ConversationEventInput[], ...more: ConversationEventInput[]): Conversation {
  let current = state;
  for (const event of more) {
    const next = transition(current, event);
    if (!next.ok) throw new Error(JSON.stringify(next.findings));
    current = next.value.conversation;
    events.push(event);
  }
  return current;
}

/** Takes the conversation on to its conclusion, planning the next one on the way. */
function finish(state: Conversation, events: ConversationEventInput[]): Conversation {
  let current = state;
  let minute = 30;
  const at = () => `2027-03-15T10:${String(minute++).padStart(2, '0')}:00+01:00`;
  const attempt = (event: ConversationEventInput): boolean => {
    const next = transition(current, event);
    if (!next.ok) return false;
    current = next.value.conversation;
    events.push(event);
    return true;
  };
  while (current.status !== 'concluded' && minute < 59) {
    if (attempt({ type: 'nextPhase', at: at(), by: 'manager' })) continue;
    if (current.nextConversation === null) {
      const planned = attempt({
        type: 'scheduleNextConversation',
        at: at(),
        by: 'manager',
        date: '2027-09-14',
        start: '2027-09-14T10:00:00+02:00',
        end: '2027-09-14T10:45:00+02:00',
      });
      if (planned) continue;
    }
    if (!attempt({ type: 'conclude', at: at(), by: 'manager' })) throw new Error(`stuck in ${current.phase}`);
  }
  return current;
}

function typesSeenBy(events: readonly ConversationEventInput[], id: string): string[] {
  const seen = eventsVisibleTo({ input, events }, { id });
  if (!seen.ok) throw new Error(JSON.stringify(seen.findings));
  return seen.value.map((visible) => `${visible.index}:${visible.event.type}`);
}

describe('eventsVisibleTo: worked cases', () => {
  it('lets a mentor who sits in follow the course of the talk (a step back, the next appointment, the end) and nothing said in it', () => {
    // Purpose set, agenda merged, started, two phases on; then back one phase and on to the end.
    const { state, events } = drive([move, move, move]);
    const log = [...events];
    let current = send(state, log, { type: 'previousPhase', at: '2027-03-15T10:20:00+01:00', by: 'manager' });
    current = send(current, log, {
      type: 'addNote',
      at: '2027-03-15T10:21:00+01:00',
      by: 'manager',
      text: 'Sanne wil eerst haar huidige rol afronden.',
    });
    current = finish(current, log);
    expect(current.status).toBe('concluded');
    const mentor = typesSeenBy(log, 'men-2');
    // Everything but the purpose, the agenda and the note: the course, step by step.
    expect(mentor).toEqual(
      log.flatMap((event, index) => (['setPurpose', 'mergeAgenda', 'addNote'].includes(event.type) ? [] : [`${index}:${event.type}`])),
    );
    expect(mentor).toContain('5:previousPhase');
    expect(mentor.some((entry) => entry.endsWith(':scheduleNextConversation'))).toBe(true);
    expect(mentor.at(-1)?.endsWith(':conclude')).toBe(true);
    // The employee also sees the purpose, the agenda and the manager's note, which is for both sides.
    expect(typesSeenBy(log, 'emp-1')).toEqual(log.map((event, index) => `${index}:${event.type}`));
  });

  it('keeps an HR adviser’s private note from the employee when an earlier note already took the name the next one would get', () => {
    const { state, events } = drive([move, move]);
    const log = [...events];
    send(
      state,
      log,
      // The manager names his note `note-2` himself; the adviser's note, without an id, becomes `note-3`.
      { type: 'addNote', at: '2027-03-15T10:10:00+01:00', by: 'manager', id: 'note-2', text: 'Afspraak met de bedrijfsarts volgt.' },
      {
        type: 'addNote',
        at: '2027-03-15T10:12:00+01:00',
        by: 'hrAdviser',
        text: 'Re-integratietraject loopt via het UWV; niet met het team delen.',
        visibility: 'private',
      },
      { type: 'addNote', at: '2027-03-15T10:14:00+01:00', by: 'employee', text: 'Ik wil het traject zelf toelichten.' },
    );
    const first = log.length - 3;
    expect(typesSeenBy(log, 'emp-1').slice(-2)).toEqual([`${first}:addNote`, `${first + 2}:addNote`]);
    expect(typesSeenBy(log, 'mgr-1').slice(-2)).toEqual([`${first}:addNote`, `${first + 2}:addNote`]);
    // The adviser sees her own note only: the two others are for the two sides.
    expect(typesSeenBy(log, 'hr-7').filter((entry) => entry.endsWith(':addNote'))).toEqual([`${first + 1}:addNote`]);
  });
});
