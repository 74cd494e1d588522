import type { CalendarDate, Instant } from '../../core/index.js';
import type { LocaleInput } from '../../locales/index.js';
import type { ConversationKind } from '../../vocabulary/index.js';
import type { WorkingCalendarOptions } from './calendar.js';

/**
 * Input of {@link checkInDates}: a first day, an interval in weeks, and an end date or a count (with
 * both, whichever comes first).
 *
 * @example
 * ```ts
 * import { checkInDates, type CheckInInput } from 'ontwikkelgesprek';
 * const input: CheckInInput = { from: '2027-01-04', everyWeeks: 6, count: 3 };
 * const dates = checkInDates(input);
 * dates.ok && dates.value; // ['2027-01-04', '2027-02-15', '2027-03-30']: Easter Monday moves a day
 * ```
 */
export interface CheckInInput {
  from: CalendarDate;
  everyWeeks: number;
  until?: CalendarDate | undefined;
  count?: number | undefined;
  calendar?: WorkingCalendarOptions | undefined;
}

/**
 * Someone in a calendar invitation, by e-mail address, with the name a calendar shows.
 *
 * @example
 * ```ts
 * import type { CalendarPerson } from 'ontwikkelgesprek';
 * const organizer: CalendarPerson = { email: 'ahmed@example.org', name: 'Ahmed Yilmaz' };
 * ```
 */
export interface CalendarPerson {
  email: string;
  name?: string | undefined;
}

/**
 * The part an attendee plays (iCalendar `ROLE`): `chair` (`CHAIR`), `required` (`REQ-PARTICIPANT`,
 * the default), `optional` (`OPT-PARTICIPANT`) or `informational` (`NON-PARTICIPANT`, copied in for
 * information).
 *
 * @example
 * ```ts
 * import type { AttendeeRole } from 'ontwikkelgesprek';
 * const hrAdviser: AttendeeRole = 'optional';
 * ```
 */
export type AttendeeRole = 'chair' | 'required' | 'optional' | 'informational';

/**
 * Whether an attendee comes (iCalendar `PARTSTAT`): `needsAction` (the default: no answer yet),
 * `accepted`, `declined`, `tentative` or `delegated`.
 *
 * @example
 * ```ts
 * import type { ParticipationStatus } from 'ontwikkelgesprek';
 * const answer: ParticipationStatus = 'accepted';
 * ```
 */
export type ParticipationStatus = 'needsAction' | 'accepted' | 'declined' | 'tentative' | 'delegated';

/**
 * Someone invited, with their role, whether they come, and whether an answer is asked for (`rsvp`).
 *
 * @example
 * ```ts
 * import type { CalendarAttendee } from 'ontwikkelgesprek';
 * const employee: CalendarAttendee = { email: 'sanne@example.org', name: 'Sanne de Vries', role: 'required', rsvp: true };
 * ```
 */
export interface CalendarAttendee extends CalendarPerson {
  role?: AttendeeRole | undefined;
  status?: ParticipationStatus | undefined;
  rsvp?: boolean | undefined;
}

/**
 * A reminder the calendar app itself shows (a display `VALARM`), `minutesBefore` the start.
 *
 * @example
 * ```ts
 * import type { CalendarAlarm } from 'ontwikkelgesprek';
 * const alarm: CalendarAlarm = { minutesBefore: 30, description: 'Over een half uur: ontwikkelgesprek' };
 * ```
 */
export interface CalendarAlarm {
  minutesBefore: number;
  description?: string | undefined;
}

/**
 * A weekly series as one calendar entry: the entry's start is the first occurrence, `everyWeeks` the
 * interval and `count` the number of occurrences the rule makes (`RRULE`); `except` lists starts of
 * the rule that do not take place (`EXDATE`), `extra` starts added to it (`RDATE`), such as a
 * check-in moved off a holiday.
 *
 * @example
 * ```ts
 * import type { EventRecurrence } from 'ontwikkelgesprek';
 * const series: EventRecurrence = {
 *   everyWeeks: 1, count: 3,
 *   except: ['2027-04-27T10:00:00+02:00'], // King's Day
 *   extra: ['2027-04-28T10:00:00+02:00'],
 * };
 * ```
 */
export interface EventRecurrence {
  everyWeeks: number;
  count: number;
  except?: readonly Instant[] | undefined;
  extra?: readonly Instant[] | undefined;
}

/**
 * Whether an entry takes place (iCalendar `STATUS`).
 *
 * @example
 * ```ts
 * import type { EventStatus } from 'ontwikkelgesprek';
 * const status: EventStatus = 'cancelled';
 * ```
 */
export type EventStatus = 'confirmed' | 'tentative' | 'cancelled';

/**
 * One calendar entry for {@link toICalendar}. `uid` identifies it in every calendar, so a moved or
 * cancelled conversation keeps it and raises `sequence` (0 the first time). `alarms` become display
 * reminders, `organizer` and `attendees` make it an invitation, `recurrence` a weekly series.
 *
 * @example
 * ```ts
 * import type { CalendarEvent } from 'ontwikkelgesprek';
 * const event: CalendarEvent = {
 *   uid: 'c-1@example.org', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00',
 *   summary: 'Ontwikkelgesprek', description: 'Eerst de afspraken van vorige keer.',
 *   organizer: { email: 'ahmed@example.org' }, attendees: [{ email: 'sanne@example.org' }],
 * };
 * ```
 */
export interface CalendarEvent {
  uid: string;
  start: Instant;
  end: Instant;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  alarms?: readonly CalendarAlarm[] | undefined;
  organizer?: CalendarPerson | undefined;
  attendees?: readonly CalendarAttendee[] | undefined;
  sequence?: number | undefined;
  status?: EventStatus | undefined;
  recurrence?: EventRecurrence | undefined;
}

/**
 * What a calendar file asks of its reader (iCalendar `METHOD`, RFC 5546): `publish` (default: just
 * entries), `request` (an invitation, or an update of one) or `cancel` (the entries are called off).
 *
 * @example
 * ```ts
 * import type { ICalendarMethod } from 'ontwikkelgesprek';
 * const method: ICalendarMethod = 'request';
 * ```
 */
export type ICalendarMethod = 'publish' | 'request' | 'cancel';

/**
 * Options of {@link toICalendar}: `dtstamp` (the instant written as `DTSTAMP`, required because the
 * library has no clock), `timeZone` (`'UTC'` for UTC times, or an IANA zone written with `TZID` and a
 * `VTIMEZONE`), `method`, `productId`, and an optional calendar `name`.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from 'ontwikkelgesprek';
 * const options: ICalendarOptions = { dtstamp: '2027-01-12T16:00:00Z', timeZone: 'Europe/Amsterdam', method: 'request' };
 * ```
 */
export interface ICalendarOptions {
  dtstamp: Instant;
  timeZone?: string | undefined;
  method?: ICalendarMethod | undefined;
  productId?: string | undefined;
  name?: string | undefined;
}

/**
 * The conversation a calendar entry is for: its kind, start and end. A stored
 * {@link PlannedConversation} passes as it is (other keys are ignored).
 *
 * @example
 * ```ts
 * import type { InvitedConversation } from 'ontwikkelgesprek';
 * const conversation: InvitedConversation = { kind: 'development', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' };
 * ```
 */
export interface InvitedConversation {
  kind?: ConversationKind | undefined;
  start: Instant;
  end: Instant;
  timeZone?: string | undefined;
}

/**
 * Input of {@link conversationInvitation}: the conversation, its reference (`uid`), the organiser and
 * the attendees, the entry as it was last sent (`previous`, when the conversation moves or is called
 * off), and the reminder policy's `conversationLeadMinutes` (default 60, as {@link remindersFor})
 * for the calendar's own reminder. Without a `summary` the title is the kind of conversation with
 * `employeeName`; texts are in `locale` (`'nl'` by default).
 *
 * @example
 * ```ts
 * import { conversationInvitation, type ConversationInvitationInput } from 'ontwikkelgesprek';
 * const input: ConversationInvitationInput = {
 *   uid: 'sanne-2027-07@example.org',
 *   conversation: { kind: 'development', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' },
 *   employeeName: 'Sanne',
 *   organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
 *   attendees: [{ email: 'sanne@example.org', name: 'Sanne', rsvp: true }],
 * };
 * const event = conversationInvitation(input);
 * event.ok && event.value.summary; // 'Ontwikkelgesprek met Sanne'
 * event.ok && event.value.alarms?.[0]?.minutesBefore; // 60
 * ```
 */
export interface ConversationInvitationInput {
  uid: string;
  conversation: InvitedConversation;
  employeeName?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  location?: string | undefined;
  organizer: CalendarPerson;
  attendees: readonly CalendarAttendee[];
  previous?: CalendarEvent | undefined;
  cancelled?: boolean | undefined;
  /** Minutes before the start the calendar reminds (0: at the start); `false` for no reminder. */
  conversationLeadMinutes?: number | false | undefined;
  timeZone?: string | undefined;
  locale?: LocaleInput | undefined;
}

/**
 * Input of {@link checkInSeries}: the check-ins as {@link checkInDates} takes them, their local start
 * `time` and length (default 30 minutes) in `timeZone`, and the entry's reference, title and people.
 * `separate` asks for one entry per check-in even where one recurring entry would be exact (some
 * calendar apps handle extra dates in a series poorly).
 *
 * @example
 * ```ts
 * import { checkInSeries, type CheckInSeriesInput } from 'ontwikkelgesprek';
 * const input: CheckInSeriesInput = {
 *   from: '2027-04-20', everyWeeks: 1, count: 3, time: '10:00',
 *   uid: 'sanne-checkins@example.org', summary: 'Voortgangsgesprek Sanne',
 * };
 * const series = checkInSeries(input);
 * series.ok && series.value.length; // 1
 * series.ok && series.value[0]?.recurrence?.extra; // ['2027-04-28T10:00:00+02:00']
 * ```
 */
export interface CheckInSeriesInput extends CheckInInput {
  time: string;
  durationMinutes?: number | undefined;
  timeZone?: string | undefined;
  uid: string;
  summary?: string | undefined;
  employeeName?: string | undefined;
  description?: string | undefined;
  location?: string | undefined;
  organizer?: CalendarPerson | undefined;
  attendees?: readonly CalendarAttendee[] | undefined;
  sequence?: number | undefined;
  alarms?: readonly CalendarAlarm[] | undefined;
  separate?: boolean | undefined;
  locale?: LocaleInput | undefined;
}
