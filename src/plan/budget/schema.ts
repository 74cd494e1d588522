// Validation of the development budget: funding sources and their rules, cost lines and expenses,
// and the inputs of budgetStatus and paybackDue. The named types in ./types.ts and ./results.ts are
// the contract (test/plan/types.test.ts keeps them equal).
import * as z from 'zod/mini';
import {
  budgetAmountSchema,
  calendarDateSchema,
  currencySchema,
  idSchema,
  instantSchema,
  shortTextSchema,
  studyPointsSchema,
  timeZoneSchema,
} from '../../core/index.js';
import { fundingSourceKindSchema } from '../../vocabulary/schema.js';

export { budgetAmountSchema, studyPointsSchema, studyTimeSchema } from '../../core/index.js';
export { fundingSourceKindSchema } from '../../vocabulary/schema.js';
import type { BudgetAmount } from '../../core/index.js';
import { unitKey } from './units.js';

const safeCount = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const moneyAmountSchema = z.strictObject({ amount: safeCount, currency: currencySchema });
const maxLines = 10_000;

function uniqueUnits(amounts: readonly BudgetAmount[] | undefined): boolean {
  const keys = (amounts ?? []).map(unitKey);
  return new Set(keys).size === keys.length;
}

const amountsSchema = z
  .array(budgetAmountSchema)
  .check(z.maxLength(20), z.refine(uniqueUnits, { params: { code: 'budget.allowance.duplicateUnit' }, message: 'One amount per unit' }));

/**
 * Schema of the periods of a source: a first day, a length in months (1 to 120), and a last day.
 *
 * @example
 * ```ts
 * import { budgetPeriodRuleSchema } from 'ontwikkelgesprek/schemas';
 * budgetPeriodRuleSchema.safeParse({ start: '2027-08-01', until: '2027-01-01' }).success; // false: it ends before it starts
 * ```
 */
export const budgetPeriodRuleSchema = z
  .strictObject({
    start: calendarDateSchema,
    months: z.optional(z.int().check(z.minimum(1), z.maximum(120))),
    until: z.optional(calendarDateSchema),
  })
  .check(
    z.refine((rule) => rule.until === undefined || rule.start <= rule.until, {
      path: ['until'],
      params: { code: 'plan.period.reversed' },
      message: 'The period ends before it starts',
    }),
  );

/**
 * Schema of a carry-over policy: for how many more periods unused allowance stays usable (0 to 10),
 * and the most carried into a period, per unit.
 *
 * @example
 * ```ts
 * import { carryOverPolicySchema } from 'ontwikkelgesprek/schemas';
 * carryOverPolicySchema.safeParse({ periods: 2, maximum: [{ amount: 140000, currency: 'EUR' }] }).success; // true
 * ```
 */
export const carryOverPolicySchema = z.strictObject({
  periods: z.int().check(z.minimum(0), z.maximum(10)),
  maximum: z.optional(amountsSchema),
});

/**
 * Schema of a funding source. Required training has no cap, and saving up needs periods with a
 * first day.
 *
 * @example
 * ```ts
 * import { fundingSourceSchema } from 'ontwikkelgesprek/schemas';
 * fundingSourceSchema.safeParse({ id: 'employer', kind: 'requiredTraining', allowances: [{ amount: 50000, currency: 'EUR' }] }).success; // false
 * ```
 */
export const fundingSourceSchema = z
  .strictObject({
    id: idSchema,
    kind: fundingSourceKindSchema,
    title: z.optional(shortTextSchema),
    allowances: z.optional(amountsSchema),
    period: z.optional(budgetPeriodRuleSchema),
    carryOver: z.optional(carryOverPolicySchema),
  })
  .check(
    z.refine((source) => source.kind !== 'requiredTraining' || (source.allowances ?? []).length === 0, {
      path: ['allowances'],
      params: { code: 'budget.required.capped' },
      message: 'Required training has no cap',
    }),
    z.refine((source) => source.carryOver === undefined || source.period !== undefined, {
      path: ['carryOver'],
      params: { code: 'budget.carryOver.noStart' },
      message: 'Saving up needs a first period',
    }),
  );

/**
 * Schema of a step of a payback schedule.
 *
 * @example
 * ```ts
 * import { paybackStepSchema } from 'ontwikkelgesprek/schemas';
 * paybackStepSchema.safeParse({ months: 12, percent: 120 }).success; // false
 * ```
 */
export const paybackStepSchema = z.strictObject({
  months: z.int().check(z.minimum(1), z.maximum(120)),
  percent: z.int().check(z.minimum(0), z.maximum(100)),
});

/**
 * Schema of a payback clause (*studiekostenbeding*): a threshold, a degressive schedule (each step
 * a longer term and an equal or lower percentage), and the sources it covers.
 *
 * @example
 * ```ts
 * import { paybackPolicySchema } from 'ontwikkelgesprek/schemas';
 * const threshold = { amount: 100000, currency: 'EUR' };
 * paybackPolicySchema.safeParse({ threshold, steps: [{ months: 24, percent: 50 }, { months: 12, percent: 100 }] }).success; // false
 * ```
 */
export const paybackPolicySchema = z
  .strictObject({
    threshold: moneyAmountSchema,
    steps: z.array(paybackStepSchema).check(z.minLength(1), z.maxLength(24)),
    sources: z.optional(z.array(idSchema).check(z.maxLength(50))),
  })
  .check(
    z.refine(
      (policy) =>
        policy.steps.every((step, index) => {
          const before = policy.steps[index - 1];
          return before === undefined || (step.months > before.months && step.percent <= before.percent);
        }),
      { path: ['steps'], params: { code: 'budget.payback.scheduleInvalid' }, message: 'The schedule must taper off' },
    ),
  );

/**
 * Schema of a plan's funding: its sources and its payback clause.
 *
 * @example
 * ```ts
 * import { planFundingSchema } from 'ontwikkelgesprek/schemas';
 * planFundingSchema.safeParse({ sources: [{ id: 'pob', kind: 'personalBudget' }] }).success; // true
 * ```
 */
export const planFundingSchema = z.strictObject({
  sources: z.array(fundingSourceSchema).check(z.maxLength(50)),
  payback: z.optional(paybackPolicySchema),
});

/**
 * Schema of a cost line: usually the cost of one agreement, paid from one source.
 *
 * @example
 * ```ts
 * import { costLineSchema } from 'ontwikkelgesprek/schemas';
 * costLineSchema.safeParse({ id: 'c1', description: 'Training', amount: { amount: 45000, currency: 'EUR' }, source: 'pob' }).success; // true
 * ```
 */
export const costLineSchema = z.strictObject({
  id: idSchema,
  description: shortTextSchema,
  amount: budgetAmountSchema,
  agreementId: z.optional(idSchema),
  source: z.optional(idSchema),
  date: z.optional(calendarDateSchema),
});

/**
 * Schema of a 0.1 development budget: one pot per employee and calendar year, in money or study points.
 *
 * @example
 * ```ts
 * import { developmentBudgetSchema } from 'ontwikkelgesprek/schemas';
 * developmentBudgetSchema.safeParse({ employeeId: 'e-17', year: 2027, amount: { amount: 70000, currency: 'eur' } }).success; // false
 * ```
 */
export const developmentBudgetSchema = z.strictObject({
  employeeId: idSchema,
  year: z.int().check(z.minimum(1900), z.maximum(9999)),
  amount: z.union([moneyAmountSchema, studyPointsSchema]),
});

/**
 * Schema of an expense.
 *
 * @example
 * ```ts
 * import { budgetExpenseSchema } from 'ontwikkelgesprek/schemas';
 * budgetExpenseSchema.safeParse({ id: 'x1', date: '2027-04-10', amount: { amount: 45000, currency: 'EUR' }, costLineId: 'c1' }).success; // true
 * ```
 */
export const budgetExpenseSchema = z.strictObject({
  id: idSchema,
  date: calendarDateSchema,
  amount: budgetAmountSchema,
  description: z.optional(shortTextSchema),
  agreementId: z.optional(idSchema),
  costLineId: z.optional(idSchema),
  source: z.optional(idSchema),
});

const sourcesSchema = z.array(fundingSourceSchema).check(z.maxLength(50));
const costsSchema = z.array(costLineSchema).check(z.maxLength(maxLines));
const expensesSchema = z.array(budgetExpenseSchema).check(z.maxLength(maxLines));

/**
 * Schema of a budget position: sources, and what is spent or committed outside the plan.
 *
 * @example
 * ```ts
 * import { budgetPositionSchema } from 'ontwikkelgesprek/schemas';
 * budgetPositionSchema.safeParse({ expenses: [] }).success; // true
 * ```
 */
export const budgetPositionSchema = z.strictObject({
  sources: z.optional(sourcesSchema),
  costs: z.optional(costsSchema),
  expenses: z.optional(expensesSchema),
  timeZone: z.optional(timeZoneSchema),
});

/**
 * Schema of the options of `approvePlan`.
 *
 * @example
 * ```ts
 * import { approvePlanOptionsSchema } from 'ontwikkelgesprek/schemas';
 * approvePlanOptionsSchema.safeParse({ strictness: 'lenient' }).success; // false: relaxed, standard or strict
 * ```
 */
export const approvePlanOptionsSchema = z.strictObject({
  budget: z.optional(budgetPositionSchema),
  strictness: z.optional(z.enum(['relaxed', 'standard', 'strict'])),
});

/**
 * Schema of the options of `paybackDue`.
 *
 * @example
 * ```ts
 * import { paybackOptionsSchema } from 'ontwikkelgesprek/schemas';
 * paybackOptionsSchema.safeParse({ timeZone: 'Europe/Amsterdam' }).success; // true
 * ```
 */
export const paybackOptionsSchema = z.strictObject({
  expenses: z.optional(expensesSchema),
  timeZone: z.optional(timeZoneSchema),
  payback: z.optional(paybackPolicySchema),
});

/** The budget status input apart from the plan, which the plan module's schema adds. */
export const budgetStatusFields = {
  budget: z.optional(developmentBudgetSchema),
  employeeId: z.optional(idSchema),
  sources: z.optional(sourcesSchema),
  costs: z._default(costsSchema, []),
  expenses: z._default(expensesSchema, []),
  now: instantSchema,
  timeZone: z.optional(timeZoneSchema),
  lateInYear: z.optional(
    z.strictObject({
      fromMonth: z._default(z.int().check(z.minimum(1), z.maximum(12)), 10),
      unusedShare: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5),
      untouchedShare: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    }),
  ),
};
