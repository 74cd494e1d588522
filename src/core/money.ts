import { z } from 'zod';
import { makeFinding } from './finding.js';
import type { Locale } from './locale.js';
import type { Result } from './result.js';
import { fail, ok } from './result.js';

/**
 * Schema of an ISO 4217 currency code, such as `EUR`.
 *
 * @example
 * ```ts
 * import { currencySchema } from 'ontwikkelgesprek/schemas';
 * currencySchema.safeParse('eur').success; // false: codes are upper case
 * ```
 */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);

/**
 * Schema of an amount of money: whole minor units (cents for EUR) and an explicit currency, so
 * sums never drift through floating point and never mix currencies silently.
 *
 * @example
 * ```ts
 * import { moneySchema } from 'ontwikkelgesprek/schemas';
 * moneySchema.parse({ amount: 70000, currency: 'EUR' }); // EUR 700.00
 * ```
 */
export const moneySchema = z.strictObject({
  amount: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  currency: currencySchema,
});

/**
 * An amount of money in minor units with its currency.
 *
 * @example
 * ```ts
 * import type { Money } from 'ontwikkelgesprek';
 * const budget: Money = { amount: 70000, currency: 'EUR' };
 * ```
 */
export type Money = z.infer<typeof moneySchema>;

/**
 * Adds amounts of the same currency; a different currency is a finding, not a silent sum.
 *
 * @example
 * ```ts
 * import { addMoney } from 'ontwikkelgesprek';
 * const sum = addMoney({ amount: 1050, currency: 'EUR' }, { amount: 250, currency: 'EUR' });
 * sum.ok && sum.value.amount; // 1300
 * ```
 */
export function addMoney(left: Money, right: Money): Result<Money> {
  if (left.currency !== right.currency) {
    return fail([makeFinding('money.currency.mismatch', 'error', { params: { left: left.currency, right: right.currency } })]);
  }
  return ok({ amount: left.amount + right.amount, currency: left.currency });
}

/**
 * The number of decimals of a currency's minor unit (2 for EUR, 0 for JPY).
 *
 * @example
 * ```ts
 * import { minorUnitDigits } from 'ontwikkelgesprek';
 * minorUnitDigits('EUR'); // 2
 * ```
 */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Formats money for people, in Dutch or English notation.
 *
 * @example
 * ```ts
 * import { formatMoney } from 'ontwikkelgesprek';
 * formatMoney({ amount: 70000, currency: 'EUR' }, 'en'); // '€700.00'
 * ```
 */
export function formatMoney(money: Money, locale: Locale): string {
  const digits = minorUnitDigits(money.currency);
  const major = money.amount / 10 ** digits;
  try {
    return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${money.currency} ${major.toFixed(digits)}`;
  }
}
