// The named types of the privacy module: viewers and views, erasure requests, retention, access
// requests. The schemas in ./schema.ts check data against them (test/privacy/types.test.ts keeps the
// two equal in both directions).
import type { CalendarDate, Finding, Instant } from '../core/index.js';
import type {
  Conversation,
  ConversationPreparation,
  FeedbackRequestRecord,
  ConversationEvent,
  ConversationEventLog,
  ErasureReason,
  ParticipantRole,
  TextRef,
} from '../conversation/index.js';
import type { DevelopmentPlan } from '../plan/index.js';
import type { FeedbackSummary } from '../feedback/index.js';

/**
 * Who is looking: the person's id and, where a record does not know the person (an HR adviser
 * reading a plan), the role they have. In a conversation the role is the one the conversation gives
 * the person, whatever is said here.
 *
 * @example
 * ```ts
 * import type { Viewer } from 'ontwikkelgesprek';
 * const manager: Viewer = { id: 'mgr-1' };
 * const hr: Viewer = { id: 'hr-7', role: 'hrAdviser' };
 * ```
 */
export interface Viewer {
  id: string;
  role?: ParticipantRole | undefined;
}

/**
 * The viewer a view was made for: the person's id and role.
 *
 * @example
 * ```ts
 * import type { ViewerOf } from 'ontwikkelgesprek';
 * const viewer: ViewerOf = { id: 'mentor-2', role: 'mentor' };
 * ```
 */
export interface ViewerOf {
  readonly id: string;
  readonly role: ParticipantRole;
}

/**
 * A conversation as one person may see it: the state with every text they may not read left out
 * (a private answer of the other side, a note not shared with them, the agenda for a mentor), the
 * keys a later version did not understand (`unrecognized`) left out too, and who it was made for.
 * A view is for reading; it is not a state (`transition` refuses it).
 *
 * @example
 * ```ts
 * import type { ConversationView } from 'ontwikkelgesprek';
 * function answersShown(view: ConversationView): number {
 *   return view.preparation.employee.length + view.preparation.manager.length;
 * }
 * ```
 */
export interface ConversationView extends Omit<Conversation, 'unrecognized' | 'preparation'> {
  readonly preparation: PreparationView;
  readonly viewer: ViewerOf;
}

/**
 * The preparation as one person may see it: the requests for colleague feedback without the answers
 * themselves (see `FeedbackRequestView`).
 *
 * @example
 * ```ts
 * import type { PreparationView } from 'ontwikkelgesprek';
 * const asked = (view: PreparationView): number => view.feedbackRequests?.length ?? 0;
 * ```
 */
export interface PreparationView extends Omit<ConversationPreparation, 'feedbackRequests'> {
  readonly feedbackRequests?: readonly FeedbackRequestView[] | undefined;
}

/**
 * A request for colleague feedback as one person may see it: who was asked, what and by when, for
 * both sides; for the employee also `summary`, what the answers so far may show (`summariseFeedback`:
 * answers without a name only from three on, never who wrote one).
 *
 * @example
 * ```ts
 * import type { FeedbackRequestView } from 'ontwikkelgesprek';
 * const held = (request: FeedbackRequestView): number => request.summary?.questions.reduce((n, q) => n + q.withheld, 0) ?? 0;
 * ```
 */
export interface FeedbackRequestView extends Omit<FeedbackRequestRecord, 'answers'> {
  readonly summary?: FeedbackSummary | undefined;
}

/**
 * A plan as one person may see it: the whole plan (a plan is read as a whole or not at all) and who
 * it was made for.
 *
 * @example
 * ```ts
 * import type { PlanView } from 'ontwikkelgesprek';
 * const version = (view: PlanView): number => view.version;
 * ```
 */
export interface PlanView extends Omit<DevelopmentPlan, 'unrecognized'> {
  readonly viewer: ViewerOf;
}

/**
 * An event of a log as one person may see it: its place in the log and the event (validated).
 *
 * @example
 * ```ts
 * import type { VisibleEvent } from 'ontwikkelgesprek';
 * const step = (visible: VisibleEvent): string => `${visible.index + 1}: ${visible.event.type}`;
 * ```
 */
export interface VisibleEvent {
  readonly index: number;
  readonly event: ConversationEvent;
}

/**
 * What to erase. A text of a conversation (`preparationAnswer`, `note`, `need`, `agreement`,
 * `evaluation`, `purpose`, `postponement`, `cancellation`) or of a plan (`agreement`, `goal`,
 * `ambition`, `evaluation`, `zienswijze`, `nextConversation`); `person`: the texts one person wrote
 * (their answers, notes, needs, evaluation, reasons; in a plan their view and progress notes;
 * agreements and goals are joint texts and stay); `preparation`: every preparation answer; `notes`:
 * every note (in a plan, the progress notes); `everything`: every free text.
 *
 * @example
 * ```ts
 * import type { RedactTarget } from 'ontwikkelgesprek';
 * const one: RedactTarget = { kind: 'note', id: 'note-3' };
 * const hers: RedactTarget = { kind: 'person', id: 'emp-1' };
 * ```
 */
export type RedactTarget =
  | TextRef
  | { readonly kind: 'goal' | 'ambition'; readonly id: string }
  | { readonly kind: 'zienswijze' | 'nextConversation' }
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'preparation' | 'notes' | 'everything' };

/**
 * An erasure request: what to erase, when, by whom (the id of the person or process, kept in the
 * tombstone), why, and optionally the host's reference (a request number).
 *
 * @example
 * ```ts
 * import type { RedactRequest } from 'ontwikkelgesprek';
 * const request: RedactRequest = {
 *   target: { kind: 'everything' }, at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'retention',
 * };
 * ```
 */
export interface RedactRequest {
  target: RedactTarget;
  at: Instant;
  by: string;
  reason: ErasureReason;
  reference?: string | undefined;
}

/**
 * A kind of record a retention term applies to: the preparation answers of a conversation, its
 * notes, the conversation (state), its event log, the POP, and patches a host keeps.
 *
 * @example
 * ```ts
 * import type { RetentionKind } from 'ontwikkelgesprek';
 * const kind: RetentionKind = 'preparation';
 * ```
 */
export type RetentionKind = 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';

/**
 * What a retention term counts from: the day of the conversation, the end of the plan's period, or
 * the end of employment.
 *
 * @example
 * ```ts
 * import type { RetentionAnchor } from 'ontwikkelgesprek';
 * const anchor: RetentionAnchor = 'employmentEnd';
 * ```
 */
export type RetentionAnchor = 'conversation' | 'planPeriodEnd' | 'employmentEnd';

/**
 * What is due when a term ends: `erase` the texts (with `redact`; the record stays) or `delete` the
 * record.
 *
 * @example
 * ```ts
 * import type { RetentionAction } from 'ontwikkelgesprek';
 * const action: RetentionAction = 'delete';
 * ```
 */
export type RetentionAction = 'erase' | 'delete';

/**
 * One retention term: for a kind of record, what is due, how many months after which moment.
 *
 * @example
 * ```ts
 * import type { RetentionRule } from 'ontwikkelgesprek';
 * const rule: RetentionRule = { kind: 'plan', action: 'delete', months: 24, after: 'employmentEnd' };
 * ```
 */
export interface RetentionRule {
  kind: RetentionKind;
  action: RetentionAction;
  months: number;
  after: RetentionAnchor;
}

/**
 * A retention policy: the host's terms, as data. Several rules for one kind each count; the earliest
 * due date comes first in `retentionDue`. The host decides the terms; see `dutchRetentionDefaults`.
 *
 * @example
 * ```ts
 * import type { RetentionPolicy } from 'ontwikkelgesprek';
 * const policy: RetentionPolicy = { rules: [{ kind: 'preparation', action: 'erase', months: 12, after: 'conversation' }] };
 * ```
 */
export interface RetentionPolicy {
  rules: readonly RetentionRule[];
}

/**
 * A record as the host indexes it for retention: its kind and id, whose it is, and the dates a term
 * can count from (left out when not known, such as the end of employment while someone works there).
 *
 * @example
 * ```ts
 * import type { RetentionRecord } from 'ontwikkelgesprek';
 * const record: RetentionRecord = {
 *   kind: 'plan', id: 'pop-2027-e17', employeeId: 'e-17', conversationDate: '2027-03-15', planPeriodEnd: '2028-03-15',
 * };
 * ```
 */
export interface RetentionRecord {
  kind: RetentionKind;
  id: string;
  employeeId: string;
  conversationDate?: CalendarDate | undefined;
  planPeriodEnd?: CalendarDate | undefined;
  employmentEnd?: CalendarDate | undefined;
}

/**
 * What a retention policy asks of one record: what is due (`action`), by when (`dueOn`, `null` while
 * the moment it counts from is unknown), whether that is now (`due`), later (`upcoming`) or not yet
 * known (`waiting`), and the reason as a finding a UI can show.
 *
 * @example
 * ```ts
 * import type { RetentionItem } from 'ontwikkelgesprek';
 * const overdue = (items: readonly RetentionItem[]) => items.filter((item) => item.status === 'due');
 * ```
 */
export interface RetentionItem {
  readonly record: { readonly kind: RetentionKind; readonly id: string; readonly employeeId: string };
  readonly action: RetentionAction;
  readonly dueOn: CalendarDate | null;
  readonly status: 'due' | 'upcoming' | 'waiting';
  readonly reason: Finding;
}

/**
 * The records an access request is answered from: conversation states, event logs and plans, as the
 * host stores them.
 *
 * @example
 * ```ts
 * import type { SubjectRecords } from 'ontwikkelgesprek';
 * const none: SubjectRecords = { conversations: [], eventLogs: [], plans: [] };
 * ```
 */
export interface SubjectRecords {
  conversations?: readonly Conversation[] | undefined;
  eventLogs?: readonly ConversationEventLog[] | undefined;
  plans?: readonly DevelopmentPlan[] | undefined;
}

/**
 * Options of `exportForSubject`: texts about the person that another participant keeps private are
 * listed without their words (`list`, the default) or given with them (`include`), after the host
 * weighed the rights of their writer.
 *
 * @example
 * ```ts
 * import type { SubjectExportOptions } from 'ontwikkelgesprek';
 * const options: SubjectExportOptions = { withheld: 'list' };
 * ```
 */
export interface SubjectExportOptions {
  withheld?: 'list' | 'include' | undefined;
}

/**
 * A text about the person that another participant keeps private: where it is, who wrote it, and
 * (only with `withheld: 'include'`) its words.
 *
 * @example
 * ```ts
 * import type { WithheldText } from 'ontwikkelgesprek';
 * const withheld: WithheldText = {
 *   conversationId: 'c1', text: { kind: 'preparationAnswer', side: 'manager', questionId: 'prep-m1' }, author: 'manager',
 * };
 * ```
 */
export interface WithheldText {
  readonly conversationId: string;
  readonly text: TextRef;
  readonly author: ParticipantRole;
  readonly words?: readonly string[] | undefined;
}

/**
 * Everything the records hold about one person, as plain JSON for an access request (art. 15 AVG):
 * each conversation, log and plan they take part in, as they may see it, with their role in it, and
 * the texts about them that someone else keeps private (see `SubjectExportOptions`).
 *
 * @example
 * ```ts
 * import type { SubjectExport } from 'ontwikkelgesprek';
 * const count = (answer: SubjectExport): number => answer.conversations.length + answer.plans.length;
 * ```
 */
export interface SubjectExport {
  readonly personId: string;
  readonly conversations: readonly { readonly role: ParticipantRole; readonly view: ConversationView }[];
  readonly eventLogs: readonly {
    readonly conversationId: string;
    readonly role: ParticipantRole;
    readonly events: readonly VisibleEvent[];
  }[];
  readonly plans: readonly { readonly role: ParticipantRole; readonly view: PlanView }[];
  readonly withheld: readonly WithheldText[];
}
