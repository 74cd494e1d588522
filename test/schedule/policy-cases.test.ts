// The default rhythm worked out for someone who starts on 1 February 2027 (issue 21: the policy tables
// had no test of their own). Calendar facts: 1 August 2027 is a Sunday, 1 February 2028 a Tuesday.
import { describe, expect, it } from 'vitest';
import { defaultDurationMinutes, defaultRhythmPolicies, planNextConversation } from '../../src/schedule/index.js';

describe('the default rhythm policies', () => {
  it('keep the rhythm of each kind consistent: keyed by its kind, the first after hire and the preferred interval between the least and the most', () => {
    const kinds = ['development', 'career', 'checkIn', 'futureDialogue'] as const;
    expect(Object.keys(defaultRhythmPolicies).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) {
      const policy = defaultRhythmPolicies[kind];
      expect(policy.kind).toBe(kind);
      expect(policy.minIntervalMonths).toBeLessThanOrEqual(policy.preferredIntervalMonths);
      expect(policy.preferredIntervalMonths).toBeLessThanOrEqual(policy.maxIntervalMonths);
      expect(policy.firstAfterHireMonths).toBeGreaterThanOrEqual(policy.minIntervalMonths);
      expect(policy.firstAfterHireMonths).toBeLessThanOrEqual(policy.maxIntervalMonths);
      expect(policy.dueSoonDays).toBeGreaterThan(0);
      expect(defaultDurationMinutes[kind]).toBeGreaterThan(0);
      expect(Object.isFrozen(policy)).toBe(true);
    }
    // Only the development conversation has voortgangsgesprekken in between; a voortgangsgesprek is the shortest talk.
    expect(kinds.filter((kind) => defaultRhythmPolicies[kind].checkInEveryWeeks !== undefined)).toEqual(['development']);
    expect(Math.min(...kinds.map((kind) => defaultDurationMinutes[kind]))).toBe(defaultDurationMinutes.checkIn);
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
