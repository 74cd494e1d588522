import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';

type TextCriterion = 'specific' | 'measurable' | 'timeBound';

/** What to make concrete for each criterion a vague wish misses. */
const askFor: Readonly<Record<TextCriterion, string>> = { specific: 'was genau', measurable: 'wie viel', timeBound: 'bis wann' };

/** "noch nicht spezifisch oder terminiert ... was genau und bis wann". */
function vague(wish: unknown, missing: readonly TextCriterion[], tools: MessageTools): string {
  const names = missing.map((criterion) => tools.labels.smartCriterion[criterion].toLocaleLowerCase('de'));
  return `Der Wunsch ${tools.ref(wish)} ist noch vage: nicht ${tools.format.list(names, 'or')}. Machen Sie den ersten Schritt konkret: ${tools.format.list(missing.map((criterion) => askFor[criterion]))}.`;
}

/** German messages of the dialogue module. */
export const dialogueMessagesDe = defineMessages({
  'dialogue.time.tooLittleForGroups': ({ minutes, groups, needed }, { format }) =>
    groups === 1
      ? `${format.number(minutes)} Minuten sind zu kurz: Für die Reflexion und die Ergebnisse im Plenum bleibt zu wenig Zeit. Planen Sie mindestens ${format.number(needed)} Minuten ein.`
      : `${format.number(minutes)} Minuten sind für ${format.number(groups)} Gruppen zu kurz: Für die Reflexion in Gruppen und die Ergebnisse im Plenum, wo jede Gruppe drei Minuten braucht, bleibt zu wenig Zeit. Planen Sie mindestens ${format.number(needed)} Minuten ein oder bilden Sie größere Gruppen.`,
  'dialogue.online.noBreakouts':
    'Online mit {participants} Teilnehmenden und ohne Breakout-Räume: Gespräche in Gruppen von höchstens {groupSize} Personen kommen in einer großen Videokonferenz nicht in Gang. Schalten Sie Breakout-Räume ein oder teilen Sie die Sitzung auf.',
  'dialogue.ambition.noDescription':
    'Die Ambition {ambition} hat keine Beschreibung; ohne Erläuterung fällt es schwer, daraus eigene Schritte abzuleiten.',
  'dialogue.ambition.duplicate':
    'Die Ambition {ambition} hat dieselbe Kennung wie eine frühere Ambition; jede Ambition braucht eine eigene Kennung.',
  'dialogue.participant.duplicate':
    'In der Teilnehmerliste hat {participant} dieselbe Kennung wie jemand weiter oben; jede Person gehört in genau eine Gruppe.',
  'dialogue.questions.none': 'Der Fragenkatalog enthält keine Fragen für die Phase „{block:phase}“ eines Zukunftsdialogs.',
  'dialogue.questions.invalid':
    'Der Fragenkatalog ({count} {count|Frage|Fragen}) ist nicht verwendbar; die Sitzung wurde ohne Fragen geplant.',
  'dialogue.wish.duplicate':
    'Der Wunsch {wish} hat dieselbe Kennung wie ein früherer Wunsch; jeder Wunsch zählt einmal, geben Sie also jedem eine eigene Kennung.',
  'dialogue.wish.unknownParticipant':
    'Der Wunsch {wish} gehört zur teilnehmenden Person {participant:quote}, die nicht in der Teilnehmerliste steht.',
  'dialogue.wish.unknownAmbition':
    'Der Wunsch {wish} verweist auf die Ambition {ambition:quote}, die nicht in der Liste der Ambitionen steht.',
  'dialogue.wish.unknownTheme': 'Der Wunsch {wish} ist dem Thema {theme:quote} zugeordnet, das nicht unter den angegebenen Themen ist.',
  'dialogue.wish.vague': ({ wish, missing }, tools) => vague(wish, missing, tools),
  'dialogue.wish.noAmbition':
    'Der Wunsch {wish} dient keiner der Ambitionen. Das ist in Ordnung, aber prüfen Sie im Entwicklungsgespräch, ob es nicht doch einen Bezug gibt.',
  'dialogue.theme.duplicate': 'Das Thema {theme} hat dieselbe Kennung wie ein früheres Thema; jedes Thema braucht eine eigene Kennung.',
  'dialogue.theme.reservedId':
    'Die Kennung des Themas {theme} beginnt mit „detected:“; das ist für Themen reserviert, die in den Titeln der Wünsche gefunden werden. Wählen Sie eine andere Kennung.',
  'dialogue.bridge.noWishes':
    'Die Liste enthält keine Wünsche von {participant}; der Zukunftsdialog bringt daher keine Agendapunkte ins Gespräch ein.',
  'dialogue.agenda.ambitionUnconnected': 'Niemand hat einen Wunsch mit der Ambition {ambition} verknüpft.',
});

/** German labels of the dialogue module. */
export const dialogueLabelsDe = {
  dialogueSetting: { plenary: 'im Plenum', groups: 'in Gruppen', individual: 'einzeln' },
  dialogueNote: {
    fromDialogue: 'Aus dem Zukunftsdialog',
    firstStep: 'Erster Schritt',
    ambitions: 'Ambitionen',
    noAmbition: 'Bewusst mit keiner Ambition verknüpft',
    focus: 'Schwerpunkt',
  },
} satisfies Partial<Labels>;
