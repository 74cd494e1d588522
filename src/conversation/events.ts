import { z } from 'zod';
import { calendarDateSchema, idSchema, instantSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { agreementSchema } from '../agreements/index.js';
import { conversationKindSchema, roleSchema } from '../vocabulary/index.js';
import { omit } from 'zod/mini';
import { agendaItemSchema } from '../agenda/schema.js';
import { needSchema } from './schema.js';

const base = { at: instantSchema, by: roleSchema };

/**
 * Schema of every event a conversation accepts: plain serialisable objects, each with `type`, `at`
 * (an instant) and `by` (`'employee'` or `'manager'`). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { conversationEventSchema } from 'ontwikkelgesprek';
 * conversationEventSchema.safeParse({ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' }).success; // true
 * ```
 */
export const conversationEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('answerPreparation'),
    ...base,
    questionId: idSchema,
    question: longTextSchema.optional(),
    answer: longTextSchema,
  }),
  z.strictObject({ type: z.literal('addAgendaPoint'), ...base, point: omit(agendaItemSchema, { source: true }) }),
  z.strictObject({ type: z.literal('withdrawAgendaPoint'), ...base, pointId: idSchema, reason: longTextSchema.optional() }),
  z.strictObject({ type: z.literal('mergeAgenda'), ...base }),
  z.strictObject({
    type: z.literal('setPurpose'),
    ...base,
    purpose: shortTextSchema,
    overarchingGoal: longTextSchema.optional(),
    minutes: z.number().int().min(5).max(480).optional(),
  }),
  z.strictObject({ type: z.literal('start'), ...base }),
  z.strictObject({ type: z.literal('nextPhase'), ...base }),
  z.strictObject({ type: z.literal('previousPhase'), ...base }),
  z.strictObject({ type: z.literal('addNote'), ...base, text: z.string().trim().min(1).max(20_000) }),
  z.strictObject({ type: z.literal('markAgendaItemDone'), ...base, itemId: idSchema }),
  z.strictObject({
    type: z.literal('addNeed'),
    ...base,
    need: needSchema.omit({ source: true }).extend({ goalIds: z.array(idSchema).max(100).default([]) }),
  }),
  z.strictObject({ type: z.literal('proposeAgreement'), ...base, agreement: agreementSchema }),
  z.strictObject({ type: z.literal('reviseAgreement'), ...base, agreement: agreementSchema }),
  z.strictObject({ type: z.literal('acceptAgreement'), ...base, agreementId: idSchema }),
  z.strictObject({ type: z.literal('withdrawAgreement'), ...base, agreementId: idSchema, reason: longTextSchema.default('') }),
  z.strictObject({ type: z.literal('proposeSupport'), ...base, agreement: agreementSchema }),
  z.strictObject({ type: z.literal('acceptSupport'), ...base, agreementId: idSchema }),
  z.strictObject({
    type: z.literal('scheduleNextConversation'),
    ...base,
    date: calendarDateSchema,
    start: instantSchema,
    end: instantSchema,
    kind: conversationKindSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('evaluate'),
    ...base,
    rating: z.number().int().min(1).max(5),
    feedback: longTextSchema.default(''),
  }),
  z.strictObject({ type: z.literal('conclude'), ...base }),
  z.strictObject({
    type: z.literal('postpone'),
    ...base,
    reason: z.string().trim().min(1).max(20_000),
    emergency: z.boolean().default(false),
    newStart: instantSchema.optional(),
  }),
  z.strictObject({ type: z.literal('cancel'), ...base, reason: z.string().trim().min(1).max(20_000) }),
]);

/**
 * An event after validation (defaults filled in).
 *
 * @example
 * ```ts
 * import type { ConversationEvent } from 'ontwikkelgesprek';
 * const event: ConversationEvent = { type: 'nextPhase', at: '2027-03-15T10:05:00+01:00', by: 'manager' };
 * ```
 */
export type ConversationEvent = z.output<typeof conversationEventSchema>;

/**
 * An event as a host writes it (defaulted fields may be left out).
 *
 * @example
 * ```ts
 * import type { ConversationEventInput } from 'ontwikkelgesprek';
 * const event: ConversationEventInput = {
 *   type: 'evaluate', at: '2027-03-15T11:00:00+01:00', by: 'employee', rating: 4,
 * };
 * ```
 */
export type ConversationEventInput = z.input<typeof conversationEventSchema>;

/**
 * The type names of all events.
 *
 * @example
 * ```ts
 * import type { ConversationEventType } from 'ontwikkelgesprek';
 * const type: ConversationEventType = 'proposeAgreement';
 * ```
 */
export type ConversationEventType = ConversationEvent['type'];

/**
 * Every event type, in the order a development conversation usually meets them.
 *
 * @example
 * ```ts
 * import { conversationEventTypes } from 'ontwikkelgesprek';
 * conversationEventTypes.includes('conclude'); // true
 * ```
 */
export const conversationEventTypes: readonly ConversationEventType[] = Object.freeze([
  'answerPreparation',
  'addAgendaPoint',
  'withdrawAgendaPoint',
  'mergeAgenda',
  'setPurpose',
  'start',
  'nextPhase',
  'previousPhase',
  'addNote',
  'markAgendaItemDone',
  'addNeed',
  'proposeAgreement',
  'reviseAgreement',
  'acceptAgreement',
  'withdrawAgreement',
  'proposeSupport',
  'acceptSupport',
  'scheduleNextConversation',
  'evaluate',
  'conclude',
  'postpone',
  'cancel',
] as const);
