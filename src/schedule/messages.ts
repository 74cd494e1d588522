import { defineMessages } from '../core/index.js';

/**
 * Messages of the schedule module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { scheduleMessages } from 'ontwikkelgesprek';
 * scheduleMessages['schedule.plan.overdue'].en; // 'The conversation was due by {latestAllowed}...'
 * ```
 */
export const scheduleMessages = defineMessages({
  'schedule.holidays.yearOutOfRange': {
    nl: 'Feestdagen zijn beschikbaar voor de jaren {first} tot en met {last}, niet voor {year}.',
    en: 'Holidays are available for the years {first} to {last}, not for {year}.',
  },
  'schedule.date.outOfRange': {
    nl: 'Plannen kan van 1900 tot 2200; deze datum valt daarbuiten.',
    en: 'Planning works from 1900 to 2200; this date is outside that range.',
  },
  'schedule.calendar.closureReversed': {
    nl: 'Deze sluiting eindigt ({to}) voordat ze begint ({from}).',
    en: 'This closure ends ({to}) before it starts ({from}).',
  },
  'schedule.calendar.closuresTooLong': {
    nl: 'De sluitingen beslaan samen meer dan {limit} dagen; zo blijft er geen werkkalender over.',
    en: 'Together the closures cover more than {limit} days; that leaves no working calendar.',
  },
  'schedule.calendar.noWorkingDay': {
    nl: 'Binnen {days} dagen na {from} is er geen enkele werkdag; kijk de werkdagen en sluitingen na.',
    en: 'There is no working day within {days} days of {from}; check the working weekdays and closures.',
  },
  'schedule.calendar.rangeTooLong': {
    nl: 'De periode van {from} tot {to} is te lang om werkdagen in te tellen.',
    en: 'The period from {from} to {to} is too long to count working days in.',
  },
  'schedule.policy.bounds': {
    nl: 'Het beleid klopt niet: minimale termijn <= gewenste termijn <= maximale termijn.',
    en: 'The policy is inconsistent: minimum interval <= preferred interval <= maximum interval.',
  },
  'schedule.policy.kindMismatch': {
    nl: 'Het ritmebeleid is voor "{policyKind}", maar er wordt een "{kind}" gepland.',
    en: 'The rhythm policy is for "{policyKind}", but a "{kind}" is being planned.',
  },
  'schedule.time.window': {
    nl: 'Het tijdvak moet eindigen na het begin.',
    en: 'The time window must end after it starts.',
  },
  'schedule.time.windowTooShort': {
    nl: 'In de gewenste uren past geen gesprek van {minutes} minuten.',
    en: 'A conversation of {minutes} minutes does not fit in the preferred hours.',
  },
  'schedule.time.shiftedByDst': {
    nl: 'Op {date} bestaat {time} niet door de zomertijd; het gesprek begint om {actual}.',
    en: 'On {date}, {time} does not exist because of daylight saving time; the conversation starts at {actual}.',
  },
  'schedule.plan.wishUsed': {
    nl: 'De medewerker wil over {months} maanden verder praten; dat past binnen het beleid.',
    en: 'The employee wants to talk again in {months} months; that is within the policy.',
  },
  'schedule.plan.wishClamped': {
    nl: 'De wens van {wish} maanden valt buiten het beleid ({min} tot {max}); gepland na {months} maanden.',
    en: 'The wish of {wish} months is outside the policy ({min} to {max}); planned after {months} months.',
  },
  'schedule.plan.wishIgnored': {
    nl: 'Voor het eerste gesprek na indiensttreding telt de wens voor de termijn nog niet.',
    en: 'For the first conversation after hire, the wish for the interval does not apply yet.',
  },
  'schedule.plan.preferredInterval': {
    nl: 'Gepland volgens de gebruikelijke termijn van {months} maanden.',
    en: 'Planned at the usual interval of {months} months.',
  },
  'schedule.plan.firstAfterHire': {
    nl: 'Eerste gesprek: {months} maanden na indiensttreding op {hireDate}.',
    en: 'First conversation: {months} months after joining on {hireDate}.',
  },
  'schedule.plan.noHistory': {
    nl: 'Er is geen vorig gesprek en geen datum van indiensttreding; het gesprek wordt zo snel mogelijk gepland.',
    en: 'There is no previous conversation and no hire date; the conversation is planned as soon as possible.',
  },
  'schedule.plan.lastInFuture': {
    nl: 'Het vorige gesprek ({date}) ligt na vandaag ({today}); klopt die datum?',
    en: 'The previous conversation ({date}) is after today ({today}); is that date right?',
  },
  'schedule.plan.overdue': {
    nl: 'Het gesprek had uiterlijk {latestAllowed} moeten plaatsvinden; de eerste mogelijkheid is {date}, {days} {days|dag|dagen} te laat.',
    en: 'The conversation was due by {latestAllowed}; the first opportunity is {date}, {days} {days|day|days} late.',
  },
  'schedule.plan.targetPassed': {
    nl: 'De beoogde datum {target} is al voorbij; gepland op de eerste mogelijkheid, {date}, nog op tijd.',
    en: 'The intended date {target} has passed; planned at the first opportunity, {date}, still in time.',
  },
  'schedule.plan.movedLater': {
    nl: 'Verschoven van {target} naar {date}: {target} is geen werkdag ({reason}).',
    en: 'Moved from {target} to {date}: {target} is not a working day ({reason}).',
  },
  'schedule.plan.movedEarlier': {
    nl: 'Vervroegd van {target} naar {date}, de laatste werkdag binnen de termijn: {target} is geen werkdag ({reason}).',
    en: 'Brought forward from {target} to {date}, the last working day within the limit: {target} is not a working day ({reason}).',
  },
  'schedule.plan.proposed': {
    nl: 'Voorstel: {date} om {time} ({timeZone}).',
    en: 'Proposal: {date} at {time} ({timeZone}).',
  },
  'schedule.followUp.agreementWithoutDeadline': {
    nl: 'Afspraak "{id}" heeft geen deadline en kan dus niet worden opgevolgd.',
    en: 'Agreement "{id}" has no deadline, so it cannot be followed up.',
  },
  'schedule.followUp.conversationOverdue': {
    nl: 'Het gesprek is {days} {days|dag|dagen} te laat (uiterlijk {dueDate}).',
    en: 'The conversation is {days} {days|day|days} overdue (due by {dueDate}).',
  },
  'schedule.followUp.conversationDueSoon': {
    nl: 'Het gesprek moet binnen {days} {days|dag|dagen} plaatsvinden (uiterlijk {dueDate}).',
    en: 'The conversation is due within {days} {days|day|days} (by {dueDate}).',
  },
  'schedule.followUp.plannedTooLate': {
    nl: 'Het geplande gesprek ({nextPlanned}) valt na de uiterste datum {dueDate}.',
    en: 'The planned conversation ({nextPlanned}) falls after the latest allowed date {dueDate}.',
  },
  'schedule.followUp.agreementOverdue': {
    nl: 'Afspraak "{id}" is {days} {days|dag|dagen} over de deadline ({when}).',
    en: 'Agreement "{id}" is {days} {days|day|days} past its deadline ({when}).',
  },
  'schedule.reminders.dropped': {
    nl: '{count} {count|herinnering lag|herinneringen lagen} al in het verleden en {count|is|zijn} weggelaten.',
    en: '{count} {count|reminder was|reminders were} already in the past and {count|has|have} been left out.',
  },
  'schedule.due.duplicateEmployee': {
    nl: 'Medewerker "{id}" staat meer dan eens in de lijst.',
    en: 'Employee "{id}" appears more than once in the list.',
  },
  'schedule.ical.endBeforeStart': {
    nl: 'Het agenda-item eindigt vóórdat het begint.',
    en: 'The event ends before it starts.',
  },
  'schedule.ical.duplicateUid': {
    nl: 'UID "{uid}" komt meer dan eens voor; agenda\'s zouden afspraken overschrijven.',
    en: 'UID "{uid}" occurs more than once; calendars would overwrite events.',
  },
  'schedule.ical.textCleaned': {
    nl: 'In {field} stonden tekens die een agenda niet kan bewaren (stuurtekens of een half teken); die zijn weggelaten of vervangen door �.',
    en: '{field} held characters a calendar cannot store (control characters or half a character); they were left out or replaced by �.',
  },
  'schedule.reminders.duplicateAgreement': {
    nl: 'Afspraak "{id}" komt twee keer voor; geef elke afspraak een eigen id, anders vallen herinneringen weg.',
    en: 'Agreement "{id}" occurs twice; give every agreement its own id, or reminders would be lost.',
  },
  'schedule.checkIns.endMissing': {
    nl: 'Geef een einddatum (until) of een aantal (count) voor de voortgangsgesprekken.',
    en: 'Give an end date (until) or a count for the check-ins.',
  },
});
