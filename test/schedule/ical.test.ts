import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, ICalendarOptions } from '../../src/schedule/index.js';
import { planNextConversation, toICalendar } from '../../src/schedule/index.js';

interface ReadBack {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  startMs: number;
  endMs: number;
  dtstamp: string;
  tzid: string | null;
}

/** Parses .ics text with ical.js, registering its VTIMEZONEs so TZID times resolve through them. */
function readBack(text: string): ReadBack[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const start = vevent.getFirstProperty('dtstart');
      return {
        uid: event.uid,
        summary: event.summary,
        description: (vevent.getFirstPropertyValue('description') as string | null) ?? null,
        location: (vevent.getFirstPropertyValue('location') as string | null) ?? null,
        startMs: event.startDate.toJSDate().getTime(),
        endMs: event.endDate.toJSDate().getTime(),
        dtstamp: String(vevent.getFirstPropertyValue('dtstamp')),
        tzid: (start?.getParameter('tzid') as string | undefined) ?? null,
      };
    });
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
    }
  }
}

function ics(events: CalendarEvent[], options: ICalendarOptions): string {
  const result = toICalendar(events, options);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

const dutch: CalendarEvent = {
  uid: 'c-2027-07@ontwikkelgesprek.example',
  start: '2027-07-12T10:00:00+02:00',
  end: '2027-07-12T11:00:00+02:00',
  summary: 'Ontwikkelgesprek met Sanne de Vries; één uur, in de "Zeeuwse" kamer',
  description:
    'Agenda:\n1. Afspraken van vorige keer (cursus presenteren, coaching).\n2. Waar wil je groeien? Wat geeft je energie; wat kost energie?\n' +
    'Café-overleg: ‘sterke punten’ — niet beoordelen, wel ontwikkelen. '.repeat(20) +
    '\\ backslash; puntkomma, komma.',
  location: 'Utrecht, Catharijnesingel 1',
};

describe('toICalendar', () => {
  it('writes RFC 5545 text that ical.js reads back exactly (TZID with VTIMEZONE)', () => {
    const text = ics([dutch], { dtstamp: '2027-01-12T16:00:00+01:00', timeZone: 'Europe/Amsterdam', name: 'Gesprekken' });
    const [event] = readBack(text);
    expect(event).toEqual({
      uid: dutch.uid,
      summary: dutch.summary,
      description: dutch.description,
      location: dutch.location,
      startMs: Date.parse(dutch.start),
      endMs: Date.parse(dutch.end),
      dtstamp: '2027-01-12T15:00:00Z',
      tzid: 'Europe/Amsterdam',
    });
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270712T100000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    expect(text).toContain('DTSTAMP:20270112T150000Z\r\n');
  });

  it('writes UTC times by default', () => {
    const text = ics([dutch], { dtstamp: '2027-01-12T15:00:00Z' });
    expect(text).toContain('DTSTART:20270712T080000Z\r\n');
    expect(text).toContain('DTEND:20270712T090000Z\r\n');
    expect(text).not.toContain('VTIMEZONE');
    const [event] = readBack(text);
    expect(event?.startMs).toBe(Date.parse(dutch.start));
    expect(event?.description).toBe(dutch.description);
  });

  it('uses CRLF, folds at 75 octets without splitting characters, and escapes text', () => {
    const text = ics([dutch], { dtstamp: '2027-01-12T15:00:00Z', timeZone: 'Europe/Amsterdam' });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(20);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('SUMMARY:Ontwikkelgesprek met Sanne de Vries\\; één uur');
    expect(text).toContain('\\\\ backslash\\; puntkomma\\, komma.');
    expect(text).toContain('Agenda:\\n1. Afspraken');
  });

  it('round-trips events across the daylight-saving changes of several years', () => {
    const events: CalendarEvent[] = [
      ['2025-03-28T10:00:00+01:00', '2025-03-31T10:00:00+02:00'],
      ['2026-10-23T14:00:00+02:00', '2026-10-26T14:00:00+01:00'],
      ['2027-03-26T09:00:00+01:00', '2027-10-29T09:00:00+02:00'],
      ['2028-10-30T16:30:00+01:00', '2028-10-30T16:30:00+01:00'],
    ].flatMap(([a, b], i) => [
      { uid: `a${i}@x`, start: a!, end: a!, summary: `Voor ${i}` },
      { uid: `b${i}@x`, start: b!, end: b!, summary: `Na ${i}` },
    ]);
    const text = ics(events, { dtstamp: '2027-01-01T00:00:00Z', timeZone: 'Europe/Amsterdam' });
    const read = readBack(text);
    expect(read.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
    for (const event of events) {
      expect(read.find((r) => r.uid === event.uid)?.startMs).toBe(Date.parse(event.start));
    }
    // One observance per real transition: autumn 2025 back from +0200 to +0100 at 03:00 local.
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n');
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20280326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n');
  });

  it('writes alarms as VALARM components that ical.js reads back', () => {
    const text = ics(
      [
        {
          ...dutch,
          alarms: [{ minutesBefore: 60, description: 'Over een uur: ontwikkelgesprek; neem je voorbereiding mee' }, { minutesBefore: 0 }],
        },
      ],
      { dtstamp: '2027-01-12T15:00:00Z' },
    );
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms.map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-3600, 0]);
    expect(alarms[0]?.getFirstPropertyValue('description')).toBe('Over een uur: ontwikkelgesprek; neem je voorbereiding mee');
    expect(alarms[1]?.getFirstPropertyValue('description')).toBe(dutch.summary);
    expect(alarms.every((alarm) => alarm.getFirstPropertyValue('action') === 'DISPLAY')).toBe(true);
  });

  it('exports a planned conversation', () => {
    const planned = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
    if (!planned.ok) throw new Error('plan failed');
    const text = ics([{ uid: 'next@x', start: planned.value.start, end: planned.value.end, summary: 'Ontwikkelgesprek' }], {
      dtstamp: '2027-01-12T16:00:00+01:00',
      timeZone: planned.value.timeZone,
    });
    expect(readBack(text)[0]?.startMs).toBe(Date.parse(planned.value.start));
  });

  it('is deterministic and independent of the order of the events', () => {
    const a: CalendarEvent = { uid: 'a@x', start: '2027-02-01T09:00:00Z', end: '2027-02-01T10:00:00Z', summary: 'A' };
    const b: CalendarEvent = { uid: 'b@x', start: '2027-01-01T09:00:00Z', end: '2027-01-01T10:00:00Z', summary: 'B' };
    const options: ICalendarOptions = { dtstamp: '2027-01-01T00:00:00Z', timeZone: 'Europe/Amsterdam' };
    expect(ics([a, b], options)).toBe(ics([b, a], options));
  });

  it('answers bad input with findings', () => {
    const reversed = toICalendar([{ uid: 'x', start: '2027-01-01T10:00:00Z', end: '2027-01-01T09:00:00Z', summary: 'X' }], {
      dtstamp: '2027-01-01T00:00:00Z',
    });
    expect(reversed.findings[0]?.code).toBe('schedule.ical.endBeforeStart');
    expect(reversed.findings[0]?.path).toEqual(['events', 0]);
    const duplicate = toICalendar(
      [
        { uid: 'x', start: '2027-01-01T09:00:00Z', end: '2027-01-01T10:00:00Z', summary: 'X' },
        { uid: 'x', start: '2027-01-02T09:00:00Z', end: '2027-01-02T10:00:00Z', summary: 'Y' },
      ],
      { dtstamp: '2027-01-01T00:00:00Z' },
    );
    expect(duplicate.findings[0]?.code).toBe('schedule.ical.duplicateUid');
    const noStamp = toICalendar([], {} as ICalendarOptions);
    expect(noStamp.ok).toBe(false);
    expect(noStamp.findings[0]?.path).toEqual(['options', 'dtstamp']);
    expect(toICalendar([], { dtstamp: '2027-01-01T00:00:00Z', timeZone: 'Mars/Olympus' }).ok).toBe(false);
  });

  it('writes no control characters or lone surrogates (RFC 5545 TEXT), and says what it left out', () => {
    const result = toICalendar(
      [
        { uid: 'b@x', start: '2027-03-02T10:00:00Z', end: '2027-03-02T11:00:00Z', summary: 'Bel\u0007 terug' },
        {
          uid: 'a@x',
          start: '2027-03-01T10:00:00Z',
          end: '2027-03-01T11:00:00Z',
          summary: 'Gesprek',
          description: 'Eerst\tdit,\u0000 dan \uD800dat\u007f.',
        },
      ],
      { dtstamp: '2027-01-01T00:00:00Z' },
    );
    if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
    // CONTROL in RFC 5545 3.3.11: %x00-08 / %x0A-1F / %x7F; HTAB is allowed.
    expect(result.value.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(result.value).not.toMatch(/[\uD800-\uDFFF]/);
    const [first, second] = readBack(result.value);
    expect(first?.description).toBe('Eerst\tdit, dan \uFFFDdat.');
    expect(second?.summary).toBe('Bel terug');
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['schedule.ical.textCleaned', ['events', 0, 'summary']],
      ['schedule.ical.textCleaned', ['events', 1, 'description']],
    ]);
  });

  it('writes both moments of the repeated autumn hour in UTC, so no parser can mix them up', () => {
    const first = { uid: 'first@x', start: '2027-10-31T02:30:00+02:00', end: '2027-10-31T02:45:00+02:00', summary: 'Eerste' };
    const second = { uid: 'second@x', start: '2027-10-31T02:30:00+01:00', end: '2027-10-31T02:45:00+01:00', summary: 'Tweede' };
    const text = ics([first, second], { dtstamp: '2027-01-01T00:00:00Z', timeZone: 'Europe/Amsterdam' });
    expect(text).toContain('DTSTART:20271031T003000Z\r\n');
    expect(text).toContain('DTSTART:20271031T013000Z\r\n');
    expect(text).not.toContain('TZID=Europe/Amsterdam:20271031T023000');
    // An hour earlier the local time is unambiguous and keeps its TZID.
    expect(
      ics([{ ...first, start: '2027-10-31T01:30:00+02:00' }], { dtstamp: '2027-01-01T00:00:00Z', timeZone: 'Europe/Amsterdam' }),
    ).toContain('DTSTART;TZID=Europe/Amsterdam:20271031T013000\r\n');
    const read = readBack(text);
    expect(read.find((e) => e.uid === 'first@x')?.startMs).toBe(Date.parse(first.start));
    expect(read.find((e) => e.uid === 'second@x')?.startMs).toBe(Date.parse(second.start));
  });

  it('keeps every moment exact through TZID and VTIMEZONE in any zone and year (fast-check)', () => {
    const zones = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo'];
    const minute = 60_000;
    // Half the moments fall within a day of a clock change in spring or autumn.
    const anyMoment = fc.integer({ min: Date.UTC(2000, 0, 1) / minute, max: Date.UTC(2035, 0, 1) / minute }).map((m) => m * minute);
    const nearChange = fc
      .tuple(fc.integer({ min: 2000, max: 2034 }), fc.constantFrom(2, 3, 9, 10), fc.integer({ min: 0, max: 60 * 24 * 10 }))
      .map(([year, month, m]) => Date.UTC(year, month, 24) + m * minute);
    const momentArb = fc.oneof(anyMoment, nearChange);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(momentArb, { minLength: 1, maxLength: 4 }), (timeZone, moments) => {
        const events: CalendarEvent[] = moments.map((ms, i) => ({
          uid: `m${i}@x`,
          start: new Date(ms).toISOString(),
          end: new Date(ms + 45 * minute).toISOString(),
          summary: `Gesprek ${i}`,
        }));
        const text = ics(events, { dtstamp: '2027-01-01T00:00:00Z', timeZone });
        const read = readBack(text);
        for (const event of events) {
          const back = read.find((r) => r.uid === event.uid);
          if (back?.tzid === null) expect(text).toContain(`DTSTART:${event.start.replace(/[-:]/g, '').replace('.000', '')}`);
          else expect(back?.tzid).toBe(timeZone);
          expect(back?.startMs).toBe(Date.parse(event.start));
          expect(back?.endMs).toBe(Date.parse(event.end));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reads back any text exactly (fast-check)', () => {
    const textArb = fc.string({
      unit: fc.constantFrom('a', 'é', 'ë', 'ĳ', '€', '😀', ';', ',', '\\', '\n', ' ', ':', '"', 'Z'),
      maxLength: 300,
    });
    fc.assert(
      fc.property(textArb, textArb, fc.constantFrom('UTC', 'Europe/Amsterdam'), (summary, description, timeZone) => {
        const trimmed = summary.trim() === '' ? 'x' : summary.trim();
        const text = ics([{ uid: 'p@x', start: '2027-03-28T01:30:00Z', end: '2027-03-28T02:30:00Z', summary: trimmed, description }], {
          dtstamp: '2027-01-01T00:00:00Z',
          timeZone,
        });
        for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const [event] = readBack(text);
        expect(event?.summary).toBe(trimmed);
        expect(event?.description ?? '').toBe(description);
        expect(event?.startMs).toBe(Date.parse('2027-03-28T01:30:00Z'));
      }),
      { numRuns: 60 },
    );
  });
});
