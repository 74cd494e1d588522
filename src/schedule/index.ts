export { scheduleMessages } from './messages.js';
export type {
  AgreementDue,
  CalendarEvent,
  CheckInInput,
  DueEmployee,
  DueEntry,
  DueListInput,
  DueListResult,
  FollowUpInput,
  FollowUpState,
  FollowUpStatus,
  HolidayId,
  ICalendarOptions,
  PlanInput,
  PlannedConversation,
  PublicHoliday,
  Reminder,
  RemindersInput,
  ReminderType,
  RhythmPolicy,
  TrackedAgreement,
  WorkingCalendarOptions,
} from './schema.js';
export {
  calendarEventSchema,
  checkInInputSchema,
  dueEmployeeSchema,
  dueListInputSchema,
  followUpInputSchema,
  iCalendarOptionsSchema,
  planInputSchema,
  preferredTimeSchema,
  remindersInputSchema,
  rhythmPolicySchema,
  timeOfDaySchema,
  trackedAgreementSchema,
  weekdaySchema,
  workingCalendarSchema,
} from './schema.js';
export { dutchPublicHolidays, easterSunday } from './holidays.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './calendar.js';
export { defaultDurationMinutes, defaultRhythmPolicies } from './policy.js';
export { planNextConversation } from './plan.js';
export { followUpStatus } from './follow-up.js';
export { remindersFor } from './reminders.js';
export { dueList } from './due.js';
export { checkInDates } from './check-ins.js';
export { toICalendar } from './ical.js';
