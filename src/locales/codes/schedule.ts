import type { Ref } from '../../core/index.js';
import type { ConversationKind } from '../../vocabulary/index.js';

/** The findings of the schedule module, with their params; `schedule.reminder.*` are the texts of reminders. */
export interface ScheduleFindingParams {
  'schedule.holidays.yearOutOfRange': { year: string; first: string; last: string };
  'schedule.date.outOfRange': { value: string; from: string; to: string };
  'schedule.calendar.closureReversed': { from: string; to: string };
  'schedule.calendar.closuresTooLong': { limit: number };
  'schedule.calendar.noWorkingDay': { from: string; days: number };
  'schedule.calendar.rangeTooLong': { from: string; to: string };
  'schedule.policy.bounds': { min?: number; preferred?: number; max?: number };
  'schedule.policy.kindMismatch': { kind: ConversationKind; policyKind: ConversationKind };
  'schedule.time.window': { from?: string; to?: string };
  'schedule.time.windowTooShort': { minutes: number };
  'schedule.time.shiftedByDst': { date: string; time: string; actual: string };
  'schedule.plan.wishUsed': { months: number };
  'schedule.plan.wishClamped': { wish: number; months: number; min: number; max: number };
  'schedule.plan.wishIgnored': Record<never, never>;
  'schedule.plan.preferredInterval': { months: number };
  'schedule.plan.firstAfterHire': { months: number; hireDate: string };
  'schedule.plan.noHistory': Record<never, never>;
  'schedule.plan.lastInFuture': { date: string; today: string };
  'schedule.plan.overdue': { latestAllowed: string; date: string; days: number };
  'schedule.plan.targetPassed': { target: string; date: string };
  'schedule.plan.movedLater': {
    target: string;
    date: string;
    /** Why the day is off: not a working weekday, a closure, or a day off (a public holiday or the host's own). */
    reason: 'weekend' | 'closure' | 'holiday';
    /** The public holiday, when it is one. */
    holiday?:
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
    /** The closure's name, when it has one. */
    closure?: string;
  };
  'schedule.plan.movedEarlier': {
    target: string;
    date: string;
    /** Why the day is off: not a working weekday, a closure, or a day off (a public holiday or the host's own). */
    reason: 'weekend' | 'closure' | 'holiday';
    /** The public holiday, when it is one. */
    holiday?:
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
    /** The closure's name, when it has one. */
    closure?: string;
  };
  'schedule.plan.proposed': { date: string; time: string; timeZone: string };
  'schedule.followUp.agreementWithoutDeadline': { agreement: Ref };
  'schedule.followUp.conversationOverdue': { days: number; dueDate: string };
  'schedule.followUp.conversationDueSoon': { days: number; dueDate: string };
  'schedule.followUp.plannedTooLate': { nextPlanned: string; dueDate: string };
  'schedule.followUp.agreementOverdue': { agreement: Ref; days: number; when: string };
  'schedule.reminders.dropped': { count: number };
  'schedule.reminders.duplicateAgreement': { agreement: Ref };
  'schedule.due.duplicateEmployee': { employee: Ref; position: number; first: number };
  'schedule.checkIns.endMissing': Record<never, never>;
  'schedule.checkIns.separateEvents': { dates: readonly string[] };
  'schedule.ical.endBeforeStart': { event?: Ref };
  'schedule.ical.duplicateUid': { event: Ref };
  'schedule.ical.textCleaned': {
    field: 'uid' | 'summary' | 'description' | 'location' | 'productId' | 'name' | 'alarm' | 'organizer' | 'attendee';
    event?: Ref;
  };
  'schedule.ical.organizerMissing': { event: Ref };
  'schedule.ical.attendeesMissing': { event: Ref };
  'schedule.ical.attendeeDuplicate': { event: Ref; email: string };
  'schedule.ical.otherEvent': { event: Ref };
  /** Reminder text: the employee prepares. */
  'schedule.reminder.prepareEmployee': { kind: ConversationKind; date: string; time: string };
  /** Reminder text: the manager prepares; `employee` is the employee's name when the host gave one. */
  'schedule.reminder.prepareManager': { kind: ConversationKind; date: string; time: string; employee?: string };
  /** Reminder text (and calendar alarm): the conversation starts soon. */
  'schedule.reminder.conversation': { kind: ConversationKind; date: string; time: string };
  /** Reminder text: days left until an agreement's deadline. */
  'schedule.reminder.deadline': { agreement: Ref; when: string; days: number };
  /** Reminder text: a deadline passed and the agreement is not done. */
  'schedule.reminder.escalation': { agreement: Ref; when: string; employee?: string };
  /** Calendar text: the title of a conversation's entry when the host gives none. */
  'schedule.invitation.summary': { kind: ConversationKind; employee?: string };
}

/** The label families of the schedule module. */
export interface ScheduleLabelFamilies {
  /** The names of the Dutch public holidays: "Koningsdag", "King's Day". */
  holiday:
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
  /** Why a day is off, inside a sentence: "geen werkdag", "een sluitingsperiode". */
  dayOff: 'weekend' | 'closure' | 'holiday';
  /** The parts of a calendar entry, inside a sentence: "het onderwerp", "the description". */
  eventField: 'uid' | 'summary' | 'description' | 'location' | 'productId' | 'name' | 'alarm' | 'organizer' | 'attendee';
  /** What a reminder is about: "voorbereiding", "deadline van een afspraak". */
  reminderType: 'preparation' | 'conversation' | 'agreementDeadline' | 'agreementEscalation';
  /** Where an employee stands: "op schema", "binnenkort", "te laat". */
  followUpState: 'onTrack' | 'dueSoon' | 'overdue';
}
