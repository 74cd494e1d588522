import type { CalendarDate, Finding, FindingParams, Money } from '../core/index.js';
import type { FindingParamsByCode, LabelFamilies } from './codes/index.js';

/**
 * The languages whose catalogues ship with the library. Any other language is a catalogue a host
 * passes in (see {@link Catalogue}).
 *
 * @example
 * ```ts
 * import { formatFinding, type BuiltInLocale } from 'ontwikkelgesprek';
 * const locale: BuiltInLocale = 'nl';
 * formatFinding({ code: 'input.required', severity: 'error', path: ['when'], params: {} }, locale);
 * // 'fout input.required bij when: Dit veld is verplicht.'
 * ```
 */
export type BuiltInLocale = 'nl' | 'en';

/**
 * Every finding code the library can produce.
 *
 * @example
 * ```ts
 * import type { FindingCode } from 'ontwikkelgesprek';
 * const code: FindingCode = 'agenda.budget.over';
 * ```
 */
export type FindingCode = keyof FindingParamsByCode & string;

/**
 * The raw params of the finding with this code.
 *
 * @example
 * ```ts
 * import type { FindingParamsOf } from 'ontwikkelgesprek';
 * const params: FindingParamsOf<'agenda.budget.over'> = { minutesNeeded: 75, minutesForItems: 50, deferred: 2 };
 * ```
 */
export type FindingParamsOf<C extends FindingCode> = FindingParamsByCode[C];

/**
 * A finding with a known code, its params typed by that code.
 *
 * @example
 * ```ts
 * import { isFinding, type Finding } from 'ontwikkelgesprek';
 * declare const finding: Finding;
 * if (isFinding(finding, 'agenda.budget.over')) finding.params.deferred; // number
 * ```
 */
export type FindingOf<C extends FindingCode> = Finding<C, FindingParamsByCode[C] & FindingParams>;

/**
 * How a language writes numbers, money, dates and lists. Functions, so a language can follow its
 * own rules (Dutch "€ 1.050,00", English "€1,050.00"); `Intl` does most of the work.
 *
 * @example
 * ```ts
 * import { en } from 'ontwikkelgesprek/locales/en';
 * en.format.money({ amount: 105_000, currency: 'EUR' }); // '€1,050.00'
 * en.format.date('2027-04-01'); // '1 April 2027'
 * en.format.list(['who', 'when']); // 'who and when'
 * ```
 */
export interface Formatters {
  /** A number in the language's notation: "2.000", "2,000". */
  number(value: number): string;
  /** An amount in the language's notation, with its currency: "€ 1.050,00", "€1,050.00". */
  money(value: Money): string;
  /** A calendar date (or the day of an instant) as people write it: "1 april 2027", "1 April 2027". */
  date(value: CalendarDate): string;
  /** A list as a sentence: "a, b en c", "a, b and c"; `or` for alternatives. */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** A quoted title: ‘Presenteren’ or “Presenting”, as the language quotes. */
  quote(text: string): string;
  /** The CLDR plural category of a number (`'one'`, `'other'`, ...) for `{n|one|other}`; without it only 1 is `'one'`. */
  plural?(count: number): string;
}

/**
 * The helpers a message function gets: the formatters, the labels, and how a reference is named.
 *
 * @example
 * ```ts
 * import type { MessageFunction } from 'ontwikkelgesprek';
 * const late: MessageFunction<{ days: number }> = ({ days }, { format }) => `${format.number(days)} dagen te laat.`;
 * ```
 */
export interface MessageTools {
  readonly format: Formatters;
  readonly labels: Labels;
  /**
   * Names a reference by its title (quoted), or by what it is when it has none ("deze afspraak"):
   * from the label family `thing`, or from the family of the case the sentence needs
   * (`'thingDative'`: "… dieser Vereinbarung zugestimmt").
   */
  ref(value: unknown, form?: 'thing' | 'thingAccusative' | 'thingDative' | 'thingGenitive'): string;
  /** Renders a whole value as a template placeholder would (money, dates, lists, references). */
  value(value: unknown, format?: string): string;
}

/**
 * A message as a function of its params, for sentences a template cannot say (optional parts,
 * choices by value).
 *
 * @example
 * ```ts
 * import type { MessageFunction } from 'ontwikkelgesprek';
 * const message: MessageFunction<{ roles: readonly ('employee' | 'manager')[] }> = ({ roles }, tools) =>
 *   `Nog niet akkoord: ${tools.format.list(roles.map((role) => tools.labels.role[role]))}.`;
 * ```
 */
export type MessageFunction<P> = (params: P, tools: MessageTools) => string;

/**
 * A message: a template or a function. In a template, `{name}` shows a param (money, numbers,
 * lists and references each in the language's notation), `{name:date}` a calendar date,
 * `{name:family}` the label of an id from that label family (`{name:family.lower}` with a small first
 * letter, inside a sentence), `{name:quote}` a quoted text, `{name:or}` a list joined with "or", and
 * `{name|one|other}` chooses a word by number.
 *
 * @example
 * ```ts
 * import type { Message } from 'ontwikkelgesprek';
 * const message: Message<{ days: number }> = 'Nog {days} {days|dag|dagen}.';
 * ```
 */
export type Message<P> = string | MessageFunction<P>;

/**
 * The messages of a catalogue: one per finding code.
 *
 * @example
 * ```ts
 * import type { Messages } from 'ontwikkelgesprek';
 * type BudgetMessage = Messages['agenda.budget.over'];
 * ```
 */
export type Messages = { readonly [C in FindingCode]: Message<FindingParamsByCode[C]> };

/**
 * The labels of a catalogue: a name for every term of the vocabulary and every value a message may
 * show (roles, phases, topics, SMART criteria, severities, ...), by family.
 *
 * @example
 * ```ts
 * import { nl } from 'ontwikkelgesprek/locales/nl';
 * nl.labels.role.manager; // 'leidinggevende'
 * ```
 */
export type Labels = { readonly [F in keyof LabelFamilies]: { readonly [K in LabelFamilies[F]]: string } };

/**
 * A language catalogue, like a date-fns locale: messages for every finding code, labels for every
 * term, and how the language writes numbers, money and dates. The built-in ones are `nl` and `en`;
 * a host adds a language by writing one, and the type checker tells what is missing. Pass it
 * through {@link defineCatalogue} so that every template's placeholders are checked too.
 *
 * @example
 * ```ts
 * import { formatFinding, type Catalogue } from 'ontwikkelgesprek';
 * import { en } from 'ontwikkelgesprek/locales/en';
 * // A variant of English that only changes one message:
 * const plain: Catalogue = { ...en, messages: { ...en.messages, 'input.required': 'Please fill this in.' } };
 * formatFinding({ code: 'input.required', severity: 'error', path: [], params: {} }, plain);
 * // 'error input.required: Please fill this in.'
 * ```
 */
export interface Catalogue {
  /** BCP 47 language tag, e.g. `nl`, `en`, `de`. */
  readonly locale: string;
  readonly messages: Messages;
  readonly labels: Labels;
  readonly format: Formatters;
}

/**
 * Where a language comes from: a built-in one by its tag, or a catalogue object.
 *
 * @example
 * ```ts
 * import { renderPlanMarkdown, type LocaleInput } from 'ontwikkelgesprek';
 * const locale: LocaleInput = 'en';
 * ```
 */
export type LocaleInput = BuiltInLocale | Catalogue;

// ------------------------------------------------------------------ template checking

type NameOf<Body extends string> = Body extends `${infer Name}|${string}` ? Name : Body extends `${infer Name}:${string}` ? Name : Body;

/** The placeholder names of a template, as a union. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? NameOf<Body> | PlaceholderNames<Rest>
  : never;

type RequiredKeys<P> = { [K in keyof P]-?: object extends Pick<P, K> ? never : K }[keyof P] & string;

/**
 * A template checked against its params: every placeholder names a param, and every required param
 * has a placeholder. A wrong template becomes a string type that names the placeholder and the code
 * (`"unknown placeholder {amout} in plan.budget.over"`, `"missing placeholder {deferred} in
 * agenda.budget.over"`), so the catalogue does not compile and the error says why.
 */
export type CheckedMessage<C extends string, P, M> = M extends string
  ? string extends M
    ? M
    : [Exclude<PlaceholderNames<M>, keyof P & string>] extends [never]
      ? [Exclude<RequiredKeys<P>, PlaceholderNames<M>>] extends [never]
        ? M
        : `missing placeholder {${Exclude<RequiredKeys<P>, PlaceholderNames<M>>}} in ${C}`
      : `unknown placeholder {${Exclude<PlaceholderNames<M>, keyof P & string>}} in ${C}`
  : MessageFunction<P>;

/**
 * Checks every template of a set of messages against the params of its code. Used as the type of
 * the messages themselves (TypeScript infers `M` back through it), so an error names the problem
 * instead of reading "not assignable to never".
 */
export type CheckedMessages<M> = {
  readonly [C in keyof M]: C extends FindingCode ? CheckedMessage<C, FindingParamsByCode[C], M[C]> : `unknown finding code ${C & string}`;
};
