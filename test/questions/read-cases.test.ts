// Reading a bank entry by entry, worked out: what a host sees when its bank cannot be read, is too
// large, names its questions oddly, misses a text, or keeps changing a bank it selects from.
import { describe, expect, it } from 'vitest';
import { selectQuestions, validateQuestionBank } from '../../src/questions/index.js';
import { question } from './fixtures.js';

const brief = (bank: unknown): unknown[] => validateQuestionBank(bank).findings.map((f) => [f.code, f.path.join('.'), f.params]);

/** An array whose length cannot be read: the reader meets `thrown`. */
const unreadable = (thrown: unknown): unknown =>
  new Proxy([], {
    get(target, key) {
      if (key === 'length') throw thrown;
      return Reflect.get(target, key);
    },
  });

describe('a bank that cannot be read', () => {
  it('names the cause, cut to 200 characters, also when the cause is no Error or cannot be written', () => {
    expect(brief(unreadable(new Error('permission denied')))).toEqual([['question.bank.unreadable', '', { detail: 'permission denied' }]]);
    expect(brief(unreadable(new Error('x'.repeat(300))))).toEqual([['question.bank.unreadable', '', { detail: 'x'.repeat(200) }]]);
    expect(brief(unreadable('y'.repeat(300)))).toEqual([['question.bank.unreadable', '', { detail: 'y'.repeat(200) }]]);
    const mute = {
      toString(): string {
        throw new Error('no text');
      },
    };
    expect(brief(unreadable(mute))).toEqual([['question.bank.unreadable', '', { detail: 'unknown' }]]);
  });

  it('takes a bank of 100,000 entries and refuses one more', () => {
    expect(validateQuestionBank(new Array(100_000)).ok).toBe(true);
    expect(brief(new Array(100_001))).toEqual([['question.bank.tooLarge', '', { size: 100_001, maximum: 100_000 }]]);
  });
});

describe('naming a question in a finding', () => {
  it('by its id as written without the spaces around it, cut to 200 characters, or by its place when it has none', () => {
    const ids = (bank: unknown[]): unknown[] =>
      validateQuestionBank(bank)
        .findings.filter((f) => f.code === 'question.translation.missing')
        .map((f) => (f.params['question'] as { id: string }).id);
    const noEnglish = (id: string): unknown => ({ ...question(id), text: { nl: 'Wat wil je leren?' } });
    expect(ids([noEnglish('  onboarding  '), noEnglish('   '), noEnglish('z'.repeat(300))])).toEqual(['onboarding', '#1', 'z'.repeat(200)]);
  });

  it('by its text in the language it has, without the spaces around it, or by nothing when it has none', () => {
    const refs = (text: unknown): unknown[] =>
      validateQuestionBank([{ ...question('q'), text }]).findings.map((f) => [f.params['locale'], f.params['question']]);
    expect(refs({ nl: 42, en: '  What do you want to learn?  ' })).toEqual([
      ['nl', { kind: 'question', id: 'q', title: 'What do you want to learn?' }],
    ]);
    expect(refs({ nl: '  Wat wil je leren?  ', en: '' })).toEqual([['en', { kind: 'question', id: 'q', title: 'Wat wil je leren?' }]]);
    expect(refs({ nl: ' ', en: '' })).toEqual([
      ['nl', { kind: 'question', id: 'q' }],
      ['en', { kind: 'question', id: 'q' }],
    ]);
  });

  it('keeps the schema’s own finding where a text is too long or a language unknown, and cuts an unknown phase to 200 characters', () => {
    expect(brief([{ ...question('q'), text: { nl: 'W'.repeat(3000), en: 'What?' } }])).toEqual([
      ['input.too_big.string', '0.text.nl', { maximum: 2000 }],
    ]);
    expect(brief([{ ...question('q'), text: { nl: 'Wat?', en: 'What?', de: 'Was?' } }])).toEqual([
      ['input.unrecognized_keys', '0.text', { keys: ['de'] }],
    ]);
    const [code, path, params] = brief([question('q', { phase: 'x'.repeat(300) as never })])[0] as [string, string, { phase: string }];
    expect([code, path, params.phase]).toEqual(['question.phase.unknown', '0.phase', 'x'.repeat(200)]);
  });

  it('reports a repeated id that ends in #', () => {
    expect(brief([question('intake#'), question('intake#')]).map((f) => (f as unknown[])[0])).toEqual(['question.id.duplicate']);
  });

  it('reports a repeated id that starts with #, as the host wrote it (only the stand-in for a missing id is left out)', () => {
    expect(brief([question('#a'), question('#a')]).map((f) => (f as unknown[])[0])).toEqual(['question.id.duplicate']);
    expect(brief([question('#1'), question('#1')]).map((f) => (f as unknown[])[0])).toEqual(['question.id.duplicate']);
  });
});

describe('the host’s own data', () => {
  it('is copied as it is, numbers and strings included, and a key the host left out stays out', () => {
    const meta = { owner: 'hr', weight: 3, none: null, tags: ['a', 'b'], nested: { level: 2 } };
    const result = validateQuestionBank([question('with', { meta }), question('without')]);
    if (!result.ok) throw new Error('expected a valid bank');
    const [withMeta, without] = result.value;
    expect(withMeta?.meta).toEqual(meta);
    expect(withMeta?.meta === meta).toBe(false);
    expect(Object.isFrozen(meta.nested)).toBe(false);
    expect(Object.keys(without ?? {})).toEqual(['schemaVersion', 'id', 'text', 'phase', 'category', 'audience', 'topics', 'kinds']);
  });
});

describe('a bank the host may still change', () => {
  const frozen = <T>(value: T): T => {
    if (value !== null && typeof value === 'object') for (const part of Object.values(value)) frozen(part);
    return Object.freeze(value);
  };
  const texts = (bank: unknown): unknown => {
    const result = selectQuestions(bank, { count: 10, locale: 'en', balance: false });
    return result.ok ? [...(result.value.texts ?? [])].sort() : result.findings;
  };

  it('is read again when the list is not frozen, even if its questions are', () => {
    const bank = [frozen(question('a'))];
    expect(texts(bank)).toEqual(['What would you like to say about a?']);
    bank.push(frozen(question('b')));
    expect(texts(bank)).toEqual(['What would you like to say about a?', 'What would you like to say about b?']);
  });

  it('is read again when one question in a frozen list is not frozen', () => {
    const open = { ...question('b'), text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' } };
    const bank = Object.freeze([frozen(question('a')), open]);
    expect(texts(bank)).toEqual(['What do you want to learn?', 'What would you like to say about a?']);
    open.text.en = 'What would help you grow?';
    expect(texts(bank)).toEqual(['What would help you grow?', 'What would you like to say about a?']);
  });
});
