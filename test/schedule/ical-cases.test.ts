// Calendars written out line by line for a few mornings of conversations (issue 21: mutation testing
// showed which lines, findings and edges of `toICalendar` no test pinned). Calendar facts: in 2027 and
// 2028 the Netherlands and the United Kingdom go to summer time on 28 March 2027 and 26 March 2028,
// back on 31 October 2027 and 29 October 2028.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, ICalendarOptions } from '../../src/schedule/index.js';
import { toICalendar } from '../../src/schedule/index.js';

const morning = { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' };
const dtstamp = '2027-07-01T09:00:00+02:00';

function lines(events: readonly CalendarEvent[], options: ICalendarOptions): string[] {
  const result = toICalendar(events, options);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value.replaceAll('\r\n ', '').split('\r\n');
}

/** The observances of the VTIMEZONE: start, offset from, offset to. */
function observances(text: readonly string[]): string[] {
  return text.filter((line) => /^(BEGIN:(STANDARD|DAYLIGHT)|DTSTART:|TZOFFSET)/u.test(line));
}

describe('toICalendar, a morning written out by hand', () => {
  // A functioneringsgesprek at 10:00 given first, a voortgangsgesprek at 09:00 given second; text from a
  // host's form with stray control characters in every field that can hold text.
  const review: CalendarEvent = {
    ...morning,
    uid: 'b@acme.example',
    summary: 'Functioneringsgesprek\u0007 Joost',
    description: 'Hoe gaat het werk?\u0004',
    location: 'Kamer 3\u0005',
    status: 'tentative',
    organizer: { email: 'ahmed@acme.example', name: 'Ahmed\u0001' },
    attendees: [{ email: 'joost@acme.example', name: 'Joost\u0002', role: 'optional', status: 'accepted', rsvp: false }],
    alarms: [{ minutesBefore: 0 }, { minutesBefore: 15, description: 'Nog een kwartier\u0003' }],
  };
  const progress: CalendarEvent = {
    uid: 'a@acme.example',
    start: '2027-07-12T09:00:00+02:00',
    end: morning.end,
    summary: 'Voortgang\u000e',
  };
  const options: ICalendarOptions = { dtstamp, productId: '-//Acme, HR\u0006//NL', name: 'Gesprekken; team\u0008 Noord' };

  it('writes every line: the calendar’s name and product, the earlier entry first, the later one with its people and alarms', () => {
    expect(lines([review, progress], options)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Acme\\, HR//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Gesprekken\\; team Noord',
      'BEGIN:VEVENT',
      'UID:a@acme.example',
      'DTSTAMP:20270701T070000Z',
      'DTSTART:20270712T070000Z',
      'DTEND:20270712T090000Z',
      'SUMMARY:Voortgang',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@acme.example',
      'DTSTAMP:20270701T070000Z',
      'DTSTART:20270712T080000Z',
      'DTEND:20270712T090000Z',
      'SUMMARY:Functioneringsgesprek Joost',
      'DESCRIPTION:Hoe gaat het werk?',
      'LOCATION:Kamer 3',
      'STATUS:TENTATIVE',
      'ORGANIZER;CN="Ahmed":mailto:ahmed@acme.example',
      'ATTENDEE;CN="Joost";ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:joost@acme.example',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:PT0M',
      'DESCRIPTION:Functioneringsgesprek Joost',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'DESCRIPTION:Nog een kwartier',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('says where each cleaned text was given: the options first, then the entries in the order the host gave them', () => {
    const result = toICalendar([review, { ...progress, uid: 'a@acme.example\u0003' }], options);
    const event = { kind: 'event', id: 'b@acme.example', title: 'Functioneringsgesprek\u0007 Joost' };
    const other = { kind: 'event', id: 'a@acme.example\u0003', title: 'Voortgang\u000e' };
    expect(result.findings.map((f) => [f.code, f.severity, f.path, f.params])).toEqual([
      ['schedule.ical.textCleaned', 'warning', ['options', 'productId'], { field: 'productId' }],
      ['schedule.ical.textCleaned', 'warning', ['options', 'name'], { field: 'name' }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'summary'], { field: 'summary', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'description'], { field: 'description', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'location'], { field: 'location', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'organizer', 'name'], { field: 'organizer', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'attendees', 0, 'name'], { field: 'attendee', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 0, 'alarms', 1, 'description'], { field: 'alarm', event }],
      ['schedule.ical.textCleaned', 'warning', ['events', 1, 'uid'], { field: 'uid', event: other }],
      ['schedule.ical.textCleaned', 'warning', ['events', 1, 'summary'], { field: 'summary', event: other }],
    ]);
    // The options' findings name no entry: their params have no `event` at all.
    expect(Object.keys(result.findings[0]?.params ?? {})).toEqual(['field']);
  });

  it('refuses an invitation naming the problem where it is: no organiser, no attendees, a reference twice, one address twice in other capitals', () => {
    const result = toICalendar(
      [
        { ...morning, uid: 'x@acme.example', summary: 'Ontwikkelgesprek' },
        {
          ...morning,
          uid: 'x@acme.example',
          summary: 'Loopbaangesprek',
          organizer: { email: 'ahmed@acme.example' },
          attendees: [{ email: 'Sanne@Acme.example' }, { email: 'sanne@acme.EXAMPLE' }],
        },
      ],
      { dtstamp, method: 'request' },
    );
    expect(result.ok).toBe(false);
    const first = { kind: 'event', id: 'x@acme.example', title: 'Ontwikkelgesprek' };
    const second = { kind: 'event', id: 'x@acme.example', title: 'Loopbaangesprek' };
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['schedule.ical.organizerMissing', ['events', 0, 'organizer'], { event: first }],
      ['schedule.ical.attendeesMissing', ['events', 0, 'attendees'], { event: first }],
      ['schedule.ical.duplicateUid', ['events', 1, 'uid'], { event: second }],
      ['schedule.ical.attendeeDuplicate', ['events', 1, 'attendees', 1, 'email'], { event: second, email: 'sanne@acme.EXAMPLE' }],
    ]);
  });

  it('writes SEQUENCE when an invitation asks or the entry has one, and STATUS only when there is one or the file cancels', () => {
    const people = { organizer: { email: 'ahmed@acme.example' }, attendees: [{ email: 'sanne@acme.example' }] };
    const plain: CalendarEvent = { ...morning, uid: 'p@acme.example', summary: 'Ontwikkelgesprek' };
    const of = (events: CalendarEvent[], extra: Partial<ICalendarOptions> = {}) =>
      lines(events, { dtstamp, ...extra }).filter((line) => /^(SEQUENCE|STATUS|ORGANIZER|METHOD)/u.test(line));
    expect(of([plain])).toEqual(['METHOD:PUBLISH']);
    expect(of([{ ...plain, sequence: 2, status: 'confirmed' }])).toEqual(['METHOD:PUBLISH', 'SEQUENCE:2', 'STATUS:CONFIRMED']);
    expect(of([{ ...plain, ...people }], { method: 'request' })).toEqual([
      'METHOD:REQUEST',
      'SEQUENCE:0',
      'ORGANIZER:mailto:ahmed@acme.example',
    ]);
    expect(of([{ ...plain, ...people, sequence: 1, status: 'confirmed' }], { method: 'cancel' })).toEqual([
      'METHOD:CANCEL',
      'SEQUENCE:1',
      'STATUS:CANCELLED',
      'ORGANIZER:mailto:ahmed@acme.example',
    ]);
  });

  it('orders entries by start, then by reference, whatever order the host gave them in', () => {
    const at = (uid: string, start: string): CalendarEvent => ({ uid, start, end: '2027-07-12T12:00:00+02:00', summary: uid });
    const uids = (events: CalendarEvent[]) => lines(events, { dtstamp }).filter((line) => line.startsWith('UID:'));
    const same = [at('b', morning.start), at('a', morning.start), at('c', morning.start)];
    expect(uids(same)).toEqual(['UID:a', 'UID:b', 'UID:c']);
    expect(uids([...same].reverse())).toEqual(['UID:a', 'UID:b', 'UID:c']);
    // An earlier start goes first even when its reference sorts last.
    expect(uids([at('a', '2027-07-12T11:00:00+02:00'), at('z', '2027-07-12T09:00:00+02:00')])).toEqual(['UID:z', 'UID:a']);
  });
});

describe('toICalendar: the VTIMEZONE covers exactly the years of the entries', () => {
  const amsterdam2027 = [
    'BEGIN:STANDARD',
    'DTSTART:20261230T010000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0100',
    'BEGIN:DAYLIGHT',
    'DTSTART:20270328T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'BEGIN:STANDARD',
    'DTSTART:20271031T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
  ];
  const amsterdam2028 = [
    'BEGIN:DAYLIGHT',
    'DTSTART:20280326T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'BEGIN:STANDARD',
    'DTSTART:20281029T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
  ];
  const options: ICalendarOptions = { dtstamp: '2027-12-01T09:00:00+01:00', timeZone: 'Europe/Amsterdam' };
  const weekly = (start: string, count: number, extra?: string[]): CalendarEvent => ({
    uid: 'checkins@acme.example',
    start,
    end: start.replace('T10:00', 'T10:30'),
    summary: 'Voortgangsgesprek met Sanne',
    recurrence: { everyWeeks: 1, count, ...(extra === undefined ? {} : { extra }) },
  });

  it('reaches into the next year for a weekly voortgangsgesprek whose last meeting is on New Year’s Day, and not further', () => {
    expect(observances(lines([weekly('2027-12-18T10:00:00+01:00', 3)], options))).toEqual([...amsterdam2027, ...amsterdam2028]);
    expect(observances(lines([weekly('2027-12-18T10:00:00+01:00', 2)], options))).toEqual(amsterdam2027);
  });

  it('reaches into the next year for an extra meeting on New Year’s Day (RDATE)', () => {
    const series = weekly('2027-12-04T10:00:00+01:00', 2, ['2028-01-01T10:00:00+01:00']);
    expect(observances(lines([series], options))).toEqual([...amsterdam2027, ...amsterdam2028]);
  });

  it('writes London’s winter offset as +0000, from two days before the year', () => {
    const event: CalendarEvent = {
      uid: 'l@acme.example',
      start: '2027-07-12T10:00:00+01:00',
      end: '2027-07-12T11:00:00+01:00',
      summary: 'Career conversation',
    };
    const text = lines([event], { dtstamp, timeZone: 'Europe/London' });
    expect(text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE') + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'BEGIN:STANDARD',
      'DTSTART:20261230T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270328T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20271031T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('ends the VTIMEZONE with the last year: São Tomé’s change of 1 January 2018 is in, the change back a year later is not', () => {
    // São Tomé went from UTC to UTC+1 at 01:00 on 1 January 2018 and back at 02:00 on 1 January 2019.
    const event: CalendarEvent = {
      uid: 'st@acme.example',
      start: '2018-06-12T10:00:00+01:00',
      end: '2018-06-12T11:00:00+01:00',
      summary: 'Ontwikkelgesprek',
    };
    expect(observances(lines([event], { dtstamp, timeZone: 'Africa/Sao_Tome' }))).toEqual([
      'BEGIN:STANDARD',
      'DTSTART:20171230T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'BEGIN:DAYLIGHT',
      'DTSTART:20180101T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
    ]);
  });

  it('writes no VTIMEZONE for a calendar without entries', () => {
    expect(lines([], { dtstamp, timeZone: 'Europe/London' })).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//ontwikkelgesprek//NONSGML ontwikkelgesprek//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'END:VCALENDAR',
      '',
    ]);
  });
});
