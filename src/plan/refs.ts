// References to the things of a plan as findings carry them: what it is, its id, and its title, so a
// message names it as people know it.
import type { Agreement } from '../agreements/index.js';
import type { Ref } from '../core/index.js';
import type { BudgetExpense, CostLine, DevelopmentGoal, FundingSource } from './types.js';

function refOf(kind: string, id: string, title: string | undefined): Ref {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? { kind, id } : { kind, id, title: trimmed };
}

/** An agreement (or support agreement) by what it says. */
export function agreementRef(agreement: Pick<Agreement, 'id' | 'what'> & { readonly kind?: string | undefined }): Ref {
  return refOf(agreement.kind === 'support' ? 'supportAgreement' : 'agreement', agreement.id, agreement.what);
}

/** A development goal by its title. */
export function goalRef(goal: Pick<DevelopmentGoal, 'id' | 'title'>): Ref {
  return refOf('need', goal.id, goal.title);
}

/** A cost line by its description. */
export function costRef(line: Pick<CostLine, 'id' | 'description'>): Ref {
  return refOf('costLine', line.id, line.description);
}

/** An expense by its description, if it has one. */
export function expenseRef(expense: Pick<BudgetExpense, 'id' | 'description'>): Ref {
  return refOf('expense', expense.id, expense.description);
}

/** A funding source by its title, if it has one (messages then name its kind). */
export function sourceRef(source: Pick<FundingSource, 'id' | 'title'>): Ref {
  return refOf('fundingSource', source.id, source.title);
}
