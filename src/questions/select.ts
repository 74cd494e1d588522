// Choosing questions from a bank: which questions match the criteria, and a seeded, balanced pick.
import type * as z from 'zod/mini';
import type { Finding, Random, Result } from '../core/index.js';
import { createRandom, deepFreeze, fail, parseWith, resultOf } from '../core/index.js';
import { finding } from '../locales/index.js';
import { questionCategories } from './categories.js';
import { readBank } from './read.js';
import { selectionCriteriaSchema } from './schema.js';
import type { Question, QuestionSelection, SelectionCriteria } from './types.js';

type Criteria = z.output<typeof selectionCriteriaSchema>;

/**
 * The valid questions of a bank, each id once: an invalid entry is skipped and a later entry with
 * an id seen before is left out, each with a warning, so a host bank with one broken question still
 * serves.
 */
function usableQuestions(bank: unknown, findings: Finding[]): { questions: Question[]; failure: readonly Finding[] } {
  const read = readBank(bank);
  if (read.bankFindings.length > 0) return { questions: [], failure: read.bankFindings };
  const seen = new Set<string>();
  const usable: Question[] = [];
  for (const entry of read.entries) {
    const position = entry.index + 1;
    const question = entry.question;
    if (question === undefined || entry.findings.some((f) => f.code !== 'question.id.duplicate')) {
      findings.push(finding.warning('question.select.skipped', { path: [entry.index], params: { question: entry.ref, position } }));
    } else if (seen.has(question.id)) {
      const params = { question: entry.ref, position, id: question.id };
      findings.push(finding.warning('question.select.duplicate', { path: [entry.index, 'id'], params }));
    } else {
      seen.add(question.id);
      usable.push(question);
    }
  }
  return { questions: usable, failure: [] };
}

/** Does a question meet every criterion given? */
function matcher(wanted: Criteria): (question: Question) => boolean {
  const excluded = new Set(wanted.exclude);
  const categories = new Set([...(wanted.category !== undefined ? [wanted.category] : []), ...(wanted.categories ?? [])]);
  const topics = wanted.topics !== undefined ? new Set<string>(wanted.topics) : undefined;
  const forAudience = (question: Question): boolean =>
    wanted.audience === undefined || question.audience === wanted.audience || (question.audience === 'both' && wanted.audience !== 'both');
  const onTopic = (question: Question): boolean =>
    topics === undefined || (question.topics.length === 0 && wanted.includeGeneral) || question.topics.some((topic) => topics.has(topic));
  return (question) =>
    !excluded.has(question.id) &&
    (wanted.phase === undefined || question.phase === wanted.phase) &&
    (categories.size === 0 || categories.has(question.category)) &&
    forAudience(question) &&
    (wanted.kind === undefined || question.kinds.includes(wanted.kind)) &&
    onTopic(question);
}

function compareIds(a: Question, b: Question): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Balanced: each category's matches shuffled, the categories in a shuffled order, and the picks
 * dealt round by round, one per category, so no category gets a second pick while another still
 * has questions left.
 */
function dealOverCategories(matches: readonly Question[], count: number, random: Random): Question[] {
  const groups = questionCategories
    .map((category) => random.shuffle(matches.filter((question) => question.category === category)))
    .filter((group) => group.length > 0);
  const order = random.shuffle(groups);
  const picked: Question[] = [];
  for (let round = 0; picked.length < count && picked.length < matches.length; round++) {
    for (const group of order) {
      const question = group[round];
      if (question !== undefined && picked.length < count) picked.push(question);
    }
  }
  return picked;
}

/**
 * Picks `count` questions from a bank for a phase, category, audience, topics and conversation
 * kind (see {@link SelectionCriteria}), leaving out the ids in `exclude` (questions asked in earlier
 * conversations). The choice is a seeded shuffle of the matches sorted by id, so the same bank
 * content, criteria and seed give the same questions whatever the order of the bank; with `balance`
 * (the default) the picks take turns over the matching categories, so one large category does not
 * crowd out the others. Returns `min(count, matches)` questions without repeats, and a warning when
 * fewer match than were asked for. The bank is a {@link QuestionBankInput}, read entry by entry:
 * invalid entries are skipped with a warning (a later repeated id too: the first one counts), so a
 * host bank with one broken question still serves; check banks up front with
 * {@link validateQuestionBank}. Invalid criteria, and a bank that is not a list, fail.
 *
 * @example
 * ```ts
 * import { selectQuestions } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 *
 * const criteria = {
 *   phase: 'preparation',
 *   audience: 'manager',
 *   kind: 'development',
 *   locale: 'nl',
 *   exclude: ['prep-mgr-01'], // asked last year
 *   count: 3,
 *   seed: 'anna-2027',
 * } as const;
 * const result = selectQuestions(builtInQuestions, criteria);
 * if (result.ok) {
 *   result.value.questions.length; // 3
 *   result.value.questions.some((question) => question.id === 'prep-mgr-01'); // false
 *   result.value.texts?.every((text) => text.endsWith('?')); // true
 * }
 * // The same seed gives the same questions, every time:
 * JSON.stringify(selectQuestions(builtInQuestions, criteria)) === JSON.stringify(result); // true
 * ```
 */
export function selectQuestions(bank: unknown, criteria: SelectionCriteria): Result<QuestionSelection> {
  const parsed = parseWith(selectionCriteriaSchema, criteria, { path: ['criteria'] });
  if (!parsed.ok) return fail(parsed.findings);
  const wanted = parsed.value;
  const findings: Finding[] = [];
  const usable = usableQuestions(bank, findings);
  if (usable.failure.length > 0) return fail(usable.failure);
  const matches = usable.questions.filter(matcher(wanted)).sort(compareIds);
  const random = createRandom(wanted.seed);
  const picked = wanted.balance ? dealOverCategories(matches, wanted.count, random) : random.shuffle(matches).slice(0, wanted.count);
  if (matches.length < wanted.count) {
    const params = { count: wanted.count, matches: matches.length };
    findings.push(finding.warning('question.select.fewerMatches', { path: ['criteria', 'count'], params }));
  }
  const locale = wanted.locale;
  const selection: QuestionSelection =
    locale === undefined
      ? { questions: picked, matches: matches.length }
      : { questions: picked, matches: matches.length, texts: picked.map((question) => question.text[locale]) };
  return resultOf(deepFreeze(selection), findings);
}
