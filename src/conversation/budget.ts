// The agreements' claims on the budget position: every cost and every claim of study time counted
// once, in one source and unit, and the findings when a source is claimed beyond what is left in it.
import type { Agreement } from '../agreements/index.js';
import type { Finding, Money, Ref, Severity, StudyTime } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { FundingSourceKind } from '../vocabulary/index.js';
import type { ConversationBudget, SourceBalance } from './budget-types.js';
import type { ConversationAgreement } from './types.js';

/** Why a claim is not counted in any source. */
export type UncountedReason = 'unknownSource' | 'otherCurrency' | 'noStudyTime';

/** The unit a claim counts in: a currency, or `minutes` for study time. */
export type ClaimUnit = string;

/** One agreement's claim in one unit as the budget check sees it: the source it counts in, or why not. */
export interface ClaimLine {
  readonly list: 'agreements' | 'supportAgreements';
  readonly index: number;
  readonly agreement: Agreement;
  /** The amount claimed: the agreement's cost, or its study time. */
  readonly cost: Money | StudyTime;
  readonly unit: ClaimUnit;
  readonly value: number;
  readonly source: SourceBalance | null;
  readonly counted: boolean;
  readonly reason?: UncountedReason | undefined;
}

/** Per source and unit, what the live agreements claim; the lines say where each claim went. */
export interface Claims {
  readonly lines: readonly ClaimLine[];
  /** Source id → unit (currency or `minutes`) → claimed minor units or minutes. */
  readonly totals: ReadonlyMap<string, ReadonlyMap<ClaimUnit, number>>;
}

const uncapped: ReadonlySet<FundingSourceKind> = new Set(['requiredTraining', 'ownMoney']);

const unitOf = (amount: Money | StudyTime): ClaimUnit => ('currency' in amount ? amount.currency : 'minutes');
const sizeOf = (amount: Money | StudyTime): number => ('currency' in amount ? amount.amount : amount.minutes);

/**
 * The source an agreement's claim in a unit is taken from: the one it names, else the personal
 * development budget (for study time, the first personal budget that keeps study time).
 */
function sourceOf(budget: ConversationBudget, agreement: Agreement, unit: ClaimUnit): SourceBalance | undefined {
  const named = agreement.fundingSource;
  if (named !== undefined) return budget.sources.find((source) => source.source === named);
  const personal = budget.sources.filter((source) => source.kind === 'personalBudget');
  if (unit !== 'minutes') return personal[0];
  return personal.find((source) => source.remaining.some((amount) => 'minutes' in amount)) ?? personal[0];
}

/** What is left of a source in a unit (a currency or `minutes`); `null` when the source has no cap there. */
export function leftIn(source: SourceBalance, unit: ClaimUnit): number | null | undefined {
  if (source.kind === 'requiredTraining') return null;
  for (const amount of source.remaining) {
    if ('currency' in amount && amount.currency === unit) return amount.amount;
    if ('minutes' in amount && unit === 'minutes') return amount.minutes;
  }
  return uncapped.has(source.kind) ? null : undefined;
}

function lineOf(
  budget: ConversationBudget,
  list: ClaimLine['list'],
  index: number,
  agreement: Agreement,
  cost: Money | StudyTime,
): ClaimLine | undefined {
  const unit = unitOf(cost);
  const value = sizeOf(cost);
  if (value <= 0) return undefined;
  const common = { list, index, agreement, cost, unit, value };
  const source = sourceOf(budget, agreement, unit);
  if (source === undefined) return { ...common, source: null, counted: false, reason: 'unknownSource' };
  if (leftIn(source, unit) === undefined) {
    return { ...common, source, counted: false, reason: unit === 'minutes' ? 'noStudyTime' : 'otherCurrency' };
  }
  return { ...common, source, counted: true };
}

/** The claims of the live (not withdrawn) agreements of both lists on the budget: money and study time. */
export function claimsOf(
  budget: ConversationBudget,
  lists: { readonly agreements: readonly ConversationAgreement[]; readonly supportAgreements: readonly ConversationAgreement[] },
): Claims {
  const lines: ClaimLine[] = [];
  const totals = new Map<string, Map<ClaimUnit, number>>();
  for (const list of ['agreements', 'supportAgreements'] as const) {
    lists[list].forEach((entry, index) => {
      if (entry.withdrawn !== null) return;
      const { cost, studyTime } = entry.agreement;
      for (const claimed of [cost, studyTime]) {
        const line = claimed === undefined ? undefined : lineOf(budget, list, index, entry.agreement, claimed);
        if (line === undefined) continue;
        lines.push(line);
        if (!line.counted || line.source === null) continue;
        const perUnit = totals.get(line.source.source) ?? new Map<ClaimUnit, number>();
        perUnit.set(line.unit, (perUnit.get(line.unit) ?? 0) + line.value);
        totals.set(line.source.source, perUnit);
      }
    });
  }
  return { lines, totals };
}

/** A source as findings name it: by its title, else by what it is. */
export function sourceRef(source: SourceBalance): Ref {
  return source.title !== undefined
    ? { kind: 'fundingSource', id: source.source, title: source.title }
    : { kind: 'fundingSource', id: source.source };
}

/** An over-claim of one source in one unit: minor units of a currency, or minutes of study time. */
export interface OverClaim {
  readonly source: SourceBalance;
  readonly unit: ClaimUnit;
  readonly claimed: number;
  readonly remaining: number;
}

/** Every source and unit claimed beyond what is left, in the position's order of sources (units sorted, currencies before study time). */
export function overClaims(budget: ConversationBudget, claims: Claims): OverClaim[] {
  const found: OverClaim[] = [];
  for (const source of budget.sources) {
    const perUnit = [...(claims.totals.get(source.source) ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [unit, claimed] of perUnit) {
      const left = leftIn(source, unit);
      if (typeof left === 'number' && claimed > left) found.push({ source, unit, claimed, remaining: left });
    }
  }
  return found;
}

/** The refs of the counted agreements claiming a source in a unit. */
export function claimantsOf(claims: Claims, over: OverClaim, ref: (line: ClaimLine) => Ref): Ref[] {
  return claims.lines.filter((line) => line.counted && line.source === over.source && line.unit === over.unit).map(ref);
}

/** The finding on one agreement's claim when it is not counted: a source the position does not know, another currency, or no study time. */
export function uncountedFinding(line: ClaimLine, agreement: Ref, severity: Severity, path: readonly (string | number)[]): Finding {
  // A line has no source exactly when its source is unknown (see `lineOf`).
  if (line.source !== null) {
    const named = { agreement, source: sourceRef(line.source), sourceKind: line.source.kind };
    if ('minutes' in line.cost) {
      return finding.of('conversation.budget.noStudyTime', severity, { path, params: { ...named, minutes: line.cost.minutes } });
    }
    return finding.of('conversation.budget.otherCurrency', severity, { path, params: { ...named, cost: line.cost } });
  }
  return finding.of('conversation.budget.unknownSource', severity, { path, params: { agreement } });
}

/** The finding on an over-claim, as the guard states it: money in one code, study time in another. */
export function withinBudgetFinding(
  over: OverClaim,
  severity: Severity,
  path: readonly (string | number)[],
  agreements: readonly Ref[],
): Finding {
  const named = { source: sourceRef(over.source), sourceKind: over.source.kind, agreements };
  if (over.unit === 'minutes') {
    return finding.of('conversation.guard.withinStudyTime', severity, {
      path,
      params: { ...named, claimed: over.claimed, remaining: over.remaining },
    });
  }
  return finding.of('conversation.guard.withinBudget', severity, {
    path,
    params: {
      ...named,
      claimed: { amount: over.claimed, currency: over.unit },
      remaining: { amount: over.remaining, currency: over.unit },
    },
  });
}

type Lists = { readonly agreements: readonly ConversationAgreement[]; readonly supportAgreements: readonly ConversationAgreement[] };

/** The finding on one agreement whose claim makes its source over-claimed. */
function overClaimedFinding(line: ClaimLine, over: OverClaim, severity: Severity, path: readonly (string | number)[], agreement: Ref) {
  const named = { agreement, source: sourceRef(over.source), sourceKind: over.source.kind };
  if (over.unit === 'minutes') {
    return finding.of('conversation.budget.overClaimedStudyTime', severity, {
      path,
      params: { ...named, claimed: over.claimed, remaining: over.remaining },
    });
  }
  return finding.of('conversation.budget.overClaimed', severity, {
    path,
    params: {
      ...named,
      claimed: { amount: over.claimed, currency: line.unit },
      remaining: { amount: over.remaining, currency: line.unit },
    },
  });
}

/**
 * What the budget says about one agreement when it is proposed, revised or accepted, judged over all
 * live agreements as they would stand: its cost or study time in a source already claimed beyond
 * what is left gives `conversation.budget.overClaimed` or `conversation.budget.overClaimedStudyTime`
 * (an error in strict mode, so the event is refused; a warning otherwise), a claim the position
 * cannot count a warning.
 */
export function budgetFindingsFor(
  budget: ConversationBudget | undefined,
  strictness: 'relaxed' | 'standard' | 'strict',
  lists: Lists,
  agreementId: string,
  path: readonly (string | number)[],
  ref: (line: ClaimLine) => Ref,
): Finding[] {
  if (budget === undefined) return [];
  const claims = claimsOf(budget, lists);
  const severity = strictness === 'strict' ? 'error' : 'warning';
  const overs = overClaims(budget, claims);
  const findings: Finding[] = [];
  for (const line of claims.lines) {
    if (line.agreement.id !== agreementId) continue;
    if (!line.counted) {
      findings.push(uncountedFinding(line, ref(line), 'warning', path));
      continue;
    }
    const over = overs.find((o) => o.source === line.source && o.unit === line.unit);
    if (over !== undefined) findings.push(overClaimedFinding(line, over, severity, path, ref(line)));
  }
  return findings;
}
