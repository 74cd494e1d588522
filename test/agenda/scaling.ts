/**
 * The 10k-vs-20k scaling of mergeAgendas, measured interleaved with a garbage collection before each
 * run, so that load from neighbours and heap growth weigh less than in a bench of back-to-back runs.
 * Run: `node --expose-gc --import tsx test/agenda/scaling.ts`
 */
import { mergeAgendas } from '../../src/agenda/index.js';
import { inputOf } from './bench-input.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const small = inputOf(10_000);
const large = inputOf(20_000);
const timesSmall: number[] = [];
const timesLarge: number[] = [];

function timed(run: () => unknown): number {
  gc();
  const start = performance.now();
  run();
  return performance.now() - start;
}

for (let i = 0; i < 5; i++) {
  mergeAgendas(small);
  mergeAgendas(large);
}
for (let i = 0; i < 30; i++) {
  timesSmall.push(timed(() => mergeAgendas(small)));
  timesLarge.push(timed(() => mergeAgendas(large)));
}
const median = (times: number[]): number => [...times].sort((a, b) => a - b)[times.length >> 1] ?? Number.NaN;
const best = (times: number[]): number => Math.min(...times);
console.log(`10,000: median ${median(timesSmall).toFixed(1)} ms, best ${best(timesSmall).toFixed(1)} ms`);
console.log(`20,000: median ${median(timesLarge).toFixed(1)} ms, best ${best(timesLarge).toFixed(1)} ms`);
console.log(
  `ratio: median ${(median(timesLarge) / median(timesSmall)).toFixed(2)}x, best ${(best(timesLarge) / best(timesSmall)).toFixed(2)}x`,
);
