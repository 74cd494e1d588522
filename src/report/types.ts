// The named types of the organisation's view: what a host gives per employee, and the report's figures.
import type { BudgetAmount, Instant, JsonValue } from '../core/index.js';
import type { Conversation } from '../conversation/index.js';
import type { BudgetPeriodStatus, DevelopmentPlan } from '../plan/index.js';
import type { PlannedConversation } from '../schedule/index.js';
import type { LocaleInput } from '../locales/index.js';
import type { FundingSourceKind } from '../vocabulary/index.js';

/**
 * The outcome of the agreements check as a host stored it when the agreement was made (WWW: who does
 * what when; SMART: all five criteria). The report counts these rather than check every agreement
 * again, so it stays fast over a whole organisation.
 *
 * @example
 * ```ts
 * import { checkAgreement, meetsWww, smartShortfalls, type StoredAgreementCheck } from 'ontwikkelgesprek';
 * const report = checkAgreement(
 *   {
 *     id: 'a1',
 *     what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem aan nieuwe klanten',
 *     who: 'e-17',
 *     when: '2027-06-01',
 *     measure: 'Twee demo’s gegeven, feedback van de klant gevraagd',
 *   },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'e-17', name: 'Sanne de Vries', role: 'employee' }] },
 * );
 * const stored: StoredAgreementCheck = { agreementId: 'a1', www: meetsWww(report), smart: smartShortfalls(report).length === 0 };
 * stored.www; // true
 * stored.smart; // false: nobody has accepted it yet
 * ```
 */
export interface StoredAgreementCheck {
  readonly agreementId: string;
  readonly www: boolean;
  readonly smart: boolean;
}

/**
 * One employee's records, as the host gathers them for the organisation's view: the conversation
 * states, the POPs, the planned conversations (from `planNextConversation`), the budget periods (from
 * `budgetStatus(...).periods`) and stored agreement checks. `groups` are the host's own keys to group
 * by (team, department, cost centre, location): any key, one value each.
 *
 * @example
 * ```ts
 * import type { EmployeeRecord } from 'ontwikkelgesprek';
 * const record: EmployeeRecord = {
 *   employeeId: 'e-17',
 *   groups: { team: 'Klantcontact', department: 'Service', costCentre: 'KP-410' },
 *   conversations: [],
 *   plans: [],
 * };
 * ```
 */
export interface EmployeeRecord {
  readonly employeeId: string;
  readonly groups?: { readonly [key: string]: string } | undefined;
  readonly conversations?: readonly Conversation[] | undefined;
  readonly plans?: readonly DevelopmentPlan[] | undefined;
  readonly planned?: readonly PlannedConversation[] | undefined;
  /** The budget periods of `budgetStatus`; the report counts the current ones. */
  readonly budget?: readonly BudgetPeriodStatus[] | undefined;
  readonly agreementChecks?: readonly StoredAgreementCheck[] | undefined;
}

/**
 * Options of `developmentReport`: the moment of the report (what is due or overdue is judged against
 * it), the host's keys to group by, and how early before its target day a conversation still counts
 * for a planned one (default 60 days).
 *
 * @example
 * ```ts
 * import type { DevelopmentReportOptions } from 'ontwikkelgesprek';
 * const options: DevelopmentReportOptions = { now: '2027-10-01T09:00:00+02:00', groupBy: ['team', 'costCentre'] };
 * ```
 */
export interface DevelopmentReportOptions {
  readonly now: Instant;
  readonly groupBy?: readonly string[] | undefined;
  readonly earlyDays?: number | undefined;
  /** The language of the charts' words: `'nl'` (default), `'en'` or a catalogue of your own. */
  readonly locale?: LocaleInput | undefined;
}

/**
 * Options of `combineReports`: the language of the charts of the combined report.
 *
 * @example
 * ```ts
 * import type { CombineReportsOptions } from 'ontwikkelgesprek';
 * const options: CombineReportsOptions = { locale: 'en' };
 * ```
 */
export interface CombineReportsOptions {
  readonly locale?: LocaleInput | undefined;
}

/**
 * Whether the conversations were held when they were due: planned conversations held by their latest
 * allowed day (`onTime`), held later (`late`), not held yet but not past that day (`due`), or past it
 * (`overdue`); `unplanned` counts concluded conversations no planned one asked for.
 *
 * @example
 * ```ts
 * import type { Timeliness } from 'ontwikkelgesprek';
 * const share = (t: Timeliness) => t.onTimeShare; // of the planned ones that were held or are overdue
 * ```
 */
export interface Timeliness {
  readonly planned: number;
  readonly onTime: number;
  readonly late: number;
  readonly due: number;
  readonly overdue: number;
  readonly unplanned: number;
  /** On time, of those that were held or are overdue (`null` when there are none). */
  readonly onTimeShare: number | null;
}

/**
 * How well the agreements made in the conversations are written: of the live agreements, how many
 * have a stored check, and how many of those meet WWW and SMART.
 *
 * @example
 * ```ts
 * import type { AgreementQuality } from 'ontwikkelgesprek';
 * const gap = (q: AgreementQuality) => q.checked - q.smart; // checked agreements that are not SMART yet
 * ```
 */
export interface AgreementQuality {
  readonly agreements: number;
  readonly checked: number;
  readonly www: number;
  readonly smart: number;
  readonly wwwShare: number | null;
  readonly smartShare: number | null;
}

/**
 * What became of the agreements in the POPs: done, dropped, still open, and open past their date.
 *
 * @example
 * ```ts
 * import type { FollowThrough } from 'ontwikkelgesprek';
 * const stuck = (f: FollowThrough) => f.overdue; // open agreements past their date
 * ```
 */
export interface FollowThrough {
  readonly agreements: number;
  readonly done: number;
  readonly dropped: number;
  readonly open: number;
  /** Open agreements whose date has passed (counted in `open` too). */
  readonly overdue: number;
  readonly doneShare: number | null;
}

/**
 * The use of one funding source in one unit over the employees who have it: what was available in
 * the current period, what is committed (spent or planned), and what is unused; `untouched` counts
 * the employees who have committed nothing of it at all, `untouchedShare` is their share (the
 * organisation's own figure for the budgets left lying, which `budgetStatus` can quote in its nudge).
 *
 * @example
 * ```ts
 * import type { BudgetUse } from 'ontwikkelgesprek';
 * const left = (use: BudgetUse) => use.unused; // { amount: ..., currency: 'EUR' } or { minutes: ... }
 * ```
 */
export interface BudgetUse {
  readonly source: string;
  readonly kind: FundingSourceKind;
  readonly title: string | null;
  readonly employees: number;
  readonly available: BudgetAmount;
  readonly committed: BudgetAmount;
  readonly spent: BudgetAmount;
  readonly unused: BudgetAmount;
  readonly unusedShare: number | null;
  readonly untouched: number;
  /** Of the employees who have the source, the share who committed nothing of it (`null` with none). */
  readonly untouchedShare: number | null;
}

/**
 * Evaluative drift: conversations whose agenda holds points that rate rather than develop (pay,
 * rating, performance), and the share of such points among all agenda points.
 *
 * @example
 * ```ts
 * import type { Drift } from 'ontwikkelgesprek';
 * const worrying = (d: Drift) => (d.conversationShare ?? 0) > 0.2;
 * ```
 */
export interface Drift {
  readonly conversations: number;
  readonly drifting: number;
  readonly agendaItems: number;
  readonly evaluativeItems: number;
  readonly conversationShare: number | null;
  readonly itemShare: number | null;
}

/**
 * One side's input over the conversations: agenda points, development needs, and all input counted
 * as the conversation's `inputBalance` counts it.
 *
 * @example
 * ```ts
 * import type { SideTotals } from 'ontwikkelgesprek';
 * const points = (side: SideTotals) => side.agendaPoints;
 * ```
 */
export interface SideTotals {
  readonly agendaPoints: number;
  readonly needs: number;
  readonly total: number;
}

/**
 * The balance of input between employees and managers; `employeeShare` is the employees' part of
 * all input (`null` when there is none).
 *
 * @example
 * ```ts
 * import type { InputShare } from 'ontwikkelgesprek';
 * const managerLed = (i: InputShare) => (i.employeeShare ?? 1) < 0.5;
 * ```
 */
export interface InputShare {
  readonly conversations: number;
  readonly employee: SideTotals;
  readonly manager: SideTotals;
  readonly employeeShare: number | null;
}

/**
 * Every figure of the report, for the whole organisation or for one group.
 *
 * @example
 * ```ts
 * import type { ReportFigures } from 'ontwikkelgesprek';
 * const headline = (f: ReportFigures) => [f.employees, f.timeliness.onTimeShare, f.followThrough.doneShare];
 * ```
 */
export interface ReportFigures {
  readonly employees: number;
  readonly timeliness: Timeliness;
  readonly agreementQuality: AgreementQuality;
  readonly followThrough: FollowThrough;
  readonly budget: readonly BudgetUse[];
  readonly drift: Drift;
  readonly input: InputShare;
}

/**
 * The figures of one group: the employees whose `groups[key]` is `value` (`null`: without that key).
 *
 * @example
 * ```ts
 * import type { ReportGroup } from 'ontwikkelgesprek';
 * const label = (g: ReportGroup) => `${g.key}: ${g.value ?? '—'}`;
 * ```
 */
export interface ReportGroup {
  readonly key: string;
  readonly value: string | null;
  readonly figures: ReportFigures;
}

/**
 * A Vega-Lite specification as plain JSON, with its data inline: a host renders it as it is
 * (vega-embed, or the Vega-Lite compiler) without this library depending on Vega.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'ontwikkelgesprek';
 * const spec: VegaLiteSpec = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', mark: 'bar' };
 * ```
 */
export type VegaLiteSpec = { readonly [key: string]: JsonValue };

/**
 * The charts of a report, one Vega-Lite spec per figure that reads best as a picture.
 *
 * @example
 * ```ts
 * import type { ReportCharts } from 'ontwikkelgesprek';
 * const all = (c: ReportCharts) => [c.timeliness, c.budget, c.followThrough, c.input];
 * ```
 */
export interface ReportCharts {
  readonly timeliness: VegaLiteSpec;
  readonly budget: VegaLiteSpec;
  readonly followThrough: VegaLiteSpec;
  readonly input: VegaLiteSpec;
}

/**
 * The organisation's view of its development conversations: the figures over all employees, the
 * same figures per group (sorted by key, then value), the charts, and how many records were skipped.
 *
 * @example
 * ```ts
 * import type { DevelopmentReport } from 'ontwikkelgesprek';
 * const teams = (r: DevelopmentReport) => r.groups.filter((g) => g.key === 'team');
 * ```
 */
export interface DevelopmentReport {
  readonly now: Instant;
  /** The keys grouped by, in the order asked for. */
  readonly groupBy: readonly string[];
  /** Records left out because they could not be read (each with a finding, the first 100 of them). */
  readonly skipped: number;
  readonly figures: ReportFigures;
  readonly groups: readonly ReportGroup[];
  readonly charts: ReportCharts;
}
