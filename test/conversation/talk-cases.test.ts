// The events of the talk itself, worked out case by case: notes, ticking off the agenda, needs, the
// next appointment and the evaluation.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved, refusal } from './outcomes.js';

const input = {
  ...developmentInput,
  templateVersion: 1 as const,
  participants: [{ id: 'men-2', name: 'Joost Bakker', role: 'mentor' as const }],
};
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;
const index = (type: ConversationEventInput['type']) => developmentEvents.findIndex((event) => event.type === type);

function state(n: number): Conversation {
  const result = replay(developmentEvents.slice(0, n), { input });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('notes', () => {
  it('writes a note in the phase it is taken in, naming a third party as its writer; refuses an id already used', () => {
    const started = state(index('start') + 1);
    const byMentor = moved(transition(started, { type: 'addNote', at: at(4), by: 'mentor', text: 'Goed gesprek.' }));
    expect(JSON.stringify(byMentor.notes.at(-1))).toBe(
      JSON.stringify({ id: 'note-1', phase: 'setStatus', text: 'Goed gesprek.', by: 'mentor', author: 'men-2', at: at(4) }),
    );
    const byEmployee = moved(transition(byMentor, { type: 'addNote', at: at(5), by: 'employee', text: 'Eens.', id: 'mijn-notitie' }));
    expect(JSON.stringify(byEmployee.notes.at(-1))).toBe(
      JSON.stringify({ id: 'mijn-notitie', phase: 'setStatus', text: 'Eens.', by: 'employee', at: at(5) }),
    );
    expect(refusal(transition(byEmployee, { type: 'addNote', at: at(6), by: 'manager', text: 'x', id: 'note-1' }))).toEqual([
      ['conversation.note.duplicate', ['id'], { note: { kind: 'note', id: 'note-1' } }],
    ]);
  });
});

describe('the agenda', () => {
  it('ticks a point off with when and by whom, once; refuses a point not on the agenda', () => {
    const started = state(index('start') + 1);
    const done = moved(transition(started, { type: 'markAgendaItemDone', at: at(6), by: 'employee', itemId: 'e2' }));
    const item = done.agenda?.items.find((entry) => entry.id === 'e2');
    expect([item?.done, item?.doneAt, item?.doneBy]).toEqual([true, at(6), 'employee']);
    expect(refusal(transition(done, { type: 'markAgendaItemDone', at: at(7), by: 'manager', itemId: 'e2' }))).toEqual([
      ['conversation.agenda.alreadyDone', ['itemId'], { item: { kind: 'agendaPoint', id: 'e2', title: 'Werkdruk in het team' } }],
    ]);
    expect(refusal(transition(done, { type: 'markAgendaItemDone', at: at(7), by: 'manager', itemId: 'o1' }))).toEqual([
      ['conversation.agenda.unknownItem', ['itemId'], { item: { kind: 'agendaPoint', id: 'o1' } }],
    ]);
  });
});

describe('needs', () => {
  it('refuses a need whose id the other side already used', () => {
    const inNeeds = state(index('addNeed') + 1);
    expect(
      refusal(
        transition(inNeeds, { type: 'addNeed', at: at(17), by: 'manager', need: { id: 'n1', text: 'Productkennis', focus: 'knowledge' } }),
      ),
    ).toEqual([['conversation.need.duplicate', ['need', 'id'], { need: { kind: 'need', id: 'n1', title: 'Productkennis' } }]]);
  });
});

describe('the next appointment', () => {
  const inNext = () => state(index('scheduleNextConversation'));
  const plan = { type: 'scheduleNextConversation' as const, at: at(49), by: 'manager' as const };

  it('keeps the conversation’s own kind when none is given', () => {
    const scheduled = moved(
      transition(inNext(), { ...plan, date: '2027-06-14', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00' }),
    );
    expect(JSON.stringify(scheduled.nextConversation)).toBe(
      JSON.stringify({ date: '2027-06-14', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00', kind: 'development' }),
    );
  });

  it('refuses an end at the start, a start at this moment, and a date that is not the start’s day where the conversation is', () => {
    expect(refusal(transition(inNext(), { ...plan, date: '2027-03-15', start: at(49), end: at(49) }))).toEqual([
      ['conversation.schedule.endBeforeStart', ['end'], { start: at(49), end: at(49) }],
      ['conversation.schedule.notAfterThis', ['start'], { start: at(49), at: at(49) }],
    ]);
    // 23:30 in Amsterdam on 13 June is 13 June there, though it is 14 June in UTC+3.
    expect(
      refusal(transition(inNext(), { ...plan, date: '2027-06-14', start: '2027-06-14T00:30:00+03:00', end: '2027-06-14T01:00:00+03:00' })),
    ).toEqual([
      [
        'conversation.schedule.dateMismatch',
        ['date'],
        { date: '2027-06-14', start: '2027-06-14T00:30:00+03:00', timeZone: 'Europe/Amsterdam' },
      ],
    ]);
  });
});

describe('the evaluation', () => {
  const inEvaluation = () => state(index('evaluate'));

  it('refuses an evaluation without a rating or a grade', () => {
    expect(refusal(transition(inEvaluation(), { type: 'evaluate', at: at(54), by: 'employee', feedback: 'Prima.' }))).toEqual([
      ['conversation.evaluation.scoreMissing', ['grade'], {}],
    ]);
  });

  it('writes the evaluation in one key order, and keeps both sides’ once both have evaluated', () => {
    const one = moved(
      transition(inEvaluation(), { type: 'evaluate', at: at(54), by: 'employee', grade: 8, feedback: 'Fijn.', nextTime: 'Korter.' }),
    );
    expect(JSON.stringify(one.evaluation)).toBe(
      JSON.stringify({ grade: 8, feedback: 'Fijn.', nextTime: 'Korter.', by: 'employee', at: at(54) }),
    );
    expect(one.evaluations).toBeUndefined();
    const both = moved(transition(one, { type: 'evaluate', at: at(55), by: 'manager', rating: 4, feedback: 'Goed.' }));
    expect(both.evaluation?.by).toBe('manager');
    expect([both.evaluations?.employee?.grade, both.evaluations?.manager?.rating]).toEqual([8, 4]);
    const again = moved(transition(both, { type: 'evaluate', at: at(56), by: 'employee', grade: 9, feedback: 'Nog beter.' }));
    expect([again.evaluations?.employee?.grade, again.evaluations?.manager?.rating]).toEqual([9, 4]);
  });
});
