import { z } from 'zod';
import { idSchema, localeSchema } from '../core/index.js';
import { conversationKindSchema, phaseIdSchema, topicIdSchema } from '../vocabulary/index.js';

/** Far above any real bank, low enough that a hostile input cannot exhaust memory. */
const maxQuestions = 100_000;

/**
 * Schema of the question categories: what a question does in the conversation.
 *
 * @example
 * ```ts
 * import { questionCategorySchema } from 'ontwikkelgesprek';
 * questionCategorySchema.safeParse('strengths').success; // true
 * ```
 */
export const questionCategorySchema = z.enum(['preparation', 'open', 'strengths', 'deepening', 'needs', 'closing', 'evaluation']);

/**
 * A question category: `preparation` (before the conversation), `open` (opening up a subject),
 * `strengths` (talents, energy, successes), `deepening` (what exactly, why, what would change),
 * `needs` (needs and resources), `closing` (wrapping up and checking) and `evaluation` (about the
 * conversation itself).
 *
 * @example
 * ```ts
 * import type { QuestionCategory } from 'ontwikkelgesprek';
 * const category: QuestionCategory = 'deepening';
 * ```
 */
export type QuestionCategory = z.infer<typeof questionCategorySchema>;

/**
 * The categories whose questions must be open. `closing` is the exception: checking a summary
 * ("Klopt dit?") is a legitimate closed question at the end.
 *
 * @example
 * ```ts
 * import { openQuestionCategories } from 'ontwikkelgesprek';
 * openQuestionCategories.includes('closing'); // false
 * ```
 */
export const openQuestionCategories: readonly QuestionCategory[] = Object.freeze([
  'preparation',
  'open',
  'strengths',
  'deepening',
  'needs',
  'evaluation',
] as const);

/**
 * Schema of who answers a question: the employee, the manager, or either of them.
 *
 * @example
 * ```ts
 * import { questionAudienceSchema } from 'ontwikkelgesprek';
 * questionAudienceSchema.options; // ['employee', 'manager', 'both']
 * ```
 */
export const questionAudienceSchema = z.enum(['employee', 'manager', 'both']);

/**
 * Who answers a question.
 *
 * @example
 * ```ts
 * import type { QuestionAudience } from 'ontwikkelgesprek';
 * const audience: QuestionAudience = 'manager';
 * ```
 */
export type QuestionAudience = z.infer<typeof questionAudienceSchema>;

const questionTextSchema = z.string().trim().min(1).max(2_000);

/**
 * Schema of one question of a bank. Both languages are required: a bank is shared by Dutch and
 * English speakers in the same organisation, so a question in one language only is reported by
 * {@link validateQuestionBank} instead of being used half. `topics` may be empty for a general
 * question; `kinds` names the conversation kinds the question suits.
 *
 * @example
 * ```ts
 * import { questionSchema } from 'ontwikkelgesprek';
 * questionSchema.safeParse({
 *   id: 'host-energy',
 *   text: { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' },
 *   phase: 'strengths',
 *   category: 'strengths',
 *   audience: 'employee',
 *   topics: ['vitality'],
 *   kinds: ['career', 'development'],
 * }).success; // true
 * ```
 */
export const questionSchema = z.strictObject({
  id: idSchema,
  text: z.strictObject({ nl: questionTextSchema, en: questionTextSchema }),
  phase: phaseIdSchema,
  category: questionCategorySchema,
  audience: questionAudienceSchema,
  topics: z.array(topicIdSchema).max(50).default([]),
  kinds: z.array(conversationKindSchema).min(1).max(4),
});

/**
 * One question of a bank, in Dutch and English.
 *
 * @example
 * ```ts
 * import type { Question } from 'ontwikkelgesprek';
 * const question: Question = {
 *   id: 'host-proud',
 *   text: { nl: 'Waar ben je trots op?', en: 'What are you proud of?' },
 *   phase: 'currentSituation',
 *   category: 'open',
 *   audience: 'employee',
 *   topics: [],
 *   kinds: ['development'],
 * };
 * ```
 */
export type Question = z.infer<typeof questionSchema>;

/**
 * The input form of a {@link Question}: `topics` may be left out.
 *
 * @example
 * ```ts
 * import type { QuestionInput } from 'ontwikkelgesprek';
 * const question: QuestionInput = {
 *   id: 'host-next',
 *   text: { nl: 'Wat is je volgende stap?', en: 'What is your next step?' },
 *   phase: 'whatNext',
 *   category: 'needs',
 *   audience: 'employee',
 *   kinds: ['checkIn'],
 * };
 * ```
 */
export type QuestionInput = z.input<typeof questionSchema>;

/**
 * Schema of a question bank: a list of questions.
 *
 * @example
 * ```ts
 * import { questionBankSchema } from 'ontwikkelgesprek';
 * questionBankSchema.safeParse([]).success; // true
 * ```
 */
export const questionBankSchema = z.array(questionSchema).max(maxQuestions);

/**
 * Schema of the criteria of {@link selectQuestions}. Every criterion left out matches everything.
 * `category` and `categories` together mean "any of these". `audience: 'employee'` matches
 * questions for the employee and for both (and likewise for the manager); `audience: 'both'` only
 * questions for both. `topics` matches questions sharing at least one topic; with
 * `includeGeneral`, questions without topics match too. `exclude` lists ids asked before.
 * `balance` (default on) spreads the picks evenly over the matching categories.
 *
 * @example
 * ```ts
 * import { selectionCriteriaSchema } from 'ontwikkelgesprek';
 * selectionCriteriaSchema.parse({ phase: 'preparation', count: 5, seed: 1 }).balance; // true
 * ```
 */
export const selectionCriteriaSchema = z.strictObject({
  phase: phaseIdSchema.optional(),
  category: questionCategorySchema.optional(),
  categories: z.array(questionCategorySchema).max(20).optional(),
  audience: questionAudienceSchema.optional(),
  topics: z.array(topicIdSchema).max(50).optional(),
  includeGeneral: z.boolean().default(false),
  kind: conversationKindSchema.optional(),
  locale: localeSchema.optional(),
  exclude: z.array(idSchema).max(maxQuestions).default([]),
  count: z.int().min(0).max(1_000),
  seed: z.union([z.int(), z.string().max(200)]).default(0),
  balance: z.boolean().default(true),
});

/**
 * What to select: the input form of {@link selectionCriteriaSchema}.
 *
 * @example
 * ```ts
 * import type { SelectionCriteria } from 'ontwikkelgesprek';
 * const criteria: SelectionCriteria = { phase: 'preparation', audience: 'manager', count: 4, seed: 'q1' };
 * ```
 */
export type SelectionCriteria = z.input<typeof selectionCriteriaSchema>;

/**
 * The outcome of {@link selectQuestions}: the chosen questions in the order to ask them, and how
 * many questions matched before the count was applied. With a `locale` in the criteria, `texts`
 * holds the chosen questions' text in that language, in the same order.
 *
 * @example
 * ```ts
 * import type { QuestionSelection } from 'ontwikkelgesprek';
 * const selection: QuestionSelection = { questions: [], matches: 0, texts: [] };
 * ```
 */
export interface QuestionSelection {
  readonly questions: readonly Question[];
  readonly matches: number;
  readonly texts?: readonly string[];
}

/**
 * A validated question bank: the questions as parsed (defaults filled in).
 *
 * @example
 * ```ts
 * import type { QuestionBank } from 'ontwikkelgesprek';
 * const bank: QuestionBank = { questions: [] };
 * ```
 */
export interface QuestionBank {
  readonly questions: readonly Question[];
}
