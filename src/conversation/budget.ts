// The agreements' claims on the budget position: every cost counted once, in one source, and the
// findings when a source is claimed beyond what is left in it.
import type { Finding, Money, Ref, Severity } from '../core/index.js';
import type { Agreement } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import type { FundingSourceKind } from '../vocabulary/index.js';
import type { ConversationBudget, SourceBalance } from './budget-types.js';
import type { ConversationAgreement } from './types.js';

/** Why a cost is not counted in any source. */
export type UncountedReason = 'unknownSource' | 'otherCurrency';

/** One agreement's cost as the budget check sees it: the source it counts in, or why not. */
export interface ClaimLine {
  readonly list: 'agreements' | 'supportAgreements';
  readonly index: number;
  readonly agreement: Agreement;
  readonly cost: Money;
  readonly source: SourceBalance | null;
  readonly counted: boolean;
  readonly reason?: UncountedReason | undefined;
}

/** Per source and currency, what the live agreements claim; the lines say where each cost went. */
export interface Claims {
  readonly lines: readonly ClaimLine[];
  /** Source id → currency → claimed minor units. */
  readonly totals: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const uncapped: ReadonlySet<FundingSourceKind> = new Set(['requiredTraining', 'ownMoney']);

/** The source an agreement's cost is claimed from: the one it names, else the personal development budget. */
function sourceOf(budget: ConversationBudget, agreement: Agreement): SourceBalance | undefined {
  const named = agreement.fundingSource;
  if (named !== undefined) return budget.sources.find((source) => source.source === named);
  return budget.sources.find((source) => source.kind === 'personalBudget');
}

/** What is left of a source in a currency; `null` when the source has no cap there. */
export function leftIn(source: SourceBalance, currency: string): number | null | undefined {
  if (source.kind === 'requiredTraining') return null;
  const amount = source.remaining.find((a) => 'currency' in a && a.currency === currency);
  if (amount !== undefined && 'currency' in amount) return amount.amount;
  return uncapped.has(source.kind) ? null : undefined;
}

function lineOf(budget: ConversationBudget, list: ClaimLine['list'], index: number, agreement: Agreement): ClaimLine | undefined {
  const cost = agreement.cost;
  if (cost === undefined || cost.amount <= 0) return undefined;
  const source = sourceOf(budget, agreement);
  if (source === undefined) return { list, index, agreement, cost, source: null, counted: false, reason: 'unknownSource' };
  if (leftIn(source, cost.currency) === undefined) return { list, index, agreement, cost, source, counted: false, reason: 'otherCurrency' };
  return { list, index, agreement, cost, source, counted: true };
}

/** The claims of the live (not withdrawn) agreements of both lists on the budget. */
export function claimsOf(
  budget: ConversationBudget,
  lists: { readonly agreements: readonly ConversationAgreement[]; readonly supportAgreements: readonly ConversationAgreement[] },
): Claims {
  const lines: ClaimLine[] = [];
  const totals = new Map<string, Map<string, number>>();
  for (const list of ['agreements', 'supportAgreements'] as const) {
    lists[list].forEach((entry, index) => {
      if (entry.withdrawn !== null) return;
      const line = lineOf(budget, list, index, entry.agreement);
      if (line === undefined) return;
      lines.push(line);
      if (!line.counted || line.source === null) return;
      const perCurrency = totals.get(line.source.source) ?? new Map<string, number>();
      perCurrency.set(line.cost.currency, (perCurrency.get(line.cost.currency) ?? 0) + line.cost.amount);
      totals.set(line.source.source, perCurrency);
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

/** An over-claim of one source in one currency. */
export interface OverClaim {
  readonly source: SourceBalance;
  readonly claimed: Money;
  readonly remaining: Money;
}

/** Every source and currency claimed beyond what is left, in the position's order. */
export function overClaims(budget: ConversationBudget, claims: Claims): OverClaim[] {
  const found: OverClaim[] = [];
  for (const source of budget.sources) {
    for (const [currency, claimed] of claims.totals.get(source.source) ?? []) {
      const left = leftIn(source, currency);
      if (typeof left === 'number' && claimed > left) {
        found.push({ source, claimed: { amount: claimed, currency }, remaining: { amount: left, currency } });
      }
    }
  }
  return found;
}

/** The refs of the counted agreements claiming a source in a currency. */
export function claimantsOf(claims: Claims, over: OverClaim, ref: (line: ClaimLine) => Ref): Ref[] {
  return claims.lines
    .filter((line) => line.counted && line.source === over.source && line.cost.currency === over.claimed.currency)
    .map(ref);
}

/** The finding on one agreement's cost when it is not counted: a source the position does not know, or another currency. */
export function uncountedFinding(line: ClaimLine, agreement: Ref, severity: Severity, path: readonly (string | number)[]): Finding {
  if (line.reason === 'otherCurrency' && line.source !== null) {
    return finding.of('conversation.budget.otherCurrency', severity, {
      path,
      params: { agreement, source: sourceRef(line.source), sourceKind: line.source.kind, cost: line.cost },
    });
  }
  return finding.of('conversation.budget.unknownSource', severity, { path, params: { agreement } });
}

type Lists = { readonly agreements: readonly ConversationAgreement[]; readonly supportAgreements: readonly ConversationAgreement[] };

/**
 * What the budget says about one agreement when it is proposed, revised or accepted, judged over all
 * live agreements as they would stand: its cost in a source already claimed beyond what is left gives
 * `conversation.budget.overClaimed` (an error in strict mode, so the event is refused; a warning
 * otherwise), a cost the position cannot count a warning.
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
  const line = claims.lines.find((candidate) => candidate.agreement.id === agreementId);
  if (line === undefined) return [];
  if (!line.counted) return [uncountedFinding(line, ref(line), 'warning', path)];
  const over = overClaims(budget, claims).find((o) => o.source === line.source && o.claimed.currency === line.cost.currency);
  if (over === undefined) return [];
  return [
    finding.of('conversation.budget.overClaimed', strictness === 'strict' ? 'error' : 'warning', {
      path,
      params: {
        agreement: ref(line),
        source: sourceRef(over.source),
        sourceKind: over.source.kind,
        claimed: over.claimed,
        remaining: over.remaining,
      },
    }),
  ];
}
