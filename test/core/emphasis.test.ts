import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emojiBetweenWordsDropped, emphasisUnmarked, originalSpan, plainText } from '../../src/core/index.js';

const unmarked = (text: string): string => emphasisUnmarked(plainText(text)).text;

describe('emphasisUnmarked: marks of emphasis around words', () => {
  it('drops a pair of marks around words, of each kind and length', () => {
    const cases: [string, string][] = [
      ['**Binnen** zes weken maak ik een dashboard.', 'Binnen zes weken maak ik een dashboard.'],
      ['Ik rond *voor 1 juni* de cursus af.', 'Ik rond voor 1 juni de cursus af.'],
      ['Ik rond _voor 1 juni_ de cursus af.', 'Ik rond voor 1 juni de cursus af.'],
      ['__Doel:__ de cursus afronden, ~~misschien~~ zeker.', 'Doel: de cursus afronden, misschien zeker.'],
      ['(**vóór 1 juni**) en ***dan*** pas.', '(vóór 1 juni) en dan pas.'],
      ['Mijn omzet met **15**% verhogen, **3**/4 af.', 'Mijn omzet met 15% verhogen, 3/4 af.'],
      // A pair that closes at the very end, and a mark after a closed pair that opens nothing.
      ['Ik rond de cursus af **voor 1 juni**', 'Ik rond de cursus af voor 1 juni'],
      ['**a** en b** c', 'a en b** c'],
    ];
    for (const [text, want] of cases) expect(unmarked(text)).toBe(want);
  });

  it('keeps a bullet, a lone star, a mark inside a word and a mark never closed', () => {
    for (const text of [
      '* Ik rond de cursus af',
      'Ik rond de cursus af*',
      'bestand naam_achternaam_2027.xlsx',
      'Ik reken 3 * 4 uit',
      'Een *open mark zonder einde',
      'a_b_ en _c',
    ])
      expect(unmarked(text)).toBe(text);
    const plain = plainText('geen tekens');
    expect(emphasisUnmarked(plain)).toBe(plain);
  });

  it("leads what is left back into the caller's text", () => {
    const original = 'Ik rond **voor 1 juni** af';
    const plain = emphasisUnmarked(plainText(original));
    const at = plain.text.indexOf('voor 1 juni');
    const span = originalSpan(plain, at, at + 'voor 1 juni'.length);
    expect(original.slice(span.start, span.end)).toBe('voor 1 juni');
  });

  it('drops only marks, two of a kind at a time, keeps the order of offsets and is idempotent (property)', () => {
    const pieces = fc.constantFrom('*', '**', '_', '__', '~', ' ', 'a', 'B', '1', '(', ')', '.', '%', 'x y', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const plain = plainText(parts.join(''));
        const bare = emphasisUnmarked(plain);
        expect(bare.starts).toHaveLength(bare.text.length);
        expect(bare.ends).toHaveLength(bare.text.length);
        for (let i = 1; i < bare.text.length; i++) expect(bare.starts[i] as number).toBeGreaterThanOrEqual(bare.starts[i - 1] as number);
        expect(bare.text.replace(/[*_~]/gu, '')).toBe(plain.text.replace(/[*_~]/gu, ''));
        expect((plain.text.length - bare.text.length) % 2).toBe(0);
        expect(emphasisUnmarked(bare).text).toBe(bare.text);
      }),
    );
  });
});

describe('emojiBetweenWordsDropped: an emoji between the words of a sentence', () => {
  const dropped = (text: string): string => emojiBetweenWordsDropped(plainText(text)).text;

  it('drops an emoji (with its modifiers) and the blank after it between two words', () => {
    expect(dropped('Binnen 💪 zes weken maak ik een dashboard.')).toBe('Binnen zes weken maak ik een dashboard.');
    expect(dropped('Ik rond 👍🏽 de cursus af, 🙂 echt waar')).toBe('Ik rond de cursus af, echt waar');
    expect(dropped('Be 20% 💪 happier at work by Q4.')).toBe('Be 20% happier at work by Q4.');
    expect(dropped('Ik loop 5 ❤️ 10 km')).toBe('Ik loop 5 10 km');
  });

  it('keeps one at the start, at the end and before a capital, where a sentence may end', () => {
    for (const text of ['💪 Ik ga ervoor', 'Ik rond de cursus af 👍', 'Ik rond de cursus af 👍 Daarna ga ik verder', 'Geen emoji hier'])
      expect(dropped(text)).toBe(text);
    const plain = plainText('Geen emoji hier');
    expect(emojiBetweenWordsDropped(plain)).toBe(plain);
  });

  it('drops one before a capital when the word before it never ends a sentence, as the caller says', () => {
    const neverLast = (word: string): boolean => ['de', 'the', 'of'].includes(word);
    const read = (text: string): string => emojiBetweenWordsDropped(plainText(text), neverLast).text;
    expect(read('Voor de 🙂 Black Friday-actie')).toBe('Voor de Black Friday-actie');
    expect(read('By the end of 🙂 June, THE 🙂 Team')).toBe('By the end of June, THE Team');
    // A run of emoji goes as one.
    expect(read('By the end of 🙂👍🏽 June')).toBe('By the end of June');
    // Any other word may end a sentence: the emoji stays.
    expect(read('Ik rond de cursus af 👍 Daarna ga ik verder')).toBe('Ik rond de cursus af 👍 Daarna ga ik verder');
    // Only the whole word counts: "ode" ends in "de", "Excel" is no word of the list.
    expect(read('Een ode 🙂 Daarna')).toBe('Een ode 🙂 Daarna');
    expect(read(`${'x'.repeat(40)}de 🙂 Daarna`)).toBe(`${'x'.repeat(40)}de 🙂 Daarna`);
  });

  it("leads what is left back into the caller's text", () => {
    const original = 'Binnen 💪 zes weken';
    const plain = emojiBetweenWordsDropped(plainText(original));
    const at = plain.text.indexOf('zes weken');
    const span = originalSpan(plain, at, at + 'zes weken'.length);
    expect(original.slice(span.start, span.end)).toBe('zes weken');
  });

  it('drops only emoji and blanks, keeps the order of offsets and is idempotent (property)', () => {
    const pieces = fc.constantFrom('💪', '👍🏽', '❤️', ' ', 'a', 'B', '1', '%', '.', 'x y');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const plain = plainText(parts.join(''));
        const bare = emojiBetweenWordsDropped(plain);
        expect(bare.starts).toHaveLength(bare.text.length);
        for (let i = 1; i < bare.text.length; i++) expect(bare.starts[i] as number).toBeGreaterThanOrEqual(bare.starts[i - 1] as number);
        const letters = (text: string): string => text.replace(/[^\p{L}\p{N}%.]/gu, '');
        expect(letters(bare.text)).toBe(letters(plain.text));
        expect(emojiBetweenWordsDropped(bare).text).toBe(bare.text);
      }),
    );
  });
});
