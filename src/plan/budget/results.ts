// The named types of what budgetStatus, approvePlan and paybackDue take and answer.
import type { CalendarDate, Money } from '../../core/index.js';
import type { BudgetAmount, BudgetExpense, CostLine, FundingSource, FundingSourceKind, PaybackPolicy } from './types.js';

/**
 * When the nudge about unused budget starts: from month `fromMonth` of the last twelve months of a
 * period (default 10: October, for a calendar year), when at least `unusedShare` (default 0.5) of
 * what is available is still unused and uncommitted. `untouchedShare` (0 to 1) is the organisation's
 * own share of employees who leave the budget lying, from its report (`untouchedShare` of a budget
 * line of `developmentReport`); the nudge quotes it instead of the national figure of about 40%.
 *
 * @example
 * ```ts
 * import { budgetStatus, type LateInPeriod } from 'ontwikkelgesprek';
 * const early: LateInPeriod = { fromMonth: 6 };
 * const status = budgetStatus({
 *   budget: { employeeId: 'e-17', year: 2027, amount: { amount: 70_000, currency: 'EUR' } },
 *   now: '2027-06-15T09:00:00+02:00',
 *   lateInYear: early,
 * });
 * status.findings.map((f) => f.code); // ['budget.unused.lateInYear']
 * ```
 */
export interface LateInPeriod {
  fromMonth?: number | undefined;
  unusedShare?: number | undefined;
  untouchedShare?: number | undefined;
}

/**
 * Why a line was not counted: its agreement was dropped; it is in another currency or unit than its
 * source keeps; it falls outside the source's periods (`otherYear` for a 0.1 budget); or it names a
 * source that was not given.
 *
 * @example
 * ```ts
 * import type { BudgetLineReason } from 'ontwikkelgesprek';
 * const reason: BudgetLineReason = 'otherCurrency';
 * ```
 */
export type BudgetLineReason = 'dropped' | 'otherCurrency' | 'otherUnit' | 'otherYear' | 'outsidePeriods' | 'unknownSource';

/**
 * One cost line or expense as `budgetStatus` treated it: the source and period it counts in, or why
 * it does not count. Every input line appears exactly once.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from 'ontwikkelgesprek';
 * const line: BudgetLine = {
 *   kind: 'cost',
 *   id: 'c1',
 *   amount: { amount: 45_000, currency: 'EUR' },
 *   source: 'pob',
 *   period: '2027-01-01',
 *   counted: true,
 * };
 * ```
 */
export interface BudgetLine {
  readonly kind: 'cost' | 'expense';
  readonly id: string;
  readonly amount: BudgetAmount;
  /** The source it counts in (`null` when it names an unknown source). */
  readonly source: string | null;
  /** The first day of the period it counts in (`null` when it falls outside every period). */
  readonly period: CalendarDate | null;
  readonly counted: boolean;
  readonly reason?: BudgetLineReason | undefined;
}

/**
 * One source in one period and unit: what it grants (`allowance`), what was carried in from earlier
 * periods, what is `available` (the two together), `committed` (counted cost lines), `spent`
 * (counted expenses), `outstanding` (committed but not yet spent), `remaining` (available minus spent
 * and outstanding; negative when over-claimed), `expiring` (what lapses at the end of the period
 * unless used), `carriedOut` into the next period, and `utilisation` (the claimed share). For a
 * source without a cap (required training, own money) the budget figures are `null`.
 *
 * @example
 * ```ts
 * import { budgetStatus } from 'ontwikkelgesprek';
 * const status = budgetStatus({
 *   employeeId: 'e-17',
 *   sources: [{ id: 'pob', kind: 'personalBudget', allowances: [{ amount: 70_000, currency: 'EUR' }], period: { start: '2026-01-01' }, carryOver: { periods: 1 } }],
 *   expenses: [{ id: 'x1', date: '2026-05-01', amount: { amount: 30_000, currency: 'EUR' }, source: 'pob' }],
 *   now: '2027-03-01T09:00:00+01:00',
 * });
 * const year2027 = status.ok ? status.value.periods[1] : undefined;
 * year2027?.carriedIn; // { amount: 40000, currency: 'EUR' }
 * year2027?.expiring; // { amount: 40000, currency: 'EUR' }: the 2026 savings lapse at the end of 2027
 * ```
 */
export interface BudgetPeriodStatus {
  readonly source: string;
  readonly kind: FundingSourceKind;
  readonly title: string | null;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Whether the moment of the check falls in this period. */
  readonly current: boolean;
  readonly allowance: BudgetAmount | null;
  readonly carriedIn: BudgetAmount | null;
  readonly available: BudgetAmount | null;
  readonly committed: BudgetAmount;
  readonly spent: BudgetAmount;
  readonly outstanding: BudgetAmount;
  readonly remaining: BudgetAmount | null;
  readonly expiring: BudgetAmount | null;
  readonly carriedOut: BudgetAmount | null;
  readonly utilisation: number | null;
}

/**
 * The state of the development budget: `periods` per source, period and unit, every `lines` entry,
 * and, as version 0.1 answered, the headline figures of the personal development budget in the
 * current period (`budget` is what is available there, `remaining` may be negative). Without a
 * personal budget with an allowance the headline is another capped source, else zero.
 *
 * @example
 * ```ts
 * import { budgetStatus, type BudgetStatus } from 'ontwikkelgesprek';
 * function headline(status: BudgetStatus): string {
 *   return `${Math.round((status.utilisation ?? 0) * 100)}% used or planned`;
 * }
 * const status = budgetStatus({
 *   budget: { employeeId: 'e-17', year: 2027, amount: { amount: 70_000, currency: 'EUR' } },
 *   costs: [{ id: 'c1', description: 'Training', amount: { amount: 35_000, currency: 'EUR' } }],
 *   now: '2027-05-01T09:00:00+02:00',
 * });
 * status.ok && headline(status.value); // '50% used or planned'
 * ```
 */
export interface BudgetStatus {
  readonly employeeId: string;
  readonly year: number;
  readonly budget: BudgetAmount;
  readonly committed: BudgetAmount;
  readonly spent: BudgetAmount;
  readonly outstanding: BudgetAmount;
  readonly remaining: BudgetAmount;
  readonly utilisation: number | null;
  readonly periods: readonly BudgetPeriodStatus[];
  readonly lines: readonly BudgetLine[];
}

/**
 * The budget position a plan is checked against at approval: the sources (when the plan has no
 * funding of its own), and what is already spent or committed outside this plan.
 *
 * @example
 * ```ts
 * import type { BudgetPosition } from 'ontwikkelgesprek';
 * const position: BudgetPosition = {
 *   expenses: [{ id: 'inv-88', date: '2027-02-01', amount: { amount: 20_000, currency: 'EUR' }, source: 'pob' }],
 * };
 * ```
 */
export interface BudgetPosition {
  sources?: readonly FundingSource[] | undefined;
  costs?: readonly CostLine[] | undefined;
  expenses?: readonly BudgetExpense[] | undefined;
  timeZone?: string | undefined;
}

/**
 * Options of `approvePlan`: the budget position to check the plan's claims against, and how
 * strictly: `strict` and `standard` refuse an approval that over-claims a source or charges
 * required training to the employee, `relaxed` records it with a warning.
 *
 * @example
 * ```ts
 * import type { ApprovePlanOptions } from 'ontwikkelgesprek';
 * const options: ApprovePlanOptions = { strictness: 'relaxed', budget: { expenses: [] } };
 * ```
 */
export interface ApprovePlanOptions {
  budget?: BudgetPosition | undefined;
  strictness?: 'relaxed' | 'standard' | 'strict' | undefined;
}

/**
 * Options of `paybackDue`: actual expenses (else the plan's committed costs count as paid), the time
 * zone of progress dates, and a payback clause for a plan that has none of its own.
 *
 * @example
 * ```ts
 * import type { PaybackOptions } from 'ontwikkelgesprek';
 * const options: PaybackOptions = { timeZone: 'Europe/Amsterdam' };
 * ```
 */
export interface PaybackOptions {
  expenses?: readonly BudgetExpense[] | undefined;
  timeZone?: string | undefined;
  payback?: PaybackPolicy | undefined;
}

/**
 * Why a training owes nothing: it is required training, its cost is not above the threshold, it
 * is in another currency than the threshold, or the schedule has run out.
 *
 * @example
 * ```ts
 * import type { PaybackExemption } from 'ontwikkelgesprek';
 * const reason: PaybackExemption = 'scheduleEnded';
 * ```
 */
export type PaybackExemption = 'required' | 'belowThreshold' | 'otherCurrency' | 'scheduleEnded';

/**
 * One training under the payback clause: its cost lines, what the employer paid for it from the
 * listed sources, when it was completed (`null`: not before leaving), the percentage that applies
 * and what is due.
 *
 * @example
 * ```ts
 * import type { PaybackItem } from 'ontwikkelgesprek';
 * const item: PaybackItem = {
 *   agreementId: 'a2',
 *   title: 'Masterclass adviesvaardigheden',
 *   costLineIds: ['c-master'],
 *   paid: { amount: 150_000, currency: 'EUR' },
 *   completed: '2027-06-30',
 *   percent: 66,
 *   due: { amount: 99_000, currency: 'EUR' },
 * };
 * ```
 */
export interface PaybackItem {
  readonly agreementId: string | null;
  readonly title: string;
  readonly costLineIds: readonly string[];
  readonly paid: Money;
  readonly completed: CalendarDate | null;
  readonly percent: number;
  readonly due: Money;
  readonly exemption?: PaybackExemption | undefined;
}

/**
 * What would be owed under the payback clause when the employee leaves on `leavingDate`: per
 * training, and in total per currency.
 *
 * @example
 * ```ts
 * import type { PaybackDue } from 'ontwikkelgesprek';
 * function owed(due: PaybackDue): number {
 *   return due.total.reduce((sum, money) => sum + money.amount, 0);
 * }
 * ```
 */
export interface PaybackDue {
  readonly leavingDate: CalendarDate;
  readonly items: readonly PaybackItem[];
  readonly total: readonly Money[];
}
