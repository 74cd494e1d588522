// The named types of conversation events: what each event carries, as a host writes it and as the
// library hands it back (defaults filled in, `schemaVersion` written).
import type { HostMeta, Money } from '../core/index.js';
import type { Agreement, AgreementInput } from '../agreements/index.js';
import type { AgendaPriority } from '../agenda/index.js';
import type { ConversationKind, FocusArea, Role, TopicId } from '../vocabulary/index.js';
import type { CompetenceEstimate } from '../competences/index.js';
import type { FeedbackSummary } from '../feedback/index.js';
import type { ErasureMark, ParticipantRole, ShareableTextRef, Visibility } from './privacy-types.js';
import type { FeedbackRequestInput } from './preparation-types.js';
import type { Unrecognized } from './template-types.js';

/**
 * Who may read the text an event brings: its level and the participants (ids) it is shared with
 * besides. Left out: `private` for a preparation answer, `shared` for anything else (a revision
 * keeps what the agreement had).
 *
 * @example
 * ```ts
 * import type { TextAudience } from 'ontwikkelgesprek';
 * const withMentor: TextAudience = { visibility: 'private', sharedWith: ['mentor-2'] };
 * ```
 */
export interface TextAudience {
  visibility?: Visibility | undefined;
  sharedWith?: readonly string[] | undefined;
}

/**
 * An agenda point as an `addAgendaPoint` event brings it: the side is the sender's.
 *
 * @example
 * ```ts
 * import type { AgendaPointInput } from 'ontwikkelgesprek';
 * const point: AgendaPointInput = { id: 'e1', title: 'Presenteren voor klanten', priority: 'must', minutes: 15 };
 * ```
 */
export interface AgendaPointInput {
  id: string;
  title: string;
  topic?: TopicId | undefined;
  priority: AgendaPriority;
  minutes?: number | undefined;
  goalIds?: readonly string[] | undefined;
  notes?: string | undefined;
  links?: readonly string[] | undefined;
}

/**
 * A development need as an `addNeed` event brings it, in the employee's own words (phase 3 of the
 * conversation): what (`text`), why, their own ideas for how, when, what it may cost, how it meets
 * the organisation's goals, and whether it is about knowledge, skills or competences. Only `text`
 * and `focus` are required; the side is the sender's.
 *
 * @example
 * ```ts
 * import type { NeedInput } from 'ontwikkelgesprek';
 * const need: NeedInput = {
 *   id: 'n1',
 *   text: 'Beter presenteren voor klanten',
 *   why: 'Ik wil zelf klantdemo’s kunnen geven',
 *   ideas: 'Meelopen met Ahmed en daarna zelf een demo geven',
 *   when: 'voor de zomer',
 *   expectedCost: { amount: 45000, currency: 'EUR' },
 *   organisationLink: 'Past bij het doel om klanten beter te bedienen',
 *   focus: 'skills',
 *   goalIds: ['g-klant'],
 * };
 * ```
 */
export interface NeedInput {
  id: string;
  text: string;
  /** Why it matters to them. */
  why?: string | undefined;
  /** Their own ideas for how to get there. */
  ideas?: string | undefined;
  /** When, in their words ("voor de zomer", "this year"). */
  when?: string | undefined;
  /** What it may cost. */
  expectedCost?: Money | undefined;
  /** How it meets the organisation's goals, in words (the goals themselves are in `goalIds`). */
  organisationLink?: string | undefined;
  /** Knowledge, skills or competences. */
  focus: FocusArea;
  goalIds?: readonly string[] | undefined;
  /** The competence of the conversation's function profile it is about (its id); left out when none. */
  competenceId?: string | undefined;
}

/**
 * Accepting an agreement: which one, and optionally the two scores of E = Q × A (each 1 to 10) as
 * the accepting side sees them: `quality` (K, how good the solution is) and `acceptance` (A, how
 * much it is carried). They are kept on the agreement; a low acceptance gets a warning whatever the
 * quality, because a brilliant plan nobody carries has no effect.
 *
 * @example
 * ```ts
 * import type { AcceptInput } from 'ontwikkelgesprek';
 * const accepted: AcceptInput = { agreementId: 'a1', quality: 7, acceptance: 9 };
 * ```
 */
export interface AcceptInput {
  agreementId: string;
  quality?: number | undefined;
  acceptance?: number | undefined;
}

/**
 * What each event carries besides its header, as a host writes it, by event type.
 *
 * @example
 * ```ts
 * import type { ConversationEventInputFields } from 'ontwikkelgesprek';
 * const fields: ConversationEventInputFields['evaluate'] = { rating: 4, feedback: 'Fijn gesprek' };
 * ```
 */
export interface ConversationEventInputFields {
  answerPreparation: { questionId: string; question?: string | undefined; answer: string } & TextAudience;
  addAgendaPoint: { point: AgendaPointInput };
  withdrawAgendaPoint: { pointId: string; reason?: string | undefined };
  mergeAgenda: Record<never, never>;
  setPurpose: { purpose: string; overarchingGoal?: string | undefined; minutes?: number | undefined };
  start: Record<never, never>;
  nextPhase: Record<never, never>;
  previousPhase: Record<never, never>;
  addNote: { id?: string | undefined; text: string } & TextAudience;
  markAgendaItemDone: { itemId: string };
  addNeed: { need: NeedInput } & TextAudience;
  proposeAgreement: { agreement: AgreementInput } & TextAudience;
  reviseAgreement: { agreement: AgreementInput } & TextAudience;
  acceptAgreement: AcceptInput;
  withdrawAgreement: { agreementId: string; reason?: string | undefined };
  proposeSupport: { agreement: AgreementInput } & TextAudience;
  acceptSupport: AcceptInput;
  scheduleNextConversation: { date: string; start: string; end: string; kind?: ConversationKind | undefined };
  /** A rating from 1 to 5 or a grade (*cijfer*) from 1 to 10, or both; feedback; what to do differently next time. */
  evaluate: {
    rating?: number | undefined;
    grade?: number | undefined;
    feedback?: string | undefined;
    nextTime?: string | undefined;
  } & TextAudience;
  conclude: Record<never, never>;
  postpone: { reason: string; emergency?: boolean | undefined; newStart?: string | undefined };
  cancel: { reason: string };
  shareText: { text: ShareableTextRef } & TextAudience;
  /** A side's own view of the competences of the function profile: where they place each one now. */
  assessCompetences: { estimates: readonly CompetenceEstimate[] } & TextAudience;
  /** A side asks colleagues for feedback on the employee; the answers are the employee's to see first. */
  requestFeedback: { request: FeedbackRequestInput };
  /** A colleague's answer to one question of a request, as the host received it. */
  receiveFeedbackAnswer: { requestId: string; questionId: string; colleagueId: string; text: string; signed?: boolean | undefined };
  /**
   * The employee shares colleague feedback into the preparation: a summary (`summariseFeedback`), or
   * the `requestId` of a request whose collected answers the conversation summarises.
   */
  shareFeedback: { feedback?: FeedbackSummary | undefined; requestId?: string | undefined } & TextAudience;
}

/**
 * What each event carries besides its header, after validation (defaults filled in), by event type.
 *
 * @example
 * ```ts
 * import type { ConversationEventFields } from 'ontwikkelgesprek';
 * const fields: ConversationEventFields['withdrawAgreement'] = { agreementId: 'a1', reason: '' };
 * ```
 */
export interface ConversationEventFields {
  readonly answerPreparation: {
    readonly questionId: string;
    readonly question?: string | undefined;
    readonly answer: string;
  } & Readonly<TextAudience>;
  readonly addAgendaPoint: { readonly point: Readonly<AgendaPointInput> & { readonly goalIds: readonly string[] } };
  readonly withdrawAgendaPoint: { readonly pointId: string; readonly reason?: string | undefined };
  readonly mergeAgenda: Record<never, never>;
  readonly setPurpose: { readonly purpose: string; readonly overarchingGoal?: string | undefined; readonly minutes?: number | undefined };
  readonly start: Record<never, never>;
  readonly nextPhase: Record<never, never>;
  readonly previousPhase: Record<never, never>;
  readonly addNote: { readonly id?: string | undefined; readonly text: string } & Readonly<TextAudience>;
  readonly markAgendaItemDone: { readonly itemId: string };
  readonly addNeed: { readonly need: Readonly<NeedInput> & { readonly goalIds: readonly string[] } } & Readonly<TextAudience>;
  readonly proposeAgreement: { readonly agreement: Agreement } & Readonly<TextAudience>;
  readonly reviseAgreement: { readonly agreement: Agreement } & Readonly<TextAudience>;
  readonly acceptAgreement: Readonly<AcceptInput>;
  readonly withdrawAgreement: { readonly agreementId: string; readonly reason: string };
  readonly proposeSupport: { readonly agreement: Agreement } & Readonly<TextAudience>;
  readonly acceptSupport: Readonly<AcceptInput>;
  readonly scheduleNextConversation: {
    readonly date: string;
    readonly start: string;
    readonly end: string;
    readonly kind?: ConversationKind | undefined;
  };
  readonly evaluate: {
    readonly rating?: number | undefined;
    readonly grade?: number | undefined;
    readonly feedback: string;
    readonly nextTime?: string | undefined;
  } & Readonly<TextAudience>;
  readonly conclude: Record<never, never>;
  readonly postpone: { readonly reason: string; readonly emergency: boolean; readonly newStart?: string | undefined };
  readonly cancel: { readonly reason: string };
  readonly shareText: { readonly text: ShareableTextRef } & Readonly<TextAudience>;
  readonly assessCompetences: { readonly estimates: readonly CompetenceEstimate[] } & Readonly<TextAudience>;
  readonly requestFeedback: { readonly request: Readonly<FeedbackRequestInput> };
  readonly receiveFeedbackAnswer: {
    readonly requestId: string;
    readonly questionId: string;
    readonly colleagueId: string;
    readonly text: string;
    readonly signed?: boolean | undefined;
  };
  readonly shareFeedback: {
    readonly feedback?: FeedbackSummary | undefined;
    readonly requestId?: string | undefined;
  } & Readonly<TextAudience>;
}

/**
 * The type names of all events.
 *
 * @example
 * ```ts
 * import { conversationEventTypes, type ConversationEventType } from 'ontwikkelgesprek';
 * const type: ConversationEventType = 'proposeAgreement';
 * conversationEventTypes.includes(type); // true
 * ```
 */
export type ConversationEventType = keyof ConversationEventFields;

/**
 * What every event says as a host writes it: its `type`, when it happened (`at`, an instant with an
 * offset) and who sends it (`by`, a role; `actor`, the participant id, needed only when several
 * people share the role). `onBehalfOf` says the sender acts for the employee or the manager (allowed
 * by the permission table, recorded in the state, never for consent). `erased` marks an event whose
 * texts were erased (written by `redact` of the privacy module). `meta` is the host's own and is
 * never read.
 *
 * @example
 * ```ts
 * import type { ConversationEventHeaderInput } from 'ontwikkelgesprek';
 * const header: ConversationEventHeaderInput<'start'> = { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' };
 * const forSanne: ConversationEventHeaderInput<'answerPreparation'> = {
 *   type: 'answerPreparation', at: '2027-03-10T14:00:00+01:00', by: 'hrAdviser', onBehalfOf: 'employee',
 * };
 * ```
 */
export interface ConversationEventHeaderInput<T extends ConversationEventType> {
  schemaVersion?: 2 | undefined;
  type: T;
  at: string;
  by: ParticipantRole;
  actor?: string | undefined;
  onBehalfOf?: Role | undefined;
  erased?: ErasureMark | undefined;
  meta?: HostMeta | undefined;
  unrecognized?: Unrecognized | undefined;
}

/**
 * What every event says after validation: the header with `schemaVersion` written.
 *
 * @example
 * ```ts
 * import type { ConversationEventHeader } from 'ontwikkelgesprek';
 * const header: ConversationEventHeader<'start'> = { schemaVersion: 2, type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' };
 * ```
 */
export interface ConversationEventHeader<T extends ConversationEventType> {
  readonly schemaVersion: 2;
  readonly type: T;
  readonly at: string;
  readonly by: ParticipantRole;
  readonly actor?: string | undefined;
  readonly onBehalfOf?: Role | undefined;
  readonly erased?: ErasureMark | undefined;
  readonly meta?: HostMeta | undefined;
  readonly unrecognized?: Unrecognized | undefined;
}

/**
 * An event as a host writes it (defaulted fields may be left out). Events are plain JSON: a host
 * stores them one by one, or as a log.
 *
 * @example
 * ```ts
 * import type { ConversationEventInput } from 'ontwikkelgesprek';
 * const event: ConversationEventInput = { type: 'evaluate', at: '2027-03-15T11:00:00+01:00', by: 'employee', rating: 4 };
 * ```
 */
export type ConversationEventInput = {
  [T in ConversationEventType]: ConversationEventHeaderInput<T> & ConversationEventInputFields[T];
}[ConversationEventType];

/**
 * An event after validation (defaults filled in, `schemaVersion` written).
 *
 * @example
 * ```ts
 * import type { ConversationEvent } from 'ontwikkelgesprek';
 * const event: ConversationEvent = { schemaVersion: 2, type: 'nextPhase', at: '2027-03-15T10:05:00+01:00', by: 'manager' };
 * ```
 */
export type ConversationEvent = {
  [T in ConversationEventType]: ConversationEventHeader<T> & ConversationEventFields[T];
}[ConversationEventType];

/**
 * The validated event of one type.
 *
 * @example
 * ```ts
 * import type { ConversationEventOf } from 'ontwikkelgesprek';
 * function when(event: ConversationEventOf<'scheduleNextConversation'>): string {
 *   return `${event.date}, ${event.start.slice(11, 16)}`;
 * }
 * ```
 */
export type ConversationEventOf<T extends ConversationEventType> = ConversationEventHeader<T> & ConversationEventFields[T];

/**
 * An event log as a host stores it: where the conversation began (the input of
 * `createConversation`) and the accepted events in order. `replay(log.events, { input: log.input })`
 * rebuilds the state.
 *
 * @example
 * ```ts
 * import { replay, type ConversationEventLog } from 'ontwikkelgesprek';
 * const log: ConversationEventLog = {
 *   schemaVersion: 2,
 *   input: {
 *     id: 'c1', kind: 'checkIn', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 *   },
 *   events: [{ type: 'setPurpose', at: '2027-05-30T09:00:00+02:00', by: 'employee', purpose: 'Voortgang bespreken' }],
 * };
 * const state = replay(log.events, { input: log.input });
 * state.ok && state.value.purpose; // 'Voortgang bespreken'
 * ```
 */
export interface ConversationEventLog {
  schemaVersion?: 2 | undefined;
  input: import('./api-types.js').CreateConversationInput;
  events: readonly ConversationEventInput[];
  meta?: HostMeta | undefined;
  unrecognized?: Unrecognized | undefined;
}
