import { z } from 'zod';
import { idSchema, localeSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { conversationKindSchema, topicIdSchema } from '../vocabulary/index.js';

/** Generous limits: far above any real agenda, low enough that a hostile input cannot exhaust memory. */
const maxItems = 100_000;
const maxLinks = 1_000;
const maxMinutes = 24 * 60;

/**
 * Schema of the side that brought an agenda point: the employee or the organisation (the manager).
 *
 * @example
 * ```ts
 * import { agendaSourceSchema } from 'ontwikkelgesprek';
 * agendaSourceSchema.options; // ['employee', 'organisation']
 * ```
 */
export const agendaSourceSchema = z.enum(['employee', 'organisation']);

/**
 * The side that brought an agenda point.
 *
 * @example
 * ```ts
 * import type { AgendaSource } from 'ontwikkelgesprek';
 * const source: AgendaSource = 'employee';
 * ```
 */
export type AgendaSource = z.infer<typeof agendaSourceSchema>;

/**
 * Schema of where a merged agenda point came from: one of the two sides, or `followUp` for an open
 * agreement of the previous plan.
 *
 * @example
 * ```ts
 * import { mergedSourceSchema } from 'ontwikkelgesprek';
 * mergedSourceSchema.options; // ['followUp', 'employee', 'organisation']
 * ```
 */
export const mergedSourceSchema = z.enum(['followUp', 'employee', 'organisation']);

/**
 * Where a merged agenda point came from.
 *
 * @example
 * ```ts
 * import type { MergedSource } from 'ontwikkelgesprek';
 * const source: MergedSource = 'followUp';
 * ```
 */
export type MergedSource = z.infer<typeof mergedSourceSchema>;

/**
 * Schema of the priority of an agenda point (MoSCoW without the "won't").
 *
 * @example
 * ```ts
 * import { agendaPrioritySchema } from 'ontwikkelgesprek';
 * agendaPrioritySchema.options; // ['must', 'should', 'could']
 * ```
 */
export const agendaPrioritySchema = z.enum(['must', 'should', 'could']);

/**
 * The priority of an agenda point: `must`, `should` or `could`.
 *
 * @example
 * ```ts
 * import type { AgendaPriority } from 'ontwikkelgesprek';
 * const priority: AgendaPriority = 'should';
 * ```
 */
export type AgendaPriority = z.infer<typeof agendaPrioritySchema>;

/**
 * Schema of one agenda point as a side brings it. `minutes` is the estimate (when left out the merge
 * assumes a default and says so); `goalIds` links organisation goals; `links` names other points
 * (of either side, or an open agreement) that belong with this one, so they become one joint point.
 *
 * @example
 * ```ts
 * import { agendaItemSchema } from 'ontwikkelgesprek';
 * const item = agendaItemSchema.parse({
 *   id: 'e1',
 *   source: 'employee',
 *   title: 'Presenteren voor klanten',
 *   topic: 'competences',
 *   priority: 'must',
 *   minutes: 15,
 * });
 * item.goalIds; // []
 * ```
 */
export const agendaItemSchema = z.strictObject({
  id: idSchema,
  source: agendaSourceSchema,
  title: shortTextSchema,
  topic: topicIdSchema.optional(),
  priority: agendaPrioritySchema,
  minutes: z.number().int().min(1).max(maxMinutes).optional(),
  goalIds: z.array(idSchema).max(maxLinks).default([]),
  notes: longTextSchema.optional(),
  links: z.array(idSchema).max(maxLinks).optional(),
});

/**
 * One agenda point as a side brings it (after validation: `goalIds` is always there).
 *
 * @example
 * ```ts
 * import type { AgendaItem } from 'ontwikkelgesprek';
 * const item: AgendaItem = {
 *   id: 'o1',
 *   source: 'organisation',
 *   title: 'Customer presentations',
 *   priority: 'should',
 *   minutes: 10,
 *   goalIds: ['goal-customer-focus'],
 * };
 * ```
 */
export type AgendaItem = z.output<typeof agendaItemSchema>;

/**
 * An agenda point as a caller may write it (`goalIds` may be left out).
 *
 * @example
 * ```ts
 * import type { AgendaItemInput } from 'ontwikkelgesprek';
 * const item: AgendaItemInput = { id: 'e2', source: 'employee', title: 'Werkdruk', priority: 'must' };
 * ```
 */
export type AgendaItemInput = z.input<typeof agendaItemSchema>;

/**
 * Schema of an agreement of the previous plan, as far as the agenda needs it: `id` and `what`, and
 * optionally `who`, `when` and `status`. Other keys are stripped (not rejected), so a full agreement
 * of the agreements module passes as it is. Only open agreements (status `open` or no status) come back.
 *
 * @example
 * ```ts
 * import { previousAgreementSchema } from 'ontwikkelgesprek';
 * previousAgreementSchema.parse({ id: 'a1', what: 'Cursus presenteren volgen', smart: true });
 * // { id: 'a1', what: 'Cursus presenteren volgen' }
 * ```
 */
export const previousAgreementSchema = z.object({
  id: idSchema,
  // As long and as empty as an agreement itself may be; the follow-up title is clipped and filled in.
  what: z.string().trim().max(2_000),
  who: z.unknown().optional(),
  when: z.unknown().optional(),
  status: z.string().max(100).optional(),
});

/**
 * An agreement of the previous plan, as the agenda reads it.
 *
 * @example
 * ```ts
 * import type { PreviousAgreement } from 'ontwikkelgesprek';
 * const agreement: PreviousAgreement = { id: 'a1', what: 'Mentor zoeken', status: 'open' };
 * ```
 */
export type PreviousAgreement = z.infer<typeof previousAgreementSchema>;

/**
 * Schema of a merged agenda point: the output of {@link mergeAgendas}, and also accepted as input
 * (`carriedOver`), so a deferred point can go to the next conversation as it is and merging an
 * agenda again changes nothing. `itemIds` are the input ids it came from; `id` is one of them.
 *
 * @example
 * ```ts
 * import { mergedAgendaItemSchema } from 'ontwikkelgesprek';
 * mergedAgendaItemSchema.safeParse({
 *   id: 'e1',
 *   itemIds: ['e1', 'o3'],
 *   sources: ['employee', 'organisation'],
 *   title: 'Presenteren voor klanten',
 *   priority: 'must',
 *   minutes: 20,
 *   joint: true,
 *   goalIds: [],
 * }).success; // true
 * ```
 */
export const mergedAgendaItemSchema = z
  .strictObject({
    id: idSchema,
    itemIds: z.array(idSchema).min(1).max(maxItems),
    sources: z.array(mergedSourceSchema).min(1).max(3),
    title: shortTextSchema,
    topic: topicIdSchema.optional(),
    priority: agendaPrioritySchema,
    minutes: z.number().int().min(1).max(maxMinutes),
    joint: z.boolean(),
    goalIds: z.array(idSchema).max(maxLinks),
    notes: longTextSchema.optional(),
  })
  .refine((item) => item.itemIds.includes(item.id), {
    path: ['id'],
    params: { code: 'agenda.carried.idNotInItemIds' },
    message: 'id must be one of itemIds',
  });

/**
 * A merged agenda point: one or more input points (of one or both sides, or a follow-up) discussed
 * as one. `joint` is true when both sides brought it.
 *
 * @example
 * ```ts
 * import type { MergedAgendaItem } from 'ontwikkelgesprek';
 * const item: MergedAgendaItem = {
 *   id: 'a1',
 *   itemIds: ['a1'],
 *   sources: ['followUp'],
 *   title: 'Opvolging: cursus presenteren',
 *   topic: 'agreementFollowUp',
 *   priority: 'must',
 *   minutes: 5,
 *   joint: false,
 *   goalIds: [],
 * };
 * ```
 */
export type MergedAgendaItem = z.infer<typeof mergedAgendaItemSchema>;

/**
 * Schema of the input of {@link mergeAgendas}. `reservedMinutes` are kept free for the fixed phases
 * (opening, evaluation, next appointment; default 15, 5 for a check-in); `carriedOver` takes merged
 * points of an earlier merge (for instance last time's `deferred`).
 *
 * @example
 * ```ts
 * import { mergeAgendasInputSchema } from 'ontwikkelgesprek';
 * mergeAgendasInputSchema.safeParse({
 *   employeeItems: [],
 *   organisationItems: [],
 *   minutesAvailable: 60,
 *   locale: 'nl',
 * }).success; // true
 * ```
 */
export const mergeAgendasInputSchema = z.strictObject({
  employeeItems: z.array(agendaItemSchema).max(maxItems),
  organisationItems: z.array(agendaItemSchema).max(maxItems),
  previousAgreements: z.array(previousAgreementSchema).max(maxItems).optional(),
  carriedOver: z.array(mergedAgendaItemSchema).max(maxItems).optional(),
  minutesAvailable: z.number().int().min(1).max(maxMinutes),
  reservedMinutes: z.number().int().min(0).max(maxMinutes).optional(),
  kind: conversationKindSchema.optional(),
  locale: localeSchema,
  defaultMinutes: z.number().int().min(1).max(maxMinutes).optional(),
  followUpMinutes: z.number().int().min(1).max(maxMinutes).optional(),
});

/**
 * The input of {@link mergeAgendas}, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { MergeAgendasInput } from 'ontwikkelgesprek';
 * const input: MergeAgendasInput = {
 *   employeeItems: [{ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 15 }],
 *   organisationItems: [],
 *   minutesAvailable: 60,
 *   locale: 'nl',
 * };
 * ```
 */
export type MergeAgendasInput = z.input<typeof mergeAgendasInputSchema>;

/**
 * The merged agenda: `items` in the order of the conversation, `deferred` (what did not fit, kept for
 * the next conversation, never dropped), the minutes planned, and the budget it was planned against.
 *
 * @example
 * ```ts
 * import type { MergedAgenda } from 'ontwikkelgesprek';
 * const empty: MergedAgenda = {
 *   items: [],
 *   deferred: [],
 *   minutesPlanned: 0,
 *   minutesAvailable: 60,
 *   reservedMinutes: 15,
 *   minutesForItems: 45,
 *   kind: 'development',
 *   locale: 'en',
 * };
 * ```
 */
export interface MergedAgenda {
  /** The agenda, in order: follow-up first, then by priority, employee before organisation. */
  readonly items: readonly MergedAgendaItem[];
  /** Points that did not fit, in the same order; for the next conversation. */
  readonly deferred: readonly MergedAgendaItem[];
  /** Sum of the minutes of `items`; never more than `minutesForItems`. */
  readonly minutesPlanned: number;
  /** The minutes of the whole conversation, as given. */
  readonly minutesAvailable: number;
  /** The minutes kept for opening, evaluation and the next appointment. */
  readonly reservedMinutes: number;
  /** `minutesAvailable - reservedMinutes` (at least 0): the room for agenda points. */
  readonly minutesForItems: number;
  /** The conversation kind the agenda was planned for. */
  readonly kind: z.infer<typeof conversationKindSchema>;
  /** The language of generated titles (follow-up points). */
  readonly locale: z.infer<typeof localeSchema>;
}
