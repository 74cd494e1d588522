// Times as iCalendar writes them: UTC stamps, local times with a TZID, and the VTIMEZONE that
// describes the zone's real transitions over the years of the entries.
import { offsetMinutes } from './zone.js';

const minuteMs = 60_000;
const dayMs = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The wall-clock reading of a (possibly shifted) moment as an RFC 5545 DATE-TIME without zone. */
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** A moment in UTC: `20270712T080000Z`. */
export function utcStamp(ms: number): string {
  return `${stamp(ms)}Z`;
}

/** A moment's local time in a zone: `20270712T100000` (to be written with `TZID`). */
export function localStamp(ms: number, timeZone: string): string {
  return stamp(Math.floor(ms / 1000) * 1000 + offsetMinutes(timeZone, ms) * minuteMs);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * Does this moment's wall-clock time occur twice (the hour that repeats when the clocks go back)?
 * RFC 5545 reads such a local time as the first occurrence, but parsers differ (ical.js takes the
 * second), so both occurrences are written in UTC, which every parser reads the same way.
 */
export function repeatedLocalTime(timeZone: string, ms: number): boolean {
  const offset = offsetMinutes(timeZone, ms);
  const local = ms + offset * minuteMs;
  for (const probe of [ms - 3 * 3_600_000, ms + 3 * 3_600_000]) {
    const other = offsetMinutes(timeZone, probe);
    if (other === offset) continue;
    const twin = local - other * minuteMs;
    if (offsetMinutes(timeZone, twin) === other) return true;
  }
  return false;
}

/** The moment of the transition between two days' offsets, to the minute (binary search). */
function transitionIn(timeZone: string, from: number, before: number): number {
  let low = from;
  let high = from + dayMs;
  while (high - low > minuteMs) {
    const mid = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
    if (offsetMinutes(timeZone, mid) === before) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * A VTIMEZONE for the years the entries span: one observance for the start of the first year and one
 * per real transition found in the zone's rules (no RRULE, so it is exact for every year it covers,
 * whatever the zone's history).
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string[] {
  const firstYear = new Date(fromMs).getUTCFullYear();
  const lastYear = new Date(toMs).getUTCFullYear();
  // Start two days early so that entries in the first hours of 1 January (local time) are covered.
  const startMs = Date.UTC(firstYear, 0, 1) - 2 * dayMs;
  const endMs = Date.UTC(lastYear + 1, 0, 1);
  const initial = offsetMinutes(timeZone, startMs);
  const transitions: { ms: number; from: number; to: number }[] = [];
  let previous = initial;
  for (let t = startMs; t < endMs; t += dayMs) {
    const next = offsetMinutes(timeZone, t + dayMs);
    if (next !== previous) {
      transitions.push({ ms: transitionIn(timeZone, t, previous), from: previous, to: next });
      previous = next;
    }
  }
  const standardOffset = Math.min(initial, ...transitions.map((t) => t.to));
  const observance = (ms: number, from: number, to: number): string[] => {
    const type = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${type}`,
      `DTSTART:${stamp(ms + from * minuteMs)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${type}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(startMs, initial, initial),
    ...transitions.flatMap((t) => observance(t.ms, t.from, t.to)),
    'END:VTIMEZONE',
  ];
}
