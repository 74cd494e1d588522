import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import type { SelectionCriteria } from '../../src/questions/index.js';
import { mergeQuestionBanks, selectQuestions } from '../../src/questions/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { msg } from '../finding-text.js';
import { ids, question, selected } from './fixtures.js';

describe('selectQuestions', () => {
  it('picks preparation questions for the manager of a development conversation', () => {
    const value = selected(builtInQuestions, {
      phase: 'preparation',
      audience: 'manager',
      kind: 'development',
      locale: 'nl',
      count: 4,
      seed: 7,
    });
    expect(value.questions).toHaveLength(4);
    for (const q of value.questions) {
      expect(q.phase).toBe('preparation');
      expect(['manager', 'both']).toContain(q.audience);
      expect(q.kinds).toContain('development');
    }
    expect(value.texts).toEqual(value.questions.map((q) => q.text.nl));
  });

  it('matches audience: employee takes employee and both; both takes only both', () => {
    const bank = [question('e', { audience: 'employee' }), question('m', { audience: 'manager' }), question('b', { audience: 'both' })];
    expect(ids(selected(bank, { audience: 'employee', count: 9 }).questions).sort()).toEqual(['b', 'e']);
    expect(ids(selected(bank, { audience: 'manager', count: 9 }).questions).sort()).toEqual(['b', 'm']);
    expect(ids(selected(bank, { audience: 'both', count: 9 }).questions)).toEqual(['b']);
  });

  it('matches topics on any shared topic, general questions only with includeGeneral', () => {
    const bank = [
      question('vit', { topics: ['vitality'] }),
      question('mix', { topics: ['pay', 'vitality'] }),
      question('gen', { topics: [] }),
      question('mob', { topics: ['internalMobility'] }),
    ];
    expect(ids(selected(bank, { topics: ['vitality'], count: 9 }).questions).sort()).toEqual(['mix', 'vit']);
    expect(ids(selected(bank, { topics: ['vitality'], includeGeneral: true, count: 9 }).questions).sort()).toEqual(['gen', 'mix', 'vit']);
  });

  it('leaves out questions asked before', () => {
    const bank = [question('a'), question('b'), question('c')];
    expect(ids(selected(bank, { exclude: ['a', 'c', 'zz'], count: 3 }).questions)).toEqual(['b']);
  });

  it('warns when fewer questions match than asked for', () => {
    const result = selectQuestions([question('a')], { count: 3 });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([['question.select.fewerMatches', { count: 3, matches: 1 }]]);
    expect(msg(result.findings[0], 'nl')).toBe('Er zijn 3 vragen gevraagd, maar er past er maar 1 bij de criteria.');
    expect(msg(result.findings[0], 'en')).toBe('3 questions were asked for, but only 1 matches the criteria.');
    const none = selectQuestions([question('a')], { count: 1, phase: 'rhythm' });
    expect(msg(none.findings[0], 'nl')).toBe('Er is 1 vraag gevraagd, maar geen enkele vraag past bij de criteria.');
    expect(msg(none.findings[0], 'en')).toBe('1 question was asked for, but none matches the criteria.');
  });

  it('balances categories: with three categories and three picks, one of each', () => {
    const bank = [
      ...Array.from({ length: 10 }, (_, i) => question(`n${i}`, { category: 'needs' })),
      question('d1', { category: 'deepening' }),
      question('s1', { category: 'strengths' }),
    ];
    for (const seed of [1, 2, 3, 'x', 'y']) {
      const picked = selected(bank, { count: 3, seed })
        .questions.map((q) => q.category)
        .sort();
      expect(picked).toEqual(['deepening', 'needs', 'strengths']);
    }
    const unbalanced = [1, 2, 3, 4, 5, 6].map(
      (seed) => selected(bank, { count: 3, seed, balance: false }).questions.filter((q) => q.category === 'needs').length,
    );
    expect(Math.max(...unbalanced)).toBeGreaterThan(1);
  });

  it('filters by category or categories, as a union', () => {
    const bank = [question('n', { category: 'needs' }), question('d', { category: 'deepening' }), question('s', { category: 'strengths' })];
    expect(ids(selected(bank, { category: 'needs', categories: ['strengths'], count: 9 }).questions).sort()).toEqual(['n', 's']);
  });

  it('gives the same choice whatever the order of the bank', () => {
    const bank = Array.from({ length: 20 }, (_, i) => question(`q${i}`));
    const a = selected(bank, { count: 5, seed: 'same' });
    const b = selected([...bank].reverse(), { count: 5, seed: 'same' });
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('skips invalid and duplicate entries of a host bank with warnings, and keeps serving', () => {
    const result = selectQuestions([question('a'), { id: 'broken' }, question('a', { category: 'deepening' }), 'nonsense'], { count: 5 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(ids(result.value.questions)).toEqual(['a']);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['question.select.skipped', [1]],
      ['question.select.duplicate', [2, 'id']],
      ['question.select.skipped', [3]],
      ['question.select.fewerMatches', ['criteria', 'count']],
    ]);
    expect(result.findings.slice(0, 3).map((f) => msg(f, 'nl'))).toEqual([
      'Vraag 2 is overgeslagen, omdat die geen geldige vraag is; controleer de vragenbank voordat je eruit kiest.',
      'Vraag 3 (‘Wat wil je vertellen over a?’) heeft hetzelfde id als een eerdere vraag ("a"); alleen de eerste telt mee.',
      'Vraag 4 is overgeslagen, omdat die geen geldige vraag is; controleer de vragenbank voordat je eruit kiest.',
    ]);
  });

  it('fails on invalid criteria and on a bank that is not a list', () => {
    const bad = selectQuestions(builtInQuestions, { count: -1, phase: 'lunch' } as unknown as SelectionCriteria);
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.path.join('.')).sort()).toEqual(['criteria.count', 'criteria.phase']);
    const notList = selectQuestions({ questions: [] }, { count: 1 });
    expect(notList.ok).toBe(false);
    expect(notList.findings.map((f) => f.code)).toEqual(['question.bank.notList']);
  });

  it('returns frozen, plain data', () => {
    const value = selected(builtInQuestions, { kind: 'futureDialogue', phase: 'dialogueReflection', count: 3, seed: 1 });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.questions)).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('serves the future dialogue: reflection questions for the group', () => {
    const value = selected(builtInQuestions, {
      kind: 'futureDialogue',
      phase: 'dialogueReflection',
      locale: 'en',
      count: 4,
      seed: 'spring',
    });
    expect(value.questions).toHaveLength(4);
    expect(value.matches).toBeGreaterThanOrEqual(10);
    expect(new Set(value.questions.map((q) => q.category)).size).toBeGreaterThan(1);
  });
});

describe('selectQuestions on a bank read before', () => {
  it('remembers a deeply frozen bank, and reads again a bank that may have changed', () => {
    const nested = { team: 'sales' };
    const bank = Object.freeze([Object.freeze({ ...question('a'), meta: Object.freeze({ owner: nested }) })]);
    expect(selected(bank, { count: 1 }).questions[0]?.meta).toEqual({ owner: { team: 'sales' } });
    nested.team = 'service'; // not frozen all the way down: the next selection must see it
    expect(selected(bank, { count: 1 }).questions[0]?.meta).toEqual({ owner: { team: 'service' } });
    const merged = mergeQuestionBanks([question('h')], builtInQuestions);
    if (!merged.ok) throw new Error('merge failed');
    expect(canonicalJson(selectQuestions(merged.value, { count: 3, seed: 1 }))).toBe(
      canonicalJson(selectQuestions(JSON.parse(JSON.stringify(merged.value)), { count: 3, seed: 1 })),
    );
  });
});

describe('selectQuestions on the built-in bank', () => {
  it('gives different choices for different seeds (so a fixed choice is the seed’s doing)', () => {
    const choices = new Set(
      Array.from({ length: 12 }, (_, seed) => ids(selected(builtInQuestions, { phase: 'preparation', count: 3, seed }).questions).join()),
    );
    expect(choices.size).toBeGreaterThan(6);
  });

  it('serves a whole series of conversations without asking a question twice, until the questions run out', () => {
    const criteria = { phase: 'preparation', audience: 'employee', kind: 'development', count: 4 } as const;
    const all = selected(builtInQuestions, { ...criteria, count: 1_000 }).questions.length;
    const asked: string[] = [];
    for (let year = 0; asked.length < all; year++) {
      const picked = ids(selected(builtInQuestions, { ...criteria, exclude: asked, seed: `sanne-${year}` }).questions);
      expect(picked.length).toBe(Math.min(4, all - asked.length));
      for (const id of picked) expect(asked).not.toContain(id);
      asked.push(...picked);
    }
    expect(new Set(asked).size).toBe(all);
  });
});

describe('selectQuestions on hostile frozen banks', () => {
  /** 61 frozen objects, each pointing twice at the next: 2^60 paths; with `cycle`, the last points back at the first. */
  function diamonds(cycle: boolean): Record<string, unknown> {
    const first: Record<string, unknown> = {};
    const chain = [first];
    for (let depth = 0; depth < 60; depth++) {
      const child: Record<string, unknown> = {};
      const parent = chain.at(-1) as Record<string, unknown>;
      parent['left'] = child;
      parent['right'] = child;
      chain.push(child);
    }
    if (cycle) (chain.at(-1) as Record<string, unknown>)['back'] = first;
    for (const node of chain.reverse()) Object.freeze(node);
    return first;
  }

  it('looks at a shared or cyclic meta once, so a frozen bank is judged in time', () => {
    // Finishing at all is the check: a walk along every path would not.
    const cyclic = Object.freeze([Object.freeze({ ...question('a'), meta: diamonds(true) })]);
    for (const _ of [1, 2]) {
      const result = selectQuestions(cyclic, { count: 1 });
      // A cycle is not JSON: the question is skipped with a warning, and the bank still answers.
      expect(result.ok && result.value.questions).toEqual([]);
      expect(result.findings.map((f) => f.code)).toEqual(['question.select.skipped', 'question.select.fewerMatches']);
    }
    const shared = Object.freeze([Object.freeze({ ...question('b'), meta: diamonds(false) })]);
    const picked = selected(shared, { count: 1 }).questions;
    expect(picked.map((q) => q.id)).toEqual(['b']);
    const meta = picked[0]?.meta as Record<string, unknown>;
    expect(meta['left']).toBe(meta['right']); // shared parts stay shared in the copy
  });
});

describe('selectQuestions for a seed a host stored', () => {
  // A host that stored the seed of a conversation shows the same questions when it renders it
  // again, also after an upgrade: the pick for a seed is pinned here, so a change to it is seen.
  const bank = [
    question('p1', { category: 'preparation', phase: 'preparation' }),
    question('p2', { category: 'preparation', phase: 'preparation' }),
    question('p3', { category: 'preparation', phase: 'preparation' }),
    question('s1', { category: 'strengths' }),
    question('s2', { category: 'strengths' }),
    question('n1'),
    question('n2'),
    question('n3'),
    question('n4'),
    question('e1', { category: 'evaluation' }),
  ];
  const seed = 'ontwikkelgesprek-2027';

  it('picks the same questions, balanced over the categories, whatever the order of the bank', () => {
    for (const order of [bank, [...bank].reverse()]) {
      expect(ids(selected(order, { count: 5, seed }).questions)).toEqual(['p1', 's2', 'e1', 'n4', 'p3']);
    }
  });

  it('picks the same questions without balance, whatever the order of the bank', () => {
    for (const order of [bank, [...bank].reverse()]) {
      expect(ids(selected(order, { count: 5, seed, balance: false }).questions)).toEqual(['n4', 'p1', 's2', 'p3', 'e1']);
    }
  });
});
