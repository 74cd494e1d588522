// Assembling the POP from a concluded conversation.
import type { Agreement } from '../agreements/index.js';
import type { Finding, Path, Result } from '../core/index.js';
import { addCalendarMonths, calendarDateOf, fail, minutesBetween, parseWith, resultOf } from '../core/index.js';
import type { Conversation, ConversationEvaluation } from '../conversation/index.js';
import { conversationSchema } from '../conversation/schema.js';
import { finding } from '../locales/index.js';
import { draftDevelopmentPlan } from './draft.js';
import { agreementRef, goalRef } from './refs.js';
import { createPlanOptionsSchema } from './schema.js';
import type {
  CostLine,
  CreatePlanOptions,
  DevelopmentGoal,
  DevelopmentPlan,
  PlanCompetence,
  PlanContent,
  PlanFunding,
  PlanSideEvaluation,
} from './types.js';

function shortText(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? fallback : trimmed.slice(0, 500);
}

function acceptedByBoth(agreement: Agreement): boolean {
  return agreement.acceptedBy.employee !== undefined && agreement.acceptedBy.manager !== undefined;
}

/** The source cost lines are paid from: the one asked for, else the funding's personal budget. */
function costSourceOf(funding: PlanFunding | undefined, asked: string | undefined): string | undefined {
  if (asked !== undefined) return asked;
  return funding?.sources.find((source) => source.kind === 'personalBudget')?.id;
}

/** The source study time is claimed from without a named one: the personal budget that keeps study time, else the cost's. */
function timeSourceOf(funding: PlanFunding | undefined, asked: string | undefined): string | undefined {
  const keeping = funding?.sources.find(
    (source) => source.kind === 'personalBudget' && (source.allowances ?? []).some((amount) => 'minutes' in amount),
  );
  return keeping?.id ?? asked;
}

/** The cost line of an agreement's cost, from its own funding source if it names one; a negative cost is left out with a finding. */
function moneyLine(agreement: Agreement, index: number, source: string | undefined, findings: Finding[]): CostLine | undefined {
  if (agreement.cost === undefined) return undefined;
  if (agreement.cost.amount < 0) {
    findings.push(
      finding.warning('plan.cost.negative', {
        path: ['agreements', index, 'cost'],
        params: { agreement: agreementRef(agreement), amount: agreement.cost },
      }),
    );
    return undefined;
  }
  // The source agreed in the conversation, else the one asked for (or the personal budget).
  const from = agreement.fundingSource ?? source;
  return {
    id: agreement.id,
    description: shortText(agreement.what, agreement.id),
    amount: { amount: agreement.cost.amount, currency: agreement.cost.currency },
    agreementId: agreement.id,
    ...(from === undefined ? {} : { source: from }),
  };
}

/** The cost line in minutes of an agreement's study time (id `<agreement>-study-time`), from the source it names, else the hours' source. */
function timeLine(agreement: Agreement, source: string | undefined): CostLine | undefined {
  const minutes = agreement.studyTime?.minutes ?? 0;
  if (minutes <= 0) return undefined;
  const from = agreement.fundingSource ?? source;
  return {
    id: `${agreement.id}-study-time`,
    description: shortText(agreement.what, agreement.id),
    amount: { minutes },
    agreementId: agreement.id,
    ...(from === undefined ? {} : { source: from }),
  };
}

/** The cost lines of the agreements: money, then study time, agreement by agreement. */
function costLinesOf(
  agreements: readonly Agreement[],
  funding: PlanFunding | undefined,
  source: string | undefined,
  findings: Finding[],
): CostLine[] {
  const hours = timeSourceOf(funding, source);
  return agreements.flatMap((agreement, index) =>
    [moneyLine(agreement, index, source, findings), timeLine(agreement, hours)].filter((line) => line !== undefined),
  );
}

/** A text the employee gave, under its key; nothing when left out or blank. */
function given<K extends string>(key: K, text: string | undefined): { [P in K]?: string } {
  return text === undefined || text.trim() === '' ? {} : ({ [key]: text } as { [P in K]: string });
}

function goalsOf(state: Conversation): DevelopmentGoal[] {
  return [
    ...state.needs.employee.map((need) => ({ need, source: 'employee' as const })),
    ...state.needs.manager.map((need) => ({ need, source: 'organisation' as const })),
  ].map(({ need, source }) => ({
    id: need.id,
    title: need.text,
    ...(need.why !== undefined && need.why.trim() !== '' ? { why: need.why } : {}),
    source,
    ...(need.focus === undefined ? {} : { focus: need.focus }),
    organisationGoalIds: [...need.goalIds],
    ...given('ideas', need.ideas),
    ...given('when', need.when),
    ...(need.expectedCost === undefined
      ? {}
      : { expectedCost: { amount: need.expectedCost.amount, currency: need.expectedCost.currency } }),
    ...given('organisationLink', need.organisationLink),
    ...(need.competenceId === undefined ? {} : { competenceId: need.competenceId }),
  }));
}

/** The competences of the profile the goals and agreements name, in the profile's order; none without a profile. */
function competencesOf(state: Conversation, goals: readonly DevelopmentGoal[], agreements: readonly Agreement[]): PlanCompetence[] {
  const named = new Set([...goals, ...agreements].map((item) => item.competenceId).filter((id) => id !== undefined));
  return (state.functionProfile?.competences ?? [])
    .filter((competence) => named.has(competence.id))
    .map((competence) => ({ id: competence.id, title: competence.title }));
}

function agreementsOf(state: Conversation): Agreement[] {
  return [
    ...state.agreements.filter((entry) => entry.withdrawn === null).map((entry) => entry.agreement),
    ...state.supportAgreements
      .filter((entry) => entry.withdrawn === null)
      .map((entry) => ({ ...entry.agreement, kind: 'support' as const })),
  ];
}

/** One evaluation as the plan records it; feedback its writer kept to themselves stays out. */
function sideEvaluationOf(given: ConversationEvaluation, path: Path, findings: Finding[] | undefined): PlanSideEvaluation {
  const feedback = given.feedback.trim();
  const nextTime = given.nextTime?.trim() ?? '';
  const kept = given.visibility !== 'private';
  if ((feedback !== '' || nextTime !== '') && !kept) {
    findings?.push(finding.info('plan.evaluation.private', { path: [...path, 'feedback'] }));
  }
  // Keys in the schema's order: rating, feedback, grade, nextTime.
  return {
    ...(given.rating === undefined ? {} : { rating: given.rating }),
    ...(feedback !== '' && kept ? { feedback: given.feedback } : {}),
    ...(given.grade === undefined ? {} : { grade: given.grade }),
    ...(nextTime !== '' && kept ? { nextTime: given.nextTime } : {}),
  };
}

/** The evaluation as the plan records it: the latest, and each side's once both evaluated. */
function evaluationOf(state: Conversation, findings: Finding[]): PlanContent['evaluation'] {
  const given = state.evaluation;
  if (given === null) return null;
  const both = state.evaluations;
  if (both === undefined) return sideEvaluationOf(given, ['conversation', 'evaluation'], findings);
  const bySide = {
    ...(both.employee === undefined
      ? {}
      : { employee: sideEvaluationOf(both.employee, ['conversation', 'evaluations', 'employee'], findings) }),
    ...(both.manager === undefined
      ? {}
      : { manager: sideEvaluationOf(both.manager, ['conversation', 'evaluations', 'manager'], findings) }),
  };
  return { ...sideEvaluationOf(given, ['conversation', 'evaluation'], undefined), bySide };
}

function nextConversationOf(state: Conversation): PlanContent['nextConversation'] {
  const next = state.nextConversation;
  if (next === null) return null;
  const minutes = minutesBetween(next.start, next.end);
  return { date: next.date, start: next.start, kind: next.kind, ...(minutes >= 5 && minutes <= 480 ? { minutes } : {}) };
}

/**
 * Assembles the POP from a concluded conversation, as version 1 without approvals: employee and
 * manager; the period (from the day of the conversation to the next conversation); the overarching
 * goal as ambition; a development goal for every need of either side (with its focus and
 * organisation goals; the goal keeps the need's id, so an agreement serves a goal when its
 * `linkedNeedIds` names it); the agreements and support agreements that were not withdrawn; a cost
 * line for every agreement with a cost (paid from `options.costSource`, else the funding's personal
 * budget) and one in minutes for its study time (from the personal budget that keeps study time);
 * the funding given in the options; the next conversation; the evaluation (its feedback only when
 * its writer did not keep it private); and who may read the plan (`options.visibility`,
 * default `shared`: the employee and the manager; `hr` puts it in the personnel file).
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
 * const plan = createDevelopmentPlan(concluded, { meta: { tenantId: 't-42' } });
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
  const state = parsed.value as Conversation;
  const settings = parsedOptions.value;
  if (state.status !== 'concluded' || state.concludedAt === null) {
    return fail([
      finding.error('plan.conversation.notConcluded', {
        path: ['conversation', 'status'],
        params: { status: state.status, phase: state.phase },
      }),
    ]);
  }
  const findings: Finding[] = [];
  const start = calendarDateOf(state.startedAt ?? state.concludedAt, state.timeZone);
  const nextDate = state.nextConversation?.date;
  const end = nextDate !== undefined && nextDate >= start ? nextDate : addCalendarMonths(start, settings.defaultPeriodMonths ?? 12);
  const agreements = agreementsOf(state);
  const goals = goalsOf(state);
  const competences = competencesOf(state, goals, agreements);
  const overarching = state.overarchingGoal?.trim() ?? '';
  const content: PlanContent = {
    id: settings.planId ?? (state.id.length <= 196 ? `pop-${state.id}` : state.id),
    conversationId: state.id,
    kind: state.kind,
    employee: { id: state.employee.id, name: state.employee.name },
    manager: { id: state.manager.id, name: state.manager.name },
    period: { start, end },
    ambitions: overarching === '' ? [] : [{ id: 'overarching-goal', text: shortText(overarching, 'overarching goal') }],
    goals,
    agreements,
    ...(competences.length === 0 ? {} : { competences }),
    costs: costLinesOf(agreements, settings.funding, costSourceOf(settings.funding, settings.costSource), findings),
    ...(settings.funding === undefined ? {} : { funding: settings.funding }),
    nextConversation: nextConversationOf(state),
    evaluation: evaluationOf(state, findings),
    ...(settings.visibility === undefined || settings.visibility === 'shared' ? {} : { visibility: settings.visibility }),
    ...(settings.sharedWith === undefined || settings.sharedWith.length === 0
      ? {}
      : { sharedWith: [...new Set(settings.sharedWith)].sort() }),
  };
  findings.push(...completenessFindings(content));
  const drafted = draftDevelopmentPlan({
    content,
    at: state.concludedAt,
    by: 'conversation',
    ...(settings.meta === undefined ? {} : { meta: settings.meta }),
  });
  if (!drafted.ok) return fail([...findings, ...drafted.findings]);
  return resultOf(drafted.value, [...findings, ...drafted.findings]);
}

/** What the POP lacks, goal by goal and agreement by agreement. */
function completenessFindings(content: PlanContent): Finding[] {
  const findings: Finding[] = [];
  if (content.goals.length === 0) findings.push(finding.warning('plan.goals.missing', { path: ['goals'] }));
  if (content.agreements.length === 0) findings.push(finding.warning('plan.agreements.missing', { path: ['agreements'] }));
  const goalIds = new Set(content.goals.map((goal) => goal.id));
  content.goals.forEach((goal, index) => {
    if (!content.agreements.some((agreement) => agreement.linkedNeedIds.includes(goal.id))) {
      findings.push(finding.warning('plan.goal.withoutAgreement', { path: ['goals', index], params: { goal: goalRef(goal) } }));
    }
    if (goal.organisationGoalIds.length === 0) {
      findings.push(
        finding.info('plan.goal.noOrganisationLink', { path: ['goals', index, 'organisationGoalIds'], params: { goal: goalRef(goal) } }),
      );
    }
  });
  content.agreements.forEach((agreement, index) => {
    const params = { agreement: agreementRef(agreement) };
    if (agreement.kind === 'development' && !agreement.linkedNeedIds.some((id) => goalIds.has(id))) {
      findings.push(finding.info('plan.agreement.withoutGoal', { path: ['agreements', index, 'linkedNeedIds'], params }));
    }
    if (!acceptedByBoth(agreement)) {
      findings.push(finding.warning('plan.agreement.notAccepted', { path: ['agreements', index, 'acceptedBy'], params }));
    }
    if (agreement.when === undefined)
      findings.push(finding.warning('plan.agreement.noDeadline', { path: ['agreements', index, 'when'], params }));
  });
  if (content.nextConversation === null) findings.push(finding.warning('plan.nextConversation.missing', { path: ['nextConversation'] }));
  if (content.evaluation === null) findings.push(finding.info('plan.evaluation.missing', { path: ['evaluation'] }));
  return findings;
}
