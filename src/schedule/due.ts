import type { CalendarDate, Finding, Result } from '../core/index.js';
import { addCalendarMonths, fail, fromDayNumber, resultOf, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import type { DueRows } from './due-input.js';
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

const indexBits = 2 ** 20; // more than the million employees a list may hold

/**
 * Orders entries by state, then due day (one numeric key each), then employee id, then input order.
 * The keys, each with its entry's index in the low bits, go through a native numeric sort; only runs
 * of equal keys (the people due on the same day) are ordered by id.
 */
function sortEntries(entries: readonly DueEntry[], keys: readonly number[]): DueEntry[] {
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) packed[i] = (keys[i] as number) * indexBits + i;
  packed.sort();
  const order = Array.from(packed, (value) => value % indexBits);
  const byId = (a: number, b: number): number => {
    const idA = (entries[a] as DueEntry).employeeId;
    const idB = (entries[b] as DueEntry).employeeId;
    return idA < idB ? -1 : idA > idB ? 1 : a - b;
  };
  for (let start = 0; start < order.length; ) {
    const key = Math.floor((packed[start] as number) / indexBits);
    let end = start + 1;
    while (end < order.length && Math.floor((packed[end] as number) / indexBits) === key) end++;
    if (end - start > 1) {
      const run = order.slice(start, end).sort(byId);
      for (let i = 0; i < run.length; i++) order[start + i] = run[i] as number;
    }
    start = end;
  }
  return order.map((i) => entries[i] as DueEntry);
}

/** What every line of the list needs besides its employee. */
interface LineContext {
  readonly today: number;
  readonly horizonDays: number | undefined;
  readonly policies: Record<ConversationKind, RhythmPolicy>;
  dayOf(date: string): number;
}

/** Employee `index`'s line: the conversation's and the agreements' state, the worse of them, and the counts. */
function lineOf(rows: DueRows, index: number, kind: ConversationKind, due: DueDay, context: LineContext): DueEntry {
  const today = context.today;
  const daysUntilDue = due.day - today;
  let conversationState = stateOf(daysUntilDue, context.horizonDays ?? context.policies[kind].dueSoonDays);
  const nextPlanned = rows.nexts[index];
  if (nextPlanned !== undefined) {
    const planned = context.dayOf(nextPlanned);
    if (planned >= today && planned <= due.day) conversationState = 'onTrack';
  }
  const horizon = context.horizonDays ?? 14;
  let overdue = 0;
  let dueSoon = 0;
  let next: number | undefined;
  const end = rows.agreementStart[index + 1] as number;
  for (let a = rows.agreementStart[index] as number; a < end; a++) {
    const when = rows.whens[a];
    if (rows.statuses[a] !== 'open' || when === undefined) continue;
    const deadline = context.dayOf(when);
    if (deadline < today) overdue++;
    else if (deadline - today <= horizon) dueSoon++;
    next = next === undefined ? deadline : Math.min(next, deadline);
  }
  const state = worse(conversationState, overdue > 0 ? 'overdue' : dueSoon > 0 ? 'dueSoon' : 'onTrack');
  const employeeId = rows.ids[index] as string;
  const dueDate = due.date;
  return next === undefined
    ? { employeeId, kind, state, conversationState, dueDate, daysUntilDue, overdueAgreements: overdue, dueSoonAgreements: dueSoon }
    : {
        employeeId,
        kind,
        state,
        conversationState,
        dueDate,
        daysUntilDue,
        overdueAgreements: overdue,
        dueSoonAgreements: dueSoon,
        nextAgreementDeadline: fromDayNumber(next),
      };
}

/** FNV-1a over the UTF-16 code units: a cheap, well-spread hash for the id table. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * An open-addressing table of row indices, keyed by id: `firstOf` answers where an id was first
 * seen, or adds it. Typed arrays instead of a Set of strings: several times cheaper for 100,000 ids,
 * and nothing for the garbage collector.
 */
function idTable(ids: readonly string[]): (index: number) => number | undefined {
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  return (index) => {
    const id = ids[index] as string;
    let slot = hashOf(id) & mask;
    for (;;) {
      const at = slots[slot] as number;
      if (at === -1) {
        slots[slot] = index;
        return undefined;
      }
      if (ids[at] === id) return at;
      slot = (slot + 1) & mask;
    }
  };
}

/**
 * Reports an employee id seen before (the first hundred times), naming both places in the list.
 * While the ids come in ascending order (as most exports list them) none can repeat, and one
 * comparison per employee says so; from the first id out of order on, a table of ids decides.
 */
function duplicateFinder(ids: readonly string[], findings: Finding[]): (index: number) => void {
  let firstOf: ((index: number) => number | undefined) | undefined;
  let duplicates = 0;
  return (index) => {
    if (firstOf === undefined) {
      if (index === 0 || (ids[index] as string) > (ids[index - 1] as string)) return;
      firstOf = idTable(ids);
      for (let i = 0; i < index; i++) firstOf(i);
    }
    const first = firstOf(index);
    if (first === undefined || duplicates++ >= maxDuplicateFindings) return;
    findings.push(
      finding.warning('schedule.due.duplicateEmployee', {
        path: ['employees', index, 'id'],
        params: { employee: { kind: 'participant', id: ids[index] as string }, position: index + 1, first: first + 1 },
      }),
    );
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
  const duplicate = duplicateFinder(rows.ids, findings);
  for (let index = 0; index < rows.ids.length; index++) {
    duplicate(index);
    const kind = rows.kinds[index] ?? 'development';
    const last = rows.lasts[index];
    const hire = rows.hires[index];
    const due =
      last !== undefined
        ? dueOf(kind, 'last', last, index)
        : hire !== undefined
          ? dueOf(kind, 'hire', hire, index)
          : todayDue === undefined
            ? noWorkingDay(today)
            : { day: todayDue, date: fromDayNumber(todayDue) };
    if (!('day' in due)) return fail([...findings, due]);
    const entry = lineOf(rows, index, kind, due, context);
    const state = entry.state;
    counts[state]++;
    if (state === 'onTrack' && head.includeOnTrack !== true) continue;
    keys.push(stateRank[state] * 10_000_000 + (due.day + 1_000_000));
    entries.push(Object.freeze(entry));
  }
  const result: DueListResult = Object.freeze({
    today,
    entries: Object.freeze(sortEntries(entries, keys)),
    counts: Object.freeze(counts),
  });
  return resultOf(result, findings);
}
