// The books of a budget: one per funding source, with its periods, allowances per unit and
// carry-over rules read once, and the source a line without one falls to.
import type { PeriodRule } from './periods.js';
import { ruleOf } from './periods.js';
import type { BudgetAmount, DevelopmentBudget, FundingSource, FundingSourceKind } from './types.js';
import { sizeOf, unitKey } from './units.js';

/** One funding source, ready to keep a ledger. */
export interface SourceBook {
  readonly source: FundingSource;
  readonly order: number;
  readonly rule: PeriodRule;
  /** What the source grants per period, by unit; empty for a source without a cap. */
  readonly allowances: ReadonlyMap<string, number>;
  readonly carryPeriods: number;
  readonly maximum: ReadonlyMap<string, number>;
}

/** The sources of a budget, and the one a line that names no source is paid from. */
export interface Setup {
  readonly books: readonly SourceBook[];
  readonly byId: ReadonlyMap<string, SourceBook>;
  readonly fallback: SourceBook | undefined;
  /** Set for version 0.1's single pot: one calendar year, and its wording in findings. */
  readonly legacyYear: number | undefined;
}

/** The id under which a 0.1 budget, or a plan without funding, is the personal development budget. */
export const personalBudgetId = 'personal-budget';

/** The kinds whose money or time is the employee's own to use, and so worth a nudge when it lies unused. */
export const nudgedKinds: ReadonlySet<FundingSourceKind> = new Set(['personalBudget', 'learningAccount']);

/** The kinds that may never pay for training the employer requires (art. 7:611a BW). */
export const employeeKinds: ReadonlySet<FundingSourceKind> = new Set(['personalBudget', 'learningAccount', 'ownMoney']);

function bookOf(source: FundingSource, order: number, legacyYear: number | undefined): SourceBook {
  const byUnit = (amounts: readonly BudgetAmount[] | undefined): Map<string, number> =>
    new Map((amounts ?? []).map((amount) => [unitKey(amount), sizeOf(amount)]));
  return {
    source,
    order,
    rule: ruleOf(source, legacyYear),
    allowances: byUnit(source.allowances),
    carryPeriods: source.carryOver?.periods ?? 0,
    maximum: byUnit(source.carryOver?.maximum),
  };
}

/** The books of these sources; a line without a source falls to the first personal budget, else the first source. */
export function setupOf(sources: readonly FundingSource[], legacyYear?: number): Setup {
  const books = sources.map((source, order) => bookOf(source, order, legacyYear));
  const byId = new Map<string, SourceBook>();
  for (const book of books) if (!byId.has(book.source.id)) byId.set(book.source.id, book);
  const fallback = books.find((book) => book.source.kind === 'personalBudget') ?? books[0];
  return { books, byId, fallback, legacyYear };
}

/** Version 0.1's budget as a source: the personal development budget of one calendar year. */
export function legacySetup(budget: DevelopmentBudget): Setup {
  return setupOf([{ id: personalBudgetId, kind: 'personalBudget', allowances: [budget.amount] }], budget.year);
}
