// How fast selection is, as shipped: run `npm run build`, then `npx tsx test/questions/ratios.ts`.
// Paired, interleaved ratios from test/bench/harness.ts, median [min–max] over rounds.
import { createRandom } from '../../src/core/index.js';
import type { Question } from '../../src/questions/index.js';
import { doublingRatio, formatRatio, pairedRatio } from '../bench/harness.js';

// The built package, loaded by path so that type checking does not need a build.
const dist = new URL('../../dist/', import.meta.url).href;
const { selectQuestions } = (await import(`${dist}index.js`)) as typeof import('../../src/index.js');
const { builtInQuestions } = (await import(`${dist}questions.js`)) as typeof import('../../src/questions/entry.js');

/** The baseline: what a host would write by hand, filter on phase and audience and shuffle. */
function filterAndShuffle(bank: readonly Question[], seed: number): Question[] {
  const matches = bank.filter((q) => q.phase === 'preparation' && (q.audience === 'employee' || q.audience === 'both'));
  return createRandom(seed).shuffle(matches).slice(0, 5);
}

const criteria = { phase: 'preparation', audience: 'employee', kind: 'development', locale: 'nl', count: 5 } as const;
// A host bank as it arrives from JSON: not frozen, so every call reads and checks it again.
const hostBank = JSON.parse(JSON.stringify(builtInQuestions)) as Question[];
const bigBank = (size: number): Question[] =>
  Array.from({ length: size }, (_, i) => ({ ...(builtInQuestions[i % builtInQuestions.length] as Question), id: `q${i}` }));
const bank10k = bigBank(10_000);
const bank20k = bigBank(20_000);

let seed = 0;
const baseline = { name: 'filter and shuffle', run: () => filterAndShuffle(builtInQuestions, seed++) };
const frozen = { name: 'selectQuestions, built-in bank', run: () => selectQuestions(builtInQuestions, { ...criteria, seed: seed++ }) };
const fromJson = { name: 'selectQuestions, host bank from JSON', run: () => selectQuestions(hostBank, { ...criteria, seed: seed++ }) };
const at10k = { name: '10,000 questions', run: () => selectQuestions(bank10k, { ...criteria, seed: seed++ }) };
const at20k = { name: '20,000 questions', run: () => selectQuestions(bank20k, { ...criteria, seed: seed++ }) };

const slower = (ours: typeof frozen): string => {
  const ratio = pairedRatio(ours, baseline, { rounds: 7 });
  return formatRatio(ratio);
};
console.log(`built-in bank (frozen, read once) vs filter and shuffle: ${slower(frozen)} times as slow`);
console.log(`host bank from JSON (checked every call) vs filter and shuffle: ${slower(fromJson)} times as slow`);
console.log(`20,000 vs 10,000 questions (unfrozen): ${formatRatio(doublingRatio(at10k, at20k, { rounds: 5 }))}`);
