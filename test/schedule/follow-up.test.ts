import { describe, expect, it } from 'vitest';
import { followUpStatus } from '../../src/schedule/index.js';

describe('followUpStatus', () => {
  it('reports a conversation due soon and an overdue agreement, with the days', () => {
    const result = followUpStatus({
      kind: 'development',
      lastConversation: '2026-03-02',
      agreements: [
        { id: 'a1', what: 'Cursus presenteren', who: 'emp-1', when: '2027-01-29', status: 'open' },
        { id: 'a2', what: 'Mentor zoeken', who: 'man-1', when: '2027-02-20', status: 'open' },
        { id: 'a3', what: 'Boek lezen', who: 'emp-1', when: '2027-01-01', status: 'done' },
        { id: 'a4', what: 'Iets met communicatie', who: 'emp-1' },
      ],
      now: '2027-02-15T09:00:00+01:00',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      state: 'overdue',
      conversation: { state: 'dueSoon', dueDate: '2027-03-02', daysUntilDue: 15 },
      agreements: {
        state: 'overdue',
        overdue: [{ id: 'a1', when: '2027-01-29', daysUntilDue: -17, state: 'overdue' }],
        dueSoon: [{ id: 'a2', when: '2027-02-20', daysUntilDue: 5, state: 'dueSoon' }],
      },
      today: '2027-02-15',
    });
    const codes = result.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'schedule.followUp.conversationDueSoon',
        'schedule.followUp.agreementOverdue',
        'schedule.followUp.agreementWithoutDeadline',
      ]),
    );
    expect(Object.isFrozen(result.value.agreements.overdue)).toBe(true);
  });

  it('is on track with a conversation planned in time, and says so when it is planned too late', () => {
    const base = { kind: 'development' as const, lastConversation: '2026-03-02', now: '2027-02-15T09:00:00+01:00' };
    const planned = followUpStatus({ ...base, nextPlanned: '2027-02-25T10:00:00+01:00' });
    expect(planned.ok && planned.value.state).toBe('onTrack');
    const late = followUpStatus({ ...base, nextPlanned: '2027-03-10' });
    expect(late.ok && late.value.conversation.state).toBe('dueSoon');
    expect(late.findings.map((f) => f.code)).toContain('schedule.followUp.plannedTooLate');
  });

  it('counts the due date back to a working day and reports overdue days', () => {
    // 12 months after 2026-04-27 is King's Day 2027: due the working day before.
    const result = followUpStatus({ kind: 'development', lastConversation: '2026-04-27', now: '2027-05-03T09:00:00+02:00' });
    expect(result.ok && result.value.conversation).toEqual({ state: 'overdue', dueDate: '2027-04-26', daysUntilDue: -7 });
    const hire = followUpStatus({ kind: 'development', hireDate: '2027-01-04', now: '2027-02-01T09:00:00+01:00' });
    expect(hire.ok && hire.value.conversation).toEqual({ state: 'onTrack', dueDate: '2027-07-02', daysUntilDue: 151 });
  });

  it('answers bad input with findings', () => {
    const result = followUpStatus({ kind: 'development', now: '2027-02-01', agreements: [{ id: '', what: 'x', who: 'y' }] } as never);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.path.join('.'))).toEqual(expect.arrayContaining(['now', 'agreements.0.id']));
  });
});

describe('followUpStatus: order, edges and findings', () => {
  const now = '2027-02-15T09:00:00+01:00';
  const agreement = (id: string, what: string, when?: string) => ({
    id,
    what,
    who: 'emp-1',
    ...(when === undefined ? {} : { when, status: 'open' as const }),
  });

  it('lists overdue and due agreements by date, then by id, with 14 days still due soon, and says why', () => {
    const result = followUpStatus({
      kind: 'development',
      lastConversation: '2026-03-02',
      agreements: [
        agreement('c3', 'Feedback vragen aan het team', '2027-02-01'),
        agreement('a1', 'Cursus presenteren', '2027-01-29'),
        agreement('b2', 'Mentor zoeken', '2027-02-01'),
        agreement('d4', 'Werkplan bijwerken', '2027-03-01'),
        agreement('e5', 'Budget aanvragen', '2027-02-20'),
        agreement('f6', 'Stage lopen bij inkoop', '2027-03-02'),
        agreement('g7', 'Iets met communicatie'),
      ],
      now,
    });
    if (!result.ok) throw new Error('refused');
    expect(result.value.agreements.overdue.map((a) => `${a.id} ${a.daysUntilDue}`)).toEqual(['a1 -17', 'b2 -14', 'c3 -14']);
    expect(result.value.agreements.dueSoon.map((a) => `${a.id} ${a.daysUntilDue}`)).toEqual(['e5 5', 'd4 14']);
    const ref = (id: string, title: string) => ({ kind: 'agreement', id, title });
    expect(result.findings).toStrictEqual([
      { code: 'schedule.followUp.conversationDueSoon', severity: 'info', path: [], params: { days: 15, dueDate: '2027-03-02' } },
      {
        code: 'schedule.followUp.agreementOverdue',
        severity: 'warning',
        path: ['agreements', 0],
        params: { agreement: ref('c3', 'Feedback vragen aan het team'), days: 14, when: '2027-02-01' },
      },
      {
        code: 'schedule.followUp.agreementOverdue',
        severity: 'warning',
        path: ['agreements', 1],
        params: { agreement: ref('a1', 'Cursus presenteren'), days: 17, when: '2027-01-29' },
      },
      {
        code: 'schedule.followUp.agreementOverdue',
        severity: 'warning',
        path: ['agreements', 2],
        params: { agreement: ref('b2', 'Mentor zoeken'), days: 14, when: '2027-02-01' },
      },
      {
        code: 'schedule.followUp.agreementWithoutDeadline',
        severity: 'info',
        path: ['agreements', 6, 'when'],
        params: { agreement: ref('g7', 'Iets met communicatie') },
      },
    ]);
  });

  it('lists agreements in the same order whatever the order they are given in', () => {
    const given = [
      agreement('a1', 'Cursus presenteren', '2027-01-29'),
      agreement('b2', 'Mentor zoeken', '2027-02-01'),
      agreement('c3', 'Feedback vragen aan het team', '2027-02-01'),
      agreement('d4', 'Werkplan bijwerken', '2027-02-20'),
      agreement('e5', 'Budget aanvragen', '2027-02-20'),
    ];
    for (const agreements of [given, [...given].reverse(), [given[2]!, given[0]!, given[4]!, given[1]!, given[3]!]]) {
      const result = followUpStatus({ kind: 'development', lastConversation: '2026-03-02', agreements, now });
      expect(result.ok && result.value.agreements.overdue.map((a) => a.id)).toEqual(['a1', 'b2', 'c3']);
      expect(result.ok && result.value.agreements.dueSoon.map((a) => a.id)).toEqual(['d4', 'e5']);
    }
  });

  it('says how late the conversation is, and when a planned one comes too late', () => {
    const overdue = followUpStatus({ kind: 'development', lastConversation: '2026-04-27', now: '2027-05-03T09:00:00+02:00' });
    expect(overdue.findings).toStrictEqual([
      { code: 'schedule.followUp.conversationOverdue', severity: 'warning', path: [], params: { days: 7, dueDate: '2027-04-26' } },
    ]);
    const base = { kind: 'development' as const, lastConversation: '2026-03-02', now };
    const late = followUpStatus({ ...base, nextPlanned: '2027-03-10' });
    expect(late.findings[0]).toStrictEqual({
      code: 'schedule.followUp.plannedTooLate',
      severity: 'warning',
      path: ['nextPlanned'],
      params: { nextPlanned: '2027-03-10', dueDate: '2027-03-02' },
    });
    // Planned on the due date itself is in time; the plan is part of the answer only when given.
    const onTheDay = followUpStatus({ ...base, nextPlanned: '2027-03-02' });
    expect(onTheDay.ok && onTheDay.value.conversation).toStrictEqual({
      state: 'onTrack',
      dueDate: '2027-03-02',
      daysUntilDue: 15,
      nextPlanned: '2027-03-02',
    });
    const none = followUpStatus(base);
    expect(none.ok && none.value.conversation).toStrictEqual({ state: 'dueSoon', dueDate: '2027-03-02', daysUntilDue: 15 });
  });

  it('is due soon as a whole when only an agreement is', () => {
    const result = followUpStatus({
      kind: 'development',
      lastConversation: '2026-09-01',
      agreements: [agreement('a', 'Cursus', '2027-02-20')],
      now,
    });
    expect(result.ok && [result.value.state, result.value.conversation.state, result.value.agreements.state]).toEqual([
      'dueSoon',
      'onTrack',
      'dueSoon',
    ]);
    expect(result.findings).toEqual([]);
  });

  it('counts a conversation planned for today, not one planned before today', () => {
    const base = { kind: 'development' as const, lastConversation: '2026-03-02', now };
    const today = followUpStatus({ ...base, nextPlanned: '2027-02-15T16:00:00+01:00' });
    expect(today.ok && today.value.state).toBe('onTrack');
    expect(today.findings).toEqual([]);
    const before = followUpStatus({ ...base, nextPlanned: '2027-02-12' });
    expect(before.ok && before.value.conversation.state).toBe('dueSoon');
  });

  it('refuses a calendar that does not compile, one without working days for ten years, and a due date past 2200', () => {
    expect(
      followUpStatus({ kind: 'development', now, calendar: { closures: [{ from: '2027-03-01', to: '2027-02-01' }] } }).findings[0]?.path,
    ).toEqual(['calendar', 'closures', 0]);
    expect(
      followUpStatus({
        kind: 'development',
        lastConversation: '2027-01-12',
        now,
        calendar: { closures: [{ from: '2017-01-01', to: '2029-01-01' }] },
      }).findings,
    ).toStrictEqual([{ code: 'schedule.calendar.noWorkingDay', severity: 'error', path: [], params: { from: '2028-01-12', days: 3660 } }]);
    expect(followUpStatus({ kind: 'development', hireDate: '2200-09-01', now: '2200-09-01T09:00:00Z' }).findings).toStrictEqual([
      {
        code: 'schedule.date.outOfRange',
        severity: 'error',
        path: ['hireDate'],
        params: { value: '2201-02-27', from: '1900-01-01', to: '2200-12-31' },
      },
    ]);
  });
});
