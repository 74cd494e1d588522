/**
 * A whole future dialogue (toekomstdialoog), from the organisation's ambitions to one employee's
 * next development conversation. Run it with `npx tsx examples/future-dialogue.ts`.
 *
 * 1. Plan the session: timed blocks, questions from the built-in bank, groups balanced by team.
 * 2. Collect everyone's wishes.
 * 3. Aggregate them into the organisation's development agenda.
 * 4. Turn one participant's wishes into agenda points and merge them with the manager's points.
 */
import type { DevelopmentWish } from '../src/index.js';
import {
  addMinutesToInstant,
  aggregateDevelopmentAgenda,
  catalogueFor,
  findingMessage,
  formatFinding,
  mergeAgendas,
  planFutureDialogue,
  wallClockOf,
  wishesToAgendaItems,
} from '../src/index.js';
import { builtInQuestions } from '../src/questions/entry.js';

const ambitions = [
  {
    id: 'data',
    title: 'Datagedreven werken',
    description: 'In 2028 onderbouwen we elke beslissing over planning en inkoop met cijfers uit onze eigen systemen.',
  },
  {
    id: 'klant',
    title: 'De klant centraal',
    description: 'Elke klant heeft één vast aanspreekpunt dat het hele traject overziet.',
  },
  { id: 'duurzaam', title: 'Duurzaam ondernemen' },
];

const participants = [
  { id: 'anna', name: 'Anna', team: 'finance' },
  { id: 'bram', name: 'Bram', team: 'finance' },
  { id: 'chris', name: 'Chris', team: 'finance' },
  { id: 'dewi', name: 'Dewi', team: 'finance' },
  { id: 'emre', name: 'Emre', team: 'sales' },
  { id: 'fleur', name: 'Fleur', team: 'sales' },
  { id: 'gijs', name: 'Gijs', team: 'sales' },
  { id: 'hanna', name: 'Hanna', team: 'sales' },
  { id: 'ilse', name: 'Ilse', team: 'it' },
  { id: 'joost', name: 'Joost', team: 'it' },
  { id: 'karim', name: 'Karim', team: 'it' },
  { id: 'lotte', name: 'Lotte' },
];

const lines: string[] = [];
const say = (line = ''): void => {
  lines.push(line);
};
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
// Names, not ids: the catalogue names the library's values, the input names the people and ambitions.
const { labels, format } = catalogueFor('nl');
const ambitionTitle = new Map(ambitions.map((a) => [a.id, a.title]));
const personName = new Map(participants.map((p) => [p.id, p.name]));

// ---------------------------------------------------------------- 1. the session plan
const start = '2027-03-15T13:30:00+01:00';
const planned = planFutureDialogue({
  ambitions,
  participants,
  format: { minutes: 120, mode: 'online', breakoutRooms: true, groupSize: 4, balanceByTeam: true },
  locale: 'nl',
  questions: builtInQuestions,
  seed: 'voorjaar-2027',
});
if (!planned.ok) throw new Error(planned.findings.map((f) => formatFinding(f, 'en')).join('\n'));
const plan = planned.value;

say('== Toekomstdialoog: sessieplan ==');
for (const block of plan.blocks) {
  const from = wallClockOf(addMinutesToInstant(start, block.startMinute));
  const to = wallClockOf(addMinutesToInstant(start, block.startMinute + block.minutes));
  say(`${from}-${to}  ${block.title} (${block.minutes} min, ${labels.dialogueSetting[block.setting]})`);
  for (const question of block.questions) say(`             ? ${question.text}`);
}
say(`Totaal: ${plan.blocks.reduce((sum, block) => sum + block.minutes, 0)} van ${plan.minutes} minuten`);
say();
say('== Breakoutrooms (gemengd per team) ==');
const nameOf = new Map(participants.map((p) => [p.id, `${p.name} (${p.team ?? 'geen team'})`]));
for (const group of plan.groups) {
  const start = group.ambitionIds.map((id) => ambitionTitle.get(id)).join(', ');
  say(`Breakoutroom ${group.number} [${start}]: ${group.participantIds.map((id) => nameOf.get(id)).join(', ')}`);
}
for (const finding of planned.findings) say(`! ${findingMessage(finding, 'nl')}`);
say();

// ---------------------------------------------------------------- 2. the wishes
const wish = (
  id: string,
  participantId: string,
  title: string,
  ambitionIds: DevelopmentWish['ambitionIds'],
  focus: DevelopmentWish['focus'],
  firstStep: string,
): DevelopmentWish => ({ id, participantId, title, ambitionIds, focus, firstStep });

const wishes: DevelopmentWish[] = [
  wish(
    'w01',
    'anna',
    'Dashboards bouwen in Power BI',
    ['data'],
    'skills',
    'Voor 1 mei 2027 de interne Power BI-cursus afronden en 1 dashboard voor de maandcijfers opleveren',
  ),
  wish('w02', 'anna', 'Presenteren voor het MT', ['klant'], 'skills', 'In juni 2027 twee keer de kwartaalcijfers presenteren in het MT'),
  wish('w03', 'bram', 'Power BI dashboards', ['data'], 'skills', 'Voor 1 april 2027 drie rapportages omzetten naar een dashboard'),
  wish(
    'w04',
    'chris',
    'Data-analyse in Python',
    ['data'],
    'knowledge',
    'Voor de zomer van 2027 de online cursus Python voor analisten afronden',
  ),
  wish('w05', 'dewi', 'Iets met communicatie', ['klant'], 'competences', 'Eens kijken wat er is'),
  wish('w06', 'emre', 'Klantgesprekken voeren', ['klant'], 'skills', 'In april 2027 vijf klantgesprekken voeren samen met Fleur'),
  wish(
    'w07',
    'fleur',
    'Coachen van nieuwe collega’s',
    ['klant'],
    'competences',
    'Vanaf mei 2027 elke week een uur met een nieuwe collega meelopen',
  ),
  wish('w08', 'gijs', 'Dashboards bouwen', ['data', 'klant'], 'skills', 'Voor 1 juni 2027 een klantdashboard maken met het team van Ilse'),
  wish('w09', 'hanna', 'Klantgesprekken', ['klant'], 'skills', 'In mei 2027 een training gespreksvaardigheden volgen'),
  wish('w10', 'ilse', 'Scrum master worden', 'none', 'competences', 'Voor 1 september 2027 het PSM I-certificaat halen'),
  wish(
    'w11',
    'joost',
    'Dashboards bouwen voor klanten',
    ['data', 'klant'],
    'skills',
    'In maart 2027 met Gijs de wensen van drie klanten ophalen',
  ),
  wish('w12', 'karim', 'Beter leidinggeven', 'none', 'competences', 'Meer leren over leiderschap'),
  wish(
    'w13',
    'lotte',
    'Presentatievaardigheden',
    ['klant'],
    'skills',
    'In april 2027 de cursus presenteren volgen en daarna 1 keer presenteren op de afdelingsdag',
  ),
];

say('== Wensen ==');
say(`${wishes.length} wensen van ${new Set(wishes.map((w) => w.participantId)).size} deelnemers`);
say();

// ---------------------------------------------------------------- 3. the development agenda
const aggregated = aggregateDevelopmentAgenda({ ambitions, participants, wishes, locale: 'auto' });
if (!aggregated.ok) throw new Error(aggregated.findings.map((f) => formatFinding(f, 'en')).join('\n'));
const agenda = aggregated.value;

say('== Ontwikkelagenda van de organisatie ==');
for (const theme of agenda.themes) {
  const served = theme.ambitions.map((a) => `${ambitionTitle.get(a.id)} ${a.participantCount}`).join(', ') || 'geen ambitie';
  say(
    `${theme.rank}. ${theme.label}: ${count(theme.participantCount, 'persoon', 'mensen')}, ${count(theme.wishCount, 'wens', 'wensen')} (ambities: ${served})`,
  );
}
say();
say('Per team, het eerste thema:');
for (const team of agenda.teams) {
  say(
    `  ${team.team}: ${team.themes[0]?.label ?? '-'} (${count(team.wishCount, 'wens', 'wensen')} van ${count(team.participantCount, 'persoon', 'mensen')})`,
  );
}
const wishTitle = new Map(wishes.map((w) => [w.id, w.title]));
say(`Ambities zonder wens: ${format.list(agenda.unconnectedAmbitionIds.map((id) => ambitionTitle.get(id) ?? id)) || '-'}`);
say(`Wensen zonder ambitie: ${format.list(agenda.unlinkedWishIds.map((id) => wishTitle.get(id) ?? id)) || '-'}`);
for (const vague of agenda.vagueWishes) {
  const missing = format.list(
    vague.missing.map((criterion) => labels.smartCriterion[criterion].toLowerCase()),
    'or',
  );
  say(`Vaag: ${vague.title} (${personName.get(vague.participantId)}; niet ${missing})`);
}
say();

// ---------------------------------------------------------------- 4. into Anna's next conversation
const items = wishesToAgendaItems({ participantId: 'anna', wishes, ambitions, minutesPerItem: 15, locale: 'nl' });
if (!items.ok) throw new Error(items.findings.map((f) => formatFinding(f, 'en')).join('\n'));
const merged = mergeAgendas({
  employeeItems: [...items.value],
  organisationItems: [
    { id: 'org-1', source: 'organisation', title: 'Power BI dashboards bouwen', priority: 'must', minutes: 15, goalIds: ['data'] },
    { id: 'org-2', source: 'organisation', title: 'Inwerken nieuwe collega', priority: 'could', minutes: 10, goalIds: [] },
  ],
  minutesAvailable: 60,
  locale: 'nl',
});
if (!merged.ok) throw new Error(merged.findings.map((f) => formatFinding(f, 'en')).join('\n'));

say('== Agenda voor het ontwikkelgesprek van Anna ==');
for (const item of merged.value.items) {
  const sources = item.sources.map((source) => labels.agendaSource[source]).join(' + ');
  say(`- ${item.title} (${item.minutes} min, ${labels.agendaPriority[item.priority]}${item.joint ? ', gezamenlijk' : ''}; ${sources})`);
}
for (const item of merged.value.deferred) say(`- later: ${item.title}`);

console.log(lines.join('\n'));
