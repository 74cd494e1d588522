import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type TextCriterion = 'specific' | 'measurable' | 'timeBound';

/** What to make concrete for each criterion a vague wish misses. */
const askFor: Readonly<Record<TextCriterion, string>> = { specific: 'wat precies', measurable: 'hoeveel', timeBound: 'wanneer' };

/** "niet specifiek of tijdgebonden ... wat precies en wanneer". */
function vague(wish: unknown, missing: readonly TextCriterion[], tools: MessageTools): string {
  const names = missing.map((criterion) => tools.labels.smartCriterion[criterion].toLocaleLowerCase('nl'));
  return `Wens ${tools.ref(wish)} is nog vaag: niet ${tools.format.list(names, 'or')}. Maak de eerste stap concreet: ${tools.format.list(missing.map((criterion) => askFor[criterion]))}.`;
}

/** Dutch messages of the dialogue module. */
export const dialogueMessagesNl = defineMessages({
  'dialogue.time.tooLittleForGroups': ({ minutes, groups, needed }, { format }) =>
    groups === 1
      ? `${format.number(minutes)} minuten is te krap: er blijft te weinig tijd over voor de reflectie en de plenaire oogst. Plan minstens ${format.number(needed)} minuten.`
      : `Voor ${format.number(groups)} groepjes is ${format.number(minutes)} minuten te krap: er blijft te weinig tijd over voor de reflectie in groepjes en de plenaire oogst, waarin elk groepje drie minuten nodig heeft. Plan minstens ${format.number(needed)} minuten, of maak de groepjes groter.`,
  'dialogue.online.noBreakouts':
    'Online met {participants} deelnemers en zonder breakoutrooms: in één grote videocall komt een gesprek in groepjes van hoogstens {groupSize} niet van de grond. Zet breakoutrooms aan of splits de sessie.',
  'dialogue.ambition.noDescription':
    'Bij ambitie {ambition} staat geen toelichting; zonder uitleg is het lastig om er eigen stappen bij te bedenken.',
  'dialogue.ambition.duplicate': 'Ambitie {ambition} heeft hetzelfde id als een eerdere ambitie; geef elke ambitie een eigen id.',
  'dialogue.participant.duplicate':
    'In de lijst met deelnemers heeft {participant} hetzelfde id als iemand die eerder in de lijst staat; iedereen hoort in precies één groep.',
  'dialogue.questions.none': 'De vragenbank heeft geen vragen voor de {block:phase.lower} van een toekomstdialoog.',
  'dialogue.questions.invalid':
    'De vragenbank ({count} {count|vraag|vragen}) kan niet worden gebruikt; de sessie is zonder vragen gepland.',
  'dialogue.wish.duplicate':
    'Wens {wish} heeft hetzelfde id als een eerdere wens; elke wens telt één keer, dus geef elke wens een eigen id.',
  'dialogue.wish.unknownParticipant':
    'Wens {wish} hoort bij deelnemer {participant:quote}, maar die staat niet in de lijst met deelnemers.',
  'dialogue.wish.unknownAmbition': 'Wens {wish} verwijst naar ambitie {ambition:quote}, maar die staat niet in de lijst met ambities.',
  'dialogue.wish.unknownTheme': 'Wens {wish} is ingedeeld bij thema {theme:quote}, maar dat thema is niet opgegeven.',
  'dialogue.wish.vague': ({ wish, missing }, tools) => vague(wish, missing, tools),
  'dialogue.wish.noAmbition':
    'Wens {wish} hoort bij geen van de ambities. Dat mag, maar kijk in het ontwikkelgesprek of er toch een verband is.',
  'dialogue.theme.duplicate': 'Thema {theme} heeft hetzelfde id als een eerder thema; geef elk thema een eigen id.',
  'dialogue.theme.reservedId':
    'Het id van thema {theme} begint met ‘detected:’; zulke ids zijn voor thema’s die uit de titels van de wensen worden afgeleid. Kies een ander id.',
  'dialogue.bridge.noWishes':
    'Er staan geen wensen van {participant} in de lijst; uit de toekomstdialoog komen dus geen agendapunten voor het gesprek.',
  'dialogue.agenda.ambitionUnconnected': 'Niemand heeft een wens aan ambitie {ambition} gekoppeld.',
});

/** Dutch labels of the dialogue module. */
export const dialogueLabelsNl = {
  dialogueSetting: { plenary: 'plenair', groups: 'in groepjes', individual: 'individueel' },
  dialogueNote: {
    fromDialogue: 'Uit de toekomstdialoog',
    firstStep: 'Eerste stap',
    ambitions: 'Ambities',
    noAmbition: 'Bewust aan geen ambitie gekoppeld',
    focus: 'Focus',
  },
} satisfies Partial<Labels>;
