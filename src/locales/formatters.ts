import type { Money } from '../core/index.js';
import type { Formatters } from './types.js';

/**
 * What a language needs to say to build its formatters from `Intl`: its `Intl` tag, month names,
 * the words that join the last two items of a list, and its quotation marks.
 *
 * @example
 * ```ts
 * import { intlFormatters } from 'ontwikkelgesprek';
 * const de = intlFormatters({
 *   intlLocale: 'de-DE',
 *   months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
 *   and: 'und',
 *   or: 'oder',
 *   quotes: ['„', '“'],
 * });
 * de.date('2027-03-01'); // '1 März 2027' (German writes '1. März 2027': give a `datePattern`)
 * ```
 */
export interface IntlFormatterOptions {
  readonly intlLocale: string;
  readonly months: readonly string[];
  readonly and: string;
  readonly or: string;
  readonly quotes: readonly [string, string];
  /** How a date is written from day, month name and year; default "1 april 2027". */
  readonly datePattern?: (day: number, month: string, year: number) => string;
  /** Use a comma before the last "and" (the serial comma); default false. */
  readonly serialComma?: boolean;
}

/** Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0). */
function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Formatters for a language, from `Intl` and a few words: numbers and money in the language's
 * notation, dates with its month names, lists joined with its words, titles in its quotes. Number
 * formats are built once per currency and kept: building one costs tens of microseconds.
 *
 * @example
 * ```ts
 * import { intlFormatters } from 'ontwikkelgesprek';
 * const fr = intlFormatters({
 *   intlLocale: 'fr-FR',
 *   months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
 *   and: 'et',
 *   or: 'ou',
 *   quotes: ['« ', ' »'],
 * });
 * fr.list(['qui', 'quoi', 'quand']); // 'qui, quoi et quand'
 * ```
 */
export function intlFormatters(options: IntlFormatterOptions): Formatters {
  // Made on first use, not when the catalogue is built: the first Intl object of a process loads the
  // locale data (about 5 ms each), and a host that only imports the package should not pay for it.
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const currencies = new Map<string, Intl.NumberFormat | null>();
  const currencyFormat = (currency: string): Intl.NumberFormat | null => {
    let format = currencies.get(currency);
    if (format === undefined) {
      const digits = minorUnitDigits(currency);
      try {
        format = new Intl.NumberFormat(options.intlLocale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
      } catch {
        format = null;
      }
      // Bounded: ISO 4217 has fewer than 200 codes, and a bad code is stored as null once.
      if (currencies.size < 400) currencies.set(currency, format);
    }
    return format;
  };
  const pattern = options.datePattern ?? ((day: number, month: string, year: number) => `${day} ${month} ${year}`);
  return Object.freeze({
    number: (value: number): string => {
      if (!Number.isFinite(value)) return String(value);
      numbers ??= new Intl.NumberFormat(options.intlLocale);
      return numbers.format(value);
    },
    money: (value: Money): string => {
      const digits = minorUnitDigits(value.currency);
      const major = value.amount / 10 ** digits;
      const format = currencyFormat(value.currency);
      return format === null ? `${value.currency} ${major.toFixed(digits)}` : format.format(major);
    },
    date: (value: string): string => {
      // A calendar date, or the day of an instant ("2027-03-15T10:00:00+01:00").
      const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\S*)?$/u.exec(value);
      const month = match === null ? undefined : options.months[Number(match[2]) - 1];
      if (match === null || month === undefined) return value;
      return pattern(Number(match[3]), month, Number(match[1]));
    },
    list: (items: readonly string[], kind: 'and' | 'or' = 'and'): string => {
      if (items.length <= 1) return items.join('');
      const word = kind === 'or' ? options.or : options.and;
      const comma = options.serialComma === true && items.length > 2 ? ',' : '';
      return `${items.slice(0, -1).join(', ')}${comma} ${word} ${items.at(-1)}`;
    },
    quote: (text: string): string => `${options.quotes[0]}${text}${options.quotes[1]}`,
    plural: (count: number): string => {
      if (!Number.isFinite(count)) return 'other';
      plurals ??= new Intl.PluralRules(options.intlLocale);
      return plurals.select(count);
    },
  });
}
