// Which version of the built-in template a stored log replays on: the log to store names it
// (`eventLogOf`), a log of version 2 stored without it is refused loudly, older logs pin version 1.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, CreateConversationInput } from '../../src/index.js';
import {
  conversationTemplates,
  createConversation,
  eventLogOf,
  findingMessage,
  migrate,
  migrateConversationEventLog,
  recoverLog,
  replay,
  transition,
} from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const value = <T>(result: { ok: boolean; value?: T; findings: readonly unknown[] }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value as T;
};

/** A new conversation as a host creates it: no version named, so the latest built-in template. */
const { templateVersion: _pinned, ...newInput } = developmentInput;

/** The fixture's log with the strengths phase of version 2 walked: a note on what goes well, then on. */
function withStrengths(): ConversationEventInput[] {
  let moves = 0;
  return developmentEvents.flatMap((event): ConversationEventInput[] => {
    if (event.type !== 'nextPhase' || ++moves !== 2) return [event];
    const at = (seconds: number) => event.at.replace(':00+01:00', `:${String(seconds).padStart(2, '0')}+01:00`);
    return [
      event,
      { type: 'addNote', at: at(20), by: 'employee', text: 'Sterk in geduldig uitleggen; collega’s komen daarvoor naar mij toe.' },
      { type: 'nextPhase', at: at(40), by: 'manager' },
    ];
  });
}

function applied(input: CreateConversationInput, events: readonly ConversationEventInput[]): Conversation {
  let state = value(createConversation(input));
  for (const event of events) state = value(transition(state, event)).conversation;
  return state;
}

describe('eventLogOf: the log to store', () => {
  it('names the template version the conversation got, and replays to the state the events gave', () => {
    const events = withStrengths();
    const log = value(eventLogOf(newInput, events));
    expect(log.input.templateVersion).toBe(conversationTemplates.development.version);
    expect(log.schemaVersion).toBe(2);
    const state = applied(newInput, events);
    expect(state.status).toBe('concluded');
    expect(JSON.stringify(value(replay(log.events, { input: log.input })))).toBe(JSON.stringify(state));
    // The stored form: migrating it changes nothing, byte for byte.
    expect(JSON.stringify(value(migrateConversationEventLog(JSON.parse(JSON.stringify(log)))))).toBe(JSON.stringify(log));
  });

  it('keeps a version the input named, names version 1 for a kind with one version, and none beside a template of its own', () => {
    expect(value(eventLogOf(developmentInput, developmentEvents)).input.templateVersion).toBe(1);
    const checkIn = value(eventLogOf({ ...newInput, kind: 'checkIn' }));
    expect(checkIn.input.templateVersion).toBe(1);
    expect(checkIn.events).toEqual([]);
    const own = value(eventLogOf({ ...newInput, kind: undefined, template: conversationTemplates.checkIn }));
    expect('templateVersion' in own.input).toBe(false);
  });

  it('refuses an input that creates no conversation (paths under input) and a log that does not replay', () => {
    const input = { ...newInput, manager: { id: 'emp-1', name: 'Sanne' } };
    const refused = eventLogOf(input);
    expect(refused.ok).toBe(false);
    expect(refused.findings[0]?.code).toBe('conversation.create.sameParticipant');
    expect(refused.findings[0]?.path).toEqual(['input', 'manager', 'id']);
    const broken = eventLogOf(newInput, [{ type: 'conclude', at: '2027-03-15T11:00:00+01:00', by: 'manager' }]);
    expect(broken.findings[0]?.code).toBe('conversation.replay.invalidEvent');
  });
});

describe('replay of a log whose stored input lost its template version', () => {
  it('refuses a log of version 2 loudly, naming the version that fits, with why version 1 does not as its details', () => {
    const events = withStrengths();
    const result = replay(events, { input: newInput });
    expect(result.ok).toBe(false);
    const [first, ...rest] = result.findings;
    expect(first?.code).toBe('conversation.replay.templateVersionMissing');
    expect(first?.params).toEqual({ kind: 'development', version: 2 });
    expect(first?.path).toEqual(['options', 'input', 'templateVersion']);
    expect(first?.details?.[0]?.code).toBe('conversation.replay.invalidEvent');
    expect(rest[0]).toEqual(first?.details?.[0]);
    expect(findingMessage(first!, 'nl')).toContain('Zet versie 2 bij de begingegevens');
    expect(findingMessage(first!, 'en')).toContain('Add version 2 to the stored details');
    // Not a damaged log: recoverLog does not cut it short on version 1, it says the same.
    expect(recoverLog(events, { input: newInput }).findings[0]?.code).toBe('conversation.replay.templateVersionMissing');
    // The fix it names: the version in the stored input.
    const fixed = value(replay(events, { input: { ...newInput, templateVersion: 2 } }));
    expect(JSON.stringify(fixed)).toBe(JSON.stringify(applied(newInput, events)));
  });

  it('never gives a silently different state: refused loudly, or warned where both versions fit, or the same phases', () => {
    const events = withStrengths();
    const shared = ['preparation', 'setStatus', 'currentSituation'];
    const seen = new Set<string>();
    for (let upTo = 0; upTo <= events.length; upTo++) {
      const result = replay(events.slice(0, upTo), { input: newInput });
      const codes = result.findings.map((f) => f.code);
      if (!result.ok) {
        expect(codes[0]).toBe('conversation.replay.templateVersionMissing');
        seen.add('refused');
      } else if (shared.includes(result.value.phase)) {
        // Still in the phases both versions share: the same talk so far, whichever version.
        expect(codes).not.toContain('conversation.replay.templateVersionAmbiguous');
        seen.add('shared');
      } else {
        expect(codes).toContain('conversation.replay.templateVersionAmbiguous');
        seen.add('warned');
      }
    }
    expect([...seen].sort()).toEqual(['refused', 'shared', 'warned']);
  });

  it('warns in words that say how to fix it', () => {
    const warned = replay(withStrengths().slice(0, 13), { input: newInput });
    const warning = warned.findings.find((f) => f.code === 'conversation.replay.templateVersionAmbiguous');
    expect(warning?.severity).toBe('warning');
    expect(warning?.params).toEqual({ kind: 'development', version: 2 });
    expect(findingMessage(warning!, 'nl')).toContain('zet die versie dan bij de begingegevens');
    // Read as version 1 it is one phase further than the talk was; with the version named, where it was.
    expect(value(warned).phase).toBe('employeeNeeds');
    expect(value(replay(withStrengths().slice(0, 13), { input: { ...newInput, templateVersion: 2 } })).phase).toBe('strengths');
  });

  it('replays a log of version 1 stored without a version as before, and refuses what fits no version as before', () => {
    const stored = replay(developmentEvents, { input: newInput });
    expect(JSON.stringify(value(stored))).toBe(JSON.stringify(applied(developmentInput, developmentEvents)));
    // A whole log of version 1 does not fit version 2: nothing to warn about.
    expect(stored.findings.map((f) => f.code)).not.toContain('conversation.replay.templateVersionAmbiguous');
    const refused = replay([{ type: 'conclude', at: '2027-03-15T11:00:00+01:00', by: 'manager' }], { input: newInput });
    expect(refused.findings[0]?.code).toBe('conversation.replay.invalidEvent');
  });

  it('pins version 1 in the input when migrating a log of 0.1 (no schemaVersion), and leaves a log of version 2 as it is', () => {
    const old = { input: newInput, events: developmentEvents };
    const migrated = value(migrateConversationEventLog(old));
    expect(migrated.input.templateVersion).toBe(1);
    const viaMigrate = value(migrate(old));
    expect(viaMigrate.shape === 'conversationEventLog' && viaMigrate.value.input.templateVersion).toBe(1);
    const own = value(
      migrateConversationEventLog({ input: { ...newInput, kind: undefined, template: conversationTemplates.checkIn }, events: [] }),
    );
    expect('templateVersion' in own.input).toBe(false);
    const current = { schemaVersion: 2, input: newInput, events: [] };
    expect('templateVersion' in value(migrateConversationEventLog(current)).input).toBe(false);
  });
});
