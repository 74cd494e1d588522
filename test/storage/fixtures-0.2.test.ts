import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { StoredShapeName } from '../../src/index.js';
import {
  migrate,
  migrateConversation,
  migrateConversationEventLog,
  migrateConversationEvents,
  migratePlan,
  planApprovalStatus,
  replay,
} from '../../src/index.js';
import type { StoredSchemaName } from '../../src/schemas/index.js';
import { storedJsonSchemas } from '../../src/schemas/index.js';
import { fixture, fixtureNames, fixtureText, json, value } from './fixtures.js';

const shapes: Record<string, StoredShapeName> = {
  'conversation-concluded.json': 'conversation',
  'conversation-created.json': 'conversation',
  'conversation-in-progress.json': 'conversation',
  'conversation-replayed.json': 'conversation',
  'event-log-development.json': 'conversationEventLog',
  'events.json': 'conversationEvents',
  'findings.json': 'findings',
  'plan-amended.json': 'developmentPlan',
  'plan-approved-in-0.1.json': 'developmentPlan',
  'plan-approved.json': 'developmentPlan',
  'plan-created.json': 'developmentPlan',
  'plan-progressed.json': 'developmentPlan',
  'plan-sample.json': 'developmentPlan',
  'question-bank-sample.json': 'questionBank',
  'reminder.json': 'reminder',
  'schedule-next-conversation.json': 'plannedConversation',
  'templates.json': 'conversationTemplates',
};

describe('the stored shapes of 0.2 (version 2)', () => {
  it('migrate to themselves: the same JSON text, byte for byte', () => {
    expect(fixtureNames('0.2')).toEqual(Object.keys(shapes));
    for (const name of fixtureNames('0.2')) {
      const migrated = migrate(fixture('0.2', name));
      expect(migrated.ok, name).toBe(true);
      if (!migrated.ok) continue;
      expect(migrated.value.shape, name).toBe(shapes[name]);
      expect(`${JSON.stringify(migrated.value.value, null, 2)}\n`, name).toBe(fixtureText('0.2', name));
    }
  });

  it('carry the host’s meta on the state, the log, an event and the plan', () => {
    const meta = { tenantId: 't-42', source: { system: 'afas', row: 17 }, tags: ['pilot'] };
    expect(value(migrateConversation(fixture('0.2', 'conversation-concluded.json'))).meta).toEqual(meta);
    const log = value(migrateConversationEventLog(fixture('0.2', 'event-log-development.json')));
    expect([log.meta, log.input.meta, log.events[0]?.meta]).toEqual([{ tenantId: 't-42' }, meta, { device: 'tablet' }]);
    expect(value(migratePlan(fixture('0.2', 'plan-created.json'))).meta).toEqual(meta);
  });

  it('replay their log to the stored state, and their events row by row to the same log', () => {
    const log = value(migrateConversationEventLog(fixture('0.2', 'event-log-development.json')));
    const replayed = value(replay(log.events, { input: log.input }));
    expect(json(replayed)).toBe(json(fixture('0.2', 'conversation-concluded.json')));
    expect(json(replayed)).toBe(json(fixture('0.2', 'conversation-replayed.json')));
    expect(json(value(migrateConversationEvents(fixture('0.2', 'events.json'))))).toBe(json(log.events));
  });

  it('keep a plan that 0.1 stored approved as approved, with the 0.1 hash as evidence', () => {
    const plan = value(migratePlan(fixture('0.2', 'plan-approved-in-0.1.json')));
    const old = fixture('0.1', 'plan-approved.json') as { hash: string };
    expect(plan.approvals.every((approval) => approval.previousHash === old.hash && approval.hash === plan.hash)).toBe(true);
    expect(value(planApprovalStatus(plan)).approved).toBe(true);
  });
});

describe('JSON Schemas per stored version', () => {
  const ajv = new Ajv2020({ validateFormats: false, strict: false, allErrors: true });
  const valid = (version: 1 | 2, name: StoredSchemaName, data: unknown): boolean => {
    const ok = ajv.validate(storedJsonSchemas[version][name], data);
    if (!ok) console.error(version, name, ajv.errorsText(ajv.errors));
    return ok;
  };

  /** What each fixture holds, by schema name: a list is checked item by item. */
  const contents = (version: '0.1' | '0.2'): [StoredSchemaName, unknown][] =>
    fixtureNames(version).flatMap((name): [StoredSchemaName, unknown][] => {
      const data = fixture(version, name);
      const table: Record<string, StoredShapeName | undefined> = shapes;
      const shape = table[name];
      if (shape === 'conversationEvents') return (data as unknown[]).map((event) => ['conversationEvent', event]);
      if (shape === 'findings') return (data as unknown[]).map((found) => ['finding', found]);
      if (shape === 'conversationTemplates') return Object.values(data as object).map((template) => ['conversationTemplate', template]);
      return shape === undefined ? [] : [[shape as StoredSchemaName, data]];
    });

  it('holds the same shapes in every version', () => {
    expect(Object.keys(storedJsonSchemas[1]).sort()).toEqual(Object.keys(storedJsonSchemas[2]).sort());
  });

  it('accepts every 0.1 fixture by the schemas of version 1, and every 0.2 fixture by those of version 2', () => {
    const old = contents('0.1');
    const now = contents('0.2');
    expect(old.length).toBeGreaterThan(40);
    for (const [name, data] of old) expect(valid(1, name, data), name).toBe(true);
    for (const [name, data] of now) expect(valid(2, name, data), name).toBe(true);
  });

  it('tells the versions apart: version 1 had no schemaVersion, version 2 requires it where the library writes it', () => {
    const state = fixture('0.2', 'conversation-concluded.json');
    const plan = fixture('0.2', 'plan-approved.json');
    expect(ajv.validate(storedJsonSchemas[1].conversation, state)).toBe(false);
    expect(ajv.validate(storedJsonSchemas[2].conversation, fixture('0.1', 'conversation-concluded.json'))).toBe(false);
    expect(ajv.validate(storedJsonSchemas[1].developmentPlan, plan)).toBe(false);
    expect(ajv.validate(storedJsonSchemas[2].developmentPlan, fixture('0.1', 'plan-approved.json'))).toBe(false);
  });

  it('accepts what the migration writes from 0.1 data by the schemas of version 2', () => {
    for (const name of fixtureNames('0.1')) {
      const migrated = value(migrate(fixture('0.1', name)));
      const items: [StoredSchemaName, unknown][] =
        migrated.shape === 'conversationEvents'
          ? migrated.value.map((event) => ['conversationEvent', event])
          : migrated.shape === 'findings'
            ? migrated.value.map((found) => ['finding', found])
            : migrated.shape === 'conversationTemplates'
              ? Object.values(migrated.value).map((template) => ['conversationTemplate', template])
              : [[migrated.shape as StoredSchemaName, migrated.value]];
      for (const [schema, data] of items) expect(valid(2, schema, JSON.parse(json(data))), name).toBe(true);
    }
  });
});
