import { z } from 'zod';
import type { Agreement } from '../agreements/index.js';
import type { Finding, Result } from '../core/index.js';
import { addCalendarMonths, calendarDateOf, fail, findingsFrom, idSchema, parseWith, resultOf } from '../core/index.js';
import type { Conversation } from '../conversation/index.js';
import { conversationSchema } from '../conversation/schema.js';
import { planMessages } from './messages.js';
import { draftDevelopmentPlan } from './plan.js';
import type { CostLine, DevelopmentGoal, DevelopmentPlan, PlanContent } from './schema.js';

const finding = findingsFrom(planMessages);

/**
 * Schema of the options of `createDevelopmentPlan`: the plan's id (default `pop-` and the
 * conversation id) and how many months the plan covers when no next conversation is planned
 * (default 12).
 *
 * @example
 * ```ts
 * import { createPlanOptionsSchema } from 'ontwikkelgesprek';
 * createPlanOptionsSchema.parse({ planId: 'pop-2027-e17' });
 * ```
 */
export const createPlanOptionsSchema = z.strictObject({
  planId: idSchema.optional(),
  defaultPeriodMonths: z.number().int().min(1).max(60).optional(),
});

/**
 * The options of `createDevelopmentPlan`.
 *
 * @example
 * ```ts
 * import type { CreatePlanOptions } from 'ontwikkelgesprek';
 * const options: CreatePlanOptions = { planId: 'pop-2027-e17' };
 * ```
 */
export type CreatePlanOptions = z.input<typeof createPlanOptionsSchema>;

function shortText(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? fallback : trimmed.slice(0, 500);
}

function acceptedByBoth(agreement: Agreement): boolean {
  return agreement.acceptedBy.employee !== undefined && agreement.acceptedBy.manager !== undefined;
}

/**
 * Assembles the POP from a concluded conversation, as version 1 without approvals: employee and
 * manager; the period (from the day of the conversation to the next conversation); the overarching
 * goal as ambition; a development goal for every need of either side (with its focus and
 * organisation goals; the goal keeps the need's id, so an agreement serves a goal when its
 * `linkedNeedIds` names it); the agreements and support agreements that were not withdrawn; a cost
 * line for every agreement with a cost; the next conversation; and the evaluation.
 *
 * A conversation that is not concluded is refused. What is missing becomes a finding: a goal
 * without an agreement, an agreement that serves no goal, was not accepted by both sides or has no
 * date, a goal without a link to an organisation goal, no next conversation, no evaluation.
 *
 * @example
 * ```ts
 * import { createDevelopmentPlan } from 'ontwikkelgesprek';
 * import type { Conversation } from 'ontwikkelgesprek';
 * declare const concluded: Conversation;
 * const plan = createDevelopmentPlan(concluded);
 * if (plan.ok) {
 *   plan.value.version; // 1
 *   plan.findings.map((f) => f.code); // e.g. ['plan.goal.withoutAgreement']
 * }
 * ```
 */
export function createDevelopmentPlan(conversation: Conversation, options: CreatePlanOptions = {}): Result<DevelopmentPlan> {
  const parsed = parseWith(conversationSchema, conversation, { path: ['conversation'] });
  const parsedOptions = parseWith(createPlanOptionsSchema, options, { path: ['options'] });
  if (!parsed.ok || !parsedOptions.ok) return fail([...parsed.findings, ...parsedOptions.findings]);
  const state = parsed.value;
  if (state.status !== 'concluded' || state.concludedAt === null) {
    return fail([
      finding.error('plan.conversation.notConcluded', {
        path: ['conversation', 'status'],
        params: { status: state.status, phase: state.phase },
      }),
    ]);
  }
  const findings: Finding[] = [];
  const at = state.concludedAt;
  const start = calendarDateOf(state.startedAt ?? at, state.timeZone);
  const months = parsedOptions.value.defaultPeriodMonths ?? 12;
  const nextDate = state.nextConversation?.date;
  const end = nextDate !== undefined && nextDate >= start ? nextDate : addCalendarMonths(start, months);

  const goals: DevelopmentGoal[] = [
    ...state.needs.employee.map((need) => ({ need, source: 'employee' as const })),
    ...state.needs.manager.map((need) => ({ need, source: 'organisation' as const })),
  ].map(({ need, source }) => ({
    id: need.id,
    title: need.text,
    ...(need.why !== undefined && need.why.trim() !== '' ? { why: need.why } : {}),
    source,
    focus: need.focus,
    organisationGoalIds: [...need.goalIds],
  }));

  const agreements: Agreement[] = [
    ...state.agreements.filter((entry) => entry.withdrawn === null).map((entry) => entry.agreement),
    ...state.supportAgreements
      .filter((entry) => entry.withdrawn === null)
      .map((entry) => ({ ...entry.agreement, kind: 'support' as const })),
  ];

  const costs: CostLine[] = [];
  agreements.forEach((agreement, index) => {
    if (agreement.cost === undefined) return;
    if (agreement.cost.amount < 0) {
      findings.push(
        finding.warning('plan.cost.negative', {
          path: ['agreements', index, 'cost'],
          params: { agreement: shortText(agreement.what, agreement.id), amount: agreement.cost.amount },
        }),
      );
      return;
    }
    costs.push({
      id: agreement.id,
      description: shortText(agreement.what, agreement.id),
      amount: { amount: agreement.cost.amount, currency: agreement.cost.currency },
      agreementId: agreement.id,
    });
  });

  const ambitions =
    state.overarchingGoal !== null && state.overarchingGoal.trim() !== ''
      ? [{ id: 'overarching-goal', text: shortText(state.overarchingGoal, 'overarching goal') }]
      : [];

  const planId = parsedOptions.value.planId ?? (state.id.length <= 196 ? `pop-${state.id}` : state.id);
  const content: PlanContent = {
    id: planId,
    conversationId: state.id,
    kind: state.kind,
    employee: { id: state.employee.id, name: state.employee.name },
    manager: { id: state.manager.id, name: state.manager.name },
    period: { start, end },
    ambitions,
    goals,
    agreements,
    costs,
    nextConversation:
      state.nextConversation === null
        ? null
        : {
            date: state.nextConversation.date,
            start: state.nextConversation.start,
            kind: state.nextConversation.kind,
            ...minutesOf(state.nextConversation.start, state.nextConversation.end),
          },
    evaluation:
      state.evaluation === null
        ? null
        : {
            rating: state.evaluation.rating,
            ...(state.evaluation.feedback.trim() !== '' ? { feedback: state.evaluation.feedback } : {}),
          },
  };

  findings.push(...completenessFindings(content));
  const drafted = draftDevelopmentPlan({ content, at, by: 'conversation' });
  if (!drafted.ok) return fail([...findings, ...drafted.findings]);
  return resultOf(drafted.value, [...findings, ...drafted.findings]);
}

function minutesOf(start: string, end: string): { minutes?: number } {
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return minutes >= 5 && minutes <= 480 ? { minutes } : {};
}

/** What the POP lacks, goal by goal and agreement by agreement. */
function completenessFindings(content: PlanContent): Finding[] {
  const findings: Finding[] = [];
  if (content.goals.length === 0) findings.push(finding.warning('plan.goals.missing', { path: ['goals'] }));
  if (content.agreements.length === 0) findings.push(finding.warning('plan.agreements.missing', { path: ['agreements'] }));
  const goalIds = new Set(content.goals.map((goal) => goal.id));
  content.goals.forEach((goal, index) => {
    const served = content.agreements.some((agreement) => agreement.linkedNeedIds.includes(goal.id));
    if (!served) {
      findings.push(finding.warning('plan.goal.withoutAgreement', { path: ['goals', index], params: { goal: goal.title } }));
    }
    if (goal.organisationGoalIds.length === 0) {
      findings.push(
        finding.info('plan.goal.noOrganisationLink', { path: ['goals', index, 'organisationGoalIds'], params: { goal: goal.title } }),
      );
    }
  });
  content.agreements.forEach((agreement, index) => {
    const label = shortText(agreement.what, agreement.id);
    if (agreement.kind === 'development' && !agreement.linkedNeedIds.some((id) => goalIds.has(id))) {
      findings.push(
        finding.info('plan.agreement.withoutGoal', { path: ['agreements', index, 'linkedNeedIds'], params: { agreement: label } }),
      );
    }
    if (!acceptedByBoth(agreement)) {
      findings.push(
        finding.warning('plan.agreement.notAccepted', { path: ['agreements', index, 'acceptedBy'], params: { agreement: label } }),
      );
    }
    if (agreement.when === undefined) {
      findings.push(finding.warning('plan.agreement.noDeadline', { path: ['agreements', index, 'when'], params: { agreement: label } }));
    }
  });
  if (content.nextConversation === null) {
    findings.push(finding.warning('plan.nextConversation.missing', { path: ['nextConversation'] }));
  }
  if (content.evaluation === null) findings.push(finding.info('plan.evaluation.missing', { path: ['evaluation'] }));
  return findings;
}
