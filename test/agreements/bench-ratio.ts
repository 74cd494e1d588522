// The figures docs/agreements.md reports for speed: run `npx tsx test/agreements/bench-ratio.ts`.
// Not a test: times depend on the machine, so nothing here asserts a duration.
//
// 1. analyzeGoalText over the whole tuning corpus, divided by the baseline (lower-case and split) over
//    the same texts: 21 paired rounds, the order of the pair alternating per round, each side timed
//    over enough repetitions to last a few milliseconds; the median and the range of the ratios.
// 2. The slowest hostile text of 5,000 characters (the fastest of 9 runs per shape).
import { analyzeGoalText } from '../../src/agreements/index.js';
import { adversarialShapes, adversarialTexts, baseline } from './bench-inputs.js';
import { loadCorpus } from './corpus.js';

const texts = loadCorpus().map((goal) => goal.text);
let sink = 0;

function timed(run: () => void, repetitions: number): number {
  const start = performance.now();
  for (let i = 0; i < repetitions; i++) run();
  return (performance.now() - start) / repetitions;
}

const analyze = (): void => {
  for (const text of texts) sink += analyzeGoalText(text, { locale: 'auto' }).goals;
};
const base = (): void => {
  sink += baseline(texts);
};

// The hostile texts first, before the corpus rounds fill the heap.
const worst = adversarialTexts
  .map((text, index) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 9; run++)
      best = Math.min(
        best,
        timed(() => analyzeGoalText(text, { locale: 'auto' }), 1),
      );
    return { shape: adversarialShapes[index] as string, ms: best };
  })
  .sort((a, b) => b.ms - a.ms);

// Warm up both, then size the baseline's repetitions so that one side lasts at least ~5 ms.
analyze();
base();
let baseRepetitions = 1;
while (timed(base, baseRepetitions) * baseRepetitions < 5 && baseRepetitions < 65_536) baseRepetitions *= 2;

const ratios: number[] = [];
for (let round = 0; round < 21; round++) {
  let analyzeTime: number;
  let baseTime: number;
  if (round % 2 === 0) {
    baseTime = timed(base, baseRepetitions);
    analyzeTime = timed(analyze, 1);
  } else {
    analyzeTime = timed(analyze, 1);
    baseTime = timed(base, baseRepetitions);
  }
  ratios.push(analyzeTime / baseTime);
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)] as number;
const perGoal = timed(analyze, 3) / texts.length;

console.log(
  `corpus: ${texts.length} goals; analyzeGoalText / baseline: median ${median.toFixed(0)}x [${(ratios[0] as number).toFixed(0)}x–${(ratios.at(-1) as number).toFixed(0)}x] over ${ratios.length} paired rounds`,
);
console.log(`analyzeGoalText: ${(perGoal * 1000).toFixed(0)} µs per goal on average`);
console.log(
  `slowest hostile text (5,000 characters): ${JSON.stringify(worst[0]?.shape)} ${worst[0]?.ms.toFixed(1)} ms; next ${worst
    .slice(1, 4)
    .map((entry) => `${JSON.stringify(entry.shape)} ${entry.ms.toFixed(1)} ms`)
    .join(', ')}`,
);
if (sink === Number.MIN_VALUE) console.log(sink);
