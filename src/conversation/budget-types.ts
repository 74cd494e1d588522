// The budget position a conversation is held against: per funding source, what is left.
import type { BudgetAmount } from '../core/index.js';
import type { FundingSourceKind } from '../vocabulary/index.js';

/**
 * What is left in one funding source of the employee when the conversation is held: money (whole
 * cents with a currency) and/or study time in minutes, at most one amount per unit. The plan's
 * `budgetStatus` gives these figures (a period's `remaining`); a host may also give them from its
 * own ledger. A source without an amount in some unit has no cap in that unit only when it is
 * required training (art. 7:611a BW) or the employee's own money.
 *
 * @example
 * ```ts
 * import type { SourceBalance } from 'ontwikkelgesprek';
 * const personal: SourceBalance = {
 *   source: 'pob',
 *   kind: 'personalBudget',
 *   title: 'Persoonlijk ontwikkelbudget',
 *   remaining: [{ amount: 70_000, currency: 'EUR' }, { minutes: 16 * 60 }],
 * };
 * ```
 */
export interface SourceBalance {
  /** The id of the funding source, as agreements name it in `fundingSource`. */
  readonly source: string;
  readonly kind: FundingSourceKind;
  /** The name people know it by; messages fall back to the kind. */
  readonly title?: string | undefined;
  /** What is left, one amount per unit. */
  readonly remaining: readonly BudgetAmount[];
}

/**
 * The employee's budget position, given to `createConversation` and kept in the state: the
 * agreements' costs are checked against it while they are made, and the guard on leaving the
 * agreements checks them all together. An agreement's cost and its study time (`studyTime`, in
 * minutes) are claimed from its `fundingSource`, else from the personal development budget (for
 * study time, the one that keeps study hours); required training never claims the personal budget,
 * in money or in hours.
 *
 * @example
 * ```ts
 * import { createConversation } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1',
 *   employee: { id: 'e-17', name: 'Sanne de Vries' },
 *   manager: { id: 'm-3', name: 'Karim Bouzid' },
 *   plannedStart: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 *   budget: { sources: [{ source: 'pob', kind: 'personalBudget', remaining: [{ amount: 70_000, currency: 'EUR' }] }] },
 * });
 * created.ok && created.value.budget?.sources[0]?.remaining; // [{ amount: 70000, currency: 'EUR' }]
 * ```
 */
export interface ConversationBudget {
  readonly sources: readonly SourceBalance[];
}
