// Migration of the POP. Version 1 (0.1) hashed the content flat; version 2 hashes it as a Merkle tree
// (src/plan/hash.ts). A migration checks the old hash against the content first: when it matches, the
// content is what both sides approved, so their approvals of that version carry over to the new hash,
// each keeping the verified old hash as `previousHash` (evidence of what was approved in 0.1). When it
// does not match, the text changed after it was stored: the approvals lapse (kept with the history's
// cleared approvals) and the plan must be approved again. Earlier versions in the history keep their
// 0.1 hashes: their content is not stored, so there is nothing to hash again.
import type { Finding, Result } from '../core/index.js';
import { canonicalJson, ok, sha256Hex } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { DevelopmentPlan } from '../plan/index.js';
import { planContentHash, validatePlan } from '../plan/index.js';
import { developmentPlanSchema } from '../plan/schema.js';
import type { Role } from '../vocabulary/index.js';
import type { ShapeSpec, StepOutcome } from './driver.js';
import { migrateStored } from './driver.js';
import type { JsonRecord } from './json.js';
import { isRecord } from './json.js';

/** The sections 0.1 hashed, in its order (0.1 had no funding). */
const v1Sections = [
  'id',
  'conversationId',
  'kind',
  'employee',
  'manager',
  'period',
  'ambitions',
  'goals',
  'agreements',
  'costs',
  'nextConversation',
  'evaluation',
] as const;

/** The content hash as 0.1 computed it: SHA-256 of the canonical JSON of the content, progress left out. */
export function v1ContentHash(plan: JsonRecord): string {
  const content: JsonRecord = {};
  for (const section of v1Sections) if (plan[section] !== undefined) content[section] = plan[section];
  const agreements = Array.isArray(plan['agreements']) ? plan['agreements'] : [];
  content['agreements'] = agreements.map((agreement: unknown) => {
    if (!isRecord(agreement)) return agreement;
    const { status: _status, progressNote: _note, ...rest } = agreement;
    return rest;
  });
  return sha256Hex(canonicalJson(content));
}

interface Approval extends JsonRecord {
  readonly by: Role;
  readonly version: number;
  readonly hash: string;
}

/** Version 1 to 2: the new hash, the history's last entry and the approvals of this version on it. */
function rehash(plan: JsonRecord): Result<StepOutcome> {
  const stored = plan['hash'] as string;
  const version = plan['version'] as number;
  const verified = v1ContentHash(plan) === stored;
  const hashed = planContentHash(plan as unknown as DevelopmentPlan);
  if (!hashed.ok) return hashed;
  const hash = hashed.value;
  plan['hash'] = hash;
  const history = plan['history'] as JsonRecord[];
  const last = history[history.length - 1];
  if (last !== undefined && last['version'] === version && last['hash'] === stored) {
    last['hash'] = hash;
    last['previousHash'] = stored;
  }
  const carried: Approval[] = [];
  const lapsed: Approval[] = [];
  for (const approval of plan['approvals'] as Approval[]) {
    const holds = verified && approval.version === version && approval.hash === stored;
    (holds ? carried : lapsed).push(approval);
  }
  plan['approvals'] = carried.map((approval) => ({ ...approval, hash, previousHash: stored }));
  if (last !== undefined && lapsed.length > 0) last['clearedApprovals'] = [...(last['clearedApprovals'] as Approval[]), ...lapsed];
  const findings: Finding[] = [];
  if (!verified) findings.push(finding.warning('storage.plan.hashMismatch', { path: ['hash'], params: { version } }));
  if (carried.length > 0) {
    findings.push(
      finding.info('storage.plan.approvalsCarried', { path: ['approvals'], params: { version, roles: carried.map((a) => a.by) } }),
    );
  }
  for (const approval of lapsed) {
    findings.push(finding.warning('storage.plan.approvalNotCarried', { path: ['approvals'], params: { version, role: approval.by } }));
  }
  return ok({ findings });
}

/** @internal */
export const planSpec: ShapeSpec<DevelopmentPlan> = {
  shape: 'developmentPlan',
  schema: developmentPlanSchema,
  holders: [[]],
  addedInV2: [['funding']],
  upgrade: rehash,
  read: validatePlan,
};

/**
 * Brings a stored POP of any earlier version to the current one. A plan stored by 0.1 has a flat
 * content hash: the migration checks it against the content, writes `schemaVersion: 2` and the new
 * (Merkle) content hash, and carries the approvals of the current version over to it when the old
 * hash matched, each with the verified old hash as `previousHash`. When it did not match, the text was
 * changed after it was stored: the approvals lapse (kept in the history) and a warning says so. Keys
 * this version does not know are kept in `unrecognized`; they do not count in the hash.
 *
 * @example
 * ```ts
 * import { migratePlan, planApprovalStatus } from 'ontwikkelgesprek';
 * // A minimal plan as 0.1 stored it, approved by both sides on its flat content hash.
 * const oldHash = 'c9e9e82e83c2e64431a82a7980181694483a25ab3d80c25ff721346f6e23731e';
 * const content = {
 *   id: 'pop-1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne de Vries' }, manager: { id: 'mgr-1', name: 'Ahmed Yilmaz' },
 *   period: { start: '2027-03-15', end: '2027-09-15' }, ambitions: [], goals: [], agreements: [], costs: [],
 *   nextConversation: null, evaluation: null,
 * };
 * const migrated = migratePlan({
 *   ...content, version: 1, hash: oldHash,
 *   approvals: [
 *     { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: oldHash },
 *     { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1, hash: oldHash },
 *   ],
 *   history: [{ version: 1, at: '2027-03-15T11:00:00+01:00', by: 'conversation', changes: [{ section: 'plan', action: 'created' }], hash: oldHash, clearedApprovals: [] }],
 *   progress: [],
 * });
 * migrated.ok && migrated.value.approvals[0]?.previousHash === oldHash; // true
 * const status = migrated.ok ? planApprovalStatus(migrated.value) : migrated;
 * status.ok && status.value.approved; // true
 * ```
 */
export function migratePlan(stored: unknown): Result<DevelopmentPlan> {
  return migrateStored(planSpec, stored, {});
}
