// The evaluation of the conversation, by each side.
import type { Role } from '../vocabulary/index.js';
import type { Visibility } from './privacy-types.js';

/**
 * The evaluation of the conversation: a rating from 1 to 5 or a grade (*cijfer*) from 1 to 10 (at
 * least one), feedback, what to do differently next time, who gave it and when, and who may read the
 * feedback (`shared` when left out).
 *
 * @example
 * ```ts
 * import type { ConversationEvaluation } from 'ontwikkelgesprek';
 * const evaluation: ConversationEvaluation = { rating: 4, feedback: 'Fijn gesprek', by: 'employee', at: '2027-03-15T11:00:00+01:00' };
 * ```
 */
export interface ConversationEvaluation {
  /** A rating from 1 to 5 (as before 0.2); absent when only a grade was given. */
  readonly rating?: number | undefined;
  /** A grade (*cijfer*) from 1 to 10. */
  readonly grade?: number | undefined;
  readonly feedback: string;
  /** What to do differently next time; the POP keeps it for the next conversation's preparation. */
  readonly nextTime?: string | undefined;
  readonly by: Role;
  readonly at: string;
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * A wish carried from the previous evaluation, with its side (absent when the POP did not say).
 *
 * @example
 * ```ts
 * import type { PreviousNextTime } from 'ontwikkelgesprek';
 * const wish: PreviousNextTime = { by: 'employee', text: 'De agenda een week eerder delen.' };
 * ```
 */
export interface PreviousNextTime {
  readonly by?: Role | undefined;
  readonly text: string;
}

/**
 * The evaluation of each side: the employee's and the manager's latest (see `evaluationsOf`).
 *
 * @example
 * ```ts
 * import type { ConversationEvaluations } from 'ontwikkelgesprek';
 * const both: ConversationEvaluations = {
 *   employee: { grade: 8, feedback: 'Fijn gesprek', by: 'employee', at: '2027-03-15T11:00:00+01:00' },
 *   manager: { grade: 7, feedback: 'Goed voorbereid', nextTime: 'Eerder de agenda delen', by: 'manager', at: '2027-03-15T11:05:00+01:00' },
 * };
 * ```
 */
export interface ConversationEvaluations {
  readonly employee?: ConversationEvaluation | undefined;
  readonly manager?: ConversationEvaluation | undefined;
}
