import type { AgendaItemInput, MergeAgendasInput } from '../../src/agenda/index.js';
import { createRandom } from '../../src/core/index.js';

const words = [
  'presenteren',
  'klanten',
  'werkdruk',
  'mentor',
  'feedback',
  'planning',
  'coaching',
  'project',
  'leiderschap',
  'data',
  'team',
  'loopbaan',
];
const topics = ['competences', 'workloadCapacity', 'careerAmbitions', 'capacityGrowth', undefined] as const;
const priorities = ['must', 'should', 'could'] as const;

/** `count` points, half from each side; about one in ten ends up merged (matching title or a link). */
export function inputOf(count: number): MergeAgendasInput {
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
