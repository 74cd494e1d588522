import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/index.js';
import * as api from '../../src/index.js';
import { msg } from '../finding-text.js';
import { fixture, json, value } from './fixtures.js';

/** Values a host should never store, and some do: throwing getters, proxies, prototype keys, huge text. */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, withDate: true }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constant(
    Object.defineProperty({ type: 'start', at: '2027-03-15T10:00:00+01:00' }, 'by', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    }),
  ),
  fc.constant('x'.repeat(100_000)),
  fc.constant(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy');
        },
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
        getPrototypeOf: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  ),
);

type Migration = (stored: unknown, options?: unknown) => Result<unknown>;

const migrations: Record<string, Migration> = {
  migrate: (a, b) => api.migrate(a, b as never),
  migrateConversation: api.migrateConversation,
  migrateConversationEvent: api.migrateConversationEvent,
  migrateConversationEvents: api.migrateConversationEvents,
  migrateConversationEventLog: api.migrateConversationEventLog,
  migrateConversationTemplate: api.migrateConversationTemplate,
  migrateConversationTemplates: api.migrateConversationTemplates,
  migratePlan: api.migratePlan,
  migrateQuestion: api.migrateQuestion,
  migrateQuestionBank: api.migrateQuestionBank,
  migratePlannedConversation: api.migratePlannedConversation,
  migrateReminder: (a, b) => api.migrateReminder(a, b as never),
  migrateFinding: api.migrateFinding,
  migrateFindings: api.migrateFindings,
};

function explained(findings: readonly Finding[]): void {
  expect(findings.length).toBeGreaterThan(0);
  for (const found of findings) {
    for (const locale of ['nl', 'en']) {
      const text = msg(found, locale) ?? '';
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain(found.code);
      expect(text).not.toMatch(/[{}]|undefined/u);
    }
  }
}

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
}

describe('every migration survives hostile input', () => {
  it.each(Object.entries(migrations))('%s never throws, and explains a refusal in both languages', (_, migration) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const answer = migration(a, b);
        if (!answer.ok) explained(answer.findings);
      }),
      { numRuns: 60 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a cycle, 10,000-deep nesting, a throwing getter, a proxy and values JSON cannot hold, with findings', () => {
    const cycle: Record<string, unknown> = { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' };
    cycle['self'] = { back: cycle };
    const cases: [unknown, string][] = [
      [cycle, 'storage.input.cycle'],
      [{ ...(fixture('0.1', 'conversation-created.json') as object), deep: nested(10_000) }, 'input.tooDeep'],
      [nested(10_000), 'input.tooDeep'],
      [migrationsHostileGetter(), 'input.unreadable'],
      [new Proxy({}, { ownKeys: () => [1] as never }), 'input.unreadable'],
      [{ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager', when: new Date(0) }, 'storage.input.notJson'],
      [{ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager', n: Number.NaN }, 'storage.input.notJson'],
      [{ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager', f: () => 1 }, 'storage.input.notJson'],
      [{ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager', big: 10n }, 'storage.input.notJson'],
      [[{ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' }, undefined, 1], 'storage.input.notJson'],
    ];
    for (const [input, code] of cases) {
      for (const migration of Object.values(migrations)) {
        const answer = migration(input);
        expect(answer.ok).toBe(false);
        expect(answer.findings[0]?.code).toBe(code);
        explained(answer.findings);
      }
    }
    expect(msg(api.migrate(cycle).findings[0], 'nl')).toBe(
      'Deze gegevens verwijzen naar zichzelf terug; zo kunnen ze niet zijn opgeslagen, en ze zijn niet gelezen.',
    );
  });

  it('reads the same object twice in one value (no cycle) as two copies', () => {
    const point = { id: 'e1', title: 'Presenteren', priority: 'must' as const };
    const migrated = value(
      api.migrateConversationEvents([
        { type: 'addAgendaPoint', at: '2027-03-13T10:10:00+01:00', by: 'employee', point },
        { type: 'addAgendaPoint', at: '2027-03-13T10:20:00+01:00', by: 'manager', point },
      ]),
    );
    expect(migrated.map((event) => (event.type === 'addAgendaPoint' ? event.point.id : ''))).toEqual(['e1', 'e1']);
  });

  it('keeps a key named __proto__ as data, and pollutes nothing', () => {
    const stored = JSON.parse('{"type":"start","at":"2027-03-15T10:00:00+01:00","by":"manager","__proto__":{"polluted":true}}');
    const migrated = value(api.migrateConversationEvent(stored));
    expect(migrated.unrecognized).toEqual({ '~2': { polluted: true } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('answers data of a later version, or of no version, with what it is', () => {
    const later = api.migrateConversationEvent({ schemaVersion: 3, type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' });
    expect(later.findings.map((f) => [f.code, f.params])).toEqual([['storage.version.newer', { version: 3, current: 2 }]]);
    expect(msg(later.findings[0], 'en')).toBe(
      'This data was stored in storage version 3, by a newer version of the library; this version reads storage versions up to 2. Upgrade the library to read it.',
    );
    for (const version of ['2', 0, -1, 2.5, null]) {
      const odd = api.migrateConversationEvent({ schemaVersion: version, type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' });
      expect(odd.findings.map((f) => [f.code, f.path])).toEqual([['storage.version.invalid', ['schemaVersion']]]);
    }
    const unknown = api.migrate({ colour: 'blue' });
    expect(msg(unknown.findings[0], 'nl')).toBe(
      'Niet te herkennen wat deze opgeslagen gegevens zijn: geen gesprek, logboek, POP, planning, herinnering, vragenbank, gespreksmodel of melding.',
    );
    expect(api.migrate([]).findings[0]?.code).toBe('storage.shape.unknown');
  });

  it('refuses a shape that is broken beyond its unknown keys, with a composite finding whose details say why', () => {
    const broken = { ...(fixture('0.1', 'plan-sample.json') as object), version: 'twee' };
    const refused = api.migratePlan(broken);
    expect(refused.ok).toBe(false);
    const [composite, ...details] = refused.findings;
    expect(composite?.code).toBe('storage.invalid');
    expect(composite?.details).toEqual(details);
    expect(details.map((f) => [f.code, f.path])).toEqual([['input.invalid_type', ['version']]]);
    expect(msg(composite, 'nl')).toBe(
      'De opgeslagen gegevens (een POP) konden niet worden bijgewerkt naar opslagversie 2; de details zeggen waarom.',
    );
  });
});

function migrationsHostileGetter(): unknown {
  return Object.defineProperty({ type: 'start', at: '2027-03-15T10:00:00+01:00' }, 'by', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });
}

describe('keys this version does not know survive, at any depth', () => {
  /** Every object in a value, with its path: where an unknown key can be put. */
  function objectsIn(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; node: Record<string, unknown> }[] {
    if (Array.isArray(data)) return data.flatMap((item, index) => objectsIn(item, [...path, index]));
    if (data === null || typeof data !== 'object') return [];
    const node = data as Record<string, unknown>;
    const inside = Object.keys(node).flatMap((key) =>
      key === 'meta' || key === 'unrecognized' ? [] : objectsIn(node[key], [...path, key]),
    );
    return [{ path, node }, ...inside];
  }

  const stored = ['conversation-concluded.json', 'event-log-development.json', 'plan-approved.json', 'question-bank-sample.json'];

  it('puts each unknown key in the unrecognized map of the stored shape that held it, and the rest migrates as without them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stored),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('legacyId', 'colour', 'x.y', 'a~b'), fc.jsonValue({ maxDepth: 2 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (name, additions) => {
          const clean = value(api.migrate(fixture('0.1', name)));
          const data = fixture('0.1', name);
          const objects = objectsIn(data);
          const added = new Map<string, unknown>();
          for (const [pick, key, extra] of additions) {
            const target = objects[pick % objects.length] as (typeof objects)[number];
            if (Object.hasOwn(target.node, key)) continue;
            target.node[key] = extra;
            added.set(JSON.stringify([...target.path, key]), extra);
          }
          const migrated = api.migrate(data);
          const kept = migrated.findings.filter((f) => f.code === 'storage.unrecognized.kept');
          expect(kept.map((f) => JSON.stringify(f.path)).sort()).toEqual([...added.keys()].sort());
          // Every value kept is somewhere in an unrecognized map; take them all out and the rest is the clean migration.
          const maps: unknown[] = [];
          const strip = (item: unknown): unknown => {
            if (Array.isArray(item)) return item.map(strip);
            if (item === null || typeof item !== 'object') return item;
            const entries = Object.entries(item).filter(([key, inner]) => {
              if (key === 'unrecognized') maps.push(inner);
              return key !== 'unrecognized';
            });
            return Object.fromEntries(entries.map(([key, inner]) => [key, key === 'meta' ? inner : strip(inner)]));
          };
          expect(json(strip(JSON.parse(json(value(migrated)))))).toBe(json(clean));
          const keptValues = maps.flatMap((map) => Object.values(map as object)).map((item) => JSON.stringify(item));
          expect(keptValues.sort()).toEqual([...added.values()].map((item) => JSON.stringify(JSON.parse(JSON.stringify(item)))).sort());
        },
      ),
      { numRuns: 80 },
    );
  });

  it('names a kept key by its dotted path below its holder, escaping dots and tildes', () => {
    const log = fixture('0.1', 'event-log-development.json') as { events: Record<string, unknown>[]; input: Record<string, unknown> };
    (log.events[1] as { point: Record<string, unknown> }).point['weight.kg'] = 3;
    (log.events[1] as Record<string, unknown>)['a~b'] = 'x';
    log.input['source'] = 'afas';
    const migrated = value(api.migrateConversationEventLog(log));
    expect(migrated.events[1]?.unrecognized).toEqual({ 'point.weight~1kg': 3, 'a~0b': 'x' });
    expect(migrated.unrecognized).toEqual({ 'input.source': 'afas' });
    // A second migration keeps them where they are: the identity.
    expect(json(value(api.migrateConversationEventLog(JSON.parse(json(migrated)))))).toBe(json(migrated));
  });

  it('keeps meta that a host put on 0.1 data among the unrecognized keys (0.1 had no meta), and meta of version 2 as meta', () => {
    const old = { ...(fixture('0.1', 'schedule-next-conversation.json') as object), meta: { tenant: 't-1' } };
    const migrated = value(api.migratePlannedConversation(old));
    expect([migrated.meta, migrated.unrecognized]).toEqual([undefined, { meta: { tenant: 't-1' } }]);
    const current = value(api.migratePlannedConversation({ ...migrated, unrecognized: undefined, meta: { tenant: 't-1' } }));
    expect([current.meta, current.unrecognized]).toEqual([{ tenant: 't-1' }, undefined]);
    const log = fixture('0.1', 'event-log-development.json') as { input: Record<string, unknown>; events: Record<string, unknown>[] };
    log.input['meta'] = { tenant: 't-1' };
    (log.events[0] as Record<string, unknown>)['meta'] = { device: 'tablet' };
    const read = value(api.migrateConversationEventLog(log));
    expect([read.input.meta, read.unrecognized, read.events[0]?.meta, read.events[0]?.unrecognized]).toEqual([
      undefined,
      { 'input.meta': { tenant: 't-1' } },
      undefined,
      { meta: { device: 'tablet' } },
    ]);
  });

  it('keeps a loose previous plan whole: what the input does not read goes to the log’s unrecognized map', () => {
    const log = fixture('0.1', 'event-log-development.json') as { input: Record<string, unknown> };
    log.input['previousPlan'] = { id: 'pop-2026', agreements: [], hash: 'abc', version: 3 };
    const migrated = value(api.migrateConversationEventLog(log));
    expect(migrated.input.previousPlan).toEqual({ id: 'pop-2026', agreements: [] });
    expect(migrated.unrecognized).toEqual({ 'input.previousPlan.hash': 'abc', 'input.previousPlan.version': 3 });
  });

  it('takes the reminder text in the language asked for and keeps the other', () => {
    const reminder = {
      id: 'preparation:c-1:employee:7d',
      type: 'preparation',
      to: 'emp-1',
      role: 'employee',
      at: '2027-03-08T09:00:00+01:00',
      date: '2027-03-08',
      subjectId: 'c-1',
      offsetDays: 7,
      message: { nl: 'Bereid je ontwikkelgesprek voor.', en: 'Prepare your development conversation.' },
    };
    const english = api.migrateReminder(reminder, { reminderLocale: 'en' });
    expect(value(english)).toMatchObject({ locale: 'en', message: 'Prepare your development conversation.' });
    expect(value(english).unrecognized).toEqual({ 'message.nl': 'Bereid je ontwikkelgesprek voor.' });
    expect(
      msg(
        english.findings.find((f) => f.code === 'storage.reminder.languageChosen'),
        'nl',
      ),
    ).toBe(
      'De herinnering had een Nederlandse en een Engelse tekst; de Engelse tekst is overgenomen en de andere is bewaard bij de onbekende velden.',
    );
    const again = api.migrateReminder(JSON.parse(json(value(english))));
    expect(json(value(again))).toBe(json(value(english)));
  });
});
