// Budget periods: a source's periods tile the calendar from a first day in steps of whole months.
import type { CalendarDate } from '../../core/index.js';
import { addCalendarDays, addCalendarMonths } from '../../core/index.js';
import type { FundingSource } from './types.js';

/**
 * The periods of one source. `anchored` when the source says where its first period starts (then
 * allowances accrue from there and can be saved up); otherwise it runs in calendar years without a
 * first one.
 */
export interface PeriodRule {
  readonly start: CalendarDate;
  readonly months: number;
  readonly until: CalendarDate | null;
  readonly anchored: boolean;
}

/** Calendar years, for a source that names no periods: any year counts, none accrues before another. */
const calendarYears: PeriodRule = { start: '1900-01-01', months: 12, until: null, anchored: false };

/** The periods of a source; a 0.1 budget is one calendar year and nothing else (its year has four digits). */
export function ruleOf(source: FundingSource, legacyYear?: number): PeriodRule {
  if (legacyYear !== undefined) return { start: `${legacyYear}-01-01`, months: 12, until: `${legacyYear}-12-31`, anchored: true };
  if (source.period === undefined) return calendarYears;
  return { start: source.period.start, months: source.period.months ?? 12, until: source.period.until ?? null, anchored: true };
}

/** The first day of period `index` (0 is the one starting on the rule's first day). */
export function periodStart(rule: PeriodRule, index: number): CalendarDate {
  return addCalendarMonths(rule.start, index * rule.months);
}

/** The last day of period `index`. */
export function periodEnd(rule: PeriodRule, index: number): CalendarDate {
  return addCalendarDays(periodStart(rule, index + 1), -1);
}

/** A day, or the source's last day when that comes first. */
function capped(rule: PeriodRule, date: CalendarDate): CalendarDate {
  const until = rule.until ?? date;
  return until < date ? until : date;
}

/** The period a date falls in, or `null` before the first period of an anchored source or after its last day. */
export function periodIndexOf(rule: PeriodRule, date: CalendarDate): number | null {
  if (capped(rule, date) < date) return null;
  const months =
    (Number(date.slice(0, 4)) - Number(rule.start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(rule.start.slice(5, 7));
  // The period these months count to starts in the date's month or before it. In the date's own month
  // it can start on a later day (the first day's day of the month, clamped): then it is the one before.
  const counted = Math.floor(months / rule.months);
  const index = date < periodStart(rule, counted) ? counted - 1 : counted;
  return rule.anchored && index < 0 ? null : index;
}

/** The period a date falls in, clamped into the source's range: the headline period for a moment outside it. */
export function clampedPeriodOf(rule: PeriodRule, date: CalendarDate): number {
  return periodIndexOf(rule, capped(rule, date)) ?? 0;
}

/** The last day a period can be used: its end, or the source's last day when that comes first. */
export function lastUsableDay(rule: PeriodRule, index: number): CalendarDate {
  return capped(rule, periodEnd(rule, index));
}
