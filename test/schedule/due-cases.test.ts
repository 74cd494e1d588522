// The due list worked out by hand: the order of people due on one day, repeated employees, a
// conversation already planned, the agreements counted on each line, and calendars that cannot help.
// Calendar facts: 1 February 2027 is a Monday, 15 January 2027 a Friday, 6 February 2027 a Saturday.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/index.js';
import type { DueEmployee, DueEntry } from '../../src/schedule/index.js';
import { dueList } from '../../src/schedule/index.js';

const now = '2027-02-01T09:00:00+01:00';

const line = (entry: DueEntry | undefined) => [entry?.employeeId, entry?.state, entry?.dueDate, entry?.overdueAgreements];

describe('dueList, the order of the list', () => {
  it('orders people due on one day by id whatever the input order, and a repeated employee in input order', () => {
    const result = dueList({
      employees: [
        { id: 'e-09', lastConversation: '2026-01-15' },
        { id: 'e-02', lastConversation: '2026-01-15' },
        { id: 'e-05', lastConversation: '2026-01-20' },
        { id: 'e-10', lastConversation: '2026-01-15' },
        { id: 'e-02', lastConversation: '2026-01-15', agreements: [{ id: 'a1', when: '2027-01-25' }] },
        { id: 'e-01', lastConversation: '2026-01-15' },
        { id: 'e-03', lastConversation: '2026-01-20' },
      ],
      now,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries.map(line)).toEqual([
      ['e-01', 'overdue', '2027-01-15', 0],
      ['e-02', 'overdue', '2027-01-15', 0],
      ['e-02', 'overdue', '2027-01-15', 1],
      ['e-09', 'overdue', '2027-01-15', 0],
      ['e-10', 'overdue', '2027-01-15', 0],
      ['e-03', 'overdue', '2027-01-20', 0],
      ['e-05', 'overdue', '2027-01-20', 0],
    ]);
    // The repeat is named with both places, counted from 1 as a person reads a list.
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['schedule.due.duplicateEmployee', ['employees', 4, 'id'], { employee: { kind: 'participant', id: 'e-02' }, position: 5, first: 2 }],
    ]);
  });

  it('finds repeats in a list that was in order up to them, and in a long list out of order', () => {
    const repeats = (ids: readonly string[]) =>
      dueList({ employees: ids.map((id) => ({ id, lastConversation: '2026-06-01' })), now }).findings.map((f) => [
        f.params?.['position'],
        f.params?.['first'],
      ]);
    expect(repeats(['e1', 'e2', 'e1', 'e2'])).toEqual([
      [3, 1],
      [4, 2],
    ]);
    // Forty people from p40 down to p01, then p17 again.
    const descending = Array.from({ length: 40 }, (_, i) => `p${String(40 - i).padStart(2, '0')}`);
    expect(repeats([...descending, 'p17'])).toEqual([[41, 24]]);
  });

  it('orders long lists with many people due on one day and repeated ids by urgency, due date, id, then input order (fast-check)', () => {
    // Row i has one agreement due in 2030 plus i days: harmless to its state, and it tells the rows apart.
    const rowArb = fc.record({
      id: fc.constantFrom('e-01', 'e-02', 'e-03', 'e-04', 'e-05', 'e-06', 'e-07', 'e-08'),
      last: fc.constantFrom('2026-01-15', '2026-02-10', '2026-06-01'),
    });
    const rank = { overdue: 0, dueSoon: 1, onTrack: 2 };
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 60, maxLength: 400 }), (rows) => {
        const employees: DueEmployee[] = rows.map((row, i) => ({
          id: row.id,
          lastConversation: row.last,
          agreements: [{ id: 'a', when: addCalendarDays('2030-01-01', i) }],
        }));
        const result = dueList({ employees, now, includeOnTrack: true });
        if (!result.ok) return false;
        const indexOf = (entry: DueEntry) => employees.findIndex((e) => e.agreements?.[0]?.when === entry.nextAgreementDeadline);
        const expected = [...result.value.entries].sort(
          (a, b) =>
            rank[a.state] - rank[b.state] ||
            (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
            (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0) ||
            indexOf(a) - indexOf(b),
        );
        expect(result.value.entries.map(indexOf)).toEqual(expected.map(indexOf));
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it('names at most a hundred repeats, the first hundred', () => {
    const result = dueList({ employees: Array.from({ length: 150 }, () => ({ id: 'e-1', lastConversation: '2026-06-01' })), now });
    const positions = result.findings.map((f) => f.params?.['position']);
    expect(positions).toHaveLength(100);
    expect([positions[0], positions.at(-1)]).toEqual([2, 101]);
  });
});

describe('dueList, one line', () => {
  it('counts a conversation planned from today up to the due day itself as on track, and one after it not', () => {
    // Last conversation 10 February 2026: the next is due by Wednesday 10 February 2027, nine days from now.
    const planned = (nextPlanned: string): DueEmployee => ({
      id: `e-${nextPlanned.slice(0, 10)}`,
      lastConversation: '2026-02-10',
      nextPlanned,
    });
    const result = dueList({
      employees: [planned('2027-02-01T14:00:00+01:00'), planned('2027-02-10'), planned('2027-02-11'), planned('2027-01-29')],
      now,
      includeOnTrack: true,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries.map((e) => [e.employeeId, e.conversationState, e.daysUntilDue])).toEqual([
      ['e-2027-01-29', 'dueSoon', 9],
      ['e-2027-02-11', 'dueSoon', 9],
      ['e-2027-02-01', 'onTrack', 9],
      ['e-2027-02-10', 'onTrack', 9],
    ]);
  });

  it('counts open agreements due within the horizon, today and the last day included, and names the earliest deadline', () => {
    const employee: DueEmployee = {
      id: 'e-17',
      lastConversation: '2026-11-01',
      agreements: [
        { id: 'a1', when: '2027-02-15' }, // in 14 days: the last day of the default horizon
        { id: 'a3', when: '2027-02-16' }, // in 15 days
        { id: 'a2', when: '2027-02-01' }, // today: due, not yet overdue
        { id: 'a4', when: '2027-03-20' },
        { id: 'a5', when: '2027-01-04', status: 'done' },
        { id: 'a6' },
      ],
    };
    const at = (horizonDays?: number) => {
      const result = dueList({ employees: [employee], now, includeOnTrack: true, ...(horizonDays === undefined ? {} : { horizonDays }) });
      return result.ok ? result.value.entries[0] : undefined;
    };
    expect(at()).toEqual({
      employeeId: 'e-17',
      kind: 'development',
      state: 'dueSoon',
      conversationState: 'onTrack',
      dueDate: '2027-11-01',
      daysUntilDue: 273,
      overdueAgreements: 0,
      dueSoonAgreements: 2,
      nextAgreementDeadline: '2027-02-01',
    });
    expect(at(30)?.dueSoonAgreements).toBe(3);
    expect(at(13)?.dueSoonAgreements).toBe(1);
  });

  it('leaves out the next deadline of someone without open agreements', () => {
    const result = dueList({ employees: [{ id: 'e-1', lastConversation: '2026-03-01', agreements: [{ id: 'a1' }] }], now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value.entries[0] ?? {})).toEqual([
      'employeeId',
      'kind',
      'state',
      'conversationState',
      'dueDate',
      'daysUntilDue',
      'overdueAgreements',
      'dueSoonAgreements',
    ]);
  });

  it('makes someone without a last conversation or hire date due on the last working day up to today', () => {
    const result = dueList({ employees: [{ id: 'e-new' }], now: '2027-02-06T10:00:00+01:00' });
    expect(result.ok && line(result.value.entries[0])).toEqual(['e-new', 'overdue', '2027-02-05', 0]);
  });
});

describe('dueList, calendars and dates that cannot help', () => {
  it('points at the hire date or the last conversation whose due day lies past 2200', () => {
    const hired = dueList({ employees: [{ id: 'e-1', hireDate: '2200-10-01' }], now });
    expect(hired.findings.map((f) => [f.code, f.path])).toEqual([['schedule.date.outOfRange', ['employees', 0, 'hireDate']]]);
    const talked = dueList({ employees: [{ id: 'e-1' }, { id: 'e-2', lastConversation: '2200-06-01' }], now });
    expect(talked.findings.map((f) => [f.code, f.path])).toEqual([['schedule.date.outOfRange', ['employees', 1, 'lastConversation']]]);
  });

  it('says there is no working day, for a due day from a date and for one from today, when the calendar has none for ten years', () => {
    const calendar = { closures: [{ from: '2010-01-01', to: '2045-12-31' }] };
    const fromDate = dueList({ employees: [{ id: 'e-1', lastConversation: '2026-03-01' }], now, calendar });
    expect(fromDate.findings.map((f) => [f.code, f.path])).toEqual([
      ['schedule.calendar.noWorkingDay', ['employees', 0, 'lastConversation']],
    ]);
    const fromToday = dueList({ employees: [{ id: 'e-1' }], now, calendar });
    expect(fromToday.findings.map((f) => [f.code, f.path])).toEqual([['schedule.calendar.noWorkingDay', []]]);
  });

  it('refuses a calendar whose closure ends before it starts, under the calendar path', () => {
    const result = dueList({ employees: [{ id: 'e-1' }], now, calendar: { closures: [{ from: '2027-12-31', to: '2027-12-27' }] } });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['schedule.calendar.closureReversed', ['calendar', 'closures', 0]]]);
  });
});
