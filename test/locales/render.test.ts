import { describe, expect, it } from 'vitest';
import type { Catalogue, Finding } from '../../src/index.js';
import {
  catalogueFor,
  defineMessages,
  en,
  finding,
  findingMessage,
  formatFinding,
  intlFormatters,
  isFinding,
  nl,
} from '../../src/index.js';

describe('the finding factory', () => {
  it('makes data only, typed by code', () => {
    const made = finding.warning('agenda.budget.noTimeForItems', {
      path: ['reservedMinutes'],
      params: { minutesAvailable: 30, reservedMinutes: 30 },
    });
    expect(made).toEqual({
      code: 'agenda.budget.noTimeForItems',
      severity: 'warning',
      path: ['reservedMinutes'],
      params: { minutesAvailable: 30, reservedMinutes: 30 },
    });
    expect(isFinding(made, 'agenda.budget.noTimeForItems')).toBe(true);
    expect(finding.of('input.required', 'info').severity).toBe('info');
  });
});

describe('rendering with a catalogue', () => {
  const required: Finding = { code: 'input.required', severity: 'error', path: ['when'], params: {} };

  it('renders the same stored finding in each language', () => {
    expect(formatFinding(required, 'nl')).toBe('fout input.required bij when: Dit veld is verplicht.');
    expect(formatFinding(required, 'en')).toBe('error input.required at when: This field is required.');
    expect(findingMessage(required, nl)).toBe('Dit veld is verplicht.');
  });

  it('writes numbers, lists and dates the way each language does', () => {
    const tooLong: Finding = { code: 'input.too_big.string', severity: 'error', path: [], params: { maximum: 2000 } };
    expect(findingMessage(tooLong, 'nl')).toBe('Te lang: hoogstens 2.000 tekens.');
    expect(findingMessage(tooLong, 'en')).toBe('Too long: at most 2,000 characters.');
    const values: Finding = {
      code: 'input.invalid_value',
      severity: 'error',
      path: [],
      params: { values: ['development', 'career', 'checkIn'] },
    };
    expect(findingMessage(values, 'nl')).toBe('Ongeldige waarde; toegestaan: development, career of checkIn.');
    const range: Finding = {
      code: 'date.outOfRange',
      severity: 'error',
      path: [],
      params: { value: '0050-01-01', from: '1900-01-01', to: '2200-12-31' },
    };
    expect(findingMessage(range, 'nl')).toBe(
      '1 januari 50 valt buiten de ondersteunde jaren: van 1 januari 1900 tot en met 31 december 2200.',
    );
    expect(findingMessage(range, 'en')).toBe(
      '1 January 50 lies outside the supported years: from 1 January 1900 up to and including 31 December 2200.',
    );
    // An instant out of range is named by its day, as people write it.
    const late = { ...range, params: { ...range.params, value: '2250-03-15T10:00:00+01:00' } };
    expect(findingMessage(late, 'nl')).toBe(
      '15 maart 2250 valt buiten de ondersteunde jaren: van 1 januari 1900 tot en met 31 december 2200.',
    );
  });

  it('chooses singular or plural by number, also for lists', () => {
    // A finding stored by 0.1 carries one text where a list is now: one text is one.
    const stored = {
      code: 'agreement.text.vagueVerb',
      severity: 'warning',
      path: ['what'],
      params: { words: 'iets met communicatie doen' },
      message: { nl: 'oud', en: 'old' },
    } as const;
    expect(findingMessage(stored, 'nl')).toMatch(/^‘iets met communicatie doen’ zegt niet /u);
    expect(findingMessage({ ...stored, params: { words: ['iets doen', 'eens kijken'] } }, 'nl')).toMatch(/’ zeggen niet /u);
    expect(findingMessage({ ...stored, params: { words: ['iets doen'] } }, 'nl')).toMatch(/’ zegt niet /u);
    const short = (minimum: number): Finding => ({ code: 'input.too_small.string', severity: 'error', path: [], params: { minimum } });
    expect(findingMessage(short(1), 'nl')).toBe('Te kort: minstens 1 teken.');
    expect(findingMessage(short(3), 'nl')).toBe('Te kort: minstens 3 tekens.');
    expect(findingMessage(short(1), 'en')).toBe('Too short: at least 1 character.');
  });

  it('formats money in each language’s notation', () => {
    expect(nl.format.money({ amount: 105_000, currency: 'EUR' })).toBe('€\u00a01.050,00');
    expect(en.format.money({ amount: 105_000, currency: 'EUR' })).toBe('€1,050.00');
    expect(en.format.money({ amount: 1200, currency: 'JPY' })).toBe('JP¥1,200');
    expect(en.format.money({ amount: 100, currency: 'XXQ' })).toBe('XXQ\u00a01.00');
  });

  it('shows the stored text of a 0.1 finding whose code it does not know, and the code when there is none', () => {
    const stored: Finding = { code: 'demo.gone', severity: 'info', path: [], params: {}, message: { nl: 'Oude tekst.', en: 'Old text.' } };
    expect(findingMessage(stored, 'nl')).toBe('Oude tekst.');
    expect(findingMessage(stored, 'de')).toBe('Old text.');
    expect(findingMessage({ code: 'demo.none', severity: 'info', path: [], params: {} }, 'nl')).toBe('demo.none');
  });

  it('prefers the catalogue over the stored text of a known code', () => {
    const stored: Finding = { ...required, message: { nl: 'Verouderd.', en: 'Outdated.' } };
    expect(findingMessage(stored, 'nl')).toBe('Dit veld is verplicht.');
  });

  it('leaves a placeholder visible when its param is missing, rather than hide the mistake', () => {
    expect(findingMessage({ code: 'input.too_big.string', severity: 'error', path: [], params: {} }, 'en')).toBe(
      'Too long: at most {maximum} characters.',
    );
  });

  it('adds the parts of a composite finding on request', () => {
    const composite: Finding = {
      ...required,
      details: [{ code: 'input.too_big.number', severity: 'error', path: [], params: { maximum: 5 } }],
    };
    expect(formatFinding(composite, 'en', { details: true })).toBe(
      'error input.required at when: This field is required.\n  - Too large: at most 5.',
    );
  });

  it('takes a host’s catalogue, and survives one whose message function throws', () => {
    const custom: Catalogue = {
      ...en,
      locale: 'en-x-plain',
      messages: {
        ...en.messages,
        'input.required': () => {
          throw new Error('host bug');
        },
      },
    };
    expect(findingMessage(required, custom)).toBe('input.required');
    expect(catalogueFor('fr')).toBe(en);
  });

  it('checks placeholders against params at compile time', () => {
    const ok = defineMessages({ 'input.too_big.string': 'Zu lang: höchstens {maximum} Zeichen.' });
    expect(ok['input.too_big.string']).toContain('{maximum}');
    // @ts-expect-error: a template that forgets its placeholder does not compile
    defineMessages({ 'input.too_big.string': 'Zu lang.' });
    // @ts-expect-error: a placeholder the code has no param for does not compile
    defineMessages({ 'input.too_big.string': 'Zu lang: {maximum} {minimum}.' });
    // @ts-expect-error: an unknown code does not compile
    defineMessages({ 'input.noSuchCode': 'x' });
  });

  it('builds formatters for any language from Intl and a few words', () => {
    const de = intlFormatters({
      intlLocale: 'de-DE',
      months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
      and: 'und',
      or: 'oder',
      quotes: ['„', '“'],
      datePattern: (day, month, year) => `${day}. ${month} ${year}`,
    });
    expect(de.date('2027-03-01')).toBe('1. März 2027');
    expect(de.list(['wer', 'was', 'wann'])).toBe('wer, was und wann');
    expect(de.money({ amount: 105_000, currency: 'EUR' })).toBe('1.050,00\u00a0€');
    expect(de.date('not a date')).toBe('not a date');
  });

  it('chooses the word of {n|one|other} by the language’s plural rules', () => {
    const fr = intlFormatters({
      intlLocale: 'fr-FR',
      months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      and: 'et',
      or: 'ou',
      quotes: ['« ', ' »'],
    });
    const french: Catalogue = {
      ...en,
      locale: 'fr',
      format: fr,
      messages: { ...en.messages, 'input.too_small.string': 'Trop court : au moins {minimum} {minimum|caractère|caractères}.' },
    };
    const short = (minimum: number): Finding => ({ code: 'input.too_small.string', severity: 'error', path: [], params: { minimum } });
    expect([0, 1, 2].map((n) => findingMessage(short(n), french))).toEqual([
      'Trop court : au moins 0 caractère.',
      'Trop court : au moins 1 caractère.',
      'Trop court : au moins 2 caractères.',
    ]);
    expect([0, 1, 2].map((n) => findingMessage(short(n), 'nl'))).toEqual([
      'Te kort: minstens 0 tekens.',
      'Te kort: minstens 1 teken.',
      'Te kort: minstens 2 tekens.',
    ]);
    // A catalogue whose formatters have no plural rules: only 1 takes the first word.
    const { plural: _plural, ...plain } = fr;
    expect(findingMessage(short(0), { ...french, format: plain })).toBe('Trop court : au moins 0 caractères.');
    expect(fr.plural?.(Number.NaN)).toBe('other');
  });
});
