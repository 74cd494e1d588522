/**
 * The organisation's view over 100,000 employees in one pass, on the built library (`npm run build`
 * first): `npx vitest bench --run --config test/vitest.config.ts test/report/report.bench.ts`.
 * Prints, as median [min–max]: how time grows when the organisation doubles (t(2n) ÷ t(n), paired and
 * interleaved with the harness), and how much the heap keeps per record read (after a forced garbage
 * collection, between 10,000 and 100,000 records of one pass). No assertions: figures to read.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bench, describe } from 'vitest';
import type * as Library from '../../src/index.js';
import type { EmployeeRecord } from '../../src/index.js';
import { doublingRatio, formatRatio } from '../bench/harness.js';
import { organisation } from './organisation.js';

const dist = new URL('../../dist/', import.meta.url).href;
const lib = (await import(`${dist}index.js`)) as typeof Library;
const options = { now: '2027-10-01T09:00:00+02:00', groupBy: ['team', 'costCentre'] };

function run(count: number): number {
  const result = lib.developmentReport(organisation(lib, 2027, count), options);
  if (!result.ok || result.value.figures.employees !== count) throw new Error('report refused');
  return result.value.figures.employees;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAt: [number, number][] = [];

/** Heap kept per record: the heap after a collection at 10,000 and at 100,000 records of one pass. */
function heapPerRecord(): number {
  const samples = new Map<number, number>();
  function* watched(): Generator<EmployeeRecord> {
    let index = 0;
    for (const record of organisation(lib, 2027, 100_000)) {
      index += 1;
      yield record;
      if (index === 10_000 || index === 100_000) {
        gc();
        samples.set(index, process.memoryUsage().heapUsed);
      }
    }
  }
  const result = lib.developmentReport(watched(), options);
  if (!result.ok) throw new Error('report refused');
  heapAt.push([(samples.get(10_000) ?? 0) / 2 ** 20, (samples.get(100_000) ?? 0) / 2 ** 20]);
  return ((samples.get(100_000) ?? 0) - (samples.get(10_000) ?? 0)) / 90_000;
}

function median(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[sorted.length >> 1] as number;
  return `${middle.toFixed(1)} [${(sorted[0] as number).toFixed(1)}–${(sorted.at(-1) as number).toFixed(1)}]`;
}

const doubling = doublingRatio(
  { name: 'n = 25,000', run: () => run(25_000) },
  { name: '2n = 50,000', run: () => run(50_000) },
  { rounds: 5 },
);
const heap = Array.from({ length: 5 }, heapPerRecord);
console.log(`developmentReport: t(2n) ÷ t(n) for n = 25,000: ${formatRatio(doubling)}`);
console.log(`developmentReport: heap kept per record over 100,000 records (bytes): ${median(heap)}`);
console.log(
  `developmentReport: heap after a collection at 10,000 and 100,000 records (MiB): ${median(heapAt.map(([a]) => a))} and ${median(heapAt.map(([, b]) => b))}`,
);

describe('developmentReport over a generated organisation', () => {
  bench(
    '100,000 employees in one pass (generation included)',
    () => {
      run(100_000);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'generating 100,000 employees alone (the baseline)',
    () => {
      let count = 0;
      for (const _ of organisation(lib, 2027, 100_000)) count += 1;
      if (count !== 100_000) throw new Error('generator');
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
