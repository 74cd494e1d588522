// The events of preparation, worked out case by case: answers, agenda points (one's own and the
// other side's), the merged agenda kept up to date, and the purpose.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation, transition } from '../../src/index.js';
import { developmentInput } from './fixtures.js';
import { moved, refusal } from './outcomes.js';

const at = (minute: number) => `2027-03-10T09:${String(minute).padStart(2, '0')}:00+01:00`;

function created(extra: object = {}): Conversation {
  const result = createConversation({ ...developmentInput, templateVersion: 1, ...extra });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

function apply(conversation: Conversation, events: ConversationEventInput[]): Conversation {
  return events.reduce((state, event) => moved(transition(state, event)), conversation);
}

const point = (id: string, title: string, by: 'employee' | 'manager' = 'employee', minute = 1): ConversationEventInput => ({
  type: 'addAgendaPoint',
  at: at(minute),
  by,
  point: { id, title, priority: 'should', minutes: 10 },
});

describe('answers', () => {
  it('replaces the answer to a question answered before, in its place, and adds a new one at the end', () => {
    const state = apply(created(), [
      { type: 'answerPreparation', at: at(1), by: 'employee', questionId: 'q1', answer: 'Eerste' },
      { type: 'answerPreparation', at: at(2), by: 'employee', questionId: 'q2', answer: 'Tweede' },
      { type: 'answerPreparation', at: at(3), by: 'employee', questionId: 'q1', answer: 'Eerste, beter', question: 'Wat ging goed?' },
    ]);
    expect(state.preparation.employee.map((answer) => JSON.stringify(answer))).toEqual([
      JSON.stringify({ questionId: 'q1', question: 'Wat ging goed?', answer: 'Eerste, beter', at: at(3) }),
      JSON.stringify({ questionId: 'q2', answer: 'Tweede', at: at(2) }),
    ]);
    expect(state.preparation.manager).toEqual([]);
  });
});

describe('agenda points', () => {
  it('refuses an id used by either side or by an open agreement of the previous plan', () => {
    const withPlan = created({ previousPlan: { agreements: [{ id: 'old-1', what: 'Cursus volgen', who: 'emp-1', when: '2027-01-31' }] } });
    const state = apply(withPlan, [point('p1', 'Werkdruk', 'manager')]);
    for (const id of ['p1', 'old-1']) {
      expect(refusal(transition(state, point(id, 'Iets', 'employee', 2)))).toEqual([
        ['conversation.agenda.duplicatePoint', ['point', 'id'], { point: { kind: 'agendaPoint', id, title: 'Iets' } }],
      ]);
    }
  });

  it('writes the point of the manager as the organisation’s, in one key order', () => {
    const state = apply(created(), [
      {
        type: 'addAgendaPoint',
        at: at(1),
        by: 'manager',
        point: { id: 'o1', title: 'Koers', topic: 'capacityGrowth', priority: 'must', notes: 'Kort', goalIds: ['g1'] },
      },
    ]);
    expect(JSON.stringify(state.agendaPoints.manager[0])).toBe(
      JSON.stringify({
        id: 'o1',
        source: 'organisation',
        title: 'Koers',
        topic: 'capacityGrowth',
        priority: 'must',
        goalIds: ['g1'],
        notes: 'Kort',
      }),
    );
    expect(state.agendaPoints.employee).toEqual([]);
  });

  it('lets each side withdraw only its own points, naming the other side’s', () => {
    const state = apply(created(), [point('e1', 'Werkdruk'), point('o1', 'Koers', 'manager', 2)]);
    expect(refusal(transition(state, { type: 'withdrawAgendaPoint', at: at(3), by: 'employee', pointId: 'o1' }))).toEqual([
      ['conversation.agenda.otherSidesPoint', ['pointId'], { point: { kind: 'agendaPoint', id: 'o1', title: 'Koers' }, side: 'manager' }],
    ]);
    expect(refusal(transition(state, { type: 'withdrawAgendaPoint', at: at(3), by: 'employee', pointId: 'zz' }))).toEqual([
      ['conversation.agenda.unknownPoint', ['pointId'], { point: { kind: 'agendaPoint', id: 'zz' } }],
    ]);
    const withdrawn = moved(transition(state, { type: 'withdrawAgendaPoint', at: at(3), by: 'manager', pointId: 'o1' }));
    expect(withdrawn.agendaPoints.manager).toEqual([]);
    expect(withdrawn.agendaPoints.employee.map((p) => p.id)).toEqual(['e1']);
  });

  it('keeps a merged agenda up to date as points come and go, and leaves an unmerged one unmade', () => {
    const unmerged = apply(created(), [point('e1', 'Werkdruk')]);
    expect(unmerged.agenda).toBeNull();
    const merged = apply(unmerged, [{ type: 'mergeAgenda', at: at(2), by: 'manager' }]);
    const added = apply(merged, [point('o1', 'Koers', 'manager', 3)]);
    expect(added.agenda?.items.map((item) => item.id).sort()).toEqual(['e1', 'o1']);
    const withdrawn = apply(added, [{ type: 'withdrawAgendaPoint', at: at(4), by: 'employee', pointId: 'e1' }]);
    expect(withdrawn.agenda?.items.map((item) => item.id)).toEqual(['o1']);
    const unmergedWithdrawn = apply(unmerged, [{ type: 'withdrawAgendaPoint', at: at(4), by: 'employee', pointId: 'e1' }]);
    expect(unmergedWithdrawn.agenda).toBeNull();
  });
});

describe('the purpose', () => {
  it('sets the purpose and the time, re-plans a merged agenda for a new time, and keeps what it does not change', () => {
    const merged = apply(created(), [point('e1', 'Werkdruk'), { type: 'mergeAgenda', at: at(2), by: 'manager' }]);
    const same = apply(merged, [{ type: 'setPurpose', at: at(3), by: 'employee', purpose: 'Groeien', minutes: 60 }]);
    expect([same.purpose, same.availableMinutes, same.overarchingGoal]).toEqual(['Groeien', 60, merged.overarchingGoal]);
    expect(same.agenda).toEqual(merged.agenda);
    const longer = apply(merged, [{ type: 'setPurpose', at: at(3), by: 'employee', purpose: 'Groeien', minutes: 90 }]);
    expect(longer.availableMinutes).toBe(90);
    expect(longer.agenda?.minutesForItems).not.toBe(merged.agenda?.minutesForItems);
    const kept = apply(longer, [{ type: 'setPurpose', at: at(4), by: 'employee', purpose: 'Verder groeien' }]);
    expect([kept.purpose, kept.availableMinutes]).toEqual(['Verder groeien', 90]);
  });

  it('hints once at an overarching goal phrased as a deficit', () => {
    const goal = 'Mijn zwakke punten bij het presenteren wegwerken';
    const first = transition(created(), { type: 'setPurpose', at: at(1), by: 'employee', purpose: 'Groeien', overarchingGoal: goal });
    const hint = first.findings.filter((f) => f.code === 'conversation.purpose.deficit');
    expect(hint.map((f) => [f.severity, f.path])).toEqual([['info', ['overarchingGoal']]]);
    const words = hint[0]?.params['words'];
    expect(Array.isArray(words) && words.length > 0).toBe(true);
    const again = transition(moved(first), { type: 'setPurpose', at: at(2), by: 'employee', purpose: 'Groeien', overarchingGoal: goal });
    expect(again.findings.filter((f) => f.code === 'conversation.purpose.deficit')).toEqual([]);
    expect(moved(again).overarchingGoal).toBe(goal);
  });
});
