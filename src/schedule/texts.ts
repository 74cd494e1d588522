import type { FindingCode, FindingParamsOf, LocaleInput } from '../locales/index.js';
import { catalogueFor, findingMessage } from '../locales/index.js';

/** What writes the module's texts (reminders, calendar titles and alarms) in one language. */
export interface TextWriter {
  /** The language tag of the catalogue. */
  readonly locale: string;
  text<C extends FindingCode>(code: C, params: FindingParamsOf<C>): string;
}

/**
 * Texts in a language, made from the catalogue as a finding's message is: the same templates, the
 * same notation, and a host's own catalogue writes them in its language. Dutch by default.
 */
export function textWriter(locale: LocaleInput | undefined): TextWriter {
  const catalogue = catalogueFor(locale ?? 'nl');
  return {
    locale: catalogue.locale,
    text: (code, params) => findingMessage({ code, severity: 'info', path: [], params: params as never }, catalogue),
  };
}
