// The named types of the conversation state (events: event-types.ts; options and answers: api-types.ts).
// The schemas in schema.ts check data against these (test/conversation/types.test.ts keeps the two equal).
import type { HostMeta, Money } from '../core/index.js';
import type { ConversationBudget } from './budget-types.js';
import type { Agreement } from '../agreements/index.js';
import type { AgendaItem, AgendaPriority, EmployeeAge, MergedSource } from '../agenda/index.js';
import type { ConversationTemplate, Unrecognized } from './template-types.js';
import type { ActOnBehalf, ErasureRecord, Participant, ParticipantRole, Visibility } from './privacy-types.js';
import type { ConversationKind, FocusArea, PhaseId, Role, TopicId } from '../vocabulary/index.js';
import type { FunctionProfile } from '../competences/index.js';
import type { CompetenceScans, FeedbackRequestRecord, SharedFeedback } from './preparation-types.js';
export type { CompetenceScanRecord, CompetenceScans, SharedFeedback } from './preparation-types.js';

export type {
  ActOnBehalf,
  ErasureMark,
  ErasureReason,
  ErasureRecord,
  Participant,
  ParticipantRole,
  PermissionOverrides,
  PermissionTable,
  ShareableTextRef,
  TextRef,
  ThirdPartyRole,
  Visibility,
} from './privacy-types.js';

export type {
  ConversationTemplate,
  ConversationTemplateInput,
  GuardId,
  PhaseActivity,
  TemplatePhase,
  TemplatePhaseInput,
  Unrecognized,
} from './template-types.js';
import type { ConversationEvaluation, ConversationEvaluations, PreviousNextTime } from './evaluation-types.js';

export type { ConversationEvaluation, ConversationEvaluations, PreviousNextTime } from './evaluation-types.js';

/**
 * A participant: id and name.
 *
 * @example
 * ```ts
 * import type { Person } from 'ontwikkelgesprek';
 * const manager: Person = { id: 'mgr-1', name: 'Ahmed Yilmaz' };
 * ```
 */
export interface Person {
  readonly id: string;
  readonly name: string;
}

/**
 * How strictly the guards judge: `relaxed` turns the soft guards (purpose, merged agenda, at least
 * one agreement, WWW, evaluation) into warnings; `standard` makes them errors with SMART shortfalls
 * as warnings; `strict` also makes SMART shortfalls and a missing evaluation errors. Acceptance by
 * both sides and a planned next conversation are never relaxed.
 *
 * @example
 * ```ts
 * import { createConversation, type Strictness } from 'ontwikkelgesprek';
 * const strictness: Strictness = 'strict';
 * const created = createConversation({
 *   id: 'c1', strictness,
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * created.ok && created.value.strictness; // 'strict'
 * ```
 */
export type Strictness = 'relaxed' | 'standard' | 'strict';

/**
 * The status of a conversation: `planned` (waiting in preparation), `inProgress`, `postponed`,
 * `concluded` or `cancelled` (the last two are final).
 *
 * @example
 * ```ts
 * import type { ConversationStatus } from 'ontwikkelgesprek';
 * const closed: ConversationStatus[] = ['concluded', 'cancelled'];
 * ```
 */
export type ConversationStatus = 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled';

/**
 * An agenda point of the merged agenda as the conversation keeps it: the merged point of the agenda
 * module (which points it joins, from which sides, its priority and minutes) and whether it has been
 * discussed, when, and who ticked it off.
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
export interface AgendaEntry {
  readonly id: string;
  readonly itemIds: readonly string[];
  readonly sources: readonly MergedSource[];
  readonly title: string;
  readonly topic?: TopicId | undefined;
  readonly priority: AgendaPriority;
  readonly minutes: number;
  readonly joint: boolean;
  readonly goalIds: readonly string[];
  readonly notes?: string | undefined;
  readonly followUp?: { readonly agreementId: string; readonly who?: string | undefined; readonly when?: string | undefined } | undefined;
  readonly done: boolean;
  readonly doneAt?: string | undefined;
  readonly doneBy?: ParticipantRole | undefined;
}

/**
 * The merged agenda as the conversation keeps it: the points in conversation order, those that did
 * not fit (`deferred`, for the next conversation), and the minutes planned and available for points.
 *
 * @example
 * ```ts
 * import type { ConversationAgenda } from 'ontwikkelgesprek';
 * const agenda: ConversationAgenda = { items: [], deferred: [], minutesPlanned: 0, minutesForItems: 45 };
 * ```
 */
export interface ConversationAgenda {
  readonly items: readonly AgendaEntry[];
  readonly deferred: readonly AgendaEntry[];
  readonly minutesPlanned: number;
  readonly minutesForItems: number;
}

/**
 * An answer to a preparation question. It is `private` (its writer's only) until the writer shares
 * it (`visibility`, and `sharedWith` for named participants; both left out when not given).
 *
 * @example
 * ```ts
 * import type { PreparationAnswer } from 'ontwikkelgesprek';
 * const answer: PreparationAnswer = { questionId: 'q1', answer: 'Trots op de migratie', at: '2027-03-01T09:00:00+01:00' };
 * const shared: PreparationAnswer = { ...answer, visibility: 'shared' };
 * ```
 */
export interface PreparationAnswer {
  readonly questionId: string;
  readonly question?: string | undefined;
  readonly answer: string;
  readonly at: string;
  /** Who may read it; `private` when left out. */
  readonly visibility?: Visibility | undefined;
  /** Participants (ids) who may read it besides its level. */
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * A development need (*ontwikkelbehoefte*) of either side, with its focus and linked goals, and what
 * the employee said about it where they said it: why, their own ideas for how, when, the expected
 * cost and the link with the organisation's goals (each absent when not given).
 *
 * @example
 * ```ts
 * import type { Need } from 'ontwikkelgesprek';
 * const need: Need = { id: 'n1', text: 'Leren plannen', focus: 'skills', goalIds: ['g1'], source: 'employee' };
 * ```
 */
export interface Need {
  readonly id: string;
  readonly text: string;
  readonly why?: string | undefined;
  /** The employee's own ideas for how to get there. */
  readonly ideas?: string | undefined;
  /** When, in their words. */
  readonly when?: string | undefined;
  /** What it may cost. */
  readonly expectedCost?: Money | undefined;
  /** How it meets the organisation's goals, in words. */
  readonly organisationLink?: string | undefined;
  readonly focus: FocusArea;
  readonly goalIds: readonly string[];
  /** The competence of the function profile it is about; absent when none. */
  readonly competenceId?: string | undefined;
  readonly source: Role;
  /** Who may read it; `shared` when left out (never `private`: a need is input to the conversation). */
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * An agreement in the conversation: the agreement itself (`acceptedBy` records each side's consent),
 * who proposed it and when, how often it was changed, and whether it was withdrawn.
 *
 * @example
 * ```ts
 * import type { ConversationAgreement } from 'ontwikkelgesprek';
 * function isAccepted(entry: ConversationAgreement): boolean {
 *   return entry.agreement.acceptedBy.employee !== undefined && entry.agreement.acceptedBy.manager !== undefined;
 * }
 * ```
 */
export interface ConversationAgreement {
  readonly agreement: Agreement;
  readonly proposedBy: Role;
  readonly proposedAt: string;
  readonly revision: number;
  /** Who changed it last; absent until it is revised. The employee's revision makes a manager's proposal their own. */
  readonly revisedBy?: Role | undefined;
  readonly withdrawn: { readonly at: string; readonly by: Role; readonly reason: string } | null;
  /** Who may read it; `shared` when left out (never `private`: both sides agree to it). */
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * A note taken in a phase: its id (notes from before ids are `note-1`, `note-2`, ... by position),
 * who wrote it (a third party's note names its writer in `author`), and who may read it (`shared`
 * when left out).
 *
 * @example
 * ```ts
 * import type { Note } from 'ontwikkelgesprek';
 * const note: Note = { id: 'note-1', phase: 'employeeNeeds', text: 'Wil meer klantcontact', by: 'employee', at: '2027-03-15T10:20:00+01:00' };
 * const adviser: Note = { id: 'note-2', phase: 'agreements', text: 'Opleiding past in het O&O-fonds', by: 'hrAdviser', author: 'hr-7', at: '2027-03-15T10:40:00+01:00', visibility: 'hr' };
 * ```
 */
export interface Note {
  readonly id?: string | undefined;
  readonly phase: PhaseId;
  readonly text: string;
  readonly by: ParticipantRole;
  /** The participant id of a third party who wrote the note (the employee and the manager are known by their role). */
  readonly author?: string | undefined;
  readonly at: string;
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * The next conversation as planned: its local date, its start and end, and its kind.
 *
 * @example
 * ```ts
 * import type { NextConversation } from 'ontwikkelgesprek';
 * const next: NextConversation = {
 *   date: '2027-09-14', start: '2027-09-14T10:00:00+02:00', end: '2027-09-14T10:45:00+02:00', kind: 'checkIn',
 * };
 * ```
 */
export interface NextConversation {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly kind: ConversationKind;
}

/**
 * A visit of a phase: when it was entered and left, and who moved.
 *
 * @example
 * ```ts
 * import type { PhaseVisit } from 'ontwikkelgesprek';
 * const visit: PhaseVisit = { phase: 'agreements', enteredAt: '2027-03-15T10:40:00+01:00', by: 'employee' };
 * ```
 */
export interface PhaseVisit {
  readonly phase: PhaseId;
  readonly enteredAt: string;
  readonly leftAt?: string | undefined;
  readonly by: ParticipantRole;
}

/**
 * What each side brought: the same list for the employee and for the manager.
 *
 * @example
 * ```ts
 * import type { BySide, Need } from 'ontwikkelgesprek';
 * const needs: BySide<Need> = {
 *   employee: [{ id: 'n1', text: 'Beter presenteren', focus: 'skills', goalIds: [], source: 'employee' }],
 *   manager: [],
 * };
 * ```
 */
export interface BySide<T> {
  readonly employee: readonly T[];
  readonly manager: readonly T[];
}

/**
 * What both sides bring to prepare: each side's answers to the preparation questions, and, when
 * given, both sides' competence scans and colleague feedback (asked, collected, shared).
 *
 * @example
 * ```ts
 * import type { ConversationPreparation } from 'ontwikkelgesprek';
 * const preparation: ConversationPreparation = {
 *   employee: [{ questionId: 'q1', answer: 'Trots op de migratie', at: '2027-03-01T09:00:00+01:00' }],
 *   manager: [],
 *   competences: { employee: { estimates: [{ competenceId: 'planning', level: 1 }], at: '2027-03-08T09:00:00+01:00' } },
 * };
 * ```
 */
export interface ConversationPreparation extends BySide<PreparationAnswer> {
  /** Both sides' competence scans; absent until one is given. */
  readonly competences?: CompetenceScans | undefined;
  /** Colleague feedback the employee shared; absent until shared. */
  readonly feedback?: SharedFeedback | undefined;
  /** Requests for colleague feedback and their answers; absent until the first. */
  readonly feedbackRequests?: readonly FeedbackRequestRecord[] | undefined;
}

/**
 * The conversation state: plain JSON, as `createConversation`, `transition` and `replay` return it,
 * with one key order, so the same state is the same JSON string. A host stores it as it is; a state
 * read back from storage is validated before use. `meta` is the host's own (carried through every
 * event untouched); `version` counts the accepted events and `updatedAt` is the last one's instant.
 * `participants` are the third parties (HR adviser, mentor, second manager), `actsOnBehalf` the
 * events sent on someone's behalf, and `erasures` the tombstones of erased texts: the library always
 * writes all three (empty lists at first); a stored state that leaves them out has none.
 *
 * @example
 * ```ts
 * import type { Conversation } from 'ontwikkelgesprek';
 * function where(conversation: Conversation): string {
 *   return `${conversation.status} / ${conversation.phase} (after ${conversation.version} events)`;
 * }
 * ```
 */
export interface Conversation {
  readonly schemaVersion: 2;
  readonly id: string;
  readonly kind: ConversationKind;
  readonly template: ConversationTemplate;
  readonly employee: Person;
  readonly manager: Person;
  /** Third parties; none when left out. */
  readonly participants?: readonly Participant[] | undefined;
  readonly plannedStart: string;
  readonly plannedMinutes: number;
  readonly locale: 'nl' | 'en';
  readonly timeZone: string;
  readonly strictness: Strictness;
  /** The employee's budget position the agreements are checked against; none when left out. */
  readonly budget?: ConversationBudget | undefined;
  /** The employee's age as the host gave it, for the agenda's employability hint; absent when not given. */
  readonly employeeAge?: EmployeeAge | undefined;
  /** The function profile whose competences needs, agreements and scans name; absent when the host gave none. */
  readonly functionProfile?: FunctionProfile | undefined;
  readonly status: ConversationStatus;
  readonly phase: PhaseId;
  readonly phaseHistory: readonly PhaseVisit[];
  readonly version: number;
  readonly updatedAt: string | null;
  readonly startedAt: string | null;
  readonly purpose: string | null;
  readonly overarchingGoal: string | null;
  readonly availableMinutes: number;
  readonly preparation: ConversationPreparation;
  readonly agendaPoints: BySide<AgendaItem>;
  readonly agenda: ConversationAgenda | null;
  readonly notes: readonly Note[];
  readonly needs: BySide<Need>;
  readonly agreements: readonly ConversationAgreement[];
  readonly supportAgreements: readonly ConversationAgreement[];
  readonly nextConversation: NextConversation | null;
  /**
   * The latest evaluation, by either side (what one evaluation slot meant before both sides had their
   * own). Each side's own latest is in `evaluations` once both have evaluated; `evaluationsOf` reads both.
   */
  readonly evaluation: ConversationEvaluation | null;
  readonly concludedAt: string | null;
  readonly postponement: {
    readonly reason: string;
    readonly emergency: boolean;
    readonly at: string;
    readonly by: ParticipantRole;
    readonly newStart?: string | undefined;
  } | null;
  readonly cancellation: { readonly reason: string; readonly at: string; readonly by: ParticipantRole } | null;
  readonly previousOpenAgreements: readonly Agreement[];
  /**
   * What the previous conversation's evaluation said to do differently this time (the previous POP's
   * `nextTime`), by side, for both sides' preparation; absent when it said nothing.
   */
  readonly previousNextTime?: readonly PreviousNextTime[] | undefined;
  /** Acts on someone's behalf; none when left out. */
  readonly actsOnBehalf?: readonly ActOnBehalf[] | undefined;
  /** Tombstones of erased texts; none when left out. */
  readonly erasures?: readonly ErasureRecord[] | undefined;
  readonly meta?: HostMeta | undefined;
  readonly unrecognized?: Unrecognized | undefined;
  /**
   * The latest evaluation of each side, once both sides have evaluated (absent until then: the one
   * side's evaluation is `evaluation`). Written after the stored tail, where a new key lands.
   */
  readonly evaluations?: ConversationEvaluations | undefined;
}
