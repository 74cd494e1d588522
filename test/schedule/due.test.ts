import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import type { DueEmployee } from '../../src/schedule/index.js';
import { defaultRhythmPolicies, dueList, followUpStatus } from '../../src/schedule/index.js';

const now = '2027-02-01T09:00:00+01:00';

describe('dueList', () => {
  it('lists who is overdue or due soon, most urgent first, with counts for everyone', () => {
    const result = dueList({
      employees: [
        { id: 'e2', lastConversation: '2026-12-01' },
        { id: 'e3', lastConversation: '2026-03-01', agreements: [{ id: 'a1', when: '2027-01-20' }] },
        { id: 'e1', lastConversation: '2026-01-05' },
        { id: 'e4', lastConversation: '2026-02-20T14:00:00+01:00' },
        { id: 'e5', hireDate: '2026-08-10' },
        { id: 'e6', lastConversation: '2026-02-15', nextPlanned: '2027-02-10' },
        { id: 'e7', kind: 'checkIn', lastConversation: '2026-10-10' },
      ],
      now,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries.map((e) => `${e.employeeId} ${e.state} ${e.dueDate}`)).toEqual([
      'e1 overdue 2027-01-05',
      'e7 overdue 2027-01-08', // a check-in at least every 3 months: 10 January is a Sunday, so Friday 8th
      'e3 overdue 2027-03-01',
      'e5 dueSoon 2027-02-10',
      'e4 dueSoon 2027-02-19',
    ]);
    expect(result.value.counts).toEqual({ onTrack: 2, dueSoon: 2, overdue: 3 });
    const e3 = result.value.entries.find((e) => e.employeeId === 'e3');
    expect(e3).toMatchObject({ conversationState: 'dueSoon', overdueAgreements: 1, nextAgreementDeadline: '2027-01-20' });
  });

  it('lists everyone with includeOnTrack, and uses a horizon', () => {
    const employees: DueEmployee[] = [
      { id: 'a', lastConversation: '2026-06-01' },
      { id: 'b', lastConversation: '2026-03-15' },
    ];
    const all = dueList({ employees, now, includeOnTrack: true });
    expect(all.ok && all.value.entries.map((e) => e.employeeId)).toEqual(['b', 'a']);
    const wide = dueList({ employees, now, horizonDays: 200 });
    expect(wide.ok && wide.value.entries.map((e) => `${e.employeeId} ${e.state}`)).toEqual(['b dueSoon', 'a dueSoon']);
  });

  it('reports duplicate employees and bad input with findings', () => {
    const duplicate = dueList({ employees: [{ id: 'x' }, { id: 'x' }], now });
    expect(duplicate.findings.map((f) => f.code)).toEqual(['schedule.due.duplicateEmployee']);
    const bad = dueList({ employees: [{ id: 'x', lastConversation: '2027-13-01' }], now });
    expect(bad.ok).toBe(false);
    expect(bad.findings[0]?.path).toEqual(['employees', 0, 'lastConversation']);
  });

  it('agrees with followUpStatus for every employee, and does not depend on input order (fast-check)', () => {
    const day = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-06-30') });
    const employeeArb = fc.record(
      {
        kind: fc.constantFrom('development', 'career', 'checkIn' as const),
        lastConversation: day.map(fromDayNumber),
        hireDate: day.map(fromDayNumber),
        nextPlanned: day.map(fromDayNumber),
        agreements: fc.array(
          fc.record({
            id: fc.constantFrom('a1', 'a2', 'a3'),
            when: day.map(fromDayNumber),
            status: fc.constantFrom('open', 'done' as const),
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    );
    const listArb = fc.uniqueArray(
      fc.tuple(
        fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s !== ''),
        employeeArb,
      ),
      {
        selector: ([id]) => id,
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(listArb, (list) => {
        const employees: DueEmployee[] = list.map(([id, employee]) => ({ id, ...employee }) as DueEmployee);
        const result = dueList({ employees, now, includeOnTrack: true, horizonDays: 14 });
        const reversed = dueList({ employees: [...employees].reverse(), now, includeOnTrack: true, horizonDays: 14 });
        expect(JSON.stringify(result)).toBe(JSON.stringify(reversed));
        if (!result.ok) return;
        expect(result.value.entries.length).toBe(employees.length);
        for (const employee of employees) {
          const kind = employee.kind ?? 'development';
          const single = followUpStatus({
            kind,
            ...(employee.lastConversation === undefined ? {} : { lastConversation: employee.lastConversation }),
            ...(employee.hireDate === undefined ? {} : { hireDate: employee.hireDate }),
            ...(employee.nextPlanned === undefined ? {} : { nextPlanned: employee.nextPlanned }),
            agreements: (employee.agreements ?? []).map((a) => ({ ...a, what: 'x', who: 'y' })),
            policy: { ...defaultRhythmPolicies[kind], dueSoonDays: 14 },
            now,
          });
          expect(single.ok).toBe(true);
          if (!single.ok) continue;
          const entry = result.value.entries.find((e) => e.employeeId === employee.id)!;
          expect(entry.dueDate).toBe(single.value.conversation.dueDate);
          expect(entry.conversationState).toBe(single.value.conversation.state);
          expect(entry.state).toBe(single.value.state);
          expect(entry.overdueAgreements).toBe(single.value.agreements.overdue.length);
        }
        const entries = result.value.entries;
        const rank = { overdue: 0, dueSoon: 1, onTrack: 2 };
        for (let i = 1; i < entries.length; i++) {
          const a = entries[i - 1]!;
          const b = entries[i]!;
          expect(rank[a.state] < rank[b.state] || (rank[a.state] === rank[b.state] && a.dueDate <= b.dueDate)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
