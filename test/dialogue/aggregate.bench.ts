import { bench, describe } from 'vitest';
import { aggregateDevelopmentAgenda } from '../../src/dialogue/index.js';
import { countByTitle, inputOf } from './bench-input.js';

const input = inputOf(50_000);
const withoutVagueness = { ...input, checkVagueness: false };
const options = { iterations: 10, warmupIterations: 2 };

describe('aggregate 50,000 wishes', () => {
  bench(
    'baseline: count by title',
    () => {
      countByTitle(input);
    },
    options,
  );
  bench(
    'aggregateDevelopmentAgenda without vagueness check',
    () => {
      const result = aggregateDevelopmentAgenda(withoutVagueness);
      if (!result.ok) throw new Error('bench input must be valid');
    },
    options,
  );
  bench(
    'aggregateDevelopmentAgenda with vagueness check',
    () => {
      const result = aggregateDevelopmentAgenda(input);
      if (!result.ok) throw new Error('bench input must be valid');
    },
    options,
  );
});
