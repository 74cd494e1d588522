// Replay of a damaged log, further cases: a missing event, an event nested past every limit, an event
// whose type cannot be read, and options that cannot be read beside a log. Each is refused with a
// finding that names the step (its index, and its kind where that is known), never a crash and never
// a state presented as whole; recoverLog then gives the state up to that step.
import { describe, expect, it } from 'vitest';
import type { ReplayOptions } from '../../src/index.js';
import { recoverLog, replay } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const input = { ...developmentInput, templateVersion: 1 as const };

function refusal(events: readonly unknown[], options: ReplayOptions = { input }) {
  const result = replay(events, options);
  expect(result.ok).toBe(false);
  return result.findings.map((f) => [f.code, f.path.join('.'), f.params]);
}

describe('a damaged event is named by its step', () => {
  it('names the step of an event that is missing from the stored log (a hole), without a kind', () => {
    const [refused, why] = refusal([developmentEvents[0], undefined, developmentEvents[1]]);
    expect(refused).toEqual(['conversation.replay.invalidEvent', 'events.1', { index: 1 }]);
    expect(why?.[1]).toBe('events.1');
    // The state up to it is what recovery gives, marked partial.
    const recovered = recoverLog([developmentEvents[0], undefined, developmentEvents[1]], { input });
    expect(recovered.ok && [recovered.value.applied, recovered.value.complete]).toEqual([1, false]);
  });

  it('names the step and kind of an event nested past any limit, not the log as a whole', () => {
    let deep: unknown = 'verslag';
    for (let level = 0; level < 70; level++) deep = { bijlage: deep };
    const events = [developmentEvents[0], { ...developmentEvents[1], extra: deep }];
    expect(refusal(events)).toEqual([
      ['conversation.replay.invalidEvent', 'events.1', { index: 1, type: 'addAgendaPoint' }],
      ['input.tooDeep', 'events.1', { limit: 64 }],
    ]);
  });

  it('refuses an event whose kind cannot be read as text without naming one, and never throws', () => {
    const unreadable = {
      toString() {
        throw new Error('corrupt');
      },
    };
    const events = [developmentEvents[0], { type: unreadable, at: '2027-03-13T10:00:00+01:00', by: 'manager' }];
    const [refused] = refusal(events);
    expect(refused).toEqual(['conversation.replay.invalidEvent', 'events.1', { index: 1 }]);
  });
});

describe('options that cannot be read beside a log', () => {
  it('refuses them as naming no start, whatever the log holds', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const options of [null, trap]) {
      expect(refusal(developmentEvents.slice(0, 2), options as unknown as ReplayOptions)).toEqual([
        ['conversation.replay.noStart', 'options', {}],
      ]);
    }
  });
});
