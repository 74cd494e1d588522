// The named types of the storage module: what a migration reads, what it answers, and its options.
import type { Finding } from '../core/index.js';
import type { Conversation, ConversationEvent, ConversationEventLog, ConversationTemplate } from '../conversation/index.js';
import type { DevelopmentPlan } from '../plan/index.js';
import type { Question, QuestionBank } from '../questions/index.js';
import type { PlannedConversation, Reminder } from '../schedule/index.js';

/**
 * A version of the stored shapes: 1 is what 0.1 wrote (without a `schemaVersion` key), 2 is what this
 * version writes (`schemaVersion: 2`).
 *
 * @example
 * ```ts
 * import { currentSchemaVersion, type StoredVersion } from 'ontwikkelgesprek';
 * const versions: StoredVersion[] = [1, currentSchemaVersion];
 * ```
 */
export type StoredVersion = 1 | 2;

/**
 * Options of a migration. A reminder stored by 0.1 carried its text in Dutch and in English; this
 * version keeps one text and its language, so the migration takes the text in `reminderLocale`
 * (default `nl`, with a finding that says so) and keeps the other among the unrecognised fields.
 *
 * @example
 * ```ts
 * import { migrateReminder, type MigrateOptions } from 'ontwikkelgesprek';
 * const options: MigrateOptions = { reminderLocale: 'en' };
 * const reminder = migrateReminder(
 *   {
 *     id: 'r-1', type: 'preparation', to: 'emp-1', role: 'employee', at: '2027-03-08T09:00:00+01:00', date: '2027-03-08',
 *     subjectId: 'c-1', offsetDays: 7, message: { nl: 'Bereid je gesprek voor.', en: 'Prepare your conversation.' },
 *   },
 *   options,
 * );
 * reminder.ok && reminder.value.message; // 'Prepare your conversation.'
 * ```
 */
export interface MigrateOptions {
  /** The language whose text a 0.1 reminder keeps; default `nl`. */
  reminderLocale?: 'nl' | 'en' | undefined;
}

/**
 * What `migrate` recognised and brought to the current version: the shape's name and the value, in
 * its current form (the same JSON text as this version would write it).
 *
 * @example
 * ```ts
 * import { migrate } from 'ontwikkelgesprek';
 * const migrated = migrate({ type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'manager', text: 'Doel besproken.' });
 * if (migrated.ok && migrated.value.shape === 'conversationEvent') {
 *   migrated.value.value.schemaVersion; // 2
 * }
 * ```
 */
export type MigratedShape =
  | { readonly shape: 'conversation'; readonly value: Conversation }
  | { readonly shape: 'conversationEvent'; readonly value: ConversationEvent }
  | { readonly shape: 'conversationEvents'; readonly value: readonly ConversationEvent[] }
  | { readonly shape: 'conversationEventLog'; readonly value: ConversationEventLog }
  | { readonly shape: 'conversationTemplate'; readonly value: ConversationTemplate }
  | { readonly shape: 'conversationTemplates'; readonly value: ConversationTemplates }
  | { readonly shape: 'developmentPlan'; readonly value: DevelopmentPlan }
  | { readonly shape: 'question'; readonly value: Question }
  | { readonly shape: 'questionBank'; readonly value: QuestionBank }
  | { readonly shape: 'plannedConversation'; readonly value: PlannedConversation }
  | { readonly shape: 'reminder'; readonly value: Reminder }
  | { readonly shape: 'finding'; readonly value: Finding }
  | { readonly shape: 'findings'; readonly value: readonly Finding[] };

/**
 * A set of conversation templates by name, as a host keeps its own (0.1 stored the built-in ones
 * this way, by kind).
 *
 * @example
 * ```ts
 * import { conversationTemplates, type ConversationTemplates } from 'ontwikkelgesprek';
 * const mine: ConversationTemplates = { quick: conversationTemplates.checkIn };
 * ```
 */
export type ConversationTemplates = { readonly [name: string]: ConversationTemplate };
