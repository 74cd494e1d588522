import type { HostMeta, JsonValue, Locale } from '../core/index.js';
import type { ConversationKind, PhaseId, TopicId } from '../vocabulary/index.js';

/**
 * What a question does in the conversation: `preparation` (before it), `open` (opening up a
 * subject), `strengths` (talents, compliments, energy, recent successes), `deepening` (what
 * exactly, why, what would change), `needs` (needs and resources), `closing` (wrapping up and
 * checking) and `evaluation` (about the conversation itself).
 *
 * @example
 * ```ts
 * import { selectQuestions, type QuestionCategory } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const category: QuestionCategory = 'strengths';
 * const picked = selectQuestions(builtInQuestions, { category, kind: 'career', count: 2, seed: 'noor' });
 * picked.ok && picked.value.questions.every((question) => question.category === 'strengths'); // true
 * ```
 */
export type QuestionCategory = 'preparation' | 'open' | 'strengths' | 'deepening' | 'needs' | 'closing' | 'evaluation';

/**
 * Who answers a question: the employee, the manager, or either of them. *Welke hulp verwacht je
 * van mij?* is asked by the manager and answered by the employee, so its audience is `employee`.
 *
 * @example
 * ```ts
 * import { selectQuestions, type QuestionAudience } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const audience: QuestionAudience = 'manager';
 * const picked = selectQuestions(builtInQuestions, { phase: 'preparation', audience, count: 3, seed: 1 });
 * // For the manager: the manager's own questions and the ones for both sides.
 * picked.ok && picked.value.questions.every((question) => question.audience !== 'employee'); // true
 * ```
 */
export type QuestionAudience = 'employee' | 'manager' | 'both';

/**
 * The text of a question in Dutch and in English. Both are required: a bank is shared by Dutch and
 * English speakers in the same organisation, so a question in one language only is reported
 * instead of being used half.
 *
 * @example
 * ```ts
 * import type { QuestionText } from 'ontwikkelgesprek';
 * const text: QuestionText = { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' };
 * ```
 */
export interface QuestionText {
  nl: string;
  en: string;
}

/**
 * One question as a host writes and stores it. A question bank is a plain list of these (see
 * {@link QuestionBankInput}). `topics` may be left out for a general question; `kinds` names the
 * conversation kinds the question suits. `schemaVersion`, when given, must be the current version
 * (2); a question stored by version 0.1 has none and reads as it is. `meta` is the host's own data
 * and `unrecognized` holds keys a migration kept; the library carries both along untouched.
 *
 * @example
 * ```ts
 * import { validateQuestionBank, type QuestionInput } from 'ontwikkelgesprek';
 * const question: QuestionInput = {
 *   id: 'acme-values',
 *   text: { nl: 'Welke van onze waarden herken je in je werk?', en: 'Which of our values do you recognise in your work?' },
 *   phase: 'currentSituation',
 *   category: 'open',
 *   audience: 'employee',
 *   kinds: ['development'],
 *   meta: { owner: 'hr-team' },
 * };
 * const checked = validateQuestionBank([question]);
 * checked.ok && checked.value[0]?.topics; // []
 * checked.ok && checked.value[0]?.meta; // { owner: 'hr-team' }
 * ```
 */
export interface QuestionInput {
  schemaVersion?: 2 | undefined;
  id: string;
  text: QuestionText;
  phase: PhaseId;
  category: QuestionCategory;
  audience: QuestionAudience;
  topics?: readonly TopicId[] | undefined;
  kinds: readonly ConversationKind[];
  meta?: HostMeta | undefined;
  unrecognized?: { readonly [path: string]: JsonValue } | undefined;
}

/**
 * One question as the library hands it back: checked, with `topics` always there and
 * `schemaVersion` written, its keys always in the same order (so the same question is the same
 * JSON). Store it as it is.
 *
 * @example
 * ```ts
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const first = builtInQuestions[0];
 * first?.id; // 'prep-emp-01'
 * first?.schemaVersion; // 2
 * first && Object.keys(first); // ['schemaVersion', 'id', 'text', 'phase', 'category', 'audience', 'topics', 'kinds']
 * ```
 */
export interface Question {
  readonly schemaVersion: 2;
  readonly id: string;
  readonly text: Readonly<QuestionText>;
  readonly phase: PhaseId;
  readonly category: QuestionCategory;
  readonly audience: QuestionAudience;
  readonly topics: readonly TopicId[];
  readonly kinds: readonly ConversationKind[];
  readonly meta?: HostMeta | undefined;
  readonly unrecognized?: { readonly [path: string]: JsonValue } | undefined;
}

/**
 * A question bank as a host writes and stores it: a plain list of questions, as in version 0.1 (so a
 * bank stored then still reads). Each question may carry its own `schemaVersion`.
 *
 * @example
 * ```ts
 * import { selectQuestions, type QuestionBankInput } from 'ontwikkelgesprek';
 * const bank: QuestionBankInput = [
 *   {
 *     id: 'acme-energy',
 *     text: { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' },
 *     phase: 'strengths', category: 'strengths', audience: 'employee', kinds: ['career'],
 *   },
 * ];
 * const picked = selectQuestions(bank, { kind: 'career', locale: 'en', count: 1 });
 * picked.ok && picked.value.texts; // ['What gives you energy?']
 * ```
 */
export type QuestionBankInput = readonly QuestionInput[];

/**
 * A checked question bank, as {@link validateQuestionBank} and {@link mergeQuestionBanks} answer:
 * the same plain list, each question in its canonical form. Store it as it is.
 *
 * @example
 * ```ts
 * import { mergeQuestionBanks, type QuestionBank } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const merged = mergeQuestionBanks([], builtInQuestions);
 * const bank: QuestionBank = merged.ok ? merged.value : [];
 * bank.length === builtInQuestions.length; // true
 * ```
 */
export type QuestionBank = readonly Question[];

/**
 * What {@link selectQuestions} picks. Every criterion left out matches everything; `count` is
 * required.
 *
 * - `phase`, `kind`: questions of that phase, suiting that conversation kind;
 * - `category` and `categories` together mean "any of these";
 * - `audience: 'employee'` matches questions for the employee and for both (likewise for the
 *   manager); `audience: 'both'` only questions for both;
 * - `topics` matches questions sharing at least one topic; with `includeGeneral`, questions without
 *   topics match too;
 * - `exclude` lists ids asked before, which never come back;
 * - `seed` makes the choice repeatable (default 0); `balance` (default on) spreads the picks over
 *   the matching categories; `locale` fills `texts` with the chosen questions in that language.
 *
 * @example
 * ```ts
 * import { selectQuestions, type SelectionCriteria } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const criteria: SelectionCriteria = { phase: 'preparation', audience: 'manager', count: 4, seed: 'q1' };
 * const picked = selectQuestions(builtInQuestions, criteria);
 * picked.ok && picked.value.questions.length; // 4
 * ```
 */
export interface SelectionCriteria {
  phase?: PhaseId | undefined;
  category?: QuestionCategory | undefined;
  categories?: readonly QuestionCategory[] | undefined;
  audience?: QuestionAudience | undefined;
  topics?: readonly TopicId[] | undefined;
  includeGeneral?: boolean | undefined;
  kind?: ConversationKind | undefined;
  locale?: Locale | undefined;
  exclude?: readonly string[] | undefined;
  count: number;
  seed?: number | string | undefined;
  balance?: boolean | undefined;
}

/**
 * The outcome of {@link selectQuestions}: the chosen questions in the order to ask them, and how
 * many questions matched before the count was applied. With a `locale` in the criteria, `texts`
 * holds the chosen questions' text in that language, in the same order.
 *
 * @example
 * ```ts
 * import { selectQuestions } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const picked = selectQuestions(builtInQuestions, { phase: 'rhythm', kind: 'career', locale: 'nl', count: 50 });
 * if (picked.ok) {
 *   picked.value.matches; // 6
 *   picked.value.questions.length; // 6: never more than match
 *   picked.value.texts?.length; // 6
 * }
 * ```
 */
export interface QuestionSelection {
  readonly questions: readonly Question[];
  readonly matches: number;
  readonly texts?: readonly string[] | undefined;
}

/**
 * Why a question is open or closed: the rule that decided, as a stable id.
 *
 * @example
 * ```ts
 * import type { QuestionReason } from 'ontwikkelgesprek';
 * const reason: QuestionReason = 'closed.choice';
 * ```
 */
export type QuestionReason =
  | 'open.questionWord'
  | 'open.invitation'
  | 'open.curiosity'
  | 'open.imperative'
  | 'open.multiPart'
  | 'closed.verbFirst'
  | 'closed.politeRequest'
  | 'closed.choice'
  | 'closed.scale'
  | 'closed.quantity'
  | 'closed.date'
  | 'closed.name'
  | 'closed.tag'
  | 'closed.leading'
  | 'closed.curiosity'
  | 'none'
  | 'invalid';

/**
 * The judgement on a question: open or not, the rule that decided, and the words behind it (spans
 * of the caller's own text: `text === question.slice(start, end)`).
 *
 * @example
 * ```ts
 * import { judgeQuestion } from 'ontwikkelgesprek';
 * const judgement = judgeQuestion('Kun je vertellen hoe dat ging?', 'nl');
 * judgement.open; // true
 * judgement.reason; // 'open.invitation'
 * judgement.evidence.map((span) => span.text); // ['Kun je vertellen']
 * ```
 */
export interface QuestionJudgement {
  readonly open: boolean;
  readonly reason: QuestionReason;
  readonly evidence: readonly { readonly text: string; readonly start: number; readonly end: number; readonly rule: string }[];
}
