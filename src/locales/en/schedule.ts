import type { FindingParamsOf, Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type Moved = FindingParamsOf<'schedule.plan.movedLater'>;

/** "is King's Day", "falls in the closure “Christmas shutdown”": why the planned day is no working day. */
function why({ reason, holiday, closure }: Moved, tools: MessageTools): string {
  if (holiday !== undefined) return `is ${tools.labels.holiday[holiday] ?? 'a public holiday'}`;
  if (reason === 'closure') return closure === undefined ? 'falls in a closure' : `falls in the closure ${tools.ref(closure)}`;
  if (reason === 'holiday') return "is one of the organisation's days off";
  return 'is not a working day';
}

/** English messages of the schedule module, and the texts of its reminders and calendar entries. */
export const scheduleMessagesEn = defineMessages({
  'schedule.holidays.yearOutOfRange': 'Public holidays are known for the years {first} to {last}; {year} is outside them.',
  'schedule.date.outOfRange': '{value:date} lies outside the period planning works for: from {from:date} up to and including {to:date}.',
  'schedule.calendar.closureReversed': 'This closure ends on {to:date}, before it starts on {from:date}; swap the start and the end.',
  'schedule.calendar.closuresTooLong': 'Together the closures cover more than {limit} days, which leaves no working calendar.',
  'schedule.calendar.noWorkingDay':
    'There is not a single working day in the {days} days from {from:date}; check the working days and closures.',
  'schedule.calendar.rangeTooLong': 'The period from {from:date} to {to:date} is too long to count working days in.',
  'schedule.policy.bounds': ({ min, preferred, max }, tools) =>
    min === undefined || preferred === undefined || max === undefined
      ? 'The intervals of the rhythm policy do not fit together: the shortest may not be longer than the usual one, nor the usual one longer than the longest.'
      : `The intervals of the rhythm policy do not fit together: the shortest (${tools.value(min)} months) may not be longer than the usual one (${tools.value(preferred)}), nor the usual one longer than the longest (${tools.value(max)}).`,
  'schedule.policy.kindMismatch':
    'The rhythm policy is meant for a {policyKind:conversationKind.lower}, but a {kind:conversationKind.lower} is being planned.',
  'schedule.time.window': ({ from, to }) =>
    from === undefined || to === undefined
      ? 'The time window must end after it starts.'
      : `The time window from ${from} to ${to} does not end after it starts; choose an end time after the start time.`,
  'schedule.time.windowTooShort': 'A conversation of {minutes} minutes does not fit in the preferred hours.',
  'schedule.time.shiftedByDst':
    'On {date:date} the time {time} does not exist, because the clocks go forward an hour that night; the conversation starts at {actual}.',
  'schedule.plan.wishUsed': 'The employee wants to talk again in {months} {months|month|months}; that is within the policy.',
  'schedule.plan.wishClamped':
    'The employee wants to talk again in {wish} {wish|month|months}, but the policy allows {min} to {max} months; the conversation is planned after {months} {months|month|months}.',
  'schedule.plan.wishIgnored': 'For the first conversation after joining, the wished interval does not apply yet.',
  'schedule.plan.preferredInterval': 'Planned after the usual interval of {months} {months|month|months}.',
  'schedule.plan.firstAfterHire': 'First conversation: {months} {months|month|months} after joining on {hireDate:date}.',
  'schedule.plan.noHistory': 'There is no previous conversation and no date of joining; the conversation is planned as soon as possible.',
  'schedule.plan.lastInFuture': 'The previous conversation is on {date:date}, after today ({today:date}); is that date right?',
  'schedule.plan.overdue':
    'The conversation was due by {latestAllowed:date}; the first opportunity is {date:date}, {days} {days|day|days} late.',
  'schedule.plan.targetPassed':
    'The intended date, {target:date}, has passed; the conversation is planned at the first opportunity, {date:date}, still in time.',
  'schedule.plan.movedLater': (params, tools) =>
    `Moved from ${tools.value(params.target, 'date')} to ${tools.value(params.date, 'date')}, because ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.movedEarlier': (params, tools) =>
    `Brought forward from ${tools.value(params.target, 'date')} to ${tools.value(params.date, 'date')}, the last working day in time, because ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.proposed': 'Proposal: {date:date} at {time} (time zone {timeZone}).',
  'schedule.followUp.agreementWithoutDeadline': 'The agreement {agreement} has no deadline, so it cannot be followed up.',
  'schedule.followUp.conversationOverdue': 'The conversation is {days} {days|day|days} overdue; it was due by {dueDate:date}.',
  'schedule.followUp.conversationDueSoon': ({ days, dueDate }, tools) =>
    days === 0
      ? `The conversation is due today (${tools.value(dueDate, 'date')}).`
      : `The conversation is due within ${tools.value(days)} ${days === 1 ? 'day' : 'days'}, by ${tools.value(dueDate, 'date')}.`,
  'schedule.followUp.plannedTooLate':
    'The next conversation is planned on {nextPlanned:date}, after the latest allowed date, {dueDate:date}.',
  'schedule.followUp.agreementOverdue': 'The agreement {agreement} is {days} {days|day|days} past its deadline of {when:date}.',
  'schedule.reminders.dropped': '{count} {count|reminder was|reminders were} already in the past and {count|has|have} been left out.',
  'schedule.reminders.duplicateAgreement':
    'The agreement {agreement} has the same reference as an earlier one; give every agreement its own, or reminders would be lost.',
  // The employee has no name in the list; where they stand in it is what a reader can find.
  'schedule.due.duplicateEmployee': ({ position, first }, tools) =>
    `Employee number ${tools.value(position)} in the list was already in it, as number ${tools.value(first)}; every employee belongs in it once.`,
  'schedule.checkIns.endMissing': 'Say until when the check-ins continue, or how many there are.',
  'schedule.checkIns.separateEvents':
    'The check-ins are in the calendar as separate entries: on {dates:date} their start time does not exist or occurs twice, because the clocks change that night.',
  'schedule.ical.endBeforeStart': ({ event }, tools) =>
    event === undefined ? 'The calendar entry ends before it starts.' : `The calendar entry ${tools.ref(event)} ends before it starts.`,
  'schedule.ical.duplicateUid':
    'The calendar entry {event} has the same reference as an earlier one; a calendar would replace one with the other.',
  'schedule.ical.textCleaned': ({ field, event }, tools) =>
    `The ${tools.labels.eventField[field] ?? 'text'}${
      event === undefined ? '' : ` of ${tools.ref(event)}`
    } held characters a calendar cannot store (control characters or half a character); they were left out or replaced by �.`,
  'schedule.ical.organizerMissing': 'An invitation or cancellation for {event} needs an organiser.',
  'schedule.ical.attendeesMissing': 'An invitation or cancellation for {event} needs at least one attendee.',
  'schedule.ical.attendeeDuplicate': '{email} is among the attendees of {event} twice.',
  'schedule.ical.otherEvent':
    'The previous version belongs to another calendar entry than {event}; a moved conversation keeps the reference it had.',
  'schedule.reminder.prepareEmployee':
    'Prepare for your {kind:conversationKind.lower} on {date:date} at {time}: what went well, where do you want to grow, which points will you put on the agenda?',
  'schedule.reminder.prepareManager': ({ kind, date, time, employee }, tools) =>
    `Prepare the ${tools.value(kind, 'conversationKind.lower')}${employee === undefined ? '' : ` with ${employee}`} on ${tools.value(date, 'date')} at ${time}: achievements, progress on running goals, feedback from colleagues and what the organisation's direction means.`,
  'schedule.reminder.conversation':
    'The {kind:conversationKind.lower} starts at {time} ({date:date}). The agreements from last time come first.',
  'schedule.reminder.deadline': '{days} {days|day|days} left until the deadline of {agreement} ({when:date}).',
  'schedule.reminder.escalation': ({ agreement, when, employee }, tools) =>
    `The deadline of ${tools.ref(agreement)} (${tools.value(when, 'date')}) has passed and the agreement is not done. Talk ${
      employee === undefined ? 'together' : `with ${employee}`
    } about what is needed.`,
  'schedule.invitation.summary': ({ kind, employee }, tools) => {
    const name = tools.value(kind, 'conversationKind');
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}${employee === undefined ? '' : ` with ${employee}`}`;
  },
});

/** English labels of the schedule module. */
export const scheduleLabelsEn = {
  holiday: {
    newYearsDay: "New Year's Day",
    goodFriday: 'Good Friday',
    easterSunday: 'Easter Sunday',
    easterMonday: 'Easter Monday',
    kingsDay: "King's Day",
    queensDay: "Queen's Day",
    liberationDay: 'Liberation Day',
    ascensionDay: 'Ascension Day',
    whitSunday: 'Whit Sunday',
    whitMonday: 'Whit Monday',
    christmasDay: 'Christmas Day',
    boxingDay: 'Boxing Day',
  },
  dayOff: { weekend: 'no working day', closure: 'closure', holiday: 'day off' },
  eventField: {
    uid: 'reference',
    summary: 'subject',
    description: 'description',
    location: 'location',
    productId: 'product name',
    name: 'calendar name',
    alarm: 'alarm text',
    organizer: "organiser's name",
    attendee: "attendee's name",
  },
  reminderType: {
    preparation: 'preparation',
    conversation: 'conversation',
    agreementDeadline: 'agreement deadline',
    agreementEscalation: 'missed deadline',
  },
  followUpState: { onTrack: 'on track', dueSoon: 'due soon', overdue: 'overdue' },
} satisfies Partial<Labels>;
