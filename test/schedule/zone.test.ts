import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addMinutesToInstant, calendarDateOf, instantAt, wallClockOf } from '../../src/core/index.js';
import { dueList, planNextConversation, remindersFor, toICalendar } from '../../src/schedule/index.js';
import { instantIn, isKnownZone, isoInZone, localDate, momentAt, wallClock } from '../../src/schedule/zone.js';

const zones = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo', 'UTC'];
const minute = 60_000;
// From 1970 on: before, some zones had offsets with seconds, which an ISO offset cannot say.
const momentArb = fc.integer({ min: Date.UTC(1970, 0, 1) / minute, max: Date.UTC(2200, 11, 31) / minute }).map((m) => m * minute);

describe('time zones on one format per zone', () => {
  const original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = original;
  });

  it('reads a moment in a zone as date-fns does (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), momentArb, (zone, ms) => {
        const iso = new Date(ms).toISOString();
        expect(localDate(ms, zone)).toBe(calendarDateOf(iso, zone));
        expect(wallClock(ms, zone)).toBe(wallClockOf(iso, zone));
        expect(isoInZone(ms, zone)).toBe(addMinutesToInstant(iso, 0, zone));
        expect(Date.parse(isoInZone(ms, zone))).toBe(ms);
      }),
    );
  });

  it('finds the moment of a local time: as date-fns where it is unambiguous, the first of two where the clocks go back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), momentArb, (zone, ms) => {
        const date = localDate(ms, zone);
        const time = wallClock(ms, zone);
        const moment = momentAt(date, time, zone);
        expect([localDate(moment, zone), wallClock(moment, zone)]).toEqual([date, time]);
        expect(moment).toBeLessThanOrEqual(ms);
        if (moment === ms - (ms % minute)) expect(Date.parse(instantIn(date, time, zone))).toBe(moment);
      }),
    );
    // 02:30 on 31 October 2027 happens twice in Amsterdam: RFC 5545 reads it as the first, in summer time.
    expect(instantIn('2027-10-31', '02:30', 'Europe/Amsterdam')).toBe('2027-10-31T02:30:00+02:00');
    // 02:30 on 28 March 2027 does not happen: it moves on by the hour the clocks skip.
    expect(instantIn('2027-03-28', '02:30', 'Europe/Amsterdam')).toBe(instantAt('2027-03-28', '02:30', 'Europe/Amsterdam'));
    expect(instantIn('2027-03-28', '02:30', 'Europe/Amsterdam')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('knows the zones the runtime knows, and builds no format per call', () => {
    expect(isKnownZone('Europe/Amsterdam')).toBe(true);
    expect(isKnownZone('Mars/Olympus')).toBe(false);
    expect(isKnownZone('')).toBe(false);
    expect(isKnownZone(42)).toBe(false);
    // Warm up, then count the formats built while planning, reminding, listing and writing a calendar.
    const work = () => {
      planNextConversation({
        kind: 'development',
        lastConversation: '2026-03-01T10:00:00+01:00',
        now: '2027-01-12T16:00:00+01:00',
        timeZone: 'America/New_York',
      });
      remindersFor({
        employeeId: 'e',
        managerId: 'm',
        conversation: { id: 'c', start: '2027-07-12T10:00:00+02:00' },
        timeZone: 'Europe/Amsterdam',
      });
      dueList({ employees: [{ id: 'e1', lastConversation: '2026-02-01T10:00:00Z' }], now: '2027-01-12T16:00:00+01:00' });
      toICalendar([{ uid: 'u', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00', summary: 'X' }], {
        dtstamp: '2027-01-01T00:00:00Z',
        timeZone: 'Europe/Amsterdam',
      });
    };
    work();
    let built = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    for (let i = 0; i < 5; i++) work();
    expect(built).toBe(0);
  });

  it('stays right past its bound of kept zones', () => {
    const many = Intl.supportedValuesOf('timeZone').slice(0, 100);
    for (const zone of many) expect(isKnownZone(zone)).toBe(true);
    expect(localDate(Date.UTC(2027, 0, 1, 12), many[99] as string)).toBe(calendarDateOf('2027-01-01T12:00:00Z', many[99] as string));
    expect(isKnownZone('Mars/Olympus')).toBe(false);
    // A zone past the bound is built again each time it is asked: the memo does not grow.
    let built = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    expect(isKnownZone(many[99])).toBe(true);
    expect(isKnownZone(many[99])).toBe(true);
    expect(built).toBe(2);
  });

  it('knows a zone only by its name as a string', () => {
    expect(isKnownZone({ toString: () => 'UTC' })).toBe(false);
    expect(isKnownZone(['UTC'])).toBe(false);
    expect(() => localDate(0, 'Mars/Olympus')).toThrow(new RangeError('Unknown time zone Mars/Olympus'));
  });

  it('keeps the seconds of a moment and its whole offset', () => {
    const ms = Date.UTC(2027, 0, 12, 15, 0, 45);
    expect(isoInZone(ms, 'Europe/Amsterdam')).toBe('2027-01-12T16:00:45+01:00');
    expect(isoInZone(ms + 14_000, 'Asia/Kolkata')).toBe('2027-01-12T20:30:59+05:30');
    expect(isoInZone(Date.UTC(2027, 6, 12, 8, 59, 59), 'Europe/Amsterdam')).toBe('2027-07-12T10:59:59+02:00');
  });
});
