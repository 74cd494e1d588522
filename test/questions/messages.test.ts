import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingParamsOf } from '../../src/index.js';
import { findingMessage, en, nl } from '../../src/index.js';
import { questionAudienceSchema, questionCategorySchema } from '../../src/questions/schema.js';
import { conversationKindSchema, phaseIdSchema } from '../../src/vocabulary/schema.js';

type QuestionCode = Extract<FindingCode, `question.${string}`>;

const asked = { kind: 'question', id: 'acme-energy', title: 'Waar krijg je energie van?' } as const;
const untitled = { kind: 'question', id: '#4' } as const;

/** Every finding of the module with realistic params: what a host really sees. */
const samples: { readonly [C in QuestionCode]: readonly FindingParamsOf<C>[] } = {
  'question.bank.notList': [{}],
  'question.bank.tooLarge': [{ size: 120_000, maximum: 100_000 }],
  'question.bank.unreadable': [{ detail: 'permission denied' }],
  'question.id.duplicate': [{ question: asked, position: 12, id: 'acme-energy', firstPosition: 3 }],
  'question.translation.missing': [
    { question: asked, position: 2, locale: 'en' },
    { question: untitled, position: 5, locale: 'nl' },
  ],
  'question.phase.unknown': [{ question: asked, position: 7, phase: 'lunch' }],
  'question.topic.unknown': [{ question: asked, position: 7, topic: 'golf' }],
  'question.kind.unknown': [{ question: asked, position: 7, kind: 'appraisal' }],
  'question.closedInOpenCategory': questionCategorySchema.options.map((category) => ({
    question: { kind: 'question', id: 'q', title: 'Heb je het naar je zin?' },
    position: 1,
    category,
    locale: 'nl' as const,
  })),
  'question.select.skipped': [
    { question: asked, position: 40 },
    { question: untitled, position: 5 },
  ],
  'question.select.duplicate': [{ question: asked, position: 41, id: 'acme-energy' }],
  'question.select.fewerMatches': [
    { count: 5, matches: 2 },
    { count: 1, matches: 0 },
    { count: 1_000, matches: 1 },
  ],
  'question.merge.replaced': [
    {
      question: { kind: 'question', id: 'prep-emp-02', title: 'Aan welke twee ontwikkelpunten wil je dit jaar werken?' },
      replaced: { kind: 'question', id: 'prep-emp-02', title: 'Welke ontwikkelpunten wil je als eerste oppakken?' },
    },
  ],
};

const rendered = (locale: 'nl' | 'en', codes: readonly string[] = Object.keys(samples)): string[] =>
  Object.entries(samples)
    .filter(([code]) => codes.includes(code))
    .flatMap(([code, list]) =>
      (list as readonly Finding['params'][]).map((params) =>
        findingMessage({ code, severity: 'warning', path: [], params } satisfies Finding, locale),
      ),
    );

/** Ids of the module and its vocabulary that are not also Dutch words ("open", "en" are). */
const identifiers = new Set<string>(
  [
    ...questionCategorySchema.options,
    ...questionAudienceSchema.options,
    ...conversationKindSchema.options,
    ...phaseIdSchema.options,
  ].filter((id) => !['open'].includes(id)),
);

function identifiersIn(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}_.-]+/gu) ?? []).map((word) => word.replace(/[.,;:-]+$/u, ''));
  return words.filter(
    (word) =>
      /^[a-z]+[A-Z]/u.test(word) || // camelCase
      /^[a-z]+(\.[a-zA-Z]+)+$/u.test(word) || // a dotted code
      identifiers.has(word),
  );
}

describe('the questions module’s messages', () => {
  it('covers every code of the module in both languages, with every placeholder filled', () => {
    const codes = Object.keys(nl.messages).filter((code) => code.startsWith('question.'));
    expect(codes.sort()).toEqual(Object.keys(samples).sort());
    for (const locale of ['nl', 'en'] as const) {
      for (const text of rendered(locale)) {
        expect(text).not.toMatch(/[{}]/u);
        expect(text).not.toMatch(/undefined|NaN|\[object/u);
        expect(text).toMatch(/^[A-Z0-9‘“]/u);
      }
      // Every sentence ends as a sentence, except where the cause of an unreadable bank comes last.
      const sentences = rendered(
        locale,
        Object.keys(samples).filter((code) => code !== 'question.bank.unreadable'),
      );
      for (const text of sentences) expect(text).toMatch(/\.$/u);
    }
  });

  it('says nothing in Dutch that only a programmer reads: no camelCase, no codes, no enum values', () => {
    expect(identifiersIn('Vraag 1 staat bij strengths en heet checkIn; zie question.bank.notList.')).toEqual([
      'strengths',
      'checkIn',
      'question.bank.notList',
    ]);
    const found = rendered('nl').flatMap((text) => identifiersIn(text).map((word) => `${word} in: ${text}`));
    expect(found).toEqual([]);
    const labels = [nl.labels.questionCategory, nl.labels.questionAudience, nl.labels.questionLanguage].flatMap(Object.values);
    expect(labels.flatMap(identifiersIn)).toEqual([]);
  });

  it('names a question by its place and its text, never by its id alone', () => {
    const skipped = findingMessage(
      { code: 'question.select.skipped', severity: 'warning', path: [39], params: { question: asked, position: 40 } },
      'nl',
    );
    expect(skipped).toBe(
      'Vraag 40 (‘Waar krijg je energie van?’) is overgeslagen, omdat die geen geldige vraag is; controleer de vragenbank voordat je eruit kiest.',
    );
    expect(skipped).not.toContain('acme-energy');
  });

  it('writes numbers and plurals as each language does', () => {
    const fewer = (count: number, matches: number, locale: 'nl' | 'en'): string =>
      findingMessage({ code: 'question.select.fewerMatches', severity: 'warning', path: [], params: { count, matches } }, locale);
    expect(fewer(1_000, 2, 'nl')).toBe('Er zijn 1.000 vragen gevraagd, maar er passen er maar 2 bij de criteria.');
    expect(fewer(1_000, 2, 'en')).toBe('1,000 questions were asked for, but only 2 match the criteria.');
    expect(fewer(2, 1, 'nl')).toBe('Er zijn 2 vragen gevraagd, maar er past er maar 1 bij de criteria.');
  });

  it('has a label for every category, audience and language, in both catalogues', () => {
    for (const catalogue of [nl, en]) {
      expect(Object.keys(catalogue.labels.questionCategory).sort()).toEqual([...questionCategorySchema.options].sort());
      expect(Object.keys(catalogue.labels.questionAudience).sort()).toEqual([...questionAudienceSchema.options].sort());
      expect(Object.keys(catalogue.labels.questionLanguage).sort()).toEqual(['en', 'nl']);
    }
  });
});
