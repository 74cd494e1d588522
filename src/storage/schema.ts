// Validation of the storage module: the schema of a stored finding, and the schemas of every stored
// shape by version, for `storedJsonSchemas` in `ontwikkelgesprek/schemas`.
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import type { JsonValue } from '../core/index.js';
import {
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
} from '../conversation/schema.js';
import { developmentPlanSchema } from '../plan/schema.js';
import { questionBankSchema, questionSchema } from '../questions/schema.js';
import { plannedConversationSchema, reminderSchema } from '../schedule/schema.js';
import storedJsonSchemasV1 from './json-schemas-v1.json' with { type: 'json' };

/**
 * Schema of a finding as a host stores it: `code`, `severity`, `path`, raw `params` (JSON values),
 * the `details` of a composite finding (findings themselves), and, on a finding stored by 0.1, the
 * text it was stored with (`message`, by language). A finding has no `unrecognized` map: other keys
 * are allowed and kept where they are.
 *
 * @example
 * ```ts
 * import { storedFindingSchema } from 'ontwikkelgesprek/schemas';
 * storedFindingSchema.safeParse({ code: 'input.required', severity: 'error', path: ['when'], params: {} }).success; // true
 * ```
 */
export const storedFindingSchema: z.ZodMiniType<StoredFinding> = z.looseObject({
  code: z.string().check(z.maxLength(200), z.regex(/^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+$/u)),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.array(z.union([z.string(), z.int()])).check(z.maxLength(1_000)),
  params: z.record(z.string(), z.json()),
  details: z.optional(z.array(z.lazy(() => storedFindingSchema)).check(z.maxLength(1_000))),
  message: z.optional(z.record(z.string(), z.string())),
});

/** A finding as {@link storedFindingSchema} reads it. */
interface StoredFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: (string | number)[];
  params: Record<string, JsonValue>;
  details?: StoredFinding[] | undefined;
  message?: Record<string, string> | undefined;
  [key: string]: unknown;
}

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
} as const satisfies Readonly<Record<string, zc.$ZodType>>;

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
export type StoredSchemaName = keyof typeof storedSchemasV2;

/**
 * The JSON Schemas (draft 2020-12) of version 1 of the stored shapes, as 0.1 wrote them: generated
 * once from the zod schemas of 0.1.1 (test/storage/json-schemas-v1.script.ts.txt) and kept as data.
 */
export const storedJsonSchemasV1Data: Readonly<Record<StoredSchemaName, Readonly<Record<string, unknown>>>> = storedJsonSchemasV1;
