// Validation of conversation templates (see template-types.ts for the named types).
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { hostMetaSchema, idSchema, localizedTextSchema, unrecognizedKeysSchema } from '../core/index.js';
import { questionCategorySchema } from '../questions/schema.js';
import { conversationKindSchema, phaseIdSchema } from '../vocabulary/schema.js';
import { permissionOverridesSchema } from './schema-privacy.js';

/**
 * Schema of `schemaVersion` in a stored shape: version 2, written by the library when left out.
 *
 * @example
 * ```ts
 * import { schemaVersionSchema } from 'ontwikkelgesprek/schemas';
 * schemaVersionSchema.parse(undefined); // 2
 * ```
 */
export const schemaVersionSchema = z._default(z.literal(2), 2);

/**
 * Schema of `unrecognized` in a stored shape: keys a migration did not understand, by path.
 *
 * @example
 * ```ts
 * import { unrecognizedSchema } from 'ontwikkelgesprek/schemas';
 * unrecognizedSchema.safeParse({ 'legacy.colour': 'blue' }).success; // true
 * ```
 */
export const unrecognizedSchema = unrecognizedKeysSchema;

/** The fields every stored shape of the module ends with. */
export const storedTail = { meta: z.optional(hostMetaSchema), unrecognized: z.optional(unrecognizedSchema) };

/** A list of at most `max` items. */
export const listOf = <T extends zc.$ZodType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * Schema of what may happen inside a phase (see `PhaseActivity`).
 *
 * @example
 * ```ts
 * import { phaseActivitySchema } from 'ontwikkelgesprek/schemas';
 * phaseActivitySchema.safeParse('agreements').success; // true
 * ```
 */
export const phaseActivitySchema = z.enum([
  'prepare',
  'purpose',
  'agenda',
  'notes',
  'needs',
  'agreements',
  'support',
  'schedule',
  'evaluate',
]);

/**
 * Schema of a guard on leaving a phase (see `GuardId`).
 *
 * @example
 * ```ts
 * import { guardIdSchema } from 'ontwikkelgesprek/schemas';
 * guardIdSchema.options.length; // 10
 * ```
 */
export const guardIdSchema = z.enum([
  'purposeSet',
  'agendaMerged',
  'agreementsPresent',
  'agreementsWww',
  'agreementsSmart',
  'agreementsAccepted',
  'supportAccepted',
  'nextConversationScheduled',
  'evaluationGiven',
  'withinBudget',
]);

/**
 * Schema of one phase of a template (see `TemplatePhaseInput`).
 *
 * @example
 * ```ts
 * import { templatePhaseSchema } from 'ontwikkelgesprek/schemas';
 * templatePhaseSchema.parse({ id: 'currentSituation', activities: ['notes'], weight: 2 }).allowBack; // false
 * ```
 */
export const templatePhaseSchema = z.strictObject({
  id: phaseIdSchema,
  activities: z._default(listOf(phaseActivitySchema, 20), []),
  exitGuards: z._default(listOf(guardIdSchema, 20), []),
  questionCategories: z._default(listOf(questionCategorySchema, 20), []),
  weight: z._default(z.int().check(z.minimum(0), z.maximum(1_000)), 1),
  allowBack: z._default(z.boolean(), false),
});

/**
 * Schema of a conversation template (see `ConversationTemplateInput`).
 *
 * @example
 * ```ts
 * import { conversationTemplateSchema } from 'ontwikkelgesprek/schemas';
 * conversationTemplateSchema.safeParse({ id: 'x', kind: 'checkIn', phases: [] }).success; // false
 * ```
 */
export const conversationTemplateSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  id: idSchema,
  kind: conversationKindSchema,
  version: z.optional(z.int().check(z.minimum(1), z.maximum(1_000))),
  label: z.optional(localizedTextSchema),
  phases: z.array(templatePhaseSchema).check(z.minLength(2), z.maxLength(30)),
  permissions: z.optional(permissionOverridesSchema),
  ...storedTail,
});
