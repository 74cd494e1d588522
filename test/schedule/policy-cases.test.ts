// The default rhythm worked out for someone who starts on 1 February 2027 (issue 21: the policy tables
// had no test of their own). Calendar facts: 1 August 2027 is a Sunday, 1 February 2028 a Tuesday.
import { describe, expect, it } from 'vitest';
import { defaultDurationMinutes, defaultRhythmPolicies, planNextConversation } from '../../src/schedule/index.js';

describe('the default rhythm policies', () => {
  it('state the rhythm of each kind of conversation as the guide describes it', () => {
    expect(defaultRhythmPolicies).toStrictEqual({
      development: {
        kind: 'development',
        minIntervalMonths: 3,
        preferredIntervalMonths: 6,
        maxIntervalMonths: 12,
        checkInEveryWeeks: 6,
        firstAfterHireMonths: 6,
        dueSoonDays: 30,
      },
      career: {
        kind: 'career',
        minIntervalMonths: 6,
        preferredIntervalMonths: 12,
        maxIntervalMonths: 24,
        firstAfterHireMonths: 12,
        dueSoonDays: 60,
      },
      checkIn: {
        kind: 'checkIn',
        minIntervalMonths: 0,
        preferredIntervalMonths: 1,
        maxIntervalMonths: 3,
        firstAfterHireMonths: 1,
        dueSoonDays: 7,
      },
      futureDialogue: {
        kind: 'futureDialogue',
        minIntervalMonths: 6,
        preferredIntervalMonths: 12,
        maxIntervalMonths: 24,
        firstAfterHireMonths: 6,
        dueSoonDays: 30,
      },
    });
    expect(defaultDurationMinutes).toStrictEqual({ development: 60, career: 60, checkIn: 30, futureDialogue: 120 });
    expect(Object.isFrozen(defaultRhythmPolicies.development)).toBe(true);
  });

  it('plan a new employee’s first year: a voortgangsgesprek after a month, a development conversation after six, a career conversation after twelve', () => {
    const plan = (kind: 'development' | 'career' | 'checkIn' | 'futureDialogue') => {
      const result = planNextConversation({ kind, hireDate: '2027-02-01', now: '2027-02-01T09:00:00+01:00' });
      return result.ok ? [result.value.basis, result.value.targetDate, result.value.date, result.value.durationMinutes] : result.findings;
    };
    expect(plan('checkIn')).toEqual(['hireDate', '2027-03-01', '2027-03-01', 30]);
    // Six months after hire is a Sunday: the conversation moves to the Friday before, never later.
    expect(plan('development')).toEqual(['hireDate', '2027-08-01', '2027-07-30', 60]);
    expect(plan('futureDialogue')).toEqual(['hireDate', '2027-08-01', '2027-07-30', 120]);
    expect(plan('career')).toEqual(['hireDate', '2028-02-01', '2028-02-01', 60]);
  });

  it('plan the development conversation after the first one every six months, at most twelve, and at least three when asked sooner', () => {
    const after = planNextConversation({
      kind: 'development',
      hireDate: '2027-02-01',
      lastConversation: '2027-08-02',
      now: '2027-08-02T11:00:00+02:00',
    });
    expect(after.ok && [after.value.basis, after.value.targetDate, after.value.latestAllowed, after.value.intervalMonths]).toEqual([
      'lastConversation',
      '2028-02-02',
      '2028-08-02',
      6,
    ]);
    const sooner = planNextConversation({
      kind: 'development',
      lastConversation: '2027-08-02',
      employeeWishMonths: 2,
      now: '2027-08-02T11:00:00+02:00',
    });
    expect(sooner.ok && [sooner.value.targetDate, sooner.value.intervalMonths]).toEqual(['2027-11-02', 3]);
    expect(sooner.findings[0]?.params).toEqual({ wish: 2, months: 3, min: 3, max: 12 });
  });
});
