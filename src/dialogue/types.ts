import type { HostMeta, Locale } from '../core/index.js';
import type { LocaleInput } from '../locales/index.js';
import type { AgendaPriority } from '../agenda/index.js';
import type { FocusArea } from '../vocabulary/index.js';
import type { DialogueMode } from './session-types.js';

// The outputs of the development agenda live in their own file, so that each stays short.
export type {
  AgendaTheme,
  DevelopmentAgenda,
  DevelopmentAgendaTotals,
  TeamAgenda,
  ThemeAmbition,
  ThemeOrigin,
  VagueWish,
} from './agenda-types.js';
// So do the outputs of the session plan.
export type {
  DialogueFormat,
  DialogueGroup,
  DialogueMode,
  DialogueSetting,
  FutureDialoguePlan,
  SessionBlock,
  SessionQuestion,
} from './session-types.js';

/**
 * One of the organisation's ambitions, the starting point of a future dialogue (for example an
 * outcome of strategic workforce planning). The description may be left out in a draft, but
 * {@link planFutureDialogue} warns about it: people cannot turn a bare slogan into steps of their own.
 *
 * @example
 * ```ts
 * import { planFutureDialogue, type OrganisationAmbition } from 'ontwikkelgesprek';
 * const slogan: OrganisationAmbition = { id: 'data', title: 'Datagedreven werken' };
 * planFutureDialogue({ ambitions: [slogan], participants: [{ id: 'p1' }], questionsPerBlock: 0 }).findings[0]?.code;
 * // 'dialogue.ambition.noDescription'
 * ```
 */
export interface OrganisationAmbition {
  id: string;
  title: string;
  description?: string | undefined;
}

/**
 * A participant of a future dialogue: an id chosen by the caller, an optional name (findings name
 * people by it) and an optional team, used to balance the groups and to report the agenda per team.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type DialogueParticipant } from 'ontwikkelgesprek';
 * const sanne: DialogueParticipant = { id: 'p1', name: 'Sanne', team: 'finance' };
 * const agenda = aggregateDevelopmentAgenda({ ambitions: [], participants: [sanne], wishes: [] });
 * agenda.ok && agenda.value.teams[0]?.team; // 'finance'
 * ```
 */
export interface DialogueParticipant {
  id: string;
  name?: string | undefined;
  team?: string | undefined;
}

/**
 * The format of a session as a caller writes it; every field has a default: 120 minutes (30 to
 * 480), offline, breakout rooms when online, groups of at most 5 (2 to 20), not balanced by team.
 *
 * @example
 * ```ts
 * import { planFutureDialogue, type DialogueFormatInput } from 'ontwikkelgesprek';
 * const format: DialogueFormatInput = { minutes: 90, groupSize: 4 };
 * const plan = planFutureDialogue({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }],
 *   format,
 *   questionsPerBlock: 0,
 * });
 * plan.ok && plan.value.format; // { minutes: 90, mode: 'offline', breakoutRooms: true, groupSize: 4, balanceByTeam: false }
 * ```
 */
export interface DialogueFormatInput {
  minutes?: number | undefined;
  mode?: DialogueMode | undefined;
  /** Whether an online meeting has breakout rooms. */
  breakoutRooms?: boolean | undefined;
  /** The largest reflection group. */
  groupSize?: number | undefined;
  /** Spread every team evenly over the groups. */
  balanceByTeam?: boolean | undefined;
}

/**
 * The input of {@link planFutureDialogue}. `locale` is the language of the plan's text (default
 * Dutch): a catalogue or a language tag (`nl-BE` is Dutch, an unknown tag English), which names
 * and describes the blocks.
 * `questions` is a question bank (for example `builtInQuestions` from `ontwikkelgesprek/questions`):
 * each block takes up to `questionsPerBlock` (default 3) future-dialogue questions of its phase from
 * it. Questions have a Dutch and an English text only, so they come in `questionLocale`: by default
 * the `locale` when that is Dutch or English, for a catalogue Dutch when its tag is Dutch (`nl`,
 * `nl-BE`) and English otherwise. `seed` makes the division into groups repeatable. `meta` is the
 * host's own data, carried into the plan.
 *
 * @example
 * ```ts
 * import { planFutureDialogue, type PlanFutureDialogueInput } from 'ontwikkelgesprek';
 * const input: PlanFutureDialogueInput = {
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met cijfers onderbouwen.' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
 *   format: { groupSize: 2 },
 *   seed: 'voorjaar-2027',
 *   questionsPerBlock: 0,
 *   meta: { sessionId: 'fd-2027-03' },
 * };
 * const plan = planFutureDialogue(input);
 * plan.ok && plan.value.groups.map((group) => group.participantIds.length); // [2, 1]
 * plan.ok && plan.value.meta; // { sessionId: 'fd-2027-03' }
 * ```
 */
export interface PlanFutureDialogueInput {
  /** 1 to 50 ambitions. */
  ambitions: readonly OrganisationAmbition[];
  /** 1 to 10,000 participants. */
  participants: readonly DialogueParticipant[];
  format?: DialogueFormatInput | undefined;
  locale?: LocaleInput | string | undefined;
  /** The language of the questions' text: Dutch or English, the languages questions are written in. */
  questionLocale?: Locale | undefined;
  seed?: number | string | undefined;
  /** A question bank; read-only banks such as `builtInQuestions` are welcome. */
  questions?: readonly unknown[] | undefined;
  questionsPerBlock?: number | undefined;
  meta?: HostMeta | undefined;
}

/**
 * A theme for the development agenda: an id, a label and keywords. A wish belongs to a theme when
 * it names the theme's id in `themeIds`, or (without `themeIds`) when all words of one of the
 * theme's keywords occur in its title or description, compared as titles are (lower case, accents
 * off, stop words out, plurals stripped).
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type DialogueTheme } from 'ontwikkelgesprek';
 * const theme: DialogueTheme = { id: 'data', label: 'Werken met data', keywords: ['dashboard', 'power bi'] };
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   participants: [{ id: 'p1' }],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Dashboards maken', ambitionIds: ['data'], focus: 'skills', firstStep: 'Voor 1 juni 2027 twee dashboards opleveren' }],
 *   themes: [theme],
 * });
 * agenda.ok && agenda.value.themes[0]?.label; // 'Werken met data'
 * ```
 */
export interface DialogueTheme {
  id: string;
  label: string;
  keywords?: readonly string[] | undefined;
}

/**
 * A development wish (*ontwikkelwens*) written in a future dialogue. `ambitionIds` is a non-empty
 * list of the ambitions the wish serves, or `'none'`: a wish that serves no ambition is allowed and
 * valuable, but it has to be said, not forgotten. `focus` says whether it is about knowledge, skills
 * or competences, and `firstStep` is the concrete first step the participant will take.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type DevelopmentWish } from 'ontwikkelgesprek';
 * const wish: DevelopmentWish = {
 *   id: 'w1',
 *   participantId: 'p1',
 *   title: 'Mentor worden voor nieuwe collega’s',
 *   ambitionIds: 'none',
 *   focus: 'competences',
 *   firstStep: 'In mei 2027 een gesprek met HR over het mentorprogramma',
 * };
 * const agenda = aggregateDevelopmentAgenda({ ambitions: [], participants: [{ id: 'p1' }], wishes: [wish] });
 * agenda.ok && agenda.value.unlinkedWishIds; // ['w1']
 * ```
 */
export interface DevelopmentWish {
  id: string;
  participantId: string;
  title: string;
  description?: string | undefined;
  ambitionIds: readonly string[] | 'none';
  focus: FocusArea;
  firstStep: string;
  /** Put the wish in these given themes yourself, rather than by keywords or detection. */
  themeIds?: readonly string[] | undefined;
}

/**
 * The input of {@link aggregateDevelopmentAgenda}. `locale` is the language the wishes are written
 * in, for the goal-text analysis that flags vague wishes (default `'auto'`: Dutch or English per
 * text). It stays `'nl' | 'en' | 'auto'`, not a catalogue: the analysis reads Dutch and English word
 * lists only. The agenda holds no text of its own; its findings are data, shown in any language with
 * `findingMessage(finding, catalogue)`. `checkVagueness: false` skips the analysis when only the
 * counts matter.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type AggregateDevelopmentAgendaInput } from 'ontwikkelgesprek';
 * const input: AggregateDevelopmentAgendaInput = {
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   participants: [{ id: 'p1' }],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Iets met data', ambitionIds: ['data'], focus: 'knowledge', firstStep: 'Eens kijken' }],
 *   checkVagueness: false,
 * };
 * const agenda = aggregateDevelopmentAgenda(input);
 * agenda.ok && agenda.value.vagueWishes; // []
 * ```
 */
export interface AggregateDevelopmentAgendaInput {
  ambitions: readonly OrganisationAmbition[];
  participants: readonly DialogueParticipant[];
  wishes: readonly DevelopmentWish[];
  themes?: readonly DialogueTheme[] | undefined;
  locale?: Locale | 'auto' | undefined;
  checkVagueness?: boolean | undefined;
}

/**
 * The input of {@link wishesToAgendaItems}: whose wishes, the wishes (other participants' wishes are
 * left out, so the whole session's list may be passed), the ambitions (their titles go into the
 * notes), the priority (default `should`) and minutes each agenda point gets, and the language of
 * the notes (default Dutch).
 *
 * @example
 * ```ts
 * import { wishesToAgendaItems, type WishesToAgendaItemsInput } from 'ontwikkelgesprek';
 * const input: WishesToAgendaItemsInput = {
 *   participantId: 'p1',
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Scrum master worden', ambitionIds: 'none', focus: 'competences', firstStep: 'Voor 1 september 2027 het certificaat halen' }],
 *   locale: 'en',
 * };
 * const items = wishesToAgendaItems(input);
 * items.ok && items.value[0]?.notes; // 'From the future dialogue.\nFirst step: Voor 1 september 2027 het certificaat halen\nDeliberately linked to no ambition\nFocus: Competences'
 * ```
 */
export interface WishesToAgendaItemsInput {
  participantId: string;
  wishes: readonly DevelopmentWish[];
  ambitions?: readonly OrganisationAmbition[] | undefined;
  priority?: AgendaPriority | undefined;
  minutesPerItem?: number | undefined;
  /** The language of the notes: a catalogue or a language tag (default `'nl'`). */
  locale?: LocaleInput | string | undefined;
}
