import { z } from 'zod';
import type { CalendarDate, Instant, LocalizedText } from '../core/index.js';
import { calendarDateSchema, idSchema, instantSchema, longTextSchema, shortTextSchema, timeZoneSchema } from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { conversationKindSchema } from '../vocabulary/index.js';

/**
 * Schema of a local wall-clock time, `HH:mm` on a 24-hour clock.
 *
 * @example
 * ```ts
 * import { timeOfDaySchema } from 'ontwikkelgesprek';
 * timeOfDaySchema.safeParse('09:30').success; // true
 * timeOfDaySchema.safeParse('9.30').success; // false
 * ```
 */
export const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'Use HH:mm' });

/**
 * Schema of an ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * import { weekdaySchema } from 'ontwikkelgesprek';
 * weekdaySchema.safeParse(6).success; // true (Saturday)
 * ```
 */
export const weekdaySchema = z.number().int().min(1).max(7);

/**
 * Schema of the options of a working-day calendar. Everything is optional: the default is Monday to
 * Friday, Dutch public holidays that are generally a day off, no closures, `Europe/Amsterdam`.
 *
 * - `holidays`: `'dutch'` (default), `'none'`, or a host's own list of dates.
 * - `goodFriday`: count Good Friday as a day off (default `false`: many collective agreements do not).
 * - `liberationDay`: `'lustrum'` (default: a day off every five years, 2025, 2030, ...), `'always'` or `'never'`.
 * - `extraHolidays`: dates added to the holidays (company days, a host's regional holiday).
 * - `closures`: inclusive date ranges when the organisation is closed (Christmas week, a summer shutdown).
 *
 * @example
 * ```ts
 * import { workingCalendarSchema } from 'ontwikkelgesprek';
 * workingCalendarSchema.parse({ workingWeekdays: [1, 2, 3, 4], closures: [{ from: '2027-12-27', to: '2027-12-31' }] });
 * ```
 */
export const workingCalendarSchema = z.strictObject({
  workingWeekdays: z.array(weekdaySchema).min(1).max(7).optional(),
  holidays: z.union([z.enum(['dutch', 'none']), z.array(calendarDateSchema).max(20_000)]).optional(),
  goodFriday: z.boolean().optional(),
  liberationDay: z.enum(['always', 'lustrum', 'never']).optional(),
  extraHolidays: z.array(calendarDateSchema).max(20_000).optional(),
  closures: z
    .array(z.strictObject({ from: calendarDateSchema, to: calendarDateSchema, label: shortTextSchema.optional() }))
    .max(1_000)
    .optional(),
  timeZone: timeZoneSchema.optional(),
});

/**
 * Options of a working-day calendar (see {@link workingCalendarSchema}).
 *
 * @example
 * ```ts
 * import type { WorkingCalendarOptions } from 'ontwikkelgesprek';
 * const calendar: WorkingCalendarOptions = { holidays: 'dutch', goodFriday: true };
 * ```
 */
export type WorkingCalendarOptions = z.input<typeof workingCalendarSchema>;

/**
 * Schema of a rhythm policy for one conversation kind. Intervals are calendar months between
 * conversations: `maxIntervalMonths` is the minimum frequency (a development conversation at least
 * every 12 months), `preferredIntervalMonths` the usual interval, `minIntervalMonths` the lower bound
 * for the employee's own wish; `checkInEveryWeeks` the rhythm of short check-ins in between;
 * `firstAfterHireMonths` when a new employee has their first conversation; `dueSoonDays` how many days
 * before the latest allowed date a conversation counts as due soon.
 *
 * @example
 * ```ts
 * import { rhythmPolicySchema } from 'ontwikkelgesprek';
 * rhythmPolicySchema.parse({
 *   kind: 'development', minIntervalMonths: 3, preferredIntervalMonths: 6, maxIntervalMonths: 12,
 *   checkInEveryWeeks: 6, firstAfterHireMonths: 6, dueSoonDays: 30,
 * });
 * ```
 */
export const rhythmPolicySchema = z
  .strictObject({
    kind: conversationKindSchema,
    minIntervalMonths: z.number().int().min(0).max(60),
    preferredIntervalMonths: z.number().int().min(1).max(60),
    maxIntervalMonths: z.number().int().min(1).max(60),
    checkInEveryWeeks: z.number().int().min(1).max(52).optional(),
    firstAfterHireMonths: z.number().int().min(0).max(60),
    dueSoonDays: z.number().int().min(0).max(366),
  })
  .refine((p) => p.minIntervalMonths <= p.preferredIntervalMonths && p.preferredIntervalMonths <= p.maxIntervalMonths, {
    message: 'minIntervalMonths <= preferredIntervalMonths <= maxIntervalMonths',
    params: { code: 'schedule.policy.bounds' },
  });

/**
 * A rhythm policy for one conversation kind (see {@link rhythmPolicySchema}).
 *
 * @example
 * ```ts
 * import type { RhythmPolicy } from 'ontwikkelgesprek';
 * const yearly: RhythmPolicy = {
 *   kind: 'development', minIntervalMonths: 3, preferredIntervalMonths: 12, maxIntervalMonths: 12,
 *   firstAfterHireMonths: 6, dueSoonDays: 30,
 * };
 * ```
 */
export type RhythmPolicy = z.infer<typeof rhythmPolicySchema>;

/**
 * Planning needs the holiday rules, which cover 1900 to 2200; dates outside that range would be
 * planned without holidays, so they are refused with a finding instead.
 */
const rangeIssue = { message: 'Outside 1900-2200', params: { code: 'schedule.date.outOfRange' } };
const planningDateSchema = calendarDateSchema.refine((d) => d >= '1900-01-01' && d <= '2199-12-31', rangeIssue);
function instantInRange(instant: string): boolean {
  const ms = Date.parse(instant);
  return ms >= Date.UTC(1900, 0, 2) && ms < Date.UTC(2199, 11, 31);
}
const planningInstantSchema = instantSchema.refine(instantInRange, rangeIssue);

/** A calendar date or an instant: a conversation that happened may be known by its day or its moment. */
const dateOrInstantSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .refine((value) => (value.length === 10 ? value >= '1900-01-01' && value <= '2199-12-31' : instantInRange(value)), rangeIssue);

/**
 * Schema of preferred hours: one start time `'HH:mm'`, or a window `{ from, to }` within which the
 * whole conversation must fit.
 *
 * @example
 * ```ts
 * import { preferredTimeSchema } from 'ontwikkelgesprek';
 * preferredTimeSchema.safeParse({ from: '09:00', to: '12:00' }).success; // true
 * ```
 */
export const preferredTimeSchema = z.union([
  timeOfDaySchema,
  z
    .strictObject({ from: timeOfDaySchema, to: timeOfDaySchema })
    .refine((w) => w.from < w.to, { message: 'from before to', params: { code: 'schedule.time.window' } }),
]);

/**
 * Schema of the input of {@link planNextConversation}.
 *
 * @example
 * ```ts
 * import { planInputSchema } from 'ontwikkelgesprek';
 * planInputSchema.safeParse({ kind: 'development', now: '2027-03-01T09:00:00+01:00' }).success; // true
 * ```
 */
export const planInputSchema = z.strictObject({
  kind: conversationKindSchema,
  lastConversation: dateOrInstantSchema.optional(),
  hireDate: planningDateSchema.optional(),
  policy: rhythmPolicySchema.optional(),
  employeeWishMonths: z.number().int().min(0).max(60).optional(),
  calendar: workingCalendarSchema.optional(),
  now: planningInstantSchema,
  timeZone: timeZoneSchema.optional(),
  preferredTime: preferredTimeSchema.optional(),
  durationMinutes: z.number().int().min(5).max(600).optional(),
});

/**
 * Input of {@link planNextConversation}. `lastConversation` is the day (or moment) of the last
 * conversation of this kind; without it, `hireDate` and the policy's `firstAfterHireMonths` decide;
 * without both, the conversation is planned as soon as possible. `employeeWishMonths` is the
 * employee's own wish for the interval, kept within the policy's bounds.
 *
 * @example
 * ```ts
 * import type { PlanInput } from 'ontwikkelgesprek';
 * const input: PlanInput = {
 *   kind: 'development',
 *   lastConversation: '2027-01-12',
 *   employeeWishMonths: 4,
 *   now: '2027-01-12T16:00:00+01:00',
 *   preferredTime: { from: '09:00', to: '12:00' },
 * };
 * ```
 */
export type PlanInput = z.input<typeof planInputSchema>;

/**
 * The proposed next conversation: the working day, its start and end (with the zone's offset on that
 * day), the latest date the policy allows, and what the choice was based on.
 *
 * @example
 * ```ts
 * import { planNextConversation } from 'ontwikkelgesprek';
 * const result = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
 * if (result.ok) result.value.start; // '2027-07-12T09:00:00+02:00'
 * ```
 */
export interface PlannedConversation {
  readonly kind: ConversationKind;
  /** The proposed day, a working day. */
  readonly date: CalendarDate;
  /** Start, ISO 8601 with the zone's offset on that day. */
  readonly start: Instant;
  /** End, `durationMinutes` after the start. */
  readonly end: Instant;
  readonly durationMinutes: number;
  readonly timeZone: string;
  /** The day the rhythm aimed at, before moving to a working day. */
  readonly targetDate: CalendarDate;
  /** The last working day the policy allows (the minimum frequency). */
  readonly latestAllowed: CalendarDate;
  /** The interval used, in months (0 when there was nothing to count from). */
  readonly intervalMonths: number;
  /** What the plan counted from. */
  readonly basis: 'lastConversation' | 'hireDate' | 'none';
  /** True when the latest allowed date has already passed. */
  readonly overdue: boolean;
}

/**
 * Schema of an agreement as the schedule module reads it: `{ id, what, who, when, status }`. Other
 * keys are allowed (and ignored), so a full agreement from the agreements module passes as it is.
 *
 * @example
 * ```ts
 * import { trackedAgreementSchema } from 'ontwikkelgesprek';
 * trackedAgreementSchema.parse({ id: 'a1', what: 'Cursus', who: 'emp-1', when: '2027-06-01', status: 'open', kind: 'development' });
 * ```
 */
export const trackedAgreementSchema = z.looseObject({
  id: idSchema,
  what: z.string().max(2_000),
  who: z.string().trim().max(200),
  when: calendarDateSchema.optional(),
  status: z.enum(['open', 'done', 'dropped']).default('open'),
});

/**
 * An agreement as the schedule module reads it (see {@link trackedAgreementSchema}).
 *
 * @example
 * ```ts
 * import type { TrackedAgreement } from 'ontwikkelgesprek';
 * const agreement: TrackedAgreement = { id: 'a1', what: 'Cursus', who: 'emp-1', when: '2027-06-01' };
 * ```
 */
export type TrackedAgreement = z.input<typeof trackedAgreementSchema>;

/**
 * Schema of the input of {@link followUpStatus}.
 *
 * @example
 * ```ts
 * import { followUpInputSchema } from 'ontwikkelgesprek';
 * followUpInputSchema.safeParse({ kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01T09:00:00Z' }).success; // true
 * ```
 */
export const followUpInputSchema = z.strictObject({
  kind: conversationKindSchema,
  lastConversation: dateOrInstantSchema.optional(),
  hireDate: planningDateSchema.optional(),
  nextPlanned: dateOrInstantSchema.optional(),
  policy: rhythmPolicySchema.optional(),
  agreements: z.array(trackedAgreementSchema).max(10_000).optional(),
  agreementDueSoonDays: z.number().int().min(0).max(366).optional(),
  calendar: workingCalendarSchema.optional(),
  now: planningInstantSchema,
  timeZone: timeZoneSchema.optional(),
});

/**
 * Input of {@link followUpStatus}.
 *
 * @example
 * ```ts
 * import type { FollowUpInput } from 'ontwikkelgesprek';
 * const input: FollowUpInput = { kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01T09:00:00Z' };
 * ```
 */
export type FollowUpInput = z.input<typeof followUpInputSchema>;

/**
 * Where an employee stands: `onTrack`, `dueSoon` or `overdue`.
 *
 * @example
 * ```ts
 * import type { FollowUpState } from 'ontwikkelgesprek';
 * const state: FollowUpState = 'dueSoon';
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
  readonly conversation: {
    readonly state: FollowUpState;
    /** The latest allowed date of the next conversation. */
    readonly dueDate: CalendarDate;
    /** Days from today to the due date; negative when overdue. */
    readonly daysUntilDue: number;
    /** The next planned conversation, when one is planned. */
    readonly nextPlanned?: CalendarDate;
  };
  readonly agreements: {
    readonly state: FollowUpState;
    readonly overdue: readonly AgreementDue[];
    readonly dueSoon: readonly AgreementDue[];
  };
  /** Today, in the time zone used. */
  readonly today: CalendarDate;
}

/**
 * Schema of the input of {@link remindersFor}.
 *
 * - `conversation`: the planned conversation (id, start, participants).
 * - `preparationLeadDays`: working days before the conversation each side gets a preparation reminder.
 * - `agreementSteps`: calendar days before an agreement deadline for reminders (default 14, 7, 3).
 * - `escalateAfterDays`: days after a missed deadline on which the manager is told (default 1).
 * - `conversationLeadMinutes`: reminder before the conversation itself (default 60).
 * - `reminderTime`: local time of day reminders are sent (default 09:00).
 * - `now`: when given, reminders before it are left out.
 *
 * @example
 * ```ts
 * import { remindersInputSchema } from 'ontwikkelgesprek';
 * remindersInputSchema.safeParse({ employeeId: 'e1', managerId: 'm1' }).success; // true
 * ```
 */
export const remindersInputSchema = z.strictObject({
  employeeId: idSchema,
  managerId: idSchema,
  /** How the manager's reminders name the employee; the id when absent. */
  employeeName: shortTextSchema.optional(),
  conversation: z
    .strictObject({
      id: idSchema,
      kind: conversationKindSchema.optional(),
      start: planningInstantSchema,
    })
    .optional(),
  agreements: z.array(trackedAgreementSchema).max(10_000).optional(),
  preparationLeadDays: z
    .strictObject({
      employee: z.number().int().min(0).max(60).optional(),
      manager: z.number().int().min(0).max(60).optional(),
    })
    .optional(),
  agreementSteps: z.array(z.number().int().min(1).max(366)).max(20).optional(),
  escalateAfterDays: z.array(z.number().int().min(0).max(366)).max(20).optional(),
  conversationLeadMinutes: z.number().int().min(0).max(10_080).optional(),
  reminderTime: timeOfDaySchema.optional(),
  calendar: workingCalendarSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  now: instantSchema.optional(),
});

/**
 * Input of {@link remindersFor}.
 *
 * @example
 * ```ts
 * import type { RemindersInput } from 'ontwikkelgesprek';
 * const input: RemindersInput = {
 *   employeeId: 'emp-1',
 *   managerId: 'man-1',
 *   conversation: { id: 'c-2027-07', start: '2027-07-12T10:00:00+02:00' },
 * };
 * ```
 */
export type RemindersInput = z.input<typeof remindersInputSchema>;

/**
 * What a reminder is about.
 *
 * @example
 * ```ts
 * import type { ReminderType } from 'ontwikkelgesprek';
 * const type: ReminderType = 'agreementEscalation';
 * ```
 */
export type ReminderType = 'preparation' | 'conversation' | 'agreementDeadline' | 'agreementEscalation';

/**
 * One reminder: a stable `id` (the same input always gives the same id, so hosts can deduplicate),
 * who gets it (`to`, a participant id), when (`at`), what it is about and its text in both languages.
 *
 * @example
 * ```ts
 * import type { Reminder } from 'ontwikkelgesprek';
 * function line(reminder: Reminder): string {
 *   return `${reminder.at} ${reminder.to}: ${reminder.message.en}`;
 * }
 * ```
 */
export interface Reminder {
  readonly id: string;
  readonly type: ReminderType;
  readonly to: string;
  readonly role: 'employee' | 'manager';
  readonly at: Instant;
  readonly date: CalendarDate;
  /** The conversation or agreement id. */
  readonly subjectId: string;
  /** Days before (positive) or after (negative) the conversation or deadline. */
  readonly offsetDays: number;
  readonly message: LocalizedText;
}

/**
 * Schema of one employee in {@link dueList}: the last conversation, hire date, a planned next one, and
 * open agreements (only `id`, `when` and `status` are read; other keys are ignored).
 *
 * @example
 * ```ts
 * import { dueEmployeeSchema } from 'ontwikkelgesprek';
 * dueEmployeeSchema.parse({ id: 'e1', lastConversation: '2026-05-01' });
 * ```
 */
export const dueEmployeeSchema = z.strictObject({
  id: idSchema,
  kind: conversationKindSchema.optional(),
  lastConversation: dateOrInstantSchema.optional(),
  hireDate: planningDateSchema.optional(),
  nextPlanned: dateOrInstantSchema.optional(),
  agreements: z
    .array(
      z.looseObject({
        id: idSchema,
        when: calendarDateSchema.optional(),
        status: z.enum(['open', 'done', 'dropped']).default('open'),
      }),
    )
    .max(10_000)
    .optional(),
});

/**
 * One employee in {@link dueList} (see {@link dueEmployeeSchema}).
 *
 * @example
 * ```ts
 * import type { DueEmployee } from 'ontwikkelgesprek';
 * const employee: DueEmployee = { id: 'e1', hireDate: '2027-01-04', agreements: [{ id: 'a1', when: '2027-05-01' }] };
 * ```
 */
export type DueEmployee = z.input<typeof dueEmployeeSchema>;

/**
 * Schema of the input of {@link dueList}. `policies` override the default policy per kind;
 * `horizonDays` limits the list to employees due within that many days (default: each policy's
 * `dueSoonDays`); `includeOnTrack` lists everyone.
 *
 * @example
 * ```ts
 * import { dueListInputSchema } from 'ontwikkelgesprek';
 * dueListInputSchema.safeParse({ employees: [], now: '2027-03-01T09:00:00Z' }).success; // true
 * ```
 */
export const dueListInputSchema = z.strictObject({
  employees: z.array(dueEmployeeSchema).max(1_000_000),
  policies: z
    .strictObject({
      development: rhythmPolicySchema.optional(),
      career: rhythmPolicySchema.optional(),
      checkIn: rhythmPolicySchema.optional(),
      futureDialogue: rhythmPolicySchema.optional(),
    })
    .optional(),
  horizonDays: z.number().int().min(0).max(3_660).optional(),
  includeOnTrack: z.boolean().optional(),
  calendar: workingCalendarSchema.optional(),
  now: planningInstantSchema,
  timeZone: timeZoneSchema.optional(),
});

/**
 * Input of {@link dueList}.
 *
 * @example
 * ```ts
 * import type { DueListInput } from 'ontwikkelgesprek';
 * const input: DueListInput = { employees: [{ id: 'e1', lastConversation: '2026-02-01' }], now: '2027-01-15T09:00:00Z' };
 * ```
 */
export type DueListInput = z.input<typeof dueListInputSchema>;

/**
 * One line of the due list: who, which conversation kind, its state and due date, and the agreements
 * overdue or due within the horizon.
 *
 * @example
 * ```ts
 * import type { DueEntry } from 'ontwikkelgesprek';
 * function label(entry: DueEntry): string {
 *   return `${entry.employeeId} ${entry.state} ${entry.dueDate}`;
 * }
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
  readonly counts: { readonly onTrack: number; readonly dueSoon: number; readonly overdue: number };
}

/**
 * Schema of one calendar event for {@link toICalendar}. `alarms` become VALARM components (a display
 * reminder `minutesBefore` the start), so a calendar app itself reminds people of the conversation.
 *
 * @example
 * ```ts
 * import { calendarEventSchema } from 'ontwikkelgesprek';
 * calendarEventSchema.safeParse({
 *   uid: 'c-1@example.org', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00',
 *   summary: 'Ontwikkelgesprek',
 * }).success; // true
 * ```
 */
export const calendarEventSchema = z
  .strictObject({
    uid: z.string().trim().min(1).max(255),
    start: instantSchema,
    end: instantSchema,
    summary: shortTextSchema,
    description: longTextSchema.optional(),
    location: shortTextSchema.optional(),
    alarms: z
      .array(z.strictObject({ minutesBefore: z.number().int().min(0).max(40_320), description: shortTextSchema.optional() }))
      .max(20)
      .optional(),
  })
  .refine((e) => Date.parse(e.end) >= Date.parse(e.start), {
    message: 'end before start',
    params: { code: 'schedule.ical.endBeforeStart' },
  });

/**
 * One calendar event (see {@link calendarEventSchema}).
 *
 * @example
 * ```ts
 * import type { CalendarEvent } from 'ontwikkelgesprek';
 * const event: CalendarEvent = {
 *   uid: 'c-1@example.org', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00',
 *   summary: 'Ontwikkelgesprek', description: 'Eerst de afspraken van vorige keer.',
 * };
 * ```
 */
export type CalendarEvent = z.input<typeof calendarEventSchema>;

/**
 * Schema of the options of {@link toICalendar}: `dtstamp` (the instant written as DTSTAMP, required
 * because the library has no clock), `timeZone` (`'UTC'` for UTC times, or an IANA zone written with
 * TZID and a VTIMEZONE), `productId`, and an optional calendar `name`.
 *
 * @example
 * ```ts
 * import { iCalendarOptionsSchema } from 'ontwikkelgesprek';
 * iCalendarOptionsSchema.safeParse({ dtstamp: '2027-01-12T16:00:00Z', timeZone: 'Europe/Amsterdam' }).success; // true
 * ```
 */
export const iCalendarOptionsSchema = z.strictObject({
  dtstamp: instantSchema,
  timeZone: z.union([z.literal('UTC'), timeZoneSchema]).optional(),
  productId: shortTextSchema.optional(),
  name: shortTextSchema.optional(),
});

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from 'ontwikkelgesprek';
 * const options: ICalendarOptions = { dtstamp: '2027-01-12T16:00:00Z', timeZone: 'UTC' };
 * ```
 */
export type ICalendarOptions = z.input<typeof iCalendarOptionsSchema>;

/**
 * Schema of the input of {@link checkInDates}: a first day, an interval in weeks, and an end date or
 * a count.
 *
 * @example
 * ```ts
 * import { checkInInputSchema } from 'ontwikkelgesprek';
 * checkInInputSchema.safeParse({ from: '2027-01-04', everyWeeks: 6, until: '2027-12-31' }).success; // true
 * ```
 */
export const checkInInputSchema = z.strictObject({
  from: calendarDateSchema,
  everyWeeks: z.number().int().min(1).max(52),
  until: calendarDateSchema.optional(),
  count: z.number().int().min(1).max(1_000).optional(),
  calendar: workingCalendarSchema.optional(),
});

/**
 * Input of {@link checkInDates}.
 *
 * @example
 * ```ts
 * import type { CheckInInput } from 'ontwikkelgesprek';
 * const input: CheckInInput = { from: '2027-01-04', everyWeeks: 6, count: 8 };
 * ```
 */
export type CheckInInput = z.input<typeof checkInInputSchema>;

/**
 * A Dutch public holiday: a stable id, the date and weekday, its names, whether it is generally a day
 * off, and for Liberation Day whether the year is a lustrum (every five years since 1945).
 *
 * @example
 * ```ts
 * import { dutchPublicHolidays } from 'ontwikkelgesprek';
 * const result = dutchPublicHolidays(2030);
 * const liberation = result.ok ? result.value.find((h) => h.id === 'liberationDay') : undefined;
 * liberation?.lustrum; // true
 * ```
 */
export interface PublicHoliday {
  readonly id: HolidayId;
  readonly date: CalendarDate;
  /** ISO weekday, 1 is Monday. */
  readonly weekday: number;
  readonly name: LocalizedText;
  /** False for Good Friday and Liberation Day: a day off only where a collective agreement says so. */
  readonly generallyDayOff: boolean;
  /** Liberation Day only: a lustrum year (1945 + a multiple of 5). */
  readonly lustrum?: boolean;
}

/**
 * Ids of the Dutch public holidays. `queensDay` is Queen's Day (1900-2013), `kingsDay` King's Day
 * (from 2014).
 *
 * @example
 * ```ts
 * import type { HolidayId } from 'ontwikkelgesprek';
 * const id: HolidayId = 'kingsDay';
 * ```
 */
export type HolidayId =
  | 'newYearsDay'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'kingsDay'
  | 'queensDay'
  | 'liberationDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';
