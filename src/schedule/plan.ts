import type * as z from 'zod/mini';
import type { CalendarDate, Finding, Path, Result } from '../core/index.js';
import { addCalendarMonths, deepFreeze, fail, fromDayNumber, ok, parseWith, resultOf, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { defaultDurationMinutes, defaultRhythmPolicies } from './policy.js';
import { planInputSchema } from './schemas/plan.js';
import type { PlanBasis, PlanInput, PlannedConversation, RhythmPolicy } from './types.js';
import type { CompiledCalendar } from './working-days.js';
import { calendarOfInput, noWorkingDay, outOfRange, seekWorkingDay } from './working-days.js';
import { dayIn, isoInZone, localDate, momentAt, wallClock } from './zone.js';

type PlanData = z.output<typeof planInputSchema>;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The policy for a kind: the caller's, or the default, with a warning when the kinds differ. */
export function policyFor(kind: ConversationKind, policy: RhythmPolicy | undefined, findings: Finding[]): RhythmPolicy {
  if (policy === undefined) return defaultRhythmPolicies[kind];
  if (policy.kind !== kind) {
    findings.push(finding.warning('schedule.policy.kindMismatch', { path: ['policy', 'kind'], params: { kind, policyKind: policy.kind } }));
  }
  return policy;
}

/**
 * When the next conversation is due: the day the rhythm aims at and the latest day the policy
 * allows (before moving to a working day), counted from the last conversation, else from the hire
 * date, else from today.
 */
export interface Due {
  readonly basis: PlanBasis;
  readonly target: CalendarDate;
  readonly latestRaw: CalendarDate;
  readonly intervalMonths: number;
}

function intervalFor(policy: RhythmPolicy, wish: number | undefined, findings: Finding[] | undefined): number {
  if (wish === undefined) {
    findings?.push(finding.info('schedule.plan.preferredInterval', { params: { months: policy.preferredIntervalMonths } }));
    return policy.preferredIntervalMonths;
  }
  const interval = Math.min(policy.maxIntervalMonths, Math.max(policy.minIntervalMonths, wish));
  findings?.push(
    interval === wish
      ? finding.info('schedule.plan.wishUsed', { path: ['employeeWishMonths'], params: { months: wish } })
      : finding.warning('schedule.plan.wishClamped', {
          path: ['employeeWishMonths'],
          params: { wish, months: interval, min: policy.minIntervalMonths, max: policy.maxIntervalMonths },
        }),
  );
  return interval;
}

export function dueOf(
  policy: RhythmPolicy,
  last: CalendarDate | undefined,
  hire: CalendarDate | undefined,
  today: CalendarDate,
  wish: number | undefined,
  findings: Finding[] | undefined,
): Due {
  if (last !== undefined) {
    const interval = intervalFor(policy, wish, findings);
    return {
      basis: 'lastConversation',
      target: addCalendarMonths(last, interval),
      latestRaw: addCalendarMonths(last, policy.maxIntervalMonths),
      intervalMonths: interval,
    };
  }
  if (hire !== undefined) {
    const first = addCalendarMonths(hire, policy.firstAfterHireMonths);
    findings?.push(finding.info('schedule.plan.firstAfterHire', { params: { hireDate: hire, months: policy.firstAfterHireMonths } }));
    if (wish !== undefined) findings?.push(finding.info('schedule.plan.wishIgnored', { path: ['employeeWishMonths'] }));
    return { basis: 'hireDate', target: first, latestRaw: first, intervalMonths: policy.firstAfterHireMonths };
  }
  findings?.push(finding.info('schedule.plan.noHistory'));
  return { basis: 'none', target: today, latestRaw: today, intervalMonths: 0 };
}

/** The input field a due date was counted from, for a finding about it. */
export function basisPath(basis: PlanBasis): Path {
  return basis === 'lastConversation' ? ['lastConversation'] : basis === 'hireDate' ? ['hireDate'] : ['now'];
}

/** The preferred hours in minutes of the day, or undefined when the conversation does not fit in them. */
function windowOf(preferred: PlanData['preferredTime'], durationMinutes: number): { from: number; to: number } | undefined {
  const chosen = preferred ?? { from: '09:00', to: '17:00' };
  const window =
    typeof chosen === 'string'
      ? { from: minutesOf(chosen), to: minutesOf(chosen) + durationMinutes }
      : { from: minutesOf(chosen.from), to: minutesOf(chosen.to) };
  return window.to - window.from < durationMinutes || window.to > 24 * 60 ? undefined : window;
}

/** Where the day search stands: today, and the start on a day (undefined when it no longer fits today). */
interface Slots {
  readonly today: number;
  startOn(day: number): number | undefined;
}

function slotsOf(window: { from: number; to: number }, durationMinutes: number, nowMs: number, timeZone: string, today: number): Slots {
  // The earliest start today: now, rounded up to the next quarter of an hour.
  const nowMinutes = minutesOf(wallClock(nowMs, timeZone)) + (nowMs % 60_000 === 0 ? 0 : 1);
  const todayStart = Math.max(window.from, Math.ceil(nowMinutes / 15) * 15);
  return {
    today,
    startOn: (day) => (day > today ? window.from : day === today && todayStart + durationMinutes <= window.to ? todayStart : undefined),
  };
}

/**
 * The day: the first working day on or after the target, or the latest allowed day when that would
 * be too late; never before today, and on today only while the conversation still fits.
 */
function chooseDay(calendar: CompiledCalendar, due: Due, slots: Slots): Result<{ chosen: number; latestAllowedDay: number }> {
  // Without history there is no limit to keep: the first opportunity is the answer (a search back
  // from today would only refuse a plan made on a day off at the start of the supported years).
  let latestAllowedDay: number | undefined;
  let from = slots.today;
  if (due.basis !== 'none') {
    latestAllowedDay = seekWorkingDay(calendar, toDayNumber(due.latestRaw), -1);
    if (latestAllowedDay === undefined) return fail([noWorkingDay(due.latestRaw)]);
    const onOrAfter = seekWorkingDay(calendar, toDayNumber(due.target), 1);
    from = onOrAfter !== undefined && onOrAfter <= latestAllowedDay ? onOrAfter : latestAllowedDay;
  }
  let chosen = seekWorkingDay(calendar, Math.max(from, slots.today), 1);
  if (chosen !== undefined && slots.startOn(chosen) === undefined) chosen = seekWorkingDay(calendar, chosen + 1, 1);
  if (chosen === undefined) return fail([noWorkingDay(fromDayNumber(slots.today))]);
  return ok({ chosen, latestAllowedDay: latestAllowedDay ?? chosen });
}

/** Why the day is what it is: overdue, the target passed, or moved off a day that is no working day. */
function explainDay(calendar: CompiledCalendar, due: Due, chosen: number, latestAllowed: CalendarDate, today: number): Finding | undefined {
  if (due.basis === 'none') return undefined;
  const date = fromDayNumber(chosen);
  const targetDay = toDayNumber(due.target);
  if (date > latestAllowed) {
    return finding.warning('schedule.plan.overdue', { params: { latestAllowed, date, days: chosen - toDayNumber(latestAllowed) } });
  }
  if (targetDay < today) return finding.info('schedule.plan.targetPassed', { params: { target: due.target, date } });
  if (chosen === targetDay) return undefined;
  const off = calendar.offReason(targetDay);
  // A working day that is moved from is today, with no time left in the preferred hours.
  if (off === undefined) return finding.info('schedule.plan.targetPassed', { params: { target: due.target, date } });
  const params = {
    target: due.target,
    date,
    reason: off.reason,
    ...(off.holiday === undefined ? {} : { holiday: off.holiday }),
    ...(off.closure === undefined ? {} : { closure: off.closure }),
  };
  return finding.info(chosen > targetDay ? 'schedule.plan.movedLater' : 'schedule.plan.movedEarlier', { params });
}

/** The dates a plan counts with, refused when they would fall outside the supported years. */
function rangeFindings(due: Due): Finding[] {
  // One finding per day: after a hire date, or without history, the target is the latest day too.
  return [...new Set([toDayNumber(due.target), toDayNumber(due.latestRaw)])].flatMap((day) => outOfRange(day, basisPath(due.basis)) ?? []);
}

/**
 * Proposes the next conversation of a kind: a working day (holidays and closures skipped), never in
 * the past, and never later than the policy's minimum frequency allows (`latestAllowed`) unless that
 * day has already passed. The interval is the employee's wish kept within the policy's bounds, else
 * the preferred interval; a first conversation comes `firstAfterHireMonths` after the hire date.
 * The start falls in the preferred hours (default 09:00 to 17:00, a single `'HH:mm'` also works) in
 * the given time zone, with that day's offset, so summer and winter time are right. Findings say
 * why: which interval, which day was moved and why, whether it is overdue. Dates from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { planNextConversation } from 'ontwikkelgesprek';
 * const result = planNextConversation({
 *   kind: 'development',
 *   lastConversation: '2027-01-12',
 *   employeeWishMonths: 3,
 *   now: '2027-01-12T16:00:00+01:00',
 *   preferredTime: '10:00',
 * });
 * if (result.ok) {
 *   result.value.date; // '2027-04-12'
 *   result.value.start; // '2027-04-12T10:00:00+02:00'
 *   result.value.latestAllowed; // '2028-01-12'
 *   result.findings.map((f) => f.code); // ['schedule.plan.wishUsed', 'schedule.plan.proposed']
 * }
 * ```
 */
export function planNextConversation(input: PlanInput): Result<PlannedConversation> {
  const parsed = parseWith(planInputSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const findings: Finding[] = [];
  const policy = policyFor(value.kind, value.policy, findings);
  const nowMs = Date.parse(value.now);
  const today = localDate(nowMs, timeZone);
  const last = value.lastConversation === undefined ? undefined : dayIn(value.lastConversation, timeZone);
  if (last !== undefined && last > today) {
    findings.push(finding.warning('schedule.plan.lastInFuture', { path: ['lastConversation'], params: { date: last, today } }));
  }
  const due = dueOf(policy, last, value.hireDate, today, value.employeeWishMonths, findings);
  const outside = rangeFindings(due);
  if (outside.length > 0) return fail([...findings, ...outside]);
  const durationMinutes = value.durationMinutes ?? defaultDurationMinutes[value.kind];
  const window = windowOf(value.preferredTime, durationMinutes);
  if (window === undefined) {
    return fail([
      ...findings,
      finding.error('schedule.time.windowTooShort', { path: ['preferredTime'], params: { minutes: durationMinutes } }),
    ]);
  }
  const slots = slotsOf(window, durationMinutes, nowMs, timeZone, toDayNumber(today));
  const day = chooseDay(calendar, due, slots);
  if (!day.ok) return fail([...findings, ...day.findings]);
  const { chosen, latestAllowedDay } = day.value;
  const late = [
    outOfRange(latestAllowedDay, basisPath(due.basis)),
    chosen === latestAllowedDay ? undefined : outOfRange(chosen, ['now']),
  ].flatMap((f) => f ?? []);
  if (late.length > 0) return fail([...findings, ...late]);
  const date = fromDayNumber(chosen);
  const latestAllowed = fromDayNumber(latestAllowedDay);
  const why = explainDay(calendar, due, chosen, latestAllowed, slots.today);
  if (why !== undefined) findings.push(why);

  const time = timeOf(slots.startOn(chosen) ?? window.from);
  const startMs = momentAt(date, time, timeZone);
  const actual = wallClock(startMs, timeZone);
  if (actual !== time) {
    findings.push(finding.warning('schedule.time.shiftedByDst', { path: ['preferredTime'], params: { date, time, actual } }));
  }
  findings.push(finding.info('schedule.plan.proposed', { params: { date, time, timeZone } }));
  const planned: PlannedConversation = {
    schemaVersion: 2,
    kind: value.kind,
    date,
    start: isoInZone(startMs, timeZone),
    end: isoInZone(startMs + durationMinutes * 60_000, timeZone),
    durationMinutes,
    timeZone,
    targetDate: due.target,
    latestAllowed,
    intervalMonths: due.intervalMonths,
    basis: due.basis,
    overdue: date > latestAllowed,
    ...(value.meta === undefined ? {} : { meta: value.meta }),
  };
  return resultOf(deepFreeze(planned), findings);
}
