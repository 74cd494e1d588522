// Conversation states, logs and templates migrated by hand (issue 21: mutation testing of the storage
// module): a state the conversation module refuses after its shape was read, the template version a
// 0.1 log is pinned to, and a set of templates that is not a set.
import { describe, expect, it } from 'vitest';
import { migrateConversation, migrateConversationEventLog, migrateConversationTemplates } from '../../src/index.js';
import { fixture } from './fixtures.js';

interface StoredState {
  phase: string;
  template: { phases: { id: string }[] };
}

const parts = (findings: readonly { code: string; path: readonly (string | number)[]; details?: readonly { code: string }[] }[]) =>
  findings.map((f) => [f.code, f.path, f.details?.map((d) => d.code)]);
const input = {
  id: 'c-1',
  kind: 'development',
  employee: { id: 'emp-1', name: 'Sanne' },
  manager: { id: 'mgr-1', name: 'Ahmed' },
  plannedStart: '2027-06-01T09:00:00+02:00',
  locale: 'nl',
};

describe('a state the conversation module refuses after its shape was read', () => {
  it('names a repeated phase of its template at the template’s path, not under the replay’s options', () => {
    const stored = fixture('0.2', 'conversation-in-progress.json') as StoredState;
    (stored.template.phases[1] as { id: string }).id = 'preparation';
    expect(parts(migrateConversation(stored).findings)).toEqual([
      ['storage.invalid', [], ['conversation.state.invalid', 'conversation.template.phaseRepeated']],
      ['conversation.state.invalid', [], undefined],
      ['conversation.template.phaseRepeated', ['template', 'phases', 1, 'id'], undefined],
    ]);
  });

  it('refuses a phase its template does not have, at the phase', () => {
    const stored = fixture('0.2', 'conversation-in-progress.json') as StoredState;
    stored.phase = 'followUp';
    const findings = migrateConversation(stored).findings;
    expect(parts(findings)).toEqual([
      ['storage.invalid', [], ['conversation.state.invalid']],
      ['conversation.state.invalid', ['phase'], undefined],
    ]);
    // Moved from under the replay's options, a finding gains no key it did not have.
    expect(Object.keys(findings[1] as object).sort()).toEqual(['code', 'params', 'path', 'severity']);
  });
});

describe('the template a 0.1 log replays with', () => {
  it('pins a log without a version to the first, and keeps a version the log already names', () => {
    const pinned = migrateConversationEventLog({ input, events: [] });
    expect(pinned.ok && pinned.value.input.templateVersion).toBe(1);
    const named = migrateConversationEventLog({ input: { ...input, templateVersion: 2 }, events: [] });
    expect(named.ok && named.value.input.templateVersion).toBe(2);
  });

  it('names no version for a log with a template of its own', () => {
    const template = (fixture('0.2', 'templates.json') as Record<string, Record<string, unknown>>)['development'];
    const { schemaVersion: _version, ...own } = template as Record<string, unknown>;
    const log = migrateConversationEventLog({ input: { ...input, template: own }, events: [] });
    expect(log.ok && Object.hasOwn(log.value.input, 'templateVersion')).toBe(false);
    expect(log.ok && log.value.input.template?.id).toBe(own['id']);
  });
});

describe('a set of templates', () => {
  it('refuses a list as a set of templates, naming the set', () => {
    expect(migrateConversationTemplates([]).findings.map((f) => [f.code, f.params])).toEqual([
      ['storage.invalid', { shape: 'conversationTemplates', version: 2 }],
      ['input.invalid_type', { expected: 'object', received: 'array' }],
    ]);
  });
});
