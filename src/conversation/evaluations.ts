// Each side's evaluation of the conversation: `evaluation` is the latest of either side, and
// `evaluations` holds both sides' latest once both have evaluated.
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
  if (conversation.evaluations !== undefined) return conversation.evaluations;
  const latest = conversation.evaluation;
  return latest === null ? {} : latest.by === 'employee' ? { employee: latest } : { manager: latest };
}

/** Both sides' evaluations in the key order of the schema, each left out when absent. */
export function bothEvaluations(
  employee: ConversationEvaluation | undefined,
  manager: ConversationEvaluation | undefined,
): ConversationEvaluations {
  return { ...(employee === undefined ? {} : { employee }), ...(manager === undefined ? {} : { manager }) };
}
