import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportForSubject, findingMessage } from '../../src/index.js';
import { samplePlan } from '../plan/fixtures.js';
import { drive, input, modelMayRead, people, steps } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

describe('exportForSubject', () => {
  it('gives every person what the records hold about them, and lists for the employee what others keep private (fast-check)', () => {
    fc.assert(
      fc.property(steps, fc.constantFrom(0, 1, 2, 3, 4), (plan, who) => {
        const { state, events, markers } = drive(plan);
        const person = people[who];
        const answer = value(exportForSubject({ conversations: [state], eventLogs: [{ input, events }] }, person.id));
        expect(answer.conversations.map((c) => c.role)).toEqual([person.role]);
        expect(answer.eventLogs.map((l) => l.role)).toEqual([person.role]);
        const listed = JSON.stringify(answer);
        for (const [id, marker] of markers) {
          if (!modelMayRead(person, marker) && person.id !== marker.sender) expect([id, listed.includes(id)]).toEqual([id, false]);
        }
        if (person.role !== 'employee') expect(answer.withheld).toEqual([]);
        // With the words included, the employee gets every text of their own conversation.
        if (person.role === 'employee') {
          const all = JSON.stringify(value(exportForSubject({ conversations: [state] }, person.id, { withheld: 'include' })));
          for (const [id, marker] of markers)
            if (marker.current && marker.kind !== 'sides' && marker.kind !== 'postpone') expect([id, all.includes(id)]).toEqual([id, true]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('names the texts it holds back, and the plans of the person', () => {
    const { state } = drive([
      { what: 'answer', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
      { what: 'answer', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
    ]);
    const result = exportForSubject({ conversations: [state], plans: [samplePlan()] }, 'emp-1');
    const answer = value(result);
    expect(answer.withheld).toEqual([
      { conversationId: 'c-privacy', text: { kind: 'preparationAnswer', side: 'manager', questionId: 'q-1' }, author: 'manager' },
    ]);
    expect(answer.plans).toEqual([]);
    expect(result.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      '1 tekst over deze persoon is privé van iemand anders en staat er niet in. Weeg de rechten van de schrijver af (artikel 15 lid 4 AVG) voordat die tekst alsnog wordt verstrekt.',
    ]);
    const plans = value(exportForSubject({ plans: [samplePlan()] }, 'e-17'));
    expect(plans.plans.map((plan) => [plan.role, plan.view.id])).toEqual([['employee', 'pop-2027-e17']]);
  });

  it('refuses records that are not valid, saying where, and never throws', () => {
    const result = exportForSubject({ conversations: [{ id: 'x' } as never] }, 'emp-1');
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.path.slice(0, 3)).toEqual(['records', 'conversations', 0]);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (records, id, options) => {
        expect(() => exportForSubject(records as never, id as never, options as never)).not.toThrow();
      }),
    );
  });
});
