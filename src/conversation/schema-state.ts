// Validation of the conversation state (see types.ts for the named types). The limits here are the
// limits every state the library produces keeps: an event that would break one is refused.
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import {
  calendarDateSchema,
  idSchema,
  instantSchema,
  localeSchema,
  longTextSchema,
  moneySchema,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
import { agreementSchema } from '../agreements/schema.js';
import { agendaItemSchema, agendaPrioritySchema, employeeAgeSchema, mergedSourceSchema } from '../agenda/schema.js';
import { competenceScanSchema, functionProfileSchema } from '../competences/schema.js';
import { feedbackSummarySchema } from '../feedback/schema.js';
import { feedbackRequestRecordSchema } from './schema-feedback.js';
import { conversationKindSchema, focusAreaSchema, phaseIdSchema, roleSchema, topicIdSchema } from '../vocabulary/schema.js';
import {
  actOnBehalfSchema,
  erasureRecordSchema,
  participantRoleSchema,
  participantSchema,
  sharedWithSchema,
  visibilitySchema,
} from './schema-privacy.js';
import { conversationBudgetSchema } from './schema-budget.js';
import type { ConversationEvaluations } from './types.js';
import { conversationTemplateSchema, listOf, storedTail } from './schema-template.js';

/** Who may read a text, as a record keeps it (both left out when they are the default). */
const audience = { visibility: z.optional(visibilitySchema), sharedWith: z.optional(sharedWithSchema) };

/** The limits of the state, shared by the schema and the handlers that keep them. */
export const limits = Object.freeze({
  /** Preparation answers, agenda points and needs, per side. */
  perSide: 10_000,
  /** Points of the merged agenda (planned and deferred each), the points one joins, and its goals. */
  agendaItems: 100_000,
  /** Goal ids of a need. */
  needGoals: 100,
  /** Third parties in one conversation. */
  participants: 50,
  /** Requests for colleague feedback in one preparation. */
  feedbackRequests: 50,
});

/**
 * Schema of a participant: id and name.
 *
 * @example
 * ```ts
 * import { personSchema } from 'ontwikkelgesprek/schemas';
 * personSchema.parse({ id: 'emp-1', name: 'Sanne de Vries' });
 * ```
 */
export const personSchema = z.strictObject({ id: idSchema, name: shortTextSchema });

/**
 * Schema of how strictly the guards judge (see `Strictness`).
 *
 * @example
 * ```ts
 * import { strictnessSchema } from 'ontwikkelgesprek/schemas';
 * strictnessSchema.options; // ['relaxed', 'standard', 'strict']
 * ```
 */
export const strictnessSchema = z.enum(['relaxed', 'standard', 'strict']);

/**
 * Schema of the status of a conversation.
 *
 * @example
 * ```ts
 * import { conversationStatusSchema } from 'ontwikkelgesprek/schemas';
 * conversationStatusSchema.options.includes('postponed'); // true
 * ```
 */
export const conversationStatusSchema = z.enum(['planned', 'inProgress', 'concluded', 'postponed', 'cancelled']);

/**
 * Schema of a point of the merged agenda as the conversation keeps it (see `AgendaEntry`).
 *
 * @example
 * ```ts
 * import { agendaEntrySchema } from 'ontwikkelgesprek/schemas';
 * agendaEntrySchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const agendaEntrySchema = z.strictObject({
  id: idSchema,
  itemIds: z.array(idSchema).check(z.minLength(1), z.maxLength(limits.agendaItems)),
  sources: z.array(mergedSourceSchema).check(z.minLength(1), z.maxLength(3)),
  title: shortTextSchema,
  topic: z.optional(topicIdSchema),
  priority: agendaPrioritySchema,
  minutes: z.int().check(z.minimum(1), z.maximum(1_440)),
  joint: z.boolean(),
  goalIds: listOf(idSchema, limits.agendaItems),
  notes: z.optional(longTextSchema),
  followUp: z.optional(
    z.strictObject({
      agreementId: idSchema,
      who: z.optional(z.string().check(z.maxLength(200))),
      when: z.optional(z.string().check(z.maxLength(100))),
    }),
  ),
  done: z.boolean(),
  doneAt: z.optional(instantSchema),
  doneBy: z.optional(participantRoleSchema),
});

/**
 * Schema of the merged agenda as the conversation keeps it (see `ConversationAgenda`).
 *
 * @example
 * ```ts
 * import { conversationAgendaSchema } from 'ontwikkelgesprek/schemas';
 * conversationAgendaSchema.parse({ items: [], deferred: [], minutesPlanned: 0, minutesForItems: 45 });
 * ```
 */
export const conversationAgendaSchema = z.strictObject({
  items: listOf(agendaEntrySchema, limits.agendaItems),
  deferred: listOf(agendaEntrySchema, limits.agendaItems),
  minutesPlanned: z.int().check(z.minimum(0)),
  minutesForItems: z.int().check(z.minimum(0)),
});

/**
 * Schema of an answer to a preparation question.
 *
 * @example
 * ```ts
 * import { preparationAnswerSchema } from 'ontwikkelgesprek/schemas';
 * preparationAnswerSchema.parse({ questionId: 'q1', answer: 'Goed', at: '2027-03-01T09:00:00+01:00' });
 * ```
 */
export const preparationAnswerSchema = z.strictObject({
  questionId: idSchema,
  question: z.optional(longTextSchema),
  answer: longTextSchema,
  at: instantSchema,
  ...audience,
});

/**
 * Schema of a development need of either side (see `Need`).
 *
 * @example
 * ```ts
 * import { needSchema } from 'ontwikkelgesprek/schemas';
 * needSchema.parse({ id: 'n1', text: 'Beter presenteren', focus: 'skills', goalIds: [], source: 'employee' });
 * ```
 */
export const needSchema = z.strictObject({
  id: idSchema,
  text: shortTextSchema,
  why: z.optional(longTextSchema),
  ideas: z.optional(longTextSchema),
  when: z.optional(shortTextSchema),
  expectedCost: z.optional(moneySchema),
  organisationLink: z.optional(longTextSchema),
  focus: focusAreaSchema,
  goalIds: listOf(idSchema, limits.needGoals),
  competenceId: z.optional(idSchema),
  source: roleSchema,
  ...audience,
});

/**
 * Schema of an agreement in the conversation (see `ConversationAgreement`).
 *
 * @example
 * ```ts
 * import { conversationAgreementSchema } from 'ontwikkelgesprek/schemas';
 * conversationAgreementSchema.safeParse({}).success; // false
 * ```
 */
export const conversationAgreementSchema = z.strictObject({
  agreement: agreementSchema,
  proposedBy: roleSchema,
  proposedAt: instantSchema,
  revision: z.int().check(z.minimum(0)),
  revisedBy: z.optional(roleSchema),
  withdrawn: z.nullable(z.strictObject({ at: instantSchema, by: roleSchema, reason: longTextSchema })),
  ...audience,
});

/**
 * Schema of a note taken in a phase.
 *
 * @example
 * ```ts
 * import { noteSchema } from 'ontwikkelgesprek/schemas';
 * noteSchema.parse({ phase: 'currentSituation', text: 'Migratie afgerond', by: 'employee', at: '2027-03-15T10:05:00+01:00' });
 * ```
 */
export const noteSchema = z.strictObject({
  id: z.optional(idSchema),
  phase: phaseIdSchema,
  text: longTextSchema,
  by: participantRoleSchema,
  author: z.optional(idSchema),
  at: instantSchema,
  ...audience,
});

/**
 * Schema of the evaluation of the conversation (see `ConversationEvaluation`).
 *
 * @example
 * ```ts
 * import { conversationEvaluationSchema } from 'ontwikkelgesprek/schemas';
 * conversationEvaluationSchema.safeParse({ rating: 6, feedback: '', by: 'employee', at: '2027-03-15T11:00:00+01:00' }).success; // false
 * ```
 */
export const conversationEvaluationSchema = z.strictObject({
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  grade: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
  feedback: longTextSchema,
  nextTime: z.optional(longTextSchema),
  by: roleSchema,
  at: instantSchema,
  ...audience,
});

/** Schema of each side's latest evaluation (see `ConversationEvaluations`): inside the state's, not a door of its own. */
export const conversationEvaluationsSchema = z.strictObject({
  employee: z.optional(conversationEvaluationSchema),
  manager: z.optional(conversationEvaluationSchema),
});

/** Schema of one wish carried from the previous conversation (see `PreviousNextTime`): inside the state's. */
export const previousNextTimeSchema = z.strictObject({ by: z.optional(roleSchema), text: longTextSchema });

/** The same schema, named by its type inside the state's (so its declaration is not spelled out twice). */
const evaluationsField: z.ZodMiniType<ConversationEvaluations, ConversationEvaluations> = conversationEvaluationsSchema;

/**
 * Schema of the next conversation as planned.
 *
 * @example
 * ```ts
 * import { nextConversationSchema } from 'ontwikkelgesprek/schemas';
 * nextConversationSchema.safeParse({ date: '2027-09-14', start: '2027-09-14T10:00:00+02:00', end: '2027-09-14T10:45:00+02:00', kind: 'checkIn' }).success; // true
 * ```
 */
export const nextConversationSchema = z.strictObject({
  date: calendarDateSchema,
  start: instantSchema,
  end: instantSchema,
  kind: conversationKindSchema,
});

/**
 * Schema of a visit of a phase.
 *
 * @example
 * ```ts
 * import { phaseVisitSchema } from 'ontwikkelgesprek/schemas';
 * phaseVisitSchema.safeParse({ phase: 'setStatus', enteredAt: '2027-03-15T10:00:00+01:00', by: 'manager' }).success; // true
 * ```
 */
export const phaseVisitSchema = z.strictObject({
  phase: phaseIdSchema,
  enteredAt: instantSchema,
  leftAt: z.optional(instantSchema),
  by: participantRoleSchema,
});

const bySide = <T extends zc.$ZodType>(item: T) =>
  z.strictObject({ employee: listOf(item, limits.perSide), manager: listOf(item, limits.perSide) });

/**
 * Schema of one side's competence scan as the conversation keeps it (see `CompetenceScanRecord`).
 *
 * @example
 * ```ts
 * import { competenceScanRecordSchema } from 'ontwikkelgesprek/schemas';
 * competenceScanRecordSchema.safeParse({ estimates: [{ competenceId: 'planning', level: 0 }], at: '2027-03-08T09:00:00+01:00' }).success; // false
 * ```
 */
export const competenceScanRecordSchema = z.strictObject({
  estimates: competenceScanSchema.shape.estimates,
  at: instantSchema,
  ...audience,
});

/**
 * Schema of colleague feedback shared into the preparation (see `SharedFeedback`).
 *
 * @example
 * ```ts
 * import { sharedFeedbackSchema } from 'ontwikkelgesprek/schemas';
 * sharedFeedbackSchema.safeParse({ summary: { requestId: 'fb-1', viewer: 'employee', minimumAnonymous: 3, questions: [] }, at: '2027-03-09T09:00:00+01:00' }).success; // true
 * ```
 */
export const sharedFeedbackSchema = z.strictObject({
  summary: feedbackSummarySchema,
  at: instantSchema,
  ...audience,
});

/**
 * Schema of what both sides bring to prepare (see `ConversationPreparation`).
 *
 * @example
 * ```ts
 * import { conversationPreparationSchema } from 'ontwikkelgesprek/schemas';
 * conversationPreparationSchema.safeParse({ employee: [], manager: [] }).success; // true
 * ```
 */
export const conversationPreparationSchema = z.strictObject({
  employee: listOf(preparationAnswerSchema, limits.perSide),
  manager: listOf(preparationAnswerSchema, limits.perSide),
  competences: z.optional(
    z.strictObject({ employee: z.optional(competenceScanRecordSchema), manager: z.optional(competenceScanRecordSchema) }),
  ),
  feedback: z.optional(sharedFeedbackSchema),
  feedbackRequests: z.optional(listOf(feedbackRequestRecordSchema, limits.feedbackRequests).check(z.minLength(1))),
});

/**
 * Schema of the conversation state (see `Conversation`): what a host stores and reads back.
 *
 * @example
 * ```ts
 * import { conversationSchema } from 'ontwikkelgesprek/schemas';
 * conversationSchema.safeParse({ id: 'c1' }).success; // false
 * ```
 */
export const conversationSchema = z.strictObject({
  // Written by the library: a state without it is an older one, for a migration to upgrade.
  schemaVersion: z.literal(2),
  id: idSchema,
  kind: conversationKindSchema,
  template: conversationTemplateSchema,
  employee: personSchema,
  manager: personSchema,
  // Third parties; a state from before they existed has none.
  participants: z._default(listOf(participantSchema, limits.participants), []),
  plannedStart: instantSchema,
  plannedMinutes: z.int().check(z.minimum(5), z.maximum(480)),
  locale: localeSchema,
  timeZone: timeZoneSchema,
  strictness: strictnessSchema,
  budget: z.optional(conversationBudgetSchema),
  // Given by the host for the agenda's employability hint; absent when not given.
  employeeAge: z.optional(employeeAgeSchema),
  // Given by the host for competences; absent when not given.
  functionProfile: z.optional(functionProfileSchema),
  status: conversationStatusSchema,
  phase: phaseIdSchema,
  phaseHistory: z.array(phaseVisitSchema),
  version: z.int().check(z.minimum(0)),
  updatedAt: z.nullable(instantSchema),
  startedAt: z.nullable(instantSchema),
  purpose: z.nullable(longTextSchema),
  overarchingGoal: z.nullable(longTextSchema),
  availableMinutes: z.int().check(z.minimum(5), z.maximum(480)),
  preparation: conversationPreparationSchema,
  agendaPoints: bySide(agendaItemSchema),
  agenda: z.nullable(conversationAgendaSchema),
  notes: z.array(noteSchema),
  needs: bySide(needSchema),
  agreements: z.array(conversationAgreementSchema),
  supportAgreements: z.array(conversationAgreementSchema),
  nextConversation: z.nullable(nextConversationSchema),
  evaluation: z.nullable(conversationEvaluationSchema),
  concludedAt: z.nullable(instantSchema),
  postponement: z.nullable(
    z.strictObject({
      reason: longTextSchema,
      emergency: z.boolean(),
      at: instantSchema,
      by: participantRoleSchema,
      newStart: z.optional(instantSchema),
    }),
  ),
  cancellation: z.nullable(z.strictObject({ reason: longTextSchema, at: instantSchema, by: participantRoleSchema })),
  previousOpenAgreements: z.array(agreementSchema),
  // What the previous conversation's evaluation said to do differently this time, by side; absent when nothing.
  previousNextTime: z.optional(z.array(previousNextTimeSchema).check(z.minLength(1), z.maxLength(2))),
  // Acts on someone's behalf and tombstones of erased texts; a state from before they existed has none.
  actsOnBehalf: z._default(z.array(actOnBehalfSchema), []),
  erasures: z._default(z.array(erasureRecordSchema), []),
  ...storedTail,
  // Each side's latest evaluation once both have evaluated: after the tail, where a writer adds a new key.
  evaluations: z.optional(evaluationsField),
});
