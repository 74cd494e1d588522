import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/index.js';
import { en, nl } from '../../src/locales/index.js';
import { agreementsLabelsEn } from '../../src/locales/en/agreements.js';
import { agreementsLabelsNl } from '../../src/locales/nl/agreements.js';
import { agreementSamples } from './samples.js';

/**
 * The module's enum values and field names that must never show in Dutch text. Values that are also
 * ordinary Dutch words (`met`, `open`) are left out: "in orde" is fine, "met" in a sentence is Dutch.
 */
const identifiers = [
  'specific',
  'measurable',
  'acceptable',
  'realistic',
  'timeBound',
  'unmet',
  'unknown',
  'who',
  'what',
  'when',
  'done',
  'dropped',
  'degree',
  'language',
  'certificate',
  'course',
  'deliverable',
  'development',
  'support',
  'appraisal',
  'pay',
  'measure',
  'acceptedBy',
  'employee',
  'manager',
  'participant',
  'null',
  'undefined',
  'array',
  'object',
  'mentoring',
];

/** What an identifier in a sentence looks like: a camelCase word, a dotted code, or an enum value. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/gu)) found.push(match[0]);
  for (const match of text.matchAll(/\b[a-z]+(?:\.[a-zA-Z]+)+\b/gu)) found.push(match[0]);
  for (const word of identifiers) if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text)) found.push(word);
  return found;
}

const codes = Object.keys(agreementSamples) as (keyof typeof agreementSamples)[];

describe('the agreements module in Dutch', () => {
  it('has a sample for every code of the catalogues, and every sample renders in both languages', () => {
    const inCatalogue = Object.keys(nl.messages).filter((code) => code.startsWith('agreement.'));
    expect(codes.slice().sort()).toEqual(inCatalogue.sort());
    for (const code of codes) {
      const finding = { code, severity: 'warning' as const, path: [], params: agreementSamples[code] };
      for (const locale of ['nl', 'en']) {
        const text = findingMessage(finding, locale);
        expect(text, `${code} ${locale}`).not.toMatch(/[{}]|undefined|NaN|\[object/u);
        expect(text.includes(code), `${code} ${locale}`).toBe(false);
      }
    }
  });

  it('shows no identifier in any Dutch message rendered with realistic params', () => {
    for (const code of codes) {
      const text = findingMessage({ code, severity: 'warning', path: [], params: agreementSamples[code] }, 'nl');
      expect([code, leaks(text)]).toEqual([code, []]);
    }
  });

  it('shows no identifier in any Dutch label of the module', () => {
    for (const [family, labels] of Object.entries(agreementsLabelsNl)) {
      for (const [id, label] of Object.entries(labels)) expect([family, id, leaks(label)]).toEqual([family, id, []]);
    }
    for (const label of Object.values(nl.labels.smartCriterion)) expect(leaks(label)).toEqual([]);
  });

  it('names the SMART criteria in Dutch, never by their ids', () => {
    expect(
      Object.values(nl.labels.smartCriterion)
        .map((label) => label[0])
        .join(''),
    ).toBe('SMART');
    expect(
      Object.values(en.labels.smartCriterion)
        .map((label) => label[0])
        .join(''),
    ).toBe('SMART');
    expect(
      Object.values(nl.labels.wwwCriterion)
        .map((label) => label[0])
        .join(''),
    ).toBe('WWW');
    expect(Object.keys(agreementsLabelsEn)).toEqual(Object.keys(agreementsLabelsNl));
  });

  it('catches an identifier when one slips in (the test can fail)', () => {
    expect(leaks('De afspraak is niet timeBound.')).toEqual(['timeBound', 'timeBound']);
    expect(leaks('Zie agreement.www.when voor de datum.')).toContain('agreement.www.when');
    expect(leaks('Status: unmet.')).toEqual(['unmet']);
    expect(leaks('Vul het veld measure in.')).toEqual(['measure']);
  });
});
