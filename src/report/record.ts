// One employee's records read into a tally: conversations (timeliness, agreement quality, drift,
// input), plans (follow-through), planned conversations and budget periods. A record that cannot be
// read gives a finding with its position and is left out as a whole.
import type { Finding } from '../core/index.js';
import { addCalendarDays, isCalendarDate } from '../core/index.js';
import type { Conversation } from '../conversation/index.js';
import { evaluativeDrift, inputBalance } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { BudgetPeriodStatus, DevelopmentPlan } from '../plan/index.js';
import type { PlannedConversation } from '../schedule/index.js';
import type { Counts, Tally } from './tally.js';
import { budgetKey, emptyTally } from './tally.js';
import type { EmployeeRecord, StoredAgreementCheck } from './types.js';

/** What every record is judged against. */
export interface ReadContext {
  readonly today: string;
  readonly earlyDays: number;
}

type Part = 'employee' | 'groups' | 'conversations' | 'plans' | 'planned' | 'budget' | 'agreementChecks';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The first thing wrong with the record's outline, or `undefined`. */
function outlineProblem(record: unknown): Part | undefined {
  if (!isObject(record) || typeof record.employeeId !== 'string' || record.employeeId.trim() === '') return 'employee';
  const groups = record.groups;
  if (groups !== undefined && (!isObject(groups) || Object.values(groups).some((value) => typeof value !== 'string'))) return 'groups';
  for (const part of ['conversations', 'plans', 'planned', 'budget', 'agreementChecks'] as const) {
    const list = record[part];
    if (list !== undefined && (!Array.isArray(list) || list.some((item) => !isObject(item)))) return part;
  }
  return undefined;
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

/** Follow-through of one plan's agreements; `false` when it is not a plan. */
function planCounts(plan: DevelopmentPlan, today: string, counts: Counts): boolean {
  if (!Array.isArray(plan.agreements)) return false;
  for (const agreement of plan.agreements) {
    if (!isObject(agreement)) return false;
    counts.planAgreements += 1;
    if (agreement.status === 'done') counts.done += 1;
    else if (agreement.status === 'dropped') counts.dropped += 1;
    else {
      counts.open += 1;
      if (typeof agreement.when === 'string' && isCalendarDate(agreement.when) && agreement.when < today) counts.openOverdue += 1;
    }
  }
  return true;
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

/** The current budget periods, per source and unit. */
function budgetTally(periods: readonly BudgetPeriodStatus[], tally: Tally): boolean {
  for (const period of periods) {
    if (period.current !== true) continue;
    const committed = period.committed as unknown;
    if (!isObject(committed) || typeof period.source !== 'string') return false;
    const unit = 'currency' in committed ? String(committed.currency) : 'minutes' in committed ? 'minutes' : 'studyPoints';
    const size = (amount: unknown): number => {
      if (!isObject(amount)) return 0;
      const value = amount.amount ?? amount.minutes ?? amount.studyPoints;
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
    };
    const used = size(period.spent) + size(period.outstanding);
    const key = budgetKey(period.source, unit);
    const line = tally.budget.get(key) ?? {
      source: period.source,
      unit,
      kind: period.kind,
      title: typeof period.title === 'string' ? period.title : null,
      employees: 0,
      available: 0,
      committed: 0,
      spent: 0,
      unused: 0,
      untouched: 0,
    };
    line.employees += 1;
    line.available += size(period.available);
    line.committed += used;
    line.spent += size(period.spent);
    line.unused += Math.max(0, size(period.remaining));
    if (used === 0) line.untouched += 1;
    tally.budget.set(key, line);
  }
  return true;
}

/** Reads one record; a finding (and no tally) when it cannot be used. */
export function readRecord(record: unknown, index: number, context: ReadContext): { tally?: Tally; problem?: Finding } {
  const position = index + 1;
  const part = outlineProblem(record);
  if (part !== undefined) return { problem: finding.warning('report.record.invalid', { path: [index, part], params: { position, part } }) };
  const data = record as EmployeeRecord;
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
  for (const [at, plan] of (data.plans ?? []).entries()) {
    if (!planCounts(plan, context.today, tally.counts)) {
      return { problem: finding.warning('report.record.invalid', { path: [index, 'plans', at], params: { position, part: 'plans' } }) };
    }
  }
  if (!timeliness(data.planned ?? [], conversations, context, tally.counts)) {
    return { problem: finding.warning('report.record.invalid', { path: [index, 'planned'], params: { position, part: 'planned' } }) };
  }
  if (!budgetTally(data.budget ?? [], tally)) {
    return { problem: finding.warning('report.record.invalid', { path: [index, 'budget'], params: { position, part: 'budget' } }) };
  }
  return { tally };
}
