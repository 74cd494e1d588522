// Each side's evaluation of the conversation: `evaluation` is the latest of either side, and
// `evaluations` holds both sides' latest once both have evaluated.
import { deepFreeze } from '../core/index.js';
import type { Conversation, ConversationEvaluation, ConversationEvaluations } from './types.js';

/**
 * The latest evaluation of each side: the employee's and the manager's, each absent when that side
 * has not evaluated. A state keeps one side's evaluation in `evaluation` alone, and both sides' in
 * `evaluations` once the second side evaluates; this reads either way (also a state stored before
 * there were two). Never throws.
 *
 * @example
 * ```ts
 * import type { ConversationEvaluation } from 'ontwikkelgesprek';
 * import { evaluationsOf } from 'ontwikkelgesprek';
 * const employee: ConversationEvaluation = { grade: 8, feedback: 'Fijn gesprek', by: 'employee', at: '2027-03-15T11:00:00+01:00' };
 * const manager: ConversationEvaluation = {
 *   grade: 7, feedback: 'Goed voorbereid', nextTime: 'Eerder de agenda delen', by: 'manager', at: '2027-03-15T11:05:00+01:00',
 * };
 * evaluationsOf({ evaluation: employee }).employee?.grade; // 8
 * const both = evaluationsOf({ evaluation: manager, evaluations: { employee, manager } });
 * both.employee?.grade; // 8
 * both.manager?.nextTime; // 'Eerder de agenda delen'
 * evaluationsOf({ evaluation: null }); // {}
 * ```
 */
export function evaluationsOf(conversation: Pick<Conversation, 'evaluation' | 'evaluations'>): ConversationEvaluations {
  // A host may pass anything it read from storage: a copy is answered, frozen, and a state that
  // cannot be read (a throwing getter, a cycle) has no evaluations rather than an exception.
  try {
    const { evaluations } = conversation;
    if (evaluations !== undefined && evaluations !== null && typeof evaluations === 'object') return deepFreeze(plainCopy(evaluations));
    const latest = conversation.evaluation;
    if (latest === null || latest === undefined || typeof latest !== 'object') return deepFreeze({});
    if (latest.by === 'employee') return deepFreeze({ employee: plainCopy(latest) });
    return deepFreeze(latest.by === 'manager' ? { manager: plainCopy(latest) } : {});
  } catch {
    return deepFreeze({});
  }
}

/** A copy of plain JSON data (evaluations hold strings, numbers and lists of ids only). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Both sides' evaluations in the key order of the schema, each left out when absent. */
export function bothEvaluations(
  employee: ConversationEvaluation | undefined,
  manager: ConversationEvaluation | undefined,
): ConversationEvaluations {
  return { ...(employee === undefined ? {} : { employee }), ...(manager === undefined ? {} : { manager }) };
}
