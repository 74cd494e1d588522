// Erasure: one door for a conversation state, an event log or a plan.
import type { Result } from '../core/index.js';
import { fail, parseWith } from '../core/index.js';
import type { Conversation, ConversationEventLog } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { DevelopmentPlan } from '../plan/index.js';
import { redactLog } from './redact-log.js';
import { redactPlan } from './redact-plan.js';
import { redactState } from './redact-state.js';
import { redactRequestSchema } from './schema.js';
import type { RedactRequest } from './types.js';

/** What kind of record this is, by the keys only that kind has. */
function kindOf(record: unknown): 'plan' | 'log' | 'conversation' | undefined {
  try {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
    if ('hash' in record && 'history' in record) return 'plan';
    if ('events' in record && 'input' in record) return 'log';
    if ('template' in record && 'phase' in record) return 'conversation';
  } catch {
    // a proxy that throws on inspection is no record
  }
  return undefined;
}

/**
 * Erases free text from a conversation state, an event log or a plan, and leaves a tombstone: what it
 * was, who erased it, when and why, never the text (which reads `[…]`). The request names one text
 * (a note, a preparation answer, a need, an agreement (one carried from the previous plan too), the evaluation, ... of a conversation; an
 * agreement, goal, ambition, the evaluation, the employee's view, ... of a plan), one person's texts,
 * every preparation answer, every note, or everything. The agenda (titles of the points both sides
 * put on it) is not erased: it shapes the merged agenda a replay rebuilds; keep sensitive matters out
 * of it, or delete the record. In a plan, every text the content hash covers keeps its digest in the
 * tombstone, so the hash, and every approval of that version, stay verifiable (`validatePlan`,
 * `planApprovalStatus`). In a log, every event that wrote the text carries `[…]` and the mark, so
 * replaying the erased log gives the erased state. A text erased before keeps its tombstone. The
 * answer says how many texts were erased (`privacy.redact.erased`). Never throws.
 *
 * @example
 * ```ts
 * import { createConversation, erasedText, redact, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const answered = transition(created.value, {
 *     type: 'answerPreparation', at: '2027-03-10T09:00:00+01:00', by: 'employee', questionId: 'q1', answer: 'Ik was overspannen.',
 *   });
 *   if (answered.ok) {
 *     const erased = redact(answered.value.conversation, {
 *       target: { kind: 'person', id: 'emp-1' }, at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest',
 *     });
 *     erased.ok && erased.value.preparation.employee[0]?.answer === erasedText; // true
 *     erased.ok && erased.value.erasures?.[0]?.text; // { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' }
 *   }
 * }
 * ```
 */
export function redact<R extends Conversation | ConversationEventLog | DevelopmentPlan>(record: R, request: RedactRequest): Result<R> {
  return redactAny(record, request) as Result<R>;
}

function redactAny(record: unknown, request: RedactRequest): Result<Conversation | ConversationEventLog | DevelopmentPlan> {
  const parsed = parseWith(redactRequestSchema, request, { path: ['request'] });
  if (!parsed.ok) return parsed;
  const given = parsed.value as RedactRequest;
  switch (kindOf(record)) {
    case 'plan':
      return redactPlan(record as DevelopmentPlan, given);
    case 'log':
      return redactLog(record as ConversationEventLog, given);
    case 'conversation':
      return redactState(record as Conversation, given);
    default:
      return fail([finding.error('privacy.record.unknown', { path: ['record'] })]);
  }
}
