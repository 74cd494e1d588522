// The input of `budgetStatus` sits beside the plan's types, not in ./budget/, because it takes a whole
// plan: the budget's own types stay free of the plan's (no import cycle).
import type { Instant } from '../core/index.js';
import type { LateInPeriod } from './budget/results.js';
import type { BudgetExpense, CostLine, DevelopmentBudget, FundingSource } from './budget/types.js';
import type { DevelopmentPlan } from './types.js';

/**
 * The input of `budgetStatus`: the sources (or a 0.1 single-pot `budget`, or the funding of the
 * `plan`), the plan and further cost lines (what is committed), the expenses (what is spent), the
 * moment of the check and when the nudge starts.
 *
 * @example
 * ```ts
 * import type { BudgetStatusInput } from 'ontwikkelgesprek';
 * const input: BudgetStatusInput = {
 *   employeeId: 'e-17',
 *   sources: [{ id: 'pob', kind: 'personalBudget', allowances: [{ amount: 70_000, currency: 'EUR' }] }],
 *   costs: [{ id: 'c1', description: 'Training', amount: { amount: 45_000, currency: 'EUR' }, date: '2027-04-10' }],
 *   now: '2027-10-15T09:00:00+02:00',
 * };
 * ```
 */
export interface BudgetStatusInput {
  /** Version 0.1's single pot: taken as the personal development budget of that calendar year. */
  budget?: DevelopmentBudget | undefined;
  /** Whose budget this is; default the plan's employee, or the 0.1 budget's. */
  employeeId?: string | undefined;
  /** The funding sources; default the plan's funding. */
  sources?: readonly FundingSource[] | undefined;
  plan?: DevelopmentPlan | undefined;
  costs?: readonly CostLine[] | undefined;
  expenses?: readonly BudgetExpense[] | undefined;
  now: Instant;
  timeZone?: string | undefined;
  lateInYear?: LateInPeriod | undefined;
}
