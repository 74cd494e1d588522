import * as z from 'zod/mini';
import { longTextSchema, shortTextSchema } from '../../core/index.js';
import { conversationKindSchema } from '../../vocabulary/schema.js';
import { workingCalendarSchema } from './calendar.js';
import { dateSchema, instantSchema, localeInputSchema, timeOfDaySchema, zoneSchema } from './common.js';

const uidSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(255));
const leadMinutesSchema = z.int().check(z.minimum(0), z.maximum(10_080));
const sequenceSchema = z.int().check(z.minimum(0), z.maximum(1_000_000));

/**
 * Schema of the input of `checkInDates` (see `CheckInInput`).
 *
 * @example
 * ```ts
 * import { checkInInputSchema } from 'ontwikkelgesprek/schemas';
 * checkInInputSchema.safeParse({ from: '2027-01-04', everyWeeks: 6, until: '2027-12-31' }).success; // true
 * ```
 */
export const checkInInputSchema = z.strictObject({
  from: dateSchema,
  everyWeeks: z.int().check(z.minimum(1), z.maximum(52)),
  until: z.optional(dateSchema),
  count: z.optional(z.int().check(z.minimum(1), z.maximum(1_000))),
  calendar: z.optional(workingCalendarSchema),
});

/**
 * Schema of someone in an invitation: an e-mail address and a name.
 *
 * @example
 * ```ts
 * import { calendarPersonSchema } from 'ontwikkelgesprek/schemas';
 * calendarPersonSchema.safeParse({ email: 'ahmed@example.org', name: 'Ahmed' }).success; // true
 * calendarPersonSchema.safeParse({ email: 'Ahmed' }).success; // false
 * ```
 */
export const calendarPersonSchema = z.strictObject({ email: z.email(), name: z.optional(shortTextSchema) });

/**
 * Schema of someone invited (see `CalendarAttendee`).
 *
 * @example
 * ```ts
 * import { calendarAttendeeSchema } from 'ontwikkelgesprek/schemas';
 * calendarAttendeeSchema.safeParse({ email: 'sanne@example.org', role: 'required', status: 'accepted' }).success; // true
 * ```
 */
export const calendarAttendeeSchema = z.strictObject({
  email: z.email(),
  name: z.optional(shortTextSchema),
  role: z.optional(z.enum(['chair', 'required', 'optional', 'informational'])),
  status: z.optional(z.enum(['needsAction', 'accepted', 'declined', 'tentative', 'delegated'])),
  rsvp: z.optional(z.boolean()),
});

const alarmSchema = z.strictObject({
  minutesBefore: z.int().check(z.minimum(0), z.maximum(40_320)),
  description: z.optional(shortTextSchema),
});

const recurrenceSchema = z.strictObject({
  everyWeeks: z.int().check(z.minimum(1), z.maximum(52)),
  count: z.int().check(z.minimum(1), z.maximum(1_000)),
  except: z.optional(z.array(instantSchema).check(z.maxLength(1_000))),
  extra: z.optional(z.array(instantSchema).check(z.maxLength(1_000))),
});

/**
 * Schema of one calendar entry for `toICalendar` (see `CalendarEvent`); it may not end before it
 * starts.
 *
 * @example
 * ```ts
 * import { calendarEventSchema } from 'ontwikkelgesprek/schemas';
 * calendarEventSchema.safeParse({
 *   uid: 'c-1@example.org', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00',
 *   summary: 'Ontwikkelgesprek',
 * }).success; // true
 * ```
 */
export const calendarEventSchema = z
  .strictObject({
    uid: uidSchema,
    start: instantSchema,
    end: instantSchema,
    summary: shortTextSchema,
    description: z.optional(longTextSchema),
    location: z.optional(shortTextSchema),
    alarms: z.optional(z.array(alarmSchema).check(z.maxLength(20))),
    organizer: z.optional(calendarPersonSchema),
    attendees: z.optional(z.array(calendarAttendeeSchema).check(z.maxLength(1_000))),
    sequence: z.optional(sequenceSchema),
    status: z.optional(z.enum(['confirmed', 'tentative', 'cancelled'])),
    recurrence: z.optional(recurrenceSchema),
  })
  .check(
    z.superRefine((event, context) => {
      if (Date.parse(event.end) >= Date.parse(event.start)) return;
      context.issues.push({
        code: 'custom',
        input: event,
        message: 'end before start',
        params: { code: 'schedule.ical.endBeforeStart', event: { kind: 'event', id: event.uid, title: event.summary } },
      });
    }),
  );

/**
 * Schema of the options of `toICalendar` (see `ICalendarOptions`).
 *
 * @example
 * ```ts
 * import { iCalendarOptionsSchema } from 'ontwikkelgesprek/schemas';
 * iCalendarOptionsSchema.safeParse({ dtstamp: '2027-01-12T16:00:00Z', timeZone: 'Europe/Amsterdam', method: 'request' }).success; // true
 * ```
 */
export const iCalendarOptionsSchema = z.strictObject({
  dtstamp: instantSchema,
  timeZone: z.optional(z.union([z.literal('UTC'), zoneSchema])),
  method: z.optional(z.enum(['publish', 'request', 'cancel'])),
  productId: z.optional(shortTextSchema),
  name: z.optional(shortTextSchema),
});

/**
 * Schema of the input of `conversationInvitation` (see `ConversationInvitationInput`).
 *
 * @example
 * ```ts
 * import { conversationInvitationInputSchema } from 'ontwikkelgesprek/schemas';
 * conversationInvitationInputSchema.safeParse({
 *   uid: 'c-1@example.org',
 *   conversation: { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' },
 *   organizer: { email: 'ahmed@example.org' },
 *   attendees: [{ email: 'sanne@example.org' }],
 * }).success; // true
 * ```
 */
export const conversationInvitationInputSchema = z.strictObject({
  uid: uidSchema,
  conversation: z.looseObject({
    kind: z.optional(conversationKindSchema),
    start: instantSchema,
    end: instantSchema,
    timeZone: z.optional(zoneSchema),
  }),
  employeeName: z.optional(shortTextSchema),
  summary: z.optional(shortTextSchema),
  description: z.optional(longTextSchema),
  location: z.optional(shortTextSchema),
  organizer: calendarPersonSchema,
  attendees: z.array(calendarAttendeeSchema).check(z.minLength(1), z.maxLength(1_000)),
  previous: z.optional(calendarEventSchema),
  cancelled: z.optional(z.boolean()),
  conversationLeadMinutes: z.optional(z.union([leadMinutesSchema, z.literal(false)])),
  timeZone: z.optional(zoneSchema),
  locale: z.optional(localeInputSchema),
});

/**
 * Schema of the input of `checkInSeries` (see `CheckInSeriesInput`).
 *
 * @example
 * ```ts
 * import { checkInSeriesInputSchema } from 'ontwikkelgesprek/schemas';
 * checkInSeriesInputSchema.safeParse({ from: '2027-04-20', everyWeeks: 1, count: 3, time: '10:00', uid: 's@example.org' }).success; // true
 * ```
 */
export const checkInSeriesInputSchema = z.strictObject({
  ...checkInInputSchema.def.shape,
  time: timeOfDaySchema,
  durationMinutes: z.optional(z.int().check(z.minimum(5), z.maximum(600))),
  timeZone: z.optional(zoneSchema),
  // Room for the day that separate entries put in front of it.
  uid: z.string().check(z.trim(), z.minLength(1), z.maxLength(246)),
  summary: z.optional(shortTextSchema),
  employeeName: z.optional(shortTextSchema),
  description: z.optional(longTextSchema),
  location: z.optional(shortTextSchema),
  organizer: z.optional(calendarPersonSchema),
  attendees: z.optional(z.array(calendarAttendeeSchema).check(z.maxLength(1_000))),
  sequence: z.optional(sequenceSchema),
  alarms: z.optional(z.array(alarmSchema).check(z.maxLength(20))),
  separate: z.optional(z.boolean()),
  locale: z.optional(localeInputSchema),
});
