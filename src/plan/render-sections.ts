// The sections of the POP in Markdown, one function each.
import type { LearningOffer } from '../agreements/index.js';
import type { PlanChangeRecord, PlanSideEvaluation } from './types.js';
import type { RenderContext } from './render-parts.js';
import { capital, date, md, moment, personName, statusText, word } from './render-parts.js';

export function header(context: RenderContext): string[] {
  const { plan, catalogue } = context;
  const version = `${word(context, 'version')} ${plan.version}`;
  return [
    `# ${word(context, 'title')}: ${md(plan.employee.name)}`,
    '',
    `_${word(context, 'subtitle')} · ${version} · ${statusText(context)}_`,
    '',
    '| | |',
    '|---|---|',
    `| ${word(context, 'employee')} | ${md(plan.employee.name)} |`,
    `| ${word(context, 'manager')} | ${md(plan.manager.name)} |`,
    `| ${word(context, 'period')} | ${date(context, plan.period.start)} ${word(context, 'through')} ${date(context, plan.period.end)} |`,
    `| ${word(context, 'kind')} | ${capital(catalogue.labels.conversationKind[plan.kind], catalogue)} |`,
    `| ${word(context, 'status')} | ${version}, ${statusText(context)} |`,
    `| ${word(context, 'hash')} | \`${plan.hash}\` |`,
    ...readers(context),
    '',
  ];
}

/** Who may read the plan, when that is more than the employee and the manager. */
function readers(context: RenderContext): string[] {
  const { plan } = context;
  const others = (plan.sharedWith ?? []).length > 0;
  if (plan.visibility !== 'hr' && !others) return [];
  const base =
    plan.visibility === 'hr'
      ? word(context, 'readersHr')
      : `${context.catalogue.labels.role.employee}, ${context.catalogue.labels.role.manager}`;
  return [`| ${word(context, 'readers')} | ${base}${others ? ` ${word(context, 'readersOthers')}` : ''} |`];
}

/** The employee's own say on the plan and on the report, when there is one. */
export function zienswijze(context: RenderContext): string[] {
  const view = context.plan.zienswijze;
  if (view === undefined) return [];
  const out = [`## ${word(context, 'zienswijze')}`, ''];
  if ((view.plan ?? '').trim() !== '') out.push(`- ${word(context, 'zienswijzePlan')}: ${md(view.plan)}`);
  if ((view.report ?? '').trim() !== '') out.push(`- ${word(context, 'zienswijzeReport')}: ${md(view.report)}`);
  out.push('');
  return out;
}

export function ambitions(context: RenderContext): string[] {
  const list = context.plan.ambitions;
  return [
    `## ${word(context, 'ambitions')}`,
    '',
    ...(list.length === 0 ? [`_${word(context, 'none')}_`] : list.map((ambition) => `- ${md(ambition.text)}`)),
    '',
  ];
}

/** What the employee said about the need behind a goal: their ideas, when, the expected cost, the link with the organisation. */
function needLines(context: RenderContext, goal: RenderContext['plan']['goals'][number]): string[] {
  const lines: string[] = [];
  if (goal.ideas !== undefined) lines.push(`- ${word(context, 'ideas')}: ${md(goal.ideas)}`);
  if (goal.when !== undefined) lines.push(`- ${word(context, 'needWhen')}: ${md(goal.when)}`);
  if (goal.expectedCost !== undefined)
    lines.push(`- ${word(context, 'expectedCost')}: ${context.catalogue.format.money(goal.expectedCost)}`);
  if (goal.organisationLink !== undefined) lines.push(`- ${word(context, 'organisationLink')}: ${md(goal.organisationLink)}`);
  return lines;
}

export function goals(context: RenderContext): string[] {
  const { plan, catalogue } = context;
  const out = [`## ${word(context, 'goals')}`, ''];
  if (plan.goals.length === 0) out.push(`_${word(context, 'none')}_`, '');
  plan.goals.forEach((goal, index) => {
    out.push(`### ${index + 1}. ${md(goal.title)}`, '');
    if (goal.focus !== undefined) out.push(`- ${word(context, 'focus')}: ${catalogue.labels.focusArea[goal.focus]}`);
    out.push(`- ${word(context, 'source')}: ${catalogue.labels.goalSource[goal.source]}`);
    const linked = goal.organisationGoalIds.length === 0 ? word(context, 'none') : goal.organisationGoalIds.map(md).join(', ');
    out.push(`- ${word(context, 'organisationGoals')}: ${linked}`);
    if (goal.why !== undefined && goal.why.trim() !== '') out.push(`- ${word(context, 'why')}: ${md(goal.why)}`);
    out.push(...needLines(context, goal));
    const serving = plan.agreements.filter((agreement) => agreement.linkedNeedIds.includes(goal.id));
    const what = serving.length === 0 ? `_${word(context, 'noAgreement')}_` : serving.map((agreement) => md(agreement.what)).join('; ');
    out.push(`- ${word(context, 'agreementsFor')}: ${what}`, '');
  });
  return out;
}

export function agreements(context: RenderContext, kind: 'development' | 'support'): string[] {
  const { plan, catalogue } = context;
  const list = plan.agreements.filter((agreement) => agreement.kind === kind);
  const out = [`## ${word(context, kind === 'development' ? 'agreements' : 'supportAgreements')}`, ''];
  if (list.length === 0) out.push(`_${word(context, 'none')}_`);
  list.forEach((agreement, index) => {
    const mark = agreement.status === 'done' ? 'x' : ' ';
    const when = agreement.when === undefined ? word(context, 'noDate') : date(context, agreement.when);
    out.push(
      `${index + 1}. [${mark}] **${md(agreement.what)}** (${word(context, 'who')}: ${md(personName(plan, agreement.who))}; ${word(context, 'when')}: ${when})`,
    );
    if (agreement.measure !== undefined && agreement.measure.trim() !== '')
      out.push(`   - ${word(context, 'measure')}: ${md(agreement.measure)}`);
    if (agreement.providerSearchedBy !== undefined)
      out.push(
        `   - ${word(context, 'providerSearchedBy')}: ${capital(catalogue.labels.providerSearcher[agreement.providerSearchedBy], catalogue)}`,
      );
    if (agreement.offer !== undefined) out.push(`   - ${word(context, 'offer')}: ${offerText(context, agreement.offer)}`);
    const competence = plan.competences?.find((known) => known.id === agreement.competenceId);
    if (competence !== undefined) out.push(`   - ${word(context, 'competence')}: ${md(competence.title)}`);
    if (agreement.focus !== undefined) out.push(`   - ${word(context, 'focus')}: ${catalogue.labels.focusArea[agreement.focus]}`);
    if (agreement.cost !== undefined) out.push(`   - ${word(context, 'cost')}: ${catalogue.format.money(agreement.cost)}`);
    if (agreement.quality !== undefined && agreement.acceptance !== undefined) {
      const { number } = catalogue.format;
      const effect = `${number(agreement.quality)} × ${number(agreement.acceptance)} = ${number(agreement.quality * agreement.acceptance)}`;
      out.push(`   - ${word(context, 'effect')}: ${effect} (${word(context, 'effectOutOf')})`);
    }
    out.push(`   - ${word(context, 'state')}: ${catalogue.labels.progressStatus[agreement.status]}`);
    if (agreement.progressNote !== undefined && agreement.progressNote.trim() !== '') {
      out.push(`   - ${word(context, 'progressNote')}: ${md(agreement.progressNote)}`);
    }
  });
  out.push('');
  return out;
}

/** The competences the plan works on, each with the agreements that work on it (left out when there are none). */
export function competences(context: RenderContext): string[] {
  const { plan } = context;
  const list = plan.competences ?? [];
  if (list.length === 0) return [];
  const out = [`## ${word(context, 'competences')}`, ''];
  for (const competence of list) {
    const working = plan.agreements.filter((agreement) => agreement.competenceId === competence.id).map((agreement) => md(agreement.what));
    out.push(`- **${md(competence.title)}**: ${working.length === 0 ? `_${word(context, 'competencesNone')}_` : working.join('; ')}`);
  }
  out.push('');
  return out;
}

/** "Cursus bij Schouten & Nelissen, 16 studie-uren (<https://…>)": the form, and the provider, hours and link as far as known. */
function offerText(context: RenderContext, offer: LearningOffer): string {
  const { catalogue } = context;
  let text = capital(catalogue.labels.learningForm[offer.form], catalogue);
  if (offer.provider !== undefined) text += ` ${word(context, 'offerAt')} ${md(offer.provider)}`;
  if (offer.hours !== undefined) {
    text += `, ${catalogue.format.number(offer.hours)} ${word(context, offer.hours === 1 ? 'studyHourOne' : 'studyHourOther')}`;
  }
  // The schema admits only http(s) addresses without spaces or angle brackets: safe as an autolink.
  if (offer.url !== undefined) text += ` (<${offer.url}>)`;
  return text;
}

export function nextConversation(context: RenderContext): string[] {
  const { catalogue } = context;
  const next = context.plan.nextConversation;
  const out = [`## ${word(context, 'nextConversation')}`, ''];
  if (next === null) {
    out.push(word(context, 'notPlanned'));
  } else {
    const parts = [next.start === undefined ? date(context, next.date) : moment(context, next.start)];
    if (next.minutes !== undefined) parts.push(`${catalogue.format.number(next.minutes)} ${word(context, 'minutes')}`);
    if (next.kind !== undefined) parts.push(capital(catalogue.labels.conversationKind[next.kind], catalogue));
    out.push(parts.join(', '));
    if (next.note !== undefined && next.note.trim() !== '') out.push('', md(next.note));
  }
  out.push('');
  return out;
}

/** The lines of one evaluation: grade, rating, feedback, what to do differently next time. */
function evaluationLines(context: RenderContext, value: PlanSideEvaluation): string[] {
  const out: string[] = [];
  const feedback = value.feedback?.trim() ?? '';
  if (value.grade !== undefined) out.push(`- ${word(context, 'grade')}: ${value.grade}`);
  if (value.rating !== undefined) out.push(`- ${word(context, 'rating')}: ${value.rating}/5`);
  if (feedback !== '') out.push(`- ${word(context, 'feedback')}: ${md(value.feedback ?? '')}`);
  if (value.nextTime !== undefined) out.push(`- ${word(context, 'nextTime')}: ${md(value.nextTime)}`);
  return out;
}

export function evaluation(context: RenderContext): string[] {
  const value = context.plan.evaluation;
  const out = [`## ${word(context, 'evaluation')}`, ''];
  const feedback = value?.feedback?.trim() ?? '';
  if (value === null || (value.rating === undefined && value.grade === undefined && feedback === '')) {
    out.push(word(context, 'notEvaluated'));
  } else if (value.bySide === undefined) {
    out.push(...evaluationLines(context, value));
  } else {
    // Both sides evaluated: each under its own heading, the employee first.
    for (const side of ['employee', 'manager'] as const) {
      const own = value.bySide[side];
      if (own !== undefined) out.push(`### ${word(context, side)}`, '', ...evaluationLines(context, own), '');
    }
    out.pop();
  }
  out.push('');
  return out;
}

export function progress(context: RenderContext): string[] {
  const { plan, catalogue } = context;
  if (plan.progress.length === 0) return [];
  const out = [`## ${word(context, 'progress')}`, '', `_${word(context, 'progressIntro')}_`, ''];
  for (const entry of plan.progress) {
    const agreement = plan.agreements.find((candidate) => candidate.id === entry.agreementId);
    const what = catalogue.format.quote(md(agreement?.what));
    const head = `${moment(context, entry.at)}, ${catalogue.labels.planActor[entry.by]} (${word(context, 'version')} ${entry.version}): ${word(context, 'agreement')} ${what}`;
    const parts = [head];
    if (entry.status !== undefined) parts.push(catalogue.labels.progressStatus[entry.status]);
    if (entry.note !== undefined && entry.note.trim() !== '') parts.push(md(entry.note));
    out.push(`- ${parts.join(' · ')}`);
  }
  out.push('');
  return out;
}

export function approvals(context: RenderContext): string[] {
  const { plan, status } = context;
  const out = [`## ${word(context, 'approval')}`, ''];
  for (const role of ['employee', 'manager'] as const) {
    const record = status[role];
    const person = role === 'employee' ? plan.employee.name : plan.manager.name;
    const state =
      record === null
        ? word(context, 'notApproved')
        : `${word(context, 'approvedOn')} ${moment(context, record.at)} (${word(context, 'version')} ${record.version})`;
    out.push(`- ${word(context, role)} (${md(person)}): ${state}`);
  }
  out.push('');
  return out;
}

function describeChange(context: RenderContext, change: PlanChangeRecord): string {
  const { catalogue } = context;
  const title = change.title === undefined ? '' : ` ${catalogue.format.quote(md(change.title))}`;
  return `${catalogue.labels.planSection[change.section]}${title} ${catalogue.labels.planChange[change.action]}`;
}

export function history(context: RenderContext): string[] {
  const { plan, catalogue } = context;
  const out = [`## ${word(context, 'history')}`, ''];
  out.push(
    `| ${word(context, 'versionHeading')} | ${word(context, 'changedAt')} | ${word(context, 'by')} | ${word(context, 'changes')} |`,
    '|---:|---|---|---|',
  );
  for (const entry of plan.history) {
    const parts = [entry.changes.map((change) => describeChange(context, change)).join('; ')];
    if (entry.reason !== undefined && entry.reason.trim() !== '') parts.push(`${word(context, 'reason')}: ${md(entry.reason)}`);
    const cleared = entry.clearedApprovals.length;
    if (cleared > 0) parts.push(`${catalogue.format.number(cleared)} ${word(context, cleared === 1 ? 'clearedOne' : 'clearedOther')}`);
    const text = parts.filter((part) => part !== '').join('. ');
    out.push(`| ${entry.version} | ${moment(context, entry.at)} | ${catalogue.labels.planActor[entry.by]} | ${text} |`);
  }
  out.push('');
  return out;
}
