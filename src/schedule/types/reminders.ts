import type { CalendarDate, HostMeta, Instant, JsonValue } from '../../core/index.js';
import type { LocaleInput } from '../../locales/index.js';
import type { ConversationKind, Role } from '../../vocabulary/index.js';
import type { WorkingCalendarOptions } from './calendar.js';
import type { TrackedAgreement } from './follow-up.js';

/**
 * The conversation reminders are about: its id, its kind (for the text) and its start.
 *
 * @example
 * ```ts
 * import type { ReminderConversation } from 'ontwikkelgesprek';
 * const conversation: ReminderConversation = { id: 'c-2027-07', kind: 'development', start: '2027-07-12T10:00:00+02:00' };
 * ```
 */
export interface ReminderConversation {
  id: string;
  kind?: ConversationKind | undefined;
  start: Instant;
}

/**
 * Working days before the conversation each side gets a preparation reminder; 0 sends none.
 *
 * @example
 * ```ts
 * import type { PreparationLeadDays } from 'ontwikkelgesprek';
 * const lead: PreparationLeadDays = { employee: 3, manager: 10 };
 * ```
 */
export interface PreparationLeadDays {
  employee?: number | undefined;
  manager?: number | undefined;
}

/**
 * Input of {@link remindersFor}: who (ids, and the employee's name for the manager's texts), the
 * conversation and the agreements, and the reminder policy:
 *
 * - `preparationLeadDays`: working days before the conversation each side prepares (5 and 10).
 * - `conversationLeadMinutes`: the reminder before the conversation itself (60).
 * - `agreementSteps`: calendar days before an agreement deadline (14, 7 and 3).
 * - `escalateAfterDays`: days after a missed deadline on which the manager hears of it (1).
 * - `reminderTime`: the local time reminders are sent (09:00).
 * - `now`: when given, reminders before it are left out.
 * - `locale`: the language of the texts, `'nl'` (default), `'en'` or a catalogue.
 * - `meta`: the host's own data, carried onto every reminder untouched.
 *
 * @example
 * ```ts
 * import { remindersFor, type RemindersInput } from 'ontwikkelgesprek';
 * const input: RemindersInput = {
 *   employeeId: 'emp-1',
 *   managerId: 'man-1',
 *   employeeName: 'Sanne',
 *   conversation: { id: 'c-2027-07', start: '2027-07-12T10:00:00+02:00' },
 *   preparationLeadDays: { employee: 0 },
 *   locale: 'en',
 * };
 * const reminders = remindersFor(input);
 * reminders.ok && reminders.value[0]?.message; // 'Prepare the development conversation with Sanne on 12 July 2027 at 10:00: ...'
 * ```
 */
export interface RemindersInput {
  employeeId: string;
  managerId: string;
  /** How the manager's reminders name the employee; without it they name nobody. */
  employeeName?: string | undefined;
  conversation?: ReminderConversation | undefined;
  agreements?: readonly TrackedAgreement[] | undefined;
  preparationLeadDays?: PreparationLeadDays | undefined;
  agreementSteps?: readonly number[] | undefined;
  escalateAfterDays?: readonly number[] | undefined;
  conversationLeadMinutes?: number | undefined;
  reminderTime?: string | undefined;
  calendar?: WorkingCalendarOptions | undefined;
  timeZone?: string | undefined;
  now?: Instant | undefined;
  locale?: LocaleInput | undefined;
  meta?: HostMeta | undefined;
}

/**
 * What a reminder is about (its name in a catalogue: label family `reminderType`).
 *
 * @example
 * ```ts
 * import { nl, type ReminderType } from 'ontwikkelgesprek';
 * const type: ReminderType = 'agreementEscalation';
 * nl.labels.reminderType[type]; // 'verstreken deadline'
 * ```
 */
export type ReminderType = 'preparation' | 'conversation' | 'agreementDeadline' | 'agreementEscalation';

/**
 * One reminder, as a host stores it: a stable `id` (the same input always gives the same id, so a
 * host can skip what it already sent), who gets it (`to`, a participant id, and their `role`), when
 * (`at`, on `date`), what it is about, and its text in the language asked for (`locale`).
 * `schemaVersion` is written by the library, `meta` is the host's own data from the input, and
 * `unrecognized` is where a later migration keeps keys it does not understand.
 *
 * @example
 * ```ts
 * import { remindersFor, type Reminder } from 'ontwikkelgesprek';
 * const line = (reminder: Reminder): string => `${reminder.date} ${reminder.to}: ${reminder.message}`;
 * const reminders = remindersFor({
 *   employeeId: 'emp-1', managerId: 'man-1',
 *   agreements: [{ id: 'a1', what: 'Cursus', who: 'emp-1', when: '2027-06-30' }],
 *   agreementSteps: [1],
 * });
 * reminders.ok && line(reminders.value[0]!); // '2027-06-29 emp-1: Nog 1 dag tot de deadline van ‘Cursus’ (30 juni 2027).'
 * ```
 */
export interface Reminder {
  readonly schemaVersion: 2;
  readonly id: string;
  readonly type: ReminderType;
  readonly to: string;
  readonly role: Role;
  readonly at: Instant;
  readonly date: CalendarDate;
  /** The conversation or agreement id. */
  readonly subjectId: string;
  /** Days before (positive) or after (negative) the conversation or deadline. */
  readonly offsetDays: number;
  /** The language tag of the catalogue the message was written with. */
  readonly locale: string;
  readonly message: string;
  /** The host's own data, as given in the input; never read by the library. */
  readonly meta?: HostMeta | undefined;
  /** Keys a migration did not understand, by path; carried through untouched. */
  readonly unrecognized?: { readonly [path: string]: JsonValue } | undefined;
}
