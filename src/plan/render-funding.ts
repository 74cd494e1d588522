// The money sections of the POP in Markdown: the costs with their sources, and the funding.
import type { FundingSource } from './types.js';
import type { RenderContext } from './render-parts.js';
import { amount, date, md, word } from './render-parts.js';
import { unitKey } from './budget/units.js';

function sourceName(context: RenderContext, id: string | undefined): string {
  const sources = context.plan.funding?.sources ?? [];
  const source =
    id === undefined ? sources.find((candidate) => candidate.kind === 'personalBudget') : sources.find((candidate) => candidate.id === id);
  if (source === undefined) return id === undefined ? context.catalogue.labels.fundingSourceKind.personalBudget : md(id);
  return source.title === undefined ? context.catalogue.labels.fundingSourceKind[source.kind] : md(source.title);
}

/** A source inside a sentence: its title, or what it is ("het persoonlijk ontwikkelbudget"). */
function inSentence(context: RenderContext, id: string): string {
  const source = context.plan.funding?.sources.find((candidate) => candidate.id === id);
  if (source === undefined) return md(id);
  return source.title === undefined ? context.catalogue.labels.fundingSource[source.kind] : md(source.title);
}

export function costs(context: RenderContext): string[] {
  const { plan } = context;
  const out = [`## ${word(context, 'costs')}`, ''];
  if (plan.costs.length === 0) return [...out, `_${word(context, 'none')}_`, ''];
  const withSource = plan.funding !== undefined;
  out.push(
    withSource
      ? `| ${word(context, 'description')} | ${word(context, 'fundedBy')} | ${word(context, 'amount')} |`
      : `| ${word(context, 'description')} | ${word(context, 'amount')} |`,
    withSource ? '|---|---|---:|' : '|---|---:|',
  );
  // One total per currency (and one for study time, one for study points), never a sum across units.
  const totals = new Map<string, number>();
  for (const line of plan.costs) {
    const source = withSource ? ` ${sourceName(context, line.source)} |` : '';
    out.push(`| ${md(line.description)} |${source} ${amount(context, line.amount)} |`);
    const unit = unitKey(line.amount);
    const value = 'currency' in line.amount ? line.amount.amount : 'minutes' in line.amount ? line.amount.minutes : line.amount.studyPoints;
    totals.set(unit, (totals.get(unit) ?? 0) + value);
  }
  for (const unit of [...totals.keys()].sort()) {
    const sum = totals.get(unit) ?? 0;
    const shown = !Number.isSafeInteger(sum)
      ? '—'
      : amount(
          context,
          unit === 'minutes' ? { minutes: sum } : unit === 'studyPoints' ? { studyPoints: sum } : { amount: sum, currency: unit },
        );
    out.push(withSource ? `| **${word(context, 'total')}** | | **${shown}** |` : `| **${word(context, 'total')}** | **${shown}** |`);
  }
  out.push('');
  return out;
}

function periodOf(context: RenderContext, source: FundingSource): string {
  const rule = source.period;
  if (rule === undefined) return word(context, 'calendarYear');
  const parts = [
    `${context.catalogue.format.number(rule.months ?? 12)} ${word(context, 'months')}`,
    `${word(context, 'from')} ${date(context, rule.start)}`,
  ];
  if (rule.until !== undefined) parts.push(`${word(context, 'until')} ${date(context, rule.until)}`);
  return parts.join(' ');
}

function savingOf(context: RenderContext, source: FundingSource): string {
  const policy = source.carryOver;
  if (policy === undefined || policy.periods === 0) return word(context, 'noSaving');
  const periods = `${context.catalogue.format.number(policy.periods)} ${word(context, 'savingPeriods')}`;
  const maximum = (policy.maximum ?? []).map((value) => amount(context, value)).join(', ');
  return maximum === '' ? periods : `${periods}, ${word(context, 'savingMaximum')} ${maximum}`;
}

export function funding(context: RenderContext): string[] {
  const { plan, catalogue } = context;
  const given = plan.funding;
  if (given === undefined) return [];
  const out = [`## ${word(context, 'funding')}`, ''];
  out.push(
    `| ${word(context, 'fundingName')} | ${word(context, 'fundingKind')} | ${word(context, 'perPeriod')} | ${word(context, 'periodLength')} | ${word(context, 'saving')} |`,
    '|---|---|---|---|---|',
  );
  for (const source of given.sources) {
    const allowances = (source.allowances ?? []).map((value) => amount(context, value)).join(', ');
    out.push(
      `| ${sourceName(context, source.id)} | ${catalogue.labels.fundingSourceKind[source.kind]} | ${allowances === '' ? word(context, 'noCap') : allowances} | ${periodOf(context, source)} | ${savingOf(context, source)} |`,
    );
  }
  out.push('');
  const payback = given.payback;
  if (payback === undefined) return out;
  const covered = payback.sources ?? given.sources.filter((source) => source.kind === 'personalBudget').map((source) => source.id);
  out.push(`### ${word(context, 'payback')}`, '');
  const paidFrom = catalogue.format.list(covered.map((id) => inSentence(context, id)));
  out.push(
    `${word(context, 'paybackIntro')} ${catalogue.format.money(payback.threshold)}, ${word(context, 'paybackSources')} ${paidFrom}.`,
    '',
  );
  out.push(`| ${word(context, 'paybackWithin')} | ${word(context, 'paybackShare')} |`, '|---|---:|');
  for (const step of payback.steps) {
    out.push(
      `| ${catalogue.format.number(step.months)} ${word(context, 'months')} ${word(context, 'afterCompletion')} | ${step.percent}% |`,
    );
  }
  out.push('');
  return out;
}
