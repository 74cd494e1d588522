import { createRandom } from '../../src/core/index.js';
import type { AggregateDevelopmentAgendaInput, DevelopmentWish } from '../../src/dialogue/index.js';

const subjects = [
  'dashboards bouwen',
  'Power BI',
  'presenteren voor klanten',
  'leidinggeven aan een team',
  'coachen van collega’s',
  'projectmanagement',
  'Scrum',
  'klantgesprekken voeren',
  'data-analyse in Python',
  'duurzaam inkopen',
  'feedback geven',
  'Excel-modellen',
  'timemanagement',
  'onderhandelen',
  'AI-tools in het werk',
];
const ambitionIds = ['data', 'klant', 'duurzaam', 'wendbaar', 'samen', 'groei'];
const steps = [
  'Voor 1 juni 2027 de cursus afronden en 2 collega’s laten zien wat ik leerde',
  'In maart drie keer meelopen met een collega',
  'Eens kijken wat er is',
  'Finish the course by 1 March 2027 and present it to my team',
];

/** 50,000 wishes of 10,000 people in 40 teams; titles vary around 15 subjects, like a real session. */
export function inputOf(count: number): AggregateDevelopmentAgendaInput {
  const random = createRandom(`dialogue-bench-${count}`);
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)] as T;
  const people = Math.ceil(count / 5);
  const participants = Array.from({ length: people }, (_, i) => ({ id: `p${i}`, team: `team-${i % 40}` }));
  const wishes: DevelopmentWish[] = Array.from({ length: count }, (_, i) => {
    const subject = pick(subjects);
    const title =
      random.int(3) === 0
        ? `Beter worden in ${subject}`
        : random.int(2) === 0
          ? subject
          : `${subject} ${pick(['leren', 'verdiepen', 'oefenen'])}`;
    const linked = random.int(8) === 0 ? 'none' : [pick(ambitionIds), ...(random.int(3) === 0 ? [pick(ambitionIds)] : [])];
    return {
      id: `w${i}`,
      participantId: `p${random.int(people)}`,
      title,
      ambitionIds: linked === 'none' ? 'none' : [...new Set(linked)],
      focus: pick(['knowledge', 'skills', 'competences'] as const),
      firstStep: `${pick(steps)}${random.int(4) === 0 ? ` (${random.int(50)})` : ''}`,
    };
  });
  return {
    ambitions: [...ambitionIds, 'ongebruikt'].map((id) => ({ id, title: `Ambitie ${id}` })),
    participants,
    wishes,
    themes: [{ id: 'data', label: 'Werken met data', keywords: ['dashboard', 'power bi', 'excel'] }],
  };
}

/** The baseline: what a spreadsheet pivot gives, a count of wishes and people per lower-cased title. */
export function countByTitle(input: AggregateDevelopmentAgendaInput): Map<string, { wishes: number; people: Set<string> }> {
  const counts = new Map<string, { wishes: number; people: Set<string> }>();
  for (const wish of input.wishes) {
    const key = wish.title.trim().toLowerCase();
    let entry = counts.get(key);
    if (!entry) {
      entry = { wishes: 0, people: new Set() };
      counts.set(key, entry);
    }
    entry.wishes++;
    entry.people.add(wish.participantId);
  }
  return counts;
}
