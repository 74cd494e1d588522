import { z } from 'zod';

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
export const idSchema = z.string().trim().min(1).max(200);

/**
 * Schema of a short text such as a title or a name (1 to 500 characters).
 *
 * @example
 * ```ts
 * import { shortTextSchema } from 'ontwikkelgesprek/schemas';
 * shortTextSchema.safeParse('Presenteren voor klanten').success; // true
 * ```
 */
export const shortTextSchema = z.string().trim().min(1).max(500);

/**
 * Schema of a longer free text such as a note or feedback (up to 20,000 characters, may be empty).
 *
 * @example
 * ```ts
 * import { longTextSchema } from 'ontwikkelgesprek/schemas';
 * longTextSchema.safeParse('').success; // true
 * ```
 */
export const longTextSchema = z.string().max(20_000);

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
 * Schema of `meta`: any JSON object, up to 100 keys at its top level.
 *
 * @example
 * ```ts
 * import { hostMetaSchema } from 'ontwikkelgesprek/schemas';
 * hostMetaSchema.safeParse({ tenantId: 't-42' }).success; // true
 * ```
 */
export const hostMetaSchema = z.record(z.string().max(200), z.json()).refine((meta) => Object.keys(meta).length <= 100, {
  message: 'At most 100 keys',
});
