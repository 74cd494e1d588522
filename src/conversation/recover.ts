// Recovery: what a damaged event log still tells, marked as partial, never presented as whole.
import type { Finding, Result } from '../core/index.js';
import { ok } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ReplayOptions } from './api-types.js';
import { replay } from './replay.js';
import type { Conversation } from './types.js';

/**
 * What {@link recoverLog} could rebuild from a log: the state after the events that could be applied
 * in order, how many that were, and whether that was the whole log.
 *
 * @example
 * ```ts
 * import type { LogRecovery } from 'ontwikkelgesprek';
 * const shown = (recovery: LogRecovery): string =>
 *   recovery.complete ? 'whole log' : `the first ${recovery.applied} of ${recovery.total} events`;
 * ```
 */
export interface LogRecovery {
  /** The state after the last event that could be applied: the whole log's state only when `complete`. */
  readonly conversation: Conversation;
  /** How many events, from the start of the log, were applied. */
  readonly applied: number;
  /** How many events the log holds. */
  readonly total: number;
  /** True when every event was applied; then `conversation` is exactly what `replay` gives. */
  readonly complete: boolean;
}

/**
 * The index `replay` names in its refusal, if the refusal is about an event (not the start, the log,
 * or a template version the stored input lost: that log is whole, and its fix is the version).
 */
function refusedIndex(findings: readonly Finding[]): number | undefined {
  const refusal = findings[0]?.code === 'conversation.replay.invalidEvent' ? findings[0] : undefined;
  const index = refusal?.params['index'];
  return typeof index === 'number' ? index : undefined;
}

/**
 * Rebuilds what a damaged event log still holds: the state up to the first event that is malformed
 * or refused (a corrupted, duplicated, reordered or cut-off event), marked as partial. `replay`
 * refuses such a log as a whole, which is right when the log is trusted; when a host must show what
 * happened anyway (a support desk, a migration report), this gives the state before the damage with
 * a warning `conversation.replay.stoppedAt` that names the step and, in its details, why it was
 * refused. A log that replays whole gives `complete: true` and the same state as `replay`. A start
 * that cannot be read, or a log that is not a list, is refused as by `replay`.
 *
 * @example
 * ```ts
 * import { recoverLog } from 'ontwikkelgesprek';
 * const at = (minute: number) => `2027-06-01T09:${String(minute).padStart(2, '0')}:00+02:00`;
 * const result = recoverLog(
 *   [
 *     { type: 'setPurpose', at: at(0), by: 'employee', purpose: 'Voortgang bespreken' },
 *     { type: 'answerPreparation', at: at(5), by: 'employee', questionId: 'q1', answer: 'Loopt goed' },
 *     { type: 'answerPreparation', at: at(1), by: 'manager', questionId: 'q1', answer: 'Eerder gedateerd' },
 *     { type: 'answerPreparation', at: at(9), by: 'employee', questionId: 'q2', answer: 'Na de fout' },
 *   ],
 *   {
 *     input: {
 *       id: 'c1', kind: 'checkIn',
 *       employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *       plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 *     },
 *   },
 * );
 * result.ok; // true
 * if (result.ok) {
 *   result.value.complete; // false
 *   result.value.applied; // 2
 *   result.value.conversation.purpose; // 'Voortgang bespreken'
 *   result.findings[0]?.code; // 'conversation.replay.stoppedAt'
 *   result.findings[0]?.details?.[0]?.code; // 'conversation.event.beforeLast'
 * }
 * ```
 */
export function recoverLog(events: readonly unknown[], options: ReplayOptions): Result<LogRecovery> {
  const whole = replay(events, options);
  if (whole.ok) {
    return ok({ conversation: whole.value, applied: events.length, total: events.length, complete: true }, whole.findings);
  }
  const index = refusedIndex(whole.findings);
  if (index === undefined) return whole;
  // The events before the refused one were each accepted on the way to it, so their replay succeeds.
  const before = replay(events.slice(0, index), options);
  if (!before.ok) return before;
  const refusal = whole.findings[0];
  const stopped = finding.warning('conversation.replay.stoppedAt', {
    path: ['events', index],
    params: { index, total: events.length },
    details: refusal?.details ?? [],
  });
  return ok({ conversation: before.value, applied: index, total: events.length, complete: false }, [stopped, ...before.findings]);
}
