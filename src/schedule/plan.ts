import type { CalendarDate, Finding, Instant, Result } from '../core/index.js';
import {
  addCalendarMonths,
  addMinutesToInstant,
  calendarDateOf,
  deepFreeze,
  fail,
  findingsFrom,
  fromDayNumber,
  instantAt,
  isCalendarDate,
  parseWith,
  resultOf,
  toDayNumber,
  wallClockOf,
} from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { calendarOfInput, noWorkingDay, seekWorkingDay } from './calendar.js';
import { scheduleMessages } from './messages.js';
import { defaultDurationMinutes, defaultRhythmPolicies } from './policy.js';
import type { PlanInput, PlannedConversation, RhythmPolicy } from './schema.js';
import { planInputSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A day known by its date or by a moment, as a calendar date in the zone. */
function dayOf(value: CalendarDate | Instant, timeZone: string): CalendarDate {
  return isCalendarDate(value) ? value : calendarDateOf(value, timeZone);
}

/** The policy for a kind: the caller's, or the default, with a warning when the kinds differ. */
function policyFor(kind: ConversationKind, policy: RhythmPolicy | undefined, findings: Finding[]): RhythmPolicy {
  if (policy === undefined) return defaultRhythmPolicies[kind];
  if (policy.kind !== kind) {
    findings.push(finding.warning('schedule.policy.kindMismatch', { path: ['policy', 'kind'], params: { kind, policyKind: policy.kind } }));
  }
  return policy;
}

/**
 * When the next conversation is due: the day the rhythm aims at and the latest working day the
 * policy allows, counted from the last conversation, else from the hire date, else from today.
 */
interface Due {
  readonly basis: PlannedConversation['basis'];
  readonly target: CalendarDate;
  readonly latestRaw: CalendarDate;
  readonly intervalMonths: number;
}

function dueOf(
  policy: RhythmPolicy,
  last: CalendarDate | undefined,
  hire: CalendarDate | undefined,
  today: CalendarDate,
  wish: number | undefined,
  findings: Finding[] | undefined,
): Due {
  if (last !== undefined) {
    let interval = policy.preferredIntervalMonths;
    if (wish !== undefined) {
      interval = Math.min(policy.maxIntervalMonths, Math.max(policy.minIntervalMonths, wish));
      findings?.push(
        interval === wish
          ? finding.info('schedule.plan.wishUsed', { path: ['employeeWishMonths'], params: { months: wish } })
          : finding.warning('schedule.plan.wishClamped', {
              path: ['employeeWishMonths'],
              params: { wish, months: interval, min: policy.minIntervalMonths, max: policy.maxIntervalMonths },
            }),
      );
    } else {
      findings?.push(finding.info('schedule.plan.preferredInterval', { params: { months: interval } }));
    }
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

/**
 * Proposes the next conversation of a kind: a working day (holidays and closures skipped), never in
 * the past, and never later than the policy's minimum frequency allows (`latestAllowed`) unless that
 * day has already passed. The interval is the employee's wish kept within the policy's bounds, else
 * the preferred interval; a first conversation comes `firstAfterHireMonths` after the hire date.
 * The start falls in the preferred hours (default 09:00 to 17:00, a single `'HH:mm'` also works) in
 * the given time zone, with that day's offset, so summer and winter time are right. Findings say
 * why: which interval, which day was moved and why, whether it is overdue.
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
 *   result.findings.map((f) => f.code); // ['schedule.plan.wishUsed', ...]
 * }
 * ```
 */
export function planNextConversation(input: PlanInput): Result<PlannedConversation> {
  const parsed = parseWith(planInputSchema, input, { messages: scheduleMessages });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const findings: Finding[] = [];
  const policy = policyFor(value.kind, value.policy, findings);
  const today = calendarDateOf(value.now, timeZone);
  const last = value.lastConversation === undefined ? undefined : dayOf(value.lastConversation, timeZone);
  if (last !== undefined && last > today) {
    findings.push(finding.warning('schedule.plan.lastInFuture', { path: ['lastConversation'], params: { date: last, today } }));
  }
  const due = dueOf(policy, last, value.hireDate, today, value.employeeWishMonths, findings);

  const durationMinutes = value.durationMinutes ?? defaultDurationMinutes[value.kind];
  const preferred = value.preferredTime ?? { from: '09:00', to: '17:00' };
  const window =
    typeof preferred === 'string'
      ? { from: minutesOf(preferred), to: minutesOf(preferred) + durationMinutes }
      : { from: minutesOf(preferred.from), to: minutesOf(preferred.to) };
  if (window.to - window.from < durationMinutes || window.to > 24 * 60) {
    return fail([
      ...findings,
      finding.error('schedule.time.windowTooShort', { path: ['preferredTime'], params: { minutes: durationMinutes } }),
    ]);
  }
  // The earliest start today: now, rounded up to the next quarter of an hour.
  const nowMs = Date.parse(value.now);
  const nowMinutes = minutesOf(wallClockOf(value.now, timeZone)) + (nowMs % 60_000 === 0 ? 0 : 1);
  const todayStart = Math.max(window.from, Math.ceil(nowMinutes / 15) * 15);
  const todayNumber = toDayNumber(today);
  const startMinutesOn = (day: number): number | undefined =>
    day > todayNumber ? window.from : day === todayNumber && todayStart + durationMinutes <= window.to ? todayStart : undefined;

  const latestAllowedDay = seekWorkingDay(calendar, toDayNumber(due.latestRaw), -1);
  const firstPossible = (from: number): number | undefined => {
    let day = seekWorkingDay(calendar, Math.max(from, todayNumber), 1);
    if (day !== undefined && startMinutesOn(day) === undefined) day = seekWorkingDay(calendar, day + 1, 1);
    return day;
  };
  if (latestAllowedDay === undefined) return fail([...findings, noWorkingDay(due.latestRaw)]);

  const targetDay = toDayNumber(due.target);
  let chosen: number | undefined;
  if (due.basis === 'none') {
    chosen = firstPossible(todayNumber);
  } else {
    const onOrAfter = seekWorkingDay(calendar, targetDay, 1);
    const candidate = onOrAfter !== undefined && onOrAfter <= latestAllowedDay ? onOrAfter : latestAllowedDay;
    chosen = candidate >= todayNumber && startMinutesOn(candidate) !== undefined ? candidate : firstPossible(todayNumber);
  }
  if (chosen === undefined) return fail([...findings, noWorkingDay(today)]);
  const latestAllowed = due.basis === 'none' ? fromDayNumber(chosen) : fromDayNumber(latestAllowedDay);
  const date = fromDayNumber(chosen);
  const overdue = date > latestAllowed;

  if (targetDay < todayNumber && due.basis !== 'none') {
    findings.push(
      overdue
        ? finding.warning('schedule.plan.overdue', {
            params: { latestAllowed, date, days: chosen - toDayNumber(latestAllowed) },
          })
        : finding.info('schedule.plan.targetPassed', { params: { target: due.target, date } }),
    );
  } else if (overdue) {
    findings.push(finding.warning('schedule.plan.overdue', { params: { latestAllowed, date, days: chosen - toDayNumber(latestAllowed) } }));
  } else if (chosen !== targetDay && due.basis !== 'none') {
    const reason = calendar.offReason(targetDay);
    findings.push(
      finding.info(chosen > targetDay ? 'schedule.plan.movedLater' : 'schedule.plan.movedEarlier', {
        params: {
          target: due.target,
          date,
          reasonNl: reason?.nl ?? '',
          reasonEn: reason?.en ?? '',
        },
      }),
    );
  }

  const startMinutes = startMinutesOn(chosen) ?? window.from;
  const time = timeOf(startMinutes);
  const start = instantAt(date, time, timeZone);
  if (wallClockOf(start, timeZone) !== time) {
    findings.push(
      finding.warning('schedule.time.shiftedByDst', {
        path: ['preferredTime'],
        params: { date, time, actual: wallClockOf(start, timeZone) },
      }),
    );
  }
  const end = addMinutesToInstant(start, durationMinutes, timeZone);
  findings.push(finding.info('schedule.plan.proposed', { params: { date, time, timeZone } }));
  const planned: PlannedConversation = {
    kind: value.kind,
    date,
    start,
    end,
    durationMinutes,
    timeZone,
    targetDate: due.target,
    latestAllowed,
    intervalMonths: due.intervalMonths,
    basis: due.basis,
    overdue,
  };
  return resultOf(deepFreeze(planned), findings);
}

// Module-internal: the due-date rule is shared with followUpStatus and dueList.
export type { Due };
export { dayOf, dueOf, policyFor };
