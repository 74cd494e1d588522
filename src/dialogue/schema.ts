// Validation of the dialogue module's input. The named types in types.ts are the contract; these
// schemas check data against them (test/dialogue/types.test.ts keeps the two equal).
import * as z from 'zod/mini';
import { hostMetaSchema, idSchema, localeSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { agendaPrioritySchema } from '../agenda/schema.js';
import { focusAreaSchema } from '../vocabulary/schema.js';
import type { LocaleInput } from '../locales/index.js';

/**
 * Schema of one of the organisation's ambitions (see `OrganisationAmbition`).
 *
 * @example
 * ```ts
 * import { organisationAmbitionSchema } from 'ontwikkelgesprek/schemas';
 * organisationAmbitionSchema.safeParse({ id: 'data', title: '' }).success; // false: a title is required
 * ```
 */
export const organisationAmbitionSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: z.optional(longTextSchema),
});

/**
 * Schema of a participant of a future dialogue (see `DialogueParticipant`).
 *
 * @example
 * ```ts
 * import { dialogueParticipantSchema } from 'ontwikkelgesprek/schemas';
 * dialogueParticipantSchema.parse({ id: ' p1 ', name: 'Sanne', team: 'finance' }).id; // 'p1'
 * ```
 */
export const dialogueParticipantSchema = z.strictObject({
  id: idSchema,
  name: z.optional(shortTextSchema),
  team: z.optional(idSchema),
});

/**
 * Schema of the format of a session, with its defaults (see `DialogueFormatInput`).
 *
 * @example
 * ```ts
 * import { dialogueFormatSchema } from 'ontwikkelgesprek/schemas';
 * dialogueFormatSchema.parse({ mode: 'online' }); // { minutes: 120, mode: 'online', breakoutRooms: true, groupSize: 5, balanceByTeam: false }
 * ```
 */
export const dialogueFormatSchema = z.strictObject({
  minutes: z._default(z.int().check(z.minimum(30), z.maximum(480)), 120),
  mode: z._default(z.enum(['offline', 'online']), 'offline'),
  breakoutRooms: z._default(z.boolean(), true),
  groupSize: z._default(z.int().check(z.minimum(2), z.maximum(20)), 5),
  balanceByTeam: z._default(z.boolean(), false),
});

/**
 * Schema of a seed for the division into groups: the same seed gives the same groups.
 *
 * @example
 * ```ts
 * import { dialogueSeedSchema } from 'ontwikkelgesprek/schemas';
 * dialogueSeedSchema.safeParse(1.5).success; // false: a whole number or a text
 * ```
 */
export const dialogueSeedSchema = z.union([z.int(), z.string().check(z.maxLength(200))]);

/**
 * Schema of a theme for the development agenda (see `DialogueTheme`).
 *
 * @example
 * ```ts
 * import { dialogueThemeSchema } from 'ontwikkelgesprek/schemas';
 * dialogueThemeSchema.parse({ id: 'data', label: 'Werken met data' }).keywords; // []
 * ```
 */
export const dialogueThemeSchema = z.strictObject({
  id: idSchema,
  label: shortTextSchema,
  keywords: z._default(z.array(shortTextSchema).check(z.maxLength(100)), []),
});

/**
 * Schema of a development wish (see `DevelopmentWish`): `ambitionIds` is a non-empty list or
 * `'none'`, so a forgotten link cannot pass for a deliberate one.
 *
 * @example
 * ```ts
 * import { developmentWishSchema } from 'ontwikkelgesprek/schemas';
 * const wish = { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', focus: 'skills', firstStep: 'Voor 1 maart de cursus afronden' };
 * developmentWishSchema.safeParse({ ...wish, ambitionIds: [] }).success; // false
 * developmentWishSchema.safeParse({ ...wish, ambitionIds: 'none' }).success; // true
 * ```
 */
export const developmentWishSchema = z.strictObject({
  id: idSchema,
  participantId: idSchema,
  title: shortTextSchema,
  description: z.optional(longTextSchema),
  ambitionIds: z.union([z.array(idSchema).check(z.minLength(1), z.maxLength(50)), z.literal('none')]),
  focus: focusAreaSchema,
  firstStep: shortTextSchema,
  themeIds: z.optional(z.array(idSchema).check(z.maxLength(20))),
});

/** A language catalogue, as far as a schema can see it: an object with the four parts of a `Catalogue`. */
const catalogueShapeSchema = z.looseObject({
  locale: z.string().check(z.minLength(1), z.maxLength(35)),
  messages: z.looseObject({}),
  labels: z.looseObject({}),
  format: z.looseObject({}),
});

/** A language tag such as `nl`, `nl-BE`, `en-GB` or `de`: letters, then subtags after `-` or `_`. */
const languageTagSchema = z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/u));

/**
 * The language of text for people: a language tag (Dutch for `nl` and `nl-…`, English for any other)
 * or a catalogue. Typed as the `LocaleInput | string` it checks (a schema sees a catalogue's shape,
 * not its message types), so the named input types and the JSON Schema both stay exact.
 */
const localeInputSchema = z.union([languageTagSchema, catalogueShapeSchema]) as unknown as z.ZodMiniType<
  LocaleInput | string,
  LocaleInput | string
>;

/**
 * Schema of the input of `planFutureDialogue` (see `PlanFutureDialogueInput`).
 *
 * @example
 * ```ts
 * import { planFutureDialogueInputSchema } from 'ontwikkelgesprek/schemas';
 * planFutureDialogueInputSchema.safeParse({ ambitions: [], participants: [{ id: 'p1' }] }).success; // false: at least one ambition
 * ```
 */
export const planFutureDialogueInputSchema = z.strictObject({
  ambitions: z.array(organisationAmbitionSchema).check(z.minLength(1), z.maxLength(50)),
  participants: z.array(dialogueParticipantSchema).check(z.minLength(1), z.maxLength(10_000)),
  format: z.prefault(dialogueFormatSchema, {}),
  locale: z._default(localeInputSchema, 'nl'),
  questionLocale: z.optional(localeSchema),
  seed: z._default(dialogueSeedSchema, 0),
  questions: z._default(z.array(z.unknown()).check(z.maxLength(100_000)), []),
  questionsPerBlock: z._default(z.int().check(z.minimum(0), z.maximum(10)), 3),
  meta: z.optional(hostMetaSchema),
});

/**
 * Schema of the input of `aggregateDevelopmentAgenda` (see `AggregateDevelopmentAgendaInput`).
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgendaInputSchema } from 'ontwikkelgesprek/schemas';
 * aggregateDevelopmentAgendaInputSchema.parse({ ambitions: [], participants: [], wishes: [] }).locale; // 'auto'
 * ```
 */
export const aggregateDevelopmentAgendaInputSchema = z.strictObject({
  ambitions: z.array(organisationAmbitionSchema).check(z.maxLength(1_000)),
  participants: z.array(dialogueParticipantSchema).check(z.maxLength(100_000)),
  wishes: z.array(developmentWishSchema).check(z.maxLength(500_000)),
  themes: z._default(z.array(dialogueThemeSchema).check(z.maxLength(1_000)), []),
  locale: z._default(z.enum(['nl', 'en', 'auto']), 'auto'),
  checkVagueness: z._default(z.boolean(), true),
});

/**
 * Schema of the input of `wishesToAgendaItems` (see `WishesToAgendaItemsInput`).
 *
 * @example
 * ```ts
 * import { wishesToAgendaItemsInputSchema } from 'ontwikkelgesprek/schemas';
 * wishesToAgendaItemsInputSchema.safeParse({ participantId: 'p1', wishes: [], minutesPerItem: 0 }).success; // false
 * ```
 */
export const wishesToAgendaItemsInputSchema = z.strictObject({
  participantId: idSchema,
  wishes: z.array(developmentWishSchema).check(z.maxLength(500_000)),
  ambitions: z._default(z.array(organisationAmbitionSchema).check(z.maxLength(1_000)), []),
  priority: z._default(agendaPrioritySchema, 'should'),
  minutesPerItem: z.optional(z.int().check(z.minimum(1), z.maximum(240))),
  locale: z._default(localeInputSchema, 'nl'),
});
