// Replay, worked out case by case: a log with a gap, an event after the conclusion, malformed
// events, an event written twice, and options that name no start.
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput, ReplayOptions } from '../../src/index.js';
import { conversationTemplates, createConversation, eventLogOf, replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const input = { ...developmentInput, templateVersion: 1 as const };
const acceptAt = developmentEvents.findIndex((event) => event.type === 'acceptAgreement');

function refusal(events: readonly unknown[], options: ReplayOptions = { input }) {
  const result = replay(events, options);
  expect(result.ok).toBe(false);
  return result.findings;
}

describe('a log that does not replay', () => {
  it('refuses a log with a gap: the agreement accepted was never proposed', () => {
    const gap = developmentEvents.filter((event) => event.type !== 'proposeAgreement');
    const index = acceptAt - 1;
    const [first, ...rest] = refusal(gap);
    expect([first?.code, first?.severity, first?.path, first?.params]).toEqual([
      'conversation.replay.invalidEvent',
      'error',
      ['events', index],
      { index, type: 'acceptAgreement' },
    ]);
    // Its details say why, under the event's path, and follow it.
    expect(first?.details?.length).toBeGreaterThan(0);
    expect(rest).toEqual(first?.details);
    for (const detail of rest) expect(detail.path.slice(0, 2)).toEqual(['events', index]);
  });

  it('refuses an event after the conclusion, naming it as the last step', () => {
    const late: ConversationEventInput = { type: 'addNote', at: '2027-03-15T11:05:00+01:00', by: 'manager', text: 'Nog iets vergeten.' };
    const [first, second] = refusal([...developmentEvents, late]);
    expect(first?.params).toEqual({ index: developmentEvents.length, type: 'addNote' });
    expect(second?.code).toBe('conversation.event.closed');
    expect(second?.path.slice(0, 2)).toEqual(['events', developmentEvents.length]);
  });

  it('names no type for an event that is no object or whose type is unknown, and the type of one that is known', () => {
    for (const bad of [null, 'addNote', 7, { type: 'bogus' }, { type: 'toString' }, { type: 12 }]) {
      const [first] = refusal([developmentEvents[0], bad]);
      expect([first?.code, first?.path, first?.params]).toEqual(['conversation.replay.invalidEvent', ['events', 1], { index: 1 }]);
    }
    const [known] = refusal([{ type: 'addNote', at: 'gisteren', by: 'manager', text: 'x' }]);
    expect(known?.params).toEqual({ index: 0, type: 'addNote' });
  });

  it('refuses a log that is no list', () => {
    const findings = refusal('events' as unknown as unknown[]);
    expect(findings[0]?.path).toEqual(['events']);
  });
});

const duplicates = (findings: readonly { code: string }[]) => findings.filter((f) => f.code === 'conversation.replay.duplicateEvent');

describe('an event written twice', () => {
  const note: ConversationEventInput = { type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'manager', text: 'Doel besproken.' };
  const startAt = developmentEvents.findIndex((event) => event.type === 'start');
  const upToStart = developmentEvents.slice(0, startAt + 1);

  it('warns when the same event follows itself, and applies both', () => {
    const result = replay([...upToStart, note, note], { input });
    expect(result.ok).toBe(true);
    const twice = result.findings.filter((f) => f.code === 'conversation.replay.duplicateEvent');
    expect(twice.map((f) => [f.code, f.severity, f.path, f.params])).toEqual([
      ['conversation.replay.duplicateEvent', 'warning', ['events', startAt + 2], { index: startAt + 2 }],
    ]);
    expect(result.ok && result.value.notes.length).toBe(2);
  });

  it('does not warn for the same note at another time, by the other side, with another text, or not in a row', () => {
    for (const other of [
      { ...note, at: '2027-03-15T10:04:00+01:00' },
      { ...note, by: 'employee' as const },
      { ...note, text: 'Agenda besproken.' },
    ]) {
      expect(duplicates(replay([...upToStart, note, other], { input }).findings)).toEqual([]);
    }
    const between: ConversationEventInput = { type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'employee', text: 'Eens.' };
    expect(duplicates(replay([...upToStart, note, between, note], { input }).findings)).toEqual([]);
    // The log without a repeat warns of none (the agenda's own notes aside).
    expect(duplicates(replay(developmentEvents, { input }).findings)).toEqual([]);
  });
});

describe('where a replay starts', () => {
  it('refuses options with both an input and a state, or neither, or that cannot be read', () => {
    const started = replay(developmentEvents.slice(0, 3), { input });
    if (!started.ok) throw new Error('start');
    const noStart = [['conversation.replay.noStart', ['options']]];
    const codes = (options: unknown) => refusal([], options as ReplayOptions).map((f) => [f.code, f.path]);
    expect(codes({ input, from: started.value })).toEqual(noStart);
    expect(codes({})).toEqual(noStart);
    expect(codes(null)).toEqual(noStart);
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(codes(trap)).toEqual(noStart);
  });

  it('goes on from a state as from the events before it, and puts a broken state’s paths under from', () => {
    const started = replay(developmentEvents.slice(0, 3), { input });
    if (!started.ok) throw new Error('start');
    const whole = replay(developmentEvents, { input });
    const rest = replay(developmentEvents.slice(3), { from: started.value });
    expect(JSON.stringify(rest.ok && rest.value)).toBe(JSON.stringify(whole.ok && whole.value));
    const broken = refusal([], { from: { ...started.value, version: -1 } } as unknown as ReplayOptions);
    expect(broken[0]?.path.slice(0, 2)).toEqual(['options', 'from']);
    const badInput = refusal([], { input: { ...input, plannedMinutes: -5 } } as unknown as ReplayOptions);
    expect(badInput[0]?.path.slice(0, 2)).toEqual(['options', 'input']);
  });

  it('keeps the warnings of accepted events under their step', () => {
    const startAt = developmentEvents.findIndex((event) => event.type === 'start');
    const early = [...developmentEvents.slice(0, startAt)];
    const state = replay(early, { input });
    if (!state.ok) throw new Error('state');
    // Starting without a purpose in relaxed mode is a warning, kept under the event's path.
    const relaxed = { ...input, strictness: 'relaxed' as const };
    const withoutPurpose = early.filter((event) => event.type !== 'setPurpose');
    const start = developmentEvents[startAt] as ConversationEventInput;
    const direct = replay(withoutPurpose, { input: relaxed });
    const moved = direct.ok ? transition(direct.value, start) : direct;
    const replayed = replay([...withoutPurpose, start], { input: relaxed });
    expect(replayed.ok).toBe(true);
    const stepFindings = moved.findings.filter((f) => f.severity !== 'error');
    expect(stepFindings.length).toBeGreaterThan(0);
    const step = withoutPurpose.length;
    expect(replayed.findings.filter((f) => f.path[0] === 'events' && f.path[1] === step).map((f) => [f.code, f.path])).toEqual(
      stepFindings.map((f) => [f.code, ['events', withoutPurpose.length, ...f.path]]),
    );
  });
});

describe('a stored log and its template version', () => {
  const { templateVersion: _pinned, ...unpinned } = input;

  it('warns of a log that fits both versions under the input’s version, and never for a log that names its version', () => {
    // Just past the phases both versions share, before a need is added: the same events fit version 2 too.
    const upTo = developmentEvents.slice(
      0,
      developmentEvents.findIndex((event) => event.type === 'addNeed'),
    );
    const warned = replay(upTo, { input: unpinned });
    const warning = warned.findings.filter((f) => f.code === 'conversation.replay.templateVersionAmbiguous');
    expect(warning.map((f) => f.path)).toEqual([['options', 'input', 'templateVersion']]);
    for (const pinned of [replay(upTo, { input }), replay(developmentEvents, { input })]) {
      expect(pinned.findings.map((f) => f.code)).not.toContain('conversation.replay.templateVersionAmbiguous');
    }
  });

  it('reads an input that is no object as it is: the same refusal as creating from it', () => {
    for (const odd of [[], 'gesprek', null, 7]) {
      const replayed = replay([], { input: odd } as unknown as ReplayOptions);
      const created = createConversation(odd as never);
      expect(replayed.ok).toBe(false);
      expect(replayed.findings.map((f) => [f.code, f.path])).toEqual(
        created.findings.map((f) => [f.code, ['options', 'input', ...f.path]]),
      );
    }
  });

  it('names no type at all for an event whose type it does not know', () => {
    const [first] = refusal([{ type: 'bogus' }]);
    expect(Object.keys(first?.params ?? {})).toEqual(['index']);
  });
});

describe('the log to store', () => {
  it('refuses events that are malformed, and a log that does not replay', () => {
    const malformed = eventLogOf(developmentInput, [{ type: 'bogus' } as unknown as ConversationEventInput]);
    expect(malformed.ok).toBe(false);
    expect(malformed.findings[0]?.path[0]).toBe('events');
    const refused = eventLogOf(developmentInput, [{ type: 'conclude', at: '2027-03-15T11:00:00+01:00', by: 'manager' }]);
    expect(refused.ok).toBe(false);
    expect(refused.findings[0]?.code).toBe('conversation.replay.invalidEvent');
  });
});

describe('a stored log of a kind with one template version', () => {
  const { templateVersion: _pinned, ...unpinned } = input;
  const checkIn = { ...unpinned, kind: 'checkIn' as const };
  const purpose: ConversationEventInput = {
    type: 'setPurpose',
    at: '2027-03-10T09:00:00+01:00',
    by: 'employee',
    purpose: 'Voortgang bespreken',
  };

  it('replays a check-in stored without a version on its one version, without a warning', () => {
    const result = replay([purpose], { input: checkIn });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.purpose).toBe('Voortgang bespreken');
    expect(result.findings.map((f) => f.code)).not.toContain('conversation.replay.templateVersionAmbiguous');
  });
});

describe('a refused log of the latest version stored without its version', () => {
  it('gives only the first refusal as the reason why the first version does not fit', () => {
    const { templateVersion: _pinned, ...unpinned } = input;
    // The strengths phase of the latest version walked: a note on what goes well, then on.
    let moves = 0;
    const events = developmentEvents.flatMap((event): ConversationEventInput[] => {
      if (event.type !== 'nextPhase' || ++moves !== 2) return [event];
      const at = (seconds: number) => event.at.replace(':00+01:00', `:${String(seconds).padStart(2, '0')}+01:00`);
      return [
        event,
        { type: 'addNote', at: at(20), by: 'employee', text: 'Sterk in uitleggen.' },
        { type: 'nextPhase', at: at(40), by: 'manager' },
      ];
    });
    const result = replay(events, { input: unpinned });
    expect(result.ok).toBe(false);
    const [first, ...rest] = result.findings;
    expect(first?.code).toBe('conversation.replay.templateVersionMissing');
    // The refusal on the first version follows with its own details; only the refusal itself is the reason.
    expect(rest.length).toBeGreaterThan(1);
    expect(first?.details).toEqual(rest.slice(0, 1));
  });
});

describe('an input that cannot be read', () => {
  it('refuses it as creating from it does, without reading a version into it', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const replayed = replay([], { input: trap } as unknown as ReplayOptions);
    const created = createConversation(trap as never);
    expect(replayed.ok).toBe(false);
    expect(replayed.findings.map((f) => [f.code, f.path])).toEqual(created.findings.map((f) => [f.code, ['options', 'input', ...f.path]]));
  });
});

describe('the warnings of the start', () => {
  it('keeps the warnings of creating the conversation, before those of the events', () => {
    const { templateVersion: _pinned, ...unpinned } = input;
    const own = { ...conversationTemplates.development, phases: [...conversationTemplates.development.phases, { id: 'rhythm' }] };
    const withOwn = { ...unpinned, template: own } as unknown as ReplayOptions['input'];
    const created = createConversation(withOwn as never);
    expect(created.findings.map((f) => [f.code, f.severity])).toEqual([['conversation.template.phaseOfOtherKind', 'warning']]);
    const replayed = replay(developmentEvents.slice(0, 1), { input: withOwn });
    expect(replayed.ok).toBe(true);
    expect(replayed.findings.slice(0, 1)).toEqual(created.findings);
  });
});
