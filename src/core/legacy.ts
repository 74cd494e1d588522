// Transition only: modules not yet moved to the language catalogues still make findings that carry
// their Dutch and English text. Each module drops this when its messages move to `src/locales`;
// the file goes when the last one has.
import type { Finding, FindingParams, Path, Severity } from './finding.js';
import type { Locale, LocalizedText } from './locale.js';

/** @internal */
export type MessageCatalogue = Readonly<Record<string, LocalizedText>>;

/** @internal */
export function defineMessages<const C extends Record<string, LocalizedText>>(catalogue: C): Readonly<C> {
  return Object.freeze(catalogue);
}

const placeholder = /\{([a-zA-Z0-9_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** @internal */
export function interpolate(template: string, params: FindingParams): string {
  return template.replace(placeholder, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/** @internal */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(placeholder)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** @internal */
export interface FindingOptions {
  readonly path?: Path;
  readonly params?: FindingParams;
}

/** @internal */
export function createFinding(catalogue: MessageCatalogue, code: string, severity: Severity, options: FindingOptions = {}): Finding {
  const params: Record<string, FindingParams[string]> = { ...(options.params ?? {}) };
  const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
  const text = entry ?? { nl: code, en: code };
  return {
    code,
    severity,
    path: [...(options.path ?? [])],
    params,
    message: { nl: interpolate(text.nl, paramsIn(params, 'nl')), en: interpolate(text.en, paramsIn(params, 'en')) },
  };
}

function paramsIn(params: FindingParams, locale: Locale): FindingParams {
  const suffix = locale === 'nl' ? 'Nl' : 'En';
  const view: Record<string, FindingParams[string]> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key.length > suffix.length && key.endsWith(suffix)) view[key.slice(0, -suffix.length)] = value;
  }
  return view;
}

/** @internal */
export interface FindingFactory<Code extends string> {
  error(code: Code, options?: FindingOptions): Finding;
  warning(code: Code, options?: FindingOptions): Finding;
  info(code: Code, options?: FindingOptions): Finding;
  of(code: Code, severity: Severity, options?: FindingOptions): Finding;
}

/** @internal */
export function findingsFrom<C extends MessageCatalogue>(catalogue: C): FindingFactory<keyof C & string> {
  return {
    error: (code, options) => createFinding(catalogue, code, 'error', options),
    warning: (code, options) => createFinding(catalogue, code, 'warning', options),
    info: (code, options) => createFinding(catalogue, code, 'info', options),
    of: (code, severity, options) => createFinding(catalogue, code, severity, options),
  };
}
