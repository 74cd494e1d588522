// The budget check at approval: the whole plan's claims against the budget position, per source.
import type { Finding, Instant, Path, Ref, Severity } from '../../core/index.js';
import { calendarDateOf, defaultTimeZone } from '../../core/index.js';
import { finding } from '../../locales/index.js';
import { sourceRef } from '../refs.js';
import type { DevelopmentPlan } from '../types.js';
import { entriesOf } from './entries.js';
import { overFinding, requiredTrainingFindings } from './findings.js';
import { ledgerOf, outstandingOf } from './ledger.js';
import type { BudgetPosition } from './results.js';
import { setupOf } from './setup.js';
import { duplicateLineFindings, failureOf } from './status.js';
import type { FundingSourceKind } from './types.js';
import { unitKind } from './units.js';

/** Findings about lines of the position (not of the plan) point into the approval's options. */
function inOptions(found: Finding): Finding {
  const head = found.path[0];
  if (head !== 'costs' && head !== 'expenses') return found;
  const path: Path = ['options', 'budget', ...found.path];
  return { ...found, path };
}

/**
 * Checks a plan's claims against its budget: every source and period the plan's cost lines fall in
 * must hold what is claimed there (with what the position says is already spent or committed), and
 * required training may not be charged to the employee. An over-claim is one composite finding
 * whose details name each source with the amounts. Without sources (none in the plan, none given)
 * there is nothing to check.
 */
export function approvalBudgetFindings(
  plan: DevelopmentPlan,
  position: BudgetPosition | undefined,
  at: Instant,
  severity: Severity,
): Finding[] {
  const sources = position?.sources ?? plan.funding?.sources ?? [];
  if (sources.length === 0) return [];
  const setup = setupOf(sources);
  const duplicated = duplicateLineFindings(plan.costs, position?.costs ?? [], position?.expenses ?? []).map(inOptions);
  if (duplicated.length > 0) return duplicated;
  const today = calendarDateOf(at, position?.timeZone ?? defaultTimeZone);
  const lineFindings: Finding[] = [];
  try {
    const entries = entriesOf({ setup, plan, costs: position?.costs ?? [], expenses: position?.expenses ?? [], today }, lineFindings);
    const periods = ledgerOf(setup.books, entries, outstandingOf(entries, lineFindings), today);
    const details: Finding[] = [];
    const refs = new Map<string, { ref: Ref; kind: FundingSourceKind }>();
    const units = new Set<'money' | 'minutes' | 'studyPoints'>();
    for (const figures of periods) {
      if (!figures.claims.some((claim) => claim.entry.fromPlan)) continue;
      const over = overFinding(figures, severity);
      if (over === undefined) continue;
      details.push(inOptions(over));
      units.add(unitKind(figures.unit));
      refs.set(figures.book.source.id, { ref: sourceRef(figures.book.source), kind: figures.book.source.kind });
    }
    const findings = [...lineFindings.filter((found) => found.path[0] === 'plan')];
    if (details.length > 0) {
      findings.push(
        finding.of('plan.approval.overBudget', severity, {
          path: ['plan', 'costs'],
          params: {
            sources: [...refs.values()].map((entry) => entry.ref),
            sourceKinds: [...refs.values()].map((entry) => entry.kind),
            // Named only when not only money is over, so the finding on money stays as it was.
            ...([...units].some((unit) => unit !== 'money')
              ? { units: (['money', 'minutes', 'studyPoints'] as const).filter((unit) => units.has(unit)) }
              : {}),
          },
          details,
        }),
      );
    }
    const planEntries = entries.filter((entry) => entry.fromPlan);
    findings.push(...requiredTrainingFindings(planEntries, plan, severity));
    return findings;
  } catch (error) {
    return [failureOf(error)];
  }
}
