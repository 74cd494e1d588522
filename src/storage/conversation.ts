// Migrations of the conversation's stored shapes: the state, one event, an event log, templates.
// Version 1 (0.1) differs from version 2 only in what every stored shape gained: `schemaVersion`,
// `meta` and `unrecognized`; the state, the events and the templates kept their fields.
import type { Finding, Path, Result } from '../core/index.js';
import { fail, ok, parseWith } from '../core/index.js';
import type { Conversation, ConversationEvent, ConversationEventLog, ConversationTemplate } from '../conversation/index.js';
import { replay, validateTemplate } from '../conversation/index.js';
import {
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
} from '../conversation/schema.js';
import type { ShapeSpec, StepOutcome } from './driver.js';
import { listOf, migrateItems, migrateRead, migrateStored, wrongKind } from './driver.js';
import type { JsonRecord } from './json.js';
import { isRecord, readJson, setKey } from './json.js';
import type { ConversationTemplates, MigrateOptions } from './types.js';

/** Takes `prefix` off the paths of findings (and of their details) that a reader put under it. */
function withoutPrefix(findings: readonly Finding[], prefix: Path): Finding[] {
  return findings.map((found) => {
    const under = prefix.every((key, index) => found.path[index] === key);
    const path = under ? found.path.slice(prefix.length) : found.path;
    const details = found.details === undefined ? undefined : withoutPrefix(found.details, prefix);
    return { ...found, path, ...(details === undefined ? {} : { details }) };
  });
}

/**
 * A state is read as `replay` reads one to go on from: its shape, its template and its phase. Notes
 * written before notes had ids get the id they already answer to (`note-` and their position), so a
 * migrated state is the state its replayed log gives.
 */
function readConversation(data: unknown): Result<Conversation> {
  const read = replay([], { from: data as Conversation });
  if (!read.ok) return fail(withoutPrefix(read.findings, ['options', 'from']));
  if (read.value.notes.every((note) => note.id !== undefined)) return read;
  const notes = read.value.notes.map(({ id, ...note }, index) => ({ id: id ?? `note-${index + 1}`, ...note }));
  return ok(Object.freeze({ ...read.value, notes: Object.freeze(notes) }), read.findings);
}

/** @internal */
export const conversationSpec: ShapeSpec<Conversation> = {
  shape: 'conversation',
  schema: conversationSchema,
  holders: [[], ['template']],
  read: readConversation,
};

/** @internal */
export const eventSpec: ShapeSpec<ConversationEvent> = {
  shape: 'conversationEvent',
  schema: conversationEventSchema,
  holders: [[]],
  read: (data) => parseWith(conversationEventSchema, data) as Result<ConversationEvent>,
};

/**
 * A log of version 1 was made before built-in templates had versions: its input names the first, so
 * that a replay never has to guess (a template of its own, or a version already named, stay).
 */
function pinTemplateVersion(data: JsonRecord): StepOutcome {
  const input = data['input'];
  if (isRecord(input) && !Object.hasOwn(input, 'template') && !Object.hasOwn(input, 'templateVersion')) {
    setKey(input, 'templateVersion', 1);
  }
  return {};
}

/** @internal */
export const eventLogSpec: ShapeSpec<ConversationEventLog> = {
  shape: 'conversationEventLog',
  schema: conversationEventLogSchema,
  holders: [[], ['events', '*'], ['input', 'template']],
  // 0.1 created conversations without meta: one in a 0.1 log's input was put there by the host.
  addedInV2: [['input', 'meta']],
  reshape: pinTemplateVersion,
  read: (data) => parseWith(conversationEventLogSchema, data) as Result<ConversationEventLog>,
};

/** @internal */
export const templateSpec: ShapeSpec<ConversationTemplate> = {
  shape: 'conversationTemplate',
  schema: conversationTemplateSchema,
  holders: [[]],
  read: validateTemplate,
};

/**
 * Brings a stored conversation state of any earlier version to the current one: `schemaVersion: 2`,
 * the same fields, keys this version does not know kept in `unrecognized` (the state's own, or its
 * template's, by dotted path), in the key order this version writes. A state that is already current
 * comes back as it is (the same JSON text). Never throws: unreadable data is answered with findings.
 *
 * @example
 * ```ts
 * import { migrateConversation, replay } from 'ontwikkelgesprek';
 * const created = replay([], {
 *   input: {
 *     id: 'c-1', kind: 'checkIn', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 *   },
 * });
 * if (created.ok) {
 *   // As 0.1 stored it: no schemaVersion, and a key the host added.
 *   const { schemaVersion: _version, ...stored } = { ...created.value, colour: 'blue' };
 *   const migrated = migrateConversation(stored);
 *   migrated.ok && migrated.value.schemaVersion; // 2
 *   migrated.ok && migrated.value.unrecognized; // { colour: 'blue' }
 *   migrated.findings.map((finding) => finding.code); // ['storage.unrecognized.kept']
 * }
 * ```
 */
export function migrateConversation(stored: unknown): Result<Conversation> {
  return migrateStored(conversationSpec, stored, {});
}

/**
 * Brings one stored conversation event of any earlier version to the current one (`schemaVersion: 2`,
 * defaults written, unknown keys in its `unrecognized`), as `transition` hands an event back.
 *
 * @example
 * ```ts
 * import { migrateConversationEvent } from 'ontwikkelgesprek';
 * const migrated = migrateConversationEvent({ type: 'evaluate', at: '2027-03-15T10:54:00+01:00', by: 'employee', rating: 4 });
 * migrated.ok && migrated.value; // { schemaVersion: 2, type: 'evaluate', at: '2027-03-15T10:54:00+01:00', by: 'employee', rating: 4, feedback: '' }
 * ```
 */
export function migrateConversationEvent(stored: unknown): Result<ConversationEvent> {
  return migrateStored(eventSpec, stored, {});
}

/**
 * Brings a stored list of conversation events (a log kept row by row) to the current version, event
 * by event; findings of an event are under its index.
 *
 * @example
 * ```ts
 * import { migrateConversationEvents } from 'ontwikkelgesprek';
 * const migrated = migrateConversationEvents([
 *   { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
 *   { type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'manager', text: 'Doel besproken.' },
 * ]);
 * migrated.ok && migrated.value.map((event) => event.schemaVersion); // [2, 2]
 * ```
 */
export function migrateConversationEvents(stored: unknown): Result<readonly ConversationEvent[]> {
  return listOf(stored, (items) => migrateItems(eventSpec, items, {}), 'conversationEvents');
}

/**
 * Brings a stored event log (`{ input, events }`, as 0.1 hosts stored it) to the current version:
 * the log, each event and the input's template get `schemaVersion: 2`, an input without a template of
 * its own `templateVersion: 1`, and what this version does not know is kept in the `unrecognized` of
 * the log or of the event that held it. Replaying the migrated log gives the same state as migrating
 * the state stored with it.
 *
 * @example
 * ```ts
 * import { migrateConversationEventLog, replay } from 'ontwikkelgesprek';
 * const log = migrateConversationEventLog({
 *   input: {
 *     id: 'c-1', kind: 'checkIn', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 *   },
 *   events: [{ type: 'setPurpose', at: '2027-05-30T09:00:00+02:00', by: 'employee', purpose: 'Voortgang bespreken' }],
 * });
 * log.ok && log.value.input.templateVersion; // 1
 * const state = log.ok ? replay(log.value.events, { input: log.value.input }) : log;
 * state.ok && state.value.purpose; // 'Voortgang bespreken'
 * ```
 */
export function migrateConversationEventLog(stored: unknown): Result<ConversationEventLog> {
  return migrateStored(eventLogSpec, stored, {});
}

/**
 * Brings a stored conversation template to the current version and checks it as `validateTemplate`
 * does.
 *
 * @example
 * ```ts
 * import { conversationTemplates, migrateConversationTemplate } from 'ontwikkelgesprek';
 * const { schemaVersion: _version, ...stored } = conversationTemplates.checkIn;
 * const migrated = migrateConversationTemplate(stored);
 * migrated.ok && JSON.stringify(migrated.value) === JSON.stringify(conversationTemplates.checkIn); // true
 * ```
 */
export function migrateConversationTemplate(stored: unknown): Result<ConversationTemplate> {
  return migrateStored(templateSpec, stored, {});
}

/**
 * Brings a stored set of conversation templates by name (as 0.1 stored the built-in ones, by kind) to
 * the current version, template by template, in the order of the names.
 *
 * @example
 * ```ts
 * import { migrateConversationTemplates } from 'ontwikkelgesprek';
 * const migrated = migrateConversationTemplates({
 *   quick: { id: 'quick', kind: 'checkIn', phases: [{ id: 'preparation', activities: ['prepare', 'purpose'] }, { id: 'nextConversation', activities: ['schedule', 'evaluate'], exitGuards: ['nextConversationScheduled'] }] },
 * });
 * migrated.ok && migrated.value.quick?.phases[1]?.allowBack; // false
 * ```
 */
export function migrateConversationTemplates(stored: unknown): Result<ConversationTemplates> {
  const read = readJson(stored);
  if (!read.ok) return read;
  return templatesOf(read.value, {});
}

/** @internal */
export function templatesOf(data: unknown, options: MigrateOptions): Result<ConversationTemplates> {
  if (!isRecord(data)) return wrongKind('conversationTemplates', 'object', data);
  const names = Object.keys(data);
  const values: [string, ConversationTemplate][] = [];
  const findings: Finding[] = [];
  let failed = false;
  for (const name of names) {
    const migrated = migrateRead(templateSpec, data[name], options, [name]);
    findings.push(...migrated.findings);
    if (migrated.ok) values.push([name, migrated.value]);
    else failed = true;
  }
  if (failed) return fail(findings);
  const record: Record<string, ConversationTemplate> = {};
  for (const [name, template] of values) setKey(record, name, template);
  return ok(record, findings);
}
