import { z } from 'zod';
import type { Finding, FindingParams, Locale, Money, Result } from '../core/index.js';
import {
  addMoney,
  calendarDateOf,
  calendarDateSchema,
  deepFreeze,
  defaultTimeZone,
  duplicateIds,
  fail,
  findingsFrom,
  formatMoney,
  idSchema,
  instantSchema,
  minorUnitDigits,
  ok,
  parseWith,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
import { planMessages } from './messages.js';
import { validatePlan } from './plan.js';
import type { BudgetAmount, CostLine, DevelopmentPlan } from './schema.js';
import { budgetAmountSchema, costLineSchema, developmentPlanSchema } from './schema.js';

const finding = findingsFrom(planMessages);

/**
 * Schema of a personal development budget (*persoonlijk ontwikkelbudget*): per employee and
 * calendar year, an amount in money (whole minor units and a currency) or in study points.
 *
 * @example
 * ```ts
 * import { developmentBudgetSchema } from 'ontwikkelgesprek';
 * developmentBudgetSchema.parse({ employeeId: 'e-17', year: 2027, amount: { amount: 70000, currency: 'EUR' } });
 * ```
 */
export const developmentBudgetSchema = z.strictObject({
  employeeId: idSchema,
  year: z.number().int().min(1900).max(9999),
  amount: budgetAmountSchema,
});

/**
 * A personal development budget.
 *
 * @example
 * ```ts
 * import type { DevelopmentBudget } from 'ontwikkelgesprek';
 * const budget: DevelopmentBudget = { employeeId: 'e-17', year: 2027, amount: { studyPoints: 40 } };
 * ```
 */
export type DevelopmentBudget = z.infer<typeof developmentBudgetSchema>;

/**
 * Schema of an expense recorded against the budget, optionally for one agreement.
 *
 * @example
 * ```ts
 * import { budgetExpenseSchema } from 'ontwikkelgesprek';
 * budgetExpenseSchema.parse({ id: 'x1', date: '2027-04-10', amount: { amount: 45000, currency: 'EUR' }, agreementId: 'a1' });
 * ```
 */
export const budgetExpenseSchema = z.strictObject({
  id: idSchema,
  date: calendarDateSchema,
  amount: budgetAmountSchema,
  description: shortTextSchema.optional(),
  agreementId: idSchema.optional(),
});

/**
 * An expense recorded against the budget.
 *
 * @example
 * ```ts
 * import type { BudgetExpense } from 'ontwikkelgesprek';
 * const expense: BudgetExpense = { id: 'x1', date: '2027-04-10', amount: { amount: 45000, currency: 'EUR' } };
 * ```
 */
export type BudgetExpense = z.infer<typeof budgetExpenseSchema>;

/**
 * Schema of the input of `budgetStatus`: the budget, what is committed (the cost lines of a plan,
 * and further cost lines), what is spent (expenses), the moment of the check, and when the
 * late-in-year nudge starts (default: from October, when at least half is still unused).
 *
 * @example
 * ```ts
 * import { budgetStatusInputSchema } from 'ontwikkelgesprek';
 * budgetStatusInputSchema.shape.lateInYear.unwrap().shape.fromMonth.safeParse(13).success; // false
 * ```
 */
export const budgetStatusInputSchema = z.strictObject({
  budget: developmentBudgetSchema,
  plan: developmentPlanSchema.optional(),
  costs: z.array(costLineSchema).max(10_000).default([]),
  expenses: z.array(budgetExpenseSchema).max(10_000).default([]),
  now: instantSchema,
  timeZone: timeZoneSchema.optional(),
  lateInYear: z
    .strictObject({
      fromMonth: z.number().int().min(1).max(12).default(10),
      unusedShare: z.number().min(0).max(1).default(0.5),
    })
    .optional(),
});

/**
 * The input of `budgetStatus`, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { BudgetStatusInput } from 'ontwikkelgesprek';
 * const input: BudgetStatusInput = {
 *   budget: { employeeId: 'e-17', year: 2027, amount: { amount: 70000, currency: 'EUR' } },
 *   costs: [{ id: 'c1', description: 'Training', amount: { amount: 45000, currency: 'EUR' } }],
 *   now: '2027-10-15T09:00:00+02:00',
 * };
 * ```
 */
export type BudgetStatusInput = z.input<typeof budgetStatusInputSchema>;

/**
 * An amount in the budget's unit; unlike a {@link BudgetAmount} it may be negative (an overdrawn remainder).
 *
 * @example
 * ```ts
 * import type { BudgetQuantity } from 'ontwikkelgesprek';
 * const remaining: BudgetQuantity = { amount: -5000, currency: 'EUR' };
 * ```
 */
export type BudgetQuantity = Money | { readonly studyPoints: number };

/**
 * One cost line or expense as `budgetStatus` treated it: counted, or not and why (a dropped
 * agreement, another currency or unit, another year). Every input line appears exactly once.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from 'ontwikkelgesprek';
 * const line: BudgetLine = { kind: 'cost', id: 'c1', amount: { amount: 45000, currency: 'EUR' }, counted: true };
 * ```
 */
export interface BudgetLine {
  readonly kind: 'cost' | 'expense';
  readonly id: string;
  readonly amount: BudgetAmount;
  readonly counted: boolean;
  readonly reason?: 'dropped' | 'otherCurrency' | 'otherUnit' | 'otherYear';
}

/**
 * The state of a development budget. `committed` is what the counted cost lines promise, `spent`
 * what the counted expenses used, `outstanding` what is committed but not yet spent, `remaining`
 * the budget minus spent and outstanding (negative when over-committed), and `utilisation` the
 * claimed share (spent plus outstanding) of the budget, or `null` for a budget of zero.
 *
 * @example
 * ```ts
 * import type { BudgetStatus } from 'ontwikkelgesprek';
 * function headline(status: BudgetStatus): string {
 *   return `${Math.round((status.utilisation ?? 0) * 100)}% used or planned`;
 * }
 * ```
 */
export interface BudgetStatus {
  readonly employeeId: string;
  readonly year: number;
  readonly budget: BudgetAmount;
  readonly committed: BudgetQuantity;
  readonly spent: BudgetQuantity;
  readonly outstanding: BudgetQuantity;
  readonly remaining: BudgetQuantity;
  readonly utilisation: number | null;
  readonly lines: readonly BudgetLine[];
}

type Unit = { readonly kind: 'money'; readonly currency: string } | { readonly kind: 'studyPoints' };

function unitOf(amount: BudgetAmount): Unit {
  return 'currency' in amount ? { kind: 'money', currency: amount.currency } : { kind: 'studyPoints' };
}

function amountOf(amount: BudgetAmount): number {
  return 'currency' in amount ? amount.amount : amount.studyPoints;
}

function quantity(unit: Unit, value: number): BudgetQuantity {
  return unit.kind === 'money' ? { amount: value, currency: unit.currency } : { studyPoints: value };
}

/**
 * Finding params for an amount: `name` in a neutral notation for programs, and `nameNl` / `nameEn`
 * in each language's own notation (EUR 1050.00 / € 1.050,00 / €1,050.00) for the messages.
 */
function amountParams(name: string, unit: Unit, value: number): FindingParams {
  const inLocale = (locale: Locale): string =>
    unit.kind === 'money'
      ? formatMoney({ amount: value, currency: unit.currency }, locale)
      : `${value} ${locale === 'nl' ? 'studiepunten' : 'study points'}`;
  return { [name]: describe(unit, value), [`${name}Nl`]: inLocale('nl'), [`${name}En`]: inLocale('en') };
}

/** A neutral notation for finding params, the same in both languages. */
function describe(unit: Unit, value: number): string {
  if (unit.kind === 'studyPoints') return `${value} SP`;
  const digits = minorUnitDigits(unit.currency);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const major = Math.floor(abs / 10 ** digits);
  const minor = digits > 0 ? `.${String(abs % 10 ** digits).padStart(digits, '0')}` : '';
  return `${unit.currency} ${sign}${major}${minor}`;
}

/** Exact integer addition: money through `addMoney`, and never past the safe-integer range. */
function add(unit: Unit, left: number, right: number): number | undefined {
  let sum: number;
  if (unit.kind === 'money') {
    const added = addMoney({ amount: left, currency: unit.currency }, { amount: right, currency: unit.currency });
    if (!added.ok) return undefined;
    sum = added.value.amount;
  } else {
    sum = left + right;
  }
  return Number.isSafeInteger(sum) ? sum : undefined;
}

/**
 * The state of a development budget: committed, spent, outstanding, remaining and utilisation, with
 * findings for over-commitment, overspending, amounts in another currency or unit (reported, never
 * silently added), a cost line or expense id given twice (refused, never counted twice), expenses of
 * another year, and a nudge when much of the budget is still unused
 * late in the year (about 40% of employees leave their budget unused). All sums are exact integer
 * arithmetic in minor units or study points.
 *
 * @example
 * ```ts
 * import { budgetStatus } from 'ontwikkelgesprek';
 * const status = budgetStatus({
 *   budget: { employeeId: 'e-17', year: 2027, amount: { amount: 70000, currency: 'EUR' } },
 *   costs: [{ id: 'c1', description: 'Training presenteren', amount: { amount: 45000, currency: 'EUR' } }],
 *   expenses: [{ id: 'x1', date: '2027-05-02', amount: { amount: 20000, currency: 'EUR' } }],
 *   now: '2027-06-01T09:00:00+02:00',
 * });
 * status.ok && status.value.remaining; // { amount: 5000, currency: 'EUR' }
 * ```
 */
export function budgetStatus(input: BudgetStatusInput): Result<BudgetStatus> {
  const parsed = parseWith(budgetStatusInputSchema, input, { messages: planMessages });
  if (!parsed.ok) return parsed;
  const { budget, costs, expenses, now } = parsed.value;
  const findings: Finding[] = [];
  let plan: DevelopmentPlan | undefined;
  if (parsed.value.plan !== undefined) {
    const checked = validatePlan(parsed.value.plan, ['plan']);
    if (!checked.ok) return checked;
    findings.push(...checked.findings);
    plan = checked.value;
  }
  // A cost line or expense given twice (for instance the plan's cost lines passed again in `costs`)
  // would be counted twice: money that does not exist. Refuse it, as the plan refuses duplicate ids.
  const costIds = [...(plan?.costs ?? []), ...costs];
  const planCostCount = plan?.costs.length ?? 0;
  const duplicated = [
    ...duplicateIds(costIds).map(({ index, id }) =>
      index < planCostCount ? { path: ['plan', 'costs', index, 'id'], id } : { path: ['costs', index - planCostCount, 'id'], id },
    ),
    ...duplicateIds(expenses).map(({ index, id }) => ({ path: ['expenses', index, 'id'], id })),
  ];
  if (duplicated.length > 0) {
    return fail([...findings, ...duplicated.map(({ path, id }) => finding.error('budget.id.duplicate', { path, params: { id } }))]);
  }
  const unit = unitOf(budget.amount);
  const total = amountOf(budget.amount);
  const dropped = new Set((plan?.agreements ?? []).filter((a) => a.status === 'dropped').map((a) => a.id));
  const lines: BudgetLine[] = [];
  const overflow = (): Result<BudgetStatus> => fail([...findings, finding.error('budget.amount.overflow', { path: ['budget', 'amount'] })]);

  const compatible = (amount: BudgetAmount, path: (string | number)[], label: string): BudgetLine['reason'] => {
    const own = unitOf(amount);
    if (unit.kind === 'money' && own.kind === 'money') {
      if (own.currency === unit.currency) return undefined;
      findings.push(
        finding.warning('budget.currency.mismatch', {
          path,
          params: { line: label, currency: own.currency, budgetCurrency: unit.currency },
        }),
      );
      return 'otherCurrency';
    }
    if (unit.kind === own.kind) return undefined;
    const unitName = (u: Unit): string => (u.kind === 'money' ? u.currency : 'SP');
    findings.push(
      finding.warning('budget.unit.mismatch', {
        path,
        params: { line: label, unit: unitName(own), budgetUnit: unitName(unit) },
      }),
    );
    return 'otherUnit';
  };

  // Committed: the cost lines of the plan and the further ones given, except lines of dropped agreements.
  const costSources: { line: CostLine; path: (string | number)[] }[] = [
    ...(plan?.costs ?? []).map((line, index) => ({ line, path: ['plan', 'costs', index, 'amount'] })),
    ...costs.map((line, index) => ({ line, path: ['costs', index, 'amount'] })),
  ];
  let committed = 0;
  const costByAgreement = new Map<string, { cost: number; spent: number }>();
  const countedCosts: { id: string; value: number; agreementId: string | undefined; path: (string | number)[] }[] = [];
  for (const { line, path } of costSources) {
    let reason: BudgetLine['reason'] = line.agreementId !== undefined && dropped.has(line.agreementId) ? 'dropped' : undefined;
    reason ??= compatible(line.amount, path, `"${line.id}"`);
    lines.push({ kind: 'cost', id: line.id, amount: line.amount, counted: reason === undefined, ...(reason ? { reason } : {}) });
    if (reason !== undefined) continue;
    const value = amountOf(line.amount);
    const sum = add(unit, committed, value);
    if (sum === undefined) return overflow();
    committed = sum;
    countedCosts.push({ id: line.id, value, agreementId: line.agreementId, path });
    if (line.agreementId !== undefined) {
      const entry = costByAgreement.get(line.agreementId) ?? { cost: 0, spent: 0 };
      const cost = add(unit, entry.cost, value);
      if (cost === undefined) return overflow();
      costByAgreement.set(line.agreementId, { ...entry, cost });
    }
  }

  // Spent: expenses of the budget year, in the budget's unit.
  let spent = 0;
  expenses.forEach((expense, index) => {
    if (spent < 0) return;
    const path = ['expenses', index];
    let reason: BudgetLine['reason'];
    if (Number(expense.date.slice(0, 4)) !== budget.year) {
      reason = 'otherYear';
      findings.push(
        finding.warning('budget.expense.otherYear', {
          path: [...path, 'date'],
          params: { id: expense.id, date: expense.date, year: budget.year },
        }),
      );
    }
    reason ??= compatible(expense.amount, [...path, 'amount'], `"${expense.id}"`);
    lines.push({ kind: 'expense', id: expense.id, amount: expense.amount, counted: reason === undefined, ...(reason ? { reason } : {}) });
    if (reason !== undefined) return;
    const value = amountOf(expense.amount);
    const sum = add(unit, spent, value);
    if (sum === undefined) {
      spent = -1;
      return;
    }
    spent = sum;
    if (expense.agreementId === undefined) return;
    const entry = costByAgreement.get(expense.agreementId);
    if (entry === undefined) {
      findings.push(
        finding.info('budget.expense.unknownAgreement', {
          path: [...path, 'agreementId'],
          params: { id: expense.id, agreementId: expense.agreementId },
        }),
      );
      return;
    }
    const linked = add(unit, entry.spent, value);
    if (linked === undefined) {
      spent = -1;
      return;
    }
    costByAgreement.set(expense.agreementId, { ...entry, spent: linked });
  });
  if (spent < 0) return overflow();

  // Outstanding: committed minus what was already spent on it, per agreement; unlinked cost lines wholly.
  let outstanding = 0;
  for (const cost of countedCosts) {
    if (cost.agreementId !== undefined) continue;
    const sum = add(unit, outstanding, cost.value);
    if (sum === undefined) return overflow();
    outstanding = sum;
  }
  for (const agreementId of [...costByAgreement.keys()].sort()) {
    const entry = costByAgreement.get(agreementId) as { cost: number; spent: number };
    const sum = add(unit, outstanding, Math.max(0, entry.cost - entry.spent));
    if (sum === undefined) return overflow();
    outstanding = sum;
  }
  const claimed = add(unit, spent, outstanding);
  if (claimed === undefined) return overflow();
  const remaining = total - claimed;

  if (spent > total) {
    findings.push(
      finding.warning('budget.overspent', {
        path: ['expenses'],
        params: {
          ...amountParams('spent', unit, spent),
          ...amountParams('over', unit, spent - total),
          ...amountParams('budget', unit, total),
        },
      }),
    );
  } else if (claimed > total) {
    // Point at the first counted cost line that no longer fits: that agreement is over the budget.
    // Each line adds what it still claims: a linked line only the part its agreement has not spent yet.
    let running = spent;
    let culprit: (string | number)[] = ['costs'];
    const spentLeft = new Map([...costByAgreement].map(([id, entry]) => [id, entry.spent]));
    for (const cost of countedCosts) {
      const left = cost.agreementId === undefined ? 0 : (spentLeft.get(cost.agreementId) ?? 0);
      const covered = Math.min(cost.value, left);
      if (cost.agreementId !== undefined) spentLeft.set(cost.agreementId, left - covered);
      running += cost.value - covered;
      if (running > total) {
        culprit = cost.path.slice(0, -1);
        break;
      }
    }
    findings.push(
      finding.warning('budget.overCommitted', {
        path: culprit,
        params: {
          ...amountParams('claimed', unit, claimed),
          ...amountParams('over', unit, claimed - total),
          ...amountParams('budget', unit, total),
        },
      }),
    );
  }

  const timeZone = parsed.value.timeZone ?? defaultTimeZone;
  const today = calendarDateOf(now, timeZone);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const late = { fromMonth: 10, unusedShare: 0.5, ...(parsed.value.lateInYear ?? {}) };
  if (remaining > 0 && total > 0) {
    const percent = Math.floor((remaining * 100) / total);
    if (year === budget.year && month >= late.fromMonth && remaining >= total * late.unusedShare) {
      findings.push(
        finding.warning('budget.unused.lateInYear', {
          path: ['budget'],
          params: { ...amountParams('unused', unit, remaining), percent, year: budget.year },
        }),
      );
    } else if (year > budget.year) {
      findings.push(
        finding.info('budget.year.ended', {
          path: ['budget'],
          params: { ...amountParams('unused', unit, remaining), year: budget.year },
        }),
      );
    }
  }

  const status: BudgetStatus = {
    employeeId: budget.employeeId,
    year: budget.year,
    budget: budget.amount,
    committed: quantity(unit, committed),
    spent: quantity(unit, spent),
    outstanding: quantity(unit, outstanding),
    remaining: quantity(unit, remaining),
    utilisation: total === 0 ? null : Math.round((claimed / total) * 10_000) / 10_000,
    lines,
  };
  return ok(deepFreeze(status), findings);
}
