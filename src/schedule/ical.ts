import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Finding, Result } from '../core/index.js';
import { findingsFrom, parseWith, resultOf } from '../core/index.js';
import { z } from 'zod';
import { scheduleMessages } from './messages.js';
import type { CalendarEvent, ICalendarOptions } from './schema.js';
import { calendarEventSchema, iCalendarOptionsSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);
const encoder = new TextEncoder();
const minuteMs = 60_000;
const dayMs = 86_400_000;

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become `\n`. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.3.11 TEXT allows no CONTROL character but HTAB; CR and LF are escaped as line breaks. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Half of a surrogate pair without its other half: no UTF-8 encoding exists for it. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as iCalendar can carry it: control characters left out, lone surrogates as U+FFFD. */
function cleanText(text: string): string {
  return text.replace(controlCharacters, '').replace(loneSurrogates, '\uFFFD');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space; a fold never splits
 * a UTF-8 sequence, so Dutch text such as "één" survives any parser.
 */
function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts too
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function localStamp(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyyMMdd'T'HHmmss");
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Offset of a zone at a moment, in whole minutes. */
function offsetAt(timeZone: string, ms: number): number {
  return Math.round(tzOffset(timeZone, new Date(ms)));
}

/**
 * A VTIMEZONE for the years the events span: one observance for the start of the first year and one
 * per real transition found in the zone's rules (no RRULE, so it is exact for every year it covers,
 * whatever the zone's history).
 */
function vtimezone(timeZone: string, fromMs: number, toMs: number): string[] {
  const firstYear = new Date(fromMs).getUTCFullYear();
  const lastYear = new Date(toMs).getUTCFullYear();
  // Start two days early so that events in the first hours of 1 January (local time) are covered.
  const startMs = Date.UTC(firstYear, 0, 1) - 2 * dayMs;
  const endMs = Date.UTC(lastYear + 1, 0, 1);
  const initial = offsetAt(timeZone, startMs);
  const transitions: { ms: number; from: number; to: number }[] = [];
  let previous = initial;
  for (let t = startMs; t < endMs; t += dayMs) {
    const next = offsetAt(timeZone, t + dayMs);
    if (next !== previous) {
      let low = t;
      let high = t + dayMs;
      while (high - low > minuteMs) {
        const mid = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
        if (offsetAt(timeZone, mid) === previous) low = mid;
        else high = mid;
      }
      transitions.push({ ms: high, from: previous, to: next });
      previous = next;
    }
  }
  const offsets = [initial, ...transitions.map((t) => t.to)];
  const standardOffset = Math.min(...offsets);
  const observance = (ms: number, from: number, to: number): string[] => {
    const type = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${type}`,
      `DTSTART:${utcLocal(ms + from * minuteMs)}`,
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

/**
 * Does this moment's wall-clock time occur twice (the hour that repeats when the clocks go back)?
 * RFC 5545 reads such a local time as the first occurrence, but parsers differ (ical.js takes the
 * second), so both occurrences are written in UTC, which every parser reads the same way.
 */
function repeatedLocalTime(timeZone: string, ms: number): boolean {
  const offset = offsetAt(timeZone, ms);
  const local = ms + offset * minuteMs;
  for (const probe of [ms - 3 * 3_600_000, ms + 3 * 3_600_000]) {
    const other = offsetAt(timeZone, probe);
    if (other === offset) continue;
    const twin = local - other * minuteMs;
    if (twin !== ms && offsetAt(timeZone, twin) === other) return true;
  }
  return false;
}

/** The wall-clock reading of a UTC-shifted moment, as an RFC 5545 local DATE-TIME. */
function utcLocal(shiftedMs: number): string {
  return utcStamp(shiftedMs).replace(/Z$/, '');
}

/**
 * RFC 5545 text (`.ics`) for planned conversations and reminders: a VCALENDAR with one VEVENT per
 * event (UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION, LOCATION, and a display VALARM per
 * alarm), escaped, folded at 75
 * octets without splitting characters, and with CRLF line ends. Control characters (other than a
 * tab) are left out and lone surrogates become U+FFFD, with a `schedule.ical.textCleaned` warning. Times are written in UTC by default;
 * with an IANA `timeZone` they carry a TZID and the calendar includes a VTIMEZONE describing that
 * zone's real transitions over the years of the events (a moment in the hour that repeats when the
 * clocks go back is written in UTC, since its local time would be ambiguous). DTSTAMP comes from `options.dtstamp`,
 * because the library has no clock. Events are written sorted by start, then UID, so the same
 * events always give the same text.
 *
 * @example
 * ```ts
 * import { toICalendar } from 'ontwikkelgesprek';
 * const ics = toICalendar(
 *   [{
 *     uid: 'c-2027-07@example.org',
 *     start: '2027-07-12T10:00:00+02:00',
 *     end: '2027-07-12T11:00:00+02:00',
 *     summary: 'Ontwikkelgesprek met Sanne',
 *     description: 'Eerst de afspraken van vorige keer; daarna: waar wil je groeien?',
 *   }],
 *   { dtstamp: '2027-01-12T16:00:00+01:00', timeZone: 'Europe/Amsterdam' },
 * );
 * if (ics.ok) ics.value.includes('DTSTART;TZID=Europe/Amsterdam:20270712T100000'); // true
 * ```
 */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): Result<string> {
  const parsedEvents = parseWith(z.array(calendarEventSchema).max(100_000), events, {
    path: ['events'],
    messages: scheduleMessages,
  });
  const parsedOptions = parseWith(iCalendarOptionsSchema, options, { path: ['options'], messages: scheduleMessages });
  if (!parsedEvents.ok || !parsedOptions.ok) {
    return resultOf('', [...parsedEvents.findings, ...parsedOptions.findings]);
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  parsedEvents.value.forEach((event, index) => {
    if (seen.has(event.uid)) {
      findings.push(finding.error('schedule.ical.duplicateUid', { path: ['events', index, 'uid'], params: { uid: event.uid } }));
    }
    seen.add(event.uid);
  });
  if (findings.length > 0) return resultOf('', findings);

  // Text iCalendar cannot carry is cleaned and reported, never written raw (strict parsers reject it).
  const text = (value: string, path: (string | number)[]): string => {
    const cleaned = cleanText(value);
    if (cleaned !== value)
      findings.push(finding.warning('schedule.ical.textCleaned', { path, params: { field: String(path[path.length - 1]) } }));
    return escapeText(cleaned);
  };
  const opts = parsedOptions.value;
  const zone = opts.timeZone ?? 'UTC';
  const useTzid = zone !== 'UTC';
  const sorted = parsedEvents.value
    .map((event, index) => ({ event, index, start: Date.parse(event.start), end: Date.parse(event.end) }))
    .sort((a, b) => a.start - b.start || (a.event.uid < b.event.uid ? -1 : a.event.uid > b.event.uid ? 1 : 0));
  const when = (name: string, ms: number) =>
    useTzid && !repeatedLocalTime(zone, ms) ? `${name};TZID=${zone}:${localStamp(ms, zone)}` : `${name}:${utcStamp(ms)}`;

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opts.productId === undefined ? '-//ontwikkelgesprek//NONSGML ontwikkelgesprek//EN' : text(opts.productId, ['options', 'productId'])}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.name !== undefined) lines.push(`X-WR-CALNAME:${text(opts.name, ['options', 'name'])}`);
  if (useTzid && sorted.length > 0) {
    const from = Math.min(...sorted.map((s) => s.start));
    const to = Math.max(...sorted.map((s) => s.end));
    lines.push(...vtimezone(zone, from, to));
  }
  const dtstamp = utcStamp(Date.parse(opts.dtstamp));
  for (const { event, index, start, end } of sorted) {
    const at = (...rest: (string | number)[]) => ['events', index, ...rest];
    lines.push('BEGIN:VEVENT', `UID:${text(event.uid, at('uid'))}`, `DTSTAMP:${dtstamp}`, when('DTSTART', start), when('DTEND', end));
    const summary = text(event.summary, at('summary'));
    lines.push(`SUMMARY:${summary}`);
    if (event.description !== undefined) lines.push(`DESCRIPTION:${text(event.description, at('description'))}`);
    if (event.location !== undefined) lines.push(`LOCATION:${text(event.location, at('location'))}`);
    (event.alarms ?? []).forEach((alarm, alarmIndex) => {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${alarm.minutesBefore === 0 ? 'PT0M' : `-PT${alarm.minutesBefore}M`}`,
        `DESCRIPTION:${alarm.description === undefined ? summary : text(alarm.description, at('alarms', alarmIndex, 'description'))}`,
        'END:VALARM',
      );
    });
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  // Events are written sorted by start; the findings follow the input (options first, then events).
  const order = (f: Finding) => (f.path[0] === 'events' ? Number(f.path[1]) : -1);
  findings.sort((a, b) => order(a) - order(b));
  return resultOf(lines.map(foldLine).join('\r\n') + '\r\n', findings);
}
