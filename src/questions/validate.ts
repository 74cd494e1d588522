// Checking a host's question bank, and merging it with the built-in one.
import type { Finding, Path, Result } from '../core/index.js';
import { deepFreeze, fail, hasErrors, locales, prefixPaths, resultOf } from '../core/index.js';
import { finding } from '../locales/index.js';
import { openQuestionCategories } from './categories.js';
import { isOpenQuestion } from './open.js';
import { questionRef, readBank } from './read.js';
import type { Question, QuestionBank } from './types.js';

/** Warnings for a question in an open category whose text is closed, per language. */
function closedQuestionFindings(question: Question, index: number): Finding[] {
  if (!openQuestionCategories.includes(question.category)) return [];
  return locales
    .filter((locale) => !isOpenQuestion(question.text[locale], locale))
    .map((locale) =>
      finding.warning('question.closedInOpenCategory', {
        path: [index, 'text', locale],
        params: { question: questionRef(question, question.id, locale), position: index + 1, category: question.category, locale },
      }),
    );
}

/** The valid questions of a bank, and every finding about it, with paths under `prefix`. */
function check(bank: unknown, prefix: Path): { questions: Question[]; findings: Finding[] } {
  const read = readBank(bank);
  const findings: Finding[] = [...read.bankFindings];
  const questions: Question[] = [];
  for (const entry of read.entries) {
    findings.push(...entry.findings);
    if (entry.question === undefined) continue;
    findings.push(...closedQuestionFindings(entry.question, entry.index));
    if (entry.findings.length === 0) questions.push(entry.question);
  }
  return { questions, findings: prefixPaths(findings, prefix) };
}

/**
 * Checks a question bank, question by question: repeated ids, missing translations, unknown
 * phases, topics and conversation kinds, any other shape problem, and (as a warning) closed yes/no
 * questions in a category that asks for open ones (see `openQuestionCategories`). A finding about
 * one question has a path that starts with its index, and names it in `params.question` (its id,
 * and its text as title) and `params.position` (counted from 1). Answers the bank in canonical form
 * (`topics` filled in, `schemaVersion` written, keys in one order), ready to store; fails when any
 * question has an error, while warnings alone keep the bank. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { findingMessage, validateQuestionBank } from 'ontwikkelgesprek';
 * const result = validateQuestionBank([
 *   {
 *     id: 'q1',
 *     text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' },
 *     phase: 'employeeNeeds', category: 'needs', audience: 'employee', kinds: ['development'],
 *   },
 *   {
 *     id: 'q1',
 *     text: { nl: 'Ben je tevreden?', en: '' },
 *     phase: 'lunch', category: 'open', audience: 'employee', kinds: ['development'],
 *   },
 * ]);
 * result.ok; // false
 * result.findings.map((f) => f.code);
 * // ['question.translation.missing', 'question.phase.unknown', 'question.id.duplicate']
 * const missing = result.findings[0];
 * missing && findingMessage(missing, 'nl');
 * // 'Vraag 2 (‘Ben je tevreden?’) heeft geen tekst in het Engels; elke vraag heeft een Nederlandse en een Engelse tekst nodig.'
 * ```
 */
export function validateQuestionBank(bank: unknown): Result<QuestionBank> {
  const { questions, findings } = check(bank, []);
  return resultOf(deepFreeze(questions), findings);
}

/**
 * Merges a host's own question bank with the built-in one: the host's questions first, then every
 * built-in question whose id the host does not use; on equal ids the host's question wins (an info
 * finding names each replacement). Both banks are checked as {@link validateQuestionBank} does,
 * with findings under `['host', index]` and `['builtIn', index]`; an error in either fails the
 * merge, so no question is dropped silently. The merged bank is frozen: merge once, and select from
 * it as often as you like.
 *
 * @example
 * ```ts
 * import { findingMessage, mergeQuestionBanks } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const result = mergeQuestionBanks(
 *   [
 *     {
 *       id: 'prep-emp-01',
 *       text: { nl: 'Hoe kijk je terug op het afgelopen halfjaar?', en: 'How do you look back on the past six months?' },
 *       phase: 'preparation', category: 'preparation', audience: 'employee', kinds: ['development'],
 *     },
 *   ],
 *   builtInQuestions,
 * );
 * result.ok && result.value.length === builtInQuestions.length; // true
 * result.ok && result.value[0]?.text.nl; // 'Hoe kijk je terug op het afgelopen halfjaar?'
 * const replaced = result.findings[0];
 * replaced && findingMessage(replaced, 'en');
 * // 'Your own question “Hoe kijk je terug op het afgelopen halfjaar?” replaces the built-in question ...'
 * ```
 */
export function mergeQuestionBanks(hostBank: unknown, builtIn: unknown): Result<QuestionBank> {
  const host = check(hostBank, ['host']);
  const base = check(builtIn, ['builtIn']);
  const findings = [...host.findings, ...base.findings];
  if (hasErrors(findings)) return fail(findings);
  const hostQuestions = new Map(host.questions.map((question) => [question.id, question]));
  const questions = [...host.questions];
  base.questions.forEach((question, index) => {
    const own = hostQuestions.get(question.id);
    if (own === undefined) questions.push(question);
    else {
      const params = { question: questionRef(own, own.id), replaced: questionRef(question, question.id) };
      findings.push(finding.info('question.merge.replaced', { path: ['builtIn', index], params }));
    }
  });
  return resultOf(deepFreeze(questions), findings);
}
