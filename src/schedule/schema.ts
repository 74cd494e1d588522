// Validation of the schedule module's input and stored shapes, in zod/mini. The named types in
// types.ts are the contract; these schemas check data against them (test/schedule/types.test.ts keeps
// the two equal). Dates and instants must lie from 1900 to 2200, the years the holiday rules cover.
export { timeOfDaySchema, weekdaySchema } from './schemas/common.js';
export { closureSchema, workingCalendarSchema } from './schemas/calendar.js';
export { plannedConversationSchema, planInputSchema, preferredTimeSchema, rhythmPolicySchema } from './schemas/plan.js';
export {
  dueAgreementSchema,
  dueEmployeeSchema,
  dueListInputSchema,
  followUpInputSchema,
  trackedAgreementSchema,
} from './schemas/follow-up.js';
export { reminderSchema, remindersInputSchema } from './schemas/reminders.js';
export {
  calendarAttendeeSchema,
  calendarEventSchema,
  calendarPersonSchema,
  checkInInputSchema,
  checkInSeriesInputSchema,
  conversationInvitationInputSchema,
  iCalendarOptionsSchema,
} from './schemas/ical.js';
