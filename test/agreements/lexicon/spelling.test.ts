import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/agreements/lexicon/index.js';
import { settledSpelling } from '../../../src/agreements/lexicon/index.js';
import { settledLexicon } from '../../../src/agreements/lexicon/spelling.js';

describe('settledSpelling', () => {
  it('leaves out diaereses, in both languages and both cases', () => {
    expect(settledSpelling('coördinator ideeën Ëen', 'nl')).toBe('coordinator ideeen Een');
    expect(settledSpelling('naïve Zoë', 'en')).toBe('naive Zoe');
  });

  it('keeps acute and grave accents: één is no een, vóór no voor', () => {
    expect(settledSpelling('één keer vóór 1 juni, à la carte', 'nl')).toBe('één keer vóór 1 juni, à la carte');
  });

  it('reads -ize as -ise and -yze as -yse in English, three letters after the start at least', () => {
    expect(settledSpelling('Organize, organized, reorganization, ANALYZE, prioritizing, organizers', 'en')).toBe(
      'Organise, organised, reorganisation, ANALYSE, prioritising, organisers',
    );
    expect(settledSpelling('size prize seize sized citizen horizon', 'en')).toBe('size prize seize sized citizen horizon');
    expect(settledSpelling('organize', 'nl')).toBe('organize');
  });

  it('keeps the length, so every offset stays valid, and settles once for all (idempotent)', () => {
    const pieces = fc.constantFrom("'K", 'ë', 'Ï', 'ize', 'yzed', 'IZING', 'organ', ' ', 'a', "'", 'z', 'é', '1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom('nl' as const, 'en' as const), (parts, lang) => {
        const text = parts.join('');
        const settled = settledSpelling(text, lang);
        expect(settled.length).toBe(text.length);
        expect(settledSpelling(settled, lang)).toBe(settled);
      }),
    );
  });

  it('settles every string of a lexicon, keys and other values as they are', () => {
    const data = { locale: 'en', words: { verbs: ['organize', 'naïve'] }, nested: [{ n: 3, b: true, x: null, organize: 'analyzed' }] };
    expect(settledLexicon(data as unknown as Lexicon)).toEqual({
      locale: 'en',
      words: { verbs: ['organise', 'naive'] },
      nested: [{ n: 3, b: true, x: null, organize: 'analysed' }],
    });
  });
});
