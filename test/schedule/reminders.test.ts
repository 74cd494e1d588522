import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../src/agreements/schema.js';
import { fromDayNumber, instantAt, toDayNumber } from '../../src/core/index.js';
import type { RemindersInput } from '../../src/schedule/index.js';
import { isWorkingDay, remindersFor } from '../../src/schedule/index.js';

const input: RemindersInput = {
  employeeId: 'emp-1',
  managerId: 'man-1',
  conversation: { id: 'c-2027-05', kind: 'development', start: '2027-05-10T10:00:00+02:00' },
  agreements: [
    { id: 'a1', what: 'Presentatie geven', who: 'emp-1', when: '2027-09-30', status: 'open' },
    { id: 'a2', what: 'Opleidingsbudget regelen', who: 'man-1', when: '2027-05-31', status: 'open' },
    { id: 'a3', what: 'Klaar', who: 'emp-1', when: '2027-06-30', status: 'done' },
  ],
};

describe('remindersFor', () => {
  it('reminds both sides to prepare, each with their own lead time in working days', () => {
    const result = remindersFor(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const preparation = result.value.filter((r) => r.type === 'preparation');
    // Counting back from Monday 10 May 2027 skips Ascension Day (6 May) and King's Day (27 April);
    // Liberation Day (5 May) is a working day outside lustrum years.
    expect(preparation.map((r) => `${r.role} ${r.date} ${r.at}`)).toEqual([
      'manager 2027-04-22 2027-04-22T09:00:00+02:00',
      'employee 2027-04-30 2027-04-30T09:00:00+02:00',
    ]);
    expect(preparation[0]?.to).toBe('man-1');
    expect(preparation[1]?.message).toBe(
      'Bereid je ontwikkelgesprek van 10 mei 2027 om 10:00 voor: wat ging goed, waar wil je groeien, welke punten zet je op de agenda?',
    );
    // Without a name the manager's reminder names nobody (never an id); with one, it reads like a person wrote it.
    expect(preparation[0]?.message).toBe(
      "Bereid het ontwikkelgesprek van 10 mei 2027 om 10:00 voor: resultaten, voortgang op lopende doelen, feedback van collega's en wat de koers van de organisatie betekent.",
    );
    const named = remindersFor({ ...input, employeeName: 'Sanne de Vries', locale: 'en' });
    if (!named.ok) throw new Error('expected reminders');
    const manager = named.value.find((r) => r.type === 'preparation' && r.role === 'manager');
    expect(manager?.message).toContain('Prepare the development conversation with Sanne de Vries on 10 May 2027 at 10:00:');
    expect(manager?.locale).toBe('en');
  });

  it('reminds of deadlines in steps, moved to working days, and escalates to the manager', () => {
    const result = remindersFor(input);
    if (!result.ok) throw new Error('failed');
    const a2 = result.value.filter((r) => r.subjectId === 'a2');
    expect(a2.map((r) => `${r.id} ${r.date} ${r.to}`)).toEqual([
      'agreementDeadline:a2:manager:-14d 2027-05-14 man-1', // 17 May is Whit Monday: the Friday before
      'agreementDeadline:a2:manager:-7d 2027-05-24 man-1',
      'agreementDeadline:a2:manager:-3d 2027-05-28 man-1',
      'agreementEscalation:a2:manager:+1d 2027-06-01 man-1',
    ]);
    expect(result.value.some((r) => r.subjectId === 'a3')).toBe(false);
    const custom = remindersFor({
      ...input,
      conversation: undefined,
      agreementSteps: [10, 1],
      escalateAfterDays: [0, 5],
    } as RemindersInput);
    if (!custom.ok) throw new Error('failed');
    expect(custom.value.filter((r) => r.subjectId === 'a1').map((r) => r.id)).toEqual([
      'agreementDeadline:a1:employee:-10d',
      'agreementDeadline:a1:employee:-1d',
      'agreementEscalation:a1:manager:+0d',
      'agreementEscalation:a1:manager:+5d',
    ]);
  });

  it('reminds of the conversation itself and leaves out the past when now is given', () => {
    const all = remindersFor(input);
    if (!all.ok) throw new Error('failed');
    expect(all.value.filter((r) => r.type === 'conversation').map((r) => `${r.role} ${r.at}`)).toEqual([
      'employee 2027-05-10T09:00:00+02:00',
      'manager 2027-05-10T09:00:00+02:00',
    ]);
    const later = remindersFor({ ...input, now: '2027-05-01T00:00:00+02:00' });
    if (!later.ok) throw new Error('failed');
    expect(later.value.length).toBe(all.value.length - 2);
    expect(later.findings[0]?.code).toBe('schedule.reminders.dropped');
  });

  it('gives the same ids for the same input, whatever the order of agreements', () => {
    const a = remindersFor(input);
    const b = remindersFor({ ...input, agreements: [...(input.agreements ?? [])].reverse() });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('refuses two agreements with the same id instead of dropping the reminders of the second', () => {
    const result = remindersFor({
      employeeId: 'e',
      managerId: 'm',
      agreements: [
        { id: 'a1', what: 'Cursus A', who: 'e', when: '2027-06-30', status: 'open' },
        { id: 'a1', what: 'Cursus B', who: 'e', when: '2027-09-30', status: 'open' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['schedule.reminders.duplicateAgreement', ['agreements', 1, 'id']]]);
  });

  it('counts the days left in words that read naturally, one day or several', () => {
    const result = remindersFor({
      employeeId: 'e',
      managerId: 'm',
      agreements: [{ id: 'a1', what: 'Cursus', who: 'e', when: '2027-06-30', status: 'open' }],
      agreementSteps: [7, 1],
    });
    if (!result.ok) throw new Error('failed');
    expect(result.value.map((r) => r.message).slice(0, 2)).toEqual([
      'Nog 7 dagen tot de deadline van ‘Cursus’ (30 juni 2027).',
      'Nog 1 dag tot de deadline van ‘Cursus’ (30 juni 2027).',
    ]);
    const english = remindersFor({
      employeeId: 'e',
      managerId: 'm',
      agreements: [{ id: 'a1', what: 'Cursus', who: 'e', when: '2027-06-30', status: 'open' }],
      agreementSteps: [7, 1],
      locale: 'en',
    });
    if (!english.ok) throw new Error('failed');
    expect(english.value.map((r) => r.message)).toEqual([
      '7 days left until the deadline of “Cursus” (30 June 2027).',
      '1 day left until the deadline of “Cursus” (30 June 2027).',
      'The deadline of “Cursus” (30 June 2027) has passed and the agreement is not done. Talk together about what is needed.',
    ]);
  });

  it('answers bad input with findings', () => {
    const result = remindersFor({ employeeId: 'e', managerId: 'm', agreementSteps: [0] });
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.path).toEqual(['agreementSteps', 0]);
  });

  it('orders reminders by time, with unique ids, on working days for deadline steps (fast-check)', () => {
    const day = fc.integer({ min: toDayNumber('2026-01-01'), max: toDayNumber('2030-12-31') });
    const arb = fc.record({
      start: day,
      hour: fc.integer({ min: 7, max: 18 }),
      agreements: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
          when: day,
          who: fc.constantFrom('emp-1', 'man-1', ''),
          status: fc.constantFrom('open', 'done', 'dropped' as const),
        }),
        { selector: (a) => a.id, maxLength: 6 },
      ),
      steps: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), { nil: undefined }),
      lead: fc.record({ employee: fc.integer({ min: 0, max: 15 }), manager: fc.integer({ min: 0, max: 15 }) }),
    });
    fc.assert(
      fc.property(arb, ({ start, hour, agreements, steps, lead }) => {
        const result = remindersFor({
          employeeId: 'emp-1',
          managerId: 'man-1',
          conversation: { id: 'c', start: instantAt(fromDayNumber(start), `${String(hour).padStart(2, '0')}:00`) },
          agreements: agreements.map((a) => ({ ...a, what: `Afspraak ${a.id}`, when: fromDayNumber(a.when) })),
          preparationLeadDays: lead,
          ...(steps === undefined ? {} : { agreementSteps: steps }),
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const reminders = result.value;
        expect(new Set(reminders.map((r) => r.id)).size).toBe(reminders.length);
        for (let i = 1; i < reminders.length; i++) {
          const previous = reminders[i - 1]!;
          const current = reminders[i]!;
          const order = Date.parse(previous.at) - Date.parse(current.at);
          expect(order < 0 || (order === 0 && previous.id < current.id)).toBe(true);
        }
        for (const reminder of reminders) {
          if (reminder.type !== 'conversation') {
            const working = isWorkingDay(reminder.date);
            expect(working.ok && working.value).toBe(true);
          }
          if (reminder.type === 'agreementEscalation') expect(reminder.to).toBe('man-1');
        }
        const open = agreements.filter((a) => a.status === 'open').map((a) => a.id);
        expect(new Set(reminders.filter((r) => r.type.startsWith('agreement')).map((r) => r.subjectId))).toEqual(new Set(open));
      }),
    );
  });
});

describe('remindersFor with full agreements from the agreements module', () => {
  it('accepts parsed Agreement objects as they are', () => {
    const agreement = agreementSchema.parse({
      id: 'a1',
      what: 'Ik geef voor 1 juni een presentatie over het nieuwe planningssysteem aan mijn team',
      who: 'emp-1',
      when: '2027-06-01',
      measure: "Presentatie gegeven, feedback van drie collega's",
    });
    const result = remindersFor({ employeeId: 'emp-1', managerId: 'man-1', agreements: [agreement] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.map((r) => r.id)).toEqual([
      'agreementDeadline:a1:employee:-14d',
      'agreementDeadline:a1:employee:-7d',
      'agreementDeadline:a1:employee:-3d',
      'agreementEscalation:a1:manager:+1d',
    ]);
  });
});
