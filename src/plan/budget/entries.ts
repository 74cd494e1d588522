// The lines of a budget (cost lines of the plan and further ones, and expenses), each placed in one
// source, unit and period, or left out with the reason why and a finding that says so.
import type { CalendarDate, Finding, Path, Ref } from '../../core/index.js';
import { finding } from '../../locales/index.js';
import { costRef, expenseRef, sourceRef } from '../refs.js';
import type { DevelopmentPlan } from '../types.js';
import { periodIndexOf } from './periods.js';
import type { BudgetLineReason } from './results.js';
import type { Setup, SourceBook } from './setup.js';
import type { BudgetAmount, BudgetExpense, CostLine } from './types.js';
import { sizeOf, unitKey, unitKind } from './units.js';

/** One line of the ledger: where it counts, or why it does not. */
export interface Entry {
  readonly kind: 'cost' | 'expense';
  readonly id: string;
  readonly amount: BudgetAmount;
  readonly unit: string;
  readonly value: number;
  readonly path: Path;
  readonly ref: Ref;
  readonly fromPlan: boolean;
  readonly agreementId: string | undefined;
  readonly costLineId: string | undefined;
  readonly sourceId: string | null;
  readonly book: SourceBook | undefined;
  readonly date: CalendarDate;
  readonly period: number | null;
  readonly reason: BudgetLineReason | undefined;
}

/** What the lines are read from. */
export interface EntrySources {
  readonly setup: Setup;
  readonly plan: DevelopmentPlan | undefined;
  readonly costs: readonly CostLine[];
  readonly expenses: readonly BudgetExpense[];
  readonly today: CalendarDate;
}

interface Draft {
  readonly kind: 'cost' | 'expense';
  readonly id: string;
  readonly amount: BudgetAmount;
  readonly path: Path;
  readonly ref: Ref;
  readonly fromPlan: boolean;
  readonly agreementId: string | undefined;
  readonly costLineId: string | undefined;
  readonly sourceId: string | undefined;
  readonly date: CalendarDate;
  readonly dropped: boolean;
}

/** Checks a line against its source's unit: a capped source counts only the units it grants. */
function unitReason(draft: Draft, book: SourceBook, findings: Finding[]): BudgetLineReason | undefined {
  const unit = unitKey(draft.amount);
  if (book.allowances.size === 0 || book.allowances.has(unit)) return undefined;
  const granted = [...book.allowances.keys()];
  const path = [...draft.path, 'amount'];
  const named = { source: sourceRef(book.source), sourceKind: book.source.kind, line: draft.ref };
  const money = granted.find((key) => unitKind(key) === 'money');
  if (unitKind(unit) === 'money' && money !== undefined) {
    findings.push(finding.warning('budget.currency.mismatch', { path, params: { ...named, currency: unit, budgetCurrency: money } }));
    return 'otherCurrency';
  }
  const budgetUnit = unitKind(granted[0] ?? unit);
  findings.push(finding.warning('budget.unit.mismatch', { path, params: { ...named, unit: unitKind(unit), budgetUnit } }));
  return 'otherUnit';
}

/** Checks a line's date against its source's periods. */
function periodReason(draft: Draft, book: SourceBook, legacyYear: number | undefined, findings: Finding[]): BudgetLineReason {
  const path = [...draft.path, 'date'];
  if (legacyYear !== undefined && draft.kind === 'expense') {
    findings.push(
      finding.warning('budget.expense.otherYear', { path, params: { expense: draft.ref, date: draft.date, year: legacyYear } }),
    );
    return 'otherYear';
  }
  const rule = book.rule;
  findings.push(
    finding.warning('budget.line.outsidePeriods', {
      path,
      params: {
        source: sourceRef(book.source),
        sourceKind: book.source.kind,
        line: draft.ref,
        date: draft.date,
        ...(rule.anchored ? { from: rule.start } : {}),
        ...(rule.until !== null ? { until: rule.until } : {}),
      },
    }),
  );
  return legacyYear !== undefined ? 'otherYear' : 'outsidePeriods';
}

function place(draft: Draft, setup: Setup, findings: Finding[]): Entry {
  const book = draft.sourceId === undefined ? setup.fallback : setup.byId.get(draft.sourceId);
  const sourceId = book?.source.id ?? draft.sourceId ?? null;
  let reason: BudgetLineReason | undefined = draft.dropped ? 'dropped' : undefined;
  if (reason === undefined && book === undefined) {
    findings.push(
      finding.warning('budget.source.unknown', { path: [...draft.path, 'source'], params: { source: sourceId ?? '', line: draft.ref } }),
    );
    reason = 'unknownSource';
  }
  const period = book === undefined ? null : periodIndexOf(book.rule, draft.date);
  if (reason === undefined && book !== undefined && period === null) reason = periodReason(draft, book, setup.legacyYear, findings);
  if (reason === undefined && book !== undefined) reason = unitReason(draft, book, findings);
  return {
    kind: draft.kind,
    id: draft.id,
    amount: draft.amount,
    unit: unitKey(draft.amount),
    value: sizeOf(draft.amount),
    path: draft.path,
    ref: draft.ref,
    fromPlan: draft.fromPlan,
    agreementId: draft.agreementId,
    costLineId: draft.costLineId,
    sourceId: book === undefined ? null : sourceId,
    book,
    date: draft.date,
    period,
    reason,
  };
}

function costDrafts(input: EntrySources): Draft[] {
  const plan = input.plan;
  const when = new Map((plan?.agreements ?? []).map((agreement) => [agreement.id, agreement.when]));
  const dropped = new Set((plan?.agreements ?? []).filter((agreement) => agreement.status === 'dropped').map((agreement) => agreement.id));
  const legacyStart = input.setup.legacyYear === undefined ? undefined : `${String(input.setup.legacyYear).padStart(4, '0')}-01-01`;
  const draft = (line: CostLine, path: Path, fromPlan: boolean): Draft => ({
    kind: 'cost',
    id: line.id,
    amount: line.amount,
    path,
    ref: costRef(line),
    fromPlan,
    agreementId: line.agreementId,
    costLineId: undefined,
    sourceId: line.source,
    date:
      line.date ??
      legacyStart ??
      (line.agreementId === undefined ? undefined : when.get(line.agreementId)) ??
      plan?.period.start ??
      input.today,
    dropped: line.agreementId !== undefined && dropped.has(line.agreementId),
  });
  return [
    ...(plan?.costs ?? []).map((line, index) => draft(line, ['plan', 'costs', index], true)),
    ...input.costs.map((line, index) => draft(line, ['costs', index], false)),
  ];
}

/** Where the cost lines are, by id, and which sources each agreement's lines are paid from. */
function indexCosts(costs: readonly Entry[]) {
  const byId = new Map<string, Entry>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const entry of costs) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    if (entry.agreementId === undefined || entry.sourceId === null) continue;
    const used = sourcesOf.get(entry.agreementId) ?? new Set<string>();
    used.add(entry.sourceId);
    sourcesOf.set(entry.agreementId, used);
  }
  return { byId, sourcesOf };
}

/** The source an expense that names none is paid from: its cost line's, its agreement's (when it has one), else the default. */
function inheritedSource(expense: BudgetExpense, costs: ReturnType<typeof indexCosts>): string | undefined {
  if (expense.source !== undefined) return expense.source;
  const line = expense.costLineId === undefined ? undefined : costs.byId.get(expense.costLineId);
  if (line !== undefined && line.sourceId !== null) return line.sourceId;
  const used = expense.agreementId === undefined ? undefined : costs.sourcesOf.get(expense.agreementId);
  return used?.size === 1 ? ([...used][0] as string) : undefined;
}

/** Every line of the budget, in input order (the plan's cost lines, further cost lines, expenses), placed or left out. */
export function entriesOf(input: EntrySources, findings: Finding[]): Entry[] {
  const costs = costDrafts(input).map((draft) => place(draft, input.setup, findings));
  const costIndex = indexCosts(costs);
  const expenses = input.expenses.map((expense, index) =>
    place(
      {
        kind: 'expense',
        id: expense.id,
        amount: expense.amount,
        path: ['expenses', index],
        ref: expenseRef(expense),
        fromPlan: false,
        agreementId: expense.agreementId,
        costLineId: expense.costLineId,
        sourceId: inheritedSource(expense, costIndex),
        date: expense.date,
        dropped: false,
      },
      input.setup,
      findings,
    ),
  );
  return [...costs, ...expenses];
}
