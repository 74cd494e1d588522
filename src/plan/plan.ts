import { produce } from 'immer';
import type { Finding, Instant, Path, Result } from '../core/index.js';
import { canonicalJson, compareInstants, deepFreeze, fail, findingsFrom, ok, parseWith, sha256Hex } from '../core/index.js';
import type { Role } from '../vocabulary/index.js';
import { planMessages } from './messages.js';
import type {
  ApprovalRecord,
  DevelopmentPlan,
  PlanApproval,
  PlanAmendment,
  PlanChangeRecord,
  PlanContent,
  PlanDraft,
  PlanProgress,
  PlanSection,
} from './schema.js';
import {
  developmentPlanSchema,
  planAmendmentSchema,
  planApprovalSchema,
  planContentSchema,
  planDraftSchema,
  planProgressSchema,
} from './schema.js';

const finding = findingsFrom(planMessages);

const contentKeys = Object.keys(planContentSchema.shape) as (keyof PlanContent)[];

/** The approvable content of a plan: the sections approvals and the hash cover. */
function contentOf(plan: PlanContent): PlanContent {
  const content: Record<string, unknown> = {};
  for (const key of contentKeys) {
    if (plan[key] !== undefined) content[key] = plan[key];
  }
  return content as PlanContent;
}

/** The content as hashed: progress (an agreement's status and progress note) is left out on purpose. */
function hashableContent(content: PlanContent): unknown {
  const picked = contentOf(content) as Record<string, unknown>;
  return {
    ...picked,
    agreements: content.agreements.map(({ status: _status, progressNote: _note, ...rest }) => rest),
  };
}

function hashOf(content: PlanContent): string {
  return sha256Hex(canonicalJson(hashableContent(content)));
}

/**
 * The SHA-256 content hash (64 hex digits) of a plan or of plan content, over its canonical JSON:
 * the same content always gives the same hash, whatever the key order, and version, approvals,
 * history and progress on agreements do not count. A host can store it next to an approval to
 * prove which text was approved, or recompute it to check a stored plan.
 *
 * @example
 * ```ts
 * import { planContentHash } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const hash = planContentHash(plan);
 * hash.ok && hash.value === plan.hash; // true for a plan made by this library
 * ```
 */
export function planContentHash(content: PlanContent): Result<string> {
  const picked = content !== null && typeof content === 'object' && !Array.isArray(content) ? contentOf(content) : content;
  const parsed = parseWith(planContentSchema, picked, { messages: planMessages });
  if (!parsed.ok) return parsed;
  return ok(hashOf(parsed.value));
}

/**
 * Where a plan stands with its approvals: per side the approval of the current version (or `null`),
 * and `approved` only when both approved this version with this hash.
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

function approvalStatusOf(plan: DevelopmentPlan): PlanApprovalStatus {
  const current = (role: Role): ApprovalRecord | null =>
    plan.approvals.find((a) => a.by === role && a.version === plan.version && a.hash === plan.hash) ?? null;
  const employee = current('employee');
  const manager = current('manager');
  return deepFreeze({
    version: plan.version,
    hash: plan.hash,
    employee,
    manager,
    approved: employee !== null && manager !== null,
  });
}

/**
 * The approval status of a plan: approved only when the employee and the manager both approved
 * the current version (same version number and same content hash). The plan is validated first.
 *
 * @example
 * ```ts
 * import { planApprovalStatus } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const status = planApprovalStatus(plan);
 * status.ok && status.value.approved; // false until both sides approved this version
 * ```
 */
export function planApprovalStatus(plan: DevelopmentPlan): Result<PlanApprovalStatus> {
  const read = validatePlan(plan, ['plan']);
  return read.ok ? ok(approvalStatusOf(read.value), read.findings) : read;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice].sort();
}

/** Checks the content for what a schema cannot see: unique ids and references between sections. */
function contentFindings(content: PlanContent, path: Path): Finding[] {
  const findings: Finding[] = [];
  const sections = {
    ambitions: content.ambitions.map((a) => a.id),
    goals: content.goals.map((g) => g.id),
    agreements: content.agreements.map((a) => a.id),
    costs: content.costs.map((c) => c.id),
  };
  for (const [section, ids] of Object.entries(sections)) {
    for (const id of duplicates(ids)) {
      findings.push(finding.error('plan.id.duplicate', { path: [...path, section], params: { id, section } }));
    }
  }
  const agreementIds = new Set(sections.agreements);
  content.costs.forEach((line, index) => {
    if (line.agreementId !== undefined && !agreementIds.has(line.agreementId)) {
      findings.push(
        finding.warning('plan.cost.unknownAgreement', {
          path: [...path, 'costs', index, 'agreementId'],
          params: { id: line.id, agreementId: line.agreementId },
        }),
      );
    }
  });
  return findings;
}

/**
 * Validates a plan a host stored or received: its shape, and its integrity (the hash fits the
 * content, the history has one entry per version, approvals belong to the current version, ids are
 * unique). Every plan function runs this first.
 *
 * @example
 * ```ts
 * import { validatePlan } from 'ontwikkelgesprek';
 * const checked = validatePlan(JSON.parse('{"id":"pop-1"}'));
 * checked.ok; // false, with findings for every missing field
 * ```
 */
export function validatePlan(input: unknown, path: Path = []): Result<DevelopmentPlan> {
  const parsed = parseWith(developmentPlanSchema, input, { path, messages: planMessages });
  if (!parsed.ok) return parsed;
  const plan = parsed.value;
  const findings: Finding[] = contentFindings(plan, path);
  const hash = hashOf(plan);
  if (hash !== plan.hash) {
    findings.push(finding.error('plan.hash.mismatch', { path: [...path, 'hash'], params: { hash: plan.hash } }));
  }
  const last = plan.history[plan.history.length - 1];
  const consecutive = plan.history.every((entry, index) => entry.version === index + 1);
  if (!consecutive || last?.version !== plan.version || last.hash !== plan.hash) {
    findings.push(finding.error('plan.history.inconsistent', { path: [...path, 'history'], params: { version: plan.version } }));
  }
  const roles = new Set<string>();
  plan.approvals.forEach((approval, index) => {
    if (roles.has(approval.by) || approval.version !== plan.version || approval.hash !== plan.hash) {
      findings.push(
        finding.error('plan.approval.recordInvalid', {
          path: [...path, 'approvals', index],
          params: { by: approval.by },
        }),
      );
    }
    roles.add(approval.by);
  });
  const errors = findings.filter((f) => f.severity === 'error');
  return errors.length > 0 ? fail(findings) : ok(deepFreeze(plan), findings);
}

function versionSince(plan: DevelopmentPlan): Instant {
  return (plan.history[plan.history.length - 1] as DevelopmentPlan['history'][number]).at;
}

const roleWords = { employee: 'employee', manager: 'manager' } as const;

/**
 * Records the approval of one side. The approval must name the current version (and, when it
 * gives one, the current hash) and may not predate that version. The plan is approved once both
 * sides approved the same, current version; a second approval by the same side changes nothing.
 *
 * @example
 * ```ts
 * import { approvePlan, planApprovalStatus } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const byEmployee = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: plan.version });
 * if (byEmployee.ok) {
 *   const both = approvePlan(byEmployee.value, { by: 'manager', at: '2027-03-16T11:00:00+01:00', version: plan.version });
 *   const status = both.ok ? planApprovalStatus(both.value) : undefined;
 *   status?.ok && status.value.approved; // true
 * }
 * ```
 */
export function approvePlan(plan: DevelopmentPlan, approval: PlanApproval): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  const given = parseWith(planApprovalSchema, approval, { path: ['approval'], messages: planMessages });
  if (!read.ok || !given.ok) return fail([...read.findings, ...given.findings]);
  const current = read.value;
  const input = given.value;
  if (input.version !== current.version) {
    return fail([
      finding.error('plan.approval.staleVersion', {
        path: ['approval', 'version'],
        params: { given: input.version, current: current.version },
      }),
    ]);
  }
  if (input.hash !== undefined && input.hash !== current.hash) {
    return fail([
      finding.error('plan.approval.hashMismatch', {
        path: ['approval', 'hash'],
        params: { given: input.hash, current: current.hash },
      }),
    ]);
  }
  const since = versionSince(current);
  if (compareInstants(input.at, since) < 0) {
    return fail([
      finding.error('plan.approval.beforeVersion', {
        path: ['approval', 'at'],
        params: { at: input.at, version: current.version, since },
      }),
    ]);
  }
  if (current.approvals.some((a) => a.by === input.by)) {
    return ok(deepFreeze(current), [
      finding.info('plan.approval.repeated', { path: ['approval', 'by'], params: { by: roleWords[input.by] } }),
    ]);
  }
  const record: ApprovalRecord = { by: input.by, at: input.at, version: current.version, hash: current.hash };
  const next = produce(current, (draft) => {
    draft.approvals.push(record);
    draft.approvals.sort((a, b) => (a.by === b.by ? 0 : a.by === 'employee' ? -1 : 1));
  });
  const status = approvalStatusOf(next);
  const findings = status.approved
    ? [finding.info('plan.approval.complete', { params: { version: next.version } })]
    : [
        finding.info('plan.approval.waiting', {
          params: { version: next.version, role: status.employee === null ? 'employee' : 'manager' },
        }),
      ];
  return ok(deepFreeze(next), findings);
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** What changed between two contents, section by section and item by item (by id). */
function diffContent(before: PlanContent, after: PlanContent): PlanChangeRecord[] {
  const changes: PlanChangeRecord[] = [];
  const hashedBefore = hashableContent(before) as Record<string, unknown>;
  const hashedAfter = hashableContent(after) as Record<string, unknown>;
  const single: [PlanSection, (keyof PlanContent)[]][] = [
    ['plan', ['conversationId', 'kind']],
    ['employee', ['employee']],
    ['manager', ['manager']],
    ['period', ['period']],
  ];
  for (const [section, keys] of single) {
    if (keys.some((key) => !sameJson(hashedBefore[key], hashedAfter[key]))) changes.push({ section, action: 'changed' });
  }
  for (const section of ['ambitions', 'goals', 'agreements', 'costs'] as const) {
    const old = hashedBefore[section] as { id: string }[];
    const now = hashedAfter[section] as { id: string }[];
    const oldById = new Map(old.map((item) => [item.id, item]));
    const nowById = new Map(now.map((item) => [item.id, item]));
    const itemChanges: PlanChangeRecord[] = [];
    for (const item of now) {
      const previous = oldById.get(item.id);
      if (previous === undefined) itemChanges.push({ section, id: item.id, action: 'added' });
      else if (!sameJson(previous, item)) itemChanges.push({ section, id: item.id, action: 'changed' });
    }
    for (const item of old) {
      if (!nowById.has(item.id)) itemChanges.push({ section, id: item.id, action: 'removed' });
    }
    if (itemChanges.length === 0 && !sameJson(old, now)) itemChanges.push({ section, action: 'changed' });
    changes.push(...itemChanges);
  }
  for (const section of ['nextConversation', 'evaluation'] as const) {
    const a = hashedBefore[section] ?? null;
    const b = hashedAfter[section] ?? null;
    if (sameJson(a, b)) continue;
    changes.push({ section, action: a === null ? 'added' : b === null ? 'removed' : 'changed' });
  }
  return changes;
}

/**
 * Amends a plan: the sections in `change.set` replace the current ones, and if that changes the
 * content, the result is a new version with a new hash, a history entry (what changed, by whom,
 * when, why, and which approvals lapsed) and no approvals. A change that alters nothing is refused
 * with `plan.amend.noChange`, so versions always mean different text.
 *
 * @example
 * ```ts
 * import { amendPlan } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const amended = amendPlan(plan, {
 *   by: 'employee',
 *   at: '2027-04-02T10:00:00+02:00',
 *   reason: 'Volgend gesprek naar voren gehaald',
 *   set: { nextConversation: { date: '2027-08-30', kind: 'checkIn' } },
 * });
 * amended.ok && amended.value.approvals.length; // 0
 * ```
 */
export function amendPlan(plan: DevelopmentPlan, change: PlanAmendment): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  const given = parseWith(planAmendmentSchema, change, { path: ['change'], messages: planMessages });
  if (!read.ok || !given.ok) return fail([...read.findings, ...given.findings]);
  const current = read.value;
  const input = given.value;
  const since = versionSince(current);
  if (compareInstants(input.at, since) < 0) {
    return fail([
      finding.error('plan.amend.beforeVersion', {
        path: ['change', 'at'],
        params: { at: input.at, version: current.version, since },
      }),
    ]);
  }
  const before = contentOf(current);
  const after: PlanContent = { ...before };
  for (const [key, value] of Object.entries(input.set)) {
    if (value !== undefined) (after as Record<string, unknown>)[key] = value;
  }
  const problems = contentFindings(after, ['change', 'set']);
  if (input.set.agreements !== undefined) {
    // Progress has its own log: an amendment keeps the recorded status and note of existing agreements.
    const recorded = new Map(current.agreements.map((a) => [a.id, a]));
    after.agreements = input.set.agreements.map((agreement, index) => {
      const known = recorded.get(agreement.id);
      if (known === undefined) return agreement;
      if (known.status !== agreement.status || known.progressNote !== agreement.progressNote) {
        problems.push(
          finding.info('plan.amend.progressKept', {
            path: ['change', 'set', 'agreements', index, 'status'],
            params: { agreementId: agreement.id, status: known.status },
          }),
        );
      }
      const { status: _status, progressNote: _note, ...rest } = agreement;
      return { ...rest, status: known.status, ...(known.progressNote !== undefined ? { progressNote: known.progressNote } : {}) };
    });
  }
  if (problems.some((p) => p.severity === 'error')) return fail(problems);
  const changes = diffContent(before, after);
  if (changes.length === 0) {
    return fail([...problems, finding.error('plan.amend.noChange', { path: ['change', 'set'] })]);
  }
  const hash = hashOf(after);
  const version = current.version + 1;
  const next = produce(current, (draft) => {
    for (const key of contentKeys) {
      (draft as Record<string, unknown>)[key] = (after as Record<string, unknown>)[key];
      if ((after as Record<string, unknown>)[key] === undefined) delete (draft as Record<string, unknown>)[key];
    }
    draft.version = version;
    draft.hash = hash;
    draft.history.push({
      version,
      at: input.at,
      by: input.by,
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
      changes,
      hash,
      clearedApprovals: [...current.approvals],
    });
    draft.approvals = [];
  });
  const findings: Finding[] = [...problems];
  if (current.approvals.length > 0) {
    findings.push(finding.info('plan.amend.approvalsCleared', { params: { version, count: current.approvals.length } }));
  }
  return ok(deepFreeze(next), findings);
}

/**
 * Records progress on an agreement: a new status (`done`, `dropped`, or back to `open`), a progress
 * note, or both. Progress is not a change of the approved text: the version, the hash and the
 * approvals stay, and the entry is kept in the plan's `progress` log (with the version it was
 * recorded against) so that everyone can see it.
 *
 * @example
 * ```ts
 * import { recordProgress } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const next = recordProgress(plan, {
 *   agreementId: 'a1',
 *   by: 'employee',
 *   at: '2027-05-20T16:00:00+02:00',
 *   status: 'done',
 *   note: 'Presentatie gegeven op de afdelingsdag.',
 * });
 * next.ok && next.value.version === plan.version; // true
 * ```
 */
export function recordProgress(plan: DevelopmentPlan, progress: PlanProgress): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  const given = parseWith(planProgressSchema, progress, { path: ['progress'], messages: planMessages });
  if (!read.ok || !given.ok) return fail([...read.findings, ...given.findings]);
  const current = read.value;
  const input = given.value;
  const index = current.agreements.findIndex((a) => a.id === input.agreementId);
  if (index < 0) {
    return fail([
      finding.error('plan.progress.unknownAgreement', {
        path: ['progress', 'agreementId'],
        params: { agreementId: input.agreementId },
      }),
    ]);
  }
  const since = (current.history[0] as DevelopmentPlan['history'][number]).at;
  if (compareInstants(input.at, since) < 0) {
    return fail([finding.error('plan.progress.beforePlan', { path: ['progress', 'at'], params: { at: input.at, since } })]);
  }
  const agreement = current.agreements[index] as DevelopmentPlan['agreements'][number];
  const note = input.note?.trim() ?? '';
  const status = input.status ?? agreement.status;
  if (status === agreement.status && note === '') {
    return ok(deepFreeze(current), [
      finding.info('plan.progress.unchanged', {
        path: ['progress', 'status'],
        params: { agreementId: agreement.id, status },
      }),
    ]);
  }
  const findings: Finding[] = [];
  if (status === 'dropped' && agreement.status !== 'dropped' && note === '') {
    findings.push(
      finding.warning('plan.progress.dropWithoutNote', {
        path: ['progress', 'note'],
        params: { agreementId: agreement.id },
      }),
    );
  }
  const next = produce(current, (draft) => {
    const target = draft.agreements[index] as DevelopmentPlan['agreements'][number];
    target.status = status;
    if (note !== '') target.progressNote = note;
    draft.progress.push({
      agreementId: agreement.id,
      by: input.by,
      at: input.at,
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(note !== '' ? { note } : {}),
      version: current.version,
    });
  });
  return ok(deepFreeze(next), findings);
}

/**
 * Starts a plan at version 1 from its content: for hosts that write the POP themselves rather than
 * assembling it from a conversation with `createDevelopmentPlan`. The content is validated (ids
 * unique, cost lines pointing at agreements of the plan) and hashed; there are no approvals yet.
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan } from 'ontwikkelgesprek';
 * const draft = draftDevelopmentPlan({
 *   by: 'employee',
 *   at: '2027-03-15T12:00:00+01:00',
 *   content: {
 *     id: 'pop-2027-e17',
 *     kind: 'development',
 *     employee: { id: 'e-17', name: 'Sanne de Vries' },
 *     manager: { id: 'm-3', name: 'Karim Bouzid' },
 *     period: { start: '2027-03-15', end: '2028-03-15' },
 *     ambitions: [],
 *     goals: [],
 *     agreements: [],
 *     costs: [],
 *     nextConversation: { date: '2027-09-15' },
 *     evaluation: null,
 *   },
 * });
 * draft.ok && draft.value.version; // 1
 * ```
 */
export function draftDevelopmentPlan(input: PlanDraft): Result<DevelopmentPlan> {
  const parsed = parseWith(planDraftSchema, input, { messages: planMessages });
  if (!parsed.ok) return parsed;
  const { content, at, by } = parsed.value;
  const problems = contentFindings(content, ['content']);
  if (problems.some((p) => p.severity === 'error')) return fail(problems);
  const hash = hashOf(content);
  const plan: DevelopmentPlan = {
    ...contentOf(content),
    version: 1,
    hash,
    approvals: [],
    history: [{ version: 1, at, by, changes: [{ section: 'plan', action: 'created' }], hash, clearedApprovals: [] }],
    progress: [],
  };
  return ok(deepFreeze(plan), problems);
}
