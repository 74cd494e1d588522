// budgetStatus: the state of the development budget per source, period and unit, with the headline
// figures version 0.1 answered and the findings people need.
import type { CalendarDate, Finding, Path, Result } from '../../core/index.js';
import { calendarDateOf, deepFreeze, defaultTimeZone, duplicateIds, fail, ok, parseWith } from '../../core/index.js';
import { finding } from '../../locales/index.js';
import { budgetStatusInputSchema } from '../schema.js';
import type { DevelopmentPlan } from '../types.js';
import { validatePlan } from '../validate.js';
import type { Entry } from './entries.js';
import { entriesOf } from './entries.js';
import { availableIn, claimedIn, overFinding, requiredTrainingFindings, unusedFindings } from './findings.js';
import type { PeriodFigures } from './ledger.js';
import { ledgerOf, outstandingOf } from './ledger.js';
import { clampedPeriodOf, periodStart } from './periods.js';
import type { BudgetStatusInput } from '../budget-input.js';
import type { BudgetLine, BudgetPeriodStatus, BudgetStatus } from './results.js';
import type { Setup } from './setup.js';
import { legacySetup, setupOf } from './setup.js';
import type { BudgetExpense, CostLine, DevelopmentBudget, FundingSource } from './types.js';
import { amountIn, BudgetOverflow } from './units.js';

/** Ids given twice would count twice: refused, as the plan refuses duplicate ids. */
export function duplicateLineFindings(
  planCosts: readonly CostLine[],
  costs: readonly CostLine[],
  expenses: readonly BudgetExpense[],
): Finding[] {
  const paths: Path[] = [
    ...planCosts.map((_, index): Path => ['plan', 'costs', index, 'id']),
    ...costs.map((_, index): Path => ['costs', index, 'id']),
  ];
  return [
    ...duplicateIds([...planCosts, ...costs]).map(({ index, id }) =>
      finding.error('budget.id.duplicate', { path: paths[index] ?? [], params: { id } }),
    ),
    ...duplicateIds(expenses).map(({ index, id }) =>
      finding.error('budget.id.duplicate', { path: ['expenses', index, 'id'], params: { id } }),
    ),
  ];
}

/** A sum past the exact range is refused; anything else that went wrong is reported, never thrown. */
export function failureOf(error: unknown): Finding {
  if (error instanceof BudgetOverflow) return finding.error('budget.amount.overflow', { path: ['budget', 'amount'] });
  return finding.error('input.unreadable', { params: { detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown' } });
}

function ratio(claimed: number, available: number | null): number | null {
  return available === null || available === 0 ? null : Math.round((claimed / available) * 10_000) / 10_000;
}

function periodStatus(figures: PeriodFigures): BudgetPeriodStatus {
  const { unit } = figures;
  const available = availableIn(figures);
  const claimed = claimedIn(figures);
  const maybe = (value: number | null) => (value === null ? null : amountIn(unit, value));
  return {
    source: figures.book.source.id,
    kind: figures.book.source.kind,
    title: figures.book.source.title ?? null,
    start: figures.start,
    end: figures.end,
    current: figures.current,
    allowance: maybe(figures.allowance),
    carriedIn: maybe(figures.carriedIn),
    available: maybe(available),
    committed: amountIn(unit, figures.committed),
    spent: amountIn(unit, figures.spent),
    outstanding: amountIn(unit, figures.outstanding),
    remaining: available === null ? null : amountIn(unit, available - claimed),
    expiring: maybe(figures.expiring),
    carriedOut: maybe(figures.carriedOut),
    utilisation: ratio(claimed, available),
  };
}

function lineOf(entry: Entry): BudgetLine {
  return {
    kind: entry.kind,
    id: entry.id,
    amount: entry.amount,
    source: entry.sourceId,
    period: entry.book === undefined || entry.period === null ? null : periodStart(entry.book.rule, entry.period),
    counted: entry.reason === undefined,
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
  };
}

/** The headline: the personal development budget (else another capped source) in the period of today. */
function headline(setup: Setup, periods: readonly PeriodFigures[], entries: readonly Entry[], today: CalendarDate) {
  const capped = setup.books.filter((book) => book.allowances.size > 0);
  const book = capped.find((candidate) => candidate.source.kind === 'personalBudget') ?? capped[0];
  const unit = book?.allowances.keys().next().value;
  const period = book === undefined ? undefined : clampedPeriodOf(book.rule, today);
  const figures = periods.find((candidate) => candidate.book === book && candidate.unit === unit && candidate.period === period);
  if (figures === undefined) {
    const zero = amountIn(entries.find((entry) => entry.reason === undefined)?.unit ?? 'EUR', 0);
    return {
      year: Number(today.slice(0, 4)),
      budget: zero,
      committed: zero,
      spent: zero,
      outstanding: zero,
      remaining: zero,
      utilisation: null,
    };
  }
  const status = periodStatus(figures);
  return {
    year: Number(figures.start.slice(0, 4)),
    budget: status.available ?? status.committed,
    committed: status.committed,
    spent: status.spent,
    outstanding: status.outstanding,
    remaining: status.remaining ?? status.committed,
    utilisation: status.utilisation,
  };
}

function setupFor(
  data: { readonly budget?: DevelopmentBudget | undefined; readonly sources?: readonly FundingSource[] | undefined },
  plan: DevelopmentPlan | undefined,
): Setup | undefined {
  if (data.budget !== undefined) return legacySetup(data.budget);
  const sources = data.sources ?? plan?.funding?.sources ?? [];
  return sources.length === 0 ? undefined : setupOf(sources);
}

/**
 * The state of the development budget, per funding source, period and unit: what each source
 * grants and carries over, what is committed (cost lines of the plan and further ones), spent
 * (expenses), outstanding, remaining and expiring, and every line with the source and period it
 * counts in (or why it does not). Findings name a source that is over-claimed or overspent, lines
 * in another currency or unit, outside a source's periods or naming an unknown source (reported,
 * never silently added), required training charged to the employee, ids given twice (refused,
 * never counted twice), and the nudge when much of the employee's budget is still unused late in a
 * period, with how much, how late, what lapses and the share of employees who leave theirs unused.
 * All sums are exact integers (minor units, minutes, study points); a sum beyond the safe range is
 * refused. A 0.1 `budget` still works: it is the personal budget of that calendar year. Never throws.
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
  const parsed = parseWith(budgetStatusInputSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const findings: Finding[] = [];
  let plan: DevelopmentPlan | undefined;
  if (data.plan !== undefined) {
    const checked = validatePlan(data.plan, ['plan']);
    if (!checked.ok) return checked;
    findings.push(...checked.findings);
    plan = checked.value;
  }
  const setup = setupFor(data, plan);
  if (setup === undefined) return fail([finding.error('budget.sources.missing', { path: ['sources'] })]);
  const duplicated = [
    ...duplicateLineFindings(plan?.costs ?? [], data.costs, data.expenses),
    ...duplicateIds(data.sources ?? []).map(({ index, id }) =>
      finding.error('budget.id.duplicate', { path: ['sources', index, 'id'], params: { id } }),
    ),
  ];
  if (duplicated.length > 0) return fail([...findings, ...duplicated]);
  const today = calendarDateOf(data.now, data.timeZone ?? defaultTimeZone);
  try {
    const entries = entriesOf({ setup, plan, costs: data.costs, expenses: data.expenses, today }, findings);
    const periods = ledgerOf(setup.books, entries, outstandingOf(entries, findings), today);
    for (const figures of periods) {
      const over = overFinding(figures, 'warning');
      if (over !== undefined) findings.push(over);
    }
    findings.push(...requiredTrainingFindings(entries, plan, 'warning'));
    findings.push(
      ...unusedFindings(periods, today, {
        fromMonth: data.lateInYear?.fromMonth ?? 10,
        unusedShare: data.lateInYear?.unusedShare ?? 0.5,
        untouchedShare: data.lateInYear?.untouchedShare,
      }),
    );
    const status: BudgetStatus = {
      employeeId: data.budget?.employeeId ?? data.employeeId ?? plan?.employee.id ?? '',
      ...headline(setup, periods, entries, today),
      periods: periods.map(periodStatus),
      lines: entries.map(lineOf),
    };
    return ok(deepFreeze(status), findings);
  } catch (error) {
    return fail([...findings, failureOf(error)]);
  }
}
