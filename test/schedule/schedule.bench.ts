import { bench, describe } from 'vitest';
import { builtSchedule, employeesOf, handLoop, now, rruleCheckIns } from './peers.js';

/**
 * Raw timings of the package as built, beside the peers that give the same answers. The ratios that
 * the guide quotes come from ratios.ts (paired and interleaved); these are for a quick look:
 * `npm run bench`.
 */
const { checkInDates, dueList } = await builtSchedule();
const employees = employeesOf(100_000);

describe('check-ins every 6 weeks over 2 years', () => {
  bench('rrule + the same holiday shift', () => {
    rruleCheckIns('2027-01-04', 6, '2028-12-31');
  });
  bench('checkInDates', () => {
    checkInDates({ from: '2027-01-04', everyWeeks: 6, until: '2028-12-31' });
  });
});

describe('due list, 100,000 employees', () => {
  bench(
    'hand loop with the same result',
    () => {
      handLoop(employees);
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'dueList',
    () => {
      dueList({ employees, now });
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
