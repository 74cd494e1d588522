// Validation of the budget position a conversation is held against (see budget-types.ts).
import * as z from 'zod/mini';
import { budgetAmountSchema, idSchema, shortTextSchema } from '../core/index.js';
import { fundingSourceKindSchema } from '../vocabulary/schema.js';
import type { SourceBalance } from './budget-types.js';

const unitOf = (amount: z.infer<typeof budgetAmountSchema>): string =>
  'currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints';

/**
 * Schema of what is left in one funding source: at most one amount per unit.
 *
 * @example
 * ```ts
 * import { sourceBalanceSchema } from 'ontwikkelgesprek/schemas';
 * sourceBalanceSchema.safeParse({ source: 'pob', kind: 'personalBudget', remaining: [{ amount: 70000, currency: 'EUR' }] }).success; // true
 * sourceBalanceSchema.safeParse({ source: 'pob', kind: 'personalBudget', remaining: [{ amount: -1, currency: 'EUR' }] }).success; // false
 * ```
 */
export const sourceBalanceSchema = z.strictObject({
  source: idSchema,
  kind: fundingSourceKindSchema,
  title: z.optional(shortTextSchema),
  remaining: z.array(budgetAmountSchema).check(
    z.maxLength(20),
    z.refine((amounts) => new Set(amounts.map(unitOf)).size === amounts.length, {
      params: { code: 'budget.allowance.duplicateUnit' },
      message: 'One amount per unit',
    }),
  ),
});

/**
 * Schema of the budget position of a conversation: each source once.
 *
 * @example
 * ```ts
 * import { conversationBudgetSchema } from 'ontwikkelgesprek/schemas';
 * const pob = { source: 'pob', kind: 'personalBudget', remaining: [] };
 * conversationBudgetSchema.safeParse({ sources: [pob, pob] }).success; // false: a source given twice
 * ```
 */
export const conversationBudgetSchema = z.strictObject({
  sources: z.array(sourceBalanceSchema).check(
    z.maxLength(50),
    z.refine((sources: readonly SourceBalance[]) => new Set(sources.map((s) => s.source)).size === sources.length, {
      params: { code: 'conversation.budget.duplicateSource' },
      message: 'Each source once',
    }),
  ),
});
