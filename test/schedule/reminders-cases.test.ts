// Reminders worked out by hand for one conversation and its agreements (issue 21: mutation testing
// showed which of their fields no test pinned). Calendar facts used below: 12 July 2027 is a Monday,
// 30 September 2027 a Thursday, 15 October 2027 a Friday; no Dutch public holiday falls in between.
import { describe, expect, it } from 'vitest';
import type { Reminder, RemindersInput } from '../../src/schedule/index.js';
import { remindersFor } from '../../src/schedule/index.js';

const input: RemindersInput = {
  employeeId: 'emp-1',
  managerId: 'man-1',
  employeeName: 'Sanne',
  conversation: { id: 'c1', kind: 'career', start: '2027-07-12T10:00:00+02:00' },
  agreements: [
    { id: 'a1', what: 'Presentatie over de nieuwe cao geven', who: 'emp-1', when: '2027-09-30', status: 'open' },
    { id: 'a2', what: 'Budget voor de opleiding aanvragen', who: 'man-1', when: '2027-10-15', status: 'open' },
    { id: 'a3', what: 'Cursus Excel afronden', who: 'emp-1', when: '2027-09-01', status: 'done' },
    { id: 'a4', what: 'Meelopen met de planner', who: '', when: '2027-09-01', status: 'dropped' },
  ],
};

const rows = (reminders: readonly Reminder[]) => reminders.map((r) => [r.id, r.to, r.role, r.date, r.at, r.offsetDays]);

describe('remindersFor, worked out by hand', () => {
  it('gives each side its preparation, both the conversation, whoever does it each deadline, the manager a missed one', () => {
    const result = remindersFor(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(result.value)).toEqual([
      // The manager prepares 10 working days ahead, the employee 5; both hear of the talk an hour before.
      ['preparation:c1:manager:-10wd', 'man-1', 'manager', '2027-06-28', '2027-06-28T09:00:00+02:00', 14],
      ['preparation:c1:employee:-5wd', 'emp-1', 'employee', '2027-07-05', '2027-07-05T09:00:00+02:00', 7],
      ['conversation:c1:employee:-60m', 'emp-1', 'employee', '2027-07-12', '2027-07-12T09:00:00+02:00', 0],
      ['conversation:c1:manager:-60m', 'man-1', 'manager', '2027-07-12', '2027-07-12T09:00:00+02:00', 0],
      // a1 (Thursday 30 September): 14, 7 and 3 days before, then the manager the next working day.
      ['agreementDeadline:a1:employee:-14d', 'emp-1', 'employee', '2027-09-16', '2027-09-16T09:00:00+02:00', 14],
      ['agreementDeadline:a1:employee:-7d', 'emp-1', 'employee', '2027-09-23', '2027-09-23T09:00:00+02:00', 7],
      ['agreementDeadline:a1:employee:-3d', 'emp-1', 'employee', '2027-09-27', '2027-09-27T09:00:00+02:00', 3],
      // At the same moment, by id: a2's first reminder before a1's escalation.
      ['agreementDeadline:a2:manager:-14d', 'man-1', 'manager', '2027-10-01', '2027-10-01T09:00:00+02:00', 14],
      ['agreementEscalation:a1:manager:+1d', 'man-1', 'manager', '2027-10-01', '2027-10-01T09:00:00+02:00', -1],
      ['agreementDeadline:a2:manager:-7d', 'man-1', 'manager', '2027-10-08', '2027-10-08T09:00:00+02:00', 7],
      ['agreementDeadline:a2:manager:-3d', 'man-1', 'manager', '2027-10-12', '2027-10-12T09:00:00+02:00', 3],
      // A day after Friday 15 October is a Saturday: the escalation waits for Monday.
      ['agreementEscalation:a2:manager:+1d', 'man-1', 'manager', '2027-10-18', '2027-10-18T09:00:00+02:00', -3],
    ]);
    const byId = new Map(result.value.map((r) => [r.id, r]));
    // The manager's texts name the employee; the employee's preparation does not need to.
    expect(byId.get('preparation:c1:manager:-10wd')?.message).toContain('Sanne');
    expect(byId.get('agreementEscalation:a1:manager:+1d')?.message).toContain('Sanne');
    expect(byId.get('agreementEscalation:a1:manager:+1d')?.message).toContain('Presentatie over de nieuwe cao geven');
    expect(byId.get('agreementDeadline:a1:employee:-3d')?.message).toContain('3');
    // The talk's kind and time are in its texts.
    expect(byId.get('conversation:c1:employee:-60m')?.message).toContain('10:00');
    expect(byId.get('conversation:c1:employee:-60m')?.message).toBe(byId.get('conversation:c1:manager:-60m')?.message);
    expect(result.value.every((r) => r.locale === 'nl' && r.subjectId !== '' && r.meta === undefined)).toBe(true);
  });

  it('reads steps in any order and once each, escalates at each configured day, and skips a side with no lead time', () => {
    const result = remindersFor({
      ...input,
      agreements: [input.agreements?.[0] as NonNullable<RemindersInput['agreements']>[number]],
      agreementSteps: [3, 14, 7, 7],
      escalateAfterDays: [3, 1],
      preparationLeadDays: { employee: 0, manager: 10 },
      conversationLeadMinutes: 30,
      meta: { tenant: 't-42' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.id)).toEqual([
      'preparation:c1:manager:-10wd',
      'conversation:c1:employee:-30m',
      'conversation:c1:manager:-30m',
      'agreementDeadline:a1:employee:-14d',
      'agreementDeadline:a1:employee:-7d',
      'agreementDeadline:a1:employee:-3d',
      'agreementEscalation:a1:manager:+1d',
      'agreementEscalation:a1:manager:+3d',
    ]);
    const conversation = result.value.find((r) => r.id === 'conversation:c1:employee:-30m');
    expect(conversation?.at).toBe('2027-07-12T09:30:00+02:00');
    // Three days after Thursday 30 September is Sunday 3 October: Monday 4 October, four days late.
    const late = result.value.find((r) => r.id === 'agreementEscalation:a1:manager:+3d');
    expect([late?.date, late?.offsetDays]).toEqual(['2027-10-04', -4]);
    expect(result.value.every((r) => r.meta?.['tenant'] === 't-42')).toBe(true);
  });

  it('leaves out what lies before now and says how many', () => {
    const result = remindersFor({ ...input, now: '2027-09-20T12:00:00+02:00' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]?.id).toBe('agreementDeadline:a1:employee:-7d');
    expect(result.value).toHaveLength(7);
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([['schedule.reminders.dropped', { count: 5 }]]);
    // A reminder at the very moment of now is kept.
    const exact = remindersFor({ ...input, now: '2027-09-23T09:00:00+02:00' });
    expect(exact.ok && exact.value[0]?.id).toBe('agreementDeadline:a1:employee:-7d');
    // Nothing dropped, nothing said.
    const none = remindersFor({ ...input, now: '2027-01-01T00:00:00+01:00' });
    expect(none.findings).toEqual([]);
  });

  it('names the agreement whose id is repeated, by id and text', () => {
    const first = input.agreements?.[0] as NonNullable<RemindersInput['agreements']>[number];
    const result = remindersFor({ ...input, agreements: [first, { ...first, what: 'Tweede keer' }] });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'schedule.reminders.duplicateAgreement',
        ['agreements', 1, 'id'],
        { agreement: { kind: 'agreement', id: 'a1', title: 'Tweede keer' } },
      ],
    ]);
  });

  it('sends an agreement without a named person to the employee', () => {
    const result = remindersFor({
      ...input,
      conversation: undefined,
      agreements: [{ id: 'a5', what: 'Werkinstructie schrijven', who: '', when: '2027-09-30', status: 'open' }],
    });
    expect(result.ok && result.value.filter((r) => r.type === 'agreementDeadline').map((r) => [r.to, r.role])).toEqual([
      ['emp-1', 'employee'],
      ['emp-1', 'employee'],
      ['emp-1', 'employee'],
    ]);
  });
});

// More cases worked out by hand. Calendar facts: summer time begins on Sunday 28 March 2027 and ends on
// Sunday 31 October 2027; Easter Monday is 29 March 2027 (a day off; Good Friday is not, by default);
// 1 April 2027 is a Thursday, 1 October 2027 a Friday, 1 November 2027 a Monday.
type Agreement = NonNullable<RemindersInput['agreements']>[number];
const people = { employeeId: 'emp-1', managerId: 'man-1' } as const;

describe('remindersFor, a voortgangsgesprek and its preparation across the start of summer time', () => {
  const checkIn = (start: string): RemindersInput => ({
    ...people,
    conversation: { id: 'c-q2', kind: 'checkIn', start },
    preparationLeadDays: { employee: 5, manager: 10 },
  });

  it('reminds the employee a working week before, at 9:00 winter time, and the talk an hour before in summer time', () => {
    const result = remindersFor(checkIn('2027-04-01T14:00:00+02:00'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(result.value)).toEqual([
      // Ten working days back from Thursday 1 April, skipping Easter Monday: Wednesday 17 March.
      ['preparation:c-q2:manager:-10wd', 'man-1', 'manager', '2027-03-17', '2027-03-17T09:00:00+01:00', 15],
      // Five: Wednesday 24 March, a week and a day before, still in winter time.
      ['preparation:c-q2:employee:-5wd', 'emp-1', 'employee', '2027-03-24', '2027-03-24T09:00:00+01:00', 8],
      ['conversation:c-q2:employee:-60m', 'emp-1', 'employee', '2027-04-01', '2027-04-01T13:00:00+02:00', 0],
      ['conversation:c-q2:manager:-60m', 'man-1', 'manager', '2027-04-01', '2027-04-01T13:00:00+02:00', 0],
    ]);
    expect(result.value[1]?.message).toBe(
      'Bereid je voortgangsgesprek van 1 april 2027 om 14:00 voor: wat ging goed, waar wil je groeien, welke punten zet je op de agenda?',
    );
    // Without the employee's name the manager's text leaves the name out, and says nothing odd.
    expect(result.value[0]?.message).toBe(
      "Bereid het voortgangsgesprek van 1 april 2027 om 14:00 voor: resultaten, voortgang op lopende doelen, feedback van collega's en wat de koers van de organisatie betekent.",
    );
  });

  it('keeps the ids of a conversation moved a week later, so a host replaces what it has not sent yet', () => {
    const before = remindersFor(checkIn('2027-04-01T14:00:00+02:00'));
    const after = remindersFor(checkIn('2027-04-08T14:00:00+02:00'));
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.value.map((r) => r.id)).toEqual(before.value.map((r) => r.id));
    // Thursday 8 April: ten working days back is Wednesday 24 March (winter time), five is Thursday 1 April (summer time).
    expect(rows(after.value).slice(0, 2)).toEqual([
      ['preparation:c-q2:manager:-10wd', 'man-1', 'manager', '2027-03-24', '2027-03-24T09:00:00+01:00', 15],
      ['preparation:c-q2:employee:-5wd', 'emp-1', 'employee', '2027-04-01', '2027-04-01T09:00:00+02:00', 7],
    ]);
    expect(after.value.every((r) => r.message.includes('8 april 2027'))).toBe(true);
  });

  it('calls a conversation of no named kind a development conversation', () => {
    const result = remindersFor({ ...people, conversation: { id: 'c1', start: '2027-04-01T14:00:00+02:00' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.message.slice(0, 35))).toEqual([
      'Bereid het ontwikkelgesprek van 1 a',
      'Bereid je ontwikkelgesprek van 1 ap',
      'Het ontwikkelgesprek begint om 14:0',
      'Het ontwikkelgesprek begint om 14:0',
    ]);
  });
});

describe('remindersFor, agreements around the end of summer time and past their deadline', () => {
  const due = (when: string, extra: Partial<Agreement> = {}): Agreement => ({
    id: 'a-cao',
    what: 'Presentatie over de nieuwe cao geven',
    who: 'emp-1',
    when,
    status: 'open',
    ...extra,
  });

  it('sends deadline reminders in summer time and the escalation after the clocks go back in winter time', () => {
    const result = remindersFor({ ...people, agreements: [due('2027-11-01')], reminderTime: '08:30' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(result.value)).toEqual([
      ['agreementDeadline:a-cao:employee:-14d', 'emp-1', 'employee', '2027-10-18', '2027-10-18T08:30:00+02:00', 14],
      ['agreementDeadline:a-cao:employee:-7d', 'emp-1', 'employee', '2027-10-25', '2027-10-25T08:30:00+02:00', 7],
      // Three days before Monday 1 November is Friday 29 October.
      ['agreementDeadline:a-cao:employee:-3d', 'emp-1', 'employee', '2027-10-29', '2027-10-29T08:30:00+02:00', 3],
      ['agreementEscalation:a-cao:manager:+1d', 'man-1', 'manager', '2027-11-02', '2027-11-02T08:30:00+01:00', -1],
    ]);
  });

  it('merges two steps that land on one working day under the larger step, in whatever order they are given', () => {
    // Monday 4 October: one day before is Sunday, moved back to Friday 1 October, which is also three days before.
    for (const agreementSteps of [
      [1, 3],
      [3, 1],
      [1, 3, 1],
    ]) {
      const result = remindersFor({ ...people, agreements: [due('2027-10-04')], agreementSteps, escalateAfterDays: [] });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(rows(result.value)).toEqual([
        ['agreementDeadline:a-cao:employee:-3d', 'emp-1', 'employee', '2027-10-01', '2027-10-01T09:00:00+02:00', 3],
      ]);
      expect(result.value[0]?.message).toBe('Nog 3 dagen tot de deadline van ‘Presentatie over de nieuwe cao geven’ (4 oktober 2027).');
    }
  });

  it('escalates an overdue agreement once per configured day, the day itself included, repeated days once', () => {
    // Friday 15 October: day 0 is the deadline itself, day 1 a Saturday (so Monday 18), day 7 Friday 22.
    const result = remindersFor({
      ...people,
      employeeName: 'Sanne',
      agreements: [due('2027-10-15', { who: 'man-1' })],
      agreementSteps: [7],
      escalateAfterDays: [7, 1, 0, 1],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(result.value)).toEqual([
      ['agreementDeadline:a-cao:manager:-7d', 'man-1', 'manager', '2027-10-08', '2027-10-08T09:00:00+02:00', 7],
      ['agreementEscalation:a-cao:manager:+0d', 'man-1', 'manager', '2027-10-15', '2027-10-15T09:00:00+02:00', 0],
      ['agreementEscalation:a-cao:manager:+1d', 'man-1', 'manager', '2027-10-18', '2027-10-18T09:00:00+02:00', -3],
      ['agreementEscalation:a-cao:manager:+7d', 'man-1', 'manager', '2027-10-22', '2027-10-22T09:00:00+02:00', -7],
    ]);
    expect(result.value[2]?.message).toBe(
      'De deadline van ‘Presentatie over de nieuwe cao geven’ (15 oktober 2027) is verstreken en de afspraak is nog niet afgerond. Bespreek met Sanne wat er nodig is.',
    );
    // Without a name the manager is asked to talk it over together.
    const anonymous = remindersFor({ ...people, agreements: [due('2027-10-15')], agreementSteps: [7] });
    expect(anonymous.ok && anonymous.value.at(-1)?.message).toBe(
      'De deadline van ‘Presentatie over de nieuwe cao geven’ (15 oktober 2027) is verstreken en de afspraak is nog niet afgerond. Bespreek samen wat er nodig is.',
    );
  });

  it('calls an agreement stored without a text "deze afspraak", never by its id', () => {
    const result = remindersFor({ ...people, agreements: [due('2027-10-04', { id: 'a-17', what: '' })], agreementSteps: [3] });
    expect(result.ok && result.value.map((r) => r.message)).toEqual([
      'Nog 3 dagen tot de deadline van deze afspraak (4 oktober 2027).',
      'De deadline van deze afspraak (4 oktober 2027) is verstreken en de afspraak is nog niet afgerond. Bespreek samen wat er nodig is.',
    ]);
  });

  it('gives an open agreement without a deadline no reminders', () => {
    const result = remindersFor({ ...people, agreements: [{ id: 'a-open', what: 'Mentor zoeken', who: 'emp-1', status: 'open' }] });
    expect(result.ok && result.value).toEqual([]);
  });
});

describe('remindersFor, the stored shape and calendars that cannot help', () => {
  it('stores each reminder with the same keys in the same order, and no meta key without meta', () => {
    const result = remindersFor(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = ['schemaVersion', 'id', 'type', 'to', 'role', 'at', 'date', 'subjectId', 'offsetDays', 'locale', 'message'];
    expect(result.value.every((r) => JSON.stringify(Object.keys(r)) === JSON.stringify(keys))).toBe(true);
    const withMeta = remindersFor({ ...input, meta: { tenant: 't-42' } });
    expect(withMeta.ok && Object.keys(withMeta.value[0] ?? {})).toEqual([...keys, 'meta']);
  });

  it('refuses a calendar whose closure ends before it starts, under the calendar path', () => {
    const result = remindersFor({ ...input, calendar: { closures: [{ from: '2027-12-31', to: '2027-12-27' }] } });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['schedule.calendar.closureReversed', ['calendar', 'closures', 0]]]);
  });

  it('leaves out what needs a working day when the calendar has none within ten years, and keeps the rest', () => {
    const result = remindersFor({ ...input, calendar: { closures: [{ from: '2010-01-01', to: '2045-12-31' }] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.id)).toEqual(['conversation:c1:employee:-60m', 'conversation:c1:manager:-60m']);
  });

  it('answers a conversation whose preparation falls before 1900 with one finding, not one per reminder', () => {
    const result = remindersFor({ ...people, conversation: { id: 'c-old', start: '1900-01-03T10:00:00+01:00' } });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['schedule.date.outOfRange', ['conversation', 'start']]]);
  });
});
