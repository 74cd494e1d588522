import { z } from 'zod';
import type { Instant, Locale, Result } from '../core/index.js';
import {
  calendarDateOf,
  defaultTimeZone,
  formatCalendarDate,
  formatMoney,
  localeSchema,
  ok,
  parseWith,
  timeZoneSchema,
  wallClockOf,
} from '../core/index.js';
import { conversationKinds, focusAreas, termOf } from '../vocabulary/index.js';
import { planMessages } from './messages.js';
import type { PlanApprovalStatus } from './plan.js';
import { planApprovalStatus, validatePlan } from './plan.js';
import type { BudgetAmount, DevelopmentPlan, PlanChangeRecord } from './schema.js';

/**
 * Schema of the options of `renderPlanMarkdown`: the language, and the time zone for instants
 * (default `Europe/Amsterdam`).
 *
 * @example
 * ```ts
 * import { renderPlanOptionsSchema } from 'ontwikkelgesprek';
 * renderPlanOptionsSchema.parse({ locale: 'en' });
 * ```
 */
export const renderPlanOptionsSchema = z.strictObject({
  locale: localeSchema,
  timeZone: timeZoneSchema.optional(),
});

/**
 * The options of `renderPlanMarkdown`.
 *
 * @example
 * ```ts
 * import type { RenderPlanOptions } from 'ontwikkelgesprek';
 * const options: RenderPlanOptions = { locale: 'nl', timeZone: 'Europe/Amsterdam' };
 * ```
 */
export type RenderPlanOptions = z.input<typeof renderPlanOptionsSchema>;

const words = {
  nl: {
    title: 'POP',
    subtitle: 'Persoonlijk ontwikkelplan',
    version: 'versie',
    employee: 'Medewerker',
    manager: 'Leidinggevende',
    period: 'Periode',
    through: 't/m',
    kind: 'Soort gesprek',
    status: 'Status',
    hash: 'Inhoudshash',
    approved: 'goedgekeurd door medewerker en leidinggevende',
    waitingFor: 'wacht op goedkeuring van',
    draft: 'nog door niemand goedgekeurd',
    ambitions: 'Ambities',
    goals: 'Ontwikkeldoelen',
    focus: 'Focus',
    source: 'Vanuit',
    sources: { employee: 'de medewerker', organisation: 'de organisatie', joint: 'de medewerker én de organisatie' },
    organisationGoals: 'Organisatiedoelen',
    why: 'Waarom',
    agreementsFor: 'Afspraken',
    noAgreement: 'nog geen afspraak',
    none: 'geen',
    agreements: 'Afspraken',
    supportAgreements: 'Ondersteuningsafspraken',
    who: 'wie',
    when: 'wanneer',
    noDate: 'geen datum',
    measure: 'Meetbaar',
    cost: 'Kosten',
    state: 'Status',
    statuses: { open: 'open', done: 'afgerond', dropped: 'vervallen' },
    progressNote: 'Voortgang',
    costs: 'Kosten',
    description: 'Omschrijving',
    amount: 'Bedrag',
    total: 'Totaal',
    studyPoints: 'studiepunten',
    nextConversation: 'Volgend gesprek',
    notPlanned: 'Nog niet gepland.',
    minutes: 'minuten',
    evaluation: 'Evaluatie van het gesprek',
    notEvaluated: 'Niet geëvalueerd.',
    rating: 'Cijfer',
    feedback: 'Feedback',
    progress: 'Voortgang op afspraken',
    progressIntro: 'Voortgang verandert de goedgekeurde tekst niet en vraagt geen nieuwe goedkeuring.',
    agreement: 'afspraak',
    approval: 'Goedkeuring',
    approvedOn: 'goedgekeurd op',
    notApproved: 'nog niet goedgekeurd',
    history: 'Versiegeschiedenis',
    versionHeading: 'Versie',
    when_: 'Wanneer',
    by: 'Door',
    changes: 'Wijzigingen',
    reason: 'Reden',
    actors: { employee: 'medewerker', manager: 'leidinggevende', conversation: 'gesprek' },
    sections: {
      plan: 'plan',
      employee: 'medewerker',
      manager: 'leidinggevende',
      period: 'periode',
      ambitions: 'ambitie',
      goals: 'ontwikkeldoel',
      agreements: 'afspraak',
      costs: 'kostenpost',
      nextConversation: 'volgend gesprek',
      evaluation: 'evaluatie',
    },
    actions: { created: 'aangemaakt', added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' },
    cleared: 'goedkeuringen vervallen',
  },
  en: {
    title: 'POP',
    subtitle: 'Personal development plan',
    version: 'version',
    employee: 'Employee',
    manager: 'Manager',
    period: 'Period',
    through: 'to',
    kind: 'Kind of conversation',
    status: 'Status',
    hash: 'Content hash',
    approved: 'approved by employee and manager',
    waitingFor: 'waiting for approval by',
    draft: 'not yet approved by anyone',
    ambitions: 'Ambitions',
    goals: 'Development goals',
    focus: 'Focus',
    source: 'From',
    sources: { employee: 'the employee', organisation: 'the organisation', joint: 'both the employee and the organisation' },
    organisationGoals: 'Organisation goals',
    why: 'Why',
    agreementsFor: 'Agreements',
    noAgreement: 'no agreement yet',
    none: 'none',
    agreements: 'Agreements',
    supportAgreements: 'Support agreements',
    who: 'who',
    when: 'when',
    noDate: 'no date',
    measure: 'Measure',
    cost: 'Cost',
    state: 'Status',
    statuses: { open: 'open', done: 'done', dropped: 'dropped' },
    progressNote: 'Progress',
    costs: 'Costs',
    description: 'Description',
    amount: 'Amount',
    total: 'Total',
    studyPoints: 'study points',
    nextConversation: 'Next conversation',
    notPlanned: 'Not planned yet.',
    minutes: 'minutes',
    evaluation: 'Evaluation of the conversation',
    notEvaluated: 'Not evaluated.',
    rating: 'Rating',
    feedback: 'Feedback',
    progress: 'Progress on agreements',
    progressIntro: 'Progress does not change the approved text and needs no new approval.',
    agreement: 'agreement',
    approval: 'Approval',
    approvedOn: 'approved on',
    notApproved: 'not approved yet',
    history: 'Version history',
    versionHeading: 'Version',
    when_: 'When',
    by: 'By',
    changes: 'Changes',
    reason: 'Reason',
    actors: { employee: 'employee', manager: 'manager', conversation: 'conversation' },
    sections: {
      plan: 'plan',
      employee: 'employee',
      manager: 'manager',
      period: 'period',
      ambitions: 'ambition',
      goals: 'development goal',
      agreements: 'agreement',
      costs: 'cost line',
      nextConversation: 'next conversation',
      evaluation: 'evaluation',
    },
    actions: { created: 'created', added: 'added', changed: 'changed', removed: 'removed' },
    cleared: 'approvals lapsed',
  },
} as const;

/** Inline text safe for Markdown: one line, and characters that would start markup escaped. */
function md(text: string | undefined): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line === '') return '—';
  return line.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

const formatDate = formatCalendarDate;

function formatInstant(instant: Instant, locale: Locale, timeZone: string): string {
  return `${formatDate(calendarDateOf(instant, timeZone), locale)} ${wallClockOf(instant, timeZone)}`;
}

function formatAmount(amount: BudgetAmount, locale: Locale): string {
  return 'currency' in amount ? formatMoney(amount, locale) : `${amount.studyPoints} ${words[locale].studyPoints}`;
}

/**
 * The plan as readable Markdown in Dutch or English: header with version, approval status and
 * content hash; ambitions; development goals with focus, origin, organisation goals and their
 * agreements; agreements and support agreements; costs with totals; next conversation;
 * evaluation; progress recorded since approval; approvals; and the version history. Text from the
 * plan is escaped, so nothing a user typed becomes markup. Invalid plans answer with findings.
 *
 * @example
 * ```ts
 * import { renderPlanMarkdown } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const markdown = renderPlanMarkdown(plan, { locale: 'nl' });
 * if (markdown.ok) console.log(markdown.value);
 * ```
 */
export function renderPlanMarkdown(plan: DevelopmentPlan, options: RenderPlanOptions): Result<string> {
  const parsedOptions = parseWith(renderPlanOptionsSchema, options, { path: ['options'], messages: planMessages });
  const read = validatePlan(plan, ['plan']);
  if (!parsedOptions.ok || !read.ok) {
    return { ok: false, findings: [...parsedOptions.findings, ...read.findings] };
  }
  const { locale } = parsedOptions.value;
  const timeZone = parsedOptions.value.timeZone ?? defaultTimeZone;
  const approval = planApprovalStatus(read.value);
  if (!approval.ok) return approval;
  return ok(render(read.value, approval.value, locale, timeZone), read.findings);
}

function render(plan: DevelopmentPlan, status: PlanApprovalStatus, locale: Locale, timeZone: string): string {
  const w = words[locale];
  const out: string[] = [];
  const waiting = (['employee', 'manager'] as const).filter((role) => status[role] === null);
  const statusText = status.approved
    ? w.approved
    : waiting.length === 2
      ? w.draft
      : `${w.waitingFor} ${w.actors[waiting[0] as 'employee' | 'manager']}`;
  const personName = (who: string): string => {
    if (who === plan.employee.id) return plan.employee.name;
    if (who === plan.manager.id) return plan.manager.name;
    return who;
  };

  out.push(`# ${w.title}: ${md(plan.employee.name)}`, '');
  out.push(`_${w.subtitle} · ${w.version} ${plan.version} · ${statusText}_`, '');
  out.push('| | |', '|---|---|');
  out.push(`| ${w.employee} | ${md(plan.employee.name)} |`);
  out.push(`| ${w.manager} | ${md(plan.manager.name)} |`);
  out.push(`| ${w.period} | ${formatDate(plan.period.start, locale)} ${w.through} ${formatDate(plan.period.end, locale)} |`);
  out.push(`| ${w.kind} | ${termOf(conversationKinds, plan.kind)?.label[locale] ?? plan.kind} |`);
  out.push(`| ${w.status} | ${w.version} ${plan.version}, ${statusText} |`);
  out.push(`| ${w.hash} | \`${plan.hash}\` |`, '');

  out.push(`## ${w.ambitions}`, '');
  if (plan.ambitions.length === 0) out.push(`_${w.none}_`);
  for (const ambition of plan.ambitions) out.push(`- ${md(ambition.text)}`);
  out.push('');

  out.push(`## ${w.goals}`, '');
  if (plan.goals.length === 0) out.push(`_${w.none}_`, '');
  plan.goals.forEach((goal, index) => {
    out.push(`### ${index + 1}. ${md(goal.title)}`, '');
    if (goal.focus !== undefined) out.push(`- ${w.focus}: ${termOf(focusAreas, goal.focus)?.label[locale] ?? goal.focus}`);
    out.push(`- ${w.source}: ${w.sources[goal.source]}`);
    out.push(`- ${w.organisationGoals}: ${goal.organisationGoalIds.length === 0 ? w.none : goal.organisationGoalIds.map(md).join(', ')}`);
    if (goal.why !== undefined && goal.why.trim() !== '') out.push(`- ${w.why}: ${md(goal.why)}`);
    const serving = plan.agreements.filter((a) => a.linkedNeedIds.includes(goal.id));
    out.push(`- ${w.agreementsFor}: ${serving.length === 0 ? `_${w.noAgreement}_` : serving.map((a) => md(a.what)).join('; ')}`);
    out.push('');
  });

  for (const [kind, heading] of [
    ['development', w.agreements],
    ['support', w.supportAgreements],
  ] as const) {
    const list = plan.agreements.filter((a) => a.kind === kind);
    out.push(`## ${heading}`, '');
    if (list.length === 0) out.push(`_${w.none}_`);
    list.forEach((agreement, index) => {
      const mark = agreement.status === 'done' ? 'x' : ' ';
      const when = agreement.when === undefined ? w.noDate : formatDate(agreement.when, locale);
      out.push(`${index + 1}. [${mark}] **${md(agreement.what)}** (${w.who}: ${md(personName(agreement.who))}; ${w.when}: ${when})`);
      if (agreement.measure !== undefined && agreement.measure.trim() !== '') out.push(`   - ${w.measure}: ${md(agreement.measure)}`);
      if (agreement.focus !== undefined)
        out.push(`   - ${w.focus}: ${termOf(focusAreas, agreement.focus)?.label[locale] ?? agreement.focus}`);
      if (agreement.cost !== undefined) out.push(`   - ${w.cost}: ${formatMoney(agreement.cost, locale)}`);
      out.push(`   - ${w.state}: ${w.statuses[agreement.status]}`);
      if (agreement.progressNote !== undefined && agreement.progressNote.trim() !== '') {
        out.push(`   - ${w.progressNote}: ${md(agreement.progressNote)}`);
      }
    });
    out.push('');
  }

  out.push(`## ${w.costs}`, '');
  if (plan.costs.length === 0) {
    out.push(`_${w.none}_`, '');
  } else {
    out.push(`| ${w.description} | ${w.amount} |`, '|---|---:|');
    // One total per currency (and one for study points), never a sum across units.
    const totals = new Map<string, BudgetAmount>();
    for (const line of plan.costs) {
      out.push(`| ${md(line.description)} | ${formatAmount(line.amount, locale)} |`);
      const key = 'currency' in line.amount ? line.amount.currency : '';
      const previous = totals.get(key);
      if (previous === undefined) totals.set(key, line.amount);
      else if ('currency' in previous && 'currency' in line.amount) {
        totals.set(key, { amount: previous.amount + line.amount.amount, currency: previous.currency });
      } else if ('studyPoints' in previous && 'studyPoints' in line.amount) {
        totals.set(key, { studyPoints: previous.studyPoints + line.amount.studyPoints });
      }
    }
    for (const key of [...totals.keys()].sort()) {
      const total = totals.get(key) as BudgetAmount;
      const exact = Number.isSafeInteger('currency' in total ? total.amount : total.studyPoints);
      out.push(`| **${w.total}** | **${exact ? formatAmount(total, locale) : '—'}** |`);
    }
    out.push('');
  }

  out.push(`## ${w.nextConversation}`, '');
  const next = plan.nextConversation;
  if (next === null) {
    out.push(w.notPlanned);
  } else {
    const parts = [next.start === undefined ? formatDate(next.date, locale) : formatInstant(next.start, locale, timeZone)];
    if (next.minutes !== undefined) parts.push(`${next.minutes} ${w.minutes}`);
    if (next.kind !== undefined) parts.push(termOf(conversationKinds, next.kind)?.label[locale] ?? next.kind);
    out.push(parts.join(', '));
    if (next.note !== undefined && next.note.trim() !== '') out.push('', md(next.note));
  }
  out.push('');

  out.push(`## ${w.evaluation}`, '');
  const evaluation = plan.evaluation;
  if (evaluation === null || (evaluation.rating === undefined && (evaluation.feedback ?? '').trim() === '')) {
    out.push(w.notEvaluated);
  } else {
    if (evaluation.rating !== undefined) out.push(`- ${w.rating}: ${evaluation.rating}/5`);
    if (evaluation.feedback !== undefined && evaluation.feedback.trim() !== '') out.push(`- ${w.feedback}: ${md(evaluation.feedback)}`);
  }
  out.push('');

  if (plan.progress.length > 0) {
    out.push(`## ${w.progress}`, '', `_${w.progressIntro}_`, '');
    for (const entry of plan.progress) {
      const agreement = plan.agreements.find((a) => a.id === entry.agreementId);
      const what = agreement === undefined ? md(entry.agreementId) : md(agreement.what);
      const parts = [
        `${formatInstant(entry.at, locale, timeZone)}, ${w.actors[entry.by]} (${w.version} ${entry.version}): ${w.agreement} “${what}”`,
      ];
      if (entry.status !== undefined) parts.push(w.statuses[entry.status]);
      if (entry.note !== undefined && entry.note.trim() !== '') parts.push(md(entry.note));
      out.push(`- ${parts.join(' · ')}`);
    }
    out.push('');
  }

  out.push(`## ${w.approval}`, '');
  for (const role of ['employee', 'manager'] as const) {
    const record = status[role];
    const name = role === 'employee' ? plan.employee.name : plan.manager.name;
    const label = role === 'employee' ? w.employee : w.manager;
    out.push(
      `- ${label} (${md(name)}): ${record === null ? w.notApproved : `${w.approvedOn} ${formatInstant(record.at, locale, timeZone)} (${w.version} ${record.version})`}`,
    );
  }
  out.push('');

  out.push(`## ${w.history}`, '');
  out.push(`| ${w.versionHeading} | ${w.when_} | ${w.by} | ${w.changes} |`, '|---:|---|---|---|');
  for (const entry of plan.history) {
    const changes = entry.changes.map((change) => describeChange(change, locale)).join('; ');
    const extra: string[] = [];
    if (entry.reason !== undefined && entry.reason.trim() !== '') extra.push(`${w.reason}: ${md(entry.reason)}`);
    if (entry.clearedApprovals.length > 0) extra.push(`${entry.clearedApprovals.length} ${w.cleared}`);
    const text = [changes, ...extra].filter((part) => part !== '').join('. ');
    out.push(`| ${entry.version} | ${formatInstant(entry.at, locale, timeZone)} | ${w.actors[entry.by]} | ${text} |`);
  }
  out.push('');
  return out.join('\n');
}

function describeChange(change: PlanChangeRecord, locale: Locale): string {
  const w = words[locale];
  const id = change.id === undefined ? '' : ` ${md(change.id)}`;
  return `${w.sections[change.section]}${id} ${w.actions[change.action]}`;
}
