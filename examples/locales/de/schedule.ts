import type { FindingParamsOf, Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { kind as withArticle, theKind } from './grammar.js';

type Moved = FindingParamsOf<'schedule.plan.movedLater'>;

/** "ein Feiertag ist (Königstag)", "in die Schließzeit „Weihnachtsschließung“ fällt": why the planned day is no working day. */
function why({ reason, holiday, closure }: Moved, tools: MessageTools): string {
  if (holiday !== undefined) {
    const name = tools.labels.holiday[holiday];
    return name === undefined ? 'ein Feiertag ist' : `ein Feiertag ist (${name})`;
  }
  if (reason === 'closure') return closure === undefined ? 'in eine Schließzeit fällt' : `in die Schließzeit ${tools.ref(closure)} fällt`;
  if (reason === 'holiday') return 'einer der freien Tage der Organisation ist';
  return 'kein Arbeitstag ist';
}

function months(count: number, tools: MessageTools): string {
  return `${tools.format.number(count)} ${count === 1 ? 'Monat' : 'Monate'}`;
}

/** German messages of the schedule module, and the texts of its reminders and calendar entries. */
export const scheduleMessagesDe = defineMessages({
  'schedule.holidays.yearOutOfRange': 'Feiertage sind für die Jahre {first} bis {last} bekannt; {year} liegt außerhalb.',
  'schedule.date.outOfRange':
    'Der {value:date} liegt außerhalb des Zeitraums, für den geplant werden kann: vom {from:date} bis einschließlich {to:date}.',
  'schedule.calendar.closureReversed':
    'Diese Schließzeit endet am {to:date}, bevor sie am {from:date} beginnt; bitte Anfang und Ende tauschen.',
  'schedule.calendar.closuresTooLong':
    'Die Schließzeiten umfassen zusammen mehr als {limit} Tage; damit bleibt kein Arbeitskalender übrig.',
  'schedule.calendar.noWorkingDay':
    'In den {days} Tagen ab dem {from:date} gibt es keinen einzigen Arbeitstag; bitte Arbeitstage und Schließzeiten prüfen.',
  'schedule.calendar.rangeTooLong': 'Der Zeitraum vom {from:date} bis zum {to:date} ist zu lang, um darin Arbeitstage zu zählen.',
  'schedule.policy.bounds': ({ min, preferred, max }, tools) =>
    min === undefined || preferred === undefined || max === undefined
      ? 'Die Abstände der Rhythmusregel passen nicht zusammen: Der kürzeste darf nicht länger sein als der übliche, der übliche nicht länger als der längste.'
      : `Die Abstände der Rhythmusregel passen nicht zusammen: Der kürzeste (${tools.value(min)} Monate) darf nicht länger sein als der übliche (${tools.value(preferred)}), der übliche nicht länger als der längste (${tools.value(max)}).`,
  'schedule.policy.kindMismatch': ({ policyKind, kind }) =>
    `Die Rhythmusregel ist für ${withArticle(policyKind, 'acc')} gedacht, geplant wird aber ${withArticle(kind, 'nom')}.`,
  'schedule.time.window': ({ from, to }) =>
    from === undefined || to === undefined
      ? 'Das Zeitfenster muss nach seinem Beginn enden.'
      : `Das Zeitfenster von ${from} bis ${to} Uhr endet nicht nach seinem Beginn; wählen Sie ein Ende nach der Anfangszeit.`,
  'schedule.time.windowTooShort': 'Ein Gespräch von {minutes} Minuten passt nicht in die bevorzugten Zeiten.',
  'schedule.time.shiftedByDst':
    'Am {date:date} gibt es die Uhrzeit {time} nicht, weil in der Nacht die Uhren eine Stunde vorgestellt werden; das Gespräch beginnt um {actual} Uhr.',
  'schedule.plan.wishUsed': 'Der Mitarbeiter möchte in {months} {months|Monat|Monaten} wieder sprechen; das liegt innerhalb der Regel.',
  'schedule.plan.wishClamped':
    'Der Mitarbeiter möchte in {wish} {wish|Monat|Monaten} wieder sprechen, die Regel erlaubt aber {min} bis {max} Monate; das Gespräch wird nach {months} {months|Monat|Monaten} geplant.',
  'schedule.plan.wishIgnored': 'Für das erste Gespräch nach dem Eintritt gilt der gewünschte Abstand noch nicht.',
  'schedule.plan.preferredInterval': 'Geplant nach dem üblichen Abstand von {months} {months|Monat|Monaten}.',
  'schedule.plan.firstAfterHire': ({ months: count, hireDate }, tools) =>
    `Erstes Gespräch: ${months(count, tools)} nach dem Eintritt am ${tools.value(hireDate, 'date')}.`,
  'schedule.plan.noHistory': 'Es gibt kein früheres Gespräch und kein Eintrittsdatum; das Gespräch wird so bald wie möglich geplant.',
  'schedule.plan.lastInFuture': 'Das vorige Gespräch ist am {date:date}, also nach heute ({today:date}); stimmt dieses Datum?',
  'schedule.plan.overdue':
    'Das Gespräch war bis zum {latestAllowed:date} fällig; der erste mögliche Termin ist der {date:date}, {days} {days|Tag|Tage} zu spät.',
  'schedule.plan.targetPassed':
    'Der vorgesehene Termin, der {target:date}, ist verstrichen; das Gespräch wird zum ersten möglichen Termin geplant, am {date:date}, noch rechtzeitig.',
  'schedule.plan.movedLater': (params, tools) =>
    `Verschoben vom ${tools.value(params.target, 'date')} auf den ${tools.value(params.date, 'date')}, weil der ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.movedEarlier': (params, tools) =>
    `Vorgezogen vom ${tools.value(params.target, 'date')} auf den ${tools.value(params.date, 'date')}, den letzten Arbeitstag, der noch rechtzeitig ist, weil der ${tools.value(params.target, 'date')} ${why(params, tools)}.`,
  'schedule.plan.proposed': 'Vorschlag: {date:date} um {time} Uhr (Zeitzone {timeZone}).',
  'schedule.followUp.agreementWithoutDeadline': 'Die Vereinbarung {agreement} hat keinen Termin und lässt sich deshalb nicht nachhalten.',
  'schedule.followUp.conversationOverdue':
    'Das Gespräch ist seit {days} {days|Tag|Tagen} überfällig; es war bis zum {dueDate:date} fällig.',
  'schedule.followUp.conversationDueSoon': ({ days, dueDate }, tools) =>
    days === 0
      ? `Das Gespräch ist heute fällig (${tools.value(dueDate, 'date')}).`
      : `Das Gespräch ist in ${tools.value(days)} ${days === 1 ? 'Tag' : 'Tagen'} fällig, bis zum ${tools.value(dueDate, 'date')}.`,
  'schedule.followUp.plannedTooLate':
    'Das nächste Gespräch ist für den {nextPlanned:date} geplant, also nach dem spätesten zulässigen Termin, dem {dueDate:date}.',
  'schedule.followUp.agreementOverdue':
    'Der Termin der Vereinbarung {agreement}, der {when:date}, ist seit {days} {days|Tag|Tagen} überschritten.',
  'schedule.reminders.dropped':
    '{count} {count|Erinnerung lag|Erinnerungen lagen} bereits in der Vergangenheit und {count|wurde|wurden} weggelassen.',
  'schedule.reminders.duplicateAgreement':
    'Die Vereinbarung {agreement} hat dieselbe Referenz wie eine frühere; jede Vereinbarung braucht eine eigene, sonst gehen Erinnerungen verloren.',
  // The employee has no name in the list; where they stand in it is what a reader can find.
  'schedule.due.duplicateEmployee': ({ position, first }, tools) =>
    `Der Mitarbeiter an Position ${tools.value(position)} der Liste stand schon an Position ${tools.value(first)} darin; jeder Mitarbeiter gehört nur einmal in die Liste.`,
  'schedule.checkIns.endMissing': 'Geben Sie an, bis wann die Zwischengespräche stattfinden oder wie viele es sind.',
  'schedule.checkIns.separateEvents':
    'Die Zwischengespräche stehen als einzelne Termine im Kalender: Am {dates:date} gibt es ihre Anfangszeit nicht oder doppelt, weil in der Nacht die Uhren umgestellt werden.',
  'schedule.ical.endBeforeStart': ({ event }, tools) =>
    event === undefined
      ? 'Der Kalendereintrag endet, bevor er beginnt.'
      : `Der Kalendereintrag ${tools.ref(event)} endet, bevor er beginnt.`,
  'schedule.ical.duplicateUid':
    'Der Kalendereintrag {event} hat dieselbe Referenz wie ein früherer; ein Kalender würde den einen durch den anderen ersetzen.',
  'schedule.ical.textCleaned': ({ field, event }, tools) =>
    `${field === undefined ? 'Der Text' : `Das Feld ${tools.format.quote(tools.labels.eventField[field] ?? 'Text')}`}${
      event === undefined ? '' : ` von ${tools.ref(event)}`
    } enthielt Zeichen, die ein Kalender nicht speichern kann (Steuerzeichen oder halbe Zeichen); sie wurden weggelassen oder durch � ersetzt.`,
  'schedule.ical.organizerMissing': 'Eine Einladung oder Absage für {event} braucht eine einladende Person.',
  'schedule.ical.attendeesMissing': 'Eine Einladung oder Absage für {event} braucht mindestens eine teilnehmende Person.',
  'schedule.ical.attendeeDuplicate': '{email} steht zweimal unter den Teilnehmenden von {event}.',
  'schedule.ical.otherEvent':
    'Die vorige Fassung gehört zu einem anderen Kalendereintrag als {event}; ein verschobenes Gespräch behält die Referenz, die es hatte.',
  'schedule.reminder.prepareEmployee': ({ kind, date, time }, tools) =>
    `Bereiten Sie sich auf ${theKind(kind, 'acc', tools)} am ${tools.value(date, 'date')} um ${time} Uhr vor: Was lief gut, wo möchten Sie wachsen, welche Punkte bringen Sie für die Agenda ein?`,
  'schedule.reminder.prepareManager': ({ kind, date, time, employee }, tools) =>
    `Bereiten Sie ${theKind(kind, 'acc', tools)}${employee === undefined ? '' : ` mit ${employee}`} am ${tools.value(date, 'date')} um ${time} Uhr vor: Erfolge, Stand der laufenden Ziele, Rückmeldungen von Kollegen und was die Ausrichtung der Organisation bedeutet.`,
  'schedule.reminder.conversation': ({ kind, date, time }, tools) =>
    `${capitalKind(kind, tools)} beginnt um ${time} Uhr (${tools.value(date, 'date')}). Die Vereinbarungen vom letzten Mal kommen zuerst.`,
  'schedule.reminder.deadline': 'Noch {days} {days|Tag|Tage} bis zum Termin von {agreement} ({when:date}).',
  'schedule.reminder.escalation': ({ agreement, when, employee }, tools) =>
    `Der Termin von ${tools.ref(agreement)} (${tools.value(when, 'date')}) ist verstrichen, und die Vereinbarung ist nicht erledigt. Sprechen Sie ${
      employee === undefined ? 'gemeinsam' : `mit ${employee}`
    } darüber, was nötig ist.`,
  'schedule.invitation.summary': ({ kind, employee }, tools) =>
    `${tools.value(kind, 'conversationKind')}${employee === undefined ? '' : ` mit ${employee}`}`,
});

function capitalKind(kind: unknown, tools: MessageTools): string {
  const text = theKind(kind, 'nom', tools);
  return text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
}

/** German labels of the schedule module. */
export const scheduleLabelsDe = {
  holiday: {
    newYearsDay: 'Neujahr',
    goodFriday: 'Karfreitag',
    easterSunday: 'Ostersonntag',
    easterMonday: 'Ostermontag',
    kingsDay: 'Königstag',
    queensDay: 'Königinnentag',
    liberationDay: 'Befreiungstag',
    ascensionDay: 'Christi Himmelfahrt',
    whitSunday: 'Pfingstsonntag',
    whitMonday: 'Pfingstmontag',
    christmasDay: '1. Weihnachtsfeiertag',
    boxingDay: '2. Weihnachtsfeiertag',
  },
  dayOff: { weekend: 'kein Arbeitstag', closure: 'Schließzeit', holiday: 'freier Tag' },
  eventField: {
    uid: 'Referenz',
    summary: 'Betreff',
    description: 'Beschreibung',
    location: 'Ort',
    productId: 'Produktname',
    name: 'Kalendername',
    alarm: 'Text der Erinnerung',
    organizer: 'Name der einladenden Person',
    attendee: 'Name der teilnehmenden Person',
  },
  reminderType: {
    preparation: 'Vorbereitung',
    conversation: 'Gespräch',
    agreementDeadline: 'Termin einer Vereinbarung',
    agreementEscalation: 'Verpasster Termin',
  },
  followUpState: { onTrack: 'im Plan', dueSoon: 'bald fällig', overdue: 'überfällig' },
} satisfies Partial<Labels>;
