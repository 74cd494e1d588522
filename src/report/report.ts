// The organisation's view: one pass over the employees' records into accumulators, and the sum of
// two reports.
import type { BudgetAmount, Finding, Ref, Result } from '../core/index.js';
import { deepFreeze, fail, ok, parseWith } from '../core/index.js';
import type { LocaleInput } from '../locales/index.js';
import { catalogueFor, finding } from '../locales/index.js';
import { chartsOf } from './charts.js';
import { figuresOf, tallyOf } from './figures.js';
import type { ReadContext } from './record.js';
import { readRecord } from './record.js';
import { combineReportsOptionsSchema, developmentReportOptionsSchema } from './schema.js';
import type { Tally } from './tally.js';
import { addTally, emptyTally, fits } from './tally.js';
import type {
  BudgetUse,
  CombineReportsOptions,
  DevelopmentReport,
  DevelopmentReportOptions,
  EmployeeRecord,
  ReportGroup,
} from './types.js';

const unitOf = (amount: BudgetAmount): string => ('currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints');

/** At most this many findings about skipped records are kept; `skipped` counts them all. */
const maxFindings = 100;

interface Settings {
  readonly now: string;
  readonly groupBy: readonly string[];
  readonly earlyDays: number;
  readonly locale: LocaleInput;
}

function settingsOf(options: unknown): Result<Settings> {
  const parsed = parseWith(developmentReportOptionsSchema, options, { path: ['options'] });
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  return ok({
    now: o.now,
    groupBy: [...new Set(o.groupBy ?? [])],
    earlyDays: o.earlyDays ?? 60,
    locale: (o.locale ?? 'nl') as LocaleInput,
  });
}

/** The groups' tallies: key → value (`null`: without the key) → tally. */
type Groups = Map<string, Map<string | null, Tally>>;

/** The tallies a record adds into: the total and, per key asked, the tally of its value. */
function targetsOf(total: Tally, groups: Groups, groupBy: readonly string[], record: EmployeeRecord): Tally[] {
  const targets = [total];
  for (const key of groupBy) {
    const value = Object.hasOwn(record.groups ?? {}, key) ? (record.groups?.[key] ?? null) : null;
    const values = groups.get(key) ?? new Map<string | null, Tally>();
    const kept = values.get(value) ?? emptyTally();
    values.set(value, kept);
    groups.set(key, values);
    targets.push(kept);
  }
  return targets;
}

/** Adds a record's tally to the total and its groups, or to none when a sum would leave the exact range. */
function addRecord(targets: readonly Tally[], tally: Tally): boolean {
  if (!targets.every((target) => fits(target, tally))) return false;
  for (const target of targets) addTally(target, tally);
  return true;
}

/** The report of a total and its groups, in one key order: keys as asked, values sorted (without a value last). */
function reportOf(
  now: string,
  groupBy: readonly string[],
  skipped: number,
  total: Tally,
  groups: Groups,
  locale: LocaleInput,
): DevelopmentReport {
  const figures = figuresOf(total);
  const list: ReportGroup[] = [];
  for (const key of groupBy) {
    const values = [...(groups.get(key) ?? new Map<string | null, Tally>()).entries()].sort(([a], [b]) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
    );
    for (const [value, tally] of values) list.push({ key, value, figures: figuresOf(tally) });
  }
  return deepFreeze({ now, groupBy: [...groupBy], skipped, figures, groups: list, charts: chartsOf(figures, list, catalogueFor(locale)) });
}

/**
 * The organisation's view of its development conversations, in one pass over the employees' records
 * (any iterable: an array, or a generator reading from a database), keeping only sums, so its memory
 * does not grow with the number of employees. Per figure: conversations held on time, due and
 * overdue (against `now`); the share of agreements meeting WWW and SMART (from the checks the host
 * stored); what became of the POP agreements; the use of each funding source, including what is left
 * unused; evaluative drift; and the input of employees and managers; for the organisation and per
 * value of each key in `groupBy`, with Vega-Lite charts a host can render as they are. Each record
 * is checked against `employeeRecordSchema`: one that does not validate is skipped with a finding
 * (its position first in `path`, what is wrong in `details`). Money is added as whole minor units
 * per currency, never across currencies and never past the safe-integer range (a finding instead);
 * the report never throws.
 *
 * @example
 * ```ts
 * import { developmentReport, findingMessage } from 'ontwikkelgesprek';
 * const report = developmentReport(
 *   [
 *     {
 *       employeeId: 'e-17',
 *       groups: { team: 'Klantcontact' },
 *       plans: [],
 *       budget: [
 *         {
 *           source: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', start: '2027-01-01', end: '2027-12-31', current: true,
 *           allowance: { amount: 70000, currency: 'EUR' }, carriedIn: { amount: 0, currency: 'EUR' }, available: { amount: 70000, currency: 'EUR' },
 *           committed: { amount: 20000, currency: 'EUR' }, spent: { amount: 20000, currency: 'EUR' }, outstanding: { amount: 0, currency: 'EUR' },
 *           remaining: { amount: 50000, currency: 'EUR' }, expiring: { amount: 50000, currency: 'EUR' }, carriedOut: { amount: 0, currency: 'EUR' }, utilisation: 0.29,
 *         },
 *       ],
 *     },
 *     { employeeId: '' } as never,
 *   ],
 *   { now: '2027-10-01T09:00:00+02:00', groupBy: ['team'] },
 * );
 * report.ok && report.value.figures.budget[0]?.unused; // { amount: 50000, currency: 'EUR' }
 * report.ok && report.value.figures.budget[0]?.unusedShare; // 0.7142857142857143
 * report.ok && report.value.skipped; // 1
 * findingMessage(report.findings[0]!, 'nl'); // 'Dossier 2 telt niet mee: de gegevens over de medewerker zijn niet te lezen.'
 * ```
 */
export function developmentReport(records: Iterable<EmployeeRecord>, options: DevelopmentReportOptions): Result<DevelopmentReport> {
  const settings = settingsOf(options);
  if (!settings.ok) return settings;
  const { now, groupBy, earlyDays, locale } = settings.value;
  const context: ReadContext = { today: now.slice(0, 10), earlyDays };
  const total = emptyTally();
  const groups: Groups = new Map();
  const findings: Finding[] = [];
  let skipped = 0;
  let index = 0;
  const skip = (problem: Finding): void => {
    skipped += 1;
    if (findings.length < maxFindings) findings.push(problem);
  };
  try {
    if (records === null || typeof records !== 'object' || typeof (records as Iterable<unknown>)[Symbol.iterator] !== 'function') {
      return fail([finding.error('report.records.notIterable', { path: ['records'] })]);
    }
    for (const record of records) {
      try {
        const read = readRecord(record, index, context);
        if (read.tally === undefined)
          skip(read.problem ?? finding.warning('report.record.unreadable', { path: [index], params: { position: index + 1 } }));
        else if (!addRecord(targetsOf(total, groups, groupBy, record), read.tally))
          skip(finding.warning('report.amount.overflow', { path: [index, 'budget'], params: { position: index + 1 } }));
        else for (const note of read.notes ?? []) if (findings.length < maxFindings) findings.push(note);
      } catch {
        skip(finding.warning('report.record.unreadable', { path: [index], params: { position: index + 1 } }));
      }
      index += 1;
    }
  } catch {
    // The sequence itself broke off: what was read so far is the report.
    skip(finding.warning('report.record.unreadable', { path: [index], params: { position: index + 1 } }));
  }
  return ok(reportOf(now, groupBy, skipped, total, groups, locale), findings);
}

/** The finding on a budget line of a report whose amounts are in more than one currency or unit, if any. */
function mixedUnitFinding(lines: readonly BudgetUse[]): Finding | undefined {
  for (const line of lines) {
    const unit = unitOf(line.available);
    const other = [line.committed, line.spent, line.unused].map(unitOf).find((candidate) => candidate !== unit);
    if (other === undefined) continue;
    const source: Ref =
      line.title === null ? { kind: 'fundingSource', id: line.source } : { kind: 'fundingSource', id: line.source, title: line.title };
    return finding.error('report.combine.unitMismatch', {
      path: ['right', 'figures', 'budget'],
      params: { source, sourceKind: line.kind, unit, other },
    });
  }
  return undefined;
}

/**
 * Adds two reports of the same moment into the report of all their records: the report of two halves
 * is the report of the whole (every figure is a count or a sum; shares are worked out again). Use it
 * to report per tenant or per batch and add up.
 *
 * @example
 * ```ts
 * import { combineReports, developmentReport } from 'ontwikkelgesprek';
 * const now = '2027-10-01T09:00:00+02:00';
 * const north = developmentReport([{ employeeId: 'e-1', groups: { team: 'Noord' } }], { now, groupBy: ['team'] });
 * const south = developmentReport([{ employeeId: 'e-2', groups: { team: 'Zuid' } }], { now, groupBy: ['team'] });
 * const both = north.ok && south.ok ? combineReports(north.value, south.value) : undefined;
 * both?.ok && both.value.figures.employees; // 2
 * both?.ok && both.value.groups.map((g) => g.value); // ['Noord', 'Zuid']
 * ```
 */
export function combineReports(
  left: DevelopmentReport,
  right: DevelopmentReport,
  options: CombineReportsOptions = {},
): Result<DevelopmentReport> {
  const parsed = parseWith(combineReportsOptionsSchema, options, { path: ['options'] });
  if (!parsed.ok) return parsed;
  try {
    if (left.now !== right.now) {
      return fail([finding.error('report.combine.otherMoment', { path: ['right', 'now'], params: { left: left.now, right: right.now } })]);
    }
    const mixed = mixedUnitFinding([...left.figures.budget, ...right.figures.budget]);
    if (mixed !== undefined) return fail([mixed]);
    const groupBy = [...new Set([...left.groupBy, ...right.groupBy])];
    const total = emptyTally();
    let exact = addTally(total, tallyOf(left.figures)) && addTally(total, tallyOf(right.figures));
    const groups: Groups = new Map();
    for (const group of [...left.groups, ...right.groups]) {
      const values = groups.get(group.key) ?? new Map<string | null, Tally>();
      const kept = values.get(group.value) ?? emptyTally();
      exact = addTally(kept, tallyOf(group.figures)) && exact;
      values.set(group.value, kept);
      groups.set(group.key, values);
    }
    if (!exact) return fail([finding.error('report.combine.overflow', { path: ['right'] })]);
    return ok(reportOf(left.now, groupBy, left.skipped + right.skipped, total, groups, (parsed.value.locale ?? 'nl') as LocaleInput));
  } catch {
    return fail([finding.error('input.unreadable', { path: ['right'], params: { detail: 'report' } })]);
  }
}
