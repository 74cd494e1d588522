/**
 * aggregateDevelopmentAgenda as shipped (`dist/`, so run `npm run build` first) against a spreadsheet
 * pivot (a count of wishes and people per lower-cased title), on 50,000 wishes of 10,000 people:
 * paired, interleaved ratios, median [min–max] over rounds (see test/bench/harness.ts).
 * Run: `npm run build && npx tsx test/dialogue/ratios.ts`
 */
import { formatRatio, pairedRatio } from '../bench/harness.js';
import { countByTitle, inputOf } from './bench-input.js';

// The built package, typed by its sources (a path in a variable, so that type checking does not need a build).
const built = new URL('../../dist/index.js', import.meta.url).href;
const { aggregateDevelopmentAgenda } = (await import(built)) as typeof import('../../src/index.js');

const input = inputOf(50_000);
const withoutVagueness = { ...input, checkVagueness: false };
const pivot = { name: 'count by title', run: () => countByTitle(input) };
const valid = (result: { ok: boolean }): unknown => {
  if (!result.ok) throw new Error('bench input must be valid');
  return result;
};
const rounds = 7;
const withoutCheck = pairedRatio(
  { name: 'aggregate without vagueness check', run: () => valid(aggregateDevelopmentAgenda(withoutVagueness)) },
  pivot,
  { rounds, targetMs: 200 },
);
const withCheck = pairedRatio({ name: 'aggregate', run: () => valid(aggregateDevelopmentAgenda(input)) }, pivot, { rounds, targetMs: 200 });
console.log(`times the pivot, checkVagueness: false  ${formatRatio(withoutCheck)}`);
console.log(`times the pivot, with the vagueness check ${formatRatio(withCheck)}`);
