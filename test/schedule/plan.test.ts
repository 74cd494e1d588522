import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  calendarDateOf,
  fromDayNumber,
  instantAt,
  minutesBetween,
  toDayNumber,
  wallClockOf,
} from '../../src/core/index.js';
import type { PlanInput, PlannedConversation, Weekday, WorkingCalendarOptions } from '../../src/schedule/index.js';
import { defaultRhythmPolicies, isWorkingDay, planNextConversation } from '../../src/schedule/index.js';
import { msg } from '../finding-text.js';

function plan(input: PlanInput): { value: PlannedConversation; codes: string[] } {
  const result = planNextConversation(input);
  if (!result.ok) throw new Error(result.findings.map((f) => `${f.code} ${f.path.join('.')}`).join(', '));
  return { value: result.value, codes: result.findings.map((f) => f.code) };
}

describe('planNextConversation', () => {
  it("uses the employee's wish within bounds and explains it", () => {
    const { value, codes } = plan({
      kind: 'development',
      lastConversation: '2027-01-12',
      employeeWishMonths: 3,
      now: '2027-01-12T16:00:00+01:00',
      preferredTime: '10:00',
    });
    expect(value).toMatchObject({
      date: '2027-04-12',
      start: '2027-04-12T10:00:00+02:00',
      end: '2027-04-12T11:00:00+02:00',
      latestAllowed: '2028-01-12',
      intervalMonths: 3,
      basis: 'lastConversation',
      overdue: false,
    });
    expect(codes).toContain('schedule.plan.wishUsed');
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('keeps a wish outside the policy within its bounds, with a warning', () => {
    const long = plan({ kind: 'development', lastConversation: '2027-01-12', employeeWishMonths: 18, now: '2027-01-12T16:00:00+01:00' });
    expect(long.value.intervalMonths).toBe(12);
    expect(long.value.date).toBe('2028-01-12');
    expect(long.codes).toContain('schedule.plan.wishClamped');
    const short = plan({ kind: 'development', lastConversation: '2027-01-12', employeeWishMonths: 1, now: '2027-01-12T16:00:00+01:00' });
    expect(short.value.intervalMonths).toBe(defaultRhythmPolicies.development.minIntervalMonths);
  });

  it('plans the first conversation after hire, and as soon as possible without any history', () => {
    const hire = plan({ kind: 'development', hireDate: '2027-02-01', now: '2027-02-01T09:00:00+01:00' });
    expect(hire.value).toMatchObject({ basis: 'hireDate', targetDate: '2027-08-01', date: '2027-07-30', latestAllowed: '2027-07-30' });
    expect(hire.codes).toEqual(expect.arrayContaining(['schedule.plan.firstAfterHire', 'schedule.plan.movedEarlier']));
    const none = plan({ kind: 'checkIn', now: '2027-02-03T11:05:00+01:00' });
    expect(none.value).toMatchObject({ basis: 'none', date: '2027-02-03', start: '2027-02-03T11:15:00+01:00', durationMinutes: 30 });
    expect(none.codes).toContain('schedule.plan.noHistory');
  });

  it('moves off holidays: later when there is room, earlier when the limit would be broken', () => {
    // Six months after 2026-10-27 is King's Day 2027.
    const later = plan({ kind: 'development', lastConversation: '2026-10-27', now: '2027-01-04T09:00:00+01:00' });
    expect(later.value.date).toBe('2027-04-28');
    const moved = planNextConversation({ kind: 'development', lastConversation: '2026-10-27', now: '2027-01-04T09:00:00+01:00' });
    const finding = moved.findings.find((f) => f.code === 'schedule.plan.movedLater');
    expect(finding?.params).toEqual({ target: '2027-04-27', date: '2027-04-28', reason: 'holiday', holiday: 'kingsDay' });
    expect(msg(finding, 'nl')).toBe('Verschoven van 27 april 2027 naar 28 april 2027, want 27 april 2027 is Koningsdag.');
    expect(msg(finding, 'en')).toBe("Moved from 27 April 2027 to 28 April 2027, because 27 April 2027 is King's Day.");
    // Twelve months after Christmas Eve 2026 with a wish for twelve: Christmas Eve 2027 is a Friday, fine;
    // with a closure over it, the limit forces an earlier day.
    const earlier = plan({
      kind: 'development',
      lastConversation: '2026-12-24',
      employeeWishMonths: 12,
      calendar: { closures: [{ from: '2027-12-20', to: '2027-12-31' }] },
      now: '2027-06-01T09:00:00+02:00',
    });
    expect(earlier.value).toMatchObject({ date: '2027-12-17', latestAllowed: '2027-12-17', overdue: false });
    expect(earlier.codes).toContain('schedule.plan.movedEarlier');
    const named = planNextConversation({
      kind: 'development',
      lastConversation: '2026-12-24',
      employeeWishMonths: 12,
      calendar: { closures: [{ from: '2027-12-20', to: '2027-12-31', label: 'Kerstsluiting' }] },
      now: '2027-06-01T09:00:00+02:00',
    }).findings.find((f) => f.code === 'schedule.plan.movedEarlier');
    expect(msg(named, 'nl')).toBe(
      'Vervroegd van 24 december 2027 naar 17 december 2027, de laatste werkdag binnen de termijn, want 24 december 2027 valt in de sluiting ‘Kerstsluiting’.',
    );
    expect(msg(named, 'en')).toBe(
      'Brought forward from 24 December 2027 to 17 December 2027, the last working day in time, because 24 December 2027 falls in the closure “Kerstsluiting”.',
    );
  });

  it('never plans in the past: overdue conversations go to the first opportunity', () => {
    const { value, codes } = plan({ kind: 'development', lastConversation: '2025-11-03', now: '2027-02-05T15:30:00+01:00' });
    expect(value).toMatchObject({ date: '2027-02-05', start: '2027-02-05T15:30:00+01:00', overdue: true, latestAllowed: '2026-11-03' });
    expect(codes).toContain('schedule.plan.overdue');
    // Too late today for an hour in the 09:00-17:00 window: Monday.
    const late = plan({ kind: 'development', lastConversation: '2025-11-03', now: '2027-02-05T16:10:00+01:00' });
    expect(late.value.date).toBe('2027-02-08');
    const passed = plan({ kind: 'development', lastConversation: '2026-06-01', now: '2027-02-05T08:00:00+01:00' });
    expect(passed.value).toMatchObject({ date: '2027-02-05', overdue: false });
    expect(passed.codes).toContain('schedule.plan.targetPassed');
  });

  it('places the conversation in the preferred window and rejects a window that is too short', () => {
    const window = plan({
      kind: 'career',
      lastConversation: '2026-03-10',
      now: '2027-03-10T11:20:00+01:00',
      preferredTime: { from: '11:00', to: '12:30' },
    });
    expect(window.value.start).toBe('2027-03-10T11:30:00+01:00');
    expect(window.value.end).toBe('2027-03-10T12:30:00+01:00');
    const short = planNextConversation({
      kind: 'development',
      now: '2027-03-10T09:00:00+01:00',
      preferredTime: { from: '09:00', to: '09:30' },
    });
    expect(short.ok).toBe(false);
    expect(short.findings.map((f) => f.code)).toContain('schedule.time.windowTooShort');
  });

  it('answers bad input with findings, never a throw', () => {
    const bad = planNextConversation({ kind: 'appraisal', now: 'yesterday' } as never);
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.path.join('.'))).toEqual(expect.arrayContaining(['kind', 'now']));
    const policy = planNextConversation({
      kind: 'development',
      now: '2027-03-10T09:00:00+01:00',
      policy: { ...defaultRhythmPolicies.development, minIntervalMonths: 13 },
    });
    expect(policy.findings[0]?.code).toBe('schedule.policy.bounds');
    const mismatch = planNextConversation({ kind: 'development', now: '2027-03-10T09:00:00+01:00', policy: defaultRhythmPolicies.checkIn });
    expect(mismatch.findings.map((f) => f.code)).toContain('schedule.policy.kindMismatch');
    expect(planNextConversation(null as never).ok).toBe(false);
    const polluted = JSON.parse('{"kind":"development","now":"2027-03-10T09:00:00+01:00","__proto__":{"x":1}}') as PlanInput;
    expect(planNextConversation(polluted).findings[0]?.code).toBe('input.unrecognized_keys');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('is deterministic', () => {
    const input: PlanInput = { kind: 'development', lastConversation: '2026-10-27', now: '2027-01-04T09:00:00+01:00' };
    expect(JSON.stringify(planNextConversation(input))).toBe(JSON.stringify(planNextConversation(input)));
  });
});

describe('planNextConversation across daylight-saving changes (Europe/Amsterdam)', () => {
  // Last Sundays of March and October: the clocks change in the night to Sunday.
  const changes = [
    { year: 2025, march: '2025-03-30', october: '2025-10-26' },
    { year: 2026, march: '2026-03-29', october: '2026-10-25' },
    { year: 2027, march: '2027-03-28', october: '2027-10-31' },
    { year: 2028, march: '2028-03-26', october: '2028-10-29' },
    { year: 2030, march: '2030-03-31', october: '2030-10-27' },
  ];

  for (const { year, march, october } of changes) {
    it(`keeps 10:00 local around the changes of ${year}`, () => {
      // Without history the check-in is planned today; "now" is early that morning.
      const at = (date: string) =>
        plan({
          kind: 'checkIn',
          now: instantAt(date, '06:00', 'Europe/Amsterdam'),
          preferredTime: '10:00',
          calendar: { holidays: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
        }).value;
      const dayBefore = fromDayNumber(toDayNumber(march) - 1);
      const dayAfter = fromDayNumber(toDayNumber(march) + 1);
      expect(at(dayBefore).start).toBe(`${dayBefore}T10:00:00+01:00`);
      expect(at(march).start).toBe(`${march}T10:00:00+02:00`);
      expect(at(dayAfter).start).toBe(`${dayAfter}T10:00:00+02:00`);
      const octBefore = fromDayNumber(toDayNumber(october) - 1);
      expect(at(octBefore).start).toBe(`${octBefore}T10:00:00+02:00`);
      expect(at(october).start).toBe(`${october}T10:00:00+01:00`);
      for (const planned of [at(march), at(october)]) {
        expect(minutesBetween(planned.start, planned.end)).toBe(30);
        expect(wallClockOf(planned.end, 'Europe/Amsterdam')).toBe('10:30');
      }
    });
  }

  it('warns when the preferred time does not exist in the spring-forward night', () => {
    const result = planNextConversation({
      kind: 'checkIn',
      lastConversation: '2027-02-28',
      employeeWishMonths: 1,
      now: '2027-01-01T09:00:00Z',
      preferredTime: '02:30',
      calendar: { holidays: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => f.code)).toContain('schedule.time.shiftedByDst');
    if (result.ok) {
      expect(result.value.date).toBe('2027-03-28');
      expect(wallClockOf(result.value.start, 'Europe/Amsterdam')).not.toBe('02:30');
    }
  });

  it('counts "today" in the time zone, also in the night of the change', () => {
    // 23:30 UTC on Saturday 30 October 2027 is already Sunday 31 October in Amsterdam.
    const { value } = plan({ kind: 'checkIn', now: '2027-10-30T23:30:00Z' });
    expect(value.date).toBe('2027-11-01');
    expect(value.start).toBe('2027-11-01T09:00:00+01:00');
  });
});

describe('planNextConversation properties', () => {
  const calendarArb: fc.Arbitrary<WorkingCalendarOptions> = fc.record(
    {
      workingWeekdays: fc.uniqueArray(fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }),
      goodFriday: fc.boolean(),
      liberationDay: fc.constantFrom<'always' | 'lustrum' | 'never'>('always', 'lustrum', 'never'),
      timeZone: fc.constantFrom('Europe/Amsterdam', 'UTC', 'America/New_York', 'Asia/Tokyo'),
    },
    { requiredKeys: [] },
  );
  const inputArb = fc
    .record({
      kind: fc.constantFrom('development', 'career', 'checkIn', 'futureDialogue' as const),
      last: fc.option(fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2032-12-31') }), { nil: undefined }),
      hire: fc.option(fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2032-12-31') }), { nil: undefined }),
      nowOffsetMinutes: fc.integer({ min: -60 * 24 * 60, max: 60 * 24 * 900 }),
      wish: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      calendar: calendarArb,
      preferredTime: fc.option(fc.constantFrom('08:00', '10:15', '13:30', { from: '09:00', to: '17:00' }, { from: '13:00', to: '16:00' }), {
        nil: undefined,
      }),
    })
    .map(({ kind, last, hire, nowOffsetMinutes, wish, calendar, preferredTime }) => {
      const anchor = last ?? hire ?? toDayNumber('2027-01-01');
      const now = new Date((anchor * 1440 + nowOffsetMinutes) * 60_000).toISOString();
      const input: PlanInput = {
        kind: kind as 'development',
        now,
        calendar,
        ...(last === undefined ? {} : { lastConversation: fromDayNumber(last) }),
        ...(hire === undefined ? {} : { hireDate: fromDayNumber(hire) }),
        ...(wish === undefined ? {} : { employeeWishMonths: wish }),
        ...(preferredTime === undefined ? {} : { preferredTime }),
      };
      return input;
    });

  it('plans a working day, not in the past, within the policy bounds', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = planNextConversation(input);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const planned = result.value;
        const timeZone = planned.timeZone;
        const today = calendarDateOf(input.now, timeZone);
        const working = isWorkingDay(planned.date, input.calendar);
        expect(working.ok && working.value).toBe(true);
        expect(planned.date >= today).toBe(true);
        expect(Date.parse(planned.start) >= Date.parse(input.now)).toBe(true);
        expect(calendarDateOf(planned.start, timeZone)).toBe(planned.date);
        expect(minutesBetween(planned.start, planned.end)).toBe(planned.durationMinutes);
        expect(planned.overdue).toBe(planned.date > planned.latestAllowed);
        const policy = defaultRhythmPolicies[input.kind];
        if (input.lastConversation !== undefined) {
          expect(planned.latestAllowed <= addCalendarMonths(input.lastConversation as string, policy.maxIntervalMonths)).toBe(true);
          expect(planned.intervalMonths).toBeGreaterThanOrEqual(policy.minIntervalMonths);
          expect(planned.intervalMonths).toBeLessThanOrEqual(policy.maxIntervalMonths);
        }
        if (!planned.overdue) expect(planned.date >= planned.targetDate || planned.date === planned.latestAllowed).toBe(true);
        // With a working week of room before the limit, the plan is never overdue.
        if (toDayNumber(planned.latestAllowed) - toDayNumber(today) > 1 && planned.basis !== 'none') {
          expect(planned.overdue).toBe(false);
        }
        if (typeof input.preferredTime === 'string' && planned.date > today) {
          const shifted = result.findings.some((f) => f.code === 'schedule.time.shiftedByDst');
          if (!shifted) expect(wallClockOf(planned.start, timeZone)).toBe(input.preferredTime);
        }
        expect(instantAt(planned.date, wallClockOf(planned.start, timeZone), timeZone)).toBe(planned.start);
      }),
    );
  });
});

describe('planNextConversation: the rules a change must not break', () => {
  it('plans on the target day when it lies ahead, never on today instead (the later of the target and today)', () => {
    // Today has room (16:00 to 17:00 in the default hours), but the target is three months away.
    const ahead = plan({ kind: 'development', lastConversation: '2027-01-12', employeeWishMonths: 3, now: '2027-01-12T16:00:00+01:00' });
    expect(ahead.value.date).toBe('2027-04-12');
    expect(ahead.value.start).toBe('2027-04-12T09:00:00+02:00');
  });

  it('plans today when the target has passed, never on the passed target day', () => {
    const passed = plan({ kind: 'development', lastConversation: '2026-06-01', now: '2027-02-05T08:00:00+01:00' });
    expect(passed.value.targetDate).toBe('2026-12-01');
    expect(passed.value).toMatchObject({ date: '2027-02-05', start: '2027-02-05T09:00:00+01:00', overdue: false });
  });

  it('refuses preferred hours the conversation does not fit in, to the minute', () => {
    const base = { kind: 'development' as const, lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' };
    const tooShort = planNextConversation({ ...base, preferredTime: { from: '09:00', to: '09:59' } });
    expect(tooShort.ok).toBe(false);
    expect(tooShort.findings.at(-1)).toEqual({
      code: 'schedule.time.windowTooShort',
      severity: 'error',
      path: ['preferredTime'],
      params: { minutes: 60 },
    });
    expect(msg(tooShort.findings.at(-1), 'nl')).toBe('In de gewenste uren past geen gesprek van 60 minuten.');
    const exact = plan({ ...base, preferredTime: { from: '09:00', to: '10:00' } });
    expect([exact.value.start, exact.value.end]).toEqual(['2027-07-12T09:00:00+02:00', '2027-07-12T10:00:00+02:00']);
    // A single start time that would run past midnight does not fit either.
    const midnight = planNextConversation({ ...base, preferredTime: '23:30' });
    expect(midnight.findings.map((f) => f.code)).toContain('schedule.time.windowTooShort');
    expect(plan({ ...base, preferredTime: '23:00' }).value.end).toBe('2027-07-13T00:00:00+02:00');
  });

  it('reports a daylight-saving shift only when the clock really skips the time', () => {
    const normal = plan({ kind: 'development', lastConversation: '2027-01-12', employeeWishMonths: 3, now: '2027-01-12T16:00:00+01:00' });
    expect(normal.codes).toEqual(['schedule.plan.wishUsed', 'schedule.plan.proposed']);
    // On the Sunday the clocks go forward, 10:00 exists: no warning; 02:30 does not: a warning.
    const sundays: WorkingCalendarOptions = { holidays: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6, 7] };
    const ten = plan({ kind: 'checkIn', now: '2027-03-28T06:00:00+02:00', preferredTime: '10:00', calendar: sundays });
    expect(ten.codes).not.toContain('schedule.time.shiftedByDst');
    const skipped = planNextConversation({
      kind: 'checkIn',
      lastConversation: '2027-02-28',
      employeeWishMonths: 1,
      now: '2027-01-01T09:00:00Z',
      preferredTime: '02:30',
      calendar: sundays,
    });
    const shifted = skipped.findings.find((f) => f.code === 'schedule.time.shiftedByDst');
    expect(shifted?.params).toEqual({ date: '2027-03-28', time: '02:30', actual: '03:30' });
    expect(msg(shifted, 'nl')).toBe(
      'Op 28 maart 2027 bestaat 02:30 niet, omdat de klok die nacht een uur vooruitgaat; het gesprek begint om 03:30.',
    );
    expect(skipped.ok && skipped.value.start).toBe('2027-03-28T03:30:00+02:00');
  });
});

describe('planNextConversation date range', () => {
  it('refuses dates outside the years the holiday rules cover, with a finding', () => {
    const far = planNextConversation({ kind: 'development', lastConversation: '2250-01-01', now: '2027-01-01T09:00:00Z' });
    expect(far.ok).toBe(false);
    expect(far.findings[0]).toMatchObject({ code: 'schedule.date.outOfRange', path: ['lastConversation'] });
    const late = planNextConversation({ kind: 'development', now: '9999-12-31T23:00:00Z' });
    expect(late.findings[0]).toMatchObject({ code: 'schedule.date.outOfRange', path: ['now'] });
    expect(late.findings[0]?.params).toEqual({ value: '9999-12-31', from: '1900-01-01', to: '2200-12-31' });
    // The first and last years themselves plan; an answer past 2200 is refused, naming the day.
    expect(planNextConversation({ kind: 'development', lastConversation: '1900-02-01', now: '1900-02-01T09:00:00Z' }).ok).toBe(true);
    const beyond = planNextConversation({ kind: 'development', lastConversation: '2200-06-01', now: '2200-06-02T09:00:00Z' });
    expect(beyond.ok).toBe(false);
    expect(beyond.findings.at(-1)).toMatchObject({ code: 'schedule.date.outOfRange', path: ['lastConversation'] });
    expect(msg(beyond.findings.at(-1), 'en')).toBe(
      '1 June 2201 lies outside the period planning works for: from 1 January 1900 up to and including 31 December 2200.',
    );
  });
});
