import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/agreements/lexicon/index.js';
import { compiled, lexiconData, matchable, nameParticles } from '../../../src/agreements/lexicon/index.js';
import { compileAdviceRules } from '../../../src/agreements/lexicon/compile.js';
import { latinLettersAndDigits, standIn } from '../../../src/agreements/lexicon/patterns.js';
import { foldCase, plainText } from '../../../src/core/index.js';
import { ruleLists, wordsOf } from './rule-lists.js';

const locales = ['nl', 'en'] as const;

/** Letters and digits beyond U+024F, one of them astral (two UTF-16 units), and marks that are neither. */
const foreign = ['Ω', 'ж', '中', 'ﬁ', '𝐀', '٣', 'Ⅻ', 'ǅ'];
const neither = ['🙂', '\u0301', '’', '–', '€'];

describe('matchable: the text as the lexicon patterns read it', () => {
  it('leaves a Latin text as it is, the very same string', () => {
    const text = 'Vóór 1 juni rond ik de cursus af; ça va, Straße, ŉ.';
    expect(matchable(text)).toBe(text);
  });

  it('puts the stand-in for every letter or digit beyond Latin, one per UTF-16 unit, and keeps the rest', () => {
    expect(matchable('juniΩ 中文 𝐀b ٣')).toBe(`juni${standIn} ${standIn}${standIn} ${standIn}${standIn}b ${standIn}`);
    expect(matchable('ok 🙂 e\u0301 – €5')).toBe('ok 🙂 e\u0301 – €5');
  });

  it('keeps every offset: the same length, and every character it keeps in its place', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const read = matchable(text);
        expect(read.length).toBe(text.length);
        for (let at = 0; at < text.length; at++) if (read[at] !== standIn) expect(read[at]).toBe(text[at]);
      }),
    );
  });
});

describe.each(locales)('the %s lexicon patterns, with Latin letters spelled out', (locale) => {
  const lexicon = compiled[locale];
  const unicodeClass = '\\p{L}\\p{N}';
  /** The rule as it was written before: `\p{L}\p{N}` for the Latin class, on the folded text as it is. */
  const reference = (source: string, text: string): [number, number][] =>
    [...foldCase(text).matchAll(new RegExp(source.replaceAll(latinLettersAndDigits, unicodeClass), 'gu'))]
      .filter((match) => match[0].length > 0)
      .map((match) => [match.index, match.index + match[0].length]);

  it('match what the Unicode classes matched, on texts of lexicon words with letters of other scripts', () => {
    const words = wordsOf(lexiconData[locale]);
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom(...words), weight: 3 },
      { arbitrary: fc.constantFrom(...foreign, ...neither, '12', '2027'), weight: 2 },
    );
    // Often no glue: a foreign letter right against a word is what the guards must see.
    const glue = fc.constantFrom(' ', '', '', ', ', '. ');
    const texts = fc
      .array(fc.tuple(piece, glue), { minLength: 1, maxLength: 12 })
      .map((parts) => plainText(parts.map(([word, sep]) => `${word}${sep}`).join('')).text);
    fc.assert(
      fc.property(texts, (text) => {
        const read = matchable(foldCase(text));
        for (const [name, rules] of ruleLists(lexicon))
          for (const rule of rules) {
            const found = [...read.matchAll(new RegExp(rule.source, 'gu'))]
              .filter((match) => match[0].length > 0)
              .map((match) => [match.index, match.index + match[0].length]);
            expect([name, rule.id, text, found]).toEqual([name, rule.id, text, reference(rule.source, text)]);
          }
      }),
      { numRuns: 60 },
    );
  });

  it('hold no letter or digit beyond Latin, and never the stand-in (what matchable relies on)', () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    const data: Lexicon = lexiconData[locale];
    walk([data.slots, data.rules, data.words, data.scopes, data.evaluative, data.verbs]);
    expect(strings.length).toBeGreaterThan(1000);
    expect(strings.filter((text) => matchable(text) !== text || text.includes(standIn))).toEqual([]);
  });

  it('read the name particles the compiled lexicon has, without compiling it', () => {
    const compiledParticles = lexicon.words.nameParticles;
    expect(nameParticles[locale].keys()).toEqual(compiledParticles.keys());
    for (const key of compiledParticles.keys()) expect(nameParticles[locale].get(key)).toEqual(compiledParticles.get(key));
  });

  it('compile the training, practice and scope rules alone exactly as the whole lexicon has them', () => {
    const advice = compileAdviceRules(lexiconData[locale]);
    expect(advice.training).toEqual(lexicon.rules.training);
    expect(advice.practice).toEqual(lexicon.rules.practice);
    expect(advice.scopes).toEqual(lexicon.scopes);
    expect(advice.training.length + advice.practice.length + advice.scopes.length).toBeGreaterThan(3);
  });
});
