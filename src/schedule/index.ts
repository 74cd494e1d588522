// The schedule: the rhythm of conversations on working days (Dutch public holidays, closures), the
// next conversation, follow-up and due lists, reminders, check-ins, and calendar files with
// invitations. Schemas are in ./schema.ts (for other modules and `ontwikkelgesprek/schemas`).
export type {
  AgreementDue,
  AgreementStatus,
  AgreementsDue,
  AttendeeRole,
  CalendarAlarm,
  CalendarAttendee,
  CalendarEvent,
  CalendarPerson,
  CheckInInput,
  CheckInSeriesInput,
  Closure,
  ConversationDue,
  ConversationInvitationInput,
  DueAgreement,
  DueCounts,
  DueEmployee,
  DueEntry,
  DueListInput,
  DueListResult,
  DuePolicies,
  InvitedConversation,
  EventRecurrence,
  EventStatus,
  FollowUpInput,
  FollowUpState,
  FollowUpStatus,
  HolidayId,
  HolidayOptions,
  ICalendarMethod,
  ICalendarOptions,
  ParticipationStatus,
  PlanBasis,
  PlanInput,
  PlannedConversation,
  PreferredTime,
  PreparationLeadDays,
  PublicHoliday,
  Reminder,
  ReminderConversation,
  RemindersInput,
  ReminderType,
  RhythmPolicy,
  TrackedAgreement,
  Weekday,
  WorkingCalendarOptions,
} from './types.js';
export { dutchPublicHolidays, easterSunday } from './holidays.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './calendar.js';
export { defaultDurationMinutes, defaultRhythmPolicies } from './policy.js';
export { planNextConversation } from './plan.js';
export { followUpStatus } from './follow-up.js';
export { remindersFor } from './reminders.js';
export { dueList } from './due.js';
export { checkInDates } from './check-ins.js';
export { toICalendar } from './ical.js';
export { checkInSeries, conversationInvitation } from './invitations.js';
