import type { Finding, FindingFactory, FindingParams, Locale } from '../core/index.js';
import { findingsFrom, interpolate } from '../core/index.js';
import { conversationKinds, phases, roles, termOf, topics } from '../vocabulary/index.js';
import { conversationMessages } from './messages.js';

const statusLabels: Record<string, Record<Locale, string>> = {
  planned: { nl: 'gepland', en: 'planned' },
  inProgress: { nl: 'bezig', en: 'in progress' },
  concluded: { nl: 'afgerond', en: 'concluded' },
  postponed: { nl: 'uitgesteld', en: 'postponed' },
  cancelled: { nl: 'geannuleerd', en: 'cancelled' },
};

/** A label inside a sentence starts in lower case ("een ontwikkelgesprek", "is about pay and rewards"). */
function inSentence(label: string | undefined): string | undefined {
  return label === undefined ? undefined : label.charAt(0).toLowerCase() + label.slice(1);
}

function labelOf(key: string, value: string, locale: Locale): string {
  if (key === 'phase') return termOf(phases, value)?.label[locale] ?? value;
  if (key === 'kind' || key === 'templateKind') return inSentence(termOf(conversationKinds, value)?.label[locale]) ?? value;
  if (key === 'topic') return inSentence(termOf(topics, value)?.label[locale]) ?? value;
  if (key === 'side') return termOf(roles, value)?.label[locale].toLowerCase() ?? value;
  if (key === 'status') return statusLabels[value]?.[locale] ?? value;
  return value;
}

/** Params keep ids for programs; the messages show people the words of their language. */
function humane(finding: Finding): Finding {
  const entry = (conversationMessages as Record<string, { nl: string; en: string } | undefined>)[finding.code];
  if (entry === undefined) return finding;
  const localized = (locale: Locale): FindingParams => {
    const params: Record<string, FindingParams[string]> = { ...finding.params };
    for (const key of ['phase', 'side', 'status', 'kind', 'templateKind', 'topic']) {
      const value = params[key];
      if (typeof value === 'string') params[key] = labelOf(key, value, locale);
    }
    return params;
  };
  return { ...finding, message: { nl: interpolate(entry.nl, localized('nl')), en: interpolate(entry.en, localized('en')) } };
}

/**
 * The module's finding factory (internal): params keep ids such as `manager` or `setStatus` for
 * programs, while the messages show the words of each language.
 *
 * @example
 * ```ts
 * import { createConversation, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const refused = transition(created.value, { type: 'evaluate', at: '2027-03-15T09:00:00+01:00', by: 'employee', rating: 4 });
 *   refused.findings[0]?.params.phase; // 'preparation'
 *   refused.findings[0]?.message.nl; // '... het gesprek is gepland en zit in de fase Voorbereiding.'
 * }
 * ```
 */
export function conversationFindings(): FindingFactory<keyof typeof conversationMessages & string> {
  const plain = findingsFrom(conversationMessages);
  return {
    error: (code, options) => humane(plain.error(code, options)),
    warning: (code, options) => humane(plain.warning(code, options)),
    info: (code, options) => humane(plain.info(code, options)),
    of: (code, severity, options) => humane(plain.of(code, severity, options)),
  };
}
