// Approval by both sides: per version and content hash, checked against the budget.
import { produce } from 'immer';
import type { Finding, Instant, Result } from '../core/index.js';
import { compareInstants, deepFreeze, fail, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import { approvalBudgetFindings } from './budget/check.js';
import { approvePlanOptionsSchema } from './budget/schema.js';
import { planApprovalSchema } from './schema.js';
import type { ApprovalRecord, ApprovePlanOptions, DevelopmentPlan, PlanApproval, PlanApprovalStatus } from './types.js';
import { canonicalPlan, validatePlan } from './validate.js';

/** Since when the current version exists: the moment of its history entry. */
export function versionSince(plan: DevelopmentPlan): Instant {
  return (plan.history[plan.history.length - 1] as DevelopmentPlan['history'][number]).at;
}

export function approvalStatusOf(plan: DevelopmentPlan): PlanApprovalStatus {
  const current = (role: Role): ApprovalRecord | null =>
    plan.approvals.find((a) => a.by === role && a.version === plan.version && a.hash === plan.hash) ?? null;
  const employee = current('employee');
  const manager = current('manager');
  return deepFreeze({ version: plan.version, hash: plan.hash, employee, manager, approved: employee !== null && manager !== null });
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

/** Why this approval cannot be recorded at all: another version, another text, or too early. */
function refusal(current: DevelopmentPlan, input: PlanApproval): Finding | undefined {
  if (input.version !== current.version) {
    return finding.error('plan.approval.staleVersion', {
      path: ['approval', 'version'],
      params: { given: input.version, current: current.version },
    });
  }
  if (input.hash !== undefined && input.hash !== current.hash) {
    return finding.error('plan.approval.hashMismatch', {
      path: ['approval', 'hash'],
      params: { given: input.hash, current: current.hash },
    });
  }
  const since = versionSince(current);
  if (compareInstants(input.at, since) < 0) {
    return finding.error('plan.approval.beforeVersion', {
      path: ['approval', 'at'],
      params: { at: input.at, version: current.version, since },
    });
  }
  return undefined;
}

/**
 * Records the approval of one side. The approval must name the current version (and, when it gives
 * one, the current content hash) and may not predate that version. The whole plan's claims are
 * checked against its budget (the plan's funding, or `options.budget`, with what is already spent or
 * committed elsewhere): a source claimed beyond what it holds, or required training charged to the
 * employee, refuses the approval (`strictness: 'relaxed'` records it with a warning instead). The
 * plan is approved once both sides approved the same, current version; a second approval by the
 * same side changes nothing.
 *
 * @example
 * ```ts
 * import { approvePlan, draftDevelopmentPlan, findingMessage } from 'ontwikkelgesprek';
 * const drafted = draftDevelopmentPlan({
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
 *     agreements: [{ id: 'a1', what: 'Ik bezoek het congres Klantgericht Adviseren', who: 'e-17', when: '2027-05-20' }],
 *     costs: [{ id: 'c1', description: 'Congreskaart', amount: { amount: 120000, currency: 'EUR' }, agreementId: 'a1', source: 'pob' }],
 *     funding: { sources: [{ id: 'pob', kind: 'personalBudget', allowances: [{ amount: 70000, currency: 'EUR' }] }] },
 *     nextConversation: null,
 *     evaluation: null,
 *   },
 * });
 * const approved = drafted.ok ? approvePlan(drafted.value, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }) : undefined;
 * approved?.ok; // false: € 1.200 does not fit in a budget of € 700
 * approved && findingMessage(approved.findings[0]!, 'en'); // 'The costs in this plan do not fit within the personal development budget. ...'
 * ```
 */
export function approvePlan(plan: DevelopmentPlan, approval: PlanApproval, options: ApprovePlanOptions = {}): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  const given = parseWith(planApprovalSchema, approval, { path: ['approval'] });
  const settings = parseWith(approvePlanOptionsSchema, options, { path: ['options'] });
  if (!read.ok || !given.ok || !settings.ok) return fail([...read.findings, ...given.findings, ...settings.findings]);
  const current = read.value;
  const input = given.value;
  const refused = refusal(current, input);
  if (refused !== undefined) return fail([refused]);
  if (current.approvals.some((a) => a.by === input.by)) {
    return ok(current, [finding.info('plan.approval.repeated', { path: ['approval', 'by'], params: { by: input.by } })]);
  }
  const severity = settings.value.strictness === 'relaxed' ? 'warning' : 'error';
  const budget = approvalBudgetFindings(current, settings.value.budget, input.at, severity);
  if (budget.some((found) => found.severity === 'error')) return fail(budget);
  const record: ApprovalRecord = { by: input.by, at: input.at, version: current.version, hash: current.hash };
  const next = produce(current, (draft) => {
    draft.approvals.push(record);
    draft.approvals.sort((a, b) => (a.by === b.by ? 0 : a.by === 'employee' ? -1 : 1));
  });
  const made = canonicalPlan(next);
  if (!made.ok) return made;
  const status = approvalStatusOf(made.value);
  const outcome = status.approved
    ? finding.info('plan.approval.complete', { params: { version: current.version } })
    : finding.info('plan.approval.waiting', {
        params: { version: current.version, role: status.employee === null ? 'employee' : 'manager' },
      });
  return ok(made.value, [...budget, outcome]);
}
