// Migrations of stored questions and question banks. Version 1 (0.1) differs from version 2 only in
// `schemaVersion`, `meta` and `unrecognized` on each question.
import type { Result } from '../core/index.js';
import { fail, ok, parseWith } from '../core/index.js';
import type { Question, QuestionBank } from '../questions/index.js';
import { validateQuestionBank } from '../questions/index.js';
import { questionSchema } from '../questions/schema.js';
import type { ShapeSpec } from './driver.js';
import { listOf, migrateItems, migrateStored } from './driver.js';

/** @internal */
export const questionSpec: ShapeSpec<Question> = {
  shape: 'question',
  schema: questionSchema,
  holders: [[]],
  read: (data) => parseWith(questionSchema, data) as Result<Question>,
};

/**
 * Brings one stored question of any earlier version to the current one (`schemaVersion: 2`, `topics`
 * written, unknown keys in its `unrecognized`).
 *
 * @example
 * ```ts
 * import { migrateQuestion } from 'ontwikkelgesprek';
 * const migrated = migrateQuestion({
 *   id: 'acme-1', text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' },
 *   phase: 'employeeNeeds', category: 'needs', audience: 'employee', kinds: ['development'], owner: 'hr',
 * });
 * migrated.ok && migrated.value.schemaVersion; // 2
 * migrated.ok && migrated.value.unrecognized; // { owner: 'hr' }
 * ```
 */
export function migrateQuestion(stored: unknown): Result<Question> {
  return migrateStored(questionSpec, stored, {});
}

/**
 * Brings a stored question bank (a list of questions, of any earlier version each) to the current
 * version, question by question, and checks the whole as `validateQuestionBank` does (repeated ids,
 * translations, open questions).
 *
 * @example
 * ```ts
 * import { migrateQuestionBank } from 'ontwikkelgesprek';
 * const migrated = migrateQuestionBank([
 *   {
 *     id: 'acme-1', text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' },
 *     phase: 'employeeNeeds', category: 'needs', audience: 'employee', kinds: ['development'],
 *   },
 * ]);
 * migrated.ok && migrated.value[0]?.topics; // []
 * ```
 */
export function migrateQuestionBank(stored: unknown): Result<QuestionBank> {
  return listOf(stored, bankOf, 'questionBank');
}

/** @internal */
export function bankOf(items: readonly unknown[]): Result<QuestionBank> {
  const migrated = migrateItems(questionSpec, items, {});
  if (!migrated.ok) return migrated;
  const checked = validateQuestionBank(migrated.value);
  return checked.ok ? ok(checked.value, [...migrated.findings, ...checked.findings]) : fail([...migrated.findings, ...checked.findings]);
}
