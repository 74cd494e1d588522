// The schema of a stored finding (re-exported by schema.ts): apart from the JSON Schemas' data, so that
// the migrations do not carry that data into every bundle.
import * as z from 'zod/mini';
import type { JsonValue } from '../core/index.js';

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
export interface StoredFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: (string | number)[];
  params: Record<string, JsonValue>;
  details?: StoredFinding[] | undefined;
  message?: Record<string, string> | undefined;
  [key: string]: unknown;
}
