// One employee's records read into a tally: conversations (timeliness, agreement quality, drift,
// input), plans (follow-through), planned conversations and budget periods. A record that cannot be
// read gives a finding with its position and is left out as a whole.
import * as z from 'zod/mini';
import type { BudgetAmount, Finding, Ref } from '../core/index.js';
import { addCalendarDays, isCalendarDate, parseWith } from '../core/index.js';
import type { Conversation } from '../conversation/index.js';
import { evaluativeDrift, inputBalance } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { BudgetPeriodStatus, DevelopmentPlan } from '../plan/index.js';
import type { PlannedConversation } from '../schedule/index.js';
import { employeeRecordObjectSchema } from './record-schema.js';
import type { BudgetTally, Counts, Tally } from './tally.js';
import { addTally, budgetKey, emptyCounts, emptyTally, exactSum } from './tally.js';
import type { EmployeeRecord, StoredAgreementCheck } from './types.js';

/** What every record is judged against. */
export interface ReadContext {
  readonly today: string;
  readonly earlyDays: number;
}

type Part = 'employee' | 'groups' | 'conversations' | 'plans' | 'planned' | 'budget' | 'agreementChecks';

const parts: ReadonlySet<string> = new Set(['groups', 'conversations', 'plans', 'planned', 'budget', 'agreementChecks']);

/**
 * The record as the report reads it: the public schema, except that conversations are checked by
 * the conversation module when they are read (so each is parsed once, and its findings come as details).
 */
const recordReadSchema = z.strictObject({ ...employeeRecordObjectSchema.shape, conversations: z.optional(z.array(z.unknown())) });

/** The record checked against its schema; a finding with the record's path and what is wrong in `details` when it is not valid. */
function checked(record: unknown, index: number): { record?: EmployeeRecord; problem?: Finding } {
  const parsed = parseWith(recordReadSchema, record, { path: [index] });
  if (parsed.ok) return { record: parsed.value as EmployeeRecord };
  const head = parsed.findings[0]?.path[1];
  const part: Part = typeof head === 'string' && parts.has(head) ? (head as Part) : 'employee';
  return {
    problem: finding.warning('report.record.invalid', {
      path: [index, part],
      params: { position: index + 1, part },
      details: parsed.findings.slice(0, 5),
    }),
  };
}

function conversationCounts(
  conversation: Conversation,
  checks: ReadonlyMap<string, StoredAgreementCheck>,
  counts: Counts,
): readonly Finding[] | undefined {
  const balance = inputBalance(conversation);
  if (!balance.ok) return balance.findings;
  if (conversation.status === 'cancelled') return undefined;
  counts.conversations += 1;
  const drift = evaluativeDrift(conversation);
  const items = (conversation.agenda?.items.length ?? 0) + (conversation.agenda?.deferred.length ?? 0);
  const evaluative = drift.ok ? drift.value.items.length : 0;
  counts.agendaItems += items;
  counts.evaluativeItems += evaluative;
  if (evaluative > 0) counts.drifting += 1;
  counts.employeeAgendaPoints += conversation.agendaPoints.employee.length;
  counts.managerAgendaPoints += conversation.agendaPoints.manager.length;
  counts.employeeNeeds += conversation.needs.employee.length;
  counts.managerNeeds += conversation.needs.manager.length;
  counts.employeeTotal += balance.value.employee.total;
  counts.managerTotal += balance.value.manager.total;
  for (const entry of conversation.agreements) {
    if (entry.withdrawn !== null) continue;
    counts.agreements += 1;
    const check = checks.get(entry.agreement.id);
    if (check === undefined) continue;
    counts.checked += 1;
    if (check.www === true) counts.www += 1;
    if (check.smart === true) counts.smart += 1;
  }
  return undefined;
}

/** Follow-through of one plan's agreements. */
function planCounts(plan: DevelopmentPlan, today: string, counts: Counts): void {
  for (const agreement of plan.agreements) {
    counts.planAgreements += 1;
    if (agreement.status === 'done') counts.done += 1;
    else if (agreement.status === 'dropped') counts.dropped += 1;
    else {
      counts.open += 1;
      if (agreement.when !== undefined && agreement.when < today) counts.openOverdue += 1;
    }
  }
}

/** Planned conversations matched, in date order, to the concluded conversations of their kind. */
function timeliness(planned: readonly PlannedConversation[], held: readonly Conversation[], context: ReadContext, counts: Counts): boolean {
  const concluded = held
    .filter((c) => c.status === 'concluded' && typeof c.concludedAt === 'string')
    .map((c) => ({ kind: c.kind, day: (c.concludedAt as string).slice(0, 10), used: false }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const ordered = [...planned].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const plannedOne of ordered) {
    if (!isCalendarDate(plannedOne.targetDate) || !isCalendarDate(plannedOne.latestAllowed)) return false;
    counts.planned += 1;
    const from = addCalendarDays(plannedOne.targetDate, -context.earlyDays);
    const match = concluded.find((c) => !c.used && c.kind === plannedOne.kind && c.day >= from);
    if (match !== undefined) {
      match.used = true;
      if (match.day <= plannedOne.latestAllowed) counts.onTime += 1;
      else counts.late += 1;
    } else if (context.today > plannedOne.latestAllowed) counts.overdue += 1;
    else counts.due += 1;
  }
  counts.unplanned += concluded.filter((c) => !c.used).length;
  return true;
}

/** The unit of a budget amount: its currency, `minutes` or `studyPoints`. */
const unitOf = (amount: BudgetAmount): string => ('currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints');
const sizeOf = (amount: BudgetAmount | null): number =>
  amount === null ? 0 : 'currency' in amount ? amount.amount : 'minutes' in amount ? amount.minutes : amount.studyPoints;

/** The first amount of a period in another unit than its `committed`, if any. */
function otherUnit(period: BudgetPeriodStatus): { readonly field: string; readonly unit: string } | undefined {
  const unit = unitOf(period.committed);
  for (const field of ['available', 'spent', 'outstanding', 'remaining'] as const) {
    const amount = period[field];
    if (amount !== null && unitOf(amount) !== unit) return { field, unit: unitOf(amount) };
  }
  return undefined;
}

const sourceOf = (period: BudgetPeriodStatus): Ref =>
  period.title === null ? { kind: 'fundingSource', id: period.source } : { kind: 'fundingSource', id: period.source, title: period.title };

/** The finding on a current period left out: amounts in two units, or a second current period of its source and unit. */
function leftOut(period: BudgetPeriodStatus, at: number, index: number, seen: ReadonlySet<string>): Finding | undefined {
  const unit = unitOf(period.committed);
  const common = { position: index + 1, source: sourceOf(period), sourceKind: period.kind, unit };
  const mixed = otherUnit(period);
  if (mixed !== undefined) {
    return finding.warning('report.budget.unitMismatch', {
      path: [index, 'budget', at, mixed.field],
      params: { ...common, other: mixed.unit },
    });
  }
  if (seen.has(budgetKey(period.source, unit)))
    return finding.warning('report.budget.duplicatePeriod', { path: [index, 'budget', at], params: common });
  return undefined;
}

/**
 * The current budget periods, per source and unit, added with exact integer arithmetic. A period
 * whose amounts are in more than one currency or unit, or a second current period of the same
 * source and unit, is left out with a finding (never added across currencies, never twice);
 * `false` when a sum would leave the exact range (nothing of the record is added).
 */
function budgetTally(periods: readonly BudgetPeriodStatus[], tally: Tally, index: number, notes: Finding[]): boolean {
  const seen = new Set<string>();
  for (const [at, period] of periods.entries()) {
    if (!period.current) continue;
    const unit = unitOf(period.committed);
    const problem = leftOut(period, at, index, seen);
    if (problem !== undefined) {
      notes.push(problem);
      continue;
    }
    seen.add(budgetKey(period.source, unit));
    const used = exactSum(sizeOf(period.spent), sizeOf(period.outstanding));
    if (used === undefined) return false;
    const line: BudgetTally = {
      source: period.source,
      unit,
      kind: period.kind,
      title: period.title,
      employees: 1,
      available: sizeOf(period.available),
      committed: used,
      spent: sizeOf(period.spent),
      unused: Math.max(0, sizeOf(period.remaining)),
      untouched: used === 0 ? 1 : 0,
    };
    const one: Tally = { counts: emptyCounts(), budget: new Map([[budgetKey(period.source, unit), line]]) };
    if (!addTally(tally, one)) return false;
  }
  return true;
}

/** Reads one record; a finding (and no tally) when it cannot be used, and a finding per budget period left out. */
export function readRecord(record: unknown, index: number, context: ReadContext): { tally?: Tally; problem?: Finding; notes?: Finding[] } {
  const position = index + 1;
  const read = checked(record, index);
  if (read.record === undefined) return { ...(read.problem === undefined ? {} : { problem: read.problem }) };
  const data = read.record;
  const tally = emptyTally();
  tally.counts.employees = 1;
  const checks = new Map((data.agreementChecks ?? []).map((check) => [check.agreementId, check]));
  const conversations = data.conversations ?? [];
  for (const [at, conversation] of conversations.entries()) {
    const problems = conversationCounts(conversation, checks, tally.counts);
    if (problems !== undefined) {
      return {
        problem: finding.warning('report.conversation.invalid', {
          path: [index, 'conversations', at],
          params: { position },
          details: problems.slice(0, 5),
        }),
      };
    }
  }
  for (const plan of data.plans ?? []) planCounts(plan, context.today, tally.counts);
  if (!timeliness(data.planned ?? [], conversations, context, tally.counts)) {
    return { problem: finding.warning('report.record.invalid', { path: [index, 'planned'], params: { position, part: 'planned' } }) };
  }
  const notes: Finding[] = [];
  if (!budgetTally(data.budget ?? [], tally, index, notes)) {
    return { problem: finding.warning('report.amount.overflow', { path: [index, 'budget'], params: { position } }) };
  }
  return { tally, notes };
}
