// `migrate`: recognise what a stored value is, and migrate it as that shape.
import type { Result } from '../core/index.js';
import { fail, mapResult } from '../core/index.js';
import type { StoredShapeName } from '../locales/index.js';
import { finding } from '../locales/index.js';
import { conversationSpec, eventLogSpec, eventSpec, templateSpec, templatesOf } from './conversation.js';
import { migrateItems, migrateRead, optionsOf } from './driver.js';
import { findingsOf, migrateFinding } from './findings.js';
import { isRecord, readJson } from './json.js';
import { planSpec } from './plan.js';
import { bankOf, questionSpec } from './questions.js';
import { plannedConversationSpec, reminderSpec } from './schedule.js';
import type { MigratedShape, MigrateOptions } from './types.js';

/** Keys that only one stored shape has, together: how a record is recognised (most telling first). */
const signatures: readonly (readonly [StoredShapeName, readonly string[]])[] = [
  ['conversationEventLog', ['input', 'events']],
  ['conversation', ['template', 'phaseHistory']],
  ['developmentPlan', ['hash', 'approvals', 'history']],
  ['reminder', ['subjectId', 'offsetDays']],
  ['plannedConversation', ['targetDate', 'latestAllowed']],
  ['finding', ['code', 'severity']],
  ['conversationEvent', ['type', 'at', 'by']],
  ['conversationTemplate', ['kind', 'phases']],
  ['question', ['text', 'category', 'audience']],
];

function shapeOfRecord(value: unknown): StoredShapeName | undefined {
  if (!isRecord(value)) return undefined;
  return signatures.find(([, keys]) => keys.every((key) => Object.hasOwn(value, key)))?.[0];
}

const lists: Readonly<Partial<Record<StoredShapeName, StoredShapeName>>> = {
  conversationEvent: 'conversationEvents',
  question: 'questionBank',
  finding: 'findings',
};

/** What a stored value is, by the keys it has; `undefined` when it is none of the stored shapes. */
export function shapeOf(value: unknown): StoredShapeName | undefined {
  if (Array.isArray(value)) {
    const shapes = new Set(value.map(shapeOfRecord));
    const only = shapes.size === 1 ? [...shapes][0] : undefined;
    return only === undefined ? undefined : lists[only];
  }
  const own = shapeOfRecord(value);
  if (own !== undefined || !isRecord(value)) return own;
  const items = Object.values(value);
  return items.length > 0 && items.every((item) => shapeOfRecord(item) === 'conversationTemplate') ? 'conversationTemplates' : undefined;
}

function as<S extends MigratedShape['shape']>(
  shape: S,
  result: Result<Extract<MigratedShape, { shape: S }>['value']>,
): Result<MigratedShape> {
  return mapResult(result, (value) => ({ shape, value }) as MigratedShape);
}

function migrateAs(shape: StoredShapeName, value: unknown, options: MigrateOptions): Result<MigratedShape> {
  const items = Array.isArray(value) ? value : [];
  switch (shape) {
    case 'conversation':
      return as(shape, migrateRead(conversationSpec, value, options));
    case 'conversationEvent':
      return as(shape, migrateRead(eventSpec, value, options));
    case 'conversationEvents':
      return as(shape, migrateItems(eventSpec, items, options));
    case 'conversationEventLog':
      return as(shape, migrateRead(eventLogSpec, value, options));
    case 'conversationTemplate':
      return as(shape, migrateRead(templateSpec, value, options));
    case 'conversationTemplates':
      return as(shape, templatesOf(value, options));
    case 'developmentPlan':
      return as(shape, migrateRead(planSpec, value, options));
    case 'question':
      return as(shape, migrateRead(questionSpec, value, options));
    case 'questionBank':
      return as(shape, bankOf(items));
    case 'plannedConversation':
      return as(shape, migrateRead(plannedConversationSpec, value, options));
    case 'reminder':
      return as(shape, migrateRead(reminderSpec, value, options));
    case 'finding':
      return as(shape, migrateFinding(value));
    case 'findings':
      return as(shape, findingsOf(items));
  }
}

/**
 * Recognises what a stored value is (a conversation state, an event, a list of events, an event log,
 * a template or a set of them, a POP, a question or a bank, a planned next conversation, a reminder,
 * a finding or a list of them), by the keys it has, and brings it to the current version as the
 * `migrate...` function of that shape does. Answers the shape's name with the value. A value of the
 * current version comes back as it is (the same JSON text). Never throws: what it cannot read or
 * recognise is answered with findings.
 *
 * @example
 * ```ts
 * import { migrate } from 'ontwikkelgesprek';
 * const migrated = migrate([
 *   { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
 *   { type: 'nextPhase', at: '2027-03-15T10:05:00+01:00', by: 'manager', device: 'tablet' },
 * ]);
 * migrated.ok && migrated.value.shape; // 'conversationEvents'
 * migrated.findings.map((finding) => finding.path.join('.')); // ['1.device']
 * migrate({ colour: 'blue' }).findings[0]?.code; // 'storage.shape.unknown'
 * ```
 */
export function migrate(stored: unknown, options: MigrateOptions = {}): Result<MigratedShape> {
  const read = readJson(stored);
  if (!read.ok) return read;
  const shape = shapeOf(read.value);
  if (shape === undefined) return fail([finding.error('storage.shape.unknown')]);
  return migrateAs(shape, read.value, optionsOf(options));
}
