import { bench, describe } from 'vitest';
import { createRandom } from '../../src/core/index.js';
import type { Question } from '../../src/questions/index.js';
import { selectQuestions, validateQuestionBank } from '../../src/questions/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';

/** The baseline: what a host would write by hand, filter on phase and audience and shuffle. */
function filterAndShuffle(bank: readonly Question[], seed: number): Question[] {
  const matches = bank.filter((q) => q.phase === 'preparation' && (q.audience === 'employee' || q.audience === 'both'));
  return createRandom(seed).shuffle(matches).slice(0, 5);
}

const criteria = { phase: 'preparation', audience: 'employee', kind: 'development', locale: 'nl', count: 5 } as const;
// A host bank as it arrives from JSON: not frozen, so every call reads and checks it again.
const hostBank = JSON.parse(JSON.stringify(builtInQuestions)) as Question[];
// A host bank of 20,000 questions, to see how selection scales with the bank.
const bigBank = (size: number): Question[] =>
  Array.from({ length: size }, (_, i) => ({ ...(builtInQuestions[i % builtInQuestions.length] as Question), id: `q${i}` }));
const bank10k = bigBank(10_000);
const bank20k = bigBank(20_000);

const options = { iterations: 200, warmupIterations: 20 };
let seed = 0;

describe('select 5 of the built-in bank', () => {
  bench(
    'baseline: filter and shuffle',
    () => {
      filterAndShuffle(builtInQuestions, seed++);
    },
    options,
  );
  bench(
    'selectQuestions, built-in (frozen, read once)',
    () => {
      selectQuestions(builtInQuestions, { ...criteria, seed: seed++ });
    },
    options,
  );
  bench(
    'selectQuestions, host bank from JSON (checked every call)',
    () => {
      selectQuestions(hostBank, { ...criteria, seed: seed++ });
    },
    options,
  );
});

describe('scaling with the bank size', () => {
  bench(
    'selectQuestions 10,000',
    () => {
      selectQuestions(bank10k, { ...criteria, seed: seed++ });
    },
    { iterations: 20, warmupIterations: 3 },
  );
  bench(
    'selectQuestions 20,000',
    () => {
      selectQuestions(bank20k, { ...criteria, seed: seed++ });
    },
    { iterations: 20, warmupIterations: 3 },
  );
});

describe('validate the built-in bank', () => {
  bench(
    'validateQuestionBank',
    () => {
      validateQuestionBank(hostBank);
    },
    { iterations: 50, warmupIterations: 5 },
  );
});
