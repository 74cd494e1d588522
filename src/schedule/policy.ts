import { deepFreeze } from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import type { RhythmPolicy } from './types.js';

/**
 * The default rhythm per conversation kind. A development conversation at least every 12 months and
 * preferably every 6, with check-ins every 6 weeks in between, the first one 6 months after hire; a
 * career conversation every 12 to 24 months; a check-in every 1 to 3 months; a future dialogue yearly.
 *
 * @example
 * ```ts
 * import { defaultRhythmPolicies } from 'ontwikkelgesprek';
 * defaultRhythmPolicies.development.maxIntervalMonths; // 12
 * ```
 */
export const defaultRhythmPolicies: Readonly<Record<ConversationKind, RhythmPolicy>> = deepFreeze({
  development: {
    kind: 'development',
    minIntervalMonths: 3,
    preferredIntervalMonths: 6,
    maxIntervalMonths: 12,
    checkInEveryWeeks: 6,
    firstAfterHireMonths: 6,
    dueSoonDays: 30,
  },
  career: {
    kind: 'career',
    minIntervalMonths: 6,
    preferredIntervalMonths: 12,
    maxIntervalMonths: 24,
    firstAfterHireMonths: 12,
    dueSoonDays: 60,
  },
  checkIn: {
    kind: 'checkIn',
    minIntervalMonths: 0,
    preferredIntervalMonths: 1,
    maxIntervalMonths: 3,
    firstAfterHireMonths: 1,
    dueSoonDays: 7,
  },
  futureDialogue: {
    kind: 'futureDialogue',
    minIntervalMonths: 6,
    preferredIntervalMonths: 12,
    maxIntervalMonths: 24,
    firstAfterHireMonths: 6,
    dueSoonDays: 30,
  },
});

/**
 * The default length of a conversation of each kind, in minutes.
 *
 * @example
 * ```ts
 * import { defaultDurationMinutes } from 'ontwikkelgesprek';
 * defaultDurationMinutes.checkIn; // 30
 * ```
 */
export const defaultDurationMinutes: Readonly<Record<ConversationKind, number>> = deepFreeze({
  development: 60,
  career: 60,
  checkIn: 30,
  futureDialogue: 120,
});
