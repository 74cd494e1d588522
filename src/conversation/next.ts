import type { z } from 'zod';
import * as zm from 'zod/mini';
import type { Result } from '../core/index.js';
import { calendarDateOf, deepFreeze, fail, instantSchema, ok, parseWith } from '../core/index.js';
import { planNextConversation } from '../schedule/index.js';
import { planInputSchema } from '../schedule/schema.js';
import { conversationKindSchema, roleSchema } from '../vocabulary/index.js';
import type { ConversationEvent } from './events.js';
import { conversationMessages } from './messages.js';
import type { Conversation } from './schema.js';
import { readState } from './state.js';

/**
 * Schema of the options of {@link proposeNextConversation}: who proposes and when, the kind of the
 * next conversation (default: the same kind), and the planning wishes the schedule module takes
 * (the employee's wished interval, preferred time, duration, working calendar, rhythm policy).
 *
 * @example
 * ```ts
 * import { proposeNextConversationOptionsSchema } from 'ontwikkelgesprek';
 * proposeNextConversationOptionsSchema.safeParse({ at: '2027-03-15T10:50:00+01:00', by: 'manager' }).success; // true
 * ```
 */
export const proposeNextConversationOptionsSchema = zm.extend(
  zm.pick(planInputSchema, { employeeWishMonths: true, calendar: true, policy: true, preferredTime: true, durationMinutes: true }),
  { at: instantSchema, by: roleSchema, kind: conversationKindSchema.optional() },
);

/**
 * The options of {@link proposeNextConversation}, as a caller writes them.
 *
 * @example
 * ```ts
 * import type { ProposeNextConversationOptions } from 'ontwikkelgesprek';
 * const options: ProposeNextConversationOptions = {
 *   at: '2027-03-15T10:50:00+01:00', by: 'manager', kind: 'checkIn', employeeWishMonths: 3, preferredTime: '10:00',
 * };
 * ```
 */
export type ProposeNextConversationOptions = z.input<typeof proposeNextConversationOptionsSchema>;

/**
 * The `scheduleNextConversation` event.
 *
 * @example
 * ```ts
 * import type { ScheduleNextConversationEvent } from 'ontwikkelgesprek';
 * const event: ScheduleNextConversationEvent = {
 *   type: 'scheduleNextConversation', at: '2027-03-15T10:50:00+01:00', by: 'manager',
 *   date: '2027-06-14', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00', kind: 'checkIn',
 * };
 * ```
 */
export type ScheduleNextConversationEvent = Extract<ConversationEvent, { type: 'scheduleNextConversation' }>;

/**
 * Plans the next appointment with the schedule module (rhythm policy, the employee's wish, working
 * days and Dutch public holidays) counted from this conversation, and returns it as the
 * `scheduleNextConversation` event to send. The event, not the plan, goes into the log, so a replay
 * never depends on the calendar rules of the day it runs. The schedule module's findings come along.
 *
 * @example
 * ```ts
 * import { createConversation, proposeNextConversation } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const proposal = proposeNextConversation(created.value, {
 *     at: '2027-03-15T10:50:00+01:00', by: 'manager', kind: 'checkIn', employeeWishMonths: 3, preferredTime: '10:00',
 *   });
 *   proposal.ok && proposal.value.date; // a working day about three months later
 * }
 * ```
 */
export function proposeNextConversation(
  input: Conversation,
  options: ProposeNextConversationOptions,
): Result<ScheduleNextConversationEvent> {
  const parsed = parseWith(proposeNextConversationOptionsSchema, options, { messages: conversationMessages });
  if (!parsed.ok) return parsed;
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const { at, by, kind, ...wishes } = parsed.value;
  const nextKind = kind ?? conversation.kind;
  const held = conversation.startedAt ?? conversation.plannedStart;
  const planned = planNextConversation({
    ...wishes,
    kind: nextKind,
    lastConversation: calendarDateOf(held, conversation.timeZone),
    now: at,
    timeZone: conversation.timeZone,
  });
  if (!planned.ok) return fail(planned.findings);
  const event: ScheduleNextConversationEvent = {
    type: 'scheduleNextConversation',
    at,
    by,
    date: planned.value.date,
    start: planned.value.start,
    end: planned.value.end,
    kind: nextKind,
  };
  return ok(deepFreeze(event), planned.findings);
}
