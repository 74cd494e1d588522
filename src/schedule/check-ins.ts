import type { CalendarDate, Result } from '../core/index.js';
import { deepFreeze, fail, findingsFrom, fromDayNumber, ok, parseWith, toDayNumber } from '../core/index.js';
import { compileCalendar, noWorkingDay, seekWorkingDay } from './calendar.js';
import { scheduleMessages } from './messages.js';
import type { CheckInInput } from './schema.js';
import { checkInInputSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);

/**
 * The dates of short check-ins every `everyWeeks` weeks from `from`, up to `until` (inclusive) or
 * `count` of them (with both, whichever comes first), each moved to the first working day on or
 * after its slot, so a check-in never lands on King's Day or in a closure. Moved dates never pile up
 * on the next slot: the rhythm stays anchored to `from`.
 *
 * @example
 * ```ts
 * import { checkInDates } from 'ontwikkelgesprek';
 * const result = checkInDates({ from: '2027-03-22', everyWeeks: 5, count: 3 });
 * result.ok && result.value; // ['2027-03-22', '2027-04-26', '2027-05-31']
 * ```
 */
export function checkInDates(input: CheckInInput): Result<readonly CalendarDate[]> {
  const parsed = parseWith(checkInInputSchema, input, { messages: scheduleMessages });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value.until === undefined && value.count === undefined) {
    return fail([finding.error('schedule.checkIns.endMissing', { path: ['until'] })]);
  }
  const compiled = compileCalendar(value.calendar ?? {});
  if (!compiled.ok) return fail(compiled.findings.map((f) => ({ ...f, path: ['calendar', ...f.path] })));
  const start = toDayNumber(value.from);
  const until = value.until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(value.until);
  const count = value.count ?? 1_000;
  const step = value.everyWeeks * 7;
  const dates: CalendarDate[] = [];
  for (let slot = start; slot <= until && dates.length < count; slot += step) {
    const day = seekWorkingDay(compiled.value, slot, 1);
    if (day === undefined) return fail([noWorkingDay(fromDayNumber(slot))]);
    if (day > until) break;
    if (day >= slot + step) continue;
    dates.push(fromDayNumber(day));
  }
  return ok(deepFreeze(dates));
}
