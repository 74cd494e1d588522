import { z } from 'zod';
import { idSchema, localeSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { focusAreaSchema } from '../vocabulary/index.js';

/**
 * Schema of one of the organisation's ambitions, the starting point of a future dialogue
 * (for example an outcome of strategic workforce planning). The description is optional in the
 * schema because drafts often lack one, but {@link planFutureDialogue} warns about it: people
 * cannot translate a bare slogan into steps of their own.
 *
 * @example
 * ```ts
 * import { organisationAmbitionSchema } from 'ontwikkelgesprek';
 * organisationAmbitionSchema.parse({ id: 'data', title: 'Datagedreven werken', description: 'Beslissingen onderbouwen met data.' });
 * ```
 */
export const organisationAmbitionSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: longTextSchema.optional(),
});

/**
 * One of the organisation's ambitions.
 *
 * @example
 * ```ts
 * import type { OrganisationAmbition } from 'ontwikkelgesprek';
 * const ambition: OrganisationAmbition = { id: 'data', title: 'Data-driven work' };
 * ```
 */
export type OrganisationAmbition = z.infer<typeof organisationAmbitionSchema>;

/**
 * Schema of a participant of a future dialogue: an id chosen by the caller, an optional display
 * name and an optional team (used to balance groups and to report the agenda per team).
 *
 * @example
 * ```ts
 * import { dialogueParticipantSchema } from 'ontwikkelgesprek';
 * dialogueParticipantSchema.parse({ id: 'p1', name: 'Sanne', team: 'finance' });
 * ```
 */
export const dialogueParticipantSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema.optional(),
  team: idSchema.optional(),
});

/**
 * A participant of a future dialogue.
 *
 * @example
 * ```ts
 * import type { DialogueParticipant } from 'ontwikkelgesprek';
 * const participant: DialogueParticipant = { id: 'p1', team: 'finance' };
 * ```
 */
export type DialogueParticipant = z.infer<typeof dialogueParticipantSchema>;

/**
 * Schema of the format of a session: its length in minutes (default 120), offline or online,
 * whether an online meeting has breakout rooms (default true), the group size for the reflection
 * (default 5) and whether groups are balanced by team (default false).
 *
 * @example
 * ```ts
 * import { dialogueFormatSchema } from 'ontwikkelgesprek';
 * dialogueFormatSchema.parse({}).minutes; // 120
 * ```
 */
export const dialogueFormatSchema = z.strictObject({
  minutes: z.int().min(30).max(480).default(120),
  mode: z.enum(['offline', 'online']).default('offline'),
  breakoutRooms: z.boolean().default(true),
  groupSize: z.int().min(2).max(20).default(5),
  balanceByTeam: z.boolean().default(false),
});

/**
 * The format of a session, after defaults are applied.
 *
 * @example
 * ```ts
 * import type { DialogueFormat } from 'ontwikkelgesprek';
 * const format: DialogueFormat = { minutes: 120, mode: 'online', breakoutRooms: true, groupSize: 4, balanceByTeam: true };
 * ```
 */
export type DialogueFormat = z.infer<typeof dialogueFormatSchema>;

/**
 * Schema of a seed for the division into groups: the same seed gives the same groups.
 *
 * @example
 * ```ts
 * import { dialogueSeedSchema } from 'ontwikkelgesprek';
 * dialogueSeedSchema.parse('voorjaar-2027');
 * ```
 */
export const dialogueSeedSchema = z.union([z.int(), z.string().max(200)]);

/**
 * Schema of a theme for the development agenda: an id, a label and optional keywords. A wish
 * belongs to a theme when it names the theme's id in `themeIds`, or (without explicit theme ids)
 * when all normalised words of one of the theme's keywords occur in the wish's title or description.
 *
 * @example
 * ```ts
 * import { dialogueThemeSchema } from 'ontwikkelgesprek';
 * dialogueThemeSchema.parse({ id: 'data', label: 'Data-analyse', keywords: ['data', 'dashboard'] });
 * ```
 */
export const dialogueThemeSchema = z.strictObject({
  id: idSchema,
  label: shortTextSchema,
  keywords: z.array(shortTextSchema).max(100).default([]),
});

/**
 * A theme of the development agenda.
 *
 * @example
 * ```ts
 * import type { DialogueTheme } from 'ontwikkelgesprek';
 * const theme: DialogueTheme = { id: 'data', label: 'Data analysis', keywords: ['data'] };
 * ```
 */
export type DialogueTheme = z.infer<typeof dialogueThemeSchema>;

/**
 * Schema of a development wish (*ontwikkelwens*) written in a future dialogue. `ambitionIds` is
 * either a non-empty list of the ambitions the wish serves, or the literal `'none'`: a wish that
 * serves no ambition is allowed and valuable, but it has to be said, not forgotten. `focus` says
 * whether the wish is about knowledge, skills or competences, and `firstStep` is the concrete first
 * step the participant will take.
 *
 * @example
 * ```ts
 * import { developmentWishSchema } from 'ontwikkelgesprek';
 * developmentWishSchema.parse({
 *   id: 'w1',
 *   participantId: 'p1',
 *   title: 'Dashboards bouwen in Power BI',
 *   ambitionIds: ['data'],
 *   focus: 'skills',
 *   firstStep: 'Voor 1 maart de interne Power BI-cursus afronden',
 * });
 * ```
 */
export const developmentWishSchema = z.strictObject({
  id: idSchema,
  participantId: idSchema,
  title: shortTextSchema,
  description: longTextSchema.optional(),
  ambitionIds: z.union([z.array(idSchema).min(1).max(50), z.literal('none')]),
  focus: focusAreaSchema,
  firstStep: shortTextSchema,
  themeIds: z.array(idSchema).max(20).optional(),
});

/**
 * A development wish of one participant.
 *
 * @example
 * ```ts
 * import type { DevelopmentWish } from 'ontwikkelgesprek';
 * const wish: DevelopmentWish = {
 *   id: 'w2',
 *   participantId: 'p2',
 *   title: 'Mentor worden voor nieuwe collega’s',
 *   ambitionIds: 'none',
 *   focus: 'competences',
 *   firstStep: 'In mei een gesprek met HR over het mentorprogramma',
 * };
 * ```
 */
export type DevelopmentWish = z.infer<typeof developmentWishSchema>;

/**
 * Schema of the input of {@link planFutureDialogue}. `questions` is a question bank (for example
 * `builtInQuestions` from `ontwikkelgesprek/questions`); the plan takes the future-dialogue
 * questions for each block from it. `seed` makes the division into groups repeatable.
 *
 * @example
 * ```ts
 * import { planFutureDialogueInputSchema } from 'ontwikkelgesprek';
 * planFutureDialogueInputSchema.safeParse({ ambitions: [], participants: [] }).success; // false
 * ```
 */
export const planFutureDialogueInputSchema = z.strictObject({
  ambitions: z.array(organisationAmbitionSchema).min(1).max(50),
  participants: z.array(dialogueParticipantSchema).min(1).max(10_000),
  format: dialogueFormatSchema.prefault({}),
  locale: localeSchema.default('nl'),
  seed: dialogueSeedSchema.default(0),
  questions: z.array(z.unknown()).max(100_000).default([]),
  questionsPerBlock: z.int().min(0).max(10).default(3),
});

/**
 * The input of {@link planFutureDialogue}, as a caller writes it (defaults may be left out).
 *
 * @example
 * ```ts
 * import type { PlanFutureDialogueInput } from 'ontwikkelgesprek';
 * const input: PlanFutureDialogueInput = {
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met data onderbouwen.' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }],
 * };
 * ```
 */
export type PlanFutureDialogueInput = Omit<z.input<typeof planFutureDialogueInputSchema>, 'questions'> & {
  /** A question bank; read-only banks such as `builtInQuestions` are welcome. */
  readonly questions?: readonly unknown[] | undefined;
};

/**
 * Schema of the input of {@link aggregateDevelopmentAgenda}. `locale` is passed to the goal-text
 * analysis that flags vague wishes (`'auto'` detects Dutch or English per wish); `checkVagueness`
 * can switch that analysis off when only the counts matter.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgendaInputSchema } from 'ontwikkelgesprek';
 * aggregateDevelopmentAgendaInputSchema.safeParse({ ambitions: [], participants: [], wishes: [] }).success; // true
 * ```
 */
export const aggregateDevelopmentAgendaInputSchema = z.strictObject({
  ambitions: z.array(organisationAmbitionSchema).max(1_000),
  participants: z.array(dialogueParticipantSchema).max(100_000),
  wishes: z.array(developmentWishSchema).max(500_000),
  themes: z.array(dialogueThemeSchema).max(1_000).default([]),
  locale: z.enum(['nl', 'en', 'auto']).default('auto'),
  checkVagueness: z.boolean().default(true),
});

/**
 * The input of {@link aggregateDevelopmentAgenda}, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { AggregateDevelopmentAgendaInput } from 'ontwikkelgesprek';
 * const input: AggregateDevelopmentAgendaInput = { ambitions: [], participants: [], wishes: [] };
 * ```
 */
export type AggregateDevelopmentAgendaInput = z.input<typeof aggregateDevelopmentAgendaInputSchema>;

/**
 * Schema of the input of {@link wishesToAgendaItems}: whose wishes, the wishes (other participants'
 * wishes are left out, so the whole session's list may be passed), the ambitions for the notes, the
 * priority and minutes each agenda point gets, and the language of the notes.
 *
 * @example
 * ```ts
 * import { wishesToAgendaItemsInputSchema } from 'ontwikkelgesprek';
 * wishesToAgendaItemsInputSchema.safeParse({ participantId: 'p1', wishes: [] }).success; // true
 * ```
 */
export const wishesToAgendaItemsInputSchema = z.strictObject({
  participantId: idSchema,
  wishes: z.array(developmentWishSchema).max(500_000),
  ambitions: z.array(organisationAmbitionSchema).max(1_000).default([]),
  priority: z.enum(['must', 'should', 'could']).default('should'),
  minutesPerItem: z.int().min(1).max(240).optional(),
  locale: localeSchema.default('nl'),
});

/**
 * The input of {@link wishesToAgendaItems}, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { WishesToAgendaItemsInput } from 'ontwikkelgesprek';
 * const input: WishesToAgendaItemsInput = { participantId: 'p1', wishes: [], locale: 'en' };
 * ```
 */
export type WishesToAgendaItemsInput = z.input<typeof wishesToAgendaItemsInputSchema>;
