// The ledger: what each source grants, carries over, commits, spends and loses, period by period
// and unit by unit. Every counted line lands in exactly one bucket; all sums are exact integers.
import type { CalendarDate, Finding } from '../../core/index.js';
import { finding } from '../../locales/index.js';
import type { Entry } from './entries.js';
import { clampedPeriodOf, periodEnd, periodIndexOf, periodStart } from './periods.js';
import type { SourceBook } from './setup.js';
import { plus } from './units.js';

/** A counted cost line with what is still to be spent on it. */
export interface Claim {
  readonly entry: Entry;
  readonly outstanding: number;
}

/** One source in one unit and period: what it grants, carries, commits, spends and loses. */
export interface PeriodFigures {
  readonly book: SourceBook;
  readonly unit: string;
  readonly period: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly current: boolean;
  /** `null` for a source without a cap in this unit. */
  readonly allowance: number | null;
  readonly carriedIn: number | null;
  readonly committed: number;
  readonly spent: number;
  readonly outstanding: number;
  readonly expiring: number | null;
  readonly carriedOut: number | null;
  readonly claims: readonly Claim[];
}

interface Bucket {
  readonly book: SourceBook;
  readonly unit: string;
  readonly period: number;
  committed: number;
  spent: number;
  outstanding: number;
  readonly claims: Claim[];
}

const agreementKey = (agreementId: string, unit: string): string => `${agreementId}\u0000${unit}`;

/** What was spent on each counted cost line, through its own expenses or its agreement's. */
export function outstandingOf(entries: readonly Entry[], findings: Finding[]): Map<Entry, number> {
  const costs = entries.filter((entry) => entry.kind === 'cost' && entry.reason === undefined);
  const byId = new Map(costs.map((entry) => [entry.id, entry]));
  const claimedUnits = new Set(
    costs.flatMap((entry) => (entry.agreementId === undefined ? [] : [agreementKey(entry.agreementId, entry.unit)])),
  );
  const lineSpent = new Map<Entry, number>();
  const pools = new Map<string, number>();
  for (const expense of entries) {
    if (expense.kind !== 'expense' || expense.reason !== undefined) continue;
    if (expense.costLineId !== undefined) {
      const line = byId.get(expense.costLineId);
      if (line === undefined || line.unit !== expense.unit) {
        findings.push(
          finding.info('budget.expense.unknownCostLine', {
            path: [...expense.path, 'costLineId'],
            params: { expense: expense.ref, costLineId: expense.costLineId },
          }),
        );
      } else {
        lineSpent.set(line, plus(lineSpent.get(line) ?? 0, expense.value));
      }
    } else if (expense.agreementId !== undefined) {
      if (!claimedUnits.has(agreementKey(expense.agreementId, expense.unit))) {
        findings.push(
          finding.info('budget.expense.unknownAgreement', {
            path: [...expense.path, 'agreementId'],
            params: { expense: expense.ref, agreementId: expense.agreementId },
          }),
        );
      } else {
        const key = agreementKey(expense.agreementId, expense.unit);
        pools.set(key, plus(pools.get(key) ?? 0, expense.value));
      }
    }
  }
  const outstanding = new Map<Entry, number>();
  for (const line of costs) {
    let left = Math.max(0, line.value - (lineSpent.get(line) ?? 0));
    if (line.agreementId !== undefined) {
      const key = agreementKey(line.agreementId, line.unit);
      const pool = pools.get(key) ?? 0;
      const covered = Math.min(left, pool);
      pools.set(key, pool - covered);
      left -= covered;
    }
    outstanding.set(line, left);
  }
  return outstanding;
}

function bucketsOf(entries: readonly Entry[], outstanding: ReadonlyMap<Entry, number>): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const entry of entries) {
    if (entry.reason !== undefined || entry.book === undefined || entry.period === null) continue;
    const key = `${entry.book.order}\u0000${entry.unit}\u0000${entry.period}`;
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { book: entry.book, unit: entry.unit, period: entry.period, committed: 0, spent: 0, outstanding: 0, claims: [] };
      buckets.set(key, bucket);
    }
    if (entry.kind === 'expense') {
      bucket.spent = plus(bucket.spent, entry.value);
    } else {
      const left = outstanding.get(entry) ?? 0;
      bucket.committed = plus(bucket.committed, entry.value);
      bucket.outstanding = plus(bucket.outstanding, left);
      bucket.claims.push({ entry, outstanding: left });
    }
  }
  return buckets;
}

/** An allowance granted in one period, usable up to and including period `last`. */
interface Lot {
  value: number;
  readonly last: number;
}

/** The periods to show for one source and unit: every one since the first for a source that saves up, else those with lines and the current one. */
function periodsToShow(book: SourceBook, capped: boolean, withLines: readonly number[], today: CalendarDate): number[] {
  const current = periodIndexOf(book.rule, today);
  if (!capped) return [...withLines].sort((a, b) => a - b);
  if (book.rule.anchored) {
    const last = Math.max(clampedPeriodOf(book.rule, today), ...withLines);
    return Array.from({ length: last + 1 }, (_, index) => index);
  }
  return [...new Set([...withLines, ...(current === null ? [] : [current])])].sort((a, b) => a - b);
}

/** Takes what is claimed from the oldest savings first; returns the lots left. */
function consume(lots: readonly Lot[], claimed: number): Lot[] {
  let need = claimed;
  const left: Lot[] = [];
  for (const lot of lots) {
    const taken = Math.min(lot.value, Math.max(0, need));
    need -= taken;
    if (lot.value - taken > 0) left.push({ value: lot.value - taken, last: lot.last });
  }
  return left;
}

/** Keeps at most `maximum` of the lots, dropping the oldest first; returns what was dropped. */
function cap(lots: Lot[], maximum: number | undefined): number {
  if (maximum === undefined) return 0;
  let excess = lots.reduce((sum, lot) => plus(sum, lot.value), 0) - maximum;
  let dropped = 0;
  for (const lot of lots) {
    if (excess <= 0) break;
    const cut = Math.min(lot.value, excess);
    lot.value -= cut;
    excess -= cut;
    dropped += cut;
  }
  return dropped;
}

function series(book: SourceBook, unit: string, buckets: ReadonlyMap<number, Bucket>, today: CalendarDate): PeriodFigures[] {
  const granted = book.allowances.get(unit);
  const capped = granted !== undefined;
  const current = periodIndexOf(book.rule, today);
  const lastOfSource = book.rule.until === null ? null : periodIndexOf(book.rule, book.rule.until);
  const figures: PeriodFigures[] = [];
  let lots: Lot[] = [];
  for (const period of periodsToShow(book, capped, [...buckets.keys()], today)) {
    const bucket = buckets.get(period);
    const committed = bucket?.committed ?? 0;
    const spent = bucket?.spent ?? 0;
    const outstanding = bucket?.outstanding ?? 0;
    const base = {
      book,
      unit,
      period,
      start: periodStart(book.rule, period),
      end: periodEnd(book.rule, period),
      current: period === current,
      committed,
      spent,
      outstanding,
      claims: bucket?.claims ?? [],
    };
    if (!capped) {
      figures.push({ ...base, allowance: null, carriedIn: null, expiring: null, carriedOut: null });
      continue;
    }
    lots = lots.filter((lot) => lot.last >= period);
    const carriedIn = lots.reduce((sum, lot) => plus(sum, lot.value), 0);
    lots.push({ value: granted, last: period + book.carryPeriods });
    const left = consume(lots, plus(spent, outstanding));
    const ends = lastOfSource !== null && period >= lastOfSource;
    lots = left.filter((lot) => lot.last > period && !ends);
    let expiring = left.filter((lot) => lot.last <= period || ends).reduce((sum, lot) => plus(sum, lot.value), 0);
    expiring = plus(expiring, cap(lots, book.maximum.get(unit)));
    lots = lots.filter((lot) => lot.value > 0);
    const carriedOut = lots.reduce((sum, lot) => plus(sum, lot.value), 0);
    figures.push({ ...base, allowance: granted, carriedIn, expiring, carriedOut });
  }
  return figures;
}

/** The ledger of every source: per source (in the order given), unit (allowances first) and period. */
export function ledgerOf(
  books: readonly SourceBook[],
  entries: readonly Entry[],
  outstanding: ReadonlyMap<Entry, number>,
  today: CalendarDate,
) {
  const buckets = [...bucketsOf(entries, outstanding).values()];
  const figures: PeriodFigures[] = [];
  for (const book of books) {
    const own = buckets.filter((bucket) => bucket.book === book);
    const units = [...new Set([...book.allowances.keys(), ...own.map((bucket) => bucket.unit)])];
    for (const unit of units) {
      const byPeriod = new Map(own.filter((bucket) => bucket.unit === unit).map((bucket) => [bucket.period, bucket]));
      figures.push(...series(book, unit, byPeriod, today));
    }
  }
  return figures;
}
