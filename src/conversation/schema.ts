import { z } from 'zod';
import type * as zc from 'zod/v4/core';
import {
  calendarDateSchema,
  idSchema,
  instantSchema,
  localeSchema,
  localizedTextSchema,
  longTextSchema,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
import { agreementSchema } from '../agreements/index.js';
import { agendaItemSchema, agendaPrioritySchema, mergedSourceSchema } from '../agenda/schema.js';
import { questionCategorySchema } from '../questions/schema.js';
import { conversationKindSchema, focusAreaSchema, phaseIdSchema, roleSchema, topicIdSchema } from '../vocabulary/index.js';

// ---------------------------------------------------------------- templates

/**
 * Schema of what may happen inside a phase. `prepare`: preparation answers and agenda points;
 * `purpose`: purpose, overarching goal and time; `agenda`: ticking off agenda items; `notes`;
 * `needs`: development needs of either side; `agreements`: proposing, revising, accepting and
 * withdrawing agreements; `support`: support agreements; `schedule`: the next conversation;
 * `evaluate`: the evaluation of the conversation.
 *
 * @example
 * ```ts
 * import { phaseActivitySchema } from 'ontwikkelgesprek';
 * phaseActivitySchema.safeParse('agreements').success; // true
 * ```
 */
export const phaseActivitySchema = z.enum([
  'prepare',
  'purpose',
  'agenda',
  'notes',
  'needs',
  'agreements',
  'support',
  'schedule',
  'evaluate',
]);

/**
 * What may happen inside a phase.
 *
 * @example
 * ```ts
 * import type { PhaseActivity } from 'ontwikkelgesprek';
 * const activity: PhaseActivity = 'needs';
 * ```
 */
export type PhaseActivity = z.infer<typeof phaseActivitySchema>;

/**
 * Schema of the guards a phase can put on leaving it (or, for the last phase, on concluding).
 * `purposeSet` and `agendaMerged` guard the start; `agreementsPresent`, `agreementsWww`,
 * `agreementsSmart` and `agreementsAccepted` guard the agreements phase; `supportAccepted` guards
 * the phase where support is agreed; `nextConversationScheduled` guards the end; `evaluationGiven` prompts for an evaluation.
 *
 * @example
 * ```ts
 * import { guardIdSchema } from 'ontwikkelgesprek';
 * guardIdSchema.options.length; // 9
 * ```
 */
export const guardIdSchema = z.enum([
  'purposeSet',
  'agendaMerged',
  'agreementsPresent',
  'agreementsWww',
  'agreementsSmart',
  'agreementsAccepted',
  'supportAccepted',
  'nextConversationScheduled',
  'evaluationGiven',
]);

/**
 * A guard id.
 *
 * @example
 * ```ts
 * import type { GuardId } from 'ontwikkelgesprek';
 * const guard: GuardId = 'agreementsWww';
 * ```
 */
export type GuardId = z.infer<typeof guardIdSchema>;

/**
 * Schema of one phase of a template: which phase, what may happen in it, the guards on leaving it,
 * the question categories it suggests (of the questions module), its share of the planned time (a weight), and whether the
 * conversation may step back from it to the phase before.
 *
 * @example
 * ```ts
 * import { templatePhaseSchema } from 'ontwikkelgesprek';
 * templatePhaseSchema.parse({ id: 'currentSituation', activities: ['notes'], weight: 2 }).allowBack; // false
 * ```
 */
export const templatePhaseSchema = z.strictObject({
  id: phaseIdSchema,
  activities: z.array(phaseActivitySchema).max(20).default([]),
  exitGuards: z.array(guardIdSchema).max(20).default([]),
  questionCategories: z.array(questionCategorySchema).max(20).default([]),
  weight: z.number().int().min(0).max(1_000).default(1),
  allowBack: z.boolean().default(false),
});

/**
 * One phase of a template.
 *
 * @example
 * ```ts
 * import type { TemplatePhase } from 'ontwikkelgesprek';
 * const phase: TemplatePhase = {
 *   id: 'evaluation', activities: ['evaluate', 'notes'], exitGuards: ['nextConversationScheduled'],
 *   questionCategories: ['evaluation'], weight: 1, allowBack: true,
 * };
 * ```
 */
export type TemplatePhase = z.output<typeof templatePhaseSchema>;

/**
 * Schema of a conversation template: the ordered phases of a kind of conversation. The first phase
 * is where the conversation waits before it starts (normally `preparation`); concluding is possible
 * from the last phase.
 *
 * @example
 * ```ts
 * import { conversationTemplateSchema } from 'ontwikkelgesprek';
 * conversationTemplateSchema.safeParse({ id: 'x', kind: 'checkIn', phases: [] }).success; // false
 * ```
 */
export const conversationTemplateSchema = z.strictObject({
  id: idSchema,
  kind: conversationKindSchema,
  label: localizedTextSchema.optional(),
  phases: z.array(templatePhaseSchema).min(2).max(30),
});

/**
 * A conversation template, as data.
 *
 * @example
 * ```ts
 * import { conversationTemplates } from 'ontwikkelgesprek';
 * import type { ConversationTemplate } from 'ontwikkelgesprek';
 * const template: ConversationTemplate = conversationTemplates.checkIn;
 * template.phases.map((phase) => phase.id)[1]; // 'progress'
 * ```
 */
export type ConversationTemplate = z.output<typeof conversationTemplateSchema>;

/**
 * A template as a caller may write it (defaults may be left out).
 *
 * @example
 * ```ts
 * import type { ConversationTemplateInput } from 'ontwikkelgesprek';
 * const template: ConversationTemplateInput = {
 *   id: 'mini', kind: 'checkIn',
 *   phases: [
 *     { id: 'preparation', activities: ['prepare', 'purpose'] },
 *     { id: 'nextConversation', activities: ['schedule'], exitGuards: ['nextConversationScheduled'] },
 *   ],
 * };
 * ```
 */
export type ConversationTemplateInput = z.input<typeof conversationTemplateSchema>;

// ---------------------------------------------------------------- parts of the state

/**
 * Schema of a participant: id and name.
 *
 * @example
 * ```ts
 * import { personSchema } from 'ontwikkelgesprek';
 * personSchema.parse({ id: 'emp-1', name: 'Sanne de Vries' });
 * ```
 */
export const personSchema = z.strictObject({ id: idSchema, name: shortTextSchema });

/**
 * A participant: id and name.
 *
 * @example
 * ```ts
 * import type { Person } from 'ontwikkelgesprek';
 * const manager: Person = { id: 'mgr-1', name: 'Ahmed Yilmaz' };
 * ```
 */
export type Person = z.infer<typeof personSchema>;

/**
 * Schema of how strictly the guards judge: `relaxed` turns the soft guards (purpose, merged agenda,
 * at least one agreement, WWW, evaluation) into warnings; `standard` makes them errors with SMART
 * shortfalls as warnings; `strict` also makes SMART shortfalls and a missing evaluation errors.
 * Acceptance by both sides and a scheduled next conversation are never relaxed.
 *
 * @example
 * ```ts
 * import { strictnessSchema } from 'ontwikkelgesprek';
 * strictnessSchema.options; // ['relaxed', 'standard', 'strict']
 * ```
 */
export const strictnessSchema = z.enum(['relaxed', 'standard', 'strict']);

/**
 * How strictly the guards judge.
 *
 * @example
 * ```ts
 * import type { Strictness } from 'ontwikkelgesprek';
 * const strictness: Strictness = 'strict';
 * ```
 */
export type Strictness = z.infer<typeof strictnessSchema>;

/**
 * Schema of the status of a conversation.
 *
 * @example
 * ```ts
 * import { conversationStatusSchema } from 'ontwikkelgesprek';
 * conversationStatusSchema.options.includes('postponed'); // true
 * ```
 */
export const conversationStatusSchema = z.enum(['planned', 'inProgress', 'concluded', 'postponed', 'cancelled']);

/**
 * The status of a conversation.
 *
 * @example
 * ```ts
 * import type { ConversationStatus } from 'ontwikkelgesprek';
 * const status: ConversationStatus = 'inProgress';
 * ```
 */
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

/**
 * Schema of an entry of the merged agenda as the conversation keeps it: the merged point of the
 * agenda module (which input points it joins, from which sides, its priority and minutes) plus
 * whether it has been dealt with, and when.
 *
 * @example
 * ```ts
 * import { agendaEntrySchema } from 'ontwikkelgesprek';
 * agendaEntrySchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const agendaEntrySchema = z.strictObject({
  id: idSchema,
  itemIds: z.array(idSchema).min(1).max(100_000),
  sources: z.array(mergedSourceSchema).min(1).max(3),
  title: shortTextSchema,
  topic: topicIdSchema.optional(),
  priority: agendaPrioritySchema,
  minutes: z.number().int().min(1).max(1_440),
  joint: z.boolean(),
  // A joint point takes the union of both sides' goal ids, so the limit is that of the merge itself.
  goalIds: z.array(idSchema).max(100_000),
  notes: longTextSchema.optional(),
  followUp: z.strictObject({ agreementId: idSchema, who: z.string().max(200).optional(), when: z.string().max(100).optional() }).optional(),
  done: z.boolean(),
  doneAt: instantSchema.optional(),
  doneBy: roleSchema.optional(),
});

/**
 * An entry of the merged agenda, with its done flag.
 *
 * @example
 * ```ts
 * import type { AgendaEntry } from 'ontwikkelgesprek';
 * const entry: AgendaEntry = {
 *   id: 'e1', itemIds: ['e1', 'o1'], sources: ['employee', 'organisation'], title: 'Presenteren',
 *   priority: 'must', minutes: 15, joint: true, goalIds: [], done: false,
 * };
 * ```
 */
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

/**
 * Schema of the merged agenda as the conversation keeps it: the entries in conversation order,
 * the points that did not fit (`deferred`, for the next conversation) and the minutes planned.
 *
 * @example
 * ```ts
 * import { conversationAgendaSchema } from 'ontwikkelgesprek';
 * conversationAgendaSchema.parse({ items: [], deferred: [], minutesPlanned: 0, minutesForItems: 45 });
 * ```
 */
export const conversationAgendaSchema = z.strictObject({
  items: z.array(agendaEntrySchema).max(100_000),
  deferred: z.array(agendaEntrySchema).max(100_000),
  minutesPlanned: z.number().int().min(0),
  minutesForItems: z.number().int().min(0),
});

/**
 * The merged agenda as the conversation keeps it.
 *
 * @example
 * ```ts
 * import type { ConversationAgenda } from 'ontwikkelgesprek';
 * const agenda: ConversationAgenda = { items: [], deferred: [], minutesPlanned: 0, minutesForItems: 45 };
 * ```
 */
export type ConversationAgenda = z.infer<typeof conversationAgendaSchema>;

/**
 * Schema of an answer to a preparation question.
 *
 * @example
 * ```ts
 * import { preparationAnswerSchema } from 'ontwikkelgesprek';
 * preparationAnswerSchema.parse({ questionId: 'q1', answer: 'Goed', at: '2027-03-01T09:00:00+01:00' });
 * ```
 */
export const preparationAnswerSchema = z.strictObject({
  questionId: idSchema,
  question: longTextSchema.optional(),
  answer: longTextSchema,
  at: instantSchema,
});

/**
 * An answer to a preparation question.
 *
 * @example
 * ```ts
 * import type { PreparationAnswer } from 'ontwikkelgesprek';
 * const answer: PreparationAnswer = { questionId: 'q1', answer: 'Trots op de migratie', at: '2027-03-01T09:00:00+01:00' };
 * ```
 */
export type PreparationAnswer = z.infer<typeof preparationAnswerSchema>;

/**
 * Schema of a development need (*ontwikkelbehoefte*) of either side.
 *
 * @example
 * ```ts
 * import { needSchema } from 'ontwikkelgesprek';
 * needSchema.parse({ id: 'n1', text: 'Beter presenteren', focus: 'skills', goalIds: [], source: 'employee' });
 * ```
 */
export const needSchema = z.strictObject({
  id: idSchema,
  text: shortTextSchema,
  why: longTextSchema.optional(),
  focus: focusAreaSchema,
  goalIds: z.array(idSchema).max(100),
  source: roleSchema,
});

/**
 * A development need.
 *
 * @example
 * ```ts
 * import type { Need } from 'ontwikkelgesprek';
 * const need: Need = { id: 'n1', text: 'Leren plannen', focus: 'skills', goalIds: ['g1'], source: 'employee' };
 * ```
 */
export type Need = z.infer<typeof needSchema>;

/**
 * Schema of an agreement in the conversation: the agreement itself (the agreements module's shape,
 * with `acceptedBy` recording each side's acceptance), who proposed it and when, how often it was
 * revised, and whether it was withdrawn.
 *
 * @example
 * ```ts
 * import { conversationAgreementSchema } from 'ontwikkelgesprek';
 * conversationAgreementSchema.safeParse({}).success; // false
 * ```
 */
export const conversationAgreementSchema = z.strictObject({
  agreement: agreementSchema,
  proposedBy: roleSchema,
  proposedAt: instantSchema,
  revision: z.number().int().min(0),
  withdrawn: z.strictObject({ at: instantSchema, by: roleSchema, reason: longTextSchema }).nullable(),
});

/**
 * An agreement in the conversation.
 *
 * @example
 * ```ts
 * import type { ConversationAgreement } from 'ontwikkelgesprek';
 * function isAccepted(entry: ConversationAgreement): boolean {
 *   return entry.agreement.acceptedBy.employee !== undefined && entry.agreement.acceptedBy.manager !== undefined;
 * }
 * ```
 */
export type ConversationAgreement = z.output<typeof conversationAgreementSchema>;

/**
 * Schema of a note taken in a phase.
 *
 * @example
 * ```ts
 * import { noteSchema } from 'ontwikkelgesprek';
 * noteSchema.parse({ phase: 'currentSituation', text: 'Migratie afgerond', by: 'employee', at: '2027-03-15T10:05:00+01:00' });
 * ```
 */
export const noteSchema = z.strictObject({
  phase: phaseIdSchema,
  text: longTextSchema,
  by: roleSchema,
  at: instantSchema,
});

/**
 * A note taken in a phase.
 *
 * @example
 * ```ts
 * import type { Note } from 'ontwikkelgesprek';
 * const note: Note = { phase: 'employeeNeeds', text: 'Wil meer klantcontact', by: 'employee', at: '2027-03-15T10:20:00+01:00' };
 * ```
 */
export type Note = z.infer<typeof noteSchema>;

/**
 * Schema of the next conversation as scheduled: its local date and its start and end instants.
 *
 * @example
 * ```ts
 * import { nextConversationSchema } from 'ontwikkelgesprek';
 * nextConversationSchema.parse({
 *   date: '2027-09-14', start: '2027-09-14T10:00:00+02:00', end: '2027-09-14T10:45:00+02:00', kind: 'checkIn',
 * });
 * ```
 */
export const nextConversationSchema = z.strictObject({
  date: calendarDateSchema,
  start: instantSchema,
  end: instantSchema,
  kind: conversationKindSchema,
});

/**
 * The next conversation as scheduled.
 *
 * @example
 * ```ts
 * import type { NextConversation } from 'ontwikkelgesprek';
 * const next: NextConversation = {
 *   date: '2027-09-14', start: '2027-09-14T10:00:00+02:00', end: '2027-09-14T10:45:00+02:00', kind: 'checkIn',
 * };
 * ```
 */
export type NextConversation = z.infer<typeof nextConversationSchema>;

/**
 * Schema of an entry in the phase history: the phase, when it was entered and left, and who moved.
 *
 * @example
 * ```ts
 * import { phaseVisitSchema } from 'ontwikkelgesprek';
 * phaseVisitSchema.parse({ phase: 'setStatus', enteredAt: '2027-03-15T10:00:00+01:00', by: 'manager' });
 * ```
 */
export const phaseVisitSchema = z.strictObject({
  phase: phaseIdSchema,
  enteredAt: instantSchema,
  leftAt: instantSchema.optional(),
  by: roleSchema,
});

/**
 * An entry in the phase history.
 *
 * @example
 * ```ts
 * import type { PhaseVisit } from 'ontwikkelgesprek';
 * const visit: PhaseVisit = { phase: 'agreements', enteredAt: '2027-03-15T10:40:00+01:00', by: 'employee' };
 * ```
 */
export type PhaseVisit = z.infer<typeof phaseVisitSchema>;

const bySide = <T extends zc.$ZodType>(item: T) =>
  z.strictObject({ employee: z.array(item).max(10_000), manager: z.array(item).max(10_000) });

/**
 * Schema of the conversation state: plain JSON, as `createConversation` and `transition` return it.
 * A host stores it as it is; `transition` validates a state that did not come from this library.
 *
 * @example
 * ```ts
 * import { conversationSchema } from 'ontwikkelgesprek';
 * conversationSchema.safeParse({ id: 'c1' }).success; // false
 * ```
 */
export const conversationSchema = z.strictObject({
  id: idSchema,
  kind: conversationKindSchema,
  template: conversationTemplateSchema,
  employee: personSchema,
  manager: personSchema,
  plannedStart: instantSchema,
  plannedMinutes: z.number().int().min(5).max(480),
  locale: localeSchema,
  timeZone: timeZoneSchema,
  strictness: strictnessSchema,
  status: conversationStatusSchema,
  phase: phaseIdSchema,
  phaseHistory: z.array(phaseVisitSchema),
  /** How many events have been applied; every accepted event adds one. */
  version: z.number().int().min(0),
  /** The instant of the last accepted event (`null` before any); events may not go back in time. */
  updatedAt: instantSchema.nullable(),
  startedAt: instantSchema.nullable(),
  purpose: longTextSchema.nullable(),
  overarchingGoal: longTextSchema.nullable(),
  /** Minutes available as agreed when setting the status (defaults to the planned duration). */
  availableMinutes: z.number().int().min(5).max(480),
  preparation: bySide(preparationAnswerSchema),
  agendaPoints: bySide(agendaItemSchema),
  /** The merged agenda; `null` until the agenda has been merged. */
  agenda: conversationAgendaSchema.nullable(),
  notes: z.array(noteSchema),
  needs: bySide(needSchema),
  agreements: z.array(conversationAgreementSchema),
  supportAgreements: z.array(conversationAgreementSchema),
  nextConversation: nextConversationSchema.nullable(),
  evaluation: z
    .strictObject({ rating: z.number().int().min(1).max(5), feedback: longTextSchema, by: roleSchema, at: instantSchema })
    .nullable(),
  concludedAt: instantSchema.nullable(),
  postponement: z
    .strictObject({ reason: longTextSchema, emergency: z.boolean(), at: instantSchema, by: roleSchema, newStart: instantSchema.optional() })
    .nullable(),
  cancellation: z.strictObject({ reason: longTextSchema, at: instantSchema, by: roleSchema }).nullable(),
  /** Open agreements of the previous plan; they come first on the agenda. */
  previousOpenAgreements: z.array(agreementSchema),
});

/**
 * The conversation state.
 *
 * @example
 * ```ts
 * import type { Conversation } from 'ontwikkelgesprek';
 * function phaseOf(conversation: Conversation): string {
 *   return `${conversation.status} / ${conversation.phase}`;
 * }
 * ```
 */
export type Conversation = z.output<typeof conversationSchema>;
