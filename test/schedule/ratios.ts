/**
 * The schedule module's speed against peers that give the same answers, measured on the package as
 * shipped (`dist/`) with the paired, interleaved harness. Run:
 *   npm run build && node --expose-gc --import tsx test/schedule/ratios.ts
 * Each comparison first checks, outside the timing, that both sides give identical output.
 */
import assert from 'node:assert/strict';
import rrulePackage from 'rrule';
import type { CheckInInput, DueEmployee } from '../../dist/schedule.js';
import { checkInDates, dueList, dutchPublicHolidays } from '../../dist/schedule.js';
import type { Ratio } from '../bench/harness.js';
import { doublingRatio, formatRatio, pairedRatio } from '../bench/harness.js';

const { RRule } = rrulePackage;
const dayMs = 86_400_000;
const dayOf = (date: string): number =>
  Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs);
const dateOf = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

/** The Dutch days off under the default rules (no Good Friday, Liberation Day in lustrum years). */
function daysOff(fromYear: number, toYear: number): Set<number> {
  const days = new Set<number>();
  for (let year = fromYear; year <= toYear; year++) {
    const result = dutchPublicHolidays(year);
    if (!result.ok) throw new Error(`no holidays for ${year}`);
    for (const holiday of result.value) {
      if (holiday.generallyDayOff || (holiday.id === 'liberationDay' && holiday.lustrum === true)) days.add(dayOf(holiday.date));
    }
  }
  return days;
}

const holidays = daysOff(2020, 2032);
const isWorking = (day: number): boolean => {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 is Monday
  return weekday < 5 && !holidays.has(day);
};

// ------------------------------------------------------------------ check-ins against rrule

/** rrule makes the raw dates; each moves to the next working day, by the rule checkInDates uses. */
function rruleCheckIns(from: string, everyWeeks: number, until: string): string[] {
  const raw = new RRule({
    freq: RRule.WEEKLY,
    interval: everyWeeks,
    dtstart: new Date(`${from}T00:00:00Z`),
    until: new Date(`${until}T00:00:00Z`),
  }).all();
  const last = dayOf(until);
  const step = everyWeeks * 7;
  const out: string[] = [];
  for (const date of raw) {
    const slot = Math.round(date.getTime() / dayMs);
    let day = slot;
    while (!isWorking(day)) day++;
    if (day > last) break;
    if (day >= slot + step) continue;
    out.push(dateOf(day));
  }
  return out;
}

const checkIns: CheckInInput = { from: '2027-01-04', everyWeeks: 6, until: '2028-12-31' };
const ours = checkInDates(checkIns);
assert.ok(ours.ok);
assert.deepEqual([...ours.value], rruleCheckIns(checkIns.from, checkIns.everyWeeks, checkIns.until as string));
assert.ok(ours.value.length === 18 && ours.value.some((date) => date !== ours.value[0]));

const checkInRatio = pairedRatio(
  { name: 'rrule + holiday shift', run: () => rruleCheckIns('2027-01-04', 6, '2028-12-31') },
  { name: 'checkInDates', run: () => checkInDates(checkIns) },
  { rounds: 15 },
);

// ------------------------------------------------------------------ due list against a hand loop

/** A seeded generator (mulberry32), so every run measures the same organisation. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

function employeesOf(count: number): DueEmployee[] {
  const random = generator(2027);
  const start = dayOf('2025-06-01');
  return Array.from({ length: count }, (_, i) => ({
    id: `emp-${String(i).padStart(6, '0')}`,
    lastConversation: dateOf(start + random(600)),
    agreements: i % 3 === 0 ? [{ id: `a${i}`, when: dateOf(start + 200 + random(600)), status: 'open' as const }] : [],
  }));
}

const now = '2027-02-01T09:00:00+01:00';
const today = '2027-02-01';

function plusTwelveMonths(date: string): number {
  const year = Number(date.slice(0, 4)) + 1;
  const month = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month - 1, Math.min(Number(date.slice(8, 10)), lastDay)) / dayMs);
}

/**
 * What dueList returns for this organisation, written by hand: for development conversations with
 * the default policy (at least every 12 months, due soon 30 days before), open agreements due soon
 * within 14 days, due days moved back to a working day, sorted by state, due day and id.
 */
function handLoop(employees: readonly DueEmployee[]) {
  const todayDay = dayOf(today);
  const rank = { overdue: 0, dueSoon: 1, onTrack: 2 } as const;
  const counts = { onTrack: 0, dueSoon: 0, overdue: 0 };
  const entries: { employeeId: string; dueDay: number; state: keyof typeof rank; entry: Record<string, unknown> }[] = [];
  const dueByLast = new Map<string, { day: number; date: string }>();
  for (const employee of employees) {
    const last = employee.lastConversation as string;
    let due = dueByLast.get(last);
    if (due === undefined) {
      let day = plusTwelveMonths(last);
      while (!isWorking(day)) day--;
      due = { day, date: dateOf(day) };
      dueByLast.set(last, due);
    }
    const dueDay = due.day;
    const daysUntilDue = dueDay - todayDay;
    const conversationState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= 30 ? 'dueSoon' : 'onTrack';
    let overdue = 0;
    let dueSoon = 0;
    let next: number | undefined;
    for (const agreement of employee.agreements ?? []) {
      if ((agreement.status ?? 'open') !== 'open' || agreement.when === undefined) continue;
      const deadline = dayOf(agreement.when);
      if (deadline < todayDay) overdue++;
      else if (deadline - todayDay <= 14) dueSoon++;
      if (next === undefined || deadline < next) next = deadline;
    }
    const agreementState = overdue > 0 ? 'overdue' : dueSoon > 0 ? 'dueSoon' : 'onTrack';
    const state = rank[conversationState] <= rank[agreementState] ? conversationState : agreementState;
    counts[state]++;
    if (state === 'onTrack') continue;
    const entry: Record<string, unknown> = {
      employeeId: employee.id,
      kind: 'development',
      state,
      conversationState,
      dueDate: due.date,
      daysUntilDue,
      overdueAgreements: overdue,
      dueSoonAgreements: dueSoon,
    };
    if (next !== undefined) entry['nextAgreementDeadline'] = dateOf(next);
    entries.push({ employeeId: employee.id, dueDay, state, entry });
  }
  entries.sort(
    (a, b) =>
      rank[a.state] - rank[b.state] || a.dueDay - b.dueDay || (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
  );
  return { ok: true, value: { today, entries: entries.map((e) => e.entry), counts }, findings: [] };
}

const employees = employeesOf(100_000);
const half = employees.slice(0, 50_000);
// The same organisation in a random order: the ids no longer come sorted, as they do from most exports.
const shuffled = [...employees];
const pick = generator(17);
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = pick(i + 1);
  [shuffled[i], shuffled[j]] = [shuffled[j] as DueEmployee, shuffled[i] as DueEmployee];
}
for (const list of [employees, half, shuffled]) {
  assert.deepEqual(JSON.parse(JSON.stringify(dueList({ employees: list, now }))), handLoop(list));
}

const dueRatio = pairedRatio(
  { name: 'hand loop', run: () => handLoop(employees) },
  { name: 'dueList', run: () => dueList({ employees, now }) },
  { rounds: 11, targetMs: 200 },
);
const shuffledRatio = pairedRatio(
  { name: 'hand loop', run: () => handLoop(shuffled) },
  { name: 'dueList', run: () => dueList({ employees: shuffled, now }) },
  { rounds: 11, targetMs: 200 },
);
const scaling = doublingRatio(
  { name: 'dueList 50,000', run: () => dueList({ employees: half, now }) },
  { name: 'dueList 100,000', run: () => dueList({ employees, now }) },
  { rounds: 11 },
);

/** time(ours) ÷ time(peer), from the harness's time(peer) ÷ time(ours). */
const slower = (ratio: Ratio): Ratio => ({ median: 1 / ratio.median, min: 1 / ratio.max, max: 1 / ratio.min, rounds: ratio.rounds });

console.log(`checkInDates, 6 weeks over 2 years, vs rrule + the same holiday shift: ${formatRatio(checkInRatio)} times as fast`);
console.log(
  `dueList, 100,000 employees in id order, vs a hand loop with identical output: ${formatRatio(slower(dueRatio))} times its time`,
);
console.log(`dueList, the same 100,000 shuffled, vs the hand loop: ${formatRatio(slower(shuffledRatio))} times its time`);
console.log(`dueList, t(100,000) / t(50,000): ${formatRatio(scaling)}`);
