// Worked cases for what one person sees of an event log (events.ts): the course of the talk for
// someone who only sits in, and notes whose ids the conversation gives them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { eventsVisibleTo, transition } from '../../src/index.js';
import { noteIds, readLog, refOfEvent } from '../../src/privacy/events.js';
import { refKey, textsOf } from '../../src/privacy/texts.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { drive, input, steps } from './arbitraries.js';

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

  it('lets the HR adviser follow an agreement shared with her through its proposal, revision, acceptance and withdrawal', () => {
    const { state, events } = drive(Array.from({ length: 6 }, () => move));
    expect(state.phase).toBe('agreements');
    const log = [...events];
    const agreement = { id: 'a-tm', what: 'Sanne volgt voor 1 juni 2027 de training timemanagement', who: 'emp-1', when: '2027-06-01' };
    send(
      state,
      log,
      { type: 'proposeAgreement', at: '2027-03-15T11:00:00+01:00', by: 'manager', agreement, visibility: 'hr' },
      {
        type: 'reviseAgreement',
        at: '2027-03-15T11:01:00+01:00',
        by: 'employee',
        agreement: { ...agreement, what: 'Sanne volgt voor 1 juli 2027 de training timemanagement', when: '2027-07-01' },
      },
      { type: 'acceptAgreement', at: '2027-03-15T11:03:00+01:00', by: 'manager', agreementId: 'a-tm' },
      { type: 'withdrawAgreement', at: '2027-03-15T11:04:00+01:00', by: 'manager', agreementId: 'a-tm', reason: 'De training vervalt.' },
      { type: 'nextPhase', at: '2027-03-15T11:05:00+01:00', by: 'manager' },
      // The manager's support, shared with the mentor only (besides the two sides).
      {
        type: 'proposeSupport',
        at: '2027-03-15T11:06:00+01:00',
        by: 'manager',
        agreement: { id: 's-1', what: 'Ahmed plant voor 1 mei 2027 elke week een half uur overleg', who: 'mgr-1', when: '2027-05-01' },
        sharedWith: ['men-2'],
      },
      { type: 'acceptSupport', at: '2027-03-15T11:07:00+01:00', by: 'employee', agreementId: 's-1' },
    );
    const from = events.length;
    const seenAfter = (id: string) => typesSeenBy(log, id).filter((entry) => Number(entry.split(':')[0]) >= from);
    const all = log.slice(from).map((event, index) => `${from + index}:${event.type}`);
    expect(seenAfter('emp-1')).toEqual(all);
    expect(seenAfter('mgr-1')).toEqual(all);
    expect(seenAfter('hr-7')).toEqual(all.slice(0, 5));
    expect(seenAfter('men-2')).toEqual(all.slice(4));
    expect(seenAfter('skip-3')).toEqual([`${from + 4}:nextPhase`]);
  });

  it('shows the manager the employee’s evaluation from its first version on, once she shared it after writing it for herself', () => {
    const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
    const events = [
      ...developmentEvents.slice(0, evaluateAt),
      {
        type: 'evaluate',
        at: '2027-03-15T10:54:00+01:00',
        by: 'employee',
        grade: 8,
        feedback: 'Ik voelde me gehoord.',
        visibility: 'private',
      },
      { type: 'shareText', at: '2027-03-15T10:54:30+01:00', by: 'employee', text: { kind: 'evaluation' }, visibility: 'shared' },
      {
        type: 'evaluate',
        at: '2027-03-15T10:55:00+01:00',
        by: 'manager',
        grade: 6,
        feedback: 'Te weinig tijd voor de loopbaanvraag.',
        visibility: 'private',
      },
      ...developmentEvents.slice(evaluateAt + 1),
    ] as ConversationEventInput[];
    const seen = (id: string) => {
      const visible = eventsVisibleTo({ input: developmentInput, events }, { id });
      if (!visible.ok) throw new Error(JSON.stringify(visible.findings));
      return visible.value.filter((entry) => entry.index >= evaluateAt).map((entry) => `${entry.event.type}:${entry.event.by}`);
    };
    expect(seen('mgr-1')).toEqual(['evaluate:employee', 'shareText:employee', 'evaluate:manager', 'conclude:manager']);
    // The manager's own evaluation stays his.
    expect(seen('emp-1')).toEqual(['evaluate:employee', 'shareText:employee', 'conclude:manager']);
  });

  it('shows the two sides the manager’s cancellation with its reason, and neither the mentor nor the HR adviser', () => {
    const { state, events } = drive([move]);
    const log = [...events];
    send(state, log, {
      type: 'cancel',
      at: '2027-03-15T10:05:00+01:00',
      by: 'manager',
      reason: 'Sanne is langdurig ziek gemeld.',
    });
    const last = `${log.length - 1}:cancel`;
    expect(typesSeenBy(log, 'emp-1')).toContain(last);
    expect(typesSeenBy(log, 'mgr-1')).toContain(last);
    expect(typesSeenBy(log, 'men-2')).not.toContain(last);
    expect(typesSeenBy(log, 'hr-7')).not.toContain(last);
  });

  it('shows the mentor the answer the employee shared with her and the sharing itself, and the manager neither', () => {
    const { state, events } = drive([]);
    const log = [...events];
    send(
      state,
      log,
      {
        type: 'answerPreparation',
        at: '2027-03-10T09:00:00+01:00',
        by: 'employee',
        questionId: 'q1',
        answer: 'Ik twijfel of ik teamleider wil worden.',
      },
      {
        type: 'shareText',
        at: '2027-03-11T09:00:00+01:00',
        by: 'employee',
        text: { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' },
        sharedWith: ['men-2'],
      },
    );
    expect(typesSeenBy(log, 'men-2')).toEqual(['0:answerPreparation', '1:shareText']);
    expect(typesSeenBy(log, 'mgr-1')).toEqual([]);
  });

  it('shows the HR adviser the manager’s evaluate event for the personnel file, not the employee’s private one', () => {
    const moves = drive(Array.from({ length: 9 }, () => move));
    const log = [...moves.events];
    send(
      moves.state,
      log,
      {
        type: 'evaluate',
        at: '2027-03-15T11:00:00+01:00',
        by: 'employee',
        rating: 4,
        feedback: 'Ik deel dit liever niet.',
        visibility: 'private',
      },
      { type: 'evaluate', at: '2027-03-15T11:01:00+01:00', by: 'manager', rating: 3, feedback: 'Verzuim besproken.', visibility: 'hr' },
    );
    const evaluations = (id: string) => typesSeenBy(log, id).filter((entry) => entry.endsWith(':evaluate'));
    expect(evaluations('hr-7')).toEqual([`${log.length - 1}:evaluate`]);
    expect(evaluations('men-2')).toEqual([]);
  });

  it('shows someone who does not take part nothing, and refuses a garbled log under its own name', () => {
    const { events } = drive([move]);
    const outsider = eventsVisibleTo({ input, events }, { id: 'extern-9' });
    expect(outsider.ok).toBe(false);
    expect(outsider.findings.map((f) => [f.code, f.path])).toEqual([['privacy.viewer.notParticipant', ['viewer', 'id']]]);
    const garbled = eventsVisibleTo({ input, events: [{ type: 'start', at: 'gisteren', by: 'manager' }] } as never, { id: 'emp-1' });
    expect(garbled.ok).toBe(false);
    expect(garbled.findings.length).toBeGreaterThan(0);
    expect(garbled.findings.every((f) => f.path[0] === 'log')).toBe(true);
  });

  it('finds every text an event wrote in the state its log leads to, each evaluation under its writer (fast-check)', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const { events } = drive(plan);
        const read = readLog({ input, events });
        if (!read.ok) throw new Error(JSON.stringify(read.findings));
        const keys = new Set(textsOf(read.value.state).map((entry) => refKey(entry.ref)));
        for (const entry of textsOf(read.value.state)) {
          if (entry.ref.kind === 'evaluation' && entry.copy === undefined) keys.add(`evaluation\u0000${entry.author?.role}`);
        }
        const noteId = noteIds();
        for (const event of read.value.log.events) {
          const ref = refOfEvent(event, noteId);
          if (ref === undefined) continue;
          const key = event.type === 'evaluate' ? `${refKey(ref)}\u0000${event.onBehalfOf ?? event.by}` : refKey(ref);
          expect([event.type, keys.has(key)]).toEqual([event.type, true]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
