// Validation of the storage module: the schema of a stored finding, and the schemas of every stored
// shape by version, for `storedJsonSchemas` in `ontwikkelgesprek/schemas`.
import type * as zc from 'zod/v4/core';
import {
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
} from '../conversation/schema.js';
import { developmentPlanSchema } from '../plan/schema.js';
import { questionBankSchema, questionSchema } from '../questions/schema.js';
import { plannedConversationSchema, reminderSchema } from '../schedule/schema.js';
import { storedFindingSchema } from './finding-schema.js';
import storedJsonSchemasV1 from './json-schemas-v1.json' with { type: 'json' };

export { storedFindingSchema } from './finding-schema.js';

/** Every stored shape of version 2 (what this version writes), by name, with its schema. */
export const storedSchemasV2 = {
  conversation: conversationSchema,
  conversationEvent: conversationEventSchema,
  conversationEventLog: conversationEventLogSchema,
  conversationTemplate: conversationTemplateSchema,
  developmentPlan: developmentPlanSchema,
  question: questionSchema,
  questionBank: questionBankSchema,
  plannedConversation: plannedConversationSchema,
  reminder: reminderSchema,
  finding: storedFindingSchema,
} as const satisfies Readonly<Record<StoredSchemaName, zc.$ZodType>>;

/**
 * The name of a stored shape that has a JSON Schema per version in `storedJsonSchemas`.
 *
 * @example
 * ```ts
 * import { storedJsonSchemas, type StoredSchemaName } from 'ontwikkelgesprek/schemas';
 * const name: StoredSchemaName = 'conversation';
 * storedJsonSchemas[2][name]['additionalProperties']; // false
 * ```
 */
export type StoredSchemaName =
  | 'conversation'
  | 'conversationEvent'
  | 'conversationEventLog'
  | 'conversationTemplate'
  | 'developmentPlan'
  | 'question'
  | 'questionBank'
  | 'plannedConversation'
  | 'reminder'
  | 'finding';

/**
 * The JSON Schemas (draft 2020-12) of version 1 of the stored shapes, as 0.1 wrote them: generated
 * once from the zod schemas of 0.1.1 (test/storage/json-schemas-v1.script.ts.txt) and kept as data.
 */
export const storedJsonSchemasV1Data: Readonly<Record<StoredSchemaName, Readonly<Record<string, unknown>>>> = storedJsonSchemasV1;
