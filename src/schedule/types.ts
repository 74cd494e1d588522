// The named types of the schedule module: the contract. Its schemas (./schema.ts) check data against
// them, and test/schedule/types.test.ts keeps the two equal in both directions.
export type { Closure, HolidayId, HolidayOptions, PublicHoliday, Weekday, WorkingCalendarOptions } from './types/calendar.js';
export type { PlanBasis, PlanInput, PlannedConversation, PreferredTime, RhythmPolicy } from './types/plan.js';
export type {
  AgreementDue,
  AgreementStatus,
  AgreementsDue,
  ConversationDue,
  DueAgreement,
  DueCounts,
  DueEmployee,
  DueEntry,
  DueListInput,
  DueListResult,
  DuePolicies,
  FollowUpInput,
  FollowUpState,
  FollowUpStatus,
  TrackedAgreement,
} from './types/follow-up.js';
export type {
  PreparationLeadDays,
  Reminder,
  ReminderConversation,
  RemindersInput,
  ReminderType,
} from './types/reminders.js';
export type {
  AttendeeRole,
  CalendarAlarm,
  CalendarAttendee,
  CalendarEvent,
  CalendarPerson,
  CheckInInput,
  CheckInSeriesInput,
  ConversationInvitationInput,
  InvitedConversation,
  EventRecurrence,
  EventStatus,
  ICalendarMethod,
  ICalendarOptions,
  ParticipationStatus,
} from './types/ical.js';
