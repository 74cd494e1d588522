import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import type { HostMeta } from '../../src/core/index.js';
import type { PlanInput, RemindersInput } from '../../src/schedule/index.js';
import { checkInDates, dueList, followUpStatus, planNextConversation, remindersFor, toICalendar } from '../../src/schedule/index.js';
import { plannedConversationSchema, reminderSchema } from '../../src/schedule/schema.js';

const meta: HostMeta = { tenantId: 't-42', tags: ['pilot', 2027], source: { system: 'afas', row: null } };

/** The same object with its keys in another order. */
function reordered<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe('the stored shapes: a planned conversation and a reminder', () => {
  it('write the schema version, carry the host’s meta untouched, and keep one key order', () => {
    const input: PlanInput = { kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00', meta };
    const planned = planNextConversation(input);
    if (!planned.ok) throw new Error('expected a plan');
    expect(Object.keys(planned.value)).toEqual([
      'schemaVersion',
      'kind',
      'date',
      'start',
      'end',
      'durationMinutes',
      'timeZone',
      'targetDate',
      'latestAllowed',
      'intervalMonths',
      'basis',
      'overdue',
      'meta',
    ]);
    expect(planned.value.schemaVersion).toBe(2);
    expect(planned.value.meta).toEqual(meta);
    expect(JSON.stringify(planNextConversation(reordered(input)))).toBe(JSON.stringify(planned));
    expect(safeParse(plannedConversationSchema, JSON.parse(JSON.stringify(planned.value))).success).toBe(true);
    const without = planNextConversation({ ...input, meta: undefined });
    expect(without.ok && 'meta' in without.value).toBe(false);
  });

  it('give every reminder the same order of keys, the version, the language and the meta', () => {
    const input: RemindersInput = {
      employeeId: 'emp-1',
      managerId: 'man-1',
      conversation: { id: 'c1', start: '2027-07-12T10:00:00+02:00' },
      agreements: [{ id: 'a1', what: 'Cursus', who: 'emp-1', when: '2027-09-30' }],
      locale: 'en',
      meta,
    };
    const reminders = remindersFor(input);
    if (!reminders.ok) throw new Error('expected reminders');
    for (const reminder of reminders.value) {
      expect(Object.keys(reminder)).toEqual([
        'schemaVersion',
        'id',
        'type',
        'to',
        'role',
        'at',
        'date',
        'subjectId',
        'offsetDays',
        'locale',
        'message',
        'meta',
      ]);
      expect([reminder.schemaVersion, reminder.locale]).toEqual([2, 'en']);
      expect(reminder.meta).toEqual(meta);
      expect(safeParse(reminderSchema, JSON.parse(JSON.stringify(reminder))).success).toBe(true);
    }
    expect(JSON.stringify(remindersFor(reordered(input)))).toBe(JSON.stringify(reminders));
  });

  it('carry any JSON meta through unchanged (fast-check)', () => {
    const metaArb = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }) as fc.Arbitrary<HostMeta>;
    fc.assert(
      fc.property(metaArb, (host) => {
        const planned = planNextConversation({ kind: 'checkIn', now: '2027-03-01T09:00:00+01:00', meta: host });
        expect(planned.ok).toBe(true);
        if (planned.ok) expect(JSON.parse(JSON.stringify(planned.value.meta))).toEqual(JSON.parse(JSON.stringify(host)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the supported years, 1900 to 2200, in every function that takes dates', () => {
  const refused = (result: { ok: boolean; findings: readonly { code: string }[] }) => {
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('schedule.date.outOfRange');
  };

  it('refuses dates outside them with a finding', () => {
    refused(followUpStatus({ kind: 'development', lastConversation: '1899-06-01', now: '2027-01-01T09:00:00Z' }));
    refused(
      followUpStatus({
        kind: 'development',
        now: '2027-01-01T09:00:00Z',
        agreements: [{ id: 'a', what: 'x', who: 'y', when: '2300-01-01' }],
      }),
    );
    refused(dueList({ employees: [{ id: 'e', hireDate: '2201-01-01' }], now: '2027-01-01T09:00:00Z' }));
    refused(remindersFor({ employeeId: 'e', managerId: 'm', conversation: { id: 'c', start: '1850-01-01T10:00:00Z' } }));
    refused(checkInDates({ from: '1899-12-25', everyWeeks: 1, count: 2 }));
    refused(checkInDates({ from: '2027-01-04', everyWeeks: 1, until: '2201-01-01' }));
    refused(
      toICalendar([{ uid: 'u', start: '2201-01-01T10:00:00Z', end: '2201-01-01T11:00:00Z', summary: 'X' }], {
        dtstamp: '2027-01-01T00:00:00Z',
      }),
    );
    refused(toICalendar([], { dtstamp: '1899-12-31T23:00:00Z' }));
  });

  it('refuses answers that would fall outside them, naming the day', () => {
    const due = dueList({ employees: [{ id: 'e', lastConversation: '2200-06-01' }], now: '2200-07-01T09:00:00Z' });
    expect(due.findings[0]).toMatchObject({
      code: 'schedule.date.outOfRange',
      path: ['employees', 0, 'lastConversation'],
      params: { value: '2201-06-01' },
    });
    const late = remindersFor({ employeeId: 'e', managerId: 'm', agreements: [{ id: 'a', what: 'x', who: 'e', when: '2200-12-31' }] });
    expect(late.findings[0]).toMatchObject({ code: 'schedule.date.outOfRange', path: ['agreements', 0, 'when'] });
    const early = remindersFor({ employeeId: 'e', managerId: 'm', conversation: { id: 'c', start: '1900-01-03T10:00:00+01:00' } });
    expect(early.findings[0]).toMatchObject({ code: 'schedule.date.outOfRange', path: ['conversation', 'start'] });
    // Within the years everything works, up to the last day.
    expect(checkInDates({ from: '2200-12-01', everyWeeks: 1, until: '2200-12-31' }).ok).toBe(true);
  });
});
