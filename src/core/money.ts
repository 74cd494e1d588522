import * as z from 'zod/mini';
import type { Finding } from './finding.js';
import { makeFinding } from './finding.js';
import type { Locale } from './locale.js';
import type { Result } from './result.js';
import { fail, ok } from './result.js';
import type { Money } from './money-value.js';

export type { Money } from './money-value.js';

/**
 * Schema of an ISO 4217 currency code (three capital letters).
 *
 * @example
 * ```ts
 * import { currencySchema } from 'ontwikkelgesprek/schemas';
 * currencySchema.safeParse('eur').success; // false: codes are upper case
 * ```
 */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/**
 * Schema of an amount of money: whole minor units (cents) and a currency.
 *
 * @example
 * ```ts
 * import { moneySchema } from 'ontwikkelgesprek/schemas';
 * moneySchema.safeParse({ amount: 70000, currency: 'EUR' }).success; // true
 * moneySchema.safeParse({ amount: 700.5, currency: 'EUR' }).success; // false: minor units are whole
 * ```
 */
export const moneySchema = z.strictObject({
  amount: z.int().check(z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)),
  currency: currencySchema,
});

const currencyPattern = /^[A-Z]{3}$/;

/**
 * Is this a valid amount: a safe whole number of minor units and an ISO 4217-shaped currency code?
 * Never throws, whatever it is given.
 *
 * @example
 * ```ts
 * import { isMoney } from 'ontwikkelgesprek';
 * isMoney({ amount: 1050, currency: 'EUR' }); // true
 * isMoney({ amount: '1050', currency: 'EUR' }); // false
 * isMoney({ amount: 0.1, currency: 'EUR' }); // false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  try {
    if (value === null || typeof value !== 'object') return false;
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    return typeof amount === 'number' && Number.isSafeInteger(amount) && typeof currency === 'string' && currencyPattern.test(currency);
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (typeof value !== 'object') return typeof value;
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount !== 'number') return `amount is ${typeof amount}`;
    if (!Number.isSafeInteger(amount)) return 'amount is not a whole number of minor units';
    return `currency ${typeof currency === 'string' ? currency.slice(0, 10) : typeof currency}`;
  } catch {
    return 'unreadable';
  }
}

/** The two amounts, checked: both valid and of one currency. */
function pair(left: unknown, right: unknown): Result<readonly [Money, Money]> {
  const problems: Finding[] = [];
  if (!isMoney(left)) problems.push(makeFinding('money.invalid', 'error', { path: ['left'], params: { detail: describe(left) } }));
  if (!isMoney(right)) problems.push(makeFinding('money.invalid', 'error', { path: ['right'], params: { detail: describe(right) } }));
  if (problems.length > 0) return fail(problems);
  const a = left as Money;
  const b = right as Money;
  if (a.currency !== b.currency)
    return fail([makeFinding('money.currency.mismatch', 'error', { params: { left: a.currency, right: b.currency } })]);
  return ok([a, b] as const);
}

function exact(amount: number, currency: string): Result<Money> {
  if (!Number.isSafeInteger(amount)) return fail([makeFinding('money.overflow', 'error')]);
  return ok({ amount, currency });
}

/**
 * Adds two amounts of the same currency. Amounts in different currencies, amounts that are not whole
 * minor units, and a sum beyond exact integer arithmetic answer with a finding, never a wrong number.
 *
 * @example
 * ```ts
 * import { addMoney } from 'ontwikkelgesprek';
 * const sum = addMoney({ amount: 1050, currency: 'EUR' }, { amount: 250, currency: 'EUR' });
 * sum.ok && sum.value.amount; // 1300
 * addMoney({ amount: 100, currency: 'EUR' }, { amount: 100, currency: 'USD' }).ok; // false
 * ```
 */
export function addMoney(left: Money, right: Money): Result<Money> {
  const checked = pair(left, right);
  if (!checked.ok) return checked;
  const [a, b] = checked.value;
  return exact(a.amount + b.amount, a.currency);
}

/**
 * Subtracts `right` from `left` (same currency).
 *
 * @example
 * ```ts
 * import { subtractMoney } from 'ontwikkelgesprek';
 * const left = subtractMoney({ amount: 70_000, currency: 'EUR' }, { amount: 120_000, currency: 'EUR' });
 * left.ok && left.value.amount; // -50000: € 500 over budget
 * ```
 */
export function subtractMoney(left: Money, right: Money): Result<Money> {
  const checked = pair(left, right);
  if (!checked.ok) return checked;
  const [a, b] = checked.value;
  return exact(a.amount - b.amount, a.currency);
}

/**
 * Divides an amount over shares in proportion to `ratios` (whole, non-negative, not all zero), so
 * that the parts add up to exactly the whole: the cents left over go one by one to the largest
 * remainders (then to the first share). This is how a payback schedule of 100 % / 66 % / 33 %, or a
 * cost split between two funding sources, stays exact.
 *
 * @example
 * ```ts
 * import { allocateMoney } from 'ontwikkelgesprek';
 * const parts = allocateMoney({ amount: 100, currency: 'EUR' }, [1, 1, 1]);
 * parts.ok && parts.value.map((part) => part.amount); // [34, 33, 33]
 * ```
 */
export function allocateMoney(money: Money, ratios: readonly number[]): Result<readonly Money[]> {
  if (!isMoney(money)) return fail([makeFinding('money.invalid', 'error', { params: { detail: describe(money) } })]);
  if (!Array.isArray(ratios) || ratios.length === 0 || ratios.length > 10_000 || ratios.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    return fail([
      makeFinding('money.invalid', 'error', { path: ['ratios'], params: { detail: 'ratios must be whole numbers of at least 0' } }),
    ]);
  }
  const total = ratios.reduce((sum, ratio) => sum + ratio, 0);
  if (total === 0 || !Number.isSafeInteger(total) || !Number.isSafeInteger(Math.abs(money.amount) * total)) {
    return fail([makeFinding('money.invalid', 'error', { path: ['ratios'], params: { detail: 'ratios must not all be 0' } })]);
  }
  const sign = money.amount < 0 ? -1 : 1;
  const whole = Math.abs(money.amount);
  const shares = ratios.map((ratio, index) => ({ index, amount: Math.floor((whole * ratio) / total), remainder: (whole * ratio) % total }));
  let left = whole - shares.reduce((sum, share) => sum + share.amount, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (left === 0) break;
    share.amount += 1;
    left -= 1;
  }
  return ok(shares.map((share) => ({ amount: share.amount === 0 ? 0 : sign * share.amount, currency: money.currency })));
}

/**
 * Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0).
 *
 * @internal
 */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Formats money for people, in Dutch (`€ 1.050,00`) or English (`€1,050.00`).
 *
 * @internal
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
