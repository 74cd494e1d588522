/**
 * The schedule module's speed against peers that give the same answers, measured on the package as
 * shipped (`dist/`) with the paired, interleaved harness. Run:
 *   npm run build && node --expose-gc --import tsx test/schedule/ratios.ts
 * Each comparison first checks, outside the timing, that both sides give identical output.
 */
import assert from 'node:assert/strict';
import type { CheckInInput, DueEmployee } from '../../src/schedule/index.js';
import type { Clock, Ratio } from '../bench/harness.js';
import { doublingRatio, formatRatio, pairedRatio } from '../bench/harness.js';
import { builtSchedule, employeesOf, generator, handLoop, now, rruleCheckIns } from './peers.js';

const { checkInDates, dueList } = await builtSchedule();
// CPU time by default: on a shared machine the wall clock also counts the waits for a core.
const clock: Clock = process.env['BENCH_CLOCK'] === 'wall' ? 'wall' : 'cpu';

// ------------------------------------------------------------------ check-ins against rrule

const checkIns: CheckInInput = { from: '2027-01-04', everyWeeks: 6, until: '2028-12-31' };
const ours = checkInDates(checkIns);
assert.ok(ours.ok);
assert.deepEqual([...ours.value], rruleCheckIns(checkIns.from, checkIns.everyWeeks, checkIns.until as string));
assert.ok(ours.value.length === 18 && ours.value.some((date) => date !== ours.value[0]));

const checkInRatio = pairedRatio(
  { name: 'rrule + holiday shift', run: () => rruleCheckIns('2027-01-04', 6, '2028-12-31') },
  { name: 'checkInDates', run: () => checkInDates(checkIns) },
  { rounds: 15, clock },
);

const employees = employeesOf(100_000);
const half = employees.slice(0, 50_000);
// The same organisation in a random order: the ids no longer come sorted, as they do from most exports.
const shuffled = [...employees];
const pick = generator(17);
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = pick(i + 1);
  [shuffled[i], shuffled[j]] = [shuffled[j] as DueEmployee, shuffled[i] as DueEmployee];
}
for (const list of [employees, half, shuffled]) {
  assert.deepEqual(JSON.parse(JSON.stringify(dueList({ employees: list, now }))), handLoop(list));
}

const dueRatio = pairedRatio(
  { name: 'hand loop', run: () => handLoop(employees) },
  { name: 'dueList', run: () => dueList({ employees, now }) },
  { rounds: 11, targetMs: 200, clock },
);
const shuffledRatio = pairedRatio(
  { name: 'hand loop', run: () => handLoop(shuffled) },
  { name: 'dueList', run: () => dueList({ employees: shuffled, now }) },
  { rounds: 11, targetMs: 200, clock },
);
const scaling = doublingRatio(
  { name: 'dueList 50,000', run: () => dueList({ employees: half, now }) },
  { name: 'dueList 100,000', run: () => dueList({ employees, now }) },
  { rounds: 11, clock },
);

/** time(ours) ÷ time(peer), from the harness's time(peer) ÷ time(ours). */
const slower = (ratio: Ratio): Ratio => ({ median: 1 / ratio.median, min: 1 / ratio.max, max: 1 / ratio.min, rounds: ratio.rounds });

console.log(clock === 'cpu' ? 'CPU time' : 'wall clock');
console.log(`checkInDates, 6 weeks over 2 years, vs rrule + the same holiday shift: ${formatRatio(checkInRatio)} times as fast`);
console.log(
  `dueList, 100,000 employees in id order, vs a hand loop with identical output: ${formatRatio(slower(dueRatio))} times its time`,
);
console.log(`dueList, the same 100,000 shuffled, vs the hand loop: ${formatRatio(slower(shuffledRatio))} times its time`);
console.log(`dueList, t(100,000) / t(50,000): ${formatRatio(scaling)}`);
