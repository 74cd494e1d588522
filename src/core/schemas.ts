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
