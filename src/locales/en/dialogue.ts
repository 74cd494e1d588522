import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type TextCriterion = 'specific' | 'measurable' | 'timeBound';

/** What to make concrete for each criterion a vague wish misses. */
const askFor: Readonly<Record<TextCriterion, string>> = { specific: 'what exactly', measurable: 'how much', timeBound: 'by when' };

/** "not specific or time-bound ... what exactly and by when". */
function vague(wish: unknown, missing: readonly TextCriterion[], tools: MessageTools): string {
  const names = missing.map((criterion) => tools.labels.smartCriterion[criterion].toLocaleLowerCase('en'));
  return `Wish ${tools.ref(wish)} is still vague: not ${tools.format.list(names, 'or')}. Make the first step concrete: ${tools.format.list(missing.map((criterion) => askFor[criterion]))}.`;
}

/** English messages of the dialogue module. */
export const dialogueMessagesEn = defineMessages({
  'dialogue.time.tooLittleForGroups': ({ minutes, groups, needed }, { format }) =>
    groups === 1
      ? `${format.number(minutes)} minutes is too short: too little time is left for the reflection and the plenary harvest. Plan at least ${format.number(needed)} minutes.`
      : `${format.number(minutes)} minutes is too short for ${format.number(groups)} groups: too little time is left for the reflection in groups and the plenary harvest, where each group needs three minutes. Plan at least ${format.number(needed)} minutes, or make the groups larger.`,
  'dialogue.online.noBreakouts':
    'Online with {participants} participants and no breakout rooms: conversations in groups of at most {groupSize} will not get going in one big call. Turn on breakout rooms or split the session.',
  'dialogue.ambition.noDescription':
    'Ambition {ambition} has no description; without an explanation people struggle to turn it into steps of their own.',
  'dialogue.ambition.duplicate': 'Ambition {ambition} has the same id as an earlier ambition; give every ambition an id of its own.',
  'dialogue.participant.duplicate':
    'In the list of participants, {participant} has the same id as someone earlier in the list; everyone belongs in exactly one group.',
  'dialogue.questions.none': 'The question bank has no questions for the {block:phase.lower} of a future dialogue.',
  'dialogue.questions.invalid':
    'The question bank ({count} {count|question|questions}) cannot be used; the session has been planned without questions.',
  'dialogue.wish.duplicate': 'Wish {wish} has the same id as an earlier wish; every wish counts once, so give each one an id of its own.',
  'dialogue.wish.unknownParticipant': 'Wish {wish} belongs to participant {participant:quote}, who is not in the list of participants.',
  'dialogue.wish.unknownAmbition': 'Wish {wish} refers to ambition {ambition:quote}, which is not in the list of ambitions.',
  'dialogue.wish.unknownTheme': 'Wish {wish} is put in theme {theme:quote}, which is not among the given themes.',
  'dialogue.wish.vague': ({ wish, missing }, tools) => vague(wish, missing, tools),
  'dialogue.wish.noAmbition':
    'Wish {wish} serves none of the ambitions. That is fine, but see in the development conversation whether there is a link after all.',
  'dialogue.theme.duplicate': 'Theme {theme} has the same id as an earlier theme; give every theme an id of its own.',
  'dialogue.theme.reservedId':
    'The id of theme {theme} starts with “detected:”, which is kept for themes found in the titles of the wishes. Choose another id.',
  'dialogue.bridge.noWishes': 'The list has no wishes of {participant}, so the future dialogue adds no agenda points to the conversation.',
  'dialogue.agenda.ambitionUnconnected': 'No one linked a wish to ambition {ambition}.',
});

/** English labels of the dialogue module. */
export const dialogueLabelsEn = {
  dialogueSetting: { plenary: 'plenary', groups: 'in groups', individual: 'individual' },
  dialogueNote: {
    fromDialogue: 'From the future dialogue',
    firstStep: 'First step',
    ambitions: 'Ambitions',
    noAmbition: 'Deliberately linked to no ambition',
    focus: 'Focus',
  },
} satisfies Partial<Labels>;
