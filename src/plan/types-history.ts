// The named types of a plan's versions: approvals, the history of changes, and progress on agreements.
import type { Instant } from '../core/index.js';
import type { ErasureReason } from '../conversation/index.js';
import type { Role } from '../vocabulary/index.js';

/**
 * An approval as given to `approvePlan`: who, when, and the version (and optionally the content
 * hash) they read.
 *
 * @example
 * ```ts
 * import type { PlanApproval } from 'ontwikkelgesprek';
 * const approval: PlanApproval = { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 };
 * ```
 */
export interface PlanApproval {
  by: Role;
  at: Instant;
  version: number;
  hash?: string | undefined;
}

/**
 * An approval as the plan records it, always with the content hash of the version approved.
 *
 * @example
 * ```ts
 * import type { ApprovalRecord } from 'ontwikkelgesprek';
 * const record: ApprovalRecord = { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: '0'.repeat(64) };
 * ```
 */
export interface ApprovalRecord {
  readonly by: Role;
  readonly at: Instant;
  readonly version: number;
  readonly hash: string;
  /**
   * On an approval given in 0.1 and carried over by a migration: the 0.1 content hash it was given on,
   * which the migration checked against the content before carrying the approval over to `hash`.
   */
  readonly previousHash?: string | undefined;
}

/**
 * A section of a plan, as its history names it.
 *
 * @example
 * ```ts
 * import type { PlanSection } from 'ontwikkelgesprek';
 * const section: PlanSection = 'funding';
 * ```
 */
export type PlanSection =
  | 'plan'
  | 'employee'
  | 'manager'
  | 'period'
  | 'ambitions'
  | 'goals'
  | 'agreements'
  | 'costs'
  | 'funding'
  | 'nextConversation'
  | 'evaluation'
  | 'zienswijze';

/**
 * One change in the history: which section, which item (its id, its title as it read then and, for a
 * cost line, the agreement it belonged to then) and what happened to it.
 *
 * @example
 * ```ts
 * import type { PlanChangeRecord } from 'ontwikkelgesprek';
 * const change: PlanChangeRecord = { section: 'costs', id: 'c-book', title: 'Boek: Presenteren als een pro', agreementId: 'a1', action: 'removed' };
 * ```
 */
export interface PlanChangeRecord {
  readonly section: PlanSection;
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  /**
   * On a cost line's change: the agreement the line belonged to as the title reads it, so that erasing
   * that agreement erases the title, also after the line left the plan. Absent for a line of no
   * agreement, and in histories written before it was kept.
   */
  readonly agreementId?: string | undefined;
  readonly action: 'created' | 'added' | 'changed' | 'removed';
}

/**
 * A history entry: one per version, saying who made it, when, why, what changed, its content hash
 * and the approvals it cleared.
 *
 * @example
 * ```ts
 * import type { PlanHistoryEntry } from 'ontwikkelgesprek';
 * const entry: PlanHistoryEntry = {
 *   version: 1,
 *   at: '2027-03-15T11:00:00+01:00',
 *   by: 'conversation',
 *   changes: [{ section: 'plan', action: 'created' }],
 *   hash: '0'.repeat(64),
 *   clearedApprovals: [],
 * };
 * ```
 */
export interface PlanHistoryEntry {
  readonly version: number;
  readonly at: Instant;
  readonly by: 'employee' | 'manager' | 'conversation';
  readonly reason?: string | undefined;
  readonly changes: readonly PlanChangeRecord[];
  readonly hash: string;
  /** On the version a migration hashed again: its 0.1 content hash, as stored. */
  readonly previousHash?: string | undefined;
  readonly clearedApprovals: readonly ApprovalRecord[];
}

/**
 * Where an agreement stands: open, done or dropped.
 *
 * @example
 * ```ts
 * import type { ProgressStatus } from 'ontwikkelgesprek';
 * const status: ProgressStatus = 'done';
 * ```
 */
export type ProgressStatus = 'open' | 'done' | 'dropped';

/**
 * Progress on an agreement, as given to `recordProgress`: a new status, a note, or both.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from 'ontwikkelgesprek';
 * const progress: PlanProgress = { agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', note: 'Eerste sessie gehad.' };
 * ```
 */
export interface PlanProgress {
  agreementId: string;
  by: Role;
  at: Instant;
  status?: ProgressStatus | undefined;
  note?: string | undefined;
}

/**
 * A progress entry as the plan records it, with the version it was recorded against.
 *
 * @example
 * ```ts
 * import type { ProgressEntry } from 'ontwikkelgesprek';
 * const entry: ProgressEntry = { agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', status: 'done', version: 1 };
 * ```
 */
export interface ProgressEntry {
  readonly agreementId: string;
  readonly by: Role;
  readonly at: Instant;
  readonly status?: ProgressStatus | undefined;
  readonly note?: string | undefined;
  readonly version: number;
}

/**
 * Where a plan stands with its approvals: per side the approval of the current version (or `null`),
 * and `approved` only when both approved this version with this content hash.
 *
 * @example
 * ```ts
 * import type { PlanApprovalStatus } from 'ontwikkelgesprek';
 * const status: PlanApprovalStatus = { version: 2, hash: '0'.repeat(64), employee: null, manager: null, approved: false };
 * ```
 */
export interface PlanApprovalStatus {
  readonly version: number;
  readonly hash: string;
  readonly employee: ApprovalRecord | null;
  readonly manager: ApprovalRecord | null;
  readonly approved: boolean;
}

/**
 * A tombstone in the plan: which text was erased (its `path` in the plan and the `version` it
 * belonged to), by whom, when and why, and for a text the content hash covers the `digest` that stands
 * in for it, so the hash and every approval of that version stay verifiable. Never the text; the
 * erased text itself reads `[…]`.
 *
 * @example
 * ```ts
 * import type { PlanErasure } from 'ontwikkelgesprek';
 * const erased: PlanErasure = {
 *   version: 1, path: ['goals', 0, 'why'], digest: '0'.repeat(64),
 *   at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest',
 * };
 * ```
 */
export interface PlanErasure {
  readonly version: number;
  readonly path: readonly (string | number)[];
  readonly digest?: string | undefined;
  readonly at: Instant;
  readonly by: string;
  readonly reason: ErasureReason;
  readonly reference?: string | undefined;
}
