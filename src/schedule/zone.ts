// Time-zone arithmetic for the schedule module, on one `Intl.DateTimeFormat` per zone. Building a
// format costs tens of microseconds, reading one a microsecond: the formats are kept in a bounded
// memo (a format is immutable, so the memo never changes an answer), and nothing else is cached.
import type { CalendarDate, Instant } from '../core/index.js';

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Zones kept; a host uses a handful. Past the bound a format is built per call and not kept. */
const maxZones = 64;
const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      format = null;
    }
    if (formats.size < maxZones) formats.set(timeZone, format);
  }
  return format;
}

/**
 * Is this an IANA time zone the runtime knows? The same answer as `isValidTimeZone` in core, from
 * the memo instead of a new format per question.
 */
export function isKnownZone(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 100 && formatFor(value) !== null;
}

/** The wall-clock fields of a moment in a zone. */
interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function fieldsAt(ms: number, timeZone: string): Fields {
  const format = formatFor(timeZone);
  if (format === null) throw new RangeError(`Unknown time zone ${timeZone}`);
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of format.formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  return { year: bc ? 1 - year : year, month, day, hour, minute, second };
}

/** The zone's offset from UTC at a moment, in minutes (whole: seconds of old local mean times dropped). */
export function offsetMinutes(timeZone: string, ms: number): number {
  const f = fieldsAt(ms, timeZone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / minuteMs);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar date a moment falls on in a zone. */
export function localDate(ms: number, timeZone: string): CalendarDate {
  const f = fieldsAt(ms, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** The wall-clock time `HH:mm` of a moment in a zone. */
export function wallClock(ms: number, timeZone: string): string {
  const f = fieldsAt(ms, timeZone);
  return `${pad(f.hour)}:${pad(f.minute)}`;
}

/** A moment as ISO 8601 with the zone's offset at that moment: `2027-07-12T10:00:00+02:00`. */
export function isoInZone(ms: number, timeZone: string): Instant {
  const offset = offsetMinutes(timeZone, ms);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * minuteMs);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * The moment of a local date and time in a zone. A time the clocks skip (02:30 on the night they go
 * forward) moves forward by the gap, to 03:30; a time that occurs twice (the night they go back) is
 * its first occurrence, as RFC 5545 reads a local time.
 */
export function momentAt(date: CalendarDate, time: string, timeZone: string): number {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  const before = offsetMinutes(timeZone, wall - dayMs);
  const after = offsetMinutes(timeZone, wall + dayMs);
  const early = wall - before * minuteMs;
  const late = wall - after * minuteMs;
  const earlyFits = offsetMinutes(timeZone, early) === before;
  const lateFits = offsetMinutes(timeZone, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (lateFits) return late;
  // Either only the earlier offset fits, or neither does (a skipped time): read it with the offset
  // from before the change, which lands after the gap.
  return early;
}

/** {@link momentAt} as ISO 8601 with that moment's offset. */
export function instantIn(date: CalendarDate, time: string, timeZone: string): Instant {
  return isoInZone(momentAt(date, time, timeZone), timeZone);
}

/** The calendar date of a date or an instant (an instant read in the zone). */
export function dayIn(value: CalendarDate | Instant, timeZone: string): CalendarDate {
  return value.length === 10 ? value : localDate(Date.parse(value), timeZone);
}
