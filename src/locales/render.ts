import type { Finding, FindingParams, Path, Severity } from '../core/index.js';
import { makeFinding } from '../core/index.js';
import type { FindingParamsByCode } from './codes/index.js';
import type {
  Catalogue,
  CheckedMessages,
  FindingCode,
  FindingOf,
  Labels,
  Message,
  MessageFunction,
  MessageTools,
  Messages,
} from './types.js';

type RequiredKeys<P> = { [K in keyof P]-?: object extends Pick<P, K> ? never : K }[keyof P];

/**
 * Options of a finding made by the {@link finding} factory: where it applies, its params (required
 * when its code has any), and the parts of a composite finding.
 *
 * @example
 * ```ts
 * import type { FindingOptionsOf } from 'ontwikkelgesprek';
 * const options: FindingOptionsOf<'agenda.budget.over'> = {
 *   path: ['minutesAvailable'],
 *   params: { minutesNeeded: 75, minutesForItems: 50, deferred: 2 },
 * };
 * ```
 */
export type FindingOptionsOf<C extends FindingCode> = {
  readonly path?: Path;
  readonly details?: readonly Finding[];
} & ([RequiredKeys<FindingParamsByCode[C]>] extends [never]
  ? { readonly params?: FindingParamsByCode[C] }
  : { readonly params: FindingParamsByCode[C] });

type FindingArgs<C extends FindingCode> = [RequiredKeys<FindingParamsByCode[C]>] extends [never]
  ? [options?: FindingOptionsOf<C>]
  : [options: FindingOptionsOf<C>];

function make<C extends FindingCode>(code: C, severity: Severity, options: FindingOptionsOf<C> | undefined): FindingOf<C> {
  return makeFinding(code, severity, {
    path: options?.path,
    params: options?.params as (FindingParamsByCode[C] & FindingParams) | undefined,
    details: options?.details,
  });
}

/**
 * Makes findings as data, with params typed by code: a code that does not exist, a missing param or
 * a param of the wrong type does not compile. No text is made here; {@link formatFinding} does that.
 *
 * @example
 * ```ts
 * import { finding, formatFinding } from 'ontwikkelgesprek';
 * const late = finding.warning('agenda.budget.over', {
 *   path: ['minutesAvailable'],
 *   params: { minutesNeeded: 75, minutesForItems: 50, deferred: 2 },
 * });
 * late.params.deferred; // 2
 * formatFinding(late, 'en'); // 'warning agenda.budget.over at minutesAvailable: The points need 75 minutes ...'
 * ```
 */
export const finding = Object.freeze({
  /** An error: the input cannot be used as it is, and the result fails. */
  error: <C extends FindingCode>(code: C, ...[options]: FindingArgs<C>): FindingOf<C> => make(code, 'error', options),
  /** A warning: usable, but worth attention. */
  warning: <C extends FindingCode>(code: C, ...[options]: FindingArgs<C>): FindingOf<C> => make(code, 'warning', options),
  /** A hint. */
  info: <C extends FindingCode>(code: C, ...[options]: FindingArgs<C>): FindingOf<C> => make(code, 'info', options),
  /** A finding whose severity is chosen at run time (configurable strictness). */
  of: <C extends FindingCode>(code: C, severity: Severity, ...[options]: FindingArgs<C>): FindingOf<C> => make(code, severity, options),
});

/**
 * Is this a finding with that code? Narrows its params to the code's params.
 *
 * @example
 * ```ts
 * import { isFinding, mergeAgendas } from 'ontwikkelgesprek';
 * const merged = mergeAgendas({ employeeItems: [], organisationItems: [], minutesAvailable: 30, locale: 'nl' });
 * merged.findings.some((f) => isFinding(f, 'agenda.side.employeeEmpty')); // true
 * ```
 */
export function isFinding<C extends FindingCode>(value: Finding, code: C): value is FindingOf<C> {
  try {
    return typeof value === 'object' && value !== null && value.code === code;
  } catch {
    return false;
  }
}

/**
 * Checks the messages of one part of a catalogue: each code exists, and each template's
 * placeholders match that code's params (a missing or unknown placeholder does not compile).
 *
 * @example
 * ```ts
 * import { defineMessages } from 'ontwikkelgesprek';
 * const messages = defineMessages({
 *   'agenda.budget.noTimeForItems': 'Von {minutesAvailable} Minuten sind {reservedMinutes} reserviert; für Punkte bleibt keine Zeit.',
 * });
 * ```
 */
export function defineMessages<const M extends Partial<Messages>>(messages: CheckedMessages<M>): M {
  return Object.freeze(messages) as unknown as M;
}

/**
 * Checks a whole catalogue: every code has a message whose placeholders match its params, every
 * label family names every id, and the formatters are there. Returns it frozen.
 *
 * @example
 * ```ts
 * import { defineCatalogue } from 'ontwikkelgesprek';
 * import { en } from 'ontwikkelgesprek/locales/en';
 * // A real catalogue writes every message; spreading English here only keeps the example short.
 * const british = defineCatalogue({ ...en, locale: 'en-GB' });
 * british.locale; // 'en-GB'
 * ```
 */
export function defineCatalogue<const M extends Messages>(catalogue: {
  readonly locale: string;
  readonly messages: CheckedMessages<M>;
  readonly labels: Labels;
  readonly format: Catalogue['format'];
}): Catalogue {
  // A frozen copy all the way down (messages, every label family, the formatters): a catalogue is
  // shared by every call in the process, so one assignment must not be able to rewrite later text.
  // The author's own objects are copied, not frozen in place.
  const labels = Object.fromEntries(Object.entries(catalogue.labels).map(([family, terms]) => [family, Object.freeze({ ...terms })]));
  return Object.freeze({
    ...catalogue,
    messages: Object.freeze({ ...catalogue.messages }),
    labels: Object.freeze(labels) as Labels,
    format: Object.freeze({ ...catalogue.format }),
  }) as unknown as Catalogue;
}

// ------------------------------------------------------------------ rendering

const placeholder = /\{([A-Za-z0-9_]+)(?::([A-Za-z]+(?:\.lower)?))?(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { amount?: unknown }).amount === 'number' &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

function isRef(value: unknown): value is { kind: string; id: string; title?: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** The longest title a message quotes; longer ones are cut at a word with an ellipsis. */
const maxQuotedLength = 80;

function clipTitle(title: string): string {
  const plain = title.replace(/\s+/gu, ' ').trim();
  if (plain.length <= maxQuotedLength) return plain;
  const cut = plain.slice(0, maxQuotedLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxQuotedLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The label families that name a reference without a title, one per case (`{agreement:thingDative}`). */
const thingForms: ReadonlySet<string> = new Set(['thing', 'thingAccusative', 'thingDative', 'thingGenitive']);

function labelOf(family: Readonly<Record<string, string>> | undefined, id: string): string | undefined {
  return family !== undefined && Object.hasOwn(family, id) ? family[id] : undefined;
}

function toolsFor(catalogue: Catalogue): MessageTools {
  const labels = catalogue.labels as unknown as Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  const ref = (value: unknown, form: string = 'thing'): string => {
    if (!isRef(value)) return typeof value === 'string' ? catalogue.format.quote(clipTitle(value)) : String(value);
    if (value.title !== undefined && value.title.trim() !== '') return catalogue.format.quote(clipTitle(value.title));
    // A catalogue written before a case family existed falls back to `thing`.
    const thing = labelOf(thingForms.has(form) ? labels[form] : undefined, value.kind) ?? labelOf(labels['thing'], value.kind);
    return thing ?? catalogue.format.quote(value.id);
  };
  const scalar = (value: unknown, format: string | undefined): string => {
    if (isRef(value)) return ref(value, format);
    if (isMoney(value)) return catalogue.format.money(value);
    if (format === 'date' && typeof value === 'string') return catalogue.format.date(value);
    if (format === 'quote' && typeof value === 'string') return catalogue.format.quote(clipTitle(value));
    if (format !== undefined && format !== 'date' && format !== 'or' && typeof value === 'string') {
      const family = labels[format];
      if (family !== undefined && Object.hasOwn(family, value)) return family[value] as string;
    }
    if (typeof value === 'number') return catalogue.format.number(value);
    return String(value);
  };
  const value = (input: unknown, format?: string): string => {
    // "{topic:topic.lower}": a label inside a sentence starts with a small letter.
    if (format?.endsWith('.lower')) {
      const text = value(input, format.slice(0, -'.lower'.length));
      return text.charAt(0).toLocaleLowerCase(catalogue.locale) + text.slice(1);
    }
    if (Array.isArray(input)) {
      return catalogue.format.list(
        input.map((item) => scalar(item, format)),
        format === 'or' ? 'or' : 'and',
      );
    }
    return scalar(input, format);
  };
  return { format: catalogue.format, labels: catalogue.labels, ref, value };
}

/**
 * How many a plural choice counts: a list by its length, a number as it is, and one text as one
 * (a finding stored by 0.1 may carry a single text where a list is now).
 */
function countOf(raw: unknown): number {
  if (Array.isArray(raw)) return raw.length;
  if (typeof raw === 'string' && (raw.trim() === '' || Number.isNaN(Number(raw)))) return 1;
  return Number(raw);
}

/**
 * Fills a template from params. A placeholder whose param is missing stays visible rather than
 * vanish, so a mistake shows instead of hiding.
 */
function fillTemplate(template: string, params: FindingParams, tools: MessageTools): string {
  return template.replace(placeholder, (whole, name: string, format?: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const raw = params[name];
    if (one !== undefined && other !== undefined) {
      const count = countOf(raw);
      return (tools.format.plural?.(count) ?? (count === 1 ? 'one' : 'other')) === 'one' ? one : other;
    }
    return tools.value(raw, format);
  });
}

/**
 * The text of a message with these params in this catalogue, or `undefined` when the catalogue has
 * no message for the code.
 *
 * @internal
 */
export function renderMessage(catalogue: Catalogue, code: string, params: FindingParams): string | undefined {
  const messages = catalogue.messages as unknown as Readonly<Record<string, Message<FindingParams> | undefined>>;
  if (!Object.hasOwn(messages, code)) return undefined;
  const message = messages[code];
  if (message === undefined) return undefined;
  const tools = toolsFor(catalogue);
  try {
    return typeof message === 'string' ? fillTemplate(message, params, tools) : (message as MessageFunction<FindingParams>)(params, tools);
  } catch {
    // A host's message function that throws must not take the page down; the code still says what it was.
    return undefined;
  }
}

/** What a message function writes when a param it needs is missing or of another shape. */
const missingValue = /\bundefined\b|\bNaN\b|\[object /iu;

/**
 * The text of a message only when it is whole: every placeholder of a template has its param, and a
 * message function neither fails nor writes a missing value. For a finding stored by 0.1 with text
 * of its own, whose params may have an older shape: when this gives `undefined`, that text is shown.
 *
 * @internal
 */
export function renderWholeMessage(catalogue: Catalogue, code: string, params: FindingParams): string | undefined {
  const messages = catalogue.messages as unknown as Readonly<Record<string, Message<FindingParams> | undefined>>;
  const message = Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (typeof message === 'string') {
    for (const match of message.matchAll(placeholder)) if (!Object.hasOwn(params, match[1] as string)) return undefined;
  }
  const text = renderMessage(catalogue, code, params);
  return text === undefined || missingValue.test(text) ? undefined : text;
}
