import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateOf, opens } from '../../../src/agreements/lexicon/gate.js';
import type { Lexicon } from '../../../src/agreements/lexicon/index.js';
import { compiled, lexiconData, scan } from '../../../src/agreements/lexicon/index.js';
import { foldCase, plainText } from '../../../src/core/index.js';
import { ruleLists, wordsOf } from './rule-lists.js';

const locales = ['nl', 'en'] as const;

/** Numbers and shapes the primitives read, and letters that case folding treats specially. */
const shapes = [
  '1',
  '12',
  '2027',
  '15-04',
  '1-6-2027',
  '2027-06-01',
  '€500',
  '$ 20k',
  '20%',
  'q2',
  'Q3',
  'B2',
  '9:30',
  '3x',
  'ſ',
  'İ',
  'K',
  'ß',
  '-',
  '/',
  '.',
  ',',
  "'",
];

const recased = (word: string, how: number): string =>
  how === 1 ? word.toUpperCase() : how === 2 ? word.charAt(0).toUpperCase() + word.slice(1) : word;

function texts(lexicon: Lexicon): fc.Arbitrary<string> {
  const words = wordsOf(lexicon);
  const piece = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 5 }, fc.constantFrom(...shapes)), fc.nat(3));
  const glue = fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '\n', '-');
  return fc
    .array(fc.tuple(piece, glue), { minLength: 1, maxLength: 14 })
    .map((parts) => plainText(parts.map(([[word, how], sep]) => `${recased(word, how)}${sep}`).join('')).text);
}

describe.each(locales)('the trigger-word gates of the %s lexicon', (locale) => {
  const lexicon = compiled[locale];

  it('never change a scan: gated and ungated scans of texts built from the lexicon are equal', () => {
    fc.assert(
      fc.property(texts(lexiconData[locale]), (text) => {
        for (const [name, rules] of ruleLists(lexicon))
          expect([name, scan(rules, text)]).toEqual([name, scan(rules, text, { gates: false })]);
      }),
      { numRuns: 300 },
    );
  });

  it('open on every example a template must match', () => {
    const all = lexiconData[locale];
    const templates = [...Object.values(all.rules).flat(), ...all.evaluative.signals, ...all.evaluative.exclusions];
    for (const template of templates) {
      const gate = gateOf(template.pattern, all.slots);
      for (const example of template.match) {
        const text = foldCase(plainText(example.replace(/[[\]]/gu, '')).text);
        expect([template.id, example, gate === undefined || opens(gate, text)]).toEqual([template.id, example, true]);
      }
    }
  });

  it('keep most rules closed on a goal without dates or numbers, and every rule has a gate', () => {
    const rules = Object.values(lexicon.rules).flat();
    expect(rules.filter((rule) => rule.gate === undefined).map((rule) => rule.id)).toEqual([]);
    const text = foldCase(locale === 'nl' ? 'Ik wil beter leren plannen' : 'I want to get better at planning');
    const open = rules.filter((rule) => rule.gate !== undefined && opens(rule.gate, text));
    expect(open.length).toBeLessThan(rules.length / 4);
  });
});

describe('gateOf: what a template requires', () => {
  const slots = { month: ['juni', 'jun', 'jun.'], prep: ['voor', 'uiterlijk'] };

  it('asks for a digit and one of the required slot entries, not for optional parts', () => {
    expect(gateOf('{prep?} {#day} {month} {#year?}', slots)).toEqual({
      digit: true,
      literals: [{ entries: ['jun', 'juni'], whole: true }],
    });
  });

  it('asks for the character a primitive needs besides its digits', () => {
    expect(gateOf('{#percent}', slots)).toEqual({ digit: true, literals: [{ entries: ['%'], whole: false }] });
    expect(gateOf('{#money}', slots)).toEqual({ digit: true, literals: [{ entries: ['$', '£', '€'], whole: false }] });
  });

  it('puts no condition on a piece that may match nothing, nor on a bare word', () => {
    expect(gateOf('{#word}', slots)).toBeUndefined();
    expect(gateOf('elke|{#word}', slots)).toBeUndefined();
    expect(gateOf('elke|', slots)).toBeUndefined();
  });

  it('folds the case of its words, as the text is folded', () => {
    expect(gateOf('Q|KWARTAAL {#int}', slots)).toEqual({ digit: true, literals: [{ entries: ['q', 'kwartaal'], whole: true }] });
  });

  it('asks for whole words only where a piece is a whole part of the template', () => {
    expect(gateOf('{month}-{#year}', slots)).toEqual({
      digit: true,
      literals: [
        { entries: ['jun'], whole: false },
        { entries: ['-'], whole: false },
      ],
    });
    const month = gateOf('{month}', slots);
    expect(month !== undefined && opens(month, 'eind juni.')).toBe(true);
    expect(month !== undefined && opens(month, 'de junior')).toBe(false);
    expect(month !== undefined && opens(month, 'jun_i 𝐀jun')).toBe(false);
  });
});
