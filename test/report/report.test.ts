import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import type { DevelopmentReport, EmployeeRecord, ReportFigures } from '../../src/index.js';
import { combineReports, developmentReport, findingMessage } from '../../src/index.js';
import { organisation } from './organisation.js';

const now = '2027-10-01T09:00:00+02:00';
const groupBy = ['team', 'costCentre'];

function report(records: Iterable<EmployeeRecord>, options: Partial<Parameters<typeof developmentReport>[1]> = {}): DevelopmentReport {
  const result = developmentReport(records, { now, groupBy, ...options });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

/** The sum of a money figure over budget lines. */
const unusedOf = (figures: ReportFigures) =>
  figures.budget.reduce((sum, use) => sum + ('currency' in use.unused ? use.unused.amount : 0), 0);

describe('developmentReport over a generated organisation of 5,000 employees', () => {
  const whole = report(organisation(lib, 2027, 5_000));

  it('counts every employee once, in the total and once per key', () => {
    expect(whole.skipped).toBe(0);
    expect(whole.figures.employees).toBe(5_000);
    for (const key of groupBy) {
      const groups = whole.groups.filter((g) => g.key === key);
      expect(groups.reduce((sum, g) => sum + g.figures.employees, 0)).toBe(5_000);
      // Money is conserved across the groups of a key, to the cent.
      expect(groups.reduce((sum, g) => sum + unusedOf(g.figures), 0)).toBe(unusedOf(whole.figures));
    }
  });

  it('accounts for every planned conversation and every POP agreement exactly once', () => {
    const t = whole.figures.timeliness;
    expect(t.onTime + t.late + t.due + t.overdue).toBe(t.planned);
    expect(t.planned).toBe(5_000);
    const f = whole.figures.followThrough;
    expect(f.done + f.dropped + f.open).toBe(f.agreements);
    expect(f.overdue).toBeLessThanOrEqual(f.open);
    const [use] = whole.figures.budget;
    expect(use && 'currency' in use.available && 'currency' in use.committed && 'currency' in use.unused).toBe(true);
    if (use && 'currency' in use.available && 'currency' in use.committed && 'currency' in use.unused) {
      // Nothing over-claimed in the generated organisation: what is available is used or unused.
      expect(use.committed.amount + use.unused.amount).toBeGreaterThanOrEqual(use.available.amount - 0);
      expect(use.unusedShare).toBeCloseTo(use.unused.amount / use.available.amount, 12);
    }
  });

  it('reads the share of WWW and SMART from the stored checks, drift and input from the conversations', () => {
    const q = whole.figures.agreementQuality;
    expect(q.checked).toBeGreaterThan(0);
    expect(q.www).toBe(q.checked);
    expect(q.smart).toBeLessThan(q.checked);
    expect(whole.figures.drift.drifting).toBeGreaterThan(0);
    expect(whole.figures.drift.drifting).toBeLessThan(whole.figures.drift.conversations);
    expect(whole.figures.input.employee.agendaPoints).toBeGreaterThan(0);
    expect(whole.figures.input.employeeShare).not.toBeNull();
  });

  it('gives charts a host can render as they are: plain JSON whose data are the figures', () => {
    const charts = JSON.parse(JSON.stringify(whole.charts)) as typeof whole.charts;
    expect(charts).toEqual(whole.charts);
    for (const spec of Object.values(charts)) expect(spec['$schema']).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    const rows = (charts.timeliness['data'] as { values: { count: number }[] }).values;
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(whole.figures.timeliness.planned);
  });

  it('adds up two halves to the whole', () => {
    const all = [...organisation(lib, 2027, 5_000)];
    const first = report(all.slice(0, 2_000));
    const rest = report(all.slice(2_000));
    const combined = combineReports(first, rest);
    expect(combined.ok && combined.value).toEqual(whole);
  });
});

/** A small pool of records, good and bad, to draw from. */
const pool: readonly unknown[] = [
  ...organisation(lib, 7, 12),
  { employeeId: '' },
  { employeeId: 'e-x', groups: { team: 42 } },
  { employeeId: 'e-y', conversations: [{ schemaVersion: 2, id: 'broken' }] },
  { employeeId: 'e-z', plans: 'none' },
  { employeeId: 'e-w', groups: {} },
];

describe('developmentReport (fast-check)', () => {
  const records = fc.array(fc.constantFrom(...pool), { maxLength: 25 });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        records.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const ordered = developmentReport(list as EmployeeRecord[], { now, groupBy });
          const other = developmentReport(shuffled as EmployeeRecord[], { now, groupBy });
          expect(ordered.ok && other.ok).toBe(true);
          expect(ordered.ok && ordered.value).toEqual(other.ok && other.value);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('adds up any split into the report of the whole, and conserves counts and money', () => {
    fc.assert(
      fc.property(records, fc.nat(), (list, at) => {
        const cut = list.length === 0 ? 0 : at % (list.length + 1);
        const whole = developmentReport(list as EmployeeRecord[], { now, groupBy });
        const left = developmentReport(list.slice(0, cut) as EmployeeRecord[], { now, groupBy });
        const right = developmentReport(list.slice(cut) as EmployeeRecord[], { now, groupBy });
        if (!whole.ok || !left.ok || !right.ok) throw new Error('report refused');
        const combined = combineReports(left.value, right.value);
        expect(combined.ok && combined.value).toEqual(whole.value);
        expect(whole.value.figures.employees + whole.value.skipped).toBe(list.length);
        expect(whole.findings.map((f) => f.path[0])).toEqual(
          list.flatMap((record, index) =>
            pool.indexOf(record) >= 12 && (record as { employeeId: string }).employeeId !== 'e-w' ? [index] : [],
          ),
        );
        for (const key of groupBy) {
          const groups = whole.value.groups.filter((g) => g.key === key);
          expect(groups.reduce((sum, g) => sum + g.figures.employees, 0)).toBe(whole.value.figures.employees);
          expect(groups.reduce((sum, g) => sum + unusedOf(g.figures), 0)).toBe(unusedOf(whole.value.figures));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('developmentReport on bad input', () => {
  it('skips a bad record with a finding that names its position, and counts the rest', () => {
    const [good] = organisation(lib, 1, 1);
    const result = developmentReport([good as EmployeeRecord, { employeeId: 'e-2', plans: 'geen' } as never], { now });
    expect(result.ok && result.value.figures.employees).toBe(1);
    expect(result.ok && result.value.skipped).toBe(1);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['report.record.invalid', [1, 'plans']]]);
    expect(findingMessage(result.findings[0] as lib.Finding, 'nl')).toBe(
      'Dossier 2 telt niet mee: de gegevens over de POP’s zijn niet te lezen.',
    );
    expect(findingMessage(result.findings[0] as lib.Finding, 'en')).toBe('Record 2 is left out: the data on the PDPs cannot be read.');
  });

  it('never throws: hostile records, a sequence that breaks off, no sequence at all, bad options', () => {
    const hostile = {
      get employeeId(): string {
        throw new Error('no');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    function* breaking(): Generator<EmployeeRecord> {
      yield { employeeId: 'e-1' };
      throw new Error('connection lost');
    }
    expect(developmentReport([hostile, proxy, null, 7] as never, { now }).ok).toBe(true);
    const broken = developmentReport(breaking(), { now });
    expect(broken.ok && [broken.value.figures.employees, broken.value.skipped]).toEqual([1, 1]);
    expect(developmentReport(42 as never, { now }).findings.map((f) => f.code)).toEqual(['report.records.notIterable']);
    expect(developmentReport([], { now: 'gisteren' } as never).ok).toBe(false);
    expect(developmentReport([], null as never).ok).toBe(false);
  });

  it('refuses to add up reports of different moments', () => {
    const a = report([]);
    const b = report([], { now: '2027-11-01T09:00:00+01:00' });
    const combined = combineReports(a, b);
    expect(combined.ok).toBe(false);
    expect(findingMessage(combined.findings[0] as lib.Finding, 'nl')).toBe(
      'Deze overzichten gaan over verschillende momenten (1 oktober 2027 om 09:00 en 1 november 2027 om 09:00); tel alleen overzichten van hetzelfde moment bij elkaar op.',
    );
  });
});
