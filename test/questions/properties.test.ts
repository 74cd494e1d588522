import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import { conversationKindSchema, phaseIdSchema, topicIdSchema } from '../../src/vocabulary/schema.js';
import type { Question, QuestionInput, SelectionCriteria } from '../../src/questions/index.js';
import { mergeQuestionBanks, selectQuestions, validateQuestionBank } from '../../src/questions/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { questionAudienceSchema, questionCategorySchema } from '../../src/questions/schema.js';

// A small vocabulary so that criteria often match and ids often collide with `exclude`.
const phaseArb = fc.constantFrom(...phaseIdSchema.options.slice(0, 4));
const topicArb = fc.constantFrom(...topicIdSchema.options.slice(0, 4));
const categoryArb = fc.constantFrom(...questionCategorySchema.options);
const audienceArb = fc.constantFrom(...questionAudienceSchema.options);
const kindArb = fc.constantFrom(...conversationKindSchema.options);
const idArb = fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `q${i}`));

const questionArb: fc.Arbitrary<QuestionInput> = fc.record({
  id: idArb,
  text: fc.record({
    nl: fc.constantFrom('Wat wil je leren?', 'Hoe gaat het?'),
    en: fc.constantFrom('What do you want to learn?', 'How is it going?'),
  }),
  phase: phaseArb,
  category: categoryArb,
  audience: audienceArb,
  topics: fc.uniqueArray(topicArb, { maxLength: 3 }),
  kinds: fc.uniqueArray(kindArb, { minLength: 1, maxLength: 4 }),
});

/** Banks with unique ids, so that "matches" is well defined. */
const bankArb = fc.uniqueArray(questionArb, { maxLength: 30, selector: (q) => q.id });

const filterArbs = {
  phase: phaseArb,
  category: categoryArb,
  categories: fc.uniqueArray(categoryArb, { maxLength: 3 }),
  audience: audienceArb,
  topics: fc.uniqueArray(topicArb, { maxLength: 3 }),
  includeGeneral: fc.boolean(),
  kind: kindArb,
};
type FilterKey = keyof typeof filterArbs;
const filterKeys = Object.keys(filterArbs) as FilterKey[];

// At most three filters at a time: with all of them on at once almost no question matches, and a
// property over empty selections proves nothing (a coverage test below keeps this honest).
const criteriaArb: fc.Arbitrary<SelectionCriteria> = fc
  .tuple(
    fc.record(filterArbs),
    fc.uniqueArray(fc.constantFrom(...filterKeys), { maxLength: 3 }),
    fc.record(
      {
        exclude: fc.uniqueArray(idArb, { maxLength: 10 }),
        count: fc.nat({ max: 12 }),
        seed: fc.oneof(fc.integer(), fc.string({ maxLength: 8 })),
        balance: fc.boolean(),
      },
      { requiredKeys: ['count'] },
    ),
  )
  .map(([filters, keys, rest]) => {
    const criteria: Record<string, unknown> = { ...rest };
    for (const key of keys) criteria[key] = filters[key];
    return criteria as unknown as SelectionCriteria;
  });

/** The matching rule, written independently of the implementation. */
function matches(q: QuestionInput, c: SelectionCriteria): boolean {
  const categories = [...(c.category ? [c.category] : []), ...(c.categories ?? [])];
  const topics = q.topics ?? [];
  return (
    !(c.exclude ?? []).includes(q.id) &&
    (c.phase === undefined || q.phase === c.phase) &&
    (categories.length === 0 || categories.includes(q.category)) &&
    (c.audience === undefined || q.audience === c.audience || (q.audience === 'both' && c.audience !== 'both')) &&
    (c.kind === undefined || q.kinds.includes(c.kind)) &&
    (c.topics === undefined || topics.some((t) => c.topics?.includes(t)) || (topics.length === 0 && c.includeGeneral === true))
  );
}

function picked(bank: readonly QuestionInput[], criteria: SelectionCriteria): readonly Question[] {
  const result = selectQuestions(bank, criteria);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value.questions;
}

describe('selectQuestions properties', () => {
  it('draws banks and criteria that select something, sometimes fewer than asked (so the properties bite)', () => {
    const samples = fc.sample(fc.tuple(bankArb, criteriaArb), { numRuns: 300, seed: 5 });
    const counts = samples.map(([bank, criteria]) => [bank.filter((q) => matches(q, criteria)).length, criteria.count] as const);
    expect(counts.filter(([found, count]) => found > 0 && count > 0).length).toBeGreaterThan(100);
    expect(counts.filter(([found, count]) => found > count && count > 0).length).toBeGreaterThan(30);
    expect(counts.filter(([found, count]) => found > 0 && found < count).length).toBeGreaterThan(30);
  });

  it('is deterministic for a seed, and independent of the order of the bank', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const once = canonicalJson(selectQuestions(bank, criteria));
        expect(canonicalJson(selectQuestions(bank, criteria))).toBe(once);
        expect(canonicalJson(selectQuestions([...bank].reverse(), criteria))).toBe(once);
      }),
    );
  });

  it('never returns an excluded or non-matching question, nor a duplicate', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const questions = picked(bank, criteria);
        for (const q of questions) {
          expect(matches(q, criteria)).toBe(true);
          expect(criteria.exclude ?? []).not.toContain(q.id);
        }
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
      }),
    );
  });

  it('never returns the same id twice, even from a bank that repeats ids', () => {
    fc.assert(
      fc.property(fc.array(questionArb, { maxLength: 30 }), criteriaArb, (bank, criteria) => {
        const result = selectQuestions(bank, criteria);
        expect(result.ok).toBe(true);
        const questions = result.ok ? result.value.questions : [];
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        for (const q of questions) expect(matches(q, criteria)).toBe(true);
        const repeated = bank.length - new Set(bank.map((q) => q.id)).size;
        expect(result.findings.filter((f) => f.code === 'question.select.duplicate')).toHaveLength(repeated);
      }),
    );
  });

  it('returns min(count, matches) questions and reports the number of matches', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const expected = bank.filter((q) => matches(q, criteria)).length;
        const result = selectQuestions(bank, criteria);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.matches).toBe(expected);
        expect(result.value.questions).toHaveLength(Math.min(criteria.count, expected));
        expect(result.findings.some((f) => f.code === 'question.select.fewerMatches')).toBe(expected < criteria.count);
      }),
    );
  });

  it('balances: no category gets a second pick while another matching category has none', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const questions = picked(bank, { ...criteria, balance: true });
        const available = new Set(bank.filter((q) => matches(q, criteria)).map((q) => q.category));
        const counts = new Map<string, number>();
        for (const q of questions) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
        const max = Math.max(0, ...counts.values());
        if (max > 1) for (const category of available) expect(counts.get(category) ?? 0).toBeGreaterThan(0);
      }),
    );
  });

  it('never gives more questions than asked for, nor more than match', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const questions = picked(bank, criteria);
        expect(questions.length).toBeLessThanOrEqual(criteria.count);
        expect(questions.length).toBeLessThanOrEqual(bank.filter((q) => matches(q, criteria)).length);
      }),
    );
  });

  it('spreads the picks over the categories: two categories differ by at most one pick, unless the smaller ran out', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const questions = picked(bank, { ...criteria, balance: true });
        const available = new Map<string, number>();
        for (const q of bank.filter((q) => matches(q, criteria))) available.set(q.category, (available.get(q.category) ?? 0) + 1);
        const counts = new Map<string, number>();
        for (const q of questions) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
        const most = Math.max(0, ...counts.values());
        for (const [category, total] of available) {
          const got = counts.get(category) ?? 0;
          if (got < most - 1) expect(got, category).toBe(total);
        }
      }),
    );
  });

  it('gives the same picks for the same seed, however often and in whatever order the criteria are written', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, (bank, criteria) => {
        const reordered = Object.fromEntries(Object.entries(criteria).reverse()) as unknown as SelectionCriteria;
        const once = picked(bank, criteria).map((q) => q.id);
        expect(picked(bank, criteria).map((q) => q.id)).toEqual(once);
        expect(picked(bank, reordered).map((q) => q.id)).toEqual(once);
      }),
    );
  });

  it('never repeats a question asked before: conversation after conversation, until the matches run out', () => {
    fc.assert(
      fc.property(bankArb, criteriaArb, fc.integer({ min: 1, max: 5 }), (bank, criteria, rounds) => {
        const count = Math.max(1, criteria.count);
        const asked: string[] = [...(criteria.exclude ?? [])];
        const fresh = bank.filter((q) => matches(q, { ...criteria, exclude: [] }) && !asked.includes(q.id)).length;
        let seen = 0;
        for (let round = 0; round < rounds; round++) {
          const now = picked(bank, { ...criteria, count, exclude: asked, seed: `${String(criteria.seed)}-${round}` }).map((q) => q.id);
          for (const id of now) expect(asked).not.toContain(id);
          expect(now.length).toBe(Math.min(count, fresh - seen));
          seen += now.length;
          asked.push(...now);
        }
      }),
    );
  });

  it('works on the built-in bank for any seed and phase', () => {
    fc.assert(
      fc.property(fc.constantFrom(...phaseIdSchema.options), fc.string({ maxLength: 10 }), fc.nat({ max: 8 }), (phase, seed, count) => {
        const questions = picked(builtInQuestions, { phase, seed, count });
        expect(questions.length).toBe(Math.min(count, builtInQuestions.filter((q) => q.phase === phase).length));
      }),
    );
  });
});

describe('validateQuestionBank properties', () => {
  it('never throws, whatever the input, and answers findings or a bank', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.anything()), fc.array(questionArb.map((q) => ({ ...q, extra: 1 })))), (input) => {
        const result = validateQuestionBank(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.findings.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on hostile objects (throwing getters, proxies, __proto__ keys)', () => {
    const throwing = Object.defineProperty({}, 'id', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const proxy = new Proxy([], {
      get() {
        throw new Error('proxy');
      },
    });
    const poisoned = JSON.parse('{"__proto__": {"polluted": true}, "id": "p"}') as unknown;
    for (const input of [[throwing], proxy, [poisoned], [null, undefined, Symbol('s')]]) {
      expect(() => validateQuestionBank(input)).not.toThrow();
      expect(validateQuestionBank(input).ok).toBe(false);
      expect(() => selectQuestions(input, { count: 1 })).not.toThrow();
      expect(() => mergeQuestionBanks(input, [])).not.toThrow();
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts every bank of valid questions with unique ids', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        expect(validateQuestionBank(bank).ok).toBe(true);
      }),
    );
  });

  it('reports every duplicate id exactly once per repeated entry', () => {
    fc.assert(
      fc.property(fc.array(questionArb, { maxLength: 30 }), (bank) => {
        const duplicates = bank.length - new Set(bank.map((q) => q.id)).size;
        const found = validateQuestionBank(bank).findings.filter((f) => f.code === 'question.id.duplicate').length;
        expect(found).toBe(duplicates);
      }),
    );
  });
});

describe('mergeQuestionBanks properties', () => {
  it('holds the union of ids, with the host version on equal ids', () => {
    fc.assert(
      fc.property(bankArb, bankArb, (host, builtIn) => {
        const result = mergeQuestionBanks(host, builtIn);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const merged = result.value;
        expect(new Set(merged.map((q) => q.id))).toEqual(new Set([...host, ...builtIn].map((q) => q.id)));
        expect(merged).toHaveLength(new Set([...host, ...builtIn].map((q) => q.id)).size);
        for (const q of host) expect(merged.find((m) => m.id === q.id)).toEqual({ schemaVersion: 2, ...q, topics: q.topics ?? [] });
      }),
    );
  });
});
