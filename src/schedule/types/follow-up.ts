import type { CalendarDate, Instant } from '../../core/index.js';
import type { ConversationKind } from '../../vocabulary/index.js';
import type { WorkingCalendarOptions } from './calendar.js';
import type { RhythmPolicy } from './plan.js';

/**
 * The status of an agreement as the schedule reads it: only `open` agreements are followed up.
 *
 * @example
 * ```ts
 * import type { AgreementStatus } from 'ontwikkelgesprek';
 * const status: AgreementStatus = 'done';
 * ```
 */
export type AgreementStatus = 'open' | 'done' | 'dropped';

/**
 * An agreement as the schedule module reads it: `{ id, what, who, when, status }` (status `open`
 * when left out). Other keys are allowed and ignored, so a full agreement of the agreements module
 * passes as it is.
 *
 * @example
 * ```ts
 * import { followUpStatus, type TrackedAgreement } from 'ontwikkelgesprek';
 * const agreement: TrackedAgreement = { id: 'a1', what: 'Cursus presenteren', who: 'emp-1', when: '2027-01-29' };
 * const status = followUpStatus({ kind: 'development', lastConversation: '2026-09-01', agreements: [agreement], now: '2027-02-15T09:00:00+01:00' });
 * status.ok && status.value.agreements.overdue[0]?.daysUntilDue; // -17
 * ```
 */
export interface TrackedAgreement {
  id: string;
  what: string;
  who: string;
  when?: CalendarDate | undefined;
  status?: AgreementStatus | undefined;
  [key: string]: unknown;
}

/**
 * Input of {@link followUpStatus}: the last conversation (or the hire date), a planned next one,
 * the agreements, and `now`.
 *
 * @example
 * ```ts
 * import { followUpStatus, type FollowUpInput } from 'ontwikkelgesprek';
 * const input: FollowUpInput = { kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01T09:00:00Z' };
 * const status = followUpStatus(input);
 * status.ok && status.value.conversation.dueDate; // '2027-03-01'
 * ```
 */
export interface FollowUpInput {
  kind: ConversationKind;
  lastConversation?: CalendarDate | Instant | undefined;
  hireDate?: CalendarDate | undefined;
  nextPlanned?: CalendarDate | Instant | undefined;
  policy?: RhythmPolicy | undefined;
  agreements?: readonly TrackedAgreement[] | undefined;
  agreementDueSoonDays?: number | undefined;
  calendar?: WorkingCalendarOptions | undefined;
  now: Instant;
  timeZone?: string | undefined;
}

/**
 * Where an employee stands: `onTrack`, `dueSoon` or `overdue` (its name in a catalogue: label family
 * `followUpState`).
 *
 * @example
 * ```ts
 * import { en, type FollowUpState } from 'ontwikkelgesprek';
 * const state: FollowUpState = 'dueSoon';
 * en.labels.followUpState[state]; // 'due soon'
 * ```
 */
export type FollowUpState = 'onTrack' | 'dueSoon' | 'overdue';

/**
 * An agreement whose deadline is near or past, with the days involved (negative when past).
 *
 * @example
 * ```ts
 * import type { AgreementDue } from 'ontwikkelgesprek';
 * const due: AgreementDue = { id: 'a1', when: '2027-02-01', daysUntilDue: -3, state: 'overdue' };
 * ```
 */
export interface AgreementDue {
  readonly id: string;
  readonly when: CalendarDate;
  readonly daysUntilDue: number;
  readonly state: FollowUpState;
}

/**
 * When the next conversation is due: its state, the latest allowed date, the days until then
 * (negative when overdue) and the next planned conversation, when one is planned.
 *
 * @example
 * ```ts
 * import { followUpStatus } from 'ontwikkelgesprek';
 * const status = followUpStatus({ kind: 'development', lastConversation: '2026-04-27', now: '2027-05-03T09:00:00+02:00' });
 * status.ok && status.value.conversation; // { state: 'overdue', dueDate: '2027-04-26', daysUntilDue: -7 }
 * ```
 */
export interface ConversationDue {
  readonly state: FollowUpState;
  /** The latest allowed date of the next conversation. */
  readonly dueDate: CalendarDate;
  /** Days from today to the due date; negative when overdue. */
  readonly daysUntilDue: number;
  /** The next planned conversation, when one is planned. */
  readonly nextPlanned?: CalendarDate;
}

/**
 * The agreements that need attention: their overall state, and those overdue or due soon.
 *
 * @example
 * ```ts
 * import { followUpStatus } from 'ontwikkelgesprek';
 * const status = followUpStatus({
 *   kind: 'development', lastConversation: '2026-09-01', now: '2027-02-15T09:00:00+01:00',
 *   agreements: [{ id: 'a2', what: 'Mentor zoeken', who: 'man-1', when: '2027-02-20' }],
 * });
 * status.ok && status.value.agreements.dueSoon.map((a) => a.id); // ['a2']
 * ```
 */
export interface AgreementsDue {
  readonly state: FollowUpState;
  readonly overdue: readonly AgreementDue[];
  readonly dueSoon: readonly AgreementDue[];
}

/**
 * The follow-up status of one employee: the overall state, the conversation's due date and days, and
 * the agreements that are due soon or overdue.
 *
 * @example
 * ```ts
 * import { followUpStatus } from 'ontwikkelgesprek';
 * const result = followUpStatus({ kind: 'development', lastConversation: '2026-01-10', now: '2027-02-01T09:00:00Z' });
 * if (result.ok) result.value.state; // 'overdue'
 * ```
 */
export interface FollowUpStatus {
  readonly state: FollowUpState;
  readonly conversation: ConversationDue;
  readonly agreements: AgreementsDue;
  /** Today, in the time zone used. */
  readonly today: CalendarDate;
}

/**
 * An agreement of an employee in {@link dueList}: only `id`, `when` and `status` are read; other
 * keys are ignored.
 *
 * @example
 * ```ts
 * import type { DueAgreement } from 'ontwikkelgesprek';
 * const agreement: DueAgreement = { id: 'a1', when: '2027-05-01', status: 'open' };
 * ```
 */
export interface DueAgreement {
  id: string;
  when?: CalendarDate | undefined;
  status?: AgreementStatus | undefined;
  [key: string]: unknown;
}

/**
 * One employee in {@link dueList}: the last conversation, hire date, a planned next one, and open
 * agreements.
 *
 * @example
 * ```ts
 * import { dueList, type DueEmployee } from 'ontwikkelgesprek';
 * const employee: DueEmployee = { id: 'e1', hireDate: '2027-01-04', agreements: [{ id: 'a1', when: '2027-05-01' }] };
 * const list = dueList({ employees: [employee], now: '2027-06-20T09:00:00+02:00' });
 * list.ok && list.value.entries[0]?.dueDate; // '2027-07-02'
 * ```
 */
export interface DueEmployee {
  id: string;
  kind?: ConversationKind | undefined;
  lastConversation?: CalendarDate | Instant | undefined;
  hireDate?: CalendarDate | undefined;
  nextPlanned?: CalendarDate | Instant | undefined;
  agreements?: readonly DueAgreement[] | undefined;
}

/**
 * Rhythm policies per conversation kind, overriding the defaults.
 *
 * @example
 * ```ts
 * import { defaultRhythmPolicies, type DuePolicies } from 'ontwikkelgesprek';
 * const policies: DuePolicies = { development: { ...defaultRhythmPolicies.development, maxIntervalMonths: 6 } };
 * ```
 */
export interface DuePolicies {
  development?: RhythmPolicy | undefined;
  career?: RhythmPolicy | undefined;
  checkIn?: RhythmPolicy | undefined;
  futureDialogue?: RhythmPolicy | undefined;
}

/**
 * Input of {@link dueList}. `policies` override the default policy per kind; `horizonDays` limits
 * the list to employees due within that many days (default: each policy's `dueSoonDays`);
 * `includeOnTrack` lists everyone.
 *
 * @example
 * ```ts
 * import { dueList, type DueListInput } from 'ontwikkelgesprek';
 * const input: DueListInput = { employees: [{ id: 'e1', lastConversation: '2026-02-01' }], now: '2027-01-15T09:00:00Z' };
 * const list = dueList(input);
 * list.ok && list.value.entries[0]?.state; // 'dueSoon'
 * ```
 */
export interface DueListInput {
  employees: readonly DueEmployee[];
  policies?: DuePolicies | undefined;
  horizonDays?: number | undefined;
  includeOnTrack?: boolean | undefined;
  calendar?: WorkingCalendarOptions | undefined;
  now: Instant;
  timeZone?: string | undefined;
}

/**
 * One line of the due list: who, which conversation kind, its state and due date, and the agreements
 * overdue or due within the horizon.
 *
 * @example
 * ```ts
 * import { dueList, type DueEntry } from 'ontwikkelgesprek';
 * const label = (entry: DueEntry): string => `${entry.employeeId} ${entry.state} ${entry.dueDate}`;
 * const list = dueList({ employees: [{ id: 'e1', lastConversation: '2026-01-05' }], now: '2027-02-01T09:00:00Z' });
 * list.ok && list.value.entries.map(label); // ['e1 overdue 2027-01-05']
 * ```
 */
export interface DueEntry {
  readonly employeeId: string;
  readonly kind: ConversationKind;
  /** The worse of the conversation's and the agreements' state. */
  readonly state: FollowUpState;
  readonly conversationState: FollowUpState;
  /** The latest allowed date of the next conversation. */
  readonly dueDate: CalendarDate;
  readonly daysUntilDue: number;
  readonly overdueAgreements: number;
  readonly dueSoonAgreements: number;
  /** The earliest open agreement deadline, when there is one. */
  readonly nextAgreementDeadline?: CalendarDate;
}

/**
 * How many employees are in each state, over everyone in the list.
 *
 * @example
 * ```ts
 * import type { DueCounts } from 'ontwikkelgesprek';
 * const counts: DueCounts = { onTrack: 412, dueSoon: 31, overdue: 7 };
 * ```
 */
export interface DueCounts {
  readonly onTrack: number;
  readonly dueSoon: number;
  readonly overdue: number;
}

/**
 * The due list: entries sorted by urgency (overdue first, then by date, then by employee id), with
 * counts per state over all employees.
 *
 * @example
 * ```ts
 * import { dueList } from 'ontwikkelgesprek';
 * const result = dueList({ employees: [{ id: 'e1', lastConversation: '2026-01-05' }], now: '2027-02-01T09:00:00Z' });
 * if (result.ok) result.value.counts.overdue; // 1
 * ```
 */
export interface DueListResult {
  readonly today: CalendarDate;
  readonly entries: readonly DueEntry[];
  readonly counts: DueCounts;
}
