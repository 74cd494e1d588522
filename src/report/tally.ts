// The report's accumulators: integer counts and sums only, so a report over any number of employees
// takes the same memory, and two tallies add up to the tally of both (which makes combineReports exact).
import type { FundingSourceKind } from '../vocabulary/index.js';

/** The counts of one record or of many; every field adds. */
export interface Counts {
  employees: number;
  planned: number;
  onTime: number;
  late: number;
  due: number;
  overdue: number;
  unplanned: number;
  agreements: number;
  checked: number;
  www: number;
  smart: number;
  planAgreements: number;
  done: number;
  dropped: number;
  open: number;
  openOverdue: number;
  conversations: number;
  drifting: number;
  agendaItems: number;
  evaluativeItems: number;
  employeeAgendaPoints: number;
  employeeNeeds: number;
  employeeTotal: number;
  managerAgendaPoints: number;
  managerNeeds: number;
  managerTotal: number;
}

/** One funding source in one unit, summed over the employees who have it. */
export interface BudgetTally {
  source: string;
  unit: string;
  kind: FundingSourceKind;
  title: string | null;
  employees: number;
  available: number;
  committed: number;
  spent: number;
  unused: number;
  untouched: number;
}

/** The figures of the whole organisation or one group, still as sums. */
export interface Tally {
  readonly counts: Counts;
  readonly budget: Map<string, BudgetTally>;
}

export const countKeys = [
  'employees',
  'planned',
  'onTime',
  'late',
  'due',
  'overdue',
  'unplanned',
  'agreements',
  'checked',
  'www',
  'smart',
  'planAgreements',
  'done',
  'dropped',
  'open',
  'openOverdue',
  'conversations',
  'drifting',
  'agendaItems',
  'evaluativeItems',
  'employeeAgendaPoints',
  'employeeNeeds',
  'employeeTotal',
  'managerAgendaPoints',
  'managerNeeds',
  'managerTotal',
] as const satisfies readonly (keyof Counts)[];

export function emptyCounts(): Counts {
  const counts = {} as Counts;
  for (const key of countKeys) counts[key] = 0;
  return counts;
}

export function emptyTally(): Tally {
  return { counts: emptyCounts(), budget: new Map() };
}

/** The key of a source in a unit. */
export const budgetKey = (source: string, unit: string): string => `${source}\u0000${unit}`;

/** The smaller of two titles, so the title a report shows does not depend on the order of the records. */
function firstTitle(left: string | null, right: string | null): string | null {
  if (left === null) return right;
  if (right === null) return left;
  return left <= right ? left : right;
}

/** The exact sum of two whole numbers (minor units, minutes, points, counts); `undefined` past the safe-integer range, never rounded. */
export function exactSum(left: number, right: number): number | undefined {
  const sum = left + right;
  return Number.isSafeInteger(sum) ? sum : undefined;
}

const budgetSums = ['employees', 'available', 'committed', 'spent', 'unused', 'untouched'] as const;

/** Whether every sum of `into` plus `from` stays exact. */
export function fits(into: Tally, from: Tally): boolean {
  for (const key of countKeys) if (exactSum(into.counts[key], from.counts[key]) === undefined) return false;
  for (const [key, line] of from.budget) {
    const kept = into.budget.get(key);
    if (kept === undefined) continue;
    for (const sum of budgetSums) if (exactSum(kept[sum], line[sum]) === undefined) return false;
  }
  return true;
}

/**
 * Adds `from` into `into`, exactly: per source and unit (a currency never adds into another), and
 * only when every sum stays within the safe-integer range; `false` (and `into` untouched) when one
 * would not.
 */
export function addTally(into: Tally, from: Tally): boolean {
  if (!fits(into, from)) return false;
  for (const key of countKeys) into.counts[key] += from.counts[key];
  for (const [key, line] of from.budget) {
    const kept = into.budget.get(key);
    if (kept === undefined) {
      into.budget.set(key, { ...line });
      continue;
    }
    if (line.kind < kept.kind) kept.kind = line.kind;
    kept.title = firstTitle(kept.title, line.title);
    for (const sum of budgetSums) kept[sum] += line[sum];
  }
  return true;
}
