import * as z from 'zod/mini';
import { jsonCopy, jsonProblem } from './json.js';

/**
 * Schema of an id supplied by the caller: a non-empty string of at most 200 characters.
 * The library never invents ids.
 *
 * @example
 * ```ts
 * import { idSchema } from 'ontwikkelgesprek/schemas';
 * idSchema.safeParse('').success; // false
 * ```
 */
export const idSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * Schema of a short text such as a title or a name (1 to 500 characters).
 *
 * @example
 * ```ts
 * import { shortTextSchema } from 'ontwikkelgesprek/schemas';
 * shortTextSchema.safeParse('Presenteren voor klanten').success; // true
 * ```
 */
export const shortTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/**
 * Schema of a longer free text such as a note or feedback (up to 20,000 characters, may be empty).
 *
 * @example
 * ```ts
 * import { longTextSchema } from 'ontwikkelgesprek/schemas';
 * longTextSchema.safeParse('').success; // true
 * ```
 */
export const longTextSchema = z.string().check(z.maxLength(20_000));

/**
 * The items whose `id` already occurred earlier in the list, with their index: the usual check
 * before caller-supplied ids are trusted as keys.
 *
 * @example
 * ```ts
 * import { duplicateIds } from 'ontwikkelgesprek';
 * duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }]); // [{ index: 2, id: 'a' }]
 * ```
 */
export function duplicateIds(items: readonly { readonly id: string }[]): { index: number; id: string }[] {
  const seen = new Set<string>();
  const found: { index: number; id: string }[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) found.push({ index, id: item.id });
    seen.add(item.id);
  });
  return found;
}

/**
 * The version of the stored shapes this library writes. Version 1 is what 0.1 wrote (it had no
 * `schemaVersion` field); `migrate` in `ontwikkelgesprek/storage` upgrades any earlier version.
 *
 * @example
 * ```ts
 * import { currentSchemaVersion } from 'ontwikkelgesprek';
 * currentSchemaVersion; // 2
 * ```
 */
export const currentSchemaVersion = 2;

/**
 * A JSON value, as a host keeps it in `meta`.
 *
 * @example
 * ```ts
 * import type { JsonValue } from 'ontwikkelgesprek';
 * const value: JsonValue = { tenantId: 't-42', tags: ['pilot'] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The host's own data on a stored shape (a tenant, a source system's id, tags): carried through every
 * transition, migration, replay and plan version untouched, and never read by the library.
 *
 * @example
 * ```ts
 * import type { HostMeta } from 'ontwikkelgesprek';
 * const meta: HostMeta = { tenantId: 't-42', importedFrom: 'afas' };
 * ```
 */
export type HostMeta = { readonly [key: string]: JsonValue };

/**
 * Schema of `meta`: a plain JSON object of at most 100 keys at its top level (nesting up to 64
 * levels, up to 100,000 objects; shared parts are fine, a cycle is not).
 *
 * @example
 * ```ts
 * import { hostMetaSchema } from 'ontwikkelgesprek/schemas';
 * hostMetaSchema.safeParse({ tenantId: 't-42' }).success; // true
 * hostMetaSchema.safeParse(['not', 'an', 'object']).success; // false
 * ```
 */
export const hostMetaSchema = z.pipe(
  z.custom<HostMeta>(
    (value) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length <= 100 &&
      Object.keys(value).every((key) => key.length <= 200) &&
      jsonProblem(value) === undefined,
    { params: { code: 'input.notJson' } },
  ),
  // A copy: what the library returns is frozen, the caller's own objects never are.
  z.transform((meta: HostMeta): HostMeta => jsonCopy(meta)),
);

/**
 * Schema of `unrecognized`: keys a migration did not understand, by their dotted path, with their
 * JSON values, carried through untouched.
 *
 * @example
 * ```ts
 * import { unrecognizedKeysSchema } from 'ontwikkelgesprek/schemas';
 * unrecognizedKeysSchema.safeParse({ 'agreements.0.tenantId': 't-42' }).success; // true
 * ```
 */
export const unrecognizedKeysSchema = z.pipe(
  z.custom<{ readonly [path: string]: JsonValue }>(
    (value) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).every((key) => key.length <= 1_000) &&
      jsonProblem(value) === undefined,
    { params: { code: 'input.notJson' } },
  ),
  z.transform((keys: { readonly [path: string]: JsonValue }) => jsonCopy(keys)),
);
