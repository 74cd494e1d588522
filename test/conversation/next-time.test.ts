// "Next time, differently": what the evaluation of one conversation says to do differently reaches the
// preparation of the next one, through the POP, over a whole cycle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput, DevelopmentPlan } from '../../src/index.js';
import { createConversation, createDevelopmentPlan, migrateConversation, replay, viewFor } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
const evaluate = developmentEvents[evaluateAt] as ConversationEventInput & { type: 'evaluate' };

/** The fixture's conversation, evaluated with the given `nextTime` (and visibility), turned into its POP. */
function planAfter(nextTime: string | undefined, visibility?: 'private'): DevelopmentPlan {
  const events = developmentEvents.map((event, index) =>
    index === evaluateAt ? { ...evaluate, ...(nextTime === undefined ? {} : { nextTime }), ...(visibility ? { visibility } : {}) } : event,
  ) as ConversationEventInput[];
  const done = replay(events, { input: developmentInput });
  if (!done.ok) throw new Error(JSON.stringify(done.findings));
  const plan = createDevelopmentPlan(done.value);
  if (!plan.ok) throw new Error(JSON.stringify(plan.findings));
  return plan.value;
}

const nextInput = (previousPlan: DevelopmentPlan) => ({
  ...developmentInput,
  id: 'c-2027-06',
  kind: 'checkIn' as const,
  plannedStart: '2027-06-14T10:00:00+02:00',
  participants: [{ id: 'mentor-1', name: 'Noor', role: 'mentor' as const }],
  previousPlan,
});

describe('next time, differently: carried into the next conversation', () => {
  it('puts what the evaluation said to do differently before both sides when the next conversation is prepared', () => {
    const nextTime = 'Volgende keer de agenda een week vooraf delen, zodat ik me beter kan voorbereiden.';
    const plan = planAfter(nextTime);
    expect(plan.evaluation?.nextTime).toBe(nextTime);
    const next = createConversation(nextInput(plan));
    if (!next.ok) throw new Error(JSON.stringify(next.findings));
    // One evaluation in the POP: whose it was, the POP does not say.
    expect(next.value.previousNextTime).toEqual([{ text: nextTime }]);
    // Both sides see it while they prepare; a mentor taking part does not.
    for (const id of ['emp-1', 'mgr-1']) {
      const view = viewFor(next.value, { id });
      expect(view.ok && view.value.previousNextTime).toEqual([{ text: nextTime }]);
    }
    const mentor = viewFor(next.value, { id: 'mentor-1' });
    expect(mentor.ok && 'previousNextTime' in mentor.value).toBe(false);
    // Stored and read back, the state is the same text.
    const again = migrateConversation(JSON.parse(JSON.stringify(next.value)));
    expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(next.value));
  });

  it('carries nothing when the evaluation said nothing, or kept it private', () => {
    for (const plan of [planAfter(undefined), planAfter('   '), planAfter('Alleen voor mezelf.', 'private')]) {
      const next = createConversation(nextInput(plan));
      if (!next.ok) throw new Error(JSON.stringify(next.findings));
      expect('previousNextTime' in next.value).toBe(false);
    }
  });

  it('carries exactly the words given, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ''),
        (text) => {
          const previousPlan = { agreements: [], evaluation: { nextTime: text } };
          const next = createConversation({ ...developmentInput, previousPlan });
          expect(next.ok && next.value.previousNextTime).toEqual([{ text }]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('carries each side’s wish with its side, the employee’s first, also when both wished the same (fast-check)', () => {
    const wish = fc.option(
      fc.constantFrom('De agenda een week vooraf delen.', '  ', 'Meer tijd voor de loopbaanvraag.', 'Eerder beginnen.'),
      {
        nil: undefined,
      },
    );
    fc.assert(
      fc.property(wish, wish, (employee, manager) => {
        const bySide = {
          ...(employee === undefined ? {} : { employee: { nextTime: employee } }),
          ...(manager === undefined ? {} : { manager: { nextTime: manager } }),
        };
        const next = createConversation({ ...developmentInput, previousPlan: { agreements: [], evaluation: { bySide } } });
        if (!next.ok) throw new Error(JSON.stringify(next.findings));
        const expected = [
          ...(employee !== undefined && employee.trim() !== '' ? [{ by: 'employee', text: employee }] : []),
          ...(manager !== undefined && manager.trim() !== '' ? [{ by: 'manager', text: manager }] : []),
        ];
        if (expected.length === 0) expect('previousNextTime' in next.value).toBe(false);
        else expect(next.value.previousNextTime).toEqual(expected);
        // Both sides see every wish with its side.
        const view = viewFor(next.value, { id: 'mgr-1' });
        expect(view.ok && (view.value.previousNextTime ?? [])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
