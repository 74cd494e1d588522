// The time view, worked out case by case: the plan shared out by weight, time running over in the
// opening phase, a postponed conversation's clock, and `now` that is no instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, PhaseTimesOptions } from '../../src/index.js';
import { phaseTimes, replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved } from './outcomes.js';

const input = { ...developmentInput, templateVersion: 1 as const };
const at = (time: string) => `2027-03-15T${time}:00+01:00`;
const startAt = developmentEvents.findIndex((event) => event.type === 'start');

function state(n: number, minutes = 60): Conversation {
  const result = replay(developmentEvents.slice(0, n), { input: { ...input, plannedMinutes: minutes } });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

function view(conversation: Conversation, now: string) {
  const result = phaseTimes(conversation, { now });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('time running over', () => {
  it('shows the opening phase running over, as the current phase, with the minutes over as negative', () => {
    const opening = state(startAt + 1);
    const times = view(opening, at('10:25'));
    const first = times.phases.find((phase) => phase.phase === 'setStatus');
    expect(first?.current).toBe(true);
    expect(first?.usedMinutes).toBe(25);
    expect(first?.leftMinutes).toBe((first?.plannedMinutes ?? 0) - 25);
    expect(first?.leftMinutes).toBeLessThan(0);
    expect(times.current).toEqual(first);
    expect([times.availableMinutes, times.totalUsedMinutes, times.totalLeftMinutes]).toEqual([60, 25, 35]);
    // Preparation has no talk time, though it has a visit.
    const preparation = times.phases.find((phase) => phase.phase === 'preparation');
    expect([preparation?.plannedMinutes, preparation?.usedMinutes, preparation?.current]).toEqual([0, 0, false]);
    for (const phase of times.phases.filter((p) => p.phase !== 'setStatus')) expect(phase.current).toBe(false);
  });

  it('stops the clock of a postponed conversation: no current phase, the minutes talked kept', () => {
    const postponed = moved(
      transition(state(startAt + 1), { type: 'postpone', at: at('10:07'), by: 'manager', reason: 'Brand', emergency: true }),
    );
    const times = view(postponed, at('12:00'));
    expect(times.current).toBeUndefined();
    expect(times.totalUsedMinutes).toBe(7);
    expect(times.phases.every((phase) => !phase.current)).toBe(true);
  });

  it('counts nothing before the start, and a moment before a visit began as nothing', () => {
    const planned = state(startAt);
    expect(view(planned, at('11:00')).totalUsedMinutes).toBe(0);
    expect(view(state(startAt + 1), at('09:00')).totalUsedMinutes).toBe(0);
  });
});

describe('the plan per phase', () => {
  it('shares out exactly the minutes there are, in whole minutes, by the phases’ weights (fast-check)', () => {
    const opening = state(startAt + 1);
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 480 }), (minutes) => {
        const conversation = { ...opening, availableMinutes: minutes } as Conversation;
        const phases = view(conversation, at('10:00')).phases;
        expect(phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0)).toBe(minutes);
        const weights = conversation.template.phases.map((phase) => phase.weight);
        const total = weights.reduce((a, b) => a + b, 0);
        phases.forEach((phase, index) => {
          const exact = (minutes * (weights[index] ?? 0)) / total;
          expect(Math.abs(phase.plannedMinutes - exact)).toBeLessThan(1);
        });
      }),
    );
  });

  it('gives a remaining minute to the earlier of two phases that weigh the same', () => {
    const opening = state(startAt + 1);
    const phases = opening.template.phases.map((phase, index) => ({ ...phase, weight: index === 0 ? 0 : 1 }));
    const even = { ...opening, availableMinutes: phases.length, template: { ...opening.template, phases } } as Conversation;
    const planned = view(even, at('10:00')).phases.map((phase) => phase.plannedMinutes);
    expect(planned).toEqual([0, 2, ...phases.slice(2).map(() => 1)]);
  });
});

describe('`now`', () => {
  it('must be an instant, read from options that can be read', () => {
    const opening = state(startAt + 1);
    const path = (options: unknown) => {
      const result = phaseTimes(opening, options as PhaseTimesOptions);
      expect(result.ok).toBe(false);
      return [result.findings[0]?.code, result.findings[0]?.path];
    };
    expect(path({ now: '15 maart' })[1]).toEqual(['now']);
    expect(path(null)[1]).toEqual(['now']);
    expect(path('now')[1]).toEqual(['now']);
    const trap = Object.defineProperty({}, 'now', {
      get() {
        throw new Error('no');
      },
    });
    expect(path(trap)).toEqual(['input.unreadable', ['now']]);
  });
});
