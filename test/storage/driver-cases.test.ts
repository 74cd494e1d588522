// The course of a migration worked out by hand (issue 21: mutation testing of the storage module): what
// 0.1 could not have written inside a nested stored shape, a value refused before its upgrade or by its
// owning module after it, and a list refused as a whole for one bad row.
import { describe, expect, it } from 'vitest';
import { migrateConversation, migrateConversationEventLog, migrateConversationEvents, migratePlan, replay } from '../../src/index.js';
import { fixture, storedCheckInInput, value } from './fixtures.js';

const input = storedCheckInInput;

const start = { type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager' };
const parts = (findings: readonly { code: string; path: readonly (string | number)[]; details?: readonly { code: string }[] }[]) =>
  findings.map((f) => [f.code, f.path, f.details?.map((d) => d.code)]);

describe('a 0.1 log whose events are not all events', () => {
  it('refuses an event that is nothing or a number, under its index, instead of reading its version', () => {
    for (const [event, received] of [
      [null, 'null'],
      [5, 'number'],
    ] as const) {
      const log = migrateConversationEventLog({ input, events: [start, event] });
      expect(log.ok).toBe(false);
      expect(log.findings.map((f) => [f.code, f.path, f.params])).toEqual([
        ['storage.invalid', [], { shape: 'conversationEventLog', version: 2 }],
        ['input.invalid_type', ['events', 1], { expected: 'object', received }],
      ]);
    }
  });

  it('reads an event inside a 0.1 log that says it is version 1 as version 1, keeping nothing', () => {
    const log = migrateConversationEventLog({ input, events: [{ ...start, schemaVersion: 1 }] });
    expect(log.ok && log.value.events[0]).toStrictEqual({ schemaVersion: 2, ...start });
    expect(log.findings).toEqual([]);
  });
});

describe('the unrecognized map 0.1 never wrote', () => {
  it('keeps a 0.1 state’s own unrecognized map as a kept key, not as the map of this version', () => {
    const created = replay([], { input });
    if (!created.ok) throw new Error('not created');
    const { schemaVersion: _version, ...stored } = { ...created.value, unrecognized: { colour: 'rood' } };
    const migrated = migrateConversation(stored);
    expect(migrated.ok && migrated.value.unrecognized).toEqual({ unrecognized: { colour: 'rood' } });
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([['storage.unrecognized.kept', ['unrecognized']]]);
  });
});

describe('refused before the upgrade, or by the owning module after it', () => {
  it('refuses a 0.1 plan without approvals by its shape, before its hash is checked', () => {
    const { approvals: _approvals, ...stored } = fixture('0.1', 'plan-approved.json') as Record<string, unknown>;
    const migrated = migratePlan(stored);
    expect(migrated.ok).toBe(false);
    expect(parts(migrated.findings)).toEqual([
      ['storage.invalid', [], ['input.required']],
      ['input.required', ['approvals'], undefined],
    ]);
  });

  it('refuses a plan of this version whose hash is not its content’s, with the plan module’s findings', () => {
    const stored = fixture('0.2', 'plan-sample.json') as Record<string, unknown>;
    expect(value(migratePlan(stored)).hash).toBe(stored['hash']);
    const migrated = migratePlan({ ...stored, hash: '0'.repeat(64) });
    expect(migrated.ok).toBe(false);
    expect(parts(migrated.findings)).toEqual([
      ['storage.invalid', [], ['plan.hash.mismatch', 'plan.history.inconsistent']],
      ['plan.hash.mismatch', ['hash'], undefined],
      ['plan.history.inconsistent', ['history'], undefined],
    ]);
  });
});

describe('a list of rows', () => {
  it('refuses the whole list for one row of a later version, naming that row', () => {
    const rows = migrateConversationEvents([start, { ...start, schemaVersion: 3 }]);
    expect(rows.ok).toBe(false);
    expect(rows.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.version.newer', [1, 'schemaVersion'], { version: 3, current: 2 }],
    ]);
  });
});
