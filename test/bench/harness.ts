/**
 * Benchmarks that tell the truth: the library as shipped (`dist/`, built by `npm run bench` first),
 * against a peer doing the same work, measured in paired, interleaved samples in one process, and
 * reported as a ratio: the median over rounds, with the smallest and largest round, because a
 * loaded two-core machine makes single timings meaningless. Never a timed assertion in a test.
 */

/** One side of a comparison: a name and the work, run once per call. */
export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

/** A ratio over rounds: median [min–max]. */
export interface Ratio {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: number;
}

// Keeps every result alive, so the engine cannot drop the work being measured.
let sink: unknown;

/**
 * What a sample is timed by: `wall`, the elapsed time; `cpu`, the CPU time of the process (user and
 * system, all its threads, the collector's included). On a machine shared with other work the wall
 * clock also counts the time the process waited for a core; CPU time does not, so its ratios stay
 * close to those of an idle machine.
 */
export type Clock = 'wall' | 'cpu';

/** The clock when a comparison names none: `BENCH_CLOCK` (`wall` or `cpu`), else the wall clock. */
const defaultClock: Clock = process.env['BENCH_CLOCK'] === 'cpu' ? 'cpu' : 'wall';

function now(clock: Clock): number {
  if (clock === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

function timeOnce(contender: Contender, repetitions: number, clock: Clock = defaultClock): number {
  const start = now(clock);
  for (let i = 0; i < repetitions; i++) sink = contender.run();
  return now(clock) - start;
}

/** Enough repetitions that one sample of the faster side takes about `targetMs`. */
function calibrate(contenders: readonly Contender[], targetMs: number, clock: Clock): number {
  let repetitions = 1;
  for (;;) {
    const fastest = Math.min(...contenders.map((contender) => timeOnce(contender, repetitions, clock)));
    if (fastest >= targetMs || repetitions >= 1 << 20) return repetitions;
    repetitions *= 2;
  }
}

function summarise(values: readonly number[]): Ratio {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, rounds: sorted.length };
}

/**
 * The ratio time(peer) ÷
 * time(ours) over `rounds` rounds. Each round times both sides in turn (the order alternating
 * between rounds), each sample long enough to measure, and takes the fastest of a few samples per
 * side, so a stall on a busy machine does not count.
 */
export function pairedRatio(peer: Contender, ours: Contender, options: { rounds?: number; targetMs?: number; clock?: Clock } = {}): Ratio {
  const rounds = options.rounds ?? 5;
  const clock = options.clock ?? defaultClock;
  const repetitions = calibrate([peer, ours], options.targetMs ?? 20, clock);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [peer, ours] : [ours, peer];
    const best = new Map<Contender, number>();
    for (let sample = 0; sample < 3; sample++) {
      for (const contender of order)
        best.set(contender, Math.min(best.get(contender) ?? Number.POSITIVE_INFINITY, timeOnce(contender, repetitions, clock)));
    }
    ratios.push((best.get(peer) as number) / (best.get(ours) as number));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return summarise(ratios);
}

/** "2.41 [2.10–2.77]": a ratio as the guides print it. */
export function formatRatio(ratio: Ratio): string {
  return `${ratio.median.toFixed(2)} [${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}]`;
}

/** How time grows: time at 2n ÷ time at n, paired and interleaved like {@link pairedRatio}. */
export function doublingRatio(atN: Contender, at2N: Contender, options: { rounds?: number; clock?: Clock } = {}): Ratio {
  return pairedRatio(at2N, atN, options);
}
