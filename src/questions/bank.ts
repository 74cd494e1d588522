import type { Finding, Path, Result } from '../core/index.js';
import { createRandom, deepFreeze, fail, findingsFrom, locales, parseWith, resultOf } from '../core/index.js';
import { questionsMessages } from './messages.js';
import { isOpenQuestion } from './open.js';
import type { Question, QuestionBank, QuestionCategory, QuestionSelection, SelectionCriteria } from './schema.js';
import { openQuestionCategories, questionCategorySchema, questionSchema, selectionCriteriaSchema } from './schema.js';

const finding = findingsFrom(questionsMessages);

/** Far above any real bank, low enough that a hostile input cannot exhaust memory. */
const maxBankSize = 100_000;

/** One entry of a bank as read: the question when it is valid, and what is wrong with it. */
interface ReadEntry {
  readonly index: number;
  readonly id: string;
  readonly question?: Question;
  readonly findings: readonly Finding[];
}

/** The outcome of reading a bank entry by entry. */
interface ReadBank {
  readonly entries: readonly ReadEntry[];
  /** Findings about the bank as a whole (not a list, too large, unreadable). */
  readonly bankFindings: readonly Finding[];
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return 'unknown';
  }
}

function idOf(entry: unknown, index: number): string {
  if (entry !== null && typeof entry === 'object' && Object.hasOwn(entry, 'id')) {
    const id = (entry as { id: unknown }).id;
    if (typeof id === 'string' && id.trim() !== '') return id.trim().slice(0, 200);
  }
  return `#${index}`;
}

function valueAt(entry: unknown, path: readonly (string | number)[]): unknown {
  let current = entry;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Turns the schema's generic findings into the bank's own words where the issue names them:
 * missing translations, unknown phases, topics and kinds.
 */
function specific(raw: Finding, entry: unknown, id: string, prefix: Path): Finding {
  const local = raw.path.slice(prefix.length + 1);
  const [field, sub] = local;
  const params = { id };
  if (field === 'text' && (sub === 'nl' || sub === 'en') && local.length === 2) {
    if (raw.code === 'input.required' || raw.code.startsWith('input.too_small') || raw.code === 'input.invalid_type') {
      return finding.error('question.translation.missing', { path: raw.path, params: { ...params, locale: sub } });
    }
  }
  if (raw.code === 'input.invalid_value') {
    const value = String(valueAt(entry, local)).slice(0, 200);
    if (field === 'phase' && local.length === 1) {
      return finding.error('question.phase.unknown', { path: raw.path, params: { ...params, phase: value } });
    }
    if (field === 'topics' && local.length === 2) {
      return finding.error('question.topic.unknown', { path: raw.path, params: { ...params, topic: value } });
    }
    if (field === 'kinds' && local.length === 2) {
      return finding.error('question.kind.unknown', { path: raw.path, params: { ...params, kind: value } });
    }
  }
  return raw;
}

/** Parsed banks that cannot change (deeply frozen), so reading them once is enough. */
const frozenCache = new WeakMap<readonly unknown[], ReadBank>();

function deeplyFrozenQuestions(bank: readonly unknown[]): boolean {
  if (!Object.isFrozen(bank)) return false;
  for (const entry of bank) {
    if (entry === null || typeof entry !== 'object' || !Object.isFrozen(entry)) return false;
    const { text, topics, kinds } = entry as { text?: unknown; topics?: unknown; kinds?: unknown };
    for (const part of [text, topics, kinds]) {
      if (part !== null && typeof part === 'object' && !Object.isFrozen(part)) return false;
    }
  }
  return true;
}

/**
 * Reads a bank entry by entry: each valid question parsed, each invalid one with its findings,
 * duplicate ids marked on the later entries. Never throws.
 */
function readBank(bank: unknown, prefix: Path = []): ReadBank {
  try {
    if (!Array.isArray(bank)) {
      return { entries: [], bankFindings: [finding.error('question.bank.notList', { path: prefix })] };
    }
    if (bank.length > maxBankSize) {
      return {
        entries: [],
        bankFindings: [finding.error('question.bank.tooLarge', { path: prefix, params: { size: bank.length, maximum: maxBankSize } })],
      };
    }
    const cacheable = prefix.length === 0 && deeplyFrozenQuestions(bank);
    if (cacheable) {
      const cached = frozenCache.get(bank);
      if (cached) return cached;
    }
    const firstIndex = new Map<string, number>();
    const entries: ReadEntry[] = [];
    bank.forEach((entry: unknown, index: number) => {
      const id = idOf(entry, index);
      const parsed = parseWith(questionSchema, entry, { path: [...prefix, index] });
      const findings: Finding[] = parsed.ok ? [] : parsed.findings.map((raw) => specific(raw, entry, id, prefix));
      if (!id.startsWith('#')) {
        const first = firstIndex.get(id);
        if (first === undefined) firstIndex.set(id, index);
        else {
          findings.push(finding.error('question.id.duplicate', { path: [...prefix, index, 'id'], params: { id, first } }));
        }
      }
      entries.push(parsed.ok ? { index, id, question: parsed.value, findings } : { index, id, findings });
    });
    const read: ReadBank = { entries, bankFindings: [] };
    if (cacheable) frozenCache.set(bank, read);
    return read;
  } catch (error) {
    return {
      entries: [],
      bankFindings: [finding.error('question.bank.unreadable', { path: prefix, params: { detail: describe(error) } })],
    };
  }
}

/** Warnings for questions in an open category whose text is a closed question. */
function closedQuestionFindings(question: Question, index: number, prefix: Path): Finding[] {
  if (!openQuestionCategories.includes(question.category)) return [];
  return locales
    .filter((locale) => !isOpenQuestion(question.text[locale], locale))
    .map((locale) =>
      finding.warning('question.closedInOpenCategory', {
        path: [...prefix, index, 'text', locale],
        params: { id: question.id, category: question.category, locale },
      }),
    );
}

function validate(bank: unknown, prefix: Path): { questions: Question[]; findings: Finding[] } {
  const read = readBank(bank, prefix);
  const findings: Finding[] = [...read.bankFindings];
  const questions: Question[] = [];
  for (const entry of read.entries) {
    findings.push(...entry.findings);
    if (entry.question !== undefined) {
      findings.push(...closedQuestionFindings(entry.question, entry.index, prefix));
      if (entry.findings.length === 0) questions.push(entry.question);
    }
  }
  return { questions, findings };
}

/**
 * Checks a question bank, question by question: duplicate ids, missing translations, unknown
 * phases, topics and conversation kinds, any other shape problem, and (as a warning) closed yes/no
 * questions in a category that asks for open ones (see {@link isOpenQuestion}). Every finding's
 * path starts with the index of its question and its params name the question's `id`, so findings
 * can be grouped per question. Fails when any question has an error; warnings alone keep the bank.
 * Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { validateQuestionBank } from 'ontwikkelgesprek';
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
 * ```
 */
export function validateQuestionBank(bank: unknown): Result<QuestionBank> {
  const { questions, findings } = validate(bank, []);
  return resultOf(deepFreeze({ questions }), findings);
}

/**
 * Merges a host's own question bank with the built-in one: the host's questions first, then every
 * built-in question whose id the host does not use; on equal ids the host's question wins (an info
 * finding names each replacement). Both banks are validated first, with findings under
 * `['host', index]` and `['builtIn', index]`; an error in either fails the merge, so no question is
 * dropped silently.
 *
 * @example
 * ```ts
 * import { mergeQuestionBanks } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const result = mergeQuestionBanks(
 *   [
 *     {
 *       id: 'acme-values',
 *       text: { nl: 'Welke van onze waarden herken je in je werk?', en: 'Which of our values do you recognise in your work?' },
 *       phase: 'currentSituation', category: 'open', audience: 'employee', kinds: ['development'],
 *     },
 *   ],
 *   builtInQuestions,
 * );
 * if (result.ok) result.value.questions[0]?.id; // 'acme-values'
 * ```
 */
export function mergeQuestionBanks(hostBank: unknown, builtIn: unknown): Result<QuestionBank> {
  const host = validate(hostBank, ['host']);
  const base = validate(builtIn, ['builtIn']);
  const findings = [...host.findings, ...base.findings];
  if (findings.some((f) => f.severity === 'error')) return fail(findings);
  const hostIds = new Set(host.questions.map((question) => question.id));
  const questions = [...host.questions];
  base.questions.forEach((question, index) => {
    if (hostIds.has(question.id)) {
      findings.push(finding.info('question.merge.replaced', { path: ['builtIn', index], params: { id: question.id } }));
    } else questions.push(question);
  });
  return resultOf(deepFreeze({ questions }), findings);
}

function compareIds(a: Question, b: Question): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Picks `count` questions from a bank for a phase, category, audience, topics and conversation
 * kind, leaving out the ids in `exclude` (questions asked in earlier conversations). The choice is
 * a seeded shuffle of the matches sorted by id, so the same bank content, criteria and seed give
 * the same questions whatever the order of the bank; with `balance` (the default) the picks take
 * turns over the matching categories, so one large category does not crowd out the others.
 * Returns `min(count, matches)` questions without duplicates, and a warning when fewer match than
 * were asked for. Invalid entries of the bank are skipped with a warning (a later duplicate id
 * too: the first one counts), so a host bank with one broken question still serves; check banks
 * up front with {@link validateQuestionBank}. Invalid criteria fail.
 *
 * @example
 * ```ts
 * import { selectQuestions } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 *
 * const result = selectQuestions(builtInQuestions, {
 *   phase: 'preparation',
 *   audience: 'manager',
 *   kind: 'development',
 *   locale: 'nl',
 *   exclude: ['prep-mgr-01'],
 *   count: 3,
 *   seed: 'anna-2027',
 * });
 * if (result.ok) {
 *   result.value.questions.length; // 3
 *   result.value.texts; // three Dutch preparation questions for the manager
 * }
 * ```
 */
export function selectQuestions(bank: unknown, criteria: SelectionCriteria): Result<QuestionSelection> {
  const parsed = parseWith(selectionCriteriaSchema, criteria, { path: ['criteria'], messages: questionsMessages });
  if (!parsed.ok) return fail(parsed.findings);
  const wanted = parsed.value;
  const read = readBank(bank, []);
  if (read.bankFindings.length > 0) return fail(read.bankFindings);
  const findings: Finding[] = [];
  const excluded = new Set(wanted.exclude);
  const categories = new Set<QuestionCategory>([...(wanted.category !== undefined ? [wanted.category] : []), ...(wanted.categories ?? [])]);
  const topics = wanted.topics !== undefined ? new Set<string>(wanted.topics) : undefined;
  const seen = new Set<string>();
  const matches: Question[] = [];
  for (const entry of read.entries) {
    const question = entry.question;
    if (question === undefined || entry.findings.some((f) => f.code !== 'question.id.duplicate')) {
      findings.push(finding.warning('question.select.skipped', { path: [entry.index], params: { index: entry.index, id: entry.id } }));
      continue;
    }
    if (seen.has(question.id)) {
      findings.push(
        finding.warning('question.select.duplicate', { path: [entry.index, 'id'], params: { index: entry.index, id: question.id } }),
      );
      continue;
    }
    seen.add(question.id);
    if (excluded.has(question.id)) continue;
    if (wanted.phase !== undefined && question.phase !== wanted.phase) continue;
    if (categories.size > 0 && !categories.has(question.category)) continue;
    if (
      wanted.audience !== undefined &&
      question.audience !== wanted.audience &&
      !(question.audience === 'both' && wanted.audience !== 'both')
    ) {
      continue;
    }
    if (wanted.kind !== undefined && !question.kinds.includes(wanted.kind)) continue;
    if (topics !== undefined) {
      const general = question.topics.length === 0;
      if (!(general && wanted.includeGeneral) && !question.topics.some((topic) => topics.has(topic))) continue;
    }
    matches.push(question);
  }
  matches.sort(compareIds);
  const random = createRandom(wanted.seed);
  let picked: Question[];
  if (wanted.balance) {
    const groups = questionCategorySchema.options
      .map((category) => random.shuffle(matches.filter((question) => question.category === category)))
      .filter((group) => group.length > 0);
    const order = random.shuffle(groups);
    picked = [];
    for (let round = 0; picked.length < wanted.count && picked.length < matches.length; round++) {
      for (const group of order) {
        const question = group[round];
        if (question !== undefined && picked.length < wanted.count) picked.push(question);
      }
    }
  } else {
    picked = random.shuffle(matches).slice(0, wanted.count);
  }
  if (matches.length < wanted.count) {
    findings.push(
      finding.warning('question.select.fewerMatches', {
        path: ['criteria', 'count'],
        params: { count: wanted.count, matches: matches.length },
      }),
    );
  }
  const locale = wanted.locale;
  const selection: QuestionSelection =
    locale === undefined
      ? { questions: picked, matches: matches.length }
      : { questions: picked, matches: matches.length, texts: picked.map((question) => question.text[locale]) };
  return resultOf(deepFreeze(selection), findings);
}
