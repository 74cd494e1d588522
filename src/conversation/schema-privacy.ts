// Validation of participants, permissions, visibility and erasure (see privacy-types.ts for the
// named types).
import * as z from 'zod/mini';
import { idSchema, instantSchema, shortTextSchema } from '../core/index.js';
import { roleSchema } from '../vocabulary/schema.js';

/** Every event type, as the permission table names them (the order of the event table). */
export const eventTypeNames = [
  'answerPreparation',
  'assessCompetences',
  'requestFeedback',
  'receiveFeedbackAnswer',
  'shareFeedback',
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
  'shareText',
] as const;

/**
 * Schema of a role beside the employee and the manager (see `ThirdPartyRole`).
 *
 * @example
 * ```ts
 * import { thirdPartyRoleSchema } from 'ontwikkelgesprek/schemas';
 * thirdPartyRoleSchema.options; // ['hrAdviser', 'mentor', 'skipLevelManager']
 * ```
 */
export const thirdPartyRoleSchema = z.enum(['hrAdviser', 'mentor', 'skipLevelManager']);

/**
 * Schema of every role in a conversation (see `ParticipantRole`).
 *
 * @example
 * ```ts
 * import { participantRoleSchema } from 'ontwikkelgesprek/schemas';
 * participantRoleSchema.safeParse('mentor').success; // true
 * ```
 */
export const participantRoleSchema = z.enum(['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager']);

/**
 * Schema of a participant beside the employee and the manager (see `Participant`).
 *
 * @example
 * ```ts
 * import { participantSchema } from 'ontwikkelgesprek/schemas';
 * participantSchema.safeParse({ id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' }).success; // true
 * ```
 */
export const participantSchema = z.strictObject({ id: idSchema, name: shortTextSchema, role: thirdPartyRoleSchema });

/**
 * Schema of who may read a text (see `Visibility`).
 *
 * @example
 * ```ts
 * import { visibilitySchema } from 'ontwikkelgesprek/schemas';
 * visibilitySchema.options; // ['private', 'shared', 'hr']
 * ```
 */
export const visibilitySchema = z.enum(['private', 'shared', 'hr']);

/** The participants a text is shared with besides its level: ids, at most 50. */
export const sharedWithSchema = z.array(idSchema).check(z.maxLength(50));

/**
 * Schema of why a text was erased (see `ErasureReason`).
 *
 * @example
 * ```ts
 * import { erasureReasonSchema } from 'ontwikkelgesprek/schemas';
 * erasureReasonSchema.safeParse('retention').success; // true
 * ```
 */
export const erasureReasonSchema = z.enum(['erasureRequest', 'retention', 'correction', 'sensitiveData', 'other']);

const markShape = {
  at: instantSchema,
  by: idSchema,
  reason: erasureReasonSchema,
  reference: z.optional(z.string().check(z.maxLength(200))),
};

/**
 * Schema of who erased a text, when and why (see `ErasureMark`).
 *
 * @example
 * ```ts
 * import { erasureMarkSchema } from 'ontwikkelgesprek/schemas';
 * erasureMarkSchema.safeParse({ at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'retention' }).success; // true
 * ```
 */
export const erasureMarkSchema = z.strictObject(markShape);

/** A text that may be shared (see `ShareableTextRef`). */
const shareableRefs = [
  z.strictObject({ kind: z.literal('preparationAnswer'), side: roleSchema, questionId: idSchema }),
  z.strictObject({ kind: z.literal('note'), id: idSchema }),
  z.strictObject({ kind: z.literal('need'), id: idSchema }),
  z.strictObject({ kind: z.literal('agreement'), id: idSchema }),
  z.strictObject({ kind: z.literal('evaluation') }),
  z.strictObject({ kind: z.literal('competenceScan'), side: roleSchema }),
  z.strictObject({ kind: z.literal('feedback') }),
] as const;

/**
 * Schema of a text whose readers its writer decides (see `ShareableTextRef`).
 *
 * @example
 * ```ts
 * import { shareableTextRefSchema } from 'ontwikkelgesprek/schemas';
 * shareableTextRefSchema.safeParse({ kind: 'note', id: 'note-1' }).success; // true
 * ```
 */
export const shareableTextRefSchema = z.discriminatedUnion('kind', [...shareableRefs]);

/**
 * Schema of a free text of a conversation, by what it is (see `TextRef`).
 *
 * @example
 * ```ts
 * import { textRefSchema } from 'ontwikkelgesprek/schemas';
 * textRefSchema.safeParse({ kind: 'purpose' }).success; // true
 * ```
 */
export const textRefSchema = z.discriminatedUnion('kind', [
  ...shareableRefs,
  z.strictObject({ kind: z.literal('feedbackRequest'), id: idSchema }),
  z.strictObject({ kind: z.literal('feedbackAnswers'), requestId: idSchema }),
  z.strictObject({ kind: z.literal('purpose') }),
  z.strictObject({ kind: z.literal('postponement') }),
  z.strictObject({ kind: z.literal('cancellation') }),
  z.strictObject({ kind: z.literal('previousNextTime') }),
]);

/**
 * Schema of a tombstone in the conversation (see `ErasureRecord`).
 *
 * @example
 * ```ts
 * import { erasureRecordSchema } from 'ontwikkelgesprek/schemas';
 * erasureRecordSchema.safeParse({ text: { kind: 'evaluation' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'other' }).success; // true
 * ```
 */
export const erasureRecordSchema = z.strictObject({ text: textRefSchema, ...markShape });

/**
 * Schema of an act on someone's behalf as the conversation records it (see `ActOnBehalf`).
 *
 * @example
 * ```ts
 * import { actOnBehalfSchema } from 'ontwikkelgesprek/schemas';
 * actOnBehalfSchema.safeParse({ type: 'addNote', at: '2027-03-15T10:00:00+01:00', by: 'hrAdviser', actor: 'hr-7', onBehalfOf: 'employee' }).success; // true
 * ```
 */
export const actOnBehalfSchema = z.strictObject({
  type: z.enum(eventTypeNames),
  at: instantSchema,
  by: participantRoleSchema,
  actor: idSchema,
  onBehalfOf: roleSchema,
});

const rolesSchema = z.array(participantRoleSchema).check(z.maxLength(5));
const sidesSchema = z.array(roleSchema).check(z.maxLength(2));

/**
 * Schema of a host's changes to the permission table (see `PermissionOverrides`); the safe bounds
 * are checked by the template's rules, not by the shape.
 *
 * @example
 * ```ts
 * import { permissionOverridesSchema } from 'ontwikkelgesprek/schemas';
 * permissionOverridesSchema.safeParse({ events: { addNote: ['employee', 'manager'] } }).success; // true
 * permissionOverridesSchema.safeParse({ events: { dance: ['employee'] } }).success; // false
 * ```
 */
export const permissionOverridesSchema = z.strictObject({
  events: z.optional(
    z.partial(
      z.strictObject(
        Object.fromEntries(eventTypeNames.map((type) => [type, rolesSchema])) as Record<
          (typeof eventTypeNames)[number],
          typeof rolesSchema
        >,
      ),
    ),
  ),
  onBehalfOf: z.optional(
    z.partial(
      z.strictObject({
        employee: sidesSchema,
        manager: sidesSchema,
        hrAdviser: sidesSchema,
        mentor: sidesSchema,
        skipLevelManager: sidesSchema,
      }),
    ),
  ),
});
