import { z } from 'zod';
import type { Locale, LocalizedText } from './locale.js';
import { localizedTextSchema } from './locale.js';

/**
 * How much a finding matters: an `error` makes a result fail, a `warning` deserves attention,
 * an `info` is a hint.
 *
 * @example
 * ```ts
 * import { severitySchema } from 'ontwikkelgesprek';
 * severitySchema.options; // ['error', 'warning', 'info']
 * ```
 */
export const severitySchema = z.enum(['error', 'warning', 'info']);

/**
 * How much a finding matters.
 *
 * @example
 * ```ts
 * import type { Severity } from 'ontwikkelgesprek';
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = z.infer<typeof severitySchema>;

/**
 * Schema of a path into the input: object keys and array indices.
 *
 * @example
 * ```ts
 * import { pathSchema } from 'ontwikkelgesprek';
 * pathSchema.parse(['agreements', 0, 'when']);
 * ```
 */
export const pathSchema = z.array(z.union([z.string(), z.number().int()]));

/**
 * A path into the input: object keys and array indices, e.g. `['agreements', 0, 'when']`.
 *
 * @example
 * ```ts
 * import type { Path } from 'ontwikkelgesprek';
 * const path: Path = ['items', 2, 'minutes'];
 * ```
 */
export type Path = (string | number)[];

/**
 * Schema of the structured parameters of a finding (plain scalars, so they serialise anywhere).
 *
 * @example
 * ```ts
 * import { findingParamsSchema } from 'ontwikkelgesprek';
 * findingParamsSchema.parse({ days: 3, date: '2027-01-31' });
 * ```
 */
export const findingParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/**
 * The structured parameters of a finding, also used to fill the message placeholders.
 *
 * @example
 * ```ts
 * import type { FindingParams } from 'ontwikkelgesprek';
 * const params: FindingParams = { minutes: 90 };
 * ```
 */
export type FindingParams = z.infer<typeof findingParamsSchema>;

/**
 * Schema of a finding: a problem or hint with a stable code, a severity, a path into the input,
 * structured params and its message in Dutch and English.
 *
 * @example
 * ```ts
 * import { findingSchema } from 'ontwikkelgesprek';
 * findingSchema.safeParse({}).success; // false
 * ```
 */
export const findingSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_]+)+$/),
  severity: severitySchema,
  path: pathSchema,
  params: findingParamsSchema,
  message: localizedTextSchema,
});

/**
 * A problem or hint about the input: stable dotted `code` (for programs), `severity`, `path` into
 * the input, `params`, and `message` in both languages (for people).
 *
 * @example
 * ```ts
 * import type { Finding } from 'ontwikkelgesprek';
 * const finding: Finding = {
 *   code: 'input.invalid_type',
 *   severity: 'error',
 *   path: ['when'],
 *   params: { expected: 'string' },
 *   message: { nl: 'Verwacht: string.', en: 'Expected: string.' },
 * };
 * ```
 */
export type Finding = z.infer<typeof findingSchema>;

/**
 * A message catalogue: for each finding code, its text in Dutch and English. Placeholders such as
 * `{days}` are filled from the finding's params.
 *
 * @example
 * ```ts
 * import type { MessageCatalogue } from 'ontwikkelgesprek';
 * const messages: MessageCatalogue = {
 *   'demo.late': { nl: '{days} dagen te laat.', en: '{days} days late.' },
 * };
 * ```
 */
export type MessageCatalogue = Readonly<Record<string, LocalizedText>>;

/**
 * Declares a message catalogue, keeping its codes as literal types so that a finding factory only
 * accepts codes that have both translations.
 *
 * @example
 * ```ts
 * import { defineMessages } from 'ontwikkelgesprek';
 * const messages = defineMessages({
 *   'demo.empty': { nl: 'Dit veld is leeg.', en: 'This field is empty.' },
 * });
 * ```
 */
export function defineMessages<const C extends Record<string, LocalizedText>>(catalogue: C): Readonly<C> {
  return Object.freeze(catalogue);
}

const placeholder = /\{([a-zA-Z0-9_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * Fills `{name}` placeholders from params; unknown placeholders stay visible rather than vanish.
 * `{name|one|other}` chooses a word by number: `one` when the param is 1, `other` otherwise, so
 * messages say "1 dag" and "3 dagen" instead of "dag(en)".
 *
 * @example
 * ```ts
 * import { interpolate } from 'ontwikkelgesprek';
 * interpolate('Nog {days} dagen', { days: 3 }); // 'Nog 3 dagen'
 * interpolate('Nog {days} {days|dag|dagen}', { days: 1 }); // 'Nog 1 dag'
 * ```
 */
export function interpolate(template: string, params: FindingParams): string {
  return template.replace(placeholder, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/**
 * The placeholders a message template uses (plain or plural), in order of appearance, without duplicates.
 *
 * @example
 * ```ts
 * import { placeholdersOf } from 'ontwikkelgesprek';
 * placeholdersOf('{a} en {b} en {a|één|meer}'); // ['a', 'b']
 * ```
 */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(placeholder)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Options for a finding: where in the input it applies, and its parameters.
 *
 * @example
 * ```ts
 * import type { FindingOptions } from 'ontwikkelgesprek';
 * const options: FindingOptions = { path: ['agreements', 0, 'when'], params: { days: 3 } };
 * ```
 */
export interface FindingOptions {
  /** Path into the input; empty for the input as a whole. */
  readonly path?: Path;
  /** Structured parameters; they also fill the message placeholders. */
  readonly params?: FindingParams;
}

/**
 * Builds a finding from a catalogue entry. Prefer {@link findingsFrom}, which checks the code at
 * compile time. A param whose name ends in `Nl` or `En` fills the placeholder without that suffix
 * in that language only: `{ reasonNl: 'Koningsdag', reasonEn: "King's Day" }` fills `{reason}`.
 *
 * @example
 * ```ts
 * import { createFinding } from 'ontwikkelgesprek';
 * const finding = createFinding(
 *   { 'demo.late': { nl: '{days} dagen te laat.', en: '{days} days late.' } },
 *   'demo.late',
 *   'warning',
 *   { params: { days: 2 } },
 * );
 * finding.message.en; // '2 days late.'
 * ```
 */
export function createFinding(
  catalogue: MessageCatalogue,
  code: string,
  severity: Severity,
  options: FindingOptions = {},
): Finding {
  const params: FindingParams = { ...(options.params ?? {}) };
  const entry = Object.prototype.hasOwnProperty.call(catalogue, code) ? catalogue[code] : undefined;
  const text = entry ?? { nl: code, en: code };
  return {
    code,
    severity,
    path: [...(options.path ?? [])],
    params,
    message: { nl: interpolate(text.nl, paramsIn(params, 'nl')), en: interpolate(text.en, paramsIn(params, 'en')) },
  };
}

/**
 * The params as one language sees them: a param `reasonNl` fills `{reason}` in the Dutch message and
 * `reasonEn` in the English one, so words that differ per language (a holiday's name, an amount in
 * local notation) can sit in both templates under one placeholder.
 */
function paramsIn(params: FindingParams, locale: Locale): FindingParams {
  const suffix = locale === 'nl' ? 'Nl' : 'En';
  const view: FindingParams = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key.length > suffix.length && key.endsWith(suffix)) view[key.slice(0, -suffix.length)] = value;
  }
  return view;
}

/**
 * A finding factory bound to one catalogue: `error`, `warning` and `info` accept only codes of
 * that catalogue.
 *
 * @example
 * ```ts
 * import { defineMessages, findingsFrom } from 'ontwikkelgesprek';
 * const finding = findingsFrom(
 *   defineMessages({ 'demo.empty': { nl: 'Leeg.', en: 'Empty.' } }),
 * );
 * finding.error('demo.empty', { path: ['what'] }).severity; // 'error'
 * ```
 */
export interface FindingFactory<Code extends string> {
  /** An error: the input cannot be used as it is. */
  error(code: Code, options?: FindingOptions): Finding;
  /** A warning: usable, but worth attention. */
  warning(code: Code, options?: FindingOptions): Finding;
  /** A hint. */
  info(code: Code, options?: FindingOptions): Finding;
  /** A finding with a severity chosen at run time (for configurable strictness). */
  of(code: Code, severity: Severity, options?: FindingOptions): Finding;
}

/**
 * Creates a {@link FindingFactory} for a catalogue.
 *
 * @example
 * ```ts
 * import { defineMessages, findingsFrom } from 'ontwikkelgesprek';
 * const messages = defineMessages({ 'demo.soon': { nl: 'Binnenkort.', en: 'Soon.' } });
 * const finding = findingsFrom(messages);
 * finding.info('demo.soon').message.nl; // 'Binnenkort.'
 * ```
 */
export function findingsFrom<C extends MessageCatalogue>(catalogue: C): FindingFactory<keyof C & string> {
  return {
    error: (code, options) => createFinding(catalogue, code, 'error', options),
    warning: (code, options) => createFinding(catalogue, code, 'warning', options),
    info: (code, options) => createFinding(catalogue, code, 'info', options),
    of: (code, severity, options) => createFinding(catalogue, code, severity, options),
  };
}

/**
 * Does any finding have severity `error`?
 *
 * @example
 * ```ts
 * import { hasErrors } from 'ontwikkelgesprek';
 * hasErrors([]); // false
 * ```
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * Returns the findings with `prefix` put in front of each path, for nesting a check inside a larger input.
 *
 * @example
 * ```ts
 * import { prefixPaths, createFinding } from 'ontwikkelgesprek';
 * const inner = createFinding({}, 'demo.x', 'info', { path: ['when'] });
 * prefixPaths([inner], ['agreements', 0])[0]?.path; // ['agreements', 0, 'when']
 * ```
 */
export function prefixPaths(findings: readonly Finding[], prefix: Path): Finding[] {
  return findings.map((finding) => ({ ...finding, path: [...prefix, ...finding.path] }));
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Sorts findings by severity (errors first), then path, then code; stable and deterministic.
 *
 * @example
 * ```ts
 * import { sortFindings, createFinding } from 'ontwikkelgesprek';
 * const sorted = sortFindings([
 *   createFinding({}, 'demo.b', 'info'),
 *   createFinding({}, 'demo.a', 'error'),
 * ]);
 * sorted[0]?.code; // 'demo.a'
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      compareText(a.path.join('.'), b.path.join('.')) ||
      compareText(a.code, b.code),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const severityLabels: Record<Severity, LocalizedText> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

/**
 * Formats a finding as one line for logs and terminals, wholly in the chosen language (severity,
 * path and message); the code stays as it is, so the line can still be searched for.
 *
 * @example
 * ```ts
 * import { formatFinding, createFinding } from 'ontwikkelgesprek';
 * const finding = createFinding({ 'demo.x': { nl: 'Fout.', en: 'Wrong.' } }, 'demo.x', 'error', { path: ['when'] });
 * formatFinding(finding, 'en'); // 'error demo.x at when: Wrong.'
 * formatFinding(finding, 'nl'); // 'fout demo.x bij when: Fout.'
 * ```
 */
export function formatFinding(finding: Finding, locale: Locale): string {
  const where = finding.path.length > 0 ? ` ${locale === 'nl' ? 'bij' : 'at'} ${finding.path.join('.')}` : '';
  return `${severityLabels[finding.severity][locale]} ${finding.code}${where}: ${finding.message[locale]}`;
}
