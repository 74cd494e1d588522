import type { Result } from '../core/index.js';
import { calendarDateOf, currentSchemaVersion, deepFreeze, fail, ok, parseWith } from '../core/index.js';
import { planNextConversation } from '../schedule/index.js';
import type { ProposeNextConversationOptions } from './api-types.js';
import type { ConversationEventOf } from './event-types.js';
import { proposeNextConversationOptionsSchema } from './schema-options.js';
import { readState } from './state.js';
import type { Conversation } from './types.js';

/**
 * The `scheduleNextConversation` event.
 *
 * @example
 * ```ts
 * import type { ScheduleNextConversationEvent } from 'ontwikkelgesprek';
 * const event: ScheduleNextConversationEvent = {
 *   schemaVersion: 2, type: 'scheduleNextConversation', at: '2027-03-15T10:50:00+01:00', by: 'manager',
 *   date: '2027-06-14', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00', kind: 'checkIn',
 * };
 * ```
 */
export type ScheduleNextConversationEvent = ConversationEventOf<'scheduleNextConversation'>;

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
  const parsed = parseWith(proposeNextConversationOptionsSchema, options);
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
    schemaVersion: currentSchemaVersion,
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
