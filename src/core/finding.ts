import { isList } from './json.js';
import type { Money } from './money-value.js';

/**
 * How much a finding matters: an `error` makes a result fail, a `warning` deserves attention,
 * an `info` is a hint.
 *
 * @example
 * ```ts
 * import { hasErrors, type Finding, type Severity } from 'ontwikkelgesprek';
 * // Only an error makes a result fail; warnings and hints travel with a successful value.
 * const severities: Severity[] = ['error', 'warning', 'info'];
 * const findings: Finding[] = severities.map((severity) => ({ code: 'demo.x', severity, path: [], params: {} }));
 * hasErrors(findings.slice(1)); // false
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A path into the input: object keys and array indices, e.g. `['agreements', 0, 'when']`.
 *
 * @example
 * ```ts
 * import { checkAgreement } from 'ontwikkelgesprek';
 * const report = checkAgreement({ id: 'a1', what: 'Presentatie geven', who: 'emp-1', when: 'morgen' }, {
 *   now: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 *   participants: [{ id: 'emp-1', name: 'Sanne', role: 'employee' }],
 * });
 * report.findings.find((finding) => finding.path[0] === 'when')?.path; // ['when']
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * A reference to something the caller named, as a finding carries it: what kind of thing, its id,
 * and its title when it has one. Messages show the title, never the id.
 *
 * @example
 * ```ts
 * import type { Ref } from 'ontwikkelgesprek';
 * const point: Ref = { kind: 'agendaPoint', id: 'e1', title: 'Presenteren voor klanten' };
 * ```
 */
export interface Ref {
  /** What is referred to, e.g. `agreement`, `agendaPoint`, `wish`, `phase`. */
  readonly kind: string;
  readonly id: string;
  /** The title or text people know it by; absent when the thing has none. */
  readonly title?: string;
}

/**
 * One raw parameter of a finding: plain values, money as {@link Money}, dates as ISO strings, and
 * references as {@link Ref}, so a stored finding can be rendered in any language later.
 *
 * @example
 * ```ts
 * import type { FindingParamValue } from 'ontwikkelgesprek';
 * const cost: FindingParamValue = { amount: 120_000, currency: 'EUR' };
 * ```
 */
export type FindingParamValue = string | number | boolean | Money | Ref | readonly (string | number | Ref)[];

/**
 * The raw parameters of a finding, by name.
 *
 * @example
 * ```ts
 * import type { FindingParams } from 'ontwikkelgesprek';
 * const params: FindingParams = { minutes: 90, date: '2027-04-01' };
 * ```
 */
export type FindingParams = { readonly [name: string]: FindingParamValue };

/**
 * A problem or hint about the input, as data: a stable dotted `code` (for programs), a `severity`,
 * a `path` into the input, raw typed `params`, and for a composite finding its `details`. Text is
 * made only when it is shown, by `formatFinding` with a language catalogue, so a stored finding
 * renders in any language later.
 *
 * @example
 * ```ts
 * import { formatFinding, type Finding } from 'ontwikkelgesprek';
 * const finding: Finding = {
 *   code: 'agenda.budget.over',
 *   severity: 'warning',
 *   path: ['minutesAvailable'],
 *   params: { minutesNeeded: 75, minutesForItems: 50, deferred: 2 },
 * };
 * formatFinding(finding, 'en'); // 'warning agenda.budget.over at minutesAvailable: The points need 75 minutes ...'
 * ```
 */
export interface Finding<Code extends string = string, Params extends FindingParams = FindingParams> {
  readonly code: Code;
  readonly severity: Severity;
  readonly path: Path;
  readonly params: Params;
  /** The parts of a composite finding, each a finding of its own that a UI can show one by one. */
  readonly details?: readonly Finding[];
  /**
   * Text written when the finding was made, as version 0.1 stored it. New findings carry none;
   * `formatFinding` uses it only for a stored finding whose code the catalogue does not know.
   *
   * @deprecated Render with `formatFinding` instead.
   */
  readonly message?: { readonly [locale: string]: string };
}

/**
 * Does any finding have severity `error`?
 *
 * @example
 * ```ts
 * import { hasErrors, checkAgreement } from 'ontwikkelgesprek';
 * const report = checkAgreement({ id: 'a1', what: '', who: '' }, { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [] });
 * hasErrors(report.findings); // true: who and what are missing
 * ```
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  // Findings that cannot be read are not trusted as error-free.
  try {
    return !isList(findings) || findings.some((finding) => finding?.severity !== 'warning' && finding?.severity !== 'info');
  } catch {
    return true;
  }
}

/** Puts `prefix` in front of each path, for nesting a check inside a larger input. */
export function prefixPaths(findings: readonly Finding[], prefix: Path): Finding[] {
  if (prefix.length === 0) return [...findings];
  return findings.map((finding) => ({ ...finding, path: [...prefix, ...finding.path] }));
}

const severityRank: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

/** Code-unit order: the same in every runtime and locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts findings by severity (errors first), then path, then code; stable and deterministic.
 *
 * @example
 * ```ts
 * import { sortFindings, type Finding } from 'ontwikkelgesprek';
 * const findings: Finding[] = [
 *   { code: 'demo.b', severity: 'info', path: [], params: {} },
 *   { code: 'demo.a', severity: 'error', path: [], params: {} },
 * ];
 * sortFindings(findings)[0]?.code; // 'demo.a'
 * ```
 */
export function sortFindings(findings: readonly Finding[]): readonly Finding[] {
  // The list is new and frozen; the findings in it are the caller's own and are left as they are.
  return Object.freeze(orderFindings(findings));
}

/**
 * {@link sortFindings} for the library's own use: a list it goes on to build and deep-freeze whole.
 * (A list frozen on its own would stop `deepFreeze`, which skips what is frozen already.)
 *
 * @internal
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  if (!isList(findings)) return [];
  const copy = [...findings];
  try {
    return copy.sort(
      (a, b) =>
        (severityRank[a.severity] ?? 3) - (severityRank[b.severity] ?? 3) ||
        compareText(String(a.path?.join('.')), String(b.path?.join('.'))) ||
        compareText(String(a.code), String(b.code)),
    );
  } catch {
    // Something in the list is not a finding: it keeps the order it came in.
    return copy;
  }
}

/**
 * Options of a finding made by {@link makeFinding}.
 *
 * @internal
 */
export interface MakeFindingOptions<Params extends FindingParams> {
  readonly path?: Path | undefined;
  readonly params?: Params | undefined;
  readonly details?: readonly Finding[] | undefined;
}

/**
 * Makes a finding as plain data. The typed factory of the language layer (`finding.error(...)`)
 * is what modules use; this is the untyped core it builds on.
 *
 * @internal
 */
export function makeFinding<Code extends string, Params extends FindingParams>(
  code: Code,
  severity: Severity,
  options: MakeFindingOptions<Params> = {},
): Finding<Code, Params> {
  const made: { -readonly [K in keyof Finding<Code, Params>]: Finding<Code, Params>[K] } = {
    code,
    severity,
    path: [...(options.path ?? [])],
    params: { ...(options.params ?? ({} as Params)) },
  };
  if (options.details !== undefined && options.details.length > 0) made.details = [...options.details];
  return made;
}
