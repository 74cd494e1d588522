import type { Role } from '../../vocabulary/index.js';

/**
 * The name of a stored shape: what `migrate` recognised, and the key of its JSON Schema per version
 * in `storedJsonSchemas` (`ontwikkelgesprek/schemas`). `conversationEvents` is a list of events (a
 * log kept row by row), `conversationTemplates` a set of templates by name, `questionBank` and
 * `findings` lists.
 *
 * @example
 * ```ts
 * import { migrate, type StoredShapeName } from 'ontwikkelgesprek';
 * const migrated = migrate({ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' });
 * const shape: StoredShapeName | undefined = migrated.ok ? migrated.value.shape : undefined;
 * shape; // 'conversationEvent'
 * ```
 */
export type StoredShapeName =
  | 'conversation'
  | 'conversationEvent'
  | 'conversationEvents'
  | 'conversationEventLog'
  | 'conversationTemplate'
  | 'conversationTemplates'
  | 'developmentPlan'
  | 'question'
  | 'questionBank'
  | 'plannedConversation'
  | 'reminder'
  | 'finding'
  | 'findings';

/**
 * The findings of the storage module (migrations), with their params. A finding about one key a
 * migration kept has that key's place in its `path`.
 */
export interface StorageFindingParams {
  /** A value that JSON cannot hold; `received` says what it is. */
  'storage.input.notJson': { received: 'function' | 'symbol' | 'bigint' | 'number' | 'object' | 'undefined' };
  'storage.input.cycle': Record<never, never>;
  /** More values than a migration reads (`limit`). */
  'storage.input.tooLarge': { limit: number };
  'storage.shape.unknown': Record<never, never>;
  /** Written by a later version of the library: `version` is the stored one, `current` the newest this version knows. */
  'storage.version.newer': { version: number; current: number };
  'storage.version.invalid': Record<never, never>;
  /** A composite finding: the stored `shape` could not be brought to version `version`; the details say why. */
  'storage.invalid': { shape: StoredShapeName; version: number };
  /** A key this version does not know, kept in `unrecognized` (the path says where it was). */
  'storage.unrecognized.kept': Record<never, never>;
  /** The 0.1 content hash of plan version `version` matched its content: the approvals of `roles` now hold the new hash. */
  'storage.plan.approvalsCarried': { version: number; roles: readonly Role[] };
  /** The 0.1 content hash of plan version `version` does not match its content. */
  'storage.plan.hashMismatch': { version: number };
  /** The approval of `role` could not be carried over to plan version `version`; it is kept with the cleared approvals. */
  'storage.plan.approvalNotCarried': { version: number; role: Role };
  /** A 0.1 reminder carried its text in both languages; the text in `locale` was kept as the message. */
  'storage.reminder.languageChosen': { locale: 'nl' | 'en' };
  /** A finding stored by 0.1 whose params could not be brought to the current params of its code: kept with its own text. */
  'storage.finding.textKept': Record<never, never>;
}

/** The label families of the storage module. */
export interface StorageLabelFamilies {
  /** A stored shape, as a noun: "gesprek", "logboek van een gesprek", "PDP". */
  storedShape: StoredShapeName;
  /** A language, as an adjective before "text": "Nederlandse", "English". */
  storedLanguage: 'nl' | 'en';
  /** What kind of value JSON cannot hold: "functie", "function". */
  storedValueKind: 'function' | 'symbol' | 'bigint' | 'number' | 'object' | 'undefined';
}
