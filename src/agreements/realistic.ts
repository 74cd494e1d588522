// Realistic: the cost against the remaining budget, the owner's load of open agreements, and the
// lead time the scope the text names needs.
import type { Finding, Money, Ref } from '../core/index.js';
import { compareCalendarDates, compareText, daysBetween, minorUnitDigits } from '../core/index.js';
import { finding } from '../locales/index.js';
import { matchable, scopes } from './lexicon/index.js';
import type { CriterionStatus, CriterionVerdict } from './types.js';
import type { CheckState, Context, Readable } from './state.js';
import { digitsCache, memo, test, verdict } from './state.js';

/** Plain evidence notation (`450.00 EUR`): cheap, and the same in both languages. */
function plainMoney(value: Money): string {
  const digits = memo(digitsCache, value.currency, () => minorUnitDigits(value.currency));
  return `${(value.amount / 10 ** digits).toFixed(digits)} ${value.currency}`;
}

/**
 * The owner's other open agreements, by id and named by what they say. Only the owner's own load
 * counts (a host may pass the whole plan), and by id: the same agreement listed twice is one
 * agreement. Owners are compared as participants, so an id and the same person's name meet.
 */
function otherOpenAgreements(agreement: Readable, context: Context, list: NonNullable<Context['openAgreements']>): Ref[] {
  const ownerKey = (who: string | undefined): string => {
    const wanted = (who ?? '').trim().toLocaleLowerCase('nl');
    const byId = context.participants.find((participant) => participant.id.toLocaleLowerCase('nl') === wanted);
    const byName = context.participants.filter((participant) => participant.name?.toLocaleLowerCase('nl') === wanted);
    const participant = byId ?? (byName.length === 1 ? byName[0] : undefined);
    return participant !== undefined ? `participant:${participant.id}` : `text:${wanted}`;
  };
  const owner = ownerKey(agreement.who);
  const refs = new Map<string, Ref>();
  for (const other of list) {
    if (other.status !== 'open' || other.id === agreement.id || ownerKey(other.who) !== owner || refs.has(other.id)) continue;
    const title = other.what.trim();
    refs.set(other.id, title.length > 0 ? { kind: 'agreement', id: other.id, title } : { kind: 'agreement', id: other.id });
  }
  return [...refs.values()].sort((a, b) => compareText(a.id, b.id));
}

/** Realistic: budget, load, and the lead time for the scope the text names. */
export function checkRealistic(state: CheckState): CriterionVerdict {
  const { context } = state;
  if (context === undefined) return verdict('unknown', []);
  const evidence: string[] = [];
  const budget = checkBudget(state.agreement, context, evidence, state.findings);
  const load = checkLoad(state.agreement, context, evidence, state.findings);
  const lead = checkLeadTime(state, evidence);
  const unmet = budget === 'unmet' || load === 'unmet' || lead === 'unmet';
  return verdict(unmet ? 'unmet' : budget === 'unknown' ? 'unknown' : 'met', evidence);
}

/** The cost against the remaining budget: unknown in another currency or without a budget. */
function checkBudget(agreement: Readable, context: Context, evidence: string[], findings: Finding[]): CriterionStatus {
  const cost = agreement.cost;
  const budget = context.remainingBudget;
  if (cost !== undefined && budget !== undefined) {
    if (cost.currency !== budget.currency) {
      findings.push(
        finding.warning('agreement.smart.realistic.currencyMismatch', {
          path: ['cost', 'currency'],
          params: { cost, budget },
        }),
      );
      return 'unknown';
    }
    if (cost.amount > budget.amount) {
      evidence.push(`cost: ${plainMoney(cost)} > remainingBudget: ${plainMoney(budget)}`);
      findings.push(
        finding.error('agreement.smart.realistic.overBudget', {
          path: ['cost'],
          params: { cost, remaining: budget },
        }),
      );
      return 'unmet';
    }
    evidence.push(`cost: ${plainMoney(cost)} <= remainingBudget: ${plainMoney(budget)}`);
  } else if (cost !== undefined && cost.amount > 0) {
    evidence.push(`cost: ${plainMoney(cost)}, no budget given`);
    return 'unknown';
  }
  return 'met';
}

/** The owner's other open agreements against the guideline. */
function checkLoad(agreement: Readable, context: Context, evidence: string[], findings: Finding[]): CriterionStatus {
  if (context.openAgreements === undefined) return 'met';
  const refs = otherOpenAgreements(agreement, context, context.openAgreements);
  const others = refs.length;
  evidence.push(`other open agreements: ${others}`);
  if (others < context.maxOpenAgreements) return 'met';
  findings.push(
    finding.warning('agreement.smart.realistic.overloaded', {
      path: [],
      params: { open: others, max: context.maxOpenAgreements, agreements: refs },
    }),
  );
  return 'unmet';
}

/** The days until `when` against the lead time the scope the text names needs. */
function checkLeadTime(state: CheckState, evidence: string[]): CriterionStatus {
  const { agreement, today, what, measure } = state;
  const when = agreement.when;
  if (when === undefined || today === undefined || compareCalendarDates(when, today) < 0) return 'met';
  const days = daysBetween(today, when);
  const text = matchable(`${what} ${measure}`);
  const scope = scopes.find((candidate) => test(candidate.pattern, text));
  if (scope === undefined) return 'met';
  evidence.push(`${days} days for ${scope.label.en} (at least ${scope.minimumDays})`);
  if (days >= scope.minimumDays) return 'met';
  state.findings.push(
    finding.warning('agreement.smart.realistic.tooClose', {
      path: ['when'],
      params: { days, minimumDays: scope.minimumDays, scope: scope.id },
    }),
  );
  return 'unmet';
}
