// The named types of the development budget: funding sources and their rules, the ledger's lines,
// and the answers of budgetStatus and paybackDue. Checked against ./schema.ts by test/plan/types.test.ts.
import type { BudgetAmount, CalendarDate, Money, StudyPoints } from '../../core/index.js';
import type { FundingSourceKind } from '../../vocabulary/index.js';

// Amounts and source kinds are shared with the conversation (a budget position), so they live lower down.
export type { BudgetAmount, StudyPoints, StudyTime } from '../../core/index.js';
export type { FundingSourceKind } from '../../vocabulary/index.js';

/**
 * The budget periods of a source: they tile the calendar from `start` in steps of `months`
 * (default 12), and end with `until` when the source ends. Without a rule a source runs in
 * calendar years.
 *
 * @example
 * ```ts
 * import type { BudgetPeriodRule } from 'ontwikkelgesprek';
 * // A school year budget: 1 August to 31 July.
 * const schoolYears: BudgetPeriodRule = { start: '2026-08-01', months: 12 };
 * ```
 */
export interface BudgetPeriodRule {
  /** The first day of the first period; allowances accrue from here. */
  readonly start: CalendarDate;
  /** The length of a period in months (1 to 120); default 12. */
  readonly months?: number | undefined;
  /** The last day the source can be used, if it ends. */
  readonly until?: CalendarDate | undefined;
}

/**
 * Saving up across periods, as a CAO can allow: what is left of a period's allowance stays usable
 * for `periods` more periods (0: use it or lose it), and no more than `maximum` (per unit) is carried
 * into a new period. The oldest savings are used first and lapse first.
 *
 * @example
 * ```ts
 * import type { CarryOverPolicy } from 'ontwikkelgesprek';
 * // Saved up for at most two more years, never more than € 1.400 carried into a year.
 * const twoYears: CarryOverPolicy = { periods: 2, maximum: [{ amount: 140_000, currency: 'EUR' }] };
 * ```
 */
export interface CarryOverPolicy {
  readonly periods: number;
  readonly maximum?: readonly BudgetAmount[] | undefined;
}

/**
 * A funding source with its own rules and ledger: what it grants per period (`allowances`, one per
 * unit; none means no cap, as for required training or the employee's own money), its periods and
 * whether unused allowance can be saved up.
 *
 * @example
 * ```ts
 * import type { FundingSource } from 'ontwikkelgesprek';
 * const personal: FundingSource = {
 *   id: 'pob',
 *   kind: 'personalBudget',
 *   title: 'Persoonlijk ontwikkelbudget',
 *   allowances: [{ amount: 70_000, currency: 'EUR' }, { minutes: 16 * 60 }],
 *   period: { start: '2026-01-01' },
 *   carryOver: { periods: 2 },
 * };
 * ```
 */
export interface FundingSource {
  readonly id: string;
  readonly kind: FundingSourceKind;
  /** The name people know it by ("O&O-fonds Metaal"); messages fall back to the kind. */
  readonly title?: string | undefined;
  readonly allowances?: readonly BudgetAmount[] | undefined;
  readonly period?: BudgetPeriodRule | undefined;
  readonly carryOver?: CarryOverPolicy | undefined;
}

/**
 * One step of a payback schedule: leaving within `months` after the training was completed means
 * paying back `percent` (a whole number, 0 to 100) of what it cost.
 *
 * @example
 * ```ts
 * import type { PaybackStep } from 'ontwikkelgesprek';
 * const firstYear: PaybackStep = { months: 12, percent: 100 };
 * ```
 */
export interface PaybackStep {
  readonly months: number;
  readonly percent: number;
}

/**
 * A payback clause (*studiekostenbeding*) as data: for voluntary training whose cost from the
 * listed sources is above `threshold`, a degressive schedule. Required training is never paid back.
 * `sources` defaults to the plan's personal development budgets.
 *
 * @example
 * ```ts
 * import type { PaybackPolicy } from 'ontwikkelgesprek';
 * const clause: PaybackPolicy = {
 *   threshold: { amount: 100_000, currency: 'EUR' },
 *   steps: [
 *     { months: 12, percent: 100 },
 *     { months: 24, percent: 66 },
 *     { months: 36, percent: 33 },
 *   ],
 * };
 * ```
 */
export interface PaybackPolicy {
  readonly threshold: Money;
  readonly steps: readonly PaybackStep[];
  readonly sources?: readonly string[] | undefined;
}

/**
 * The funding of a plan, part of the text both sides approve: the sources its cost lines draw on,
 * and the payback clause, if any.
 *
 * @example
 * ```ts
 * import type { PlanFunding } from 'ontwikkelgesprek';
 * const funding: PlanFunding = {
 *   sources: [
 *     { id: 'pob', kind: 'personalBudget', allowances: [{ amount: 70_000, currency: 'EUR' }] },
 *     { id: 'employer', kind: 'requiredTraining', title: 'Verplichte scholing' },
 *   ],
 * };
 * ```
 */
export interface PlanFunding {
  readonly sources: readonly FundingSource[];
  readonly payback?: PaybackPolicy | undefined;
}

/**
 * A cost line: what one step costs, in money, study time or study points, and which source pays
 * it. Without `source` it is the personal development budget; without `date` it falls in the
 * period of its agreement's date (else the plan's start).
 *
 * @example
 * ```ts
 * import type { CostLine } from 'ontwikkelgesprek';
 * const ticket: CostLine = {
 *   id: 'c-conf-fund',
 *   description: 'Congres Klantgericht Adviseren, deel O&O-fonds',
 *   amount: { amount: 60_000, currency: 'EUR' },
 *   agreementId: 'a2',
 *   source: 'oo-fonds',
 * };
 * ```
 */
export interface CostLine {
  readonly id: string;
  readonly description: string;
  readonly amount: BudgetAmount;
  readonly agreementId?: string | undefined;
  readonly source?: string | undefined;
  readonly date?: CalendarDate | undefined;
}

/**
 * A personal development budget as version 0.1 took it: one pot per employee and calendar year, in
 * money or study points. `budgetStatus` still takes it, as the personal budget of that year.
 *
 * @example
 * ```ts
 * import type { DevelopmentBudget } from 'ontwikkelgesprek';
 * const budget: DevelopmentBudget = { employeeId: 'e-17', year: 2027, amount: { amount: 70_000, currency: 'EUR' } };
 * ```
 */
export interface DevelopmentBudget {
  readonly employeeId: string;
  readonly year: number;
  readonly amount: Money | StudyPoints;
}

/**
 * An expense: money or time actually spent, on a date, from a source (by default the source of the
 * cost line or agreement it settles, else the personal budget). `costLineId` or `agreementId` says
 * what it pays for, so it is not counted twice.
 *
 * @example
 * ```ts
 * import type { BudgetExpense } from 'ontwikkelgesprek';
 * const invoice: BudgetExpense = { id: 'inv-204', date: '2027-05-02', amount: { amount: 45_000, currency: 'EUR' }, costLineId: 'c-training' };
 * ```
 */
export interface BudgetExpense {
  readonly id: string;
  readonly date: CalendarDate;
  readonly amount: BudgetAmount;
  readonly description?: string | undefined;
  readonly agreementId?: string | undefined;
  readonly costLineId?: string | undefined;
  readonly source?: string | undefined;
}
