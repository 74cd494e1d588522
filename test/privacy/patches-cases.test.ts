// Worked cases for erasing kept patches (patches.ts): colleague feedback with anonymous answers, lists
// that are no texts, empty texts, deep values and patches that cannot be read.
import { describe, expect, it } from 'vitest';
import type { ConversationPatch } from '../../src/index.js';
import { erasedText, redactPatches } from '../../src/index.js';

const add = (path: (string | number)[], value: unknown): ConversationPatch => ({ op: 'add', path, value }) as ConversationPatch;

describe('redactPatches', () => {
  it('erases shared feedback: the question, every anonymous answer and each signed text, not the names', () => {
    const [erased] = redactPatches([
      add(['preparation', 'feedback', 0], {
        question: 'Wat doet Sanne goed?',
        anonymous: ['Ze luistert goed.', 'Ze houdt overzicht.'],
        signed: [{ name: 'Ahmed', text: 'Ze neemt initiatief.' }],
      }),
    ]);
    expect(erased?.value).toStrictEqual({
      question: erasedText,
      anonymous: [erasedText, erasedText],
      signed: [{ name: 'Ahmed', text: erasedText }],
    });
  });

  it('keeps what is no free text: ids, dates, numbers, flags, lists of ids and empty texts', () => {
    const note = {
      id: 'note-1',
      phase: 'currentSituation',
      text: '',
      by: 'employee',
      at: '2027-03-15T10:08:00+01:00',
      order: 3,
      private: true,
    };
    const [erased, goals, plain] = redactPatches([
      add(['notes', 0], note),
      add(['agreements', 0, 'goalIds'], ['data', 'klant']),
      add(['agreements', 0, 'what'], 'Cursus Excel afronden'),
    ]);
    expect(erased?.value).toStrictEqual(note);
    expect(goals?.value).toStrictEqual(['data', 'klant']);
    expect(plain?.value).toBe(erasedText);
  });

  it('reads the texts of a value by the last key of its path, and a list index as no text key', () => {
    const [text, item] = redactPatches([add(['notes', 0, 'text'], 'Burn-out in 2026'), add(['tags', 0], 'Burn-out in 2026')]);
    expect(text?.value).toBe(erasedText);
    expect(item?.value).toBe('Burn-out in 2026');
  });

  it('erases texts 64 levels deep, and survives a value nested far deeper', () => {
    const nest = (levels: number, leaf: unknown): unknown => {
      let value = leaf;
      for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { inner: value } : [value];
      return value;
    };
    const [shallow] = redactPatches([add(['x'], nest(64, { text: 'Geheim' }))]);
    expect(JSON.stringify(shallow?.value)).toContain(erasedText);
    expect(JSON.stringify(shallow?.value)).not.toContain('Geheim');
    // Far deeper than any state: the top-level text is still erased, nothing throws.
    const [deep] = redactPatches([add(['notes', 0], { text: 'Geheim', inner: nest(20_000, { text: 'diep' }) })]);
    expect((deep?.value as { text: string } | undefined)?.text).toBe(erasedText);
  });

  it('passes patches without a value, and anything that is no patch, through as they are', () => {
    const remove = { op: 'remove', path: ['notes', 0] } as unknown as ConversationPatch;
    const throwing = {
      op: 'add',
      path: ['notes', 0],
      get value(): unknown {
        throw new Error('unreadable');
      },
    } as unknown as ConversationPatch;
    const odd = [remove, throwing, null, 'patch'] as unknown as ConversationPatch[];
    const out = redactPatches(odd);
    expect(out.length).toBe(4);
    expect(out.every((patch, index) => patch === odd[index])).toBe(true);
    expect(redactPatches(null as unknown as ConversationPatch[])).toStrictEqual([]);
    expect(Object.isFrozen(redactPatches('patches' as unknown as ConversationPatch[]))).toBe(true);
  });
});
