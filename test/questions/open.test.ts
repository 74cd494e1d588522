import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/index.js';
import { isOpenQuestion } from '../../src/questions/index.js';

interface Labelled {
  readonly open: boolean;
  readonly text: string;
}

function labelled(locale: Locale): Labelled[] {
  return readFileSync(join(import.meta.dirname, `open-questions.${locale}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, text] = line.split('\t');
      if ((label !== 'open' && label !== 'closed') || text === undefined) throw new Error(`bad line: ${line}`);
      return { open: label === 'open', text };
    });
}

describe('isOpenQuestion', () => {
  describe.each(['nl', 'en'] as const)('the labelled set (%s)', (locale) => {
    const set = labelled(locale);

    it('has at least 100 questions, with both labels well represented', () => {
      expect(set.length).toBeGreaterThanOrEqual(100);
      expect(set.filter((q) => q.open).length).toBeGreaterThanOrEqual(40);
      expect(set.filter((q) => !q.open).length).toBeGreaterThanOrEqual(40);
    });

    it('classifies every question as labelled', () => {
      const wrong = set.filter((q) => isOpenQuestion(q.text, locale) !== q.open).map((q) => `${q.open ? 'open' : 'closed'}: ${q.text}`);
      expect(wrong).toEqual([]);
    });
  });

  it.each([
    ['nl', 'Wat geeft je energie?', true],
    ['nl', 'Ben je tevreden?', false],
    ['nl', 'Heb je hulp nodig?', false],
    ['nl', 'Is er nog iets?', false],
    ['nl', 'Vertel eens over je week.', true],
    ['nl', 'Welke taak past bij je?', true],
    ['nl', 'Hoe gaat het?', true],
    ['en', 'How did it go?', true],
    ['en', 'Do you like it?', false],
    ['en', 'Describe your week.', true],
  ] as const)('%s: %s -> %s', (locale, text, open) => {
    expect(isOpenQuestion(text, locale)).toBe(open);
  });

  it('does not read a Dutch question as English or the other way round when the words differ', () => {
    expect(isOpenQuestion('Wat wil je leren?', 'en')).toBe(false);
    expect(isOpenQuestion('Do you want to learn?', 'nl')).toBe(false);
  });

  it('answers false for text that asks nothing, and for input that is not a string or not a locale', () => {
    expect(isOpenQuestion('', 'nl')).toBe(false);
    expect(isOpenQuestion('Het weer is mooi.', 'nl')).toBe(false);
    expect(isOpenQuestion(42 as unknown as string, 'en')).toBe(false);
    expect(isOpenQuestion('What now?', 'de' as Locale)).toBe(false);
  });

  it('ignores case and surrounding punctuation', () => {
    expect(isOpenQuestion('  "WAT wil je leren?"  ', 'nl')).toBe(true);
    expect(isOpenQuestion('…and how did that feel?', 'en')).toBe(true);
  });

  it('never throws and always answers a boolean, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom<Locale>('nl', 'en'), (text, locale) => {
        expect(typeof isOpenQuestion(text, locale)).toBe('boolean');
      }),
    );
  });

  it('keeps its verdict when the question is lower-cased or padded', () => {
    const all = [...labelled('nl').map((q) => ['nl', q.text] as const), ...labelled('en').map((q) => ['en', q.text] as const)];
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('', ' ', '\n', '  '), ([locale, text], pad) => {
        expect(isOpenQuestion(`${pad}${text.toLowerCase()}${pad}`, locale)).toBe(isOpenQuestion(text, locale));
      }),
    );
  });
});
