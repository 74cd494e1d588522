// Budget units: the currency, `minutes` or `studyPoints` an amount counts in, and exact arithmetic.
import type { BudgetAmount } from './types.js';

/** The unit an amount counts in: its currency, `minutes` or `studyPoints`. */
export function unitKey(amount: BudgetAmount): string {
  return 'currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints';
}

/** The kind of a unit key, as findings name it. */
export function unitKind(unit: string): 'money' | 'minutes' | 'studyPoints' {
  return unit === 'minutes' || unit === 'studyPoints' ? unit : 'money';
}

/** The number in an amount: minor units, minutes or study points. */
export function sizeOf(amount: BudgetAmount): number {
  return 'currency' in amount ? amount.amount : 'minutes' in amount ? amount.minutes : amount.studyPoints;
}

/** An amount of `value` in a unit. */
export function amountIn(unit: string, value: number): BudgetAmount {
  if (unit === 'minutes') return { minutes: value };
  if (unit === 'studyPoints') return { studyPoints: value };
  return { amount: value, currency: unit };
}

/** A finding param for an amount: money as `Money`, minutes and study points as a plain number. */
export function figureIn(unit: string, value: number): { amount: number; currency: string } | number {
  return unitKind(unit) === 'money' ? { amount: value, currency: unit } : value;
}

/** Thrown inside the budget when a sum leaves the exact integer range; caught and reported, never escapes. */
export class BudgetOverflow extends Error {}

/** Exact integer addition: a sum past the safe-integer range is refused, never rounded. */
export function plus(left: number, right: number): number {
  const sum = left + right;
  if (!Number.isSafeInteger(sum)) throw new BudgetOverflow('budget sum out of range');
  return sum;
}
