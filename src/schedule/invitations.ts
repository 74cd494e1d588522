import type * as z from 'zod/mini';
import type { Result } from '../core/index.js';
import { deepFreeze, defaultTimeZone, fail, fromDayNumber, ok, parseWith, resultOf } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { CheckInDay } from './check-ins.js';
import { checkInPlan } from './check-ins.js';
import { repeatedLocalTime } from './ical-zone.js';
import { checkInSeriesInputSchema, conversationInvitationInputSchema } from './schemas/ical.js';
import { textWriter } from './texts.js';
import type { CalendarEvent, CheckInSeriesInput, ConversationInvitationInput, EventRecurrence } from './types.js';
import { isoInZone, localDate, momentAt, wallClock } from './zone.js';

const minuteMs = 60_000;

type EventInput = z.output<typeof conversationInvitationInputSchema>;

/** Does the entry change in a way attendees must see (RFC 5546: time, place, status)? Then the sequence goes up. */
function changed(previous: NonNullable<EventInput['previous']>, value: EventInput): boolean {
  return (
    Date.parse(previous.start) !== Date.parse(value.conversation.start) ||
    Date.parse(previous.end) !== Date.parse(value.conversation.end) ||
    (previous.location ?? '') !== (value.location ?? '') ||
    (previous.status === 'cancelled') !== (value.cancelled === true) ||
    previous.recurrence !== undefined
  );
}

/**
 * A calendar entry for a planned conversation, ready for {@link toICalendar}: an invitation from the
 * organiser to the attendees (`method: 'request'`), or with `cancelled` a cancellation
 * (`method: 'cancel'`). Pass the entry as it was last sent as `previous` when the conversation
 * moves: the reference (`uid`) stays and `sequence` goes up by one, so every calendar replaces the
 * old appointment instead of adding a second one. The calendar's own reminder comes from the
 * reminder policy (`conversationLeadMinutes`, 60 by default, the same as {@link remindersFor}), with
 * the same text as the reminder. A stored {@link PlannedConversation} passes as `conversation`.
 *
 * @example
 * ```ts
 * import { conversationInvitation, planNextConversation, toICalendar } from 'ontwikkelgesprek';
 * const people = {
 *   uid: 'sanne-next@example.org',
 *   employeeName: 'Sanne',
 *   organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
 *   attendees: [{ email: 'sanne@example.org', name: 'Sanne', rsvp: true }],
 * };
 * const plan = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
 * if (plan.ok) {
 *   const first = conversationInvitation({ ...people, conversation: plan.value });
 *   if (first.ok) {
 *     first.value.sequence; // 0
 *     const moved = conversationInvitation({
 *       ...people,
 *       conversation: { ...plan.value, start: '2027-07-13T10:00:00+02:00', end: '2027-07-13T11:00:00+02:00' },
 *       previous: first.value,
 *     });
 *     moved.ok && moved.value.sequence; // 1
 *     const ics = moved.ok ? toICalendar([moved.value], { dtstamp: '2027-02-01T09:00:00+01:00', method: 'request', timeZone: 'Europe/Amsterdam' }) : undefined;
 *     ics?.ok && ics.value.includes('SEQUENCE:1'); // true
 *   }
 * }
 * ```
 */
export function conversationInvitation(input: ConversationInvitationInput): Result<CalendarEvent> {
  const parsed = parseWith(conversationInvitationInputSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const { conversation, previous } = value;
  if (previous !== undefined && previous.uid !== value.uid) {
    const event = { kind: 'event', id: value.uid, title: value.summary ?? previous.summary };
    return fail([finding.error('schedule.ical.otherEvent', { path: ['previous', 'uid'], params: { event } })]);
  }
  const { text } = textWriter(value.locale);
  const kind = conversation.kind ?? 'development';
  const employee = value.employeeName === undefined ? {} : { employee: value.employeeName };
  const timeZone = value.timeZone ?? conversation.timeZone ?? defaultTimeZone;
  const startMs = Date.parse(conversation.start);
  const lead = value.conversationLeadMinutes ?? 60;
  const alarmText = text('schedule.reminder.conversation', {
    kind,
    date: localDate(startMs, timeZone),
    time: wallClock(startMs, timeZone),
  });
  const sequence = previous === undefined ? 0 : (previous.sequence ?? 0) + (changed(previous, value) ? 1 : 0);
  const event: CalendarEvent = {
    uid: value.uid,
    start: conversation.start,
    end: conversation.end,
    summary: value.summary ?? text('schedule.invitation.summary', { kind, ...employee }),
    ...(value.description === undefined ? {} : { description: value.description }),
    ...(value.location === undefined ? {} : { location: value.location }),
    ...(lead === false ? {} : { alarms: [{ minutesBefore: lead, description: alarmText }] }),
    organizer: value.organizer,
    attendees: value.attendees,
    sequence,
    status: value.cancelled === true ? 'cancelled' : 'confirmed',
  };
  return ok(deepFreeze(event));
}

type SeriesInput = z.output<typeof checkInSeriesInputSchema>;

/** The parts every entry of a series shares. */
function sharedParts(value: SeriesInput, summary: string): Omit<CalendarEvent, 'uid' | 'start' | 'end'> {
  return {
    summary,
    ...(value.description === undefined ? {} : { description: value.description }),
    ...(value.location === undefined ? {} : { location: value.location }),
    ...(value.alarms === undefined ? {} : { alarms: value.alarms }),
    ...(value.organizer === undefined ? {} : { organizer: value.organizer }),
    ...(value.attendees === undefined ? {} : { attendees: value.attendees }),
    ...(value.sequence === undefined ? {} : { sequence: value.sequence }),
  };
}

/** The days (rule slots and actual days) on which the local start time does not exist or occurs twice. */
function inexactDays(days: readonly CheckInDay[], first: number, step: number, time: string, timeZone: string): number[] {
  const last = (days.at(-1) as CheckInDay).slot;
  const all = new Set<number>(days.map((entry) => entry.day));
  for (let slot = first; slot <= last; slot += step) all.add(slot);
  return [...all]
    .filter((day) => {
      const ms = momentAt(fromDayNumber(day), time, timeZone);
      return wallClock(ms, timeZone) !== time || repeatedLocalTime(timeZone, ms);
    })
    .sort((a, b) => a - b);
}

/** One weekly rule from the first slot to the last check-in, with the moved and skipped slots as exceptions. */
function recurrenceOf(days: readonly CheckInDay[], first: number, step: number, at: (day: number) => string): EventRecurrence {
  const last = (days.at(-1) as CheckInDay).slot;
  const taken = new Set(days.filter((entry) => entry.day === entry.slot).map((entry) => entry.slot));
  const except: string[] = [];
  for (let slot = first; slot <= last; slot += step) if (!taken.has(slot)) except.push(at(slot));
  const extra = days.filter((entry) => entry.day !== entry.slot).map((entry) => at(entry.day));
  return {
    everyWeeks: step / 7,
    count: (last - first) / step + 1,
    ...(except.length === 0 ? {} : { except }),
    ...(extra.length === 0 ? {} : { extra }),
  };
}

/**
 * The check-ins of {@link checkInDates} as calendar entries for {@link toICalendar}: one recurring
 * entry (a weekly `RRULE`, with `EXDATE` for the slots that moved off a holiday or closure and
 * `RDATE` for the days they moved to) where that describes the dates exactly, which is whenever the
 * start time exists once on every day of the rule. Where the clocks change at that time of day (a
 * check-in at 02:30 in the night to summer time), or with `separate`, each check-in is an entry of
 * its own, its reference the day plus `uid`, with the info `schedule.checkIns.separateEvents`
 * naming the days that would not be exact.
 *
 * @example
 * ```ts
 * import { checkInSeries, toICalendar } from 'ontwikkelgesprek';
 * const series = checkInSeries({
 *   from: '2027-04-20', everyWeeks: 1, count: 3, time: '10:00', // King's Day falls on the second Tuesday
 *   uid: 'sanne-checkins@example.org', employeeName: 'Sanne',
 *   organizer: { email: 'ahmed@example.org' }, attendees: [{ email: 'sanne@example.org' }],
 * });
 * if (series.ok) {
 *   series.value[0]?.summary; // 'Voortgangsgesprek met Sanne'
 *   series.value[0]?.recurrence; // { everyWeeks: 1, count: 3, except: ['2027-04-27T10:00:00+02:00'], extra: ['2027-04-28T10:00:00+02:00'] }
 *   const ics = toICalendar(series.value, { dtstamp: '2027-04-01T09:00:00+02:00', timeZone: 'Europe/Amsterdam', method: 'request' });
 *   ics.ok && ics.value.includes('RDATE;TZID=Europe/Amsterdam:20270428T100000'); // true
 * }
 * ```
 */
export function checkInSeries(input: CheckInSeriesInput): Result<readonly CalendarEvent[]> {
  const parsed = parseWith(checkInSeriesInputSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const plan = checkInPlan(value);
  if (!plan.ok) return plan;
  const { days, start, step } = plan.value;
  if (days.length === 0) return ok(Object.freeze([]));
  const timeZone = value.timeZone ?? value.calendar?.timeZone ?? defaultTimeZone;
  const durationMs = (value.durationMinutes ?? 30) * minuteMs;
  const { text } = textWriter(value.locale);
  const summary =
    value.summary ??
    text('schedule.invitation.summary', { kind: 'checkIn', ...(value.employeeName === undefined ? {} : { employee: value.employeeName }) });
  const shared = sharedParts(value, summary);
  const msOf = (day: number) => momentAt(fromDayNumber(day), value.time, timeZone);
  const at = (day: number) => isoInZone(msOf(day), timeZone);
  const inexact = inexactDays(days, start, step, value.time, timeZone);
  if (value.separate !== true && inexact.length === 0) {
    const first: CalendarEvent = {
      uid: value.uid,
      start: at(start),
      end: isoInZone(msOf(start) + durationMs, timeZone),
      ...shared,
      recurrence: recurrenceOf(days, start, step, at),
    };
    return ok(deepFreeze([first]));
  }
  const events = days.map(
    (entry): CalendarEvent => ({
      uid: `${fromDayNumber(entry.day).replaceAll('-', '')}-${value.uid}`,
      start: at(entry.day),
      end: isoInZone(msOf(entry.day) + durationMs, timeZone),
      ...shared,
    }),
  );
  const findings =
    inexact.length === 0 ? [] : [finding.info('schedule.checkIns.separateEvents', { params: { dates: inexact.map(fromDayNumber) } })];
  return resultOf(deepFreeze(events), findings);
}
