// paybackDue: what the payback clause (studiekostenbeding) of a plan would ask back when the employee
// leaves on a given day. Never for required training; only above the threshold; degressive by data.
import type { Agreement } from '../../agreements/index.js';
import type { CalendarDate, Finding, Money, Result } from '../../core/index.js';
import {
  addCalendarMonths,
  calendarDateOf,
  calendarDateSchema,
  deepFreeze,
  defaultTimeZone,
  fail,
  ok,
  parseWith,
} from '../../core/index.js';
import { finding } from '../../locales/index.js';
import type { DevelopmentPlan } from '../types.js';
import { validatePlan } from '../validate.js';
import type { PaybackDue, PaybackExemption, PaybackItem, PaybackOptions } from './results.js';
import { paybackOptionsSchema } from './schema.js';
import { personalBudgetId } from './setup.js';
import type { BudgetExpense, CostLine, PaybackPolicy } from './types.js';
import { plus } from './units.js';

/** `percent` of `amount` in whole minor units, rounded down (in the employee's favour), without leaving the exact range. */
export function shareOf(amount: number, percent: number): number {
  return Math.floor(amount / 100) * percent + Math.floor(((amount % 100) * percent) / 100);
}

/** The source a line is paid from: its own, else the personal development budget. */
function sourceOfLine(line: CostLine, plan: DevelopmentPlan): string {
  if (line.source !== undefined) return line.source;
  return plan.funding?.sources.find((source) => source.kind === 'personalBudget')?.id ?? plan.funding?.sources[0]?.id ?? personalBudgetId;
}

/** When a training was completed: the day it was marked done, else its date once that has passed; `null` while still running. */
function completionOf(
  agreement: Agreement | undefined,
  lines: readonly CostLine[],
  plan: DevelopmentPlan,
  leaving: CalendarDate,
  timeZone: string,
) {
  let completed: CalendarDate | undefined;
  if (agreement?.status === 'done') {
    const done = plan.progress.filter((entry) => entry.agreementId === agreement.id && entry.status === 'done').at(-1);
    completed = done === undefined ? agreement.when : calendarDateOf(done.at, timeZone);
  } else {
    completed = agreement === undefined ? lines[0]?.date : agreement.when;
  }
  return completed !== undefined && completed <= leaving ? completed : null;
}

function percentFor(policy: PaybackPolicy, completed: CalendarDate | null, leaving: CalendarDate): number | undefined {
  if (completed === null) return policy.steps[0]?.percent ?? 0;
  return policy.steps.find((step) => leaving < addCalendarMonths(completed, step.months))?.percent;
}

interface Training {
  readonly agreementId: string | null;
  readonly lines: CostLine[];
}

function trainingsOf(plan: DevelopmentPlan): Training[] {
  const trainings = new Map<string, Training>();
  for (const line of plan.costs) {
    if (!('currency' in line.amount)) continue;
    const key = line.agreementId === undefined ? `line\u0000${line.id}` : `agreement\u0000${line.agreementId}`;
    const known = trainings.get(key);
    if (known === undefined) trainings.set(key, { agreementId: line.agreementId ?? null, lines: [line] });
    else known.lines.push(line);
  }
  return [...trainings.values()];
}

/** What the employer paid for a training from the clause's sources: the expenses until leaving, else the committed cost. */
function paidFor(
  training: Training,
  eligible: readonly CostLine[],
  expenses: readonly BudgetExpense[] | undefined,
  leaving: CalendarDate,
  sources: ReadonlySet<string>,
): number {
  if (expenses === undefined) return eligible.reduce((sum, line) => plus(sum, 'currency' in line.amount ? line.amount.amount : 0), 0);
  const ids = new Set(eligible.map((line) => line.id));
  return expenses
    .filter((expense) => expense.date <= leaving && 'currency' in expense.amount)
    .filter((expense) =>
      expense.costLineId !== undefined
        ? ids.has(expense.costLineId)
        : training.agreementId !== null &&
          expense.agreementId === training.agreementId &&
          (expense.source === undefined || sources.has(expense.source)),
    )
    .reduce((sum, expense) => plus(sum, 'currency' in expense.amount ? expense.amount.amount : 0), 0);
}

function itemOf(
  training: Training,
  plan: DevelopmentPlan,
  policy: PaybackPolicy,
  context: { leaving: CalendarDate; timeZone: string; sources: ReadonlySet<string>; expenses: readonly BudgetExpense[] | undefined },
): PaybackItem | undefined {
  const agreement = plan.agreements.find((candidate) => candidate.id === training.agreementId);
  if (agreement?.status === 'dropped' && context.expenses === undefined) return undefined;
  const kinds = new Map((plan.funding?.sources ?? []).map((source) => [source.id, source.kind]));
  const required = training.lines.some((line) => kinds.get(sourceOfLine(line, plan)) === 'requiredTraining');
  const eligible = training.lines.filter((line) => context.sources.has(sourceOfLine(line, plan)));
  if (eligible.length === 0 && !required) return undefined;
  const currency = policy.threshold.currency;
  const own = eligible.filter((line) => 'currency' in line.amount && line.amount.currency === currency);
  const first = eligible[0]?.amount;
  const inCurrency = own.length > 0 || first === undefined || !('currency' in first) ? currency : first.currency;
  const paid = paidFor(training, own.length > 0 ? own : eligible, context.expenses, context.leaving, context.sources);
  const completed = completionOf(agreement, training.lines, plan, context.leaving, context.timeZone);
  const percent = percentFor(policy, completed, context.leaving);
  let exemption: PaybackExemption | undefined;
  if (required) exemption = 'required';
  else if (inCurrency !== currency) exemption = 'otherCurrency';
  else if (paid <= policy.threshold.amount) exemption = 'belowThreshold';
  else if (percent === undefined) exemption = 'scheduleEnded';
  const applied = exemption === undefined ? (percent ?? 0) : 0;
  const title = agreement !== undefined && agreement.what.trim() !== '' ? agreement.what : (training.lines[0]?.description ?? '');
  return {
    agreementId: training.agreementId,
    title,
    costLineIds: training.lines.map((line) => line.id),
    paid: { amount: paid, currency: inCurrency },
    completed,
    percent: applied,
    due: { amount: shareOf(paid, applied), currency: inCurrency },
    ...(exemption === undefined ? {} : { exemption }),
  };
}

/**
 * What the payback clause (*studiekostenbeding*) of a plan would ask back if the employee left on
 * `leavingDate`, training by training: the cost the employer paid from the clause's sources (the
 * expenses until that day when given, else the committed cost lines), the day the training was
 * completed (leaving before that counts as leaving during it: the first step applies), the
 * percentage of the schedule, and the amount due, rounded down to whole cents. Required training
 * (art. 7:611a BW) is never paid back, and neither is training at or below the threshold. Without a
 * clause nothing is due; a clause both sides have not approved yet is flagged. Never throws.
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan, paybackDue } from 'ontwikkelgesprek';
 * const drafted = draftDevelopmentPlan({
 *   by: 'employee',
 *   at: '2027-01-10T10:00:00+01:00',
 *   content: {
 *     id: 'pop-2027-e17',
 *     kind: 'development',
 *     employee: { id: 'e-17', name: 'Sanne de Vries' },
 *     manager: { id: 'm-3', name: 'Karim Bouzid' },
 *     period: { start: '2027-01-10', end: '2028-01-10' },
 *     ambitions: [],
 *     goals: [],
 *     agreements: [{ id: 'a1', what: 'Ik volg de leergang Adviesvaardigheden', who: 'e-17', when: '2027-06-30' }],
 *     costs: [{ id: 'c1', description: 'Leergang Adviesvaardigheden', amount: { amount: 300000, currency: 'EUR' }, agreementId: 'a1', source: 'pob' }],
 *     funding: {
 *       sources: [{ id: 'pob', kind: 'personalBudget', allowances: [{ amount: 300000, currency: 'EUR' }] }],
 *       payback: { threshold: { amount: 100000, currency: 'EUR' }, steps: [{ months: 12, percent: 100 }, { months: 24, percent: 66 }, { months: 36, percent: 33 }] },
 *     },
 *     nextConversation: null,
 *     evaluation: null,
 *   },
 * });
 * const due = drafted.ok ? paybackDue(drafted.value, '2028-09-01') : undefined;
 * due?.ok && due.value.items[0]?.percent; // 66: the second year after completion on 30 June 2027
 * due?.ok && due.value.total; // [{ amount: 198000, currency: 'EUR' }]
 * ```
 */
export function paybackDue(plan: DevelopmentPlan, leavingDate: CalendarDate, options: PaybackOptions = {}): Result<PaybackDue> {
  const read = validatePlan(plan, ['plan']);
  const leaving = parseWith(calendarDateSchema, leavingDate, { path: ['leavingDate'] });
  const given = parseWith(paybackOptionsSchema, options, { path: ['options'] });
  if (!read.ok || !leaving.ok || !given.ok) return fail([...read.findings, ...leaving.findings, ...given.findings]);
  const current = read.value;
  const policy = current.funding?.payback ?? given.value.payback;
  const findings: Finding[] = [];
  if (policy === undefined) {
    return ok(deepFreeze({ leavingDate: leaving.value, items: [], total: [] }), [
      finding.info('budget.payback.noClause', { path: ['plan', 'funding'] }),
    ]);
  }
  const approvedBy = new Set(current.approvals.map((approval) => approval.by));
  if (current.funding?.payback !== undefined && !(approvedBy.has('employee') && approvedBy.has('manager'))) {
    findings.push(finding.warning('budget.payback.notApproved', { path: ['plan', 'approvals'] }));
  }
  const funding = current.funding?.sources ?? [];
  const allowed = funding.filter((source) => source.kind !== 'requiredTraining' && source.kind !== 'ownMoney').map((source) => source.id);
  const defaults = funding.filter((source) => source.kind === 'personalBudget').map((source) => source.id);
  const sources = new Set(
    policy.sources?.filter((id) => allowed.includes(id) || funding.length === 0) ?? (funding.length === 0 ? [personalBudgetId] : defaults),
  );
  const context = { leaving: leaving.value, timeZone: given.value.timeZone ?? defaultTimeZone, sources, expenses: given.value.expenses };
  try {
    const items = trainingsOf(current).flatMap((training) => itemOf(training, current, policy, context) ?? []);
    const totals = new Map<string, number>();
    for (const item of items) totals.set(item.due.currency, plus(totals.get(item.due.currency) ?? 0, item.due.amount));
    const total: Money[] = [...totals].map(([currency, amount]) => ({ amount, currency }));
    return ok(deepFreeze({ leavingDate: leaving.value, items, total }), findings);
  } catch {
    return fail([...findings, finding.error('budget.amount.overflow', { path: ['plan', 'costs'] })]);
  }
}
