// The named types of what both sides bring to prepare beyond the answers: competence scans and the
// colleague feedback the employee shares (re-exported by types.ts; schema-state.ts checks them).
import type { CompetenceEstimate } from '../competences/index.js';
import type { FeedbackQuestion, FeedbackSummary } from '../feedback/index.js';
import type { Role } from '../vocabulary/index.js';
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

/**
 * A colleague asked for feedback: the id the host uses, their name, and optionally their role or how
 * they work together (shown with the request, never with an answer without a name).
 *
 * @example
 * ```ts
 * import type { FeedbackColleague } from 'ontwikkelgesprek';
 * const colleague: FeedbackColleague = { id: 'col-4', name: 'Ahmed', role: 'Teamleider klantcontact' };
 * ```
 */
export interface FeedbackColleague {
  readonly id: string;
  readonly name: string;
  readonly role?: string | undefined;
}

/**
 * A request for colleague feedback as a `requestFeedback` event brings it: which colleagues (with
 * names, and a role if useful), which questions, by when (`dueAt`), and whether colleagues are asked
 * to put their name to their answers (`signed`; left out: without names).
 *
 * @example
 * ```ts
 * import type { FeedbackRequestInput } from 'ontwikkelgesprek';
 * const request: FeedbackRequestInput = {
 *   id: 'fb-1',
 *   colleagues: [{ id: 'col-1', name: 'Noor' }, { id: 'col-2', name: 'Ahmed', role: 'Teamleider' }],
 *   questions: [{ id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' }],
 *   dueAt: '2027-03-05T17:00:00+01:00',
 * };
 * ```
 */
export interface FeedbackRequestInput {
  id: string;
  colleagues: readonly FeedbackColleague[];
  questions: readonly FeedbackQuestion[];
  dueAt?: string | undefined;
  signed?: boolean | undefined;
}

/**
 * A colleague's answer to one question as the conversation keeps it. Only the employee's view
 * uses it, through the summary: an answer without a name never shows who wrote it.
 *
 * @example
 * ```ts
 * import type { CollectedFeedbackAnswer } from 'ontwikkelgesprek';
 * const answer: CollectedFeedbackAnswer = { questionId: 'q1', colleagueId: 'col-1', text: 'Je blijft rustig.', at: '2027-03-01T16:00:00+01:00' };
 * ```
 */
export interface CollectedFeedbackAnswer {
  readonly questionId: string;
  readonly colleagueId: string;
  readonly text: string;
  /** Signed with the colleague's name; left out: the request's choice. */
  readonly signed?: boolean | undefined;
  readonly at: string;
}

/**
 * A request for colleague feedback as the conversation keeps it: the request, which side sent it,
 * when, and the answers collected so far (absent until the first).
 *
 * @example
 * ```ts
 * import type { FeedbackRequestRecord } from 'ontwikkelgesprek';
 * const open = (requests: readonly FeedbackRequestRecord[]) => requests.filter((r) => r.answers === undefined).length;
 * ```
 */
export interface FeedbackRequestRecord extends Readonly<FeedbackRequestInput> {
  readonly requestedBy: Role;
  readonly at: string;
  readonly answers?: readonly CollectedFeedbackAnswer[] | undefined;
}
