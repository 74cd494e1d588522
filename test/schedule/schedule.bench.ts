import { RRule } from 'rrule';
import { bench, describe } from 'vitest';
import { addCalendarMonths, createRandom, fromDayNumber, toDayNumber } from '../../src/core/index.js';
import type { DueEmployee } from '../../src/schedule/index.js';
import { checkInDates, dueList } from '../../src/schedule/index.js';

/**
 * dueList for 100,000 employees against a plain loop that only compares dates (the least any due
 * list must do), and a year of check-in dates against rrule. Ratios, not absolute times, matter:
 * run with `npx vitest bench --run --config test/vitest.config.ts test/schedule`.
 */
const now = '2027-02-01T09:00:00+01:00';
const random = createRandom('schedule-bench');
const start = toDayNumber('2025-06-01');

function employeesOf(count: number): DueEmployee[] {
  return Array.from({ length: count }, (_, i) => {
    const last = fromDayNumber(start + random.int(600));
    const agreements = i % 3 === 0 ? [{ id: `a${i}`, when: fromDayNumber(start + 200 + random.int(600)), status: 'open' as const }] : [];
    return { id: `emp-${String(i).padStart(6, '0')}`, lastConversation: last, agreements };
  });
}

const employees = employeesOf(100_000);
const employeesHalf = employees.slice(0, 50_000);

/**
 * The baseline: one pass comparing each last-conversation date with a precomputed cut-off (ISO dates
 * compare as strings), then a sort. No validation, no working days, no agreements.
 */
function plainLoop(list: readonly DueEmployee[]): { id: string; last: string }[] {
  const soonCutoff = addCalendarMonths('2027-03-03', -12);
  const out: { id: string; last: string }[] = [];
  for (const employee of list) {
    const last = employee.lastConversation as string;
    if (last <= soonCutoff) out.push({ id: employee.id, last });
  }
  return out.sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : 0));
}

describe('dueList, 100,000 employees', () => {
  bench(
    'plain loop comparing dates (baseline)',
    () => {
      plainLoop(employees);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'dueList (validation, working days, agreements, sort)',
    () => {
      dueList({ employees, now });
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'dueList, 50,000 employees (scaling check)',
    () => {
      dueList({ employees: employeesHalf, now });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

describe('a year of check-in dates', () => {
  const dtstart = new Date(Date.UTC(2027, 0, 4));
  const until = new Date(Date.UTC(2027, 11, 31));
  bench('rrule (weekly, no holidays)', () => {
    new RRule({ freq: RRule.WEEKLY, interval: 1, dtstart, until }).all();
  });
  bench('checkInDates (weekly, Dutch holidays)', () => {
    checkInDates({ from: '2027-01-04', everyWeeks: 1, until: '2027-12-31' });
  });
  bench('checkInDates (weekly, no holidays)', () => {
    checkInDates({ from: '2027-01-04', everyWeeks: 1, until: '2027-12-31', calendar: { holidays: 'none' } });
  });
});
