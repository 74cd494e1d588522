/**
 * The peers the schedule module is measured against, each giving the same answers (ratios.ts and
 * schedule.bench.ts check that outside the timing): rrule with the same shift off holidays for
 * check-in dates, and a hand loop for the due list. The peers' holiday table comes from the sources,
 * built once outside any timing; what is measured is the package as built (`schedule`, below).
 */
import rrulePackage from 'rrule';
import type { DueEmployee } from '../../src/schedule/index.js';
import { dutchPublicHolidays } from '../../src/schedule/index.js';

const { RRule } = rrulePackage;
const dayMs = 86_400_000;
export const dayOf = (date: string): number =>
  Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs);
export const dateOf = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

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
export function rruleCheckIns(from: string, everyWeeks: number, until: string): string[] {
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

// ------------------------------------------------------------------ due list against a hand loop

/** A seeded generator (mulberry32), so every run measures the same organisation. */
export function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

export function employeesOf(count: number): DueEmployee[] {
  const random = generator(2027);
  const start = dayOf('2025-06-01');
  return Array.from({ length: count }, (_, i) => ({
    id: `emp-${String(i).padStart(6, '0')}`,
    lastConversation: dateOf(start + random(600)),
    agreements: i % 3 === 0 ? [{ id: `a${i}`, when: dateOf(start + 200 + random(600)), status: 'open' as const }] : [],
  }));
}

export const now = '2027-02-01T09:00:00+01:00';
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
export function handLoop(employees: readonly DueEmployee[]) {
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

/**
 * The schedule entry of the package as built (`npm run build` first), typed by its sources. Loaded
 * by a computed path, so that type checking does not depend on a build.
 */
export async function builtSchedule(): Promise<typeof import('../../src/schedule/index.js')> {
  // BENCH_DIST measures another build (a copy of an earlier `dist/` inside the repository folder).
  const folder = process.env['BENCH_DIST'];
  const entry =
    folder !== undefined
      ? new URL('schedule.js', new URL(`${folder}/`, `file://${process.cwd()}/`)).href
      : new URL('../../dist/schedule.js', import.meta.url).href;
  return (await import(entry)) as typeof import('../../src/schedule/index.js');
}
