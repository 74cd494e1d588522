import type * as z from 'zod/mini';
import type { CalendarDate, Result } from '../core/index.js';
import { fail, fromDayNumber, ok, parseWith, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import { checkInInputSchema } from './schemas/ical.js';
import type { CheckInInput } from './types.js';
import { compileCalendar, noWorkingDay, outOfRange, seekWorkingDay } from './working-days.js';

/** One check-in: the slot of the rhythm it belongs to, and the working day it takes place on. */
export interface CheckInDay {
  readonly slot: number;
  readonly day: number;
}

/** The rhythm's slots and their working days; a slot whose next working day is in the next slot is skipped. */
export interface CheckInPlan {
  readonly days: readonly CheckInDay[];
  /** The first slot (`from`) and the days between slots. */
  readonly start: number;
  readonly step: number;
}

type CheckInData = Pick<z.output<typeof checkInInputSchema>, 'from' | 'everyWeeks' | 'until' | 'count' | 'calendar'>;

/** The check-ins of validated input, by day number. */
export function checkInPlan(value: CheckInData): Result<CheckInPlan> {
  if (value.until === undefined && value.count === undefined) {
    return fail([finding.error('schedule.checkIns.endMissing', { path: ['until'] })]);
  }
  const compiled = compileCalendar(value.calendar ?? {});
  if (!compiled.ok) return fail(compiled.findings.map((f) => ({ ...f, path: ['calendar', ...f.path] })));
  const start = toDayNumber(value.from);
  const until = value.until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(value.until);
  const count = value.count ?? 1_000;
  const step = value.everyWeeks * 7;
  const days: CheckInDay[] = [];
  for (let slot = start; slot <= until && days.length < count; slot += step) {
    const day = seekWorkingDay(compiled.value, slot, 1);
    if (day === undefined) return fail([noWorkingDay(fromDayNumber(slot))]);
    if (day > until) break;
    if (day >= slot + step) continue;
    const outside = outOfRange(day, ['from']);
    if (outside !== undefined) return fail([outside]);
    days.push({ slot, day });
  }
  return ok({ days, start, step });
}

/**
 * The dates of short check-ins every `everyWeeks` weeks from `from`, up to `until` (inclusive) or
 * `count` of them (with both, whichever comes first), each moved to the first working day on or
 * after its slot, so a check-in never lands on King's Day or in a closure. Moved dates never pile up
 * on the next slot: the rhythm stays anchored to `from`. Dates from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { checkInDates } from 'ontwikkelgesprek';
 * const result = checkInDates({ from: '2027-03-22', everyWeeks: 5, count: 3 });
 * result.ok && result.value; // ['2027-03-22', '2027-04-26', '2027-05-31']
 * ```
 */
export function checkInDates(input: CheckInInput): Result<readonly CalendarDate[]> {
  const parsed = parseWith(checkInInputSchema, input);
  if (!parsed.ok) return parsed;
  const plan = checkInPlan(parsed.value);
  if (!plan.ok) return plan;
  const dates = plan.value.days.map((entry) => fromDayNumber(entry.day));
  return ok(Object.freeze(dates));
}
