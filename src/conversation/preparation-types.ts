// The named types of what both sides bring to prepare beyond the answers: competence scans and the
// colleague feedback the employee shares (re-exported by types.ts; schema-state.ts checks them).
import type { CompetenceEstimate } from '../competences/index.js';
import type { FeedbackSummary } from '../feedback/index.js';
import type { Visibility } from './privacy-types.js';

/**
 * One side's competence scan as the conversation keeps it: where they place each competence of the
 * function profile, when, and who may read it. Like a preparation answer it is `private` (its
 * writer's) until shared.
 *
 * @example
 * ```ts
 * import type { CompetenceScanRecord } from 'ontwikkelgesprek';
 * const self: CompetenceScanRecord = { estimates: [{ competenceId: 'planning', level: 1 }], at: '2027-03-08T09:00:00+01:00' };
 * ```
 */
export interface CompetenceScanRecord {
  readonly estimates: readonly CompetenceEstimate[];
  readonly at: string;
  /** Who may read it; `private` when left out. */
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * Both sides' competence scans: the employee's self-assessment and the manager's view, each absent
 * until given.
 *
 * @example
 * ```ts
 * import type { CompetenceScans } from 'ontwikkelgesprek';
 * const scans: CompetenceScans = { employee: { estimates: [{ competenceId: 'planning', level: 1 }], at: '2027-03-08T09:00:00+01:00' } };
 * ```
 */
export interface CompetenceScans {
  readonly employee?: CompetenceScanRecord | undefined;
  readonly manager?: CompetenceScanRecord | undefined;
}

/**
 * Colleague feedback the employee shared into the preparation: the summary (`summariseFeedback`),
 * when, and who may read it (`shared` when left out: sharing it is the point). It never holds an
 * answer without a name among fewer than the minimum.
 *
 * @example
 * ```ts
 * import type { SharedFeedback } from 'ontwikkelgesprek';
 * const shared: SharedFeedback = {
 *   summary: { requestId: 'fb-1', viewer: 'employee', minimumAnonymous: 3, questions: [] },
 *   at: '2027-03-09T09:00:00+01:00',
 * };
 * ```
 */
export interface SharedFeedback {
  readonly summary: FeedbackSummary;
  readonly at: string;
  readonly visibility?: Visibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}
