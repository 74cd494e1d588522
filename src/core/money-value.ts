// The shape of an amount of money, apart from its arithmetic: findings carry amounts as params, and
// money's arithmetic reports its problems as findings, so both depend on this and not on each other.

/**
 * An amount of money as dinero.js keeps it: whole minor units (cents for EUR) and an ISO 4217
 * currency, so sums are exact and no amount is ever a floating-point guess.
 *
 * @example
 * ```ts
 * import { addMoney, type Money } from 'ontwikkelgesprek';
 * const budget: Money = { amount: 70_000, currency: 'EUR' }; // € 700,00
 * const course: Money = { amount: 45_000, currency: 'EUR' };
 * addMoney(budget, { ...course, amount: -course.amount }); // { ok: true, value: { amount: 25000, currency: 'EUR' }, findings: [] }
 * ```
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}
