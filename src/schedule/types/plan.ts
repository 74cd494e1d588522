import type { CalendarDate, HostMeta, Instant, JsonValue } from '../../core/index.js';
import type { ConversationKind } from '../../vocabulary/index.js';
import type { WorkingCalendarOptions } from './calendar.js';

/**
 * A rhythm policy for one conversation kind. Intervals are calendar months between conversations:
 * `maxIntervalMonths` is the minimum frequency (a development conversation at least every 12
 * months), `preferredIntervalMonths` the usual interval, `minIntervalMonths` the lower bound for the
 * employee's own wish; `checkInEveryWeeks` the rhythm of short check-ins in between;
 * `firstAfterHireMonths` when a new employee has their first conversation; `dueSoonDays` how many
 * days before the latest allowed date a conversation counts as due soon.
 *
 * @example
 * ```ts
 * import { planNextConversation, type RhythmPolicy } from 'ontwikkelgesprek';
 * const yearly: RhythmPolicy = {
 *   kind: 'development', minIntervalMonths: 3, preferredIntervalMonths: 12, maxIntervalMonths: 12,
 *   firstAfterHireMonths: 6, dueSoonDays: 30,
 * };
 * const next = planNextConversation({ kind: 'development', lastConversation: '2027-03-15', policy: yearly, now: '2027-03-15T16:00:00+01:00' });
 * next.ok && next.value.date; // '2028-03-15'
 * ```
 */
export interface RhythmPolicy {
  kind: ConversationKind;
  minIntervalMonths: number;
  preferredIntervalMonths: number;
  maxIntervalMonths: number;
  checkInEveryWeeks?: number | undefined;
  firstAfterHireMonths: number;
  dueSoonDays: number;
}

/**
 * Preferred hours: one start time `'HH:mm'`, or a window `{ from, to }` within which the whole
 * conversation must fit.
 *
 * @example
 * ```ts
 * import { planNextConversation, type PreferredTime } from 'ontwikkelgesprek';
 * const mornings: PreferredTime = { from: '09:00', to: '12:00' };
 * const next = planNextConversation({ kind: 'checkIn', now: '2027-03-15T11:40:00+01:00', preferredTime: mornings });
 * next.ok && next.value.start; // '2027-03-16T09:00:00+01:00': no half hour left this morning
 * ```
 */
export type PreferredTime = string | { from: string; to: string };

/**
 * Input of {@link planNextConversation}. `lastConversation` is the day (or moment) of the last
 * conversation of this kind; without it, `hireDate` and the policy's `firstAfterHireMonths` decide;
 * without both, the conversation is planned as soon as possible. `employeeWishMonths` is the
 * employee's own wish for the interval, kept within the policy's bounds. `meta` is the host's own
 * data, carried onto the plan untouched.
 *
 * @example
 * ```ts
 * import { planNextConversation, type PlanInput } from 'ontwikkelgesprek';
 * const input: PlanInput = {
 *   kind: 'development',
 *   lastConversation: '2027-01-12',
 *   employeeWishMonths: 4,
 *   now: '2027-01-12T16:00:00+01:00',
 *   preferredTime: { from: '09:00', to: '12:00' },
 *   meta: { tenantId: 't-42' },
 * };
 * const next = planNextConversation(input);
 * next.ok && next.value.meta; // { tenantId: 't-42' }
 * ```
 */
export interface PlanInput {
  kind: ConversationKind;
  lastConversation?: CalendarDate | Instant | undefined;
  hireDate?: CalendarDate | undefined;
  policy?: RhythmPolicy | undefined;
  employeeWishMonths?: number | undefined;
  calendar?: WorkingCalendarOptions | undefined;
  now: Instant;
  timeZone?: string | undefined;
  preferredTime?: PreferredTime | undefined;
  durationMinutes?: number | undefined;
  meta?: HostMeta | undefined;
}

/**
 * What a plan counted from: the last conversation, the hire date, or nothing (as soon as possible).
 *
 * @example
 * ```ts
 * import { planNextConversation, type PlanBasis } from 'ontwikkelgesprek';
 * const next = planNextConversation({ kind: 'development', hireDate: '2027-02-01', now: '2027-02-01T09:00:00+01:00' });
 * const basis: PlanBasis | undefined = next.ok ? next.value.basis : undefined;
 * basis; // 'hireDate'
 * ```
 */
export type PlanBasis = 'lastConversation' | 'hireDate' | 'none';

/**
 * The proposed next conversation, as a host stores it: the working day, its start and end (with the
 * zone's offset on that day), the latest date the policy allows, and what the choice was based on.
 * `schemaVersion` is written by the library; `meta` is the host's own data from the input;
 * `unrecognized` is where a later migration keeps keys it does not understand. The keys always come
 * in the same order, so the same plan is the same JSON text.
 *
 * @example
 * ```ts
 * import { planNextConversation } from 'ontwikkelgesprek';
 * const next = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
 * if (next.ok) {
 *   next.value.start; // '2027-07-12T09:00:00+02:00'
 *   next.value.schemaVersion; // 2
 *   Object.keys(next.value).slice(0, 3); // ['schemaVersion', 'kind', 'date']
 * }
 * ```
 */
export interface PlannedConversation {
  readonly schemaVersion: 2;
  readonly kind: ConversationKind;
  /** The proposed day, a working day. */
  readonly date: CalendarDate;
  /** Start, ISO 8601 with the zone's offset on that day. */
  readonly start: Instant;
  /** End, `durationMinutes` after the start. */
  readonly end: Instant;
  readonly durationMinutes: number;
  readonly timeZone: string;
  /** The day the rhythm aimed at, before moving to a working day. */
  readonly targetDate: CalendarDate;
  /** The last working day the policy allows (the minimum frequency). */
  readonly latestAllowed: CalendarDate;
  /** The interval used, in months (0 when there was nothing to count from). */
  readonly intervalMonths: number;
  /** What the plan counted from. */
  readonly basis: PlanBasis;
  /** True when the latest allowed date has already passed. */
  readonly overdue: boolean;
  /** The host's own data, as given in the input; never read by the library. */
  readonly meta?: HostMeta | undefined;
  /** Keys a migration did not understand, by path; carried through untouched. */
  readonly unrecognized?: { readonly [path: string]: JsonValue } | undefined;
}
