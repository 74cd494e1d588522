import { bench, describe } from 'vitest';
import type { AgendaItemInput, MergeAgendasInput } from '../../src/agenda/index.js';
import { mergeAgendas } from '../../src/agenda/index.js';
import { createRandom } from '../../src/core/index.js';

const words = ['presenteren', 'klanten', 'werkdruk', 'mentor', 'feedback', 'planning', 'coaching', 'project', 'leiderschap', 'data', 'team', 'loopbaan'];
const topics = ['competences', 'workloadCapacity', 'careerAmbitions', 'capacityGrowth', undefined] as const;
const priorities = ['must', 'should', 'could'] as const;

/** `count` points, half from each side; about one in ten ends up merged (matching title or a link). */
function inputOf(count: number): MergeAgendasInput {
  const random = createRandom(`agenda-bench-${count}`);
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)] as T;
  const item = (i: number, source: 'employee' | 'organisation'): AgendaItemInput => {
    const title = `${pick(words)} ${pick(words)} ${random.int(Math.floor(count / 6))}`;
    const result: AgendaItemInput = { id: `${source[0]}${i}`, source, title, priority: pick(priorities), minutes: 5 + random.int(26) };
    const topic = pick(topics);
    if (topic !== undefined) result.topic = topic;
    if (random.int(20) === 0) result.links = [`${source === 'employee' ? 'o' : 'e'}${random.int(count / 2)}`];
    return result;
  };
  const half = count / 2;
  return {
    employeeItems: Array.from({ length: half }, (_, i) => item(i, 'employee')),
    organisationItems: Array.from({ length: half }, (_, i) => item(i, 'organisation')),
    previousAgreements: Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, what: `Afspraak ${i}` })),
    minutesAvailable: 24 * 60,
    locale: 'nl',
  };
}

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
  bench('mergeAgendas', () => {
    const result = mergeAgendas(input10k);
    if (!result.ok) throw new Error('bench input must be valid');
  }, options);
});

describe('scaling', () => {
  bench('mergeAgendas 10,000', () => {
    mergeAgendas(input10k);
  }, options);
  bench('mergeAgendas 20,000', () => {
    mergeAgendas(input20k);
  }, options);
});
