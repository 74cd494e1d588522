// Validation of the questions module. The named types in types.ts are the contract; these schemas
// check data against them (test/questions/types.test.ts keeps the two equal).
import * as z from 'zod/mini';
import { hostMetaSchema, idSchema, localeSchema, unrecognizedKeysSchema } from '../core/index.js';
import { conversationKindSchema, phaseIdSchema, topicIdSchema } from '../vocabulary/schema.js';
import { maxQuestions } from './limits.js';

/**
 * Schema of the question categories: what a question does in the conversation.
 *
 * @example
 * ```ts
 * import { questionCategorySchema } from 'ontwikkelgesprek/schemas';
 * questionCategorySchema.options; // ['preparation', 'open', 'strengths', 'deepening', 'needs', 'closing', 'evaluation']
 * ```
 */
export const questionCategorySchema = z.enum(['preparation', 'open', 'strengths', 'deepening', 'needs', 'closing', 'evaluation']);

/**
 * Schema of who answers a question: the employee, the manager, or either of them.
 *
 * @example
 * ```ts
 * import { questionAudienceSchema } from 'ontwikkelgesprek/schemas';
 * questionAudienceSchema.options; // ['employee', 'manager', 'both']
 * ```
 */
export const questionAudienceSchema = z.enum(['employee', 'manager', 'both']);

const questionTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(2_000));

/** Keys a later migration kept because it did not understand them, by their path. */
const unrecognizedSchema = unrecognizedKeysSchema;

/**
 * Schema of one question of a bank (see `QuestionInput`). Both languages are required; `topics`
 * defaults to none, `schemaVersion` to the current version. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { questionSchema } from 'ontwikkelgesprek/schemas';
 * const parsed = questionSchema.parse({
 *   id: 'host-energy',
 *   text: { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' },
 *   phase: 'strengths',
 *   category: 'strengths',
 *   audience: 'employee',
 *   kinds: ['career', 'development'],
 * });
 * parsed.topics; // []
 * parsed.schemaVersion; // 2
 * ```
 */
export const questionSchema = z.strictObject({
  schemaVersion: z._default(z.literal(2), 2),
  id: idSchema,
  text: z.strictObject({ nl: questionTextSchema, en: questionTextSchema }),
  phase: phaseIdSchema,
  category: questionCategorySchema,
  audience: questionAudienceSchema,
  topics: z._default(z.array(topicIdSchema).check(z.maxLength(50)), []),
  kinds: z.array(conversationKindSchema).check(z.minLength(1), z.maxLength(4)),
  meta: z.optional(hostMetaSchema),
  unrecognized: z.optional(unrecognizedSchema),
});

/**
 * Schema of a question bank: a plain list of questions, as a host stores it.
 *
 * @example
 * ```ts
 * import { questionBankSchema } from 'ontwikkelgesprek/schemas';
 * questionBankSchema.safeParse([]).success; // true
 * questionBankSchema.safeParse({ questions: [] }).success; // false: a bank is a list
 * ```
 */
export const questionBankSchema = z.array(questionSchema).check(z.maxLength(maxQuestions));

/**
 * Schema of the criteria of `selectQuestions` (see `SelectionCriteria`).
 *
 * @example
 * ```ts
 * import { selectionCriteriaSchema } from 'ontwikkelgesprek/schemas';
 * selectionCriteriaSchema.parse({ phase: 'preparation', count: 5, seed: 1 }).balance; // true
 * ```
 */
export const selectionCriteriaSchema = z.strictObject({
  phase: z.optional(phaseIdSchema),
  category: z.optional(questionCategorySchema),
  categories: z.optional(z.array(questionCategorySchema).check(z.maxLength(20))),
  audience: z.optional(questionAudienceSchema),
  topics: z.optional(z.array(topicIdSchema).check(z.maxLength(50))),
  includeGeneral: z._default(z.boolean(), false),
  kind: z.optional(conversationKindSchema),
  locale: z.optional(localeSchema),
  exclude: z._default(z.array(idSchema).check(z.maxLength(maxQuestions)), []),
  count: z.int().check(z.minimum(0), z.maximum(1_000)),
  seed: z._default(z.union([z.int(), z.string().check(z.maxLength(200))]), 0),
  balance: z._default(z.boolean(), true),
});
