// The feedback module's findings read as an HR adviser writes them: no field names, codes or ids.
import { describe, expect, it } from 'vitest';
import type { Finding, FindingParamsByCode } from '../../src/index.js';
import { findingMessage } from '../../src/index.js';

type FeedbackCode = Extract<keyof FindingParamsByCode, `feedback.${string}`>;
const samples: { [C in FeedbackCode]: FindingParamsByCode[C][] } = {
  'feedback.anonymity.tooFew': [
    { question: { kind: 'question', id: 'q1', title: 'Wat doe ik goed?' }, count: 1, needed: 2, minimum: 3 },
    { question: { kind: 'question', id: 'q1' }, count: 3, needed: 1, minimum: 4 },
  ],
  'feedback.answers.unknownQuestion': [{ count: 1 }, { count: 2 }],
  'feedback.answers.byEmployee': [{ count: 1 }, { count: 4 }],
  'feedback.answers.notAsked': [{ count: 1 }, { count: 3 }],
  'feedback.view.notShared': [{}],
  'feedback.summary.tooFewAnonymous': [{}],
};

describe('feedback texts', () => {
  it('contain no identifier in Dutch or English: no camelCase word, dotted code or id', () => {
    for (const [code, list] of Object.entries(samples)) {
      for (const params of list) {
        for (const locale of ['nl', 'en'] as const) {
          const text = findingMessage({ code, severity: 'info', path: [], params } as Finding, locale);
          expect(text, `${code} ${locale}`).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+\b|\bq1\b|\{|\}/u);
          expect(text.length).toBeGreaterThan(20);
        }
      }
    }
  });

  it('agree in number in Dutch: one answer, two answers', () => {
    const one = findingMessage({ code: 'feedback.answers.byEmployee', severity: 'warning', path: [], params: { count: 1 } }, 'nl');
    const two = findingMessage({ code: 'feedback.answers.byEmployee', severity: 'warning', path: [], params: { count: 2 } }, 'nl');
    expect(one).toBe('1 antwoord komt van de medewerker zelf; hier tellen alleen de antwoorden van collega’s.');
    expect(two).toBe('2 antwoorden komen van de medewerker zelf; hier tellen alleen de antwoorden van collega’s.');
  });
});
