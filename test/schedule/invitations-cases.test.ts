// Invitations and series of voortgangsgesprekken worked out by hand (issue 21: mutation testing showed
// which fields and rules of `conversationInvitation` and `checkInSeries` no test pinned). Calendar
// facts: summer time starts on Sunday 28 March 2027, which is Easter Sunday; Easter Monday is 29 March.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, ConversationInvitationInput } from '../../src/schedule/index.js';
import { checkInSeries, conversationInvitation } from '../../src/schedule/index.js';

const people = {
  uid: 'sanne-voortgang@acme.example',
  employeeName: 'Sanne',
  organizer: { email: 'ahmed@acme.example', name: 'Ahmed' },
  attendees: [{ email: 'sanne@acme.example', name: 'Sanne' }],
};

function invite(input: ConversationInvitationInput): CalendarEvent {
  const result = conversationInvitation(input);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

describe('conversationInvitation, worked out by hand', () => {
  const before: ConversationInvitationInput = {
    ...people,
    conversation: { kind: 'checkIn', start: '2027-03-26T10:00:00+01:00', end: '2027-03-26T10:30:00+01:00' },
  };

  it('moves a voortgangsgesprek across the start of summer time: a new sequence, and the reminder at 10:00 summer time', () => {
    const first = invite(before);
    expect(first).toStrictEqual({
      uid: 'sanne-voortgang@acme.example',
      start: '2027-03-26T10:00:00+01:00',
      end: '2027-03-26T10:30:00+01:00',
      summary: 'Voortgangsgesprek met Sanne',
      alarms: [
        {
          minutesBefore: 60,
          description: 'Het voortgangsgesprek begint om 10:00 (26 maart 2027). Eerst komen de afspraken van vorige keer aan bod.',
        },
      ],
      organizer: people.organizer,
      attendees: people.attendees,
      sequence: 0,
      status: 'confirmed',
    });
    const moved = invite({
      ...before,
      conversation: { kind: 'checkIn', start: '2027-03-30T10:00:00+02:00', end: '2027-03-30T10:30:00+02:00' },
      previous: first,
    });
    expect(moved.sequence).toBe(1);
    expect(moved.alarms?.[0]?.description).toBe(
      'Het voortgangsgesprek begint om 10:00 (30 maart 2027). Eerst komen de afspraken van vorige keer aan bod.',
    );
  });

  it('keeps the sequence when the same moments come back written in UTC, and raises it for each change attendees must see', () => {
    const first = invite({ ...before, location: 'Kamer 3' });
    const same = { ...before, location: 'Kamer 3', previous: first };
    const inUtc = { kind: 'checkIn' as const, start: '2027-03-26T09:00:00Z', end: '2027-03-26T09:30:00Z' };
    expect(invite({ ...same, conversation: inUtc }).sequence).toBe(0);
    // Only the start (ten minutes earlier), only the end (a longer talk), only the place, a call-off, a series before: each is a change.
    expect(invite({ ...same, conversation: { ...inUtc, start: '2027-03-26T08:50:00Z' } }).sequence).toBe(1);
    expect(invite({ ...same, conversation: { ...inUtc, end: '2027-03-26T09:45:00Z' } }).sequence).toBe(1);
    expect(invite({ ...same, location: 'Kamer 4' }).sequence).toBe(1);
    expect(invite({ ...before, previous: first }).sequence).toBe(1);
    expect(invite({ ...same, cancelled: true }).sequence).toBe(1);
    expect(invite({ ...same, previous: { ...first, status: 'cancelled' } }).sequence).toBe(1);
    expect(invite({ ...same, previous: { ...first, status: 'cancelled' }, cancelled: true }).sequence).toBe(0);
    expect(invite({ ...same, previous: { ...first, recurrence: { everyWeeks: 2, count: 3 } } }).sequence).toBe(1);
    expect(invite({ ...same, previous: { ...first, sequence: 4 } }).sequence).toBe(4);
  });

  it('refuses a previous entry with another reference, naming the conversation by its summary', () => {
    const first = invite(before);
    const refused = conversationInvitation({ ...before, uid: 'other@acme.example', previous: first });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'schedule.ical.otherEvent',
        ['previous', 'uid'],
        { event: { kind: 'event', id: 'other@acme.example', title: 'Voortgangsgesprek met Sanne' } },
      ],
    ]);
  });

  it('answers input it cannot read with findings where the problem is', () => {
    const refused = conversationInvitation({
      ...people,
      conversation: { start: 'morgen', end: '2027-03-26T10:30:00+01:00' },
      attendees: [],
    });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => [f.code, f.path])).toEqual([
      ['input.invalid_format.datetime', ['conversation', 'start']],
      ['input.too_small.array', ['attendees']],
    ]);
  });

  it('calls a conversation without a kind a development conversation, and keeps a career conversation one', () => {
    const times = { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' };
    expect(invite({ ...people, conversation: times }).summary).toBe('Ontwikkelgesprek met Sanne');
    expect(invite({ ...people, conversation: { ...times, kind: 'career' } }).summary).toBe('Loopbaangesprek met Sanne');
  });

  it('writes the reminder in the conversation’s own zone, unless the invitation names another', () => {
    const london = { start: '2027-07-12T10:00:00+01:00', end: '2027-07-12T11:00:00+01:00', timeZone: 'Europe/London' };
    const at = (input: ConversationInvitationInput) => invite(input).alarms?.[0]?.description?.slice(0, 40);
    expect(at({ ...people, conversation: london })).toBe('Het ontwikkelgesprek begint om 10:00 (12');
    expect(at({ ...people, conversation: london, timeZone: 'Europe/Amsterdam' })).toBe('Het ontwikkelgesprek begint om 11:00 (12');
  });

  it('carries description and place into the entry, and leaves them out when not given', () => {
    const times = { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' };
    const full = invite({
      ...people,
      conversation: times,
      description: 'Eerst de afspraken',
      location: 'Kamer 1',
      conversationLeadMinutes: false,
    });
    expect(Object.keys(full)).toEqual([
      'uid',
      'start',
      'end',
      'summary',
      'description',
      'location',
      'organizer',
      'attendees',
      'sequence',
      'status',
    ]);
    expect([full.description, full.location]).toEqual(['Eerst de afspraken', 'Kamer 1']);
    const bare = invite({ ...people, conversation: times, conversationLeadMinutes: false });
    expect(Object.keys(bare)).toEqual(['uid', 'start', 'end', 'summary', 'organizer', 'attendees', 'sequence', 'status']);
  });
});

/** The entries of a series that must be planned. */
function entries(result: ReturnType<typeof checkInSeries>): readonly CalendarEvent[] {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

describe('checkInSeries, worked out by hand', () => {
  it('writes voortgangsgesprekken at 02:30 as separate entries when the last slot is the night summer time starts (Easter Sunday)', () => {
    // Weekly on Sundays from 14 March 2027: each moves to the next working day, the last past Easter Monday.
    const series = checkInSeries({
      from: '2027-03-14',
      everyWeeks: 1,
      count: 3,
      time: '02:30',
      uid: 's@acme.example',
      employeeName: 'Sanne',
    });
    expect(entries(series).map((event: CalendarEvent) => [event.uid, event.start, event.end])).toEqual([
      ['20270315-s@acme.example', '2027-03-15T02:30:00+01:00', '2027-03-15T03:00:00+01:00'],
      ['20270322-s@acme.example', '2027-03-22T02:30:00+01:00', '2027-03-22T03:00:00+01:00'],
      ['20270330-s@acme.example', '2027-03-30T02:30:00+02:00', '2027-03-30T03:00:00+02:00'],
    ]);
    expect(series.findings.map((f) => [f.code, f.severity, f.params])).toEqual([
      ['schedule.checkIns.separateEvents', 'info', { dates: ['2027-03-28'] }],
    ]);
  });

  it('names the inexact nights in date order for a night shift that works every day: a moved Easter Sunday and the night the clocks go back', () => {
    const series = checkInSeries({
      from: '2027-03-21',
      until: '2027-10-31',
      everyWeeks: 1,
      time: '02:30',
      uid: 'nacht@acme.example',
      calendar: { workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(
      entries(series)
        .slice(0, 3)
        .map((event: CalendarEvent) => event.start),
    ).toEqual(['2027-03-21T02:30:00+01:00', '2027-03-30T02:30:00+02:00', '2027-04-04T02:30:00+02:00']);
    expect(entries(series).at(-1)?.start).toBe('2027-10-31T02:30:00+02:00');
    expect(series.findings.map((f) => f.params)).toEqual([{ dates: ['2027-03-28', '2027-10-31'] }]);
  });

  it('gives every entry of a series what they share, and a rule without exceptions when no slot moved', () => {
    const series = checkInSeries({
      from: '2027-03-16',
      everyWeeks: 2,
      count: 2,
      time: '10:00',
      uid: 's@acme.example',
      durationMinutes: 45,
      description: 'Kort bijpraten',
      location: 'Kamer 2',
      alarms: [{ minutesBefore: 10 }],
      organizer: { email: 'ahmed@acme.example' },
      attendees: [{ email: 'sanne@acme.example' }],
      sequence: 3,
    });
    expect(entries(series)).toStrictEqual([
      {
        uid: 's@acme.example',
        start: '2027-03-16T10:00:00+01:00',
        end: '2027-03-16T10:45:00+01:00',
        summary: 'Voortgangsgesprek',
        description: 'Kort bijpraten',
        location: 'Kamer 2',
        alarms: [{ minutesBefore: 10 }],
        organizer: { email: 'ahmed@acme.example' },
        attendees: [{ email: 'sanne@acme.example' }],
        sequence: 3,
        recurrence: { everyWeeks: 2, count: 2 },
      },
    ]);
    const bare = checkInSeries({ from: '2027-03-16', everyWeeks: 2, count: 2, time: '10:00', uid: 's@acme.example', separate: true });
    expect(entries(bare).map((event: CalendarEvent) => Object.keys(event))).toEqual([
      ['uid', 'start', 'end', 'summary'],
      ['uid', 'start', 'end', 'summary'],
    ]);
    expect(entries(bare)[1]?.end).toBe('2027-03-30T10:30:00+02:00');
    expect(bare.findings).toEqual([]);
  });

  it('answers a series that cannot be planned with findings, and one that ends before it starts with no entries', () => {
    const noEnd = checkInSeries({ from: '2027-03-16', everyWeeks: 2, time: '10:00', uid: 's@acme.example' });
    expect([noEnd.ok, noEnd.findings.map((f) => [f.code, f.path])]).toEqual([false, [['schedule.checkIns.endMissing', ['until']]]]);
    const unreadable = checkInSeries({ from: '2027-03-16', everyWeeks: 0, count: 2, time: '10:00', uid: 's@acme.example' });
    expect([unreadable.ok, unreadable.findings.map((f) => f.path)]).toEqual([false, [['everyWeeks']]]);
    const none = checkInSeries({ from: '2027-03-16', until: '2027-03-01', everyWeeks: 2, time: '10:00', uid: 's@acme.example' });
    expect([entries(none), none.findings]).toEqual([[], []]);
  });
});
