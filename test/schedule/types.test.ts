import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { LabelFamilies } from '../../src/locales/index.js';
import type {
  CalendarAttendee,
  CalendarEvent,
  CalendarPerson,
  CheckInInput,
  CheckInSeriesInput,
  Closure,
  ConversationInvitationInput,
  DueAgreement,
  DueEmployee,
  DueListInput,
  FollowUpInput,
  FollowUpState,
  HolidayId,
  ICalendarOptions,
  PlanInput,
  PlannedConversation,
  PreferredTime,
  Reminder,
  RemindersInput,
  ReminderType,
  RhythmPolicy,
  TrackedAgreement,
  Weekday,
  WorkingCalendarOptions,
} from '../../src/schedule/index.js';
import type {
  calendarAttendeeSchema,
  calendarEventSchema,
  calendarPersonSchema,
  checkInInputSchema,
  checkInSeriesInputSchema,
  closureSchema,
  conversationInvitationInputSchema,
  dueAgreementSchema,
  dueEmployeeSchema,
  dueListInputSchema,
  followUpInputSchema,
  iCalendarOptionsSchema,
  plannedConversationSchema,
  planInputSchema,
  preferredTimeSchema,
  reminderSchema,
  remindersInputSchema,
  rhythmPolicySchema,
  trackedAgreementSchema,
  weekdaySchema,
  workingCalendarSchema,
} from '../../src/schedule/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('schedule: named types and schemas agree', () => {
  it('for the calendar and the rhythm', () => {
    expectTypeOf<z.input<typeof weekdaySchema>>().toEqualTypeOf<Weekday>();
    expectTypeOf<z.input<typeof closureSchema>>().toExtend<Closure>();
    expectTypeOf<DeepMutable<Closure>>().toExtend<z.input<typeof closureSchema>>();
    expectTypeOf<z.input<typeof workingCalendarSchema>>().toExtend<WorkingCalendarOptions>();
    expectTypeOf<DeepMutable<WorkingCalendarOptions>>().toExtend<z.input<typeof workingCalendarSchema>>();
    expectTypeOf<z.input<typeof rhythmPolicySchema>>().toExtend<RhythmPolicy>();
    expectTypeOf<DeepMutable<RhythmPolicy>>().toExtend<z.input<typeof rhythmPolicySchema>>();
    expectTypeOf<z.input<typeof preferredTimeSchema>>().toExtend<PreferredTime>();
    expectTypeOf<DeepMutable<PreferredTime>>().toExtend<z.input<typeof preferredTimeSchema>>();
  });

  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof planInputSchema>>().toExtend<PlanInput>();
    expectTypeOf<DeepMutable<PlanInput>>().toExtend<z.input<typeof planInputSchema>>();
    expectTypeOf<z.input<typeof trackedAgreementSchema>>().toExtend<TrackedAgreement>();
    expectTypeOf<DeepMutable<TrackedAgreement>>().toExtend<z.input<typeof trackedAgreementSchema>>();
    expectTypeOf<z.input<typeof followUpInputSchema>>().toExtend<FollowUpInput>();
    expectTypeOf<DeepMutable<FollowUpInput>>().toExtend<z.input<typeof followUpInputSchema>>();
    expectTypeOf<z.input<typeof dueAgreementSchema>>().toExtend<DueAgreement>();
    expectTypeOf<DeepMutable<DueAgreement>>().toExtend<z.input<typeof dueAgreementSchema>>();
    expectTypeOf<z.input<typeof dueEmployeeSchema>>().toExtend<DueEmployee>();
    expectTypeOf<DeepMutable<DueEmployee>>().toExtend<z.input<typeof dueEmployeeSchema>>();
    expectTypeOf<z.input<typeof dueListInputSchema>>().toExtend<DueListInput>();
    expectTypeOf<DeepMutable<DueListInput>>().toExtend<z.input<typeof dueListInputSchema>>();
    expectTypeOf<z.input<typeof remindersInputSchema>>().toExtend<RemindersInput>();
    expectTypeOf<DeepMutable<RemindersInput>>().toExtend<z.input<typeof remindersInputSchema>>();
    expectTypeOf<z.input<typeof checkInInputSchema>>().toExtend<CheckInInput>();
    expectTypeOf<DeepMutable<CheckInInput>>().toExtend<z.input<typeof checkInInputSchema>>();
  });

  it('for calendar files and invitations', () => {
    expectTypeOf<z.input<typeof calendarPersonSchema>>().toExtend<CalendarPerson>();
    expectTypeOf<DeepMutable<CalendarPerson>>().toExtend<z.input<typeof calendarPersonSchema>>();
    expectTypeOf<z.input<typeof calendarAttendeeSchema>>().toExtend<CalendarAttendee>();
    expectTypeOf<DeepMutable<CalendarAttendee>>().toExtend<z.input<typeof calendarAttendeeSchema>>();
    expectTypeOf<z.input<typeof calendarEventSchema>>().toExtend<CalendarEvent>();
    expectTypeOf<DeepMutable<CalendarEvent>>().toExtend<z.input<typeof calendarEventSchema>>();
    expectTypeOf<z.input<typeof iCalendarOptionsSchema>>().toExtend<ICalendarOptions>();
    expectTypeOf<DeepMutable<ICalendarOptions>>().toExtend<z.input<typeof iCalendarOptionsSchema>>();
    expectTypeOf<z.input<typeof conversationInvitationInputSchema>>().toExtend<ConversationInvitationInput>();
    expectTypeOf<DeepMutable<ConversationInvitationInput>>().toExtend<z.input<typeof conversationInvitationInputSchema>>();
    expectTypeOf<z.input<typeof checkInSeriesInputSchema>>().toExtend<CheckInSeriesInput>();
    expectTypeOf<DeepMutable<CheckInSeriesInput>>().toExtend<z.input<typeof checkInSeriesInputSchema>>();
  });

  it('for the stored shapes, in both directions', () => {
    // Assignments, which the type checker proves: expectTypeOf's deep comparison cannot unfold the
    // recursive JSON type of `meta` and `unrecognized`.
    const plans = {
      toType: (stored: z.output<typeof plannedConversationSchema>): PlannedConversation => stored,
      toSchema: (planned: DeepMutable<PlannedConversation>): z.input<typeof plannedConversationSchema> => planned,
    };
    const reminders = {
      toType: (stored: z.output<typeof reminderSchema>): Reminder => stored,
      toSchema: (reminder: DeepMutable<Reminder>): z.input<typeof reminderSchema> => reminder,
      // @ts-expect-error a reminder without its message is not a stored reminder
      incomplete: (reminder: Omit<DeepMutable<Reminder>, 'message'>): z.input<typeof reminderSchema> => reminder,
    };
    expectTypeOf(plans.toType).returns.toEqualTypeOf<PlannedConversation>();
    expectTypeOf(reminders.toSchema).parameter(0).toEqualTypeOf<DeepMutable<Reminder>>();
  });

  it('for the ids the catalogues name', () => {
    expectTypeOf<HolidayId>().toEqualTypeOf<LabelFamilies['holiday']>();
    expectTypeOf<ReminderType>().toEqualTypeOf<LabelFamilies['reminderType']>();
    expectTypeOf<FollowUpState>().toEqualTypeOf<LabelFamilies['followUpState']>();
  });
});
