import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/index.js';
import { recoverLog, replay, transition } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

/** The ways a stored log gets damaged: a field lost or cut off, an event written twice, two events swapped, garbage. */
type Fault = 'dropField' | 'cutText' | 'duplicate' | 'swap' | 'garbage';

function damage(log: readonly unknown[], at: number, fault: Fault, choice: number): unknown[] {
  const events = log.map((event) => structuredClone(event));
  const event = events[at] as Record<string, unknown>;
  switch (fault) {
    case 'dropField': {
      const keys = Object.keys(event);
      delete event[keys[choice % keys.length] as string];
      break;
    }
    case 'cutText': {
      // A write cut off mid-way: the JSON of the event ends early and only its first fields were kept.
      const keys = Object.keys(event);
      for (const key of keys.slice(1 + (choice % keys.length))) delete event[key];
      break;
    }
    case 'duplicate':
      events.splice(at + 1, 0, structuredClone(event));
      break;
    case 'swap':
      if (at + 1 < events.length) [events[at], events[at + 1]] = [events[at + 1], events[at]];
      break;
    case 'garbage':
      events[at] = [null, 'x', 1][choice % 3];
      break;
  }
  return events;
}

/** The state after applying events one by one with `transition`, as far as they are accepted. */
function stepByStep(events: readonly unknown[]): { state: Conversation; applied: number } {
  const created = replay([], { input: developmentInput });
  if (!created.ok) throw new Error('fixture');
  let state = created.value;
  for (let index = 0; index < events.length; index++) {
    const next = transition(state, events[index] as never);
    if (!next.ok) return { state, applied: index };
    state = next.value.conversation;
  }
  return { state, applied: events.length };
}

const fault = fc.constantFrom<Fault>('dropField', 'cutText', 'duplicate', 'swap', 'garbage');

describe('recoverLog', () => {
  it('gives the whole state, marked complete, for a log that replays whole', () => {
    const result = recoverLog(developmentEvents, { input: developmentInput });
    const whole = replay(developmentEvents, { input: developmentInput });
    expect(result.ok && whole.ok).toBe(true);
    if (!result.ok || !whole.ok) return;
    expect(result.value.complete).toBe(true);
    expect(result.value.applied).toBe(developmentEvents.length);
    expect(JSON.stringify(result.value.conversation)).toBe(JSON.stringify(whole.value));
    expect(result.findings).toEqual(whole.findings);
  });

  it('gives the state before a refused step, marked partial, and names the step and the reason in both languages', () => {
    const log = damage(developmentEvents, 7, 'swap', 0);
    expect(replay(log, { input: developmentInput }).ok).toBe(false);
    const result = recoverLog(log, { input: developmentInput });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { applied, complete, total, conversation } = result.value;
    expect([applied, complete, total]).toEqual([7, false, developmentEvents.length]);
    expect(conversation.version).toBe(7);
    const stopped = result.findings[0];
    expect(stopped?.code).toBe('conversation.replay.stoppedAt');
    expect(stopped?.severity).toBe('warning');
    expect(stopped?.path).toEqual(['events', 7]);
    expect(stopped?.details?.length).toBeGreaterThan(0);
    expect(msg(stopped, 'nl')).toBe(
      `Het logboek is maar ten dele hersteld: de eerste 7 van de ${developmentEvents.length} stappen zijn toegepast. Stap 8 kan niet worden toegepast; de details zeggen waarom. Wat daarna komt, ontbreekt in deze stand.`,
    );
    expect(msg(stopped, 'en')).toContain('Step 8 cannot be applied');
  });

  it('refuses, as replay does, a start it cannot read or a log that is not a list', () => {
    expect(recoverLog(developmentEvents, {}).findings.map((f) => f.code)).toEqual(['conversation.replay.noStart']);
    const notAList = recoverLog('events' as never, { input: developmentInput });
    expect(notAList.ok).toBe(false);
  });

  it('on any damaged log: never throws, stops exactly where step-by-step application stops, and only there', () => {
    fc.assert(
      fc.property(fc.nat({ max: developmentEvents.length - 1 }), fault, fc.nat({ max: 100 }), (at, kind, choice) => {
        const log = damage(developmentEvents, at, kind, choice);
        const whole = replay(log, { input: developmentInput });
        const result = recoverLog(log, { input: developmentInput });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const expected = stepByStep(log);
        // The damage is at `at` (or, for a duplicate, just after it): everything before it still applies.
        expect(result.value.applied).toBeGreaterThanOrEqual(at);
        expect(result.value.applied).toBe(expected.applied);
        expect(JSON.stringify(result.value.conversation)).toBe(JSON.stringify(expected.state));
        // Partial exactly when replay refuses the log, and then always said so, at the refused step.
        expect(result.value.complete).toBe(whole.ok);
        if (!whole.ok) {
          expect(whole.findings[0]?.params.index).toBe(result.value.applied);
          expect(result.findings[0]?.code).toBe('conversation.replay.stoppedAt');
          expect(result.findings[0]?.params).toEqual({ index: result.value.applied, total: log.length });
        } else {
          expect(result.findings.some((f) => f.code === 'conversation.replay.stoppedAt')).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses most damage (the generator is not vacuous): swapped, cut and garbage events are never all accepted', () => {
    const refused = new Set<Fault>();
    for (const kind of ['dropField', 'cutText', 'swap', 'garbage'] as const) {
      for (let at = 0; at < developmentEvents.length - 1; at++) {
        if (!replay(damage(developmentEvents, at, kind, 1), { input: developmentInput }).ok) refused.add(kind);
      }
    }
    expect([...refused].sort()).toEqual(['cutText', 'dropField', 'garbage', 'swap']);
  });

  it('warns when an event is written twice in a row, and only then', () => {
    const whole = replay(developmentEvents, { input: developmentInput });
    expect(whole.ok && whole.findings.some((f) => f.code === 'conversation.replay.duplicateEvent')).toBe(false);
    for (let at = 0; at < developmentEvents.length; at++) {
      const log = damage(developmentEvents, at, 'duplicate', 0);
      const replayed = replay(log, { input: developmentInput });
      // Either refused (a second conclusion, the same agreement again) or accepted with the warning on the copy.
      if (replayed.ok) {
        const warned = replayed.findings.filter((f) => f.code === 'conversation.replay.duplicateEvent');
        expect(warned.map((f) => f.path)).toEqual([['events', at + 1]]);
      }
    }
    const note = developmentEvents.find((e) => e.type === 'addNote');
    const index = developmentEvents.indexOf(note as never);
    const twice = replay(damage(developmentEvents, index, 'duplicate', 0), { input: developmentInput });
    expect(twice.ok).toBe(true);
    const warning = twice.findings.find((f) => f.code === 'conversation.replay.duplicateEvent');
    expect(msg(warning, 'nl')).toContain(`Stap ${index + 2} in het logboek is precies dezelfde als de stap ervoor`);
  });
});
