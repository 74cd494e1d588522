import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseOf, hardBreak } from '../../../src/agreements/reader/clauses.js';
import { read } from '../../../src/agreements/reader/reading.js';

/** Words that cut clauses (openers, purposes, methods, marks) among ordinary words, so cuts happen often. */
const words = [
  'ik',
  'rond',
  'de',
  'cursus',
  'af',
  'om',
  'te',
  'leren',
  'door',
  'dat',
  'en',
  'of',
  'als',
  'dus',
  'voor',
  '1',
  'mei',
  'I',
  'will',
  'write',
  'the',
  'report',
  'to',
  'learn',
  'by',
  'making',
  'calls',
  'and',
  'or',
  'that',
  'how',
  'as',
  'March',
  ',',
  '.',
  ';',
  '-',
  '(',
  ')',
  '\n',
  'Excel',
  'vaker',
  'more',
  'often',
];
const texts = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('the clauses of a reading', () => {
  it('are in text order, do not overlap, and hold every word exactly once (a mark that ends a clause in none)', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('nl' as const, 'en' as const), (text, lang) => {
        const { tokens, clauses } = read(text, lang);
        clauses.forEach((clause, index) => {
          expect(clause.from).toBeLessThan(clause.to);
          if (index > 0) expect(clause.from).toBeGreaterThanOrEqual((clauses[index - 1] as { to: number }).to);
        });
        for (const token of tokens) {
          const holding = clauses.filter((clause) => clause.from <= token.index && token.index < clause.to);
          if (token.word) {
            expect(holding).toHaveLength(1);
            expect(clauses[clauseOf(clauses, token.index)]).toBe(holding[0]);
          } else if (hardBreak.has(token.text)) expect(holding).toHaveLength(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each verb the clause its head is in, and keeps the verbs in text order', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('nl' as const, 'en' as const), (text, lang) => {
        const { clauses, verbs } = read(text, lang);
        verbs.forEach((verb, index) => {
          const clause = clauses[verb.clause];
          expect(clause !== undefined && clause.from <= verb.head && verb.head < clause.to).toBe(true);
          if (index > 0) expect(verb.head).toBeGreaterThanOrEqual((verbs[index - 1] as { head: number }).head);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('cuts "om ... te" into a purpose clause and "door ... te" into a method clause', () => {
    const purpose = read('Ik volg een cursus om beter te leren plannen', 'nl');
    expect(purpose.clauses.map((clause) => clause.role)).toEqual(['main', 'purpose']);
    const method = read('Ik verbeter mijn planning door elke week te plannen', 'nl');
    expect(method.clauses.map((clause) => clause.role)).toEqual(['main', 'method']);
    const notPurpose = read('Ik bel om vijf uur', 'nl');
    expect(notPurpose.clauses.map((clause) => clause.role)).toEqual(['main']);
  });
});
