import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LocaleInput } from '../../src/index.js';
import { catalogueFor, en, findingMessage, formatFinding, nl } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { jsonSchemas, storedJsonSchemas } from '../../src/schemas/index.js';
import { samples } from './samples.js';
import { userTexts } from './user-texts.js';

/** Every user-facing Dutch string of the library, from every module. */
const dutchTexts = (): [where: string, text: string][] => userTexts(nl, 'nl');

/**
 * Ids of every label family (the library's enum values) that are also ordinary Dutch words, so a
 * sentence may use them as words: "een plan met een budget", "de status open", "feedback van collega's".
 */
const dutchWords = new Set([
  ...['met', 'open', 'start', 'plan', 'budget', 'effect', 'status', 'object', 'info', 'zienswijze'],
  // Words Dutch HR has taken over as they are.
  ...['feedback', 'mentor', 'coaching', 'assessment'],
]);

/** The ids of every label family: enum values, which a Dutch text must not show. */
const enumValues = new Set(
  Object.values(en.labels)
    .flatMap((family) => Object.keys(family))
    .filter((id) => id.length > 2 && !dutchWords.has(id)),
);

/**
 * CamelCase words, dotted codes and enum values in a text. What a user wrote (the quoted titles
 * ‘…’) and e-mail addresses are not the library's words.
 */
function identifiersIn(text: string): string[] {
  const plain = text.replace(/‘[^’]*’/gu, 'titel').replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, 'adres');
  const camel = plain.match(/\b[a-z]+[A-Z][A-Za-z]*\b/gu) ?? [];
  const dotted = plain.match(/\b[a-z]+\.[a-z][A-Za-z.]*\b/gu) ?? [];
  const words = (plain.match(/[A-Za-z]+/gu) ?? []).filter((word) => enumValues.has(word));
  return [...camel, ...dotted, ...words];
}

/** The field names of every input and stored shape (`who`, `measure`, `minutesAvailable`, ...), from their JSON Schemas. */
function fieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const properties = (value as { properties?: unknown }).properties;
    if (properties !== null && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
    for (const child of Object.values(value)) walk(child);
  };
  walk(jsonSchemas);
  walk(storedJsonSchemas);
  return names;
}

/** Field names that are also Dutch words ("het maximum", "de details", "een set gespreksmodellen"). */
const dutchFieldWords = new Set([...dutchWords, 'team', 'extra', 'maximum', 'agenda', 'details', 'set']);

/** Words the Dutch texts avoid, with the word they use instead. */
const rejected: readonly [RegExp, string][] = [
  [/check-?in/iu, 'voortgangsgesprek'],
  [/\binput\b/iu, 'inbreng'],
  [/break-?out(?!rooms)/iu, 'breakoutrooms'],
  [/\bPDP\b|E = Q/u, 'POP and E = K × A in Dutch'],
  [/hash/iu, 'controlecode'],
  [/\bde POP\b(?![’'-])/u, 'het POP (de POP’s)'],
  [/Unexpected|undefined|NaN|\[object/u, 'no English engine text and no missing value'],
];

describe('Dutch as an HR professional writes it, in every module', () => {
  const texts = dutchTexts();

  it('has every code, label, built-in question and template text to check', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(nl.messages).sort());
    expect(texts.length).toBeGreaterThan(Object.keys(nl.messages).length + builtInQuestions.length + 300);
    expect(texts.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('shows no identifier: no camelCase word, dotted code or enum value', () => {
    expect(texts.flatMap(([where, text]) => identifiersIn(text).map((word) => `${where}: ${word} in "${text}"`))).toEqual([]);
  });

  it('names no field of the library\'s data ("veld measure")', () => {
    const fields = [...fieldNames()].filter((name) => name.length > 2 && !dutchFieldWords.has(name));
    expect(fields.length).toBeGreaterThan(150);
    expect(fields).toContain('measure');
    const named = new Set(fields);
    const found = texts.flatMap(([where, text]) =>
      (text.replace(/‘[^’]*’/gu, 'titel').match(/[A-Za-z]+(?:-[A-Za-z]+)*/gu) ?? [])
        .filter((word) => named.has(word))
        .map((word) => `${where}: ${word} in "${text}"`),
    );
    expect(found).toEqual([]);
  });

  it.each(rejected)('never writes %s (%s)', (pattern) => {
    expect(texts.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('writes dates as people do ("1 april 2027"), except where the message is about how a date is written', () => {
    const aboutNotation = new Set(['input.invalid_format.date', 'input.invalid_format.datetime', 'date.invalid', 'date.timeZone.invalid']);
    const iso = /\d{4}-\d{2}-\d{2}/u;
    expect(
      texts.filter(([where, text]) => !aboutNotation.has(where) && iso.test(text)).map(([where, text]) => `${where}: ${text}`),
    ).toEqual([]);
  });

  it('would catch what it looks for', () => {
    expect([...new Set(identifiersIn('Afspraak a-1 heeft geen timeBound; zie agenda.item.joint en focusArea skills.'))].sort()).toEqual([
      'agenda.item.joint',
      'focusArea',
      'joint',
      'skills',
      'timeBound',
    ]);
    expect(identifiersIn('‘myTitle’ staat op de agenda van j.de.vries@example.nl met een plan.')).toEqual([]);
  });

  it('keeps the technical reason of unreadable input out of the Dutch text, and in the params', () => {
    const unreadable = {
      code: 'input.unreadable',
      severity: 'error',
      path: [],
      params: { detail: 'Unexpected end of JSON input' },
    } as const;
    expect(findingMessage(unreadable, nl)).toBe('De invoer kon niet worden gelezen.');
    expect(findingMessage(unreadable, en)).toBe('The input could not be read.');
    expect(formatFinding(unreadable, nl)).toBe('fout input.unreadable: De invoer kon niet worden gelezen.');
  });
});

describe('a composite finding keeps its parts as findings', () => {
  it('carries no finding code, and no list of codes, in its params', () => {
    const codes = new Set(Object.keys(nl.messages));
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const glued = Object.entries(samples).flatMap(([code, params]) =>
      strings(params)
        .filter((text) => text.split(/[,;\s]+/u).some((part) => codes.has(part)))
        .map((text) => `${code}: ${text}`),
    );
    expect(glued).toEqual([]);
  });
});

describe('the language of rendering is an open string', () => {
  it('takes any tag: a regional Dutch or English tag by its language, any other in English', () => {
    expectTypeOf(findingMessage).parameter(1).toEqualTypeOf<LocaleInput | string>();
    expectTypeOf(formatFinding).parameter(1).toEqualTypeOf<LocaleInput | string>();
    const required = { code: 'input.required', severity: 'error', path: [], params: {} } as const;
    expect(findingMessage(required, 'nl-BE')).toBe('Dit veld is verplicht.');
    expect(findingMessage(required, 'NL_nl')).toBe('Dit veld is verplicht.');
    expect(findingMessage(required, 'en-GB')).toBe('This field is required.');
    expect(findingMessage(required, 'fr')).toBe('This field is required.');
    expect(catalogueFor('nl-BE') === nl).toBe(true);
    expect(catalogueFor('nld') === en).toBe(true);
  });
});
