import type { Finding } from '../core/index.js';
import { en } from './en/index.js';
import { nl } from './nl/index.js';
import { renderMessage, renderWholeMessage } from './render.js';
import type { BuiltInLocale, Catalogue, LocaleInput } from './types.js';

// Marked pure, so that a bundler leaves both catalogues out of a host that never renders a finding.
const builtIn: Readonly<Record<BuiltInLocale, Catalogue>> = /* @__PURE__ */ Object.freeze({ nl, en });

/**
 * The catalogue for a language: a built-in one by its tag (`nl-BE` is Dutch), or the catalogue
 * itself. Any other tag falls back to English rather than failing on a host's typo.
 *
 * @example
 * ```ts
 * import { catalogueFor } from 'ontwikkelgesprek';
 * catalogueFor('nl').labels.role.employee; // 'medewerker'
 * catalogueFor('nl-BE').locale; // 'nl'
 * ```
 */
export function catalogueFor(locale: LocaleInput | string): Catalogue {
  if (typeof locale === 'object' && locale !== null) return locale;
  if (typeof locale !== 'string') return builtIn.en;
  const language = locale.split(/[-_]/u, 1)[0]?.toLowerCase();
  return language === 'nl' ? builtIn.nl : builtIn.en;
}

/**
 * Options of {@link formatFinding}.
 *
 * @example
 * ```ts
 * import type { FormatFindingOptions } from 'ontwikkelgesprek';
 * const options: FormatFindingOptions = { details: true };
 * ```
 */
export interface FormatFindingOptions {
  /** Add the messages of a composite finding's parts, one per line. Default false. */
  readonly details?: boolean;
}

/**
 * The message of a finding in a language, as people read it: no codes, no field names. A stored
 * finding from version 0.1 shows the text it was stored with when the catalogue does not know its
 * code or its params are of an older shape (the catalogue's text would have a gap); a finding whose
 * code the catalogue does not know and that has no text of its own shows its code.
 *
 * @example
 * ```ts
 * import { findingMessage } from 'ontwikkelgesprek';
 * const finding = { code: 'input.too_big.string', severity: 'error', path: ['what'], params: { maximum: 2000 } } as const;
 * findingMessage(finding, 'nl'); // 'Te lang: hoogstens 2.000 tekens.'
 * findingMessage(finding, 'en'); // 'Too long: at most 2,000 characters.'
 * ```
 */
export function findingMessage(finding: Finding, locale: LocaleInput | string): string {
  try {
    return messageOf(finding, catalogueFor(locale));
  } catch {
    // Not a finding this library made (a getter that throws, a proxy): its code if it has one.
    return codeOf(finding);
  }
}

/** The code of something that may not be a finding, without letting it throw. */
function codeOf(finding: unknown): string {
  try {
    const code = (finding as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : '';
  } catch {
    return '';
  }
}

function messageOf(finding: Finding, catalogue: Catalogue): string {
  const stored = finding.message;
  // A finding stored with its own text (0.1) may carry params of an older shape: its text shows unless the catalogue's is whole.
  const text = (stored === undefined ? renderMessage : renderWholeMessage)(catalogue, finding.code, finding.params ?? {});
  if (text !== undefined) return text;
  if (stored !== undefined) {
    const own = stored[catalogue.locale] ?? stored[catalogue.locale.split('-')[0] ?? ''];
    if (typeof own === 'string') return own;
    if (typeof stored['en'] === 'string') return stored['en'];
  }
  return finding.code;
}

/**
 * Formats a finding as one line for logs and terminals, wholly in the chosen language: severity,
 * code, where in the input, and the message. The code stays as it is, so the line can be searched
 * for. For what a user reads, use {@link findingMessage}.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'ontwikkelgesprek';
 * const finding = { code: 'input.required', severity: 'error', path: ['when'], params: {} } as const;
 * formatFinding(finding, 'en'); // 'error input.required at when: This field is required.'
 * formatFinding(finding, 'nl'); // 'fout input.required bij when: Dit veld is verplicht.'
 * ```
 */
export function formatFinding(finding: Finding, locale: LocaleInput | string, options: FormatFindingOptions = {}): string {
  try {
    return lineOf(finding, catalogueFor(locale), options ?? {});
  } catch {
    return codeOf(finding);
  }
}

function lineOf(finding: Finding, catalogue: Catalogue, options: FormatFindingOptions): string {
  const at = catalogue.labels.findingLine?.at ?? 'at';
  const where = finding.path.length > 0 ? ` ${at} ${finding.path.join('.')}` : '';
  const severity = catalogue.labels.severity[finding.severity] ?? finding.severity;
  const line = `${severity} ${finding.code}${where}: ${findingMessage(finding, catalogue)}`;
  if (options.details !== true || finding.details === undefined || finding.details.length === 0) return line;
  return [line, ...finding.details.map((detail) => `  - ${findingMessage(detail, catalogue)}`)].join('\n');
}
