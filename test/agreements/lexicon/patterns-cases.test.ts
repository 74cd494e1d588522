// How a lexicon template becomes a RegExp, case by case: the errors a lexicon author meets, the
// pieces that only look like a slot, exceptions on either side of an entry, and the parts a `?`
// makes optional. Found by mutation testing of patterns.ts (first measurement 79.1 %).
import { describe, expect, it } from 'vitest';
import { compiled } from '../../../src/agreements/lexicon/index.js';
import { compileTemplate, guardedAlternation, part, piece, scan } from '../../../src/agreements/lexicon/patterns.js';

/** The whole-word matches of a template in a folded text. */
const matches = (pattern: string, slots: Readonly<Record<string, readonly string[]>>, text: string): string[] =>
  scan([{ id: 't', source: compileTemplate({ pattern }, slots) }], text).map((match) => text.slice(match.start, match.end));

describe('compileTemplate: the errors a lexicon author meets name the template and what is wrong', () => {
  it('refuses an unknown primitive, an unknown or empty slot, an unclosed brace and a template without a required part', () => {
    expect(() => compileTemplate({ pattern: 'voor {#nope}' }, {})).toThrow('template "voor {#nope}": unknown primitive #nope');
    expect(() => compileTemplate({ pattern: 'voor {month}' }, {})).toThrow('template "voor {month}": unknown slot month');
    expect(() => compileTemplate({ pattern: 'voor {month}' }, { month: [] })).toThrow('template "voor {month}": unknown slot month');
    expect(() => compileTemplate({ pattern: 'voor {month' }, { month: ['juni'] })).toThrow('template "voor {month": unclosed brace');
    expect(() => compileTemplate({ pattern: 'voor? {month?}' }, { month: ['juni'] })).toThrow(
      'template "voor? {month?}" has no required part',
    );
  });

  it('compiles a template whose slots and primitives are all known', () => {
    expect(matches('voor {#day} {month}', { month: ['juni', 'juli'] }, 'ik rond het af voor 1 juni of voor 12 juli')).toEqual([
      'voor 1 juni',
      'voor 12 juli',
    ]);
  });
});

describe('piece: only a whole body in braces is a slot', () => {
  it('reads a brace on one side only as a literal', () => {
    const slots = { a: ['x'] };
    expect(new RegExp(piece('{a', slots, 't'), 'u').test('{a')).toBe(true);
    expect(new RegExp(piece('a}', slots, 't'), 'u').test('a}')).toBe(true);
    expect(new RegExp(piece('{a}', slots, 't'), 'u').test('x')).toBe(true);
  });
});

describe('part: what a question mark makes optional', () => {
  it('makes a part optional with a ? after it, or a lone piece {x?}, but not a piece followed by more', () => {
    const slots = { num: ['een', 'twee'] };
    expect(part('{num?}', slots, 't').optional).toBe(true);
    expect(part('week?', slots, 't').optional).toBe(true);
    // "{num?}x": an optional piece glued to a required one is a required part.
    expect(part('{num?}x', slots, 't').optional).toBe(false);
    expect(matches('{num?}x', slots, 'x eenx tweex')).toEqual(['x', 'eenx', 'tweex']);
    // A lone question mark is a literal, not an empty optional part.
    expect(part('?', slots, 't')).toMatchObject({ optional: false });
    expect(new RegExp(part('?', slots, 't').source, 'u').test('?')).toBe(true);
  });
});

describe('guardedAlternation: exceptions on either side of an entry', () => {
  it('keeps out every exception that ends with the entry, and every one that starts with it', () => {
    const source = guardedAlternation(['master'], ['scrum master', 'quiz master', 'master class']);
    const pattern = new RegExp(source, 'gu');
    const found = (text: string): string[] => [...text.matchAll(pattern)].map((match) => `${match.index}`);
    expect(found('scrum master')).toEqual([]);
    expect(found('quiz master')).toEqual([]);
    expect(found('master class')).toEqual([]);
    expect(found('the master plan')).toEqual(['4']);
  });
});

describe('scan: the folded text and the text as written give the same matches', () => {
  it.each(['nl', 'en'] as const)('reads a %s text the same either way, also with capitals and letters beyond Latin', (locale) => {
    const text =
      locale === 'nl'
        ? 'Vóór 1 JUNI rond ik de cursus Excel af en lees ik 12 boeken, één per maand; juniΩ telt niet.'
        : 'By JUNE 1 I will finish the Excel course and read 12 books, one a month; Junež counts not.';
    for (const rules of Object.values(compiled[locale].rules)) {
      expect(scan(rules, text, { fold: false })).toEqual(scan(rules, text));
    }
    expect(scan(compiled[locale].rules.deadline, text, { fold: false }).length).toBeGreaterThan(0);
  });
});
