// What the ledger says to people: a source over-claimed or overspent, required training charged to
// the employee, the nudge when much is still unused late in a period, and a period that ended unused.
import type { CalendarDate, Finding, Path, Ref, Severity } from '../../core/index.js';
import { addCalendarDays, addCalendarMonths, daysBetween } from '../../core/index.js';
import { finding } from '../../locales/index.js';
import { agreementRef, sourceRef } from '../refs.js';
import type { DevelopmentPlan } from '../types.js';
import type { Entry } from './entries.js';
import type { PeriodFigures } from './ledger.js';
import { lastUsableDay } from './periods.js';
import type { SourceBook } from './setup.js';
import { employeeKinds, nudgedKinds } from './setup.js';
import { figureIn, plus, unitKind } from './units.js';

/**
 * The share of employees who leave their development budget unused, in percent: about 40% (NCOI;
 * AWVN puts the money left unused at over € 1.5 billion a year). The nudge says it when the host
 * gives no share of its own organisation (`lateInYear.untouchedShare`, from its report).
 */
export const shareOfEmployeesLeavingBudgetUnused = 40;

/** The share the nudge quotes, in whole percent: the organisation's own when given, else the national one. */
function shareParams(untouchedShare: number | undefined): { shareUnused: number; shareFrom?: 'organisation' } {
  if (untouchedShare === undefined) return { shareUnused: shareOfEmployeesLeavingBudgetUnused };
  return { shareUnused: Math.round(untouchedShare * 100), shareFrom: 'organisation' };
}

/** Available in a period: its own allowance and what was carried in; `null` without a cap. */
export function availableIn(figures: PeriodFigures): number | null {
  return figures.allowance === null ? null : plus(figures.allowance, figures.carriedIn ?? 0);
}

/** Claimed in a period: spent plus what is committed and not yet spent. */
export function claimedIn(figures: PeriodFigures): number {
  return plus(figures.spent, figures.outstanding);
}

function sourceParams(figures: PeriodFigures) {
  return { source: sourceRef(figures.book.source), sourceKind: figures.book.source.kind };
}

/** The cost line that no longer fits: claims taken in order, after what was spent, until they pass the budget. */
function culpritOf(figures: PeriodFigures, available: number): Path {
  let running = figures.spent;
  for (const claim of figures.claims) {
    running = plus(running, claim.outstanding);
    if (running > available) return claim.entry.path;
  }
  return ['costs'];
}

/** A source overspent or over-claimed in a period, with the amounts; `undefined` when it fits. */
export function overFinding(figures: PeriodFigures, severity: Severity): Finding | undefined {
  const available = availableIn(figures);
  if (available === null) return undefined;
  const claimed = claimedIn(figures);
  const unit = figures.unit;
  const common = { ...sourceParams(figures), start: figures.start, end: figures.end, unit: unitKind(unit) };
  if (figures.spent > available) {
    return finding.of('budget.overspent', severity, {
      path: ['expenses'],
      params: {
        ...common,
        spent: figureIn(unit, figures.spent),
        over: figureIn(unit, figures.spent - available),
        budget: figureIn(unit, available),
      },
    });
  }
  if (claimed <= available) return undefined;
  return finding.of('budget.overCommitted', severity, {
    path: culpritOf(figures, available),
    params: { ...common, claimed: figureIn(unit, claimed), over: figureIn(unit, claimed - available), budget: figureIn(unit, available) },
  });
}

/** Training the employer requires, charged (also) to the employee's budget, learning account or own money. */
export function requiredTrainingFindings(entries: readonly Entry[], plan: DevelopmentPlan | undefined, severity: Severity): Finding[] {
  const byAgreement = new Map<string, { readonly path: Path; readonly book: SourceBook }[]>();
  for (const { agreementId, book, path, reason } of entries) {
    if (agreementId === undefined || book === undefined || reason === 'dropped') continue;
    byAgreement.set(agreementId, [...(byAgreement.get(agreementId) ?? []), { path, book }]);
  }
  const findings: Finding[] = [];
  for (const [agreementId, lines] of byAgreement) {
    if (!lines.some((line) => line.book.source.kind === 'requiredTraining')) continue;
    const charged = lines.filter((line) => employeeKinds.has(line.book.source.kind));
    const first = charged[0];
    if (first === undefined) continue;
    const books = [...new Set(charged.map((line) => line.book))];
    const agreement = plan?.agreements.find((candidate) => candidate.id === agreementId);
    const ref: Ref = agreement === undefined ? { kind: 'agreement', id: agreementId } : agreementRef(agreement);
    findings.push(
      finding.of('budget.required.chargedToEmployee', severity, {
        path: [...first.path, 'source'],
        params: {
          agreement: ref,
          sources: books.map((book) => sourceRef(book.source)),
          sourceKinds: books.map((book) => book.source.kind),
        },
      }),
    );
  }
  return findings;
}

/** When the nudge starts: month `fromMonth` of the last twelve months before the period's last day. */
function nudgeFrom(lastDay: CalendarDate, fromMonth: number): CalendarDate {
  return addCalendarMonths(addCalendarDays(lastDay, 1), fromMonth - 13);
}

/**
 * The nudge for a budget of the employee's own (personal budget, learning account) that is still
 * largely unused late in its current period, and the note for the period just ended with budget left.
 */
export function unusedFindings(
  periods: readonly PeriodFigures[],
  today: CalendarDate,
  late: { readonly fromMonth: number; readonly unusedShare: number; readonly untouchedShare?: number | undefined },
): Finding[] {
  const findings: Finding[] = [];
  for (const figures of periods) {
    const available = availableIn(figures);
    if (available === null || !nudgedKinds.has(figures.book.source.kind)) continue;
    // Nothing left (amounts are never negative, so also nothing available): nothing to say.
    const remaining = available - claimedIn(figures);
    if (remaining <= 0) continue;
    const unit = figures.unit;
    const lastDay = lastUsableDay(figures.book.rule, figures.period);
    if (figures.current && today >= nudgeFrom(lastDay, late.fromMonth) && remaining >= available * late.unusedShare) {
      findings.push(
        finding.warning('budget.unused.lateInYear', {
          path: ['budget'],
          params: {
            ...sourceParams(figures),
            unit: unitKind(unit),
            unused: figureIn(unit, remaining),
            percent: Math.floor((remaining * 100) / available),
            expiring: figureIn(unit, figures.expiring ?? 0),
            end: lastDay,
            daysLeft: daysBetween(today, lastDay),
            ...shareParams(late.untouchedShare),
          },
        }),
      );
    } else if (lastDay < today && recentlyEnded(figures, periods, today)) {
      findings.push(
        finding.info('budget.year.ended', {
          path: ['budget'],
          params: {
            ...sourceParams(figures),
            unit: unitKind(unit),
            start: figures.start,
            end: lastDay,
            unused: figureIn(unit, remaining),
            expired: figureIn(unit, figures.expiring ?? 0),
          },
        }),
      );
    }
  }
  return findings;
}

/**
 * Is this the last period of its source and unit that ended before today, and is that news: it ended
 * less than three months ago, or the source has no current period any more (a 0.1 year that is over)?
 */
function recentlyEnded(figures: PeriodFigures, periods: readonly PeriodFigures[], today: CalendarDate): boolean {
  const same = periods.filter((other) => other.book === figures.book && other.unit === figures.unit);
  if (same.some((other) => other.period > figures.period && lastUsableDay(other.book.rule, other.period) < today)) return false;
  const lastDay = lastUsableDay(figures.book.rule, figures.period);
  return today <= addCalendarMonths(lastDay, 3) || !same.some((other) => other.current);
}
