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
