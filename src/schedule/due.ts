import type { CalendarDate, Finding, Result } from '../core/index.js';
import {
  addCalendarMonths,
  calendarDateOf,
  deepFreeze,
  fail,
  findingsFrom,
  fromDayNumber,
  parseWith,
  resultOf,
  toDayNumber,
} from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { calendarOfInput, noWorkingDay, seekWorkingDay } from './calendar.js';
import { stateOf, worse } from './follow-up.js';
import { scheduleMessages } from './messages.js';
import { defaultRhythmPolicies } from './policy.js';
import type { DueEntry, DueListInput, DueListResult, FollowUpState, RhythmPolicy } from './schema.js';
import { dueListInputSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);
const stateRank: Record<FollowUpState, number> = { overdue: 0, dueSoon: 1, onTrack: 2 };
/** Duplicate ids are reported, but a list full of them should not drown the caller in findings. */
const maxDuplicateFindings = 100;

/**
 * Who is due or overdue, for a whole organisation: per employee the latest allowed date of their
 * next conversation (from the last one, else the hire date and the policy's first-after-hire
 * interval), its state, and their open agreements past or near their deadline. Sorted by urgency:
 * overdue first, then due soon, each by due date and then employee id; on-track employees only with
 * `includeOnTrack`. Counts cover everyone.
 *
 * Built for large organisations: one pass over the employees with memoised date arithmetic (many
 * people share a last-conversation date) and one sort on numeric keys, so 100,000 employees take
 * near-linear time. Employees without a last conversation or a hire date are due today.
 *
 * @example
 * ```ts
 * import { dueList } from 'ontwikkelgesprek';
 * const result = dueList({
 *   employees: [
 *     { id: 'e1', lastConversation: '2026-01-05' },
 *     { id: 'e2', lastConversation: '2026-12-01' },
 *     { id: 'e3', lastConversation: '2026-03-01', agreements: [{ id: 'a1', when: '2027-01-20' }] },
 *   ],
 *   now: '2027-02-01T09:00:00+01:00',
 * });
 * if (result.ok) {
 *   result.value.entries.map((e) => `${e.employeeId}:${e.state}`); // ['e1:overdue', 'e3:overdue']
 *   result.value.counts; // { onTrack: 1, dueSoon: 0, overdue: 2 }
 * }
 * ```
 */
export function dueList(input: DueListInput): Result<DueListResult> {
  const parsed = parseWith(dueListInputSchema, input, { messages: scheduleMessages });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const findings: Finding[] = [];
  const today = calendarDateOf(value.now, timeZone);
  const todayNumber = toDayNumber(today);
  const policies: Record<ConversationKind, RhythmPolicy> = { ...defaultRhythmPolicies };
  for (const kind of Object.keys(policies) as ConversationKind[]) {
    const custom = value.policies?.[kind];
    if (custom !== undefined) policies[kind] = custom;
  }

  const monthsMemo = new Map<string, CalendarDate>();
  const plusMonths = (date: CalendarDate, months: number): CalendarDate => {
    const key = `${date}+${months}`;
    let result = monthsMemo.get(key);
    if (result === undefined) {
      result = addCalendarMonths(date, months);
      monthsMemo.set(key, result);
    }
    return result;
  };
  // Due day per raw due date, and day numbers per date string: a big organisation has far fewer
  // distinct dates than employees.
  const dueMemo = new Map<CalendarDate, { day: number; date: CalendarDate } | null>();
  const dueOf = (raw: CalendarDate): { day: number; date: CalendarDate } | null => {
    let due = dueMemo.get(raw);
    if (due === undefined) {
      const day = seekWorkingDay(calendar, toDayNumber(raw), -1);
      due = day === undefined ? null : { day, date: fromDayNumber(day) };
      dueMemo.set(raw, due);
    }
    return due;
  };
  const dayMemo = new Map<CalendarDate, number>();
  const dayNumberOf = (date: CalendarDate): number => {
    let day = dayMemo.get(date);
    if (day === undefined) {
      day = toDayNumber(date);
      dayMemo.set(date, day);
    }
    return day;
  };
  // After validation a value is either a calendar date (10 characters) or an instant.
  const dayOf = (value: string): CalendarDate => (value.length === 10 ? value : calendarDateOf(value, timeZone));

  const counts = { onTrack: 0, dueSoon: 0, overdue: 0 };
  const entries: DueEntry[] = [];
  const keys: number[] = [];
  const seenIds = new Set<string>();
  let duplicates = 0;
  const employees = value.employees;
  for (let index = 0; index < employees.length; index++) {
    const employee = employees[index]!;
    if (seenIds.has(employee.id)) {
      if (duplicates++ < maxDuplicateFindings) {
        findings.push(finding.warning('schedule.due.duplicateEmployee', { path: ['employees', index, 'id'], params: { id: employee.id } }));
      }
    }
    seenIds.add(employee.id);
    const kind = employee.kind ?? 'development';
    const policy = policies[kind];
    const latestRaw =
      employee.lastConversation !== undefined
        ? plusMonths(dayOf(employee.lastConversation), policy.maxIntervalMonths)
        : employee.hireDate !== undefined
          ? plusMonths(employee.hireDate, policy.firstAfterHireMonths)
          : today;
    const due = dueOf(latestRaw);
    if (due === null) return fail([...findings, noWorkingDay(latestRaw)]);
    const dueDay = due.day;
    const daysUntilDue = dueDay - todayNumber;
    const horizon = value.horizonDays ?? policy.dueSoonDays;
    let conversationState = stateOf(daysUntilDue, horizon);
    if (employee.nextPlanned !== undefined && conversationState !== 'onTrack') {
      const planned = dayNumberOf(dayOf(employee.nextPlanned));
      if (planned >= todayNumber && planned <= dueDay) conversationState = 'onTrack';
    }
    let overdueAgreements = 0;
    let dueSoonAgreements = 0;
    let nextDeadline: number | undefined;
    const agreementHorizon = value.horizonDays ?? 14;
    for (const agreement of employee.agreements ?? []) {
      if (agreement.status !== 'open' || agreement.when === undefined) continue;
      const deadline = dayNumberOf(agreement.when);
      const days = deadline - todayNumber;
      if (days < 0) overdueAgreements++;
      else if (days <= agreementHorizon) dueSoonAgreements++;
      if (nextDeadline === undefined || deadline < nextDeadline) nextDeadline = deadline;
    }
    const agreementState: FollowUpState = overdueAgreements > 0 ? 'overdue' : dueSoonAgreements > 0 ? 'dueSoon' : 'onTrack';
    const state = worse(conversationState, agreementState);
    counts[state]++;
    if (state === 'onTrack' && value.includeOnTrack !== true) continue;
    const entry: DueEntry = {
      employeeId: employee.id,
      kind,
      state,
      conversationState,
      dueDate: due.date,
      daysUntilDue,
      overdueAgreements,
      dueSoonAgreements,
      ...(nextDeadline === undefined ? {} : { nextAgreementDeadline: fromDayNumber(nextDeadline) }),
    };
    // One numeric key per entry (state, then due day) keeps the sort cheap; ids break ties.
    keys.push(stateRank[state] * 10_000_000 + (dueDay + 1_000_000));
    entries.push(entry);
  }
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const byKey = keys[a]! - keys[b]!;
    if (byKey !== 0) return byKey;
    const idA = entries[a]!.employeeId;
    const idB = entries[b]!.employeeId;
    return idA < idB ? -1 : idA > idB ? 1 : a - b;
  });
  const result: DueListResult = { today, entries: order.map((i) => entries[i]!), counts };
  return resultOf(deepFreeze(result), findings);
}
