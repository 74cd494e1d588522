import { describe, expect, it } from 'vitest';
import { evaluativeEvidence, langOf } from '../../src/agenda/evaluative.js';

describe('the language an agenda reads its texts in', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['NL', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'auto'],
    ['', 'auto'],
    [undefined, 'auto'],
  ] as const)('%s -> %s', (locale, lang) => {
    expect(langOf(locale)).toBe(lang);
  });
});

describe('evaluativeEvidence: the words of an agenda point that rate or pay', () => {
  it('quotes each word once, title first, and at most five', () => {
    const words = evaluativeEvidence(
      'Salaris, bonus en beoordeling bespreken',
      'Ook de loonsverhoging, de periodiek, de trede in de schaal en mijn cijfer voor mijn werk',
      'nl',
    );
    expect(words).toEqual(['Salaris', 'bonus', 'beoordeling', 'loonsverhoging', 'cijfer voor mijn werk']);
  });

  it('does not repeat a word found twice in the same spelling', () => {
    expect(evaluativeEvidence('Bonus bespreken', 'de bonus van dit jaar en de bonus van vorig jaar', 'nl')).toEqual(['Bonus', 'bonus']);
  });

  it('finds nothing in a point that looks ahead', () => {
    expect(evaluativeEvidence('Presenteren voor klanten', 'Ik wil vaker demo’s geven', 'nl')).toEqual([]);
  });
});
