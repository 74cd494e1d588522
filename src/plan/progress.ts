// Progress on agreements: recorded in its own log, never a change of the approved text.
import { produce } from 'immer';
import type { Finding, Result } from '../core/index.js';
import { compareInstants, fail, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { agreementRef } from './refs.js';
import { planProgressSchema } from './schema.js';
import type { DevelopmentPlan, PlanProgress } from './types.js';
import { canonicalPlan, validatePlan } from './validate.js';

/**
 * Records progress on an agreement: a new status (`done`, `dropped`, or back to `open`), a progress
 * note, or both. Progress is not a change of the approved text: the version, the content hash and
 * the approvals stay, and the entry is kept in the plan's `progress` log (with the version it was
 * recorded against) so that both sides see it.
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
  const given = parseWith(planProgressSchema, progress, { path: ['progress'] });
  if (!read.ok || !given.ok) return fail([...read.findings, ...given.findings]);
  const current = read.value;
  const input = given.value;
  const index = current.agreements.findIndex((agreement) => agreement.id === input.agreementId);
  const agreement = current.agreements[index];
  if (agreement === undefined) {
    return fail([
      finding.error('plan.progress.unknownAgreement', { path: ['progress', 'agreementId'], params: { agreementId: input.agreementId } }),
    ]);
  }
  const since = (current.history[0] as DevelopmentPlan['history'][number]).at;
  if (compareInstants(input.at, since) < 0) {
    return fail([finding.error('plan.progress.beforePlan', { path: ['progress', 'at'], params: { at: input.at, since } })]);
  }
  const note = input.note?.trim() ?? '';
  const status = input.status ?? agreement.status;
  if (status === agreement.status && note === '') {
    return ok(current, [
      finding.info('plan.progress.unchanged', { path: ['progress', 'status'], params: { agreement: agreementRef(agreement), status } }),
    ]);
  }
  const findings: Finding[] = [];
  if (status === 'dropped' && agreement.status !== 'dropped' && note === '') {
    findings.push(
      finding.warning('plan.progress.dropWithoutNote', { path: ['progress', 'note'], params: { agreement: agreementRef(agreement) } }),
    );
  }
  const next = produce(current, (draft) => {
    const target = draft.agreements[index] as (typeof draft.agreements)[number];
    target.status = status;
    if (note !== '') target.progressNote = note;
    draft.progress.push({
      agreementId: agreement.id,
      by: input.by,
      at: input.at,
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(note === '' ? {} : { note }),
      version: current.version,
    });
  });
  const made = canonicalPlan(next);
  return made.ok ? ok(made.value, findings) : made;
}
