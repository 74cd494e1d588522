import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, namesUnquoted, ordinaryCase, originalSpan, plainText } from '../../src/core/index.js';
import { analyzeGoalText } from '../../src/agreements/index.js';

const blanks = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u202f', '\u3000', '\u2028'];
const pieces = fc.oneof(
  fc.constantFrom(...blanks, '\u200b', '\u00ad', '\ufeff', 'e\u0301', 'o\u0308', 'a\u0301\u0301\u0301\u0301\u0301\u0301', '\ud83d\ude00'),
  fc.string({ maxLength: 6 }),
);
const messy = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('plainText: untrusted text read once into a plain form', () => {
  it('collapses every kind of white space, drops invisible characters and composes accents', () => {
    expect(plainText('  Ik\t\u00a0ga\u2003 vo\u0301o\u0301r\u200b 1 juni  ').text).toBe('Ik ga vóór 1 juni');
    expect(plainText('eerste regel \r\n\t tweede').text).toBe('eerste regel\ntweede');
    expect(plainText('\u200b\u00ad').text).toBe('');
  });

  it('keeps at most four combining marks on a letter', () => {
    expect(plainText(`a${'\u0301'.repeat(10_000)}b`).text.length).toBeLessThanOrEqual(6);
  });

  it('is idempotent, has no double blanks and no blanks at the ends', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const plain = plainText(text).text;
        expect(plainText(plain).text).toBe(plain);
        expect(plain).not.toMatch(/[ \n]{2}|^[ \n]|[ \n]$/u);
        expect(plain).not.toMatch(/[\t\u00a0\u2003\u200b\u00ad\ufeff]/u);
      }),
    );
  });

  it('maps every character back into the original, in order', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const plain = plainText(text);
        expect(plain.starts).toHaveLength(plain.text.length);
        expect(plain.ends).toHaveLength(plain.text.length);
        for (let i = 0; i < plain.text.length; i++) {
          const start = plain.starts[i] as number;
          const end = plain.ends[i] as number;
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(plain.starts[i - 1] as number);
          // A letter maps to itself (up to composition); a blank to a run of blanks.
          const char = plain.text[i] as string;
          const source = text.slice(start, end);
          if (char === ' ' || char === '\n') expect(source.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '').trim()).toBe('');
          else
            expect(
              source.normalize('NFC').includes(char) ||
                (char === "'" && /^[\u2018\u2019\u201b\u02bc\u2032]$/u.test(source)) ||
                (char === '"' && /^[\u201c-\u201f\u2033]$/u.test(source)),
            ).toBe(true);
        }
        // The whole plain text spans the original from its first to its last visible character.
        if (plain.text.length > 0) {
          const whole = originalSpan(plain, 0, plain.text.length);
          expect(plainText(text.slice(whole.start, whole.end)).text).toBe(plain.text);
        }
      }),
    );
  });
});

describe('plainText: what a word processor or a mail program adds', () => {
  it('makes typographic apostrophes and quotes plain, one character for one', () => {
    const plain = plainText('Ik word BHV\u2019er en lees \u201cCrucial Conversations\u201d.');
    expect(plain.text).toBe('Ik word BHV\'er en lees "Crucial Conversations".');
    expect(plain.starts).toHaveLength(plain.text.length);
  });

  it('reads a line that was only wrapped as one line, and keeps lists, headings and new sentences apart', () => {
    expect(plainText('Ik rond de cursus Excel voor\n1 juni af en bespreek het\nresultaat met mijn team.').text).toBe(
      'Ik rond de cursus Excel voor\n1 juni af en bespreek het resultaat met mijn team.',
    );
    expect(plainText('Ik ga leren plannen,\nzodat ik minder overwerk.').text).toBe('Ik ga leren plannen, zodat ik minder overwerk.');
    // A new line after a full stop, before a capital or a bullet stays a break.
    expect(plainText('Cursus afronden.\ndaarna een presentatie').text).toBe('Cursus afronden.\ndaarna een presentatie');
    expect(plainText('Doel: Excel\nDeadline: 1 juni').text).toBe('Doel: Excel\nDeadline: 1 juni');
    expect(plainText('- cursus afronden\n- presentatie geven').text).toBe('- cursus afronden\n- presentatie geven');
    // A writer who starts in lower case may write a list without bullets: the breaks stay.
    expect(plainText('cursus afronden\npresentatie geven').text).toBe('cursus afronden\npresentatie geven');
  });

  it('reads a text wholly between quotation marks as the text inside them, and keeps quotes inside a text', () => {
    expect(plainText('\u201cIk rond de cursus af.\u201d').text).toBe('Ik rond de cursus af.');
    expect(plainText('"Ik rond de cursus af".').text).toBe('Ik rond de cursus af.');
    expect(plainText('Ik lees "Crucial Conversations" voor juni.').text).toBe('Ik lees "Crucial Conversations" voor juni.');
    expect(plainText('"Excel" en "Word" leren').text).toBe('"Excel" en "Word" leren');
    expect(plainText('""').text).toBe('""');
  });
});

describe('namesUnquoted: quotation marks around a name or a title', () => {
  it('drops a pair of quotes around words, and no apostrophe', () => {
    const cases: [string, string][] = [
      ["Before the 'Black Friday' sale, redo the window.", 'Before the Black Friday sale, redo the window.'],
      ['Voor de "Black Friday"-actie richt ik de etalage in.', 'Voor de Black Friday-actie richt ik de etalage in.'],
      ["(zie 'Werkwijze 2027') en ga door", '(zie Werkwijze 2027) en ga door'],
      ["'k ga de cursus 'Python voor data-analisten' doen", "'k ga de cursus Python voor data-analisten doen"],
      ["Ik help BHV'ers en collega's met de cao", "Ik help BHV'ers en collega's met de cao"],
      ["I'll review my students' work", "I'll review my students' work"],
      ["an 'open quote and no close", "an 'open quote and no close"],
    ];
    for (const [text, want] of cases) expect(namesUnquoted(plainText(text)).text).toBe(want);
  });

  it('maps what is left back into the original, character for character, and is idempotent', () => {
    const quoted = fc
      .array(fc.constantFrom("'", '"', ' ', 'a', 'B', '1', '(', ')', '-', '.', "k'", 'x y'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(quoted, messy), (text) => {
        const plain = plainText(text);
        const bare = namesUnquoted(plain);
        expect(bare.starts).toHaveLength(bare.text.length);
        expect(bare.ends).toHaveLength(bare.text.length);
        for (let i = 0; i < bare.text.length; i++) {
          const at = plain.starts.indexOf(bare.starts[i] as number);
          expect(at).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(bare.starts[i] as number).toBeGreaterThanOrEqual(bare.starts[i - 1] as number);
        }
        // Only quotation marks go, two by two.
        expect((plain.text.length - bare.text.length) % 2).toBe(0);
        expect(bare.text.replace(/["']/gu, '')).toBe(plain.text.replace(/["']/gu, ''));
        expect(namesUnquoted(bare).text).toBe(bare.text);
      }),
    );
  });
});

describe('ordinaryCase: capitals that say nothing about names', () => {
  it('reads a text in capitals or in title case in sentence case, and leaves sentence case as it is', () => {
    expect(ordinaryCase('IK HAAL MIJN VCA VOOR 1 JUNI.')).toBe('Ik haal mijn vca voor 1 juni.');
    expect(ordinaryCase('SNELLER WERKEN.')).toBe('Sneller werken.');
    expect(ordinaryCase('Get Better At Using Excel. Then Teach HR.')).toBe('Get better at using excel. Then teach HR.');
    expect(ordinaryCase('Have PRINCE2 And AZ-900 Passed By The Summer')).toBe('Have PRINCE2 and AZ-900 passed by the summer');
    // Names in sentence case, and a short run of names, stay as written.
    expect(ordinaryCase('Ik volg de training Lean Six Sigma Green Belt bij TNO.')).toBe(
      'Ik volg de training Lean Six Sigma Green Belt bij TNO.',
    );
    expect(ordinaryCase('Lean Six Sigma Green Belt behalen')).toBe('Lean Six Sigma Green Belt behalen');
    expect(ordinaryCase('I Will Finish It')).toBe('I will finish it');
  });

  it('changes only the case, keeps the length and is idempotent', () => {
    const words = fc.constantFrom(
      'IK',
      'Ga',
      'de',
      'Cursus',
      'PRINCE2',
      'At',
      'excel',
      'HR',
      'İ',
      'ß',
      'Één',
      '.',
      ',',
      '\n',
      ' ',
      '-',
      'a',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 30 }).map((parts) => parts.join(' ')),
        (text) => {
          const cased = ordinaryCase(text);
          expect(cased).toHaveLength(text.length);
          expect(cased.toLowerCase()).toBe(text.toLowerCase());
          expect(ordinaryCase(cased)).toBe(cased);
        },
      ),
    );
  });
});

describe('evidence points into the text as written', () => {
  it('maps spans over odd white space back to the caller’s positions', () => {
    const text = 'Ik\u00a0geef   vóór\u200b 1\tjuni een presentatie';
    const analysis = analyzeGoalText(text, { locale: 'nl' });
    expect(analysis.timeBound.status).toBe('met');
    for (const span of [...analysis.timeBound.evidence, ...analysis.measurable.evidence, ...analysis.specific.evidence]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(analysis.timeBound.evidence[0]?.text).toBe('vóór\u200b 1\tjuni');
  });

  it('keeps evidence equal to the slice of the input for any text', () => {
    fc.assert(
      fc.property(messy, fc.constantFrom('nl' as const, 'en' as const), (text, locale) => {
        const analysis = analyzeGoalText(`Ik geef ${text} voor 1 juni 2 presentaties`, { locale });
        const input = `Ik geef ${text} voor 1 juni 2 presentaties`;
        for (const verdict of [analysis.specific, analysis.measurable, analysis.timeBound]) {
          for (const span of verdict.evidence) expect(input.slice(span.start, span.end)).toBe(span.text);
        }
      }),
    );
  });
});

/** Every code point but the surrogates, each as a string. */
function codePoints(): string[] {
  const all: string[] = [];
  for (let point = 0; point <= 0x10ffff; point++) if (point < 0xd800 || point > 0xdfff) all.push(String.fromCodePoint(point));
  return all;
}

const escapeChar = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');

describe('foldCase: the case a case-insensitive Unicode RegExp ignores', () => {
  it('keeps the length, position for position, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        const folded = foldCase(text);
        expect(folded).toHaveLength(text.length);
        expect(foldCase(folded)).toBe(folded);
        for (let at = 0; at < text.length; at++) {
          const code = text.charCodeAt(at);
          // A surrogate stays a surrogate: no character changes its length.
          expect(code >= 0xd800 && code <= 0xdfff).toBe(folded.charCodeAt(at) >= 0xd800 && folded.charCodeAt(at) <= 0xdfff);
        }
      }),
    );
    expect(foldCase('VOOR 1 JUNI, İstanbul, ſeptember, ΣΟΦΟΣ')).toBe('voor 1 juni, İstanbul, september, σοφοσ');
  });

  it('folds two characters to the same one exactly when /x/iu takes one for the other (every code point)', () => {
    const all = codePoints();
    const whole = all.join('');
    expect(foldCase(whole)).toHaveLength(whole.length);
    // The characters with a case: only they can be taken for another one.
    const cased = all.filter((char) => char.toUpperCase() !== char || char.toLowerCase() !== char);
    const anyCased = new RegExp(`[${cased.map(escapeChar).join('')}]`, 'giu');
    expect([...whole.matchAll(anyCased)].filter((match) => !cased.includes(match[0]))).toEqual([]);
    const folded = new Map(cased.map((char) => [char, foldCase(char)]));
    const casedText = cased.join('');
    const problems: string[] = [];
    for (const char of cased) {
      const same = new Set([...casedText.matchAll(new RegExp(escapeChar(char), 'giu'))].map((match) => match[0]));
      for (const other of cased) if (same.has(other) !== (folded.get(other) === folded.get(char))) problems.push(`${char} ${other}`);
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
  });
});
