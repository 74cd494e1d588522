// Starting a plan at version 1 from its content.
import type { Result } from '../core/index.js';
import { currentSchemaVersion, fail, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { contentHash } from './hash.js';
import { planDraftSchema } from './schema.js';
import type { DevelopmentPlan, PlanContent, PlanDraft } from './types.js';
import { canonicalPlan, contentFindings } from './validate.js';

/** The approvable content, in the plan's fixed order, without keys that are not content. */
export function contentOf(plan: PlanContent): PlanContent {
  return {
    id: plan.id,
    ...(plan.conversationId === undefined ? {} : { conversationId: plan.conversationId }),
    kind: plan.kind,
    employee: plan.employee,
    manager: plan.manager,
    period: plan.period,
    ambitions: plan.ambitions,
    goals: plan.goals,
    agreements: plan.agreements,
    ...(plan.competences === undefined ? {} : { competences: plan.competences }),
    costs: plan.costs,
    ...(plan.funding === undefined ? {} : { funding: plan.funding }),
    nextConversation: plan.nextConversation,
    evaluation: plan.evaluation,
    ...(plan.zienswijze === undefined ? {} : { zienswijze: plan.zienswijze }),
    ...(plan.visibility === undefined ? {} : { visibility: plan.visibility }),
    ...(plan.sharedWith === undefined ? {} : { sharedWith: plan.sharedWith }),
  };
}

/**
 * Starts a plan at version 1 from its content: for hosts that write the POP themselves rather than
 * assembling it from a conversation with `createDevelopmentPlan`. The content is validated (ids
 * unique, cost lines pointing at agreements and sources of the plan) and hashed; there are no
 * approvals yet. `meta` is the host's own data, carried through every later version untouched.
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
 *     ambitions: [{ id: 'amb-1', text: 'Over twee jaar een klantteam leiden' }],
 *     goals: [],
 *     agreements: [],
 *     costs: [],
 *     nextConversation: { date: '2027-09-15' },
 *     evaluation: null,
 *   },
 * });
 * draft.ok && draft.value.version; // 1
 * draft.ok && draft.value.history[0]?.changes; // [{ section: 'plan', action: 'created' }]
 * ```
 */
export function draftDevelopmentPlan(input: PlanDraft): Result<DevelopmentPlan> {
  const parsed = parseWith(planDraftSchema, input);
  if (!parsed.ok) return parsed;
  const { content, at, by, meta } = parsed.value;
  const problems = contentFindings(content as PlanContent, ['content']);
  if (content.zienswijze !== undefined && by !== 'employee') {
    problems.push(finding.error('plan.zienswijze.notEmployee', { path: ['content', 'zienswijze'], params: { by } }));
  }
  if (problems.some((problem) => problem.severity === 'error')) return fail(problems);
  const hash = contentHash(content as PlanContent);
  const plan: DevelopmentPlan = {
    schemaVersion: currentSchemaVersion,
    ...contentOf(content as PlanContent),
    version: 1,
    hash,
    approvals: [],
    history: [{ version: 1, at, by, changes: [{ section: 'plan', action: 'created' }], hash, clearedApprovals: [] }],
    progress: [],
    ...(meta === undefined ? {} : { meta }),
  };
  const made = canonicalPlan(plan);
  return made.ok ? { ...made, findings: problems } : made;
}
