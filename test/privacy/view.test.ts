import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/index.js';
import { createConversation, eventsVisibleTo, findingMessage, planViewFor, transition, viewFor } from '../../src/index.js';
import { samplePlan, sampleContent } from '../plan/fixtures.js';
import { drive, input, modelMayRead, people, steps } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

describe('viewFor', () => {
  it('shows nothing private to another person, and everything the viewer may read (fast-check, generated conversations and viewers)', () => {
    fc.assert(
      fc.property(steps, fc.constantFrom(0, 1, 2, 3, 4), (plan, who) => {
        const { state, markers } = drive(plan);
        const viewer = people[who];
        const shown = JSON.stringify(value(viewFor(state, { id: viewer.id })));
        for (const [id, marker] of markers) {
          if (!modelMayRead(viewer, marker)) expect([id, shown.includes(id)]).toEqual([id, false]);
          else if (marker.current) expect([id, shown.includes(id)]).toEqual([id, true]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shows a person who does not take part nothing at all', () => {
    fc.assert(
      fc.property(steps, fc.string({ minLength: 1, maxLength: 20 }), (plan, id) => {
        fc.pre(!people.some((person) => person.id === id.trim()) && id.trim() !== '');
        const { state } = drive(plan);
        const view = viewFor(state, { id });
        expect(view.ok).toBe(false);
        expect(view.findings[0]?.code).toBe('privacy.viewer.notParticipant');
      }),
      { numRuns: 30 },
    );
  });

  it('keeps a preparation answer private until its writer shares it, and a mentor sees only what is shared with them', () => {
    const created = value(createConversation(input));
    const answered = value(
      transition(created, {
        type: 'answerPreparation',
        at: '2027-03-10T09:00:00+01:00',
        by: 'employee',
        questionId: 'q1',
        answer: 'Ik twijfel.',
      }),
    ).conversation;
    expect(value(viewFor(answered, { id: 'mgr-1' })).preparation.employee).toEqual([]);
    const shared = value(
      transition(answered, {
        type: 'shareText',
        at: '2027-03-11T09:00:00+01:00',
        by: 'employee',
        text: { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' },
        visibility: 'shared',
      }),
    ).conversation;
    expect(value(viewFor(shared, { id: 'mgr-1' })).preparation.employee[0]?.answer).toBe('Ik twijfel.');
    expect(value(viewFor(shared, { id: 'men-2' })).preparation.employee).toEqual([]);
    expect(value(viewFor(shared, { id: 'hr-7' })).preparation.employee).toEqual([]);
    const withMentor = value(
      transition(shared, {
        type: 'shareText',
        at: '2027-03-12T09:00:00+01:00',
        by: 'employee',
        text: { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' },
        sharedWith: ['men-2'],
      }),
    ).conversation;
    expect(value(viewFor(withMentor, { id: 'men-2' })).preparation.employee).toHaveLength(1);
    expect(value(viewFor(withMentor, { id: 'skip-3' })).preparation.employee).toHaveLength(0);
  });

  it('is for reading: a view is not a state, and the conversation refuses it', () => {
    const created = value(createConversation(input));
    const view = value(viewFor(created, { id: 'emp-1' }));
    expect(view.viewer).toEqual({ id: 'emp-1', role: 'employee' });
    const refused = transition(view as unknown as Conversation, { type: 'mergeAgenda', at: '2027-03-10T09:00:00+01:00', by: 'manager' });
    expect(refused.ok).toBe(false);
    expect(refused.findings[0]?.code).toBe('conversation.state.invalid');
  });

  it('follows the role the conversation gives a person, and says so when the caller said otherwise', () => {
    const created = value(createConversation(input));
    const view = viewFor(created, { id: 'men-2', role: 'hrAdviser' });
    expect(view.ok && view.value.viewer.role).toBe('mentor');
    expect(view.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'Deze persoon neemt aan dit gesprek deel als mentor of coach en niet als HR-adviseur; wat te zien is, volgt de rol in het gesprek.',
    ]);
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (conversation, viewer) => {
        expect(() => viewFor(conversation as Conversation, viewer as never)).not.toThrow();
        expect(() => planViewFor(conversation as never, viewer as never)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('eventsVisibleTo', () => {
  it('shows a viewer their own events and those whose texts they may read, nothing else (fast-check)', () => {
    fc.assert(
      fc.property(steps, fc.constantFrom(0, 1, 2, 3, 4), (plan, who) => {
        const { events, markers } = drive(plan);
        const viewer = people[who];
        const shown = JSON.stringify(value(eventsVisibleTo({ input, events }, { id: viewer.id })));
        for (const [id, marker] of markers) {
          const expected = modelMayRead(viewer, marker) || viewer.id === marker.sender;
          expect([id, shown.includes(id)]).toEqual([id, expected]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives everyone who takes part the course of the conversation', () => {
    const { events } = drive([{ what: 'move', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 }]);
    const mentor = value(eventsVisibleTo({ input, events }, { id: 'men-2' })).map((visible) => visible.event.type);
    expect(mentor).toEqual(['start']);
    const manager = value(eventsVisibleTo({ input, events }, { id: 'mgr-1' })).map((visible) => visible.event.type);
    expect(manager).toEqual(['setPurpose', 'mergeAgenda', 'start']);
  });
});

describe('planViewFor', () => {
  it('gives the plan to the employee and the manager, to an HR adviser only when it is in the personnel file, and to named participants', () => {
    const shared = samplePlan();
    expect(planViewFor(shared, { id: shared.employee.id }).ok).toBe(true);
    expect(planViewFor(shared, { id: shared.manager.id }).ok).toBe(true);
    expect(planViewFor(shared, { id: 'hr-7', role: 'hrAdviser' }).ok).toBe(false);
    const hr = samplePlan({ ...sampleContent(), visibility: 'hr', sharedWith: ['men-2'] });
    expect(planViewFor(hr, { id: 'hr-7', role: 'hrAdviser' }).ok).toBe(true);
    expect(planViewFor(hr, { id: 'men-2', role: 'mentor' }).ok).toBe(true);
    const outsider = planViewFor(hr, { id: 'x-1', role: 'mentor' });
    expect(outsider.ok).toBe(false);
    expect(outsider.findings[0]?.code).toBe('privacy.viewer.notParticipant');
  });
});
