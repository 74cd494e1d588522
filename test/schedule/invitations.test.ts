import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, instantAt, toDayNumber } from '../../src/core/index.js';
import type { CalendarEvent, ConversationInvitationInput, ICalendarOptions } from '../../src/schedule/index.js';
import { checkInDates, checkInSeries, conversationInvitation, planNextConversation, toICalendar } from '../../src/schedule/index.js';
import { msg } from '../finding-text.js';

/** Parses .ics text with ical.js, with its VTIMEZONEs registered while `read` looks at it. */
function withCalendar<T>(text: string, read: (calendar: ICAL.Component) => T): T {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return read(calendar);
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}

interface Person {
  email: string;
  cn: string | null;
  role: string | null;
  partstat: string | null;
  rsvp: string | null;
}

function person(property: ICAL.Property): Person {
  const parameter = (name: string) => (property.getParameter(name) as string | undefined) ?? null;
  return {
    email: String(property.getFirstValue()).replace(/^mailto:/iu, ''),
    cn: parameter('cn'),
    role: parameter('role'),
    partstat: parameter('partstat'),
    rsvp: parameter('rsvp'),
  };
}

interface ReadEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  startMs: number;
  endMs: number;
  organizer: Person | null;
  attendees: Person[];
  alarms: { seconds: number; description: string }[];
  occurrences: number[];
  tzid: string | null;
}

/** Everything a calendar app would take from the file, as ical.js reads it. */
function readBack(text: string): ReadEvent[] {
  return withCalendar(text, (calendar) =>
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const organizer = vevent.getFirstProperty('organizer');
      const occurrences: number[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && occurrences.length < 200; next = iterator.next()) {
        occurrences.push(next.toJSDate().getTime());
      }
      return {
        method: String(calendar.getFirstPropertyValue('method')),
        uid: event.uid,
        sequence: event.sequence,
        status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
        summary: event.summary,
        startMs: event.startDate.toJSDate().getTime(),
        endMs: event.endDate.toJSDate().getTime(),
        organizer: organizer === null ? null : person(organizer),
        attendees: vevent.getAllProperties('attendee').map(person),
        alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
          seconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
          description: String(alarm.getFirstPropertyValue('description')),
        })),
        occurrences,
        tzid: (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      };
    }),
  );
}

function ics(events: readonly CalendarEvent[], options: ICalendarOptions): string {
  const result = toICalendar(events, options);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly { code: string }[] }): T {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

const people = {
  uid: 'sanne-2027-07@ontwikkelgesprek.example',
  employeeName: 'Sanne',
  organizer: { email: 'ahmed@example.org', name: 'Ahmed Yılmaz' },
  attendees: [
    { email: 'sanne@example.org', name: 'Sanne de Vries', rsvp: true },
    { email: 'hr@example.org', name: 'Petra (HR)', role: 'informational' as const, status: 'accepted' as const },
  ],
} satisfies Partial<ConversationInvitationInput>;
const options: ICalendarOptions = { dtstamp: '2027-01-12T16:00:00+01:00', timeZone: 'Europe/Amsterdam', method: 'request' };

describe('conversationInvitation and toICalendar: invitations (RFC 5546)', () => {
  const planned = value(
    planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00', preferredTime: '10:00' }),
  );

  it('invites with organiser, attendees, roles, answers, a reminder and the zone, as ical.js reads it', () => {
    const event = value(conversationInvitation({ ...people, conversation: planned }));
    const text = ics([event], options);
    expect(text).toContain('METHOD:REQUEST\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    const [read] = readBack(text);
    expect(read).toEqual({
      method: 'REQUEST',
      uid: people.uid,
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Ontwikkelgesprek met Sanne',
      startMs: Date.parse('2027-07-12T10:00:00+02:00'),
      endMs: Date.parse('2027-07-12T11:00:00+02:00'),
      organizer: { email: 'ahmed@example.org', cn: 'Ahmed Yılmaz', role: null, partstat: null, rsvp: null },
      attendees: [
        { email: 'sanne@example.org', cn: 'Sanne de Vries', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
        { email: 'hr@example.org', cn: 'Petra (HR)', role: 'NON-PARTICIPANT', partstat: 'ACCEPTED', rsvp: null },
      ],
      alarms: [
        {
          seconds: -3600,
          description: 'Het ontwikkelgesprek begint om 10:00 (12 juli 2027). Eerst komen de afspraken van vorige keer aan bod.',
        },
      ],
      occurrences: [Date.parse('2027-07-12T10:00:00+02:00')],
      tzid: 'Europe/Amsterdam',
    });
  });

  it('takes the calendar reminder from the reminder policy, in the language asked for', () => {
    const soon = value(conversationInvitation({ ...people, conversation: planned, conversationLeadMinutes: 30, locale: 'en' }));
    expect(soon.alarms).toEqual([
      {
        minutesBefore: 30,
        description: 'The development conversation starts at 10:00 (12 July 2027). The agreements from last time come first.',
      },
    ]);
    expect(soon.summary).toBe('Development conversation with Sanne');
    expect(readBack(ics([soon], options))[0]?.alarms[0]?.seconds).toBe(-1800);
    expect(value(conversationInvitation({ ...people, conversation: planned, conversationLeadMinutes: 0 })).alarms?.[0]?.minutesBefore).toBe(
      0,
    );
    expect(value(conversationInvitation({ ...people, conversation: planned, conversationLeadMinutes: false })).alarms).toBeUndefined();
  });

  it('moves a conversation under the same reference with a higher sequence, and keeps it when nothing changed', () => {
    const first = value(conversationInvitation({ ...people, conversation: planned }));
    const movedConversation = { ...planned, start: '2027-07-13T14:00:00+02:00', end: '2027-07-13T15:00:00+02:00' };
    const moved = value(conversationInvitation({ ...people, conversation: movedConversation, previous: first }));
    expect([moved.uid, moved.sequence]).toEqual([first.uid, 1]);
    const again = value(conversationInvitation({ ...people, conversation: movedConversation, previous: moved }));
    expect(again.sequence).toBe(1); // resending the same appointment is no change
    const elsewhere = value(
      conversationInvitation({ ...people, conversation: movedConversation, location: 'Kamer 2.14', previous: again }),
    );
    expect(elsewhere.sequence).toBe(2);
    const [read] = readBack(ics([elsewhere], options));
    expect([read?.uid, read?.sequence, read?.startMs]).toEqual([people.uid, 2, Date.parse('2027-07-13T14:00:00+02:00')]);
    // Only the entry as it was sent before can raise the sequence: another entry cannot.
    const other = conversationInvitation({ ...people, uid: 'someone-else@example.org', conversation: movedConversation, previous: first });
    expect(other.ok).toBe(false);
    expect(other.findings[0]).toMatchObject({ code: 'schedule.ical.otherEvent', path: ['previous', 'uid'] });
    expect(msg(other.findings[0], 'nl')).toBe(
      'De vorige versie hoort bij een ander agenda-item dan ‘Ontwikkelgesprek met Sanne’; een verplaatst gesprek houdt het kenmerk dat het had.',
    );
  });

  it('cancels under the same reference, with a higher sequence and STATUS:CANCELLED', () => {
    const first = value(conversationInvitation({ ...people, conversation: planned }));
    const cancelled = value(conversationInvitation({ ...people, conversation: planned, previous: first, cancelled: true }));
    expect([cancelled.status, cancelled.sequence]).toEqual(['cancelled', 1]);
    const text = ics([cancelled], { ...options, method: 'cancel' });
    expect(text).toContain('METHOD:CANCEL\r\n');
    const [read] = readBack(text);
    expect([read?.method, read?.uid, read?.sequence, read?.status]).toEqual(['CANCEL', people.uid, 1, 'CANCELLED']);
    // A cancelled entry written as a cancellation is cancelled even when its status says otherwise.
    expect(ics([first], { ...options, method: 'cancel' })).toContain('STATUS:CANCELLED\r\n');
  });

  it('refuses an invitation without organiser or attendees, and an attendee twice', () => {
    const bare: CalendarEvent = { uid: 'x@example.org', start: planned.start, end: planned.end, summary: 'Ontwikkelgesprek' };
    const result = toICalendar([bare], options);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['schedule.ical.organizerMissing', ['events', 0, 'organizer']],
      ['schedule.ical.attendeesMissing', ['events', 0, 'attendees']],
    ]);
    expect(msg(result.findings[0], 'nl')).toBe('Een uitnodiging of afzegging voor ‘Ontwikkelgesprek’ heeft een organisator nodig.');
    expect(toICalendar([bare], { ...options, method: 'publish' }).ok).toBe(true);
    const twice = toICalendar(
      [{ ...bare, organizer: people.organizer, attendees: [{ email: 'sanne@example.org' }, { email: 'Sanne@Example.org' }] }],
      options,
    );
    expect(twice.findings[0]).toMatchObject({ code: 'schedule.ical.attendeeDuplicate', path: ['events', 0, 'attendees', 1, 'email'] });
    expect(msg(twice.findings[0], 'en')).toBe('Sanne@Example.org is among the attendees of “Ontwikkelgesprek” twice.');
  });

  it('reads back any name of organiser or attendee exactly, quotes and line breaks included (fast-check)', () => {
    // No backslash: RFC 5545 does not escape parameter values, and ical.js reads `\\` and `\n` in one
    // as escapes (its own writer does not round-trip them either); the library writes them as RFC 5545 says.
    const nameArb = fc
      .string({ unit: fc.constantFrom('a', 'é', 'ß', '😀', '"', '^', ';', ',', ':', '\n', ' ', "'"), minLength: 1, maxLength: 60 })
      .filter((name) => name.trim() !== '' && name.trim() === name);
    fc.assert(
      fc.property(nameArb, nameArb, (organizerName, attendeeName) => {
        const event: CalendarEvent = {
          uid: 'n@example.org',
          start: '2027-03-01T10:00:00Z',
          end: '2027-03-01T11:00:00Z',
          summary: 'Gesprek',
          organizer: { email: 'o@example.org', name: organizerName },
          attendees: [{ email: 'a@example.org', name: attendeeName }],
        };
        const text = ics([event], options);
        for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const [read] = readBack(text);
        expect(read?.organizer?.cn).toBe(organizerName.replace(/\r\n|\r/gu, '\n'));
        expect(read?.attendees[0]?.cn).toBe(attendeeName.replace(/\r\n|\r/gu, '\n'));
      }),
      { numRuns: 80 },
    );
  });
});

describe('checkInSeries: a series of check-ins as one recurring entry where that is exact', () => {
  it('writes one RRULE with EXDATE for the slot on King’s Day and RDATE for the day after', () => {
    const series = value(
      checkInSeries({
        from: '2027-04-20',
        everyWeeks: 1,
        until: '2027-05-20',
        time: '10:00',
        uid: 'sanne-checkins@example.org',
        employeeName: 'Sanne',
        organizer: people.organizer,
        attendees: [people.attendees[0]!],
      }),
    );
    expect(series).toHaveLength(1);
    const text = ics(series, options);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=5\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Amsterdam:20270427T100000\r\n');
    expect(text).toContain('RDATE;TZID=Europe/Amsterdam:20270428T100000\r\n');
    const [read] = readBack(text);
    const dates = value(checkInDates({ from: '2027-04-20', everyWeeks: 1, until: '2027-05-20' }));
    expect(read?.occurrences).toEqual(dates.map((date) => Date.parse(instantAt(date, '10:00', 'Europe/Amsterdam'))));
    expect(read?.summary).toBe('Voortgangsgesprek met Sanne');
  });

  it('gives the same occurrences as checkInDates for any rhythm, zone and time (fast-check)', () => {
    const zones = ['Europe/Amsterdam', 'America/New_York', 'UTC', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2032-12-31') }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom('08:30', '10:00', '13:45', '02:30', '01:30', '23:59'),
        fc.constantFrom(...zones),
        fc.boolean(),
        (from, everyWeeks, count, time, timeZone, sundays) => {
          const calendar = sundays ? { workingWeekdays: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[], timeZone } : { timeZone };
          const input = { from: fromDayNumber(from), everyWeeks, count, calendar };
          const result = checkInSeries({ ...input, time, uid: 'p@example.org', summary: 'Voortgangsgesprek' });
          const dates = value(checkInDates(input));
          const events = value(result);
          const read = readBack(ics(events, { dtstamp: '2027-01-01T00:00:00Z', timeZone }));
          const starts = read.flatMap((event) => event.occurrences).sort((a, b) => a - b);
          expect(starts.length).toBe(dates.length);
          // Every occurrence falls on its check-in day in the zone, at the time asked where that time exists.
          starts.forEach((ms, i) => {
            const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
            expect(local).toBe(dates[i]);
          });
          if (events.length === 1 && events[0]?.recurrence !== undefined) {
            expect(starts).toEqual(dates.map((date) => Date.parse(instantAt(date, time, timeZone))));
          } else {
            expect(events.length).toBe(dates.length);
            expect(result.findings.map((f) => f.code)).toEqual(['schedule.checkIns.separateEvents']);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes separate entries when the start time does not exist once on every day, or when asked', () => {
    // Sundays count here, and 02:30 does not exist on Sunday 29 March 2026 in Amsterdam.
    const input = {
      from: '2026-03-15',
      everyWeeks: 1,
      count: 3,
      time: '02:30',
      uid: 'night@example.org',
      calendar: { workingWeekdays: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[] },
    };
    const result = checkInSeries(input);
    const events = value(result);
    expect(events.map((event) => event.uid)).toEqual([
      '20260315-night@example.org',
      '20260322-night@example.org',
      '20260329-night@example.org',
    ]);
    expect(events.map((event) => event.start)).toEqual([
      '2026-03-15T02:30:00+01:00',
      '2026-03-22T02:30:00+01:00',
      '2026-03-29T03:30:00+02:00',
    ]);
    expect(result.findings[0]?.params).toEqual({ dates: ['2026-03-29'] });
    expect(msg(result.findings[0], 'nl')).toBe(
      'De voortgangsgesprekken staan als losse agenda-items in de agenda: op 29 maart 2026 bestaat de begintijd niet of twee keer, omdat de klok die nacht wordt verzet.',
    );
    expect(readBack(ics(events, { ...options, method: 'publish' })).map((event) => event.startMs)).toEqual(
      events.map((event) => Date.parse(event.start)),
    );
    const asked = checkInSeries({ from: '2027-04-20', everyWeeks: 2, count: 3, time: '10:00', uid: 's@example.org', separate: true });
    expect(value(asked)).toHaveLength(3);
    expect(asked.findings).toEqual([]);
  });
});
