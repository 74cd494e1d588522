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
