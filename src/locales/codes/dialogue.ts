import type { Ref } from '../../core/index.js';
import type { PhaseId } from '../../vocabulary/index.js';

/**
 * The findings of the dialogue module, with their params. Wishes, ambitions, themes and
 * participants are references (`Ref`), so a message names them by their title; an id that resolves
 * to nothing is all there is to show, and stays a string.
 */
export interface DialogueFindingParams {
  'dialogue.time.tooLittleForGroups': { minutes: number; groups: number; needed: number };
  'dialogue.online.noBreakouts': { participants: number; groupSize: number };
  'dialogue.ambition.noDescription': { ambition: Ref };
  'dialogue.ambition.duplicate': { ambition: Ref };
  'dialogue.participant.duplicate': { participant: Ref };
  'dialogue.questions.none': { block: PhaseId };
  'dialogue.questions.invalid': { count: number };
  'dialogue.wish.duplicate': { wish: Ref };
  'dialogue.wish.unknownParticipant': { wish: Ref; participant: string };
  'dialogue.wish.unknownAmbition': { wish: Ref; ambition: string };
  'dialogue.wish.unknownTheme': { wish: Ref; theme: string };
  /** `missing`: the SMART criteria neither the title nor the first step meets, of the three the goal-text analysis judges. */
  'dialogue.wish.vague': { wish: Ref; missing: readonly ('specific' | 'measurable' | 'timeBound')[] };
  'dialogue.wish.noAmbition': { wish: Ref };
  'dialogue.theme.duplicate': { theme: Ref };
  'dialogue.theme.reservedId': { theme: Ref };
  'dialogue.bridge.noWishes': { participant: Ref };
  'dialogue.agenda.ambitionUnconnected': { ambition: Ref };
}

/** The label families of the dialogue module. */
export interface DialogueLabelFamilies {
  /** Where a block of a future dialogue takes place: everyone together, in the groups, or each alone. */
  dialogueSetting: 'plenary' | 'groups' | 'individual';
  /** The lines of the notes a wish carries into the individual conversation. */
  dialogueNote: 'fromDialogue' | 'firstStep' | 'ambitions' | 'noAmbition' | 'focus';
}
