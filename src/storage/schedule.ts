// Migrations of the schedule's stored records: the planned next conversation and a reminder. A
// reminder of 0.1 carried its text in Dutch and in English; version 2 keeps one text and its
// language, so the migration takes one (the option, else Dutch) and keeps the other unrecognised.
import type { Result } from '../core/index.js';
import { parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { PlannedConversation, Reminder } from '../schedule/index.js';
import { plannedConversationSchema, reminderSchema } from '../schedule/schema.js';
import type { ShapeSpec, StepOutcome } from './driver.js';
import { migrateStored } from './driver.js';
import type { JsonRecord } from './json.js';
import { isRecord, setKey } from './json.js';
import type { MigrateOptions } from './types.js';

/** @internal */
export const plannedConversationSpec: ShapeSpec<PlannedConversation> = {
  shape: 'plannedConversation',
  schema: plannedConversationSchema,
  holders: [[]],
  read: (data) => parseWith(plannedConversationSchema, data) as Result<PlannedConversation>,
};

/** A 0.1 reminder's `{ nl, en }` message becomes one text and its language; the other text is kept. */
function oneLanguage(reminder: JsonRecord, options: MigrateOptions): StepOutcome {
  const message = reminder['message'];
  if (!isRecord(message) || Object.hasOwn(reminder, 'locale')) return {};
  const locale = options.reminderLocale ?? 'nl';
  const other = locale === 'nl' ? 'en' : 'nl';
  const text = message[locale];
  if (typeof text !== 'string') return {};
  setKey(reminder, 'locale', locale);
  setKey(reminder, 'message', text);
  const kept = Object.keys(message)
    .filter((key) => key !== locale)
    .map((key) => ({ path: ['message', key], value: message[key] }));
  const findings = Object.hasOwn(message, other)
    ? [finding.info('storage.reminder.languageChosen', { path: ['message'], params: { locale } })]
    : [];
  return { kept, findings };
}

/** @internal */
export const reminderSpec: ShapeSpec<Reminder> = {
  shape: 'reminder',
  schema: reminderSchema,
  holders: [[]],
  reshape: oneLanguage,
  read: (data) => parseWith(reminderSchema, data) as Result<Reminder>,
};

/**
 * Brings a stored plan of the next conversation (what `planNextConversation` answered) of any
 * earlier version to the current one: `schemaVersion: 2`, the same fields, unknown keys kept in
 * `unrecognized`.
 *
 * @example
 * ```ts
 * import { migratePlannedConversation } from 'ontwikkelgesprek';
 * const migrated = migratePlannedConversation({
 *   kind: 'development', date: '2027-09-15', start: '2027-09-15T09:00:00+02:00', end: '2027-09-15T10:00:00+02:00',
 *   durationMinutes: 60, timeZone: 'Europe/Amsterdam', targetDate: '2027-09-15', latestAllowed: '2028-03-15',
 *   intervalMonths: 6, basis: 'lastConversation', overdue: false,
 * });
 * migrated.ok && migrated.value.schemaVersion; // 2
 * ```
 */
export function migratePlannedConversation(stored: unknown): Result<PlannedConversation> {
  return migrateStored(plannedConversationSpec, stored, {});
}

/**
 * Brings a stored reminder of any earlier version to the current one. A reminder of 0.1 had its text
 * in Dutch and in English; this version keeps one text with its language (`locale`): the migration
 * takes the text in `options.reminderLocale` (default Dutch) and keeps the other with the
 * unrecognised fields (`message.en` or `message.nl`), with an info finding that says which it took.
 *
 * @example
 * ```ts
 * import { migrateReminder } from 'ontwikkelgesprek';
 * const migrated = migrateReminder({
 *   id: 'preparation:c-1:employee:7d', type: 'preparation', to: 'emp-1', role: 'employee',
 *   at: '2027-03-08T09:00:00+01:00', date: '2027-03-08', subjectId: 'c-1', offsetDays: 7,
 *   message: { nl: 'Bereid je ontwikkelgesprek voor.', en: 'Prepare your development conversation.' },
 * });
 * migrated.ok && [migrated.value.locale, migrated.value.message]; // ['nl', 'Bereid je ontwikkelgesprek voor.']
 * migrated.ok && migrated.value.unrecognized; // { 'message.en': 'Prepare your development conversation.' }
 * ```
 */
export function migrateReminder(stored: unknown, options: MigrateOptions = {}): Result<Reminder> {
  return migrateStored(reminderSpec, stored, options);
}
