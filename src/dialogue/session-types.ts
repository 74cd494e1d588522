// The session plan of a future dialogue as the library hands it back: blocks, questions, groups.
import type { HostMeta, Locale } from '../core/index.js';
import type { PhaseId } from '../vocabulary/index.js';

/**
 * Whether a session takes place in a room or online.
 *
 * @example
 * ```ts
 * import { planFutureDialogue, type DialogueMode } from 'ontwikkelgesprek';
 * const mode: DialogueMode = 'online';
 * const participants = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` }));
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants,
 *   format: { mode, breakoutRooms: false },
 *   questionsPerBlock: 0,
 * });
 * plan.findings.map((f) => f.code); // ['dialogue.online.noBreakouts']
 * ```
 */
export type DialogueMode = 'offline' | 'online';

/**
 * The format of a session as the plan applied it, defaults filled in.
 *
 * @example
 * ```ts
 * import { planFutureDialogue } from 'ontwikkelgesprek';
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }],
 *   questionsPerBlock: 0,
 * });
 * plan.ok && plan.value.format.minutes; // 120
 * ```
 */
export interface DialogueFormat {
  readonly minutes: number;
  readonly mode: DialogueMode;
  readonly breakoutRooms: boolean;
  readonly groupSize: number;
  readonly balanceByTeam: boolean;
}

/**
 * A reflection group of a future dialogue (a table in the room, or a breakout room online).
 *
 * @example
 * ```ts
 * import { planFutureDialogue } from 'ontwikkelgesprek';
 * const plan = planFutureDialogue({
 *   ambitions: [
 *     { id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' },
 *     { id: 'klant', title: 'De klant centraal', description: 'Eén aanspreekpunt per klant.' },
 *   ],
 *   participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }],
 *   format: { groupSize: 2 },
 *   questionsPerBlock: 0,
 * });
 * plan.ok && plan.value.groups.map((group) => [group.id, group.ambitionIds]); // [['group-1', ['data']], ['group-2', ['klant']]]
 * ```
 */
export interface DialogueGroup {
  /** `group-<number>`. */
  readonly id: string;
  /** 1-based, in the order of the plan. */
  readonly number: number;
  /** The members, sorted by id. */
  readonly participantIds: readonly string[];
  /**
   * The ambitions this group starts its reflection with. Ambitions are dealt round the groups, so
   * every ambition gets at least one group and every group at least one ambition.
   */
  readonly ambitionIds: readonly string[];
}

/**
 * A question chosen for a block of the session, in the session's language.
 *
 * @example
 * ```ts
 * import { planFutureDialogue } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }],
 *   questions: builtInQuestions,
 *   questionsPerBlock: 1,
 *   locale: 'en',
 * });
 * const question = plan.ok ? plan.value.blocks[2]?.questions[0] : undefined;
 * question?.text.endsWith('?'); // true
 * ```
 */
export interface SessionQuestion {
  readonly id: string;
  readonly text: string;
}

/**
 * Where a block takes place: everyone together, in the reflection groups, or each on their own.
 * The catalogues name each (`dialogueSetting`: "plenair", "in groepjes", "individueel").
 *
 * @example
 * ```ts
 * import { catalogueFor, type DialogueSetting } from 'ontwikkelgesprek';
 * const setting: DialogueSetting = 'groups';
 * catalogueFor('nl').labels.dialogueSetting[setting]; // 'in groepjes'
 * ```
 */
export type DialogueSetting = 'plenary' | 'groups' | 'individual';

/**
 * One timed block of a future dialogue. Blocks follow each other without gaps: a block starts at
 * the minute the previous one ends, and the last one ends at the format's minutes.
 *
 * @example
 * ```ts
 * import { planFutureDialogue } from 'ontwikkelgesprek';
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }],
 *   questionsPerBlock: 0,
 * });
 * const reflection = plan.ok ? plan.value.blocks[2] : undefined;
 * reflection && [reflection.title, reflection.setting, reflection.startMinute, reflection.minutes]; // ['Reflectie in groepjes', 'groups', 25, 45]
 * ```
 */
export interface SessionBlock {
  /** The future-dialogue phase of the vocabulary this block implements. */
  readonly phase: PhaseId;
  /** Name of the phase, in the session's language. */
  readonly title: string;
  /** What happens in it, in the session's language. */
  readonly description: string;
  readonly setting: DialogueSetting;
  /** Minutes after the start of the session. */
  readonly startMinute: number;
  readonly minutes: number;
  readonly questions: readonly SessionQuestion[];
}

/**
 * The plan of a future dialogue: the blocks (adding up exactly to `minutes`), the groups, the
 * format as applied, and the host's `meta` when the input had one.
 *
 * @example
 * ```ts
 * import { planFutureDialogue, type FutureDialoguePlan } from 'ontwikkelgesprek';
 * function timetable(plan: FutureDialoguePlan): string[] {
 *   return plan.blocks.map((block) => `${block.startMinute}' ${block.title} (${block.minutes} min)`);
 * }
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }],
 *   questionsPerBlock: 0,
 * });
 * plan.ok && timetable(plan.value)[0]; // "0' Opening (10 min)"
 * ```
 */
export interface FutureDialoguePlan {
  readonly minutes: number;
  readonly format: DialogueFormat;
  /** The language tag of the blocks' names and descriptions: `nl`, `en`, or the catalogue's (`de`). */
  readonly locale: string;
  /** The language of the questions' text. */
  readonly questionLocale: Locale;
  readonly blocks: readonly SessionBlock[];
  readonly groups: readonly DialogueGroup[];
  readonly meta?: HostMeta | undefined;
}
