// Validation of conversation events and of the input of createConversation (see event-types.ts and
// api-types.ts for the named types).
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import {
  calendarDateSchema,
  hostMetaSchema,
  idSchema,
  instantSchema,
  localeSchema,
  longTextSchema,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
import { agreementSchema } from '../agreements/schema.js';
import { agendaItemSchema, employeeAgeSchema } from '../agenda/schema.js';
import { competenceScanSchema, functionProfileSchema } from '../competences/schema.js';
import { feedbackAnswerSchema, feedbackSummarySchema } from '../feedback/schema.js';
import { feedbackRequestInputSchema } from './schema-feedback.js';
import { conversationKindSchema, roleSchema } from '../vocabulary/schema.js';
import {
  erasureMarkSchema,
  participantRoleSchema,
  participantSchema,
  permissionOverridesSchema,
  shareableTextRefSchema,
  sharedWithSchema,
  visibilitySchema,
} from './schema-privacy.js';
import { conversationBudgetSchema } from './schema-budget.js';
import { limits, needSchema, personSchema, strictnessSchema } from './schema-state.js';
import { conversationTemplateSchema, listOf, schemaVersionSchema, storedTail } from './schema-template.js';

const minutesSchema = z.int().check(z.minimum(5), z.maximum(480));
const reasonSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000));

/** Who may read the text an event brings (see `TextAudience`). */
const audience = { visibility: z.optional(visibilitySchema), sharedWith: z.optional(sharedWithSchema) };

/** An event of one type: the header, its own fields, then the host's own. */
const event = <T extends string, S extends zc.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({
    schemaVersion: schemaVersionSchema,
    type: z.literal(type),
    at: instantSchema,
    by: participantRoleSchema,
    actor: z.optional(idSchema),
    onBehalfOf: z.optional(roleSchema),
    erased: z.optional(erasureMarkSchema),
    ...shape,
    ...storedTail,
  });

/** The scores of E = Q × A a side may give when it accepts, each 1 to 10. */
const score = z.int().check(z.minimum(1), z.maximum(10));
const scores = { quality: z.optional(score), acceptance: z.optional(score) };

/** What one side of a previous plan's evaluation said to do differently next time; the rest is not read. */
const nextTimeOnly = z.object({ nextTime: z.optional(longTextSchema) });

/**
 * Schema of every event a conversation accepts: plain objects, each with `type`, `at` (an instant)
 * and `by` (a role: `employee`, `manager`, or a third party). Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { conversationEventSchema } from 'ontwikkelgesprek/schemas';
 * conversationEventSchema.safeParse({ type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' }).success; // true
 * ```
 */
export const conversationEventSchema = z.discriminatedUnion('type', [
  event('answerPreparation', { questionId: idSchema, question: z.optional(longTextSchema), answer: longTextSchema, ...audience }),
  event('addAgendaPoint', { point: z.omit(agendaItemSchema, { source: true }) }),
  event('withdrawAgendaPoint', { pointId: idSchema, reason: z.optional(longTextSchema) }),
  event('mergeAgenda', {}),
  event('setPurpose', { purpose: shortTextSchema, overarchingGoal: z.optional(longTextSchema), minutes: z.optional(minutesSchema) }),
  event('start', {}),
  event('nextPhase', {}),
  event('previousPhase', {}),
  event('addNote', { id: z.optional(idSchema), text: reasonSchema, ...audience }),
  event('markAgendaItemDone', { itemId: idSchema }),
  event('addNeed', {
    need: z.extend(z.omit(needSchema, { source: true, visibility: true, sharedWith: true }), {
      goalIds: z._default(listOf(idSchema, 100), []),
    }),
    ...audience,
  }),
  event('proposeAgreement', { agreement: agreementSchema, ...audience }),
  event('reviseAgreement', { agreement: agreementSchema, ...audience }),
  event('acceptAgreement', { agreementId: idSchema, ...scores }),
  event('withdrawAgreement', { agreementId: idSchema, reason: z._default(longTextSchema, '') }),
  event('proposeSupport', { agreement: agreementSchema, ...audience }),
  event('acceptSupport', { agreementId: idSchema, ...scores }),
  event('scheduleNextConversation', {
    date: calendarDateSchema,
    start: instantSchema,
    end: instantSchema,
    kind: z.optional(conversationKindSchema),
  }),
  event('evaluate', {
    rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
    grade: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
    feedback: z._default(longTextSchema, ''),
    nextTime: z.optional(longTextSchema),
    ...audience,
  }),
  event('conclude', {}),
  event('postpone', { reason: reasonSchema, emergency: z._default(z.boolean(), false), newStart: z.optional(instantSchema) }),
  event('cancel', { reason: reasonSchema }),
  event('shareText', { text: shareableTextRefSchema, ...audience }),
  event('assessCompetences', { estimates: competenceScanSchema.shape.estimates, ...audience }),
  event('requestFeedback', { request: feedbackRequestInputSchema }),
  event('receiveFeedbackAnswer', {
    requestId: idSchema,
    questionId: idSchema,
    colleagueId: idSchema,
    text: feedbackAnswerSchema.shape.text,
    signed: z.optional(z.boolean()),
  }),
  event('shareFeedback', { feedback: z.optional(feedbackSummarySchema), requestId: z.optional(idSchema), ...audience }),
]);

/**
 * Schema of the input of `createConversation` (see `CreateConversationInput`).
 *
 * @example
 * ```ts
 * import { createConversationInputSchema } from 'ontwikkelgesprek/schemas';
 * createConversationInputSchema.safeParse({ id: 'c1' }).success; // false
 * ```
 */
export const createConversationInputSchema = z.strictObject({
  id: idSchema,
  kind: z.optional(z.enum(['development', 'career', 'checkIn'])),
  templateVersion: z.optional(z.int().check(z.minimum(1), z.maximum(1_000))),
  template: z.optional(conversationTemplateSchema),
  employee: personSchema,
  manager: personSchema,
  participants: z.optional(listOf(participantSchema, limits.participants)),
  plannedStart: instantSchema,
  plannedMinutes: z.optional(minutesSchema),
  locale: localeSchema,
  timeZone: z.optional(timeZoneSchema),
  strictness: z.optional(strictnessSchema),
  budget: z.optional(conversationBudgetSchema),
  employeeAge: z.optional(employeeAgeSchema),
  functionProfile: z.optional(functionProfileSchema),
  // A plain object, not a strict one: a whole stored POP may be passed as it is; only its id, its
  // agreements and what its evaluation says to do differently next time are read, the rest is
  // stripped, never merged into the state.
  previousPlan: z.optional(
    z.object({
      id: z.optional(idSchema),
      agreements: listOf(agreementSchema, 1_000),
      evaluation: z.optional(
        z.nullable(
          z.object({
            nextTime: z.optional(longTextSchema),
            bySide: z.optional(z.object({ employee: z.optional(nextTimeOnly), manager: z.optional(nextTimeOnly) })),
            // Set by an erasure of the log (`redact`): the carried wishes read `[…]` and get this tombstone.
            erased: z.optional(erasureMarkSchema),
          }),
        ),
      ),
      // Set by an erasure of the log (`redact`): the carried agreements whose texts read `[…]`, each with its mark.
      erasedAgreements: z.optional(listOf(z.strictObject({ id: idSchema, ...erasureMarkSchema.shape }), 1_000)),
    }),
  ),
  permissions: z.optional(permissionOverridesSchema),
  meta: z.optional(hostMetaSchema),
});

/**
 * Schema of an event log as a host stores it (see `ConversationEventLog`).
 *
 * @example
 * ```ts
 * import { conversationEventLogSchema } from 'ontwikkelgesprek/schemas';
 * conversationEventLogSchema.safeParse({ events: [] }).success; // false: where it began is missing
 * ```
 */
export const conversationEventLogSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  input: createConversationInputSchema,
  events: listOf(conversationEventSchema, 1_000_000),
  ...storedTail,
});
