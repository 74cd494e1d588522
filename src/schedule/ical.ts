import * as z from 'zod/mini';
import type { Finding, Path, Ref, Result } from '../core/index.js';
import { fail, parseWith, resultOf } from '../core/index.js';
import type { FindingParamsOf } from '../locales/index.js';
import { finding } from '../locales/index.js';
import { cleanText, escapeText, foldLine, quoteParameter } from './ical-text.js';
import { localStamp, repeatedLocalTime, utcStamp, vtimezone } from './ical-zone.js';
import { calendarEventSchema, iCalendarOptionsSchema } from './schemas/ical.js';
import type { CalendarEvent, ICalendarOptions } from './types.js';

type Event = z.output<typeof calendarEventSchema>;
type Field = FindingParamsOf<'schedule.ical.textCleaned'>['field'];

const eventsSchema = z.array(calendarEventSchema).check(z.maxLength(100_000));
const dayMs = 86_400_000;
const roles = { chair: 'CHAIR', required: 'REQ-PARTICIPANT', optional: 'OPT-PARTICIPANT', informational: 'NON-PARTICIPANT' } as const;
const answers = {
  needsAction: 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
  delegated: 'DELEGATED',
} as const;
const statuses = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

function refOf(event: Event): Ref {
  return { kind: 'event', id: event.uid, title: event.summary };
}

/** Problems that make the file wrong: a reference used twice, an invitation without organiser or attendees. */
function eventProblems(events: readonly Event[], method: string): Finding[] {
  const problems: Finding[] = [];
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const at: Path = ['events', index];
    if (seen.has(event.uid))
      problems.push(finding.error('schedule.ical.duplicateUid', { path: [...at, 'uid'], params: { event: refOf(event) } }));
    seen.add(event.uid);
    if (method !== 'publish' && event.organizer === undefined) {
      problems.push(finding.error('schedule.ical.organizerMissing', { path: [...at, 'organizer'], params: { event: refOf(event) } }));
    }
    if (method !== 'publish' && (event.attendees ?? []).length === 0) {
      problems.push(finding.error('schedule.ical.attendeesMissing', { path: [...at, 'attendees'], params: { event: refOf(event) } }));
    }
    const emails = new Set<string>();
    (event.attendees ?? []).forEach((attendee, position) => {
      const email = attendee.email.toLowerCase();
      if (emails.has(email)) {
        problems.push(
          finding.error('schedule.ical.attendeeDuplicate', {
            path: [...at, 'attendees', position, 'email'],
            params: { event: refOf(event), email: attendee.email },
          }),
        );
      }
      emails.add(email);
    });
  });
  return problems;
}

/** How one file writes: its zone, its method, and where cleaned text is reported. */
interface Writer {
  readonly method: string;
  readonly dtstamp: string;
  when(name: string, ms: number): string;
  /** Text as iCalendar can carry it, reported when something had to go. */
  clean(value: string, path: Path, field: Field, event?: Ref): string;
  /** Cleaned and escaped, for a TEXT value. */
  text(value: string, path: Path, field: Field, event?: Ref): string;
}

function peopleLines(event: Event, index: number, writer: Writer): string[] {
  const lines: string[] = [];
  const ref = refOf(event);
  const cn = (name: string | undefined, path: Path, field: Field) =>
    name === undefined ? '' : `;CN=${quoteParameter(writer.clean(name, path, field, ref))}`;
  if (event.organizer !== undefined) {
    lines.push(`ORGANIZER${cn(event.organizer.name, ['events', index, 'organizer', 'name'], 'organizer')}:mailto:${event.organizer.email}`);
  }
  (event.attendees ?? []).forEach((attendee, position) => {
    const name = cn(attendee.name, ['events', index, 'attendees', position, 'name'], 'attendee');
    const rsvp = attendee.rsvp === undefined ? '' : `;RSVP=${attendee.rsvp ? 'TRUE' : 'FALSE'}`;
    lines.push(
      `ATTENDEE${name};ROLE=${roles[attendee.role ?? 'required']};PARTSTAT=${answers[attendee.status ?? 'needsAction']}${rsvp}:mailto:${attendee.email}`,
    );
  });
  return lines;
}

function recurrenceLines(event: Event, writer: Writer): string[] {
  const recurrence = event.recurrence;
  if (recurrence === undefined) return [];
  return [
    `RRULE:FREQ=WEEKLY;INTERVAL=${recurrence.everyWeeks};COUNT=${recurrence.count}`,
    ...(recurrence.except ?? []).map((instant) => writer.when('EXDATE', Date.parse(instant))),
    ...(recurrence.extra ?? []).map((instant) => writer.when('RDATE', Date.parse(instant))),
  ];
}

function eventLines(event: Event, index: number, writer: Writer): string[] {
  const ref = refOf(event);
  const at = (...rest: (string | number)[]): Path => ['events', index, ...rest];
  const lines = ['BEGIN:VEVENT', `UID:${writer.text(event.uid, at('uid'), 'uid', ref)}`, `DTSTAMP:${writer.dtstamp}`];
  if (event.sequence !== undefined || writer.method !== 'publish') lines.push(`SEQUENCE:${event.sequence ?? 0}`);
  lines.push(
    writer.when('DTSTART', Date.parse(event.start)),
    writer.when('DTEND', Date.parse(event.end)),
    ...recurrenceLines(event, writer),
  );
  const summary = writer.text(event.summary, at('summary'), 'summary', ref);
  lines.push(`SUMMARY:${summary}`);
  if (event.description !== undefined) lines.push(`DESCRIPTION:${writer.text(event.description, at('description'), 'description', ref)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${writer.text(event.location, at('location'), 'location', ref)}`);
  const status = writer.method === 'cancel' ? 'cancelled' : event.status;
  if (status !== undefined) lines.push(`STATUS:${statuses[status]}`);
  lines.push(...peopleLines(event, index, writer));
  (event.alarms ?? []).forEach((alarm, alarmIndex) => {
    const description =
      alarm.description === undefined ? summary : writer.text(alarm.description, at('alarms', alarmIndex, 'description'), 'alarm', ref);
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${alarm.minutesBefore === 0 ? 'PT0M' : `-PT${alarm.minutesBefore}M`}`,
      `DESCRIPTION:${description}`,
      'END:VALARM',
    );
  });
  lines.push('END:VEVENT');
  return lines;
}

/** The first and last moment the entries cover, series included, for the VTIMEZONE. */
function spanOf(events: readonly Event[]): { from: number; to: number } {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    const start = Date.parse(event.start);
    let end = Date.parse(event.end);
    const recurrence = event.recurrence;
    if (recurrence !== undefined) {
      end += ((recurrence.count - 1) * recurrence.everyWeeks * 7 + 1) * dayMs;
      for (const instant of recurrence.extra ?? []) end = Math.max(end, Date.parse(instant) + dayMs);
    }
    from = Math.min(from, start);
    to = Math.max(to, end);
  }
  return { from, to };
}

/**
 * RFC 5545 text (`.ics`) for conversations, invitations and reminders: a VCALENDAR with one VEVENT
 * per entry (UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION, LOCATION; a display VALARM per
 * alarm; ORGANIZER and ATTENDEE with `ROLE` and `PARTSTAT`; SEQUENCE and STATUS; a weekly RRULE with
 * EXDATE and RDATE for a series), escaped, folded at 75 octets without splitting characters, and
 * with CRLF line ends.
 *
 * `method` says what the file asks (RFC 5546): `publish` (default), `request` for an invitation or
 * an update of one (a moved conversation keeps its `uid` and raises `sequence`), `cancel` to call
 * entries off (written with `STATUS:CANCELLED`). An invitation or cancellation needs an organiser and
 * at least one attendee per entry. Times are written in UTC by default; with an IANA `timeZone` they
 * carry a TZID and the calendar includes a VTIMEZONE describing that zone's real transitions over
 * the years of the entries (a moment in the hour that repeats when the clocks go back is written in
 * UTC, since its local time would be ambiguous). DTSTAMP comes from `options.dtstamp`, because the
 * library has no clock. Control characters (other than a tab) are left out and lone surrogates
 * become U+FFFD, with a `schedule.ical.textCleaned` warning. Entries are written sorted by start,
 * then UID, so the same entries always give the same text. Dates from 1900 to 2200.
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
 *     organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
 *     attendees: [{ email: 'sanne@example.org', name: 'Sanne', rsvp: true }],
 *   }],
 *   { dtstamp: '2027-01-12T16:00:00+01:00', timeZone: 'Europe/Amsterdam', method: 'request' },
 * );
 * if (ics.ok) {
 *   ics.value.includes('DTSTART;TZID=Europe/Amsterdam:20270712T100000'); // true
 *   // Long lines are folded at 75 octets (RFC 5545); unfold before searching.
 *   const unfolded = ics.value.replaceAll('\r\n ', '');
 *   unfolded.includes('ATTENDEE;CN="Sanne";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne@example.org'); // true
 * }
 * ```
 */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): Result<string> {
  const parsedEvents = parseWith(eventsSchema, events, { path: ['events'] });
  const parsedOptions = parseWith(iCalendarOptionsSchema, options, { path: ['options'] });
  if (!parsedEvents.ok || !parsedOptions.ok) return fail([...parsedEvents.findings, ...parsedOptions.findings]);
  const opts = parsedOptions.value;
  const method = opts.method ?? 'publish';
  const problems = eventProblems(parsedEvents.value, method);
  if (problems.length > 0) return fail(problems);

  const findings: Finding[] = [];
  const zone = opts.timeZone ?? 'UTC';
  const useTzid = zone !== 'UTC';
  const writer: Writer = {
    method,
    dtstamp: utcStamp(Date.parse(opts.dtstamp)),
    when: (name, ms) =>
      useTzid && !repeatedLocalTime(zone, ms) ? `${name};TZID=${zone}:${localStamp(ms, zone)}` : `${name}:${utcStamp(ms)}`,
    // Text iCalendar cannot carry is cleaned and reported, never written raw (strict parsers reject it).
    clean: (value, path, field, event) => {
      const cleaned = cleanText(value);
      if (cleaned !== value)
        findings.push(finding.warning('schedule.ical.textCleaned', { path, params: event === undefined ? { field } : { field, event } }));
      return cleaned;
    },
    text: (value, path, field, event) => escapeText(writer.clean(value, path, field, event)),
  };
  const sorted = parsedEvents.value
    .map((event, index) => ({ event, index, start: Date.parse(event.start) }))
    // References are unique (a repeated one is refused above), so two entries are never alike.
    .sort((a, b) => a.start - b.start || (a.event.uid < b.event.uid ? -1 : 1));
  const productId =
    opts.productId === undefined
      ? '-//ontwikkelgesprek//NONSGML ontwikkelgesprek//EN'
      : writer.text(opts.productId, ['options', 'productId'], 'productId');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', `METHOD:${method.toUpperCase()}`];
  if (opts.name !== undefined) lines.push(`X-WR-CALNAME:${writer.text(opts.name, ['options', 'name'], 'name')}`);
  if (useTzid && sorted.length > 0) {
    const span = spanOf(parsedEvents.value);
    lines.push(...vtimezone(zone, span.from, span.to));
  }
  for (const { event, index } of sorted) lines.push(...eventLines(event, index, writer));
  lines.push('END:VCALENDAR');
  // Entries are written sorted by start; the findings follow the input (options first, then entries).
  const order = (f: Finding) => (f.path[0] === 'events' ? Number(f.path[1]) : -1);
  findings.sort((a, b) => order(a) - order(b));
  return resultOf(lines.map(foldLine).join('\r\n') + '\r\n', findings);
}
