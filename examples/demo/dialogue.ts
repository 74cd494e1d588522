import type { DevelopmentWish } from '../../src/index.js';
import { aggregateDevelopmentAgenda, catalogueFor, planFutureDialogue, wishesToAgendaItems } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { msg } from './finding-text.js';

/**
 * Before her conversation, Sanne's department held a future dialogue: eight people, two ambitions,
 * two hours. Her wish from that session becomes a point on her agenda. The whole session is in
 * examples/future-dialogue.ts.
 */
export function dialogueSection(): string[] {
  const ambitions = [
    {
      id: 'klantgericht',
      title: 'Klantgericht adviseren',
      description: 'Elke klant een vast aanspreekpunt dat het hele traject overziet.',
    },
    { id: 'digitaal', title: 'Digitaal plannen', description: 'In 2028 plannen alle teams in het nieuwe planningssysteem.' },
  ];
  const participants = ['Sanne', 'Ahmed', 'Joris', 'Mila', 'Noor', 'Pieter', 'Roos', 'Tim'].map((name, i) => ({
    id: name.toLowerCase(),
    name,
    team: i % 2 === 0 ? 'advies' : 'planning',
  }));
  const nameOf = new Map(participants.map((p) => [p.id, p.name]));
  const plan = planFutureDialogue({
    ambitions,
    participants,
    format: { minutes: 120, groupSize: 4, balanceByTeam: true },
    questions: builtInQuestions,
    seed: 'najaar-2026',
  });
  const lines = ['== Toekomstdialoog: van ambitie naar agendapunt =='];
  if (!plan.ok) return [...lines, ...plan.findings.map((f) => `  ! ${msg(f, 'nl')}`)];
  lines.push(`  ${plan.value.blocks.map((block) => `${block.title} ${block.minutes}'`).join(' | ')}`);
  for (const group of plan.value.groups)
    lines.push(`  Groep ${group.number}: ${group.participantIds.map((id) => nameOf.get(id)).join(', ')}`);

  const wishes: DevelopmentWish[] = [
    {
      id: 'fd-1',
      participantId: 'sanne',
      title: 'Presenteren voor klanten',
      ambitionIds: ['klantgericht'],
      focus: 'skills',
      firstStep: 'Voor 1 maart 2027 twee klantpresentaties geven samen met Ahmed',
    },
    {
      id: 'fd-2',
      participantId: 'mila',
      title: 'Beter presenteren voor klanten',
      ambitionIds: ['klantgericht'],
      focus: 'skills',
      firstStep: 'In januari 2027 de training presenteren volgen',
    },
    {
      id: 'fd-3',
      participantId: 'tim',
      title: 'Planningssysteem leren',
      ambitionIds: ['digitaal'],
      focus: 'knowledge',
      firstStep: 'Voor 15 december 2026 de e-learning afronden',
    },
    {
      id: 'fd-4',
      participantId: 'noor',
      title: 'Iets met communicatie',
      ambitionIds: 'none',
      focus: 'competences',
      firstStep: 'Eens kijken',
    },
  ];
  const { labels, format } = catalogueFor('nl');
  const ambitionTitle = new Map(ambitions.map((a) => [a.id, a.title]));
  const titles = (ids: readonly string[]): string => format.list(ids.map((id) => ambitionTitle.get(id) ?? id));
  const agenda = aggregateDevelopmentAgenda({ ambitions, participants, wishes });
  if (agenda.ok) {
    for (const theme of agenda.value.themes.slice(0, 3)) {
      lines.push(
        `  Thema ${theme.rank}: ${theme.label} (${theme.participantCount} ${theme.participantCount === 1 ? 'persoon' : 'mensen'}; ${titles(theme.ambitions.map((a) => a.id)) || 'geen ambitie'})`,
      );
    }
    lines.push(`  Vaag: ${agenda.value.vagueWishes.map((w) => w.title).join(', ') || '-'}`);
  }
  const items = wishesToAgendaItems({ participantId: 'sanne', wishes, ambitions, minutesPerItem: 15 });
  if (items.ok)
    for (const item of items.value)
      lines.push(`  Agendapunt voor Sanne: ${item.title} [${labels.agendaSource[item.source]}, doelen: ${titles(item.goalIds)}]`);
  return lines;
}
