import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainText } from '../../src/core/index.js';
import { englishContractionsSpelledOut, originalSpan, plainText, shortFormsSpelledOut } from '../../src/core/index.js';

/** Every character of the spelled-out text has one start and one end in the caller's text, in order. */
function keepsOffsets(spellOut: (plain: PlainText) => PlainText, pieces: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const original = parts.join('');
      const plain = spellOut(plainText(original));
      expect(plain.starts.length).toBe(plain.text.length);
      expect(plain.ends.length).toBe(plain.text.length);
      for (let k = 0; k < plain.text.length; k++) {
        expect((plain.starts[k] as number) <= (plain.ends[k] as number)).toBe(true);
        expect((plain.ends[k] as number) <= original.length).toBe(true);
        if (k > 0) expect((plain.starts[k] as number) >= (plain.starts[k - 1] as number)).toBe(true);
      }
    }),
  );
}

describe('shortFormsSpelledOut', () => {
  const spelled = (text: string): string => shortFormsSpelledOut(plainText(text)).text;

  it("spells out 't, 'n, 'k, m'n and z'n, keeping the case of the short form", () => {
    expect(spelled("Voor 't einde van 't jaar blok 'k in m'n agenda 'n uur, z'n tijd.")).toBe(
      'Voor het einde van het jaar blok ik in mijn agenda een uur, zijn tijd.',
    );
    // One capital tells no more than a capital: *'T* and *'K* as *Het* and *Ik*.
    expect(spelled("'T IS M'N DOEL. M'n doel, 'K ga.")).toBe('Het IS MIJN DOEL. Mijn doel, Ik ga.');
  });

  it('spells out week and hours shortened, hours only after a number', () => {
    expect(spelled('Binnen 6 wkn, in wk 12, twice a wk, for 6 wks, 10 hrs, 1hr, 2 hr, Wk 3')).toBe(
      'Binnen 6 weken, in week 12, twice a week, for 6 weeks, 10 hours, 1 hour, 2 hour, Week 3',
    );
    expect(spelled('het WK, de WKS, de hr-afdeling, HR en finance, hrs')).toBe('het WK, de WKS, de hr-afdeling, HR en finance, hrs');
  });

  it('sets a unit glued to its number apart from it, and nothing else glued', () => {
    expect(spelled('4x per week, 5km, 20u, 10hrs, 30MIN, 2 kg, 10h')).toBe('4 x per week, 5 km, 20 u, 10 hours, 30 MIN, 2 kg, 10h');
    expect(spelled('4x')).toBe('4 x');
    const text = 'het 5S-plan, 3x3, 2e kwartaal, 4G, 3D, x4, a5km';
    expect(spelled(text)).toBe(text);
  });

  it('spells out per week, year and day shortened, and leaves p.m. (also the afternoon)', () => {
    expect(spelled('3x p.w. sporten, twice p/w, 2 dagen p.j., 1 uur p.d.')).toBe(
      '3 x per week sporten, twice per week, 2 dagen per jaar, 1 uur per dag',
    );
    const text = 'om 3 p.m., pw, p.w';
    expect(spelled(text)).toBe(text);
  });

  it('writes out a year of 2020 to 2049 shortened with an apostrophe, and nothing like it', () => {
    expect(spelled("In '27 haal ik het, eind ’31, deadline 30-09-'27, (Q2 '28)")).toBe(
      'In 2027 haal ik het, eind 2031, deadline 30-09-2027, (Q2 2028)',
    );
    const text = "de jaren '80, '19, '50, 'kwartaal' 27, rock 'n' roll, '270, x'27, '27'";
    expect(spelled(text)).toBe(text);
  });

  it('reads a slash before a unit of time as per, and no other slash', () => {
    expect(spelled('twice/month, 10 uur/maand, €50/Month, 2x/wk')).toBe('twice per month, 10 uur per maand, €50 per Month, 2 x per week');
    const text = 'en/of, 15/09/2027, 3/4 van de week, km/u, /week, de weekplanning/weekly';
    expect(spelled(text)).toBe(text);
  });

  it('leaves a short form that is part of a word or a quote alone', () => {
    const text = "de 'kwartaal' cijfers, rock 'n' roll, collega's, ok'k, wkend, m'nen";
    expect(spelled(text)).toBe(text);
    const plain = plainText(text);
    expect(shortFormsSpelledOut(plain)).toBe(plain);
  });

  it("leads every character of a full word back to its short form in the caller's text", () => {
    const original = "Voor  't einde\tvan m'n jaar";
    const plain = shortFormsSpelledOut(plainText(original));
    const at = plain.text.indexOf('het');
    expect(originalSpan(plain, at, at + 3)).toEqual({ start: 6, end: 8 });
    const mine = plain.text.indexOf('mijn');
    expect(original.slice(originalSpan(plain, mine, mine + 4).start, originalSpan(plain, mine, mine + 4).end)).toBe("m'n");
    const end = plain.text.length;
    expect(original.slice(originalSpan(plain, end - 4, end).start, originalSpan(plain, end - 4, end).end)).toBe('jaar');
  });

  it('keeps one start and one end per character, in order, within the text (property)', () => {
    const pieces = fc.constantFrom(
      "'t",
      "'n",
      "'k",
      "m'n",
      "Z'N",
      'wk',
      'wks',
      'wkn',
      'hrs',
      '10 ',
      ' ',
      '  ',
      'a',
      "'",
      '\t',
      'é',
      '/',
      'month',
    );
    keepsOffsets(shortFormsSpelledOut, pieces);
  });
});

describe('englishContractionsSpelledOut', () => {
  const spelled = (text: string): string => englishContractionsSpelledOut(plainText(text)).text;

  it("spells out a pronoun with 'm, 're or 've and a helping verb with n't, in the case of the short form", () => {
    expect(spelled("I'm sure we're done, they've left, you've won.")).toBe('I am sure we are done, they have left, you have won.');
    expect(spelled("I won't, can't, shan't; don't, doesn't, didn't, isn't, aren't, wasn't, weren't.")).toBe(
      'I will not, cannot, shall not; do not, does not, did not, is not, are not, was not, were not.',
    );
    expect(spelled("hasn't haven't hadn't wouldn't shouldn't couldn't mustn't needn't mightn't")).toBe(
      'has not have not had not would not should not could not must not need not might not',
    );
    expect(spelled("Don't. DON'T. Won't. I'M. i'm.")).toBe('Do not. DO NOT. Will not. I AM. i am.');
  });

  it("leaves it's, I'd, 'll and every other apostrophe as they are", () => {
    // *it's* is "it is" or "it has", *I'd* "I would" or "I had": the reader reads them as they stand.
    const text = "It's done, I'd go, I'll see, we'll try, the team's plan, rock 'n' roll, 'm, don'tt, xdon't";
    expect(spelled(text)).toBe(text);
    const plain = plainText(text);
    expect(englishContractionsSpelledOut(plain)).toBe(plain);
  });

  it("leads every character of the full words back to the short form in the caller's text", () => {
    const original = "From May  I won't skip it";
    const plain = englishContractionsSpelledOut(plainText(original));
    const at = plain.text.indexOf('will not');
    const span = originalSpan(plain, at, at + 'will not'.length);
    expect(original.slice(span.start, span.end)).toBe("won't");
    const end = plain.text.length;
    expect(original.slice(originalSpan(plain, end - 7, end).start, originalSpan(plain, end - 7, end).end)).toBe('skip it');
  });

  it('keeps one start and one end per character, in order, within the text (property)', () => {
    const pieces = fc.constantFrom("I'm", "don't", "won't", "CAN'T", "they've", "we're", "'", 'n', 't', ' ', 'a', 'é', '\t');
    keepsOffsets(englishContractionsSpelledOut, pieces);
  });
});
