import type { ConversationKind } from '../../vocabulary/index.js';
import type { FindingParamsOf, Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type Moved = FindingParamsOf<'schedule.plan.movedLater'>;

/** "is Koningsdag", "valt in de sluiting ‘Kerstsluiting’": why the planned day is no working day. */
function why({ reason, holiday, closure }: Moved, tools: MessageTools): string {
  if (holiday !== undefined) return `is ${tools.labels.holiday[holiday] ?? 'een feestdag'}`;
  if (reason === 'closure') return closure === undefined ? 'valt in een sluitingsperiode' : `valt in de sluiting ${tools.ref(closure)}`;
  if (reason === 'holiday') return 'is een vrije dag van de organisatie';
  return 'is geen werkdag';
}

/** "het ontwikkelgesprek", "de toekomstdialoog": the kind of conversation with its article. */
function theKind(kind: ConversationKind, tools: MessageTools): string {
  const name = tools.value(kind, 'conversationKind.lower');
  return `${kind === 'futureDialogue' ? 'de' : 'het'} ${name}`;
}

/** Dutch messages of the schedule module, and the texts of its reminders and calendar entries. */
export const scheduleMessagesNl = defineMessages({
  'schedule.holidays.yearOutOfRange': 'Feestdagen zijn bekend voor de jaren {first} tot en met {last}; {year} valt daarbuiten.',
  'schedule.date.outOfRange': '{value:date} valt buiten de periode waarin de planning werkt: van {from:date} tot en met {to:date}.',
  'schedule.calendar.closureReversed': 'Deze sluiting eindigt op {to:date}, vóór haar begin op {from:date}; draai begin en einde om.',
  'schedule.calendar.closuresTooLong': 'De sluitingen beslaan samen meer dan {limit} dagen; dan blijft er geen werkkalender over.',
  'schedule.calendar.noWorkingDay':
    'In de {days} dagen vanaf {from:date} is er geen enkele werkdag; kijk de werkdagen en de sluitingen na.',
  'schedule.calendar.rangeTooLong': 'De periode van {from:date} tot {to:date} is te lang om werkdagen in te tellen.',
  'schedule.policy.bounds': ({ min, preferred, max }, tools) =>
    min === undefined || preferred === undefined || max === undefined
      ? 'De termijnen van het ritmebeleid passen niet bij elkaar: de kortste mag niet langer zijn dan de gebruikelijke, en die niet langer dan de langste.'
      : `De termijnen van het ritmebeleid passen niet bij elkaar: de kortste termijn (${tools.value(min)} maanden) mag niet langer zijn dan de gebruikelijke (${tools.value(preferred)}), en die niet langer dan de langste (${tools.value(max)}).`,
  'schedule.policy.kindMismatch':
    'Het ritmebeleid is bedoeld voor een {policyKind:conversationKind.lower}, maar er wordt een {kind:conversationKind.lower} gepland.',
  'schedule.time.window': ({ from, to }) =>
    from === undefined || to === undefined
      ? 'Het tijdvak moet eindigen na het begin.'
      : `Het tijdvak van ${from} tot ${to} eindigt niet na het begin; kies een eindtijd na de begintijd.`,
  'schedule.time.windowTooShort': 'In de gewenste uren past geen gesprek van {minutes} minuten.',
  'schedule.time.shiftedByDst':
    'Op {date:date} bestaat {time} niet, omdat de klok die nacht een uur vooruitgaat; het gesprek begint om {actual}.',
  'schedule.plan.wishUsed': 'De medewerker wil over {months} {months|maand|maanden} weer praten; dat past binnen het beleid.',
  'schedule.plan.wishClamped':
    'De medewerker wil over {wish} {wish|maand|maanden} weer praten, maar het beleid staat {min} tot {max} maanden toe; het gesprek is gepland na {months} {months|maand|maanden}.',
  'schedule.plan.wishIgnored': 'Voor het eerste gesprek na de indiensttreding telt de gewenste termijn nog niet.',
  'schedule.plan.preferredInterval': 'Gepland na de gebruikelijke termijn van {months} {months|maand|maanden}.',
  'schedule.plan.firstAfterHire': 'Eerste gesprek: {months} {months|maand|maanden} na de indiensttreding op {hireDate:date}.',
  'schedule.plan.noHistory': 'Er is geen vorig gesprek en geen datum van indiensttreding bekend; het gesprek is zo snel mogelijk gepland.',
  'schedule.plan.lastInFuture': 'Het vorige gesprek staat op {date:date}, na vandaag ({today:date}); klopt die datum?',
  'schedule.plan.overdue':
    'Het gesprek had uiterlijk {latestAllowed:date} moeten plaatsvinden; de eerste mogelijkheid is {date:date}, {days} {days|dag|dagen} te laat.',
  'schedule.plan.targetPassed':
    'De beoogde datum, {target:date}, is al voorbij; het gesprek is gepland op de eerste mogelijkheid, {date:date}, en valt nog binnen de termijn.',
  'schedule.plan.movedLater': (params, tools) =>
    `Verschoven van ${tools.value(params.target, 'date')} naar ${tools.value(params.date, 'date')}, want ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.movedEarlier': (params, tools) =>
    `Vervroegd van ${tools.value(params.target, 'date')} naar ${tools.value(params.date, 'date')}, de laatste werkdag binnen de termijn, want ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.proposed': 'Voorstel: {date:date} om {time} (tijdzone {timeZone}).',
  'schedule.followUp.agreementWithoutDeadline': 'Bij afspraak {agreement} staat geen deadline, dus die kan niet worden opgevolgd.',
  'schedule.followUp.conversationOverdue':
    'Het gesprek is {days} {days|dag|dagen} te laat; het had uiterlijk {dueDate:date} moeten plaatsvinden.',
  'schedule.followUp.conversationDueSoon': ({ days, dueDate }, tools) =>
    days === 0
      ? `Het gesprek moet vandaag plaatsvinden (${tools.value(dueDate, 'date')}).`
      : `Het gesprek moet binnen ${tools.value(days)} ${days === 1 ? 'dag' : 'dagen'} plaatsvinden, uiterlijk op ${tools.value(dueDate, 'date')}.`,
  'schedule.followUp.plannedTooLate': 'Het volgende gesprek staat gepland op {nextPlanned:date}, na de uiterste datum {dueDate:date}.',
  'schedule.followUp.agreementOverdue': 'Afspraak {agreement} is {days} {days|dag|dagen} over de deadline van {when:date}.',
  'schedule.reminders.dropped': '{count} {count|herinnering lag|herinneringen lagen} al in het verleden en {count|is|zijn} weggelaten.',
  'schedule.reminders.duplicateAgreement':
    'Afspraak {agreement} heeft hetzelfde kenmerk als een eerdere afspraak; geef elke afspraak een eigen kenmerk, anders vallen herinneringen weg.',
  // The employee has no name in the list; where they stand in it is what a reader can find.
  'schedule.due.duplicateEmployee': ({ position, first }, tools) =>
    `Medewerker nummer ${tools.value(position)} in de lijst stond er al eerder in, als nummer ${tools.value(first)}; elke medewerker hoort er één keer in.`,
  'schedule.checkIns.endMissing': 'Geef aan tot wanneer de voortgangsgesprekken doorlopen, of hoeveel het er zijn.',
  'schedule.checkIns.separateEvents':
    'De voortgangsgesprekken staan als losse agenda-items in de agenda: op {dates:date} bestaat de begintijd niet of twee keer, omdat de klok die nacht wordt verzet.',
  'schedule.ical.endBeforeStart': ({ event }, tools) =>
    event === undefined ? 'Het agenda-item eindigt voordat het begint.' : `Agenda-item ${tools.ref(event)} eindigt voordat het begint.`,
  'schedule.ical.duplicateUid':
    'Agenda-item {event} heeft hetzelfde kenmerk als een eerder item; een agenda zou het ene door het andere vervangen.',
  'schedule.ical.textCleaned': ({ field, event }, tools) =>
    `In ${field === 'summary' || field === 'uid' ? 'het' : 'de'} ${tools.labels.eventField[field] ?? 'tekst'}${
      event === undefined ? '' : ` van ${tools.ref(event)}`
    } stonden tekens die een agenda niet kan bewaren (stuurtekens of een half teken); die zijn weggelaten of vervangen door �.`,
  'schedule.ical.organizerMissing': 'Een uitnodiging of afzegging voor {event} heeft een organisator nodig.',
  'schedule.ical.attendeesMissing': 'Een uitnodiging of afzegging voor {event} heeft minstens één genodigde nodig.',
  'schedule.ical.attendeeDuplicate': '{email} staat twee keer bij de genodigden van {event}.',
  'schedule.ical.otherEvent':
    'De vorige versie hoort bij een ander agenda-item dan {event}; een verplaatst gesprek houdt het kenmerk dat het had.',
  'schedule.reminder.prepareEmployee':
    'Bereid je {kind:conversationKind.lower} van {date:date} om {time} voor: wat ging goed, waar wil je groeien, welke punten zet je op de agenda?',
  'schedule.reminder.prepareManager': ({ kind, date, time, employee }, tools) =>
    `Bereid ${theKind(kind, tools)}${employee === undefined ? '' : ` met ${employee}`} van ${tools.value(date, 'date')} om ${time} voor: resultaten, voortgang op lopende doelen, feedback van collega's en wat de koers van de organisatie betekent.`,
  'schedule.reminder.conversation': ({ kind, date, time }, tools) => {
    const text = theKind(kind, tools);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)} begint om ${time} (${tools.value(date, 'date')}). Eerst komen de afspraken van vorige keer aan bod.`;
  },
  'schedule.reminder.deadline': 'Nog {days} {days|dag|dagen} tot de deadline van {agreement} ({when:date}).',
  'schedule.reminder.escalation': ({ agreement, when, employee }, tools) =>
    `De deadline van ${tools.ref(agreement)} (${tools.value(when, 'date')}) is verstreken en de afspraak is nog niet afgerond. Bespreek ${
      employee === undefined ? 'samen' : `met ${employee}`
    } wat er nodig is.`,
  'schedule.invitation.summary': ({ kind, employee }, tools) => {
    const name = tools.value(kind, 'conversationKind');
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}${employee === undefined ? '' : ` met ${employee}`}`;
  },
});

/** Dutch labels of the schedule module. */
export const scheduleLabelsNl = {
  holiday: {
    newYearsDay: 'Nieuwjaarsdag',
    goodFriday: 'Goede Vrijdag',
    easterSunday: 'Eerste paasdag',
    easterMonday: 'Tweede paasdag',
    kingsDay: 'Koningsdag',
    queensDay: 'Koninginnedag',
    liberationDay: 'Bevrijdingsdag',
    ascensionDay: 'Hemelvaartsdag',
    whitSunday: 'Eerste pinksterdag',
    whitMonday: 'Tweede pinksterdag',
    christmasDay: 'Eerste kerstdag',
    boxingDay: 'Tweede kerstdag',
  },
  dayOff: { weekend: 'geen werkdag', closure: 'sluiting', holiday: 'vrije dag' },
  eventField: {
    uid: 'kenmerk',
    summary: 'onderwerp',
    description: 'beschrijving',
    location: 'locatie',
    productId: 'productnaam',
    name: 'naam van de agenda',
    alarm: 'herinneringstekst',
    organizer: 'naam van de organisator',
    attendee: 'naam van een genodigde',
  },
  reminderType: {
    preparation: 'voorbereiding',
    conversation: 'gesprek',
    agreementDeadline: 'deadline van een afspraak',
    agreementEscalation: 'verstreken deadline',
  },
  followUpState: { onTrack: 'op schema', dueSoon: 'binnenkort', overdue: 'te laat' },
} satisfies Partial<Labels>;
