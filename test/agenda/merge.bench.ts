import { bench, describe } from 'vitest';
import type { AgendaItemInput, MergeAgendasInput } from '../../src/agenda/index.js';
import { mergeAgendas } from '../../src/agenda/index.js';
import { inputOf } from './bench-input.js';

const rank = { must: 0, should: 1, could: 2 } as const;

/** The baseline: what a shared list does at best, sort by priority and cut at the time limit. */
function sortAndSlice(input: MergeAgendasInput): AgendaItemInput[] {
  const all = [...input.employeeItems, ...input.organisationItems].sort(
    (a, b) => rank[a.priority] - rank[b.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let used = 0;
  let end = 0;
  while (end < all.length && used + (all[end]?.minutes ?? 10) <= input.minutesAvailable - 15) {
    used += all[end]?.minutes ?? 10;
    end++;
  }
  return all.slice(0, end);
}

// Enough samples that a busy shared machine does not decide the ratio.
const options = { iterations: 25, warmupIterations: 5 };

const input10k = inputOf(10_000);
const input20k = inputOf(20_000);

describe('merge 10,000 points', () => {
  bench('baseline: sort and slice', () => {
    sortAndSlice(input10k);
  });
  bench(
    'mergeAgendas',
    () => {
      const result = mergeAgendas(input10k);
      if (!result.ok) throw new Error('bench input must be valid');
    },
    options,
  );
});

describe('scaling', () => {
  bench(
    'mergeAgendas 10,000',
    () => {
      mergeAgendas(input10k);
    },
    options,
  );
  bench(
    'mergeAgendas 20,000',
    () => {
      mergeAgendas(input20k);
    },
    options,
  );
});
