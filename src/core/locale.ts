import * as z from 'zod/mini';

/**
 * The two languages the library speaks: Dutch (`nl`) and English (`en`).
 *
 * @example
 * ```ts
 * import { localeSchema } from 'ontwikkelgesprek';
 * localeSchema.parse('nl'); // 'nl'
 * ```
 */
export const localeSchema = z.enum(['nl', 'en']);

/**
 * A language the library speaks: `'nl'` or `'en'`.
 *
 * @example
 * ```ts
 * import type { Locale } from 'ontwikkelgesprek';
 * const locale: Locale = 'en';
 * ```
 */
export type Locale = z.infer<typeof localeSchema>;

/**
 * Every locale, in a stable order (Dutch first, the domain's own language).
 *
 * @example
 * ```ts
 * import { locales } from 'ontwikkelgesprek';
 * locales.includes('en'); // true
 * ```
 */
export const locales: readonly Locale[] = Object.freeze(['nl', 'en'] as const);

/**
 * Schema of a text given in both languages; neither may be empty.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from 'ontwikkelgesprek';
 * localizedTextSchema.parse({ nl: 'Hallo', en: 'Hello' });
 * ```
 */
export const localizedTextSchema = z.strictObject({
  nl: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  en: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
});

/**
 * A text in Dutch and English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'ontwikkelgesprek';
 * const label: LocalizedText = { nl: 'Medewerker', en: 'Employee' };
 * ```
 */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Picks the text for a locale.
 *
 * @example
 * ```ts
 * import { localize } from 'ontwikkelgesprek';
 * localize({ nl: 'Leidinggevende', en: 'Manager' }, 'nl'); // 'Leidinggevende'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
