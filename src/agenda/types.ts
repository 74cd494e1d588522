import type { ConversationKind, TopicId } from '../vocabulary/index.js';

/**
 * The side that brought an agenda point: the employee, or the organisation (through the manager).
 *
 * @example
 * ```ts
 * import { mergeAgendas, type AgendaSource } from 'ontwikkelgesprek';
 * const side: AgendaSource = 'employee';
 * const agenda = mergeAgendas({
 *   employeeItems: [{ id: 'e1', source: side, title: 'Werkdruk', priority: 'must' }],
 *   organisationItems: [],
 *   minutesAvailable: 45,
 * });
 * agenda.ok && agenda.value.items[0]?.sources; // ['employee']
 * ```
 */
export type AgendaSource = 'employee' | 'organisation';

/**
 * Where a merged agenda point came from: one of the two sides, or `followUp` for an open agreement
 * of the previous plan.
 *
 * @example
 * ```ts
 * import { mergeAgendas } from 'ontwikkelgesprek';
 * const agenda = mergeAgendas({
 *   employeeItems: [],
 *   organisationItems: [],
 *   previousAgreements: [{ id: 'a1', what: 'Cursus feedback geven volgen' }],
 *   minutesAvailable: 30,
 * });
 * agenda.ok && agenda.value.items[0]?.sources; // ['followUp']
 * ```
 */
export type MergedSource = 'followUp' | AgendaSource;

/**
 * The priority of an agenda point (MoSCoW without the "won't"): `must` points come first and are
 * named when they no longer fit.
 *
 * @example
 * ```ts
 * import type { AgendaPriority } from 'ontwikkelgesprek';
 * const order: AgendaPriority[] = ['must', 'should', 'could'];
 * ```
 */
export type AgendaPriority = 'must' | 'should' | 'could';

/**
 * One agenda point as a side brings it. `minutes` is the estimate (when left out the merge assumes
 * a default and says so); `goalIds` links organisation goals; `links` names other points (of either
 * side, or an open agreement) that belong with this one, so they become one joint point.
 *
 * @example
 * ```ts
 * import { mergeAgendas, type AgendaItemInput } from 'ontwikkelgesprek';
 * const mine: AgendaItemInput = { id: 'e1', source: 'employee', title: 'Presenteren voor klanten', priority: 'must', minutes: 15 };
 * const theirs: AgendaItemInput = { id: 'o1', source: 'organisation', title: 'Klantpresentaties', priority: 'should', links: ['e1'] };
 * const agenda = mergeAgendas({ employeeItems: [mine], organisationItems: [theirs], minutesAvailable: 60 });
 * agenda.ok && agenda.value.items[0]?.joint; // true: linked points of both sides become one
 * ```
 */
export interface AgendaItemInput {
  id: string;
  source: AgendaSource;
  title: string;
  topic?: TopicId | undefined;
  priority: AgendaPriority;
  minutes?: number | undefined;
  goalIds?: readonly string[] | undefined;
  notes?: string | undefined;
  links?: readonly string[] | undefined;
}

/**
 * An agenda point after validation: as given, with `goalIds` always there.
 *
 * @example
 * ```ts
 * import type { AgendaItem } from 'ontwikkelgesprek';
 * const item: AgendaItem = { id: 'o1', source: 'organisation', title: 'Customer presentations', priority: 'should', goalIds: [] };
 * ```
 */
export interface AgendaItem extends AgendaItemInput {
  readonly goalIds: readonly string[];
}

/**
 * An agreement of the previous plan, as far as the agenda needs it: `id` and `what`, and optionally
 * `who`, `when` and `status`. A whole agreement of a stored plan passes as it is (other keys are
 * stripped). Only open agreements (status `open` or none) come back on the agenda.
 *
 * @example
 * ```ts
 * import { mergeAgendas, type PreviousAgreement } from 'ontwikkelgesprek';
 * const done: PreviousAgreement = { id: 'a1', what: 'Mentor zoeken', status: 'done' };
 * const open: PreviousAgreement = { id: 'a2', what: 'Cursus plannen volgen', who: 'sanne', when: '2027-01-31' };
 * const agenda = mergeAgendas({ employeeItems: [], organisationItems: [], previousAgreements: [done, open], minutesAvailable: 30 });
 * agenda.ok && agenda.value.items.map((item) => item.id); // ['a2']
 * ```
 */
export interface PreviousAgreement {
  id: string;
  what: string;
  who?: unknown;
  when?: unknown;
  status?: string | undefined;
}

/**
 * Who and when of the open agreement a follow-up point comes back for, so a host can show them
 * in its own words and date format.
 *
 * @example
 * ```ts
 * import { mergeAgendas } from 'ontwikkelgesprek';
 * const agenda = mergeAgendas({
 *   employeeItems: [],
 *   organisationItems: [],
 *   previousAgreements: [{ id: 'a1', what: 'Cursus plannen volgen', who: 'sanne', when: '2027-01-31' }],
 *   minutesAvailable: 30,
 * });
 * agenda.ok && agenda.value.items[0]?.followUp; // { agreementId: 'a1', who: 'sanne', when: '2027-01-31' }
 * ```
 */
export interface FollowUpOf {
  readonly agreementId: string;
  readonly who?: string | undefined;
  readonly when?: string | undefined;
}

/**
 * One point of a merged agenda: one or more input points (`itemIds`) taken together. `joint` when
 * both sides brought it; `followUp` when it brings back an open agreement.
 *
 * @example
 * ```ts
 * import { mergeAgendas } from 'ontwikkelgesprek';
 * const agenda = mergeAgendas({
 *   employeeItems: [{ id: 'e1', source: 'employee', title: 'Presenteren voor klanten', topic: 'competences', priority: 'must', minutes: 15 }],
 *   organisationItems: [{ id: 'o1', source: 'organisation', title: 'presenteren, klanten', topic: 'competences', priority: 'should', minutes: 10 }],
 *   minutesAvailable: 60,
 * });
 * const point = agenda.ok ? agenda.value.items[0] : undefined;
 * point?.itemIds; // ['e1', 'o1']
 * point?.minutes; // 18: the longest estimate plus a quarter of the other
 * ```
 */
export interface MergedAgendaItem {
  readonly id: string;
  readonly itemIds: readonly string[];
  readonly sources: readonly MergedSource[];
  readonly title: string;
  readonly topic?: TopicId | undefined;
  readonly priority: AgendaPriority;
  readonly minutes: number;
  readonly joint: boolean;
  readonly goalIds: readonly string[];
  readonly notes?: string | undefined;
  readonly followUp?: FollowUpOf | undefined;
}

/**
 * The input of {@link mergeAgendas}: both sides' points, the previous plan's agreements, points
 * carried over from an earlier merge, and the time there is.
 *
 * @example
 * ```ts
 * import { mergeAgendas, type MergeAgendasInput } from 'ontwikkelgesprek';
 * const input: MergeAgendasInput = {
 *   employeeItems: [{ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 20 }],
 *   organisationItems: [],
 *   minutesAvailable: 30,
 *   reservedMinutes: 15,
 *   kind: 'checkIn',
 * };
 * mergeAgendas(input).ok; // true
 * ```
 */
export interface MergeAgendasInput {
  employeeItems: readonly AgendaItemInput[];
  organisationItems: readonly AgendaItemInput[];
  previousAgreements?: readonly PreviousAgreement[] | undefined;
  carriedOver?: readonly MergedAgendaItem[] | undefined;
  minutesAvailable: number;
  /** Minutes kept for the opening, the evaluation and planning the next conversation; default 15 (5 for a check-in). */
  reservedMinutes?: number | undefined;
  kind?: ConversationKind | undefined;
  /**
   * The language the points are written in (`'nl'`, `'en'`, or a tag such as `'nl-NL'`), for reading
   * appraisal and pay talk in their titles; both languages are read when it is left out or another.
   */
  locale?: string | undefined;
  defaultMinutes?: number | undefined;
  followUpMinutes?: number | undefined;
  /**
   * The employee's age, only when the host chooses to give it: an age band, or a birth year and the
   * date of the conversation. From 45 on, an agenda without a point on employability gets a hint.
   * Never required, never stored by the agenda.
   */
  employeeAge?: EmployeeAge | undefined;
}

/**
 * The employee's age as a host may give it to `mergeAgendas`: a band, or a birth year with the date
 * the age is counted on (the library reads no clock).
 *
 * @example
 * ```ts
 * import type { EmployeeAge } from 'ontwikkelgesprek';
 * const band: EmployeeAge = { band: '45to54' };
 * const year: EmployeeAge = { birthYear: 1979, on: '2027-03-15' };
 * ```
 */
export type EmployeeAge = { band: 'under45' | '45to54' | '55plus' } | { birthYear: number; on: string };

/**
 * A merged agenda: the points that fit, in agenda order, and the points deferred to the next
 * conversation (never dropped), with the minutes behind the choice.
 *
 * @example
 * ```ts
 * import { mergeAgendas } from 'ontwikkelgesprek';
 * const agenda = mergeAgendas({
 *   employeeItems: [
 *     { id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 20 },
 *     { id: 'e2', source: 'employee', title: 'Loopbaanstap', priority: 'could', minutes: 30 },
 *   ],
 *   organisationItems: [],
 *   minutesAvailable: 45,
 * });
 * if (agenda.ok) {
 *   agenda.value.minutesForItems; // 30: 45 minus 15 reserved
 *   agenda.value.deferred.map((item) => item.id); // ['e2']
 * }
 * ```
 */
export interface MergedAgenda {
  readonly items: readonly MergedAgendaItem[];
  readonly deferred: readonly MergedAgendaItem[];
  readonly minutesPlanned: number;
  readonly minutesAvailable: number;
  readonly reservedMinutes: number;
  readonly minutesForItems: number;
  readonly kind: ConversationKind;
}
