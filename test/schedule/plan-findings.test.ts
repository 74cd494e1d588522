// What planNextConversation says about its choice, finding by finding: each with its path and
// params (compared strictly, so a param that is there but undefined counts), and the edges of the
// supported years and of calendars without working days.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { PlanInput } from '../../src/schedule/index.js';
import { defaultRhythmPolicies, planNextConversation } from '../../src/schedule/index.js';
import { msg } from '../finding-text.js';

const range = { from: '1900-01-01', to: '2200-12-31' };

function findings(input: PlanInput): readonly Finding[] {
  return planNextConversation(input).findings;
}

function planned(input: PlanInput) {
  const result = planNextConversation(input);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result;
}

describe('planNextConversation: which interval, and why', () => {
  it('names the preferred interval, a wish used, a wish kept within bounds, and a wish ignored after hire', () => {
    expect(findings({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' })[0]).toStrictEqual({
      code: 'schedule.plan.preferredInterval',
      severity: 'info',
      path: [],
      params: { months: 6 },
    });
    const base = { kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' } as const;
    expect(findings({ ...base, employeeWishMonths: 4 })[0]).toStrictEqual({
      code: 'schedule.plan.wishUsed',
      severity: 'info',
      path: ['employeeWishMonths'],
      params: { months: 4 },
    });
    const clamped = findings({ ...base, employeeWishMonths: 18 })[0];
    expect(clamped).toStrictEqual({
      code: 'schedule.plan.wishClamped',
      severity: 'warning',
      path: ['employeeWishMonths'],
      params: { wish: 18, months: 12, min: 3, max: 12 },
    });
    // After a hire date the first conversation follows the policy, whatever the wish.
    const hire = { kind: 'development', hireDate: '2027-02-01', now: '2027-02-01T09:00:00+01:00' } as const;
    expect(findings({ ...hire, employeeWishMonths: 4 }).slice(0, 2)).toStrictEqual([
      { code: 'schedule.plan.firstAfterHire', severity: 'info', path: [], params: { hireDate: '2027-02-01', months: 6 } },
      { code: 'schedule.plan.wishIgnored', severity: 'info', path: ['employeeWishMonths'], params: {} },
    ]);
    expect(findings(hire).map((f) => f.code)).not.toContain('schedule.plan.wishIgnored');
  });

  it('warns about a policy of another kind, and only then', () => {
    const now = '2027-03-10T09:00:00+01:00';
    expect(findings({ kind: 'development', now, policy: defaultRhythmPolicies.checkIn })[0]).toStrictEqual({
      code: 'schedule.policy.kindMismatch',
      severity: 'warning',
      path: ['policy', 'kind'],
      params: { kind: 'development', policyKind: 'checkIn' },
    });
    const own = findings({ kind: 'checkIn', now, policy: { ...defaultRhythmPolicies.checkIn, maxIntervalMonths: 2 } });
    expect(own.map((f) => f.code)).toEqual(['schedule.plan.noHistory', 'schedule.plan.proposed']);
  });

  it('warns when the last conversation lies after today, and not when it was today', () => {
    const ahead = planned({ kind: 'development', lastConversation: '2027-03-01', now: '2027-02-01T09:00:00+01:00' });
    expect(ahead.findings[0]).toStrictEqual({
      code: 'schedule.plan.lastInFuture',
      severity: 'warning',
      path: ['lastConversation'],
      params: { date: '2027-03-01', today: '2027-02-01' },
    });
    expect(ahead.value.date).toBe('2027-09-01');
    const today = findings({ kind: 'development', lastConversation: '2027-02-01T08:00:00+01:00', now: '2027-02-01T09:00:00+01:00' });
    expect(today.map((f) => f.code)).not.toContain('schedule.plan.lastInFuture');
    expect(today[0]?.code).toBe('schedule.plan.preferredInterval');
  });
});

describe('planNextConversation: why the day is what it is', () => {
  it('proposes the day, time and zone it chose', () => {
    const result = planned({
      kind: 'development',
      lastConversation: '2027-01-12',
      employeeWishMonths: 3,
      now: '2027-01-12T16:00:00+01:00',
    });
    expect(result.findings.at(-1)).toStrictEqual({
      code: 'schedule.plan.proposed',
      severity: 'info',
      path: [],
      params: { date: '2027-04-12', time: '09:00', timeZone: 'Europe/Amsterdam' },
    });
  });

  it('says how many days an overdue conversation comes after the latest allowed day', () => {
    const overdue = findings({ kind: 'development', lastConversation: '2025-11-03', now: '2027-02-05T15:30:00+01:00' });
    const finding = overdue.find((f) => f.code === 'schedule.plan.overdue');
    expect(finding).toStrictEqual({
      code: 'schedule.plan.overdue',
      severity: 'warning',
      path: [],
      params: { latestAllowed: '2026-11-03', date: '2027-02-05', days: 94 },
    });
  });

  it('says nothing about the day when the target is today and there is room', () => {
    // Six months after Wednesday 5 August 2026 is Friday 5 February 2027: planned that morning.
    const result = planned({ kind: 'development', lastConversation: '2026-08-05', now: '2027-02-05T08:00:00+01:00' });
    expect(result.value).toMatchObject({ date: '2027-02-05', targetDate: '2027-02-05' });
    expect(result.findings.map((f) => f.code)).toEqual(['schedule.plan.preferredInterval', 'schedule.plan.proposed']);
  });

  it('says the target passed when today, the target, has no room left, and when a passed target fell on a Sunday', () => {
    // At 16:30 an hour no longer fits in 09:00-17:00: Monday, and the target (today) has passed.
    const late = planned({ kind: 'development', lastConversation: '2026-08-05', now: '2027-02-05T16:30:00+01:00' });
    expect(late.value.date).toBe('2027-02-08');
    expect(late.findings[1]).toStrictEqual({
      code: 'schedule.plan.targetPassed',
      severity: 'info',
      path: [],
      params: { target: '2027-02-05', date: '2027-02-08' },
    });
    expect(msg(late.findings[1], 'en')).toContain('5 February 2027');
    // Sunday 6 December 2026 has passed: that it was a Sunday no longer matters.
    const sunday = planned({ kind: 'development', lastConversation: '2026-06-06', now: '2027-02-05T08:00:00+01:00' });
    expect(sunday.findings[1]).toStrictEqual({
      code: 'schedule.plan.targetPassed',
      severity: 'info',
      path: [],
      params: { target: '2026-12-06', date: '2027-02-05' },
    });
  });

  it('names what the day was moved off: a weekend, or a closure with or without its name', () => {
    const weekend = findings({ kind: 'development', hireDate: '2027-02-01', now: '2027-02-01T09:00:00+01:00' });
    expect(weekend.find((f) => f.code === 'schedule.plan.movedEarlier')).toStrictEqual({
      code: 'schedule.plan.movedEarlier',
      severity: 'info',
      path: [],
      params: { target: '2027-08-01', date: '2027-07-30', reason: 'weekend' },
    });
    const base = { kind: 'development', lastConversation: '2026-12-24', employeeWishMonths: 12, now: '2027-06-01T09:00:00+02:00' } as const;
    const named = findings({ ...base, calendar: { closures: [{ from: '2027-12-20', to: '2027-12-31', label: 'Kerstsluiting' }] } });
    expect(named.find((f) => f.code === 'schedule.plan.movedEarlier')?.params).toStrictEqual({
      target: '2027-12-24',
      date: '2027-12-17',
      reason: 'closure',
      closure: 'Kerstsluiting',
    });
    const unnamed = findings({ ...base, calendar: { closures: [{ from: '2027-12-20', to: '2027-12-31' }] } });
    expect(unnamed.find((f) => f.code === 'schedule.plan.movedEarlier')?.params).toStrictEqual({
      target: '2027-12-24',
      date: '2027-12-17',
      reason: 'closure',
    });
  });

  it('without history, plans on the next working day and calls that neither moved nor overdue', () => {
    // Saturday morning: Monday is the first opportunity, and there is no limit to break.
    const saturday = planned({ kind: 'checkIn', now: '2027-02-06T10:00:00+01:00' });
    expect(saturday.value).toMatchObject({ date: '2027-02-08', latestAllowed: '2027-02-08', overdue: false, basis: 'none' });
    expect(saturday.findings.map((f) => f.code)).toEqual(['schedule.plan.noHistory', 'schedule.plan.proposed']);
  });

  it('starts at the next quarter of an hour that has not begun, also half a minute past one', () => {
    const result = planned({ kind: 'checkIn', now: '2027-02-03T11:00:30+01:00' });
    expect(result.value.start).toBe('2027-02-03T11:15:00+01:00');
    expect(planned({ kind: 'checkIn', now: '2027-02-03T11:00:00+01:00' }).value.start).toBe('2027-02-03T11:00:00+01:00');
  });

  it('names the preferred hours in the daylight-saving warning', () => {
    const result = findings({
      kind: 'checkIn',
      lastConversation: '2027-02-28',
      employeeWishMonths: 1,
      now: '2027-01-01T09:00:00Z',
      preferredTime: '02:30',
      calendar: { holidays: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(result.find((f) => f.code === 'schedule.time.shiftedByDst')?.path).toEqual(['preferredTime']);
  });
});

describe('planNextConversation: calendars and the edges of the supported years', () => {
  it('passes on a calendar that does not compile, under calendar', () => {
    const result = planNextConversation({
      kind: 'development',
      now: '2027-02-01T09:00:00+01:00',
      calendar: { closures: [{ from: '2027-03-01', to: '2027-02-01' }] },
    });
    expect(result.findings).toStrictEqual([
      {
        code: 'schedule.calendar.closureReversed',
        severity: 'error',
        path: ['calendar', 'closures', 0],
        params: { from: '2027-03-01', to: '2027-02-01' },
      },
    ]);
  });

  it('takes the last working day before a closure of years that covers the target', () => {
    const result = planned({
      kind: 'development',
      lastConversation: '2027-01-12',
      now: '2027-02-01T09:00:00+01:00',
      calendar: { closures: [{ from: '2027-06-01', to: '2040-01-01' }] },
    });
    expect(result.value).toMatchObject({ date: '2027-05-31', latestAllowed: '2027-05-31', overdue: false });
  });

  it('refuses with the day it searched from when a closure leaves no working day within ten years', () => {
    const closed = { closures: [{ from: '2017-01-01', to: '2040-01-01' }] };
    const before = findings({ kind: 'development', lastConversation: '2027-01-12', now: '2027-02-01T09:00:00+01:00', calendar: closed });
    expect(before.at(-1)).toStrictEqual({
      code: 'schedule.calendar.noWorkingDay',
      severity: 'error',
      path: [],
      params: { from: '2028-01-12', days: 3660 },
    });
    const none = findings({ kind: 'development', now: '2027-02-01T09:00:00+01:00', calendar: closed });
    expect(none).toStrictEqual([
      { code: 'schedule.plan.noHistory', severity: 'info', path: [], params: {} },
      { code: 'schedule.calendar.noWorkingDay', severity: 'error', path: [], params: { from: '2027-02-01', days: 3660 } },
    ]);
  });

  it('plans without history on New Year’s Day 1900, the first supported day: Tuesday 2 January', () => {
    const result = planned({ kind: 'development', now: '1900-01-01T09:00:00Z' });
    expect(result.value).toMatchObject({ date: '1900-01-02', latestAllowed: '1900-01-02', overdue: false });
  });

  it('names the input a date past 2200 was counted from, once', () => {
    const outside = (value: string, path: string[]) => ({
      code: 'schedule.date.outOfRange',
      severity: 'error',
      path,
      params: { value, ...range },
    });
    // Six months after a hire date in September 2200: Sunday 1 March 2201, the target and the limit.
    expect(findings({ kind: 'development', hireDate: '2200-09-01', now: '2200-09-01T09:00:00Z' }).slice(1)).toStrictEqual([
      outside('2201-03-01', ['hireDate']),
    ]);
    // The latest day, Sunday 1 February 2201, is named itself, not the Friday before it.
    expect(findings({ kind: 'development', lastConversation: '2200-02-01', now: '2200-03-01T09:00:00Z' }).slice(1)).toStrictEqual([
      outside('2201-02-01', ['lastConversation']),
    ]);
    // 23:30 UTC on 31 December 2200 is already 2201 in Amsterdam: today itself is outside.
    expect(findings({ kind: 'development', now: '2200-12-31T23:30:00Z' }).slice(1)).toStrictEqual([outside('2201-01-01', ['now'])]);
    // At 16:30 on Wednesday 31 December 2200 no hour fits any more: the next working day is outside.
    expect(findings({ kind: 'development', now: '2200-12-31T16:30:00+01:00' }).slice(1)).toStrictEqual([outside('2201-01-01', ['now'])]);
    // Overdue since June 2200, and on that Wednesday evening the first opportunity lies in 2201.
    expect(
      findings({ kind: 'development', lastConversation: '2199-06-01', now: '2200-12-31T16:30:00+01:00' }).filter(
        (f) => f.severity === 'error',
      ),
    ).toStrictEqual([outside('2201-01-01', ['now'])]);
  });
});
