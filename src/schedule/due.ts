import type { CalendarDate, Finding, Result } from '../core/index.js';
import { addCalendarMonths, fail, fromDayNumber, resultOf, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import type { DueRow } from './due-input.js';
import { readDueInput } from './due-input.js';
import { stateOf, worse } from './follow-up.js';
import { defaultRhythmPolicies } from './policy.js';
import type { DueEntry, DueListInput, DueListResult, FollowUpState, RhythmPolicy } from './types.js';
import type { CompiledCalendar } from './working-days.js';
import { calendarOfInput, noWorkingDay, outOfRange, seekWorkingDay } from './working-days.js';
import { dayIn } from './zone.js';

const stateRank: Record<FollowUpState, number> = { overdue: 0, dueSoon: 1, onTrack: 2 };
/** Duplicate ids are reported, but a list full of them should not drown the caller in findings. */
const maxDuplicateFindings = 100;
const kinds: readonly ConversationKind[] = ['development', 'career', 'checkIn', 'futureDialogue'];

/** The latest allowed working day of a next conversation, as a day number and a date. */
interface DueDay {
  readonly day: number;
  readonly date: CalendarDate;
}

/**
 * Due days by what they are counted from, per kind and basis: a large organisation has far fewer
 * distinct dates than employees, so each is worked out once per call.
 */
function dueDays(calendar: CompiledCalendar, timeZone: string, policies: Record<ConversationKind, RhythmPolicy>) {
  const memoOf = () => ({ development: new Map(), career: new Map(), checkIn: new Map(), futureDialogue: new Map() });
  const memos: Record<'last' | 'hire', Record<ConversationKind, Map<string, DueDay | Finding>>> = { last: memoOf(), hire: memoOf() };
  return (kind: ConversationKind, basis: 'last' | 'hire', from: string, index: number): DueDay | Finding => {
    const memo = memos[basis][kind];
    let due = memo.get(from);
    if (due === undefined) {
      const policy = policies[kind];
      const months = basis === 'last' ? policy.maxIntervalMonths : policy.firstAfterHireMonths;
      const raw = addCalendarMonths(dayIn(from, timeZone), months);
      const day = seekWorkingDay(calendar, toDayNumber(raw), -1);
      const path = ['employees', index, basis === 'last' ? 'lastConversation' : 'hireDate'];
      due = day === undefined ? noWorkingDay(raw, path) : (outOfRange(day, path) ?? { day, date: fromDayNumber(day) });
      memo.set(from, due);
    }
    return due;
  };
}

/** Counts of a row's open agreements past or near their deadline, and the earliest deadline. */
function agreementCounts(row: DueRow, today: number, horizon: number, dayOf: (date: string) => number) {
  let overdue = 0;
  let dueSoon = 0;
  let next: number | undefined;
  for (const agreement of row.agreements) {
    if (agreement.status !== 'open' || agreement.when === undefined) continue;
    const deadline = dayOf(agreement.when);
    const days = deadline - today;
    if (days < 0) overdue++;
    else if (days <= horizon) dueSoon++;
    if (next === undefined || deadline < next) next = deadline;
  }
  return { overdue, dueSoon, next };
}

/** Orders entries by state, then due day, then employee id (then input order): one numeric key each. */
function sortEntries(entries: DueEntry[], keys: number[]): DueEntry[] {
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const byKey = (keys[a] as number) - (keys[b] as number);
    if (byKey !== 0) return byKey;
    const idA = (entries[a] as DueEntry).employeeId;
    const idB = (entries[b] as DueEntry).employeeId;
    return idA < idB ? -1 : idA > idB ? 1 : a - b;
  });
  return order.map((i) => entries[i] as DueEntry);
}

/** What every line of the list needs besides its employee. */
interface LineContext {
  readonly today: number;
  readonly horizonDays: number | undefined;
  readonly policies: Record<ConversationKind, RhythmPolicy>;
  dayOf(date: string): number;
}

/** One employee's line: the conversation's and the agreements' state, the worse of them, and the entry. */
function lineOf(row: DueRow, kind: ConversationKind, due: DueDay, context: LineContext): { state: FollowUpState; entry: DueEntry } {
  const daysUntilDue = due.day - context.today;
  let conversationState = stateOf(daysUntilDue, context.horizonDays ?? context.policies[kind].dueSoonDays);
  if (row.next !== undefined && conversationState !== 'onTrack') {
    const planned = context.dayOf(row.next);
    if (planned >= context.today && planned <= due.day) conversationState = 'onTrack';
  }
  const agreements = agreementCounts(row, context.today, context.horizonDays ?? 14, context.dayOf);
  const agreementState: FollowUpState = agreements.overdue > 0 ? 'overdue' : agreements.dueSoon > 0 ? 'dueSoon' : 'onTrack';
  const state = worse(conversationState, agreementState);
  const entry: DueEntry = {
    employeeId: row.id,
    kind,
    state,
    conversationState,
    dueDate: due.date,
    daysUntilDue,
    overdueAgreements: agreements.overdue,
    dueSoonAgreements: agreements.dueSoon,
    ...(agreements.next === undefined ? {} : { nextAgreementDeadline: fromDayNumber(agreements.next) }),
  };
  return { state, entry: Object.freeze(entry) };
}

/** Reports an employee id seen before (the first hundred times), naming both places in the list. */
function duplicateFinder(findings: Finding[]): (id: string, index: number) => void {
  const firstIndex = new Map<string, number>();
  let duplicates = 0;
  return (id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else if (duplicates++ < maxDuplicateFindings) {
      findings.push(
        finding.warning('schedule.due.duplicateEmployee', {
          path: ['employees', index, 'id'],
          params: { employee: { kind: 'participant', id }, position: index + 1, first: first + 1 },
        }),
      );
    }
  };
}

/**
 * Who is due or overdue, for a whole organisation: per employee the latest allowed date of their
 * next conversation (from the last one, else the hire date and the policy's first-after-hire
 * interval), its state, and their open agreements past or near their deadline. Sorted by urgency:
 * overdue first, then due soon, each by due date and then employee id; on-track employees only with
 * `includeOnTrack`. Counts cover everyone. Employees without a last conversation or a hire date are
 * due today. Dates from 1900 to 2200.
 *
 * Built for large organisations: one pass over the employees with memoised date arithmetic (many
 * people share a date) and one sort on numeric keys, so time grows in proportion to the employees.
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
  const read = readDueInput(input);
  if (!read.ok) return read;
  const { head, rows } = read.value;
  const resolved = calendarOfInput(head);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const today = dayIn(head.now, timeZone);
  const todayNumber = toDayNumber(today);
  const policies: Record<ConversationKind, RhythmPolicy> = { ...defaultRhythmPolicies };
  for (const kind of kinds) policies[kind] = head.policies?.[kind] ?? policies[kind];
  const dueOf = dueDays(calendar, timeZone, policies);
  const todayDue = seekWorkingDay(calendar, todayNumber, -1);
  const dayMemo = new Map<string, number>();
  const context: LineContext = {
    today: todayNumber,
    horizonDays: head.horizonDays,
    policies,
    dayOf: (date) => {
      let day = dayMemo.get(date);
      if (day === undefined) {
        day = toDayNumber(dayIn(date, timeZone));
        dayMemo.set(date, day);
      }
      return day;
    },
  };
  const findings: Finding[] = [];
  const counts = { onTrack: 0, dueSoon: 0, overdue: 0 };
  const entries: DueEntry[] = [];
  const keys: number[] = [];
  const duplicate = duplicateFinder(findings);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as DueRow;
    duplicate(row.id, index);
    const kind = row.kind ?? 'development';
    const due =
      row.last !== undefined
        ? dueOf(kind, 'last', row.last, index)
        : row.hire !== undefined
          ? dueOf(kind, 'hire', row.hire, index)
          : todayDue === undefined
            ? noWorkingDay(today)
            : { day: todayDue, date: fromDayNumber(todayDue) };
    if (!('day' in due)) return fail([...findings, due]);
    const { state, entry } = lineOf(row, kind, due, context);
    counts[state]++;
    if (state === 'onTrack' && head.includeOnTrack !== true) continue;
    keys.push(stateRank[state] * 10_000_000 + (due.day + 1_000_000));
    entries.push(entry);
  }
  const result: DueListResult = Object.freeze({
    today,
    entries: Object.freeze(sortEntries(entries, keys)),
    counts: Object.freeze(counts),
  });
  return resultOf(result, findings);
}
