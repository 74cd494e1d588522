// Stored data read and migrated, worked out by hand (issue 21: mutation testing of the storage module).
// What a host may hand in, how far it may nest, which version it says it is, and where a key this
// version does not know is kept.
import { describe, expect, it } from 'vitest';
import {
  migrate,
  migrateConversation,
  migrateConversationEvent,
  migrateConversationEventLog,
  migrateConversationEvents,
  migrateConversationTemplates,
  conversationTemplates,
  migrateReminder,
  replay,
} from '../../src/index.js';
import { optionsOf, versionOf } from '../../src/storage/driver.js';
import { maxDepth, readJson } from '../../src/storage/json.js';
import { dottedPath, escapeSegment, expand, holderOf, valueAt } from '../../src/storage/paths.js';
import { storedCheckInInput, storedReminder } from './fixtures.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'kern';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('readJson: what a host hands in', () => {
  it('reads 64 nested lists and refuses a 65th, at the path where it starts', () => {
    expect(maxDepth).toBe(64);
    expect(readJson(nested(64)).ok).toBe(true);
    const refused = readJson(nested(65));
    expect(refused.findings.map((f) => [f.code, f.path.length, f.params])).toEqual([['input.tooDeep', 64, { limit: 64 }]]);
  });

  it('leaves out a property that is undefined, as JSON does, but refuses undefined in a list', () => {
    const read = readJson({ notes: undefined, rating: 4 });
    expect(read.ok && read.value).toEqual({ rating: 4 });
    expect(read.ok && Object.keys(read.value as object)).toEqual(['rating']);
    expect(readJson([1, undefined]).findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.input.notJson', [1], { received: 'undefined' }],
    ]);
  });

  it('refuses what JSON cannot hold: NaN, a bigint, a date object, a function', () => {
    const received = (value: unknown) => readJson({ at: value }).findings.map((f) => [f.code, f.path, f.params]);
    expect(received(Number.NaN)).toEqual([['storage.input.notJson', ['at'], { received: 'number' }]]);
    expect(received(Number.POSITIVE_INFINITY)).toEqual([['storage.input.notJson', ['at'], { received: 'number' }]]);
    expect(received(10n)).toEqual([['storage.input.notJson', ['at'], { received: 'bigint' }]]);
    expect(received(new Date(0))).toEqual([['storage.input.notJson', ['at'], { received: 'object' }]]);
    expect(received(() => 1)).toEqual([['storage.input.notJson', ['at'], { received: 'function' }]]);
    // An object without a prototype is plain data.
    const bare = Object.assign(Object.create(null) as object, { rating: 3 });
    expect(readJson(bare).ok).toBe(true);
  });

  it('answers a value that throws when read with what it threw, at most 200 characters of it', () => {
    const throwing = (thrown: unknown) => ({
      get notes(): never {
        throw thrown;
      },
    });
    expect(readJson(throwing('niet leesbaar')).findings.map((f) => [f.code, f.params])).toEqual([
      ['input.unreadable', { detail: 'niet leesbaar' }],
    ]);
    const long = readJson(throwing(new Error('x'.repeat(300)))).findings[0]?.params['detail'];
    expect(long).toBe('x'.repeat(200));
    expect(readJson(throwing('y'.repeat(300))).findings[0]?.params['detail']).toBe('y'.repeat(200));
    // Something thrown that cannot even be written as text.
    expect(readJson(throwing(Object.create(null))).findings[0]?.params['detail']).toBe('unknown');
  });

  it('names where a value refers back to itself, and refuses a bare NaN at the root', () => {
    const plan: Record<string, unknown> = { id: 'pop-1' };
    plan['goals'] = [{ plan }];
    expect(readJson(plan).findings.map((f) => [f.code, f.path])).toEqual([['storage.input.cycle', ['goals', 0, 'plan']]]);
    expect(readJson(Number.NaN).findings.map((f) => [f.code, f.path])).toEqual([['storage.input.notJson', []]]);
  });
});

describe('paths: where a kept key is named', () => {
  it('escapes a dot, a tilde and __proto__ so that a name never reads as two keys', () => {
    expect([escapeSegment('a.b~c'), escapeSegment('__proto__'), escapeSegment(3)]).toEqual(['a~1b~0c', '~2', '3']);
    expect(dottedPath(['goals', 0, 'we.ight'])).toBe('goals.0.we~1ight');
  });

  it('finds the deepest stored shape holding a key, and the root for a key of the root', () => {
    const holders = [[], ['events', '*'], ['input', 'template']] as const;
    expect(holderOf(holders, ['events', 2, 'device'])).toEqual({ holder: ['events', 2], below: ['device'] });
    expect(holderOf(holders, ['events', 2])).toEqual({ holder: [], below: ['events', 2] });
    expect(holderOf(holders, ['input', 'template', 'phases', 0, 'colour'])).toEqual({
      holder: ['input', 'template'],
      below: ['phases', 0, 'colour'],
    });
    expect(holderOf([[]], ['colour'])).toEqual({ holder: [], below: ['colour'] });
    // The deepest holder wins, whatever order the patterns come in.
    expect(holderOf([['input', 'template'], []], ['input', 'template', 'colour'])).toEqual({
      holder: ['input', 'template'],
      below: ['colour'],
    });
  });

  it('expands a pattern to the paths that are there: list positions as numbers, nothing under a text', () => {
    expect(expand({ events: [{}, {}] }, ['events', '*'])).toEqual([
      ['events', 0],
      ['events', 1],
    ]);
    expect(expand({ events: 'geen lijst' }, ['events', '*'])).toEqual([]);
    expect(expand({ input: { template: {} } }, ['input', 'template'])).toEqual([['input', 'template']]);
    expect(expand({ input: {} }, ['input', 'template'])).toEqual([]);
    expect(expand({ input: null }, ['input', 'template'])).toEqual([]);
    expect([valueAt({ a: 'tekst' }, ['a', 'length']), valueAt({ a: 'tekst' }, ['a', 0])]).toEqual([undefined, undefined]);
    expect([
      valueAt({ a: [5, { b: 2 }] }, ['a', 1, 'b']),
      valueAt({ a: null }, ['a', 'b']),
      valueAt(Object.create({ a: 1 }), ['a']),
    ]).toEqual([2, undefined, undefined]);
  });
});

describe('versions and options', () => {
  it('reads no version and version 1 as 0.1, refuses a later version by number and anything else as no version', () => {
    expect([versionOf({}), versionOf({ schemaVersion: 1 }), versionOf({ schemaVersion: 2 })].map((v) => v.ok && v.value)).toEqual([
      1, 1, 2,
    ]);
    expect(versionOf({ schemaVersion: 3 }, ['log']).findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.version.newer', ['log', 'schemaVersion'], { version: 3, current: 2 }],
    ]);
    for (const schemaVersion of ['2', 2.5, 2 ** 60, 0, -3, null]) {
      expect(versionOf({ schemaVersion }).findings.map((f) => [f.code, f.path])).toEqual([['storage.version.invalid', ['schemaVersion']]]);
    }
  });

  it('takes a reminder language of nl or en, and treats anything else, or options that throw, as none', () => {
    expect(optionsOf({ reminderLocale: 'en' })).toEqual({ reminderLocale: 'en' });
    expect(optionsOf({ reminderLocale: 'nl' })).toEqual({ reminderLocale: 'nl' });
    expect(optionsOf({ reminderLocale: 'de' })).toEqual({});
    expect(optionsOf(null)).toEqual({});
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('nee');
        },
      },
    );
    expect(optionsOf(throwing)).toEqual({});
  });
});

describe('migrate: recognising and migrating stored values', () => {
  it('recognises no shape in an empty list, a list of two shapes, or an empty object', () => {
    const start = { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' };
    const noted = { code: 'input.required', severity: 'info', path: [], params: {} };
    for (const stored of [[], [start, noted], {}]) expect(migrate(stored).findings.map((f) => f.code)).toEqual(['storage.shape.unknown']);
    const events = migrate([start]);
    expect(events.ok && events.value.shape).toBe('conversationEvents');
  });

  it('keeps a key a host put on a 0.1 conversation, and the meta and unrecognized map 0.1 never wrote', () => {
    const created = replay([], { input: storedCheckInInput });
    if (!created.ok) throw new Error('not created');
    const { schemaVersion: _version, ...stored } = { ...created.value, colour: 'blauw', meta: { by: 'host' } };
    const migrated = migrateConversation(stored);
    expect(migrated.ok && migrated.value.schemaVersion).toBe(2);
    expect(migrated.ok && migrated.value.unrecognized).toEqual({ meta: { by: 'host' }, colour: 'blauw' });
    expect(migrated.ok && migrated.value.meta).toBeUndefined();
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([
      ['storage.unrecognized.kept', ['meta']],
      ['storage.unrecognized.kept', ['colour']],
    ]);
  });

  it('keeps a second key of one name beside the first, as #2, in an event of this version', () => {
    const event = {
      schemaVersion: 2,
      type: 'start',
      at: '2027-03-15T10:00:00+01:00',
      by: 'manager',
      unrecognized: { colour: 'rood' },
      colour: 'blauw',
    };
    const migrated = migrateConversationEvent(event);
    expect(migrated.ok && migrated.value.unrecognized).toEqual({ colour: 'rood', 'colour#2': 'blauw' });
    const again = migrateConversationEvent({ ...event, unrecognized: { colour: 'rood', 'colour#2': 'groen' } });
    expect(again.ok && again.value.unrecognized).toEqual({ colour: 'rood', 'colour#2': 'groen', 'colour#3': 'blauw' });
  });
});

describe('refusals and 0.1 shapes, worked out by hand', () => {
  const parts = (
    findings: readonly { code: string; path: readonly (string | number)[]; params: object; details?: readonly { code: string }[] }[],
  ) => findings.map((f) => [f.code, f.path, f.params, f.details?.map((d) => d.code)]);

  it('refuses what is not an event as a composite finding naming the shape and this version, then why', () => {
    for (const [stored, received] of [
      [null, 'null'],
      [[1], 'array'],
      ['tekst', 'string'],
      [3, 'number'],
    ] as const) {
      expect(parts(migrateConversationEvent(stored).findings)).toEqual([
        ['storage.invalid', [], { shape: 'conversationEvent', version: 2 }, ['input.invalid_type']],
        ['input.invalid_type', [], { expected: 'object', received }, undefined],
      ]);
    }
    expect(parts(migrateConversationEvents({ start: 1 }).findings)).toEqual([
      ['storage.invalid', [], { shape: 'conversationEvents', version: 2 }, ['input.invalid_type']],
      ['input.invalid_type', [], { expected: 'array', received: 'object' }, undefined],
    ]);
  });

  it('refuses a log row by row: the second event, with an unreadable time, under its index', () => {
    const rows = [
      { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
      { type: 'start', at: 'gisteren', by: 'manager' },
    ];
    expect(parts(migrateConversationEvents(rows).findings)).toEqual([
      ['storage.invalid', [1], { shape: 'conversationEvent', version: 2 }, ['input.invalid_format.datetime']],
      ['input.invalid_format.datetime', [1, 'at'], { format: 'datetime' }, undefined],
    ]);
  });

  it('keeps a 0.1 log’s input meta and an event’s device with the shape that held each, and pins the template version', () => {
    const log = migrateConversationEventLog({
      input: { ...storedCheckInInput, meta: { host: 1 } },
      events: [{ type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager', device: 'tablet' }],
    });
    expect(log.ok && [log.value.input.templateVersion, log.value.unrecognized, log.value.events[0]?.unrecognized]).toEqual([
      1,
      { 'input.meta': { host: 1 } },
      { device: 'tablet' },
    ]);
    expect(log.findings.map((f) => f.path)).toEqual([
      ['input', 'meta'],
      ['events', 0, 'device'],
    ]);
  });

  it('takes a 0.1 reminder’s English text when asked, keeping Dutch and any other language; a Dutch-only reminder says nothing', () => {
    const reminder = storedReminder;
    const english = migrateReminder(
      { ...reminder, message: { nl: 'Bereid je voor.', en: 'Prepare.', de: 'Vorbereiten.' } },
      { reminderLocale: 'en' },
    );
    expect(english.ok && [english.value.locale, english.value.message, english.value.unrecognized]).toEqual([
      'en',
      'Prepare.',
      { 'message.nl': 'Bereid je voor.', 'message.de': 'Vorbereiten.' },
    ]);
    expect(english.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.reminder.languageChosen', ['message'], { locale: 'en' }],
      ['storage.unrecognized.kept', ['message', 'nl'], {}],
      ['storage.unrecognized.kept', ['message', 'de'], {}],
    ]);
    const dutch = migrateReminder({ ...reminder, message: { nl: 'Bereid je voor.' } });
    expect(dutch.ok && [dutch.value.locale, dutch.value.message, dutch.value.unrecognized]).toEqual(['nl', 'Bereid je voor.', undefined]);
    expect(dutch.findings).toEqual([]);
  });
});

describe('the stored shapes inside another, worked out by hand', () => {
  it('keeps a version no release wrote, and meta 0.1 never wrote, on an event inside a 0.1 log, with that event', () => {
    const log = migrateConversationEventLog({
      input: storedCheckInInput,
      events: [{ type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager', schemaVersion: 7, meta: { tablet: 'A12' } }],
    });
    expect(log.ok && log.value.events[0]).toStrictEqual({
      schemaVersion: 2,
      type: 'start',
      at: '2027-06-01T09:00:00+02:00',
      by: 'manager',
      unrecognized: { schemaVersion: 7, meta: { tablet: 'A12' } },
    });
    expect(log.findings.map((f) => f.path)).toEqual([
      ['events', 0, 'schemaVersion'],
      ['events', 0, 'meta'],
    ]);
  });

  it('refuses a set of templates with one broken template under its name, after what the good one kept', () => {
    const { schemaVersion: _version, ...stored } = conversationTemplates.checkIn;
    const migrated = migrateConversationTemplates({
      quick: { ...stored, id: 'quick', colour: 'groen' },
      broken: { ...stored, phases: [] },
    });
    expect(migrated.ok).toBe(false);
    expect(migrated.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.unrecognized.kept', ['quick', 'colour'], {}],
      ['storage.invalid', ['broken'], { shape: 'conversationTemplate', version: 2 }],
      ['input.too_small.array', ['broken', 'phases'], { minimum: 2 }],
    ]);
  });

  it('says what it kept of each row of a log kept row by row, under the row’s index', () => {
    const rows = [
      { type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager' },
      { type: 'nextPhase', at: '2027-06-01T09:05:00+02:00', by: 'manager', device: 'tablet' },
    ];
    const migrated = migrateConversationEvents(rows);
    expect(migrated.ok && migrated.value[1]?.unrecognized).toEqual({ device: 'tablet' });
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([['storage.unrecognized.kept', [1, 'device']]]);
  });
});
