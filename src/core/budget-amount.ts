// Budget amounts: money, study time or study points. Shared by the conversation (a budget position)
// and the plan (funding sources, cost lines, the ledger), so it lives here.
import * as z from 'zod/mini';
import type { Money } from './money.js';
import { currencySchema } from './money.js';

/**
 * A number of study points (a budget kept in points instead of money).
 *
 * @example
 * ```ts
 * import { budgetStatus, type StudyPoints } from 'ontwikkelgesprek';
 * const forty: StudyPoints = { studyPoints: 40 };
 * const status = budgetStatus({ budget: { employeeId: 'e-17', year: 2027, amount: forty }, now: '2027-04-01T09:00:00+02:00' });
 * status.ok && status.value.remaining; // { studyPoints: 40 }
 * ```
 */
export interface StudyPoints {
  readonly studyPoints: number;
}

/**
 * Study time in whole minutes: what a CAO grants as study hours or days (a day of 7.5 hours is 450
 * minutes; the host converts days with the employee's working day).
 *
 * @example
 * ```ts
 * import { budgetStatus, type StudyTime } from 'ontwikkelgesprek';
 * const sixteenHours: StudyTime = { minutes: 16 * 60 };
 * const status = budgetStatus({
 *   employeeId: 'e-17',
 *   sources: [{ id: 'study-time', kind: 'personalBudget', title: 'Studie-uren', allowances: [sixteenHours] }],
 *   costs: [{ id: 'c1', description: 'Lesdagen Scrum', amount: { minutes: 12 * 60 }, source: 'study-time', date: '2027-05-10' }],
 *   now: '2027-06-01T09:00:00+02:00',
 * });
 * status.ok && status.value.remaining; // { minutes: 240 }
 * ```
 */
export interface StudyTime {
  readonly minutes: number;
}

/**
 * A budget amount: money in whole minor units (cents) with its ISO 4217 currency, study time in
 * minutes, or study points. Never negative in what a caller gives; in a budget status, `remaining`
 * is negative when a source is over-claimed.
 *
 * @example
 * ```ts
 * import type { BudgetAmount } from 'ontwikkelgesprek';
 * const ticket: BudgetAmount = { amount: 120_000, currency: 'EUR' }; // € 1.200,00
 * const days: BudgetAmount = { minutes: 2 * 8 * 60 }; // two study days of eight hours
 * ```
 */
export type BudgetAmount = Money | StudyTime | StudyPoints;

const safeCount = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const moneyAmountSchema = z.strictObject({ amount: safeCount, currency: currencySchema });

/**
 * Schema of a number of study points.
 *
 * @example
 * ```ts
 * import { studyPointsSchema } from 'ontwikkelgesprek/schemas';
 * studyPointsSchema.safeParse({ studyPoints: 2.5 }).success; // false: points are whole
 * ```
 */
export const studyPointsSchema = z.strictObject({ studyPoints: safeCount });

/**
 * Schema of study time in whole minutes.
 *
 * @example
 * ```ts
 * import { studyTimeSchema } from 'ontwikkelgesprek/schemas';
 * studyTimeSchema.safeParse({ minutes: 480 }).success; // true: one study day of eight hours
 * ```
 */
export const studyTimeSchema = z.strictObject({ minutes: safeCount });

/**
 * Schema of a budget amount: money (whole minor units, not negative, an ISO 4217 currency), study
 * time in minutes, or study points.
 *
 * @example
 * ```ts
 * import { budgetAmountSchema } from 'ontwikkelgesprek/schemas';
 * budgetAmountSchema.safeParse({ amount: 70000, currency: 'EUR' }).success; // true
 * budgetAmountSchema.safeParse({ amount: 700.5, currency: 'EUR' }).success; // false: minor units are whole
 * ```
 */
export const budgetAmountSchema = z.union([moneyAmountSchema, studyTimeSchema, studyPointsSchema]);
