import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import { phaseIdSchema, topicIdSchema, conversationKindSchema } from '../../src/vocabulary/index.js';
import type { Question, QuestionCategory, QuestionInput, QuestionSelection, SelectionCriteria } from '../../src/questions/index.js';
import {
  isOpenQuestion,
  mergeQuestionBanks,
  openQuestionCategories,
  questionCategorySchema,
  selectQuestions,
  validateQuestionBank,
} from '../../src/questions/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { conversationTemplates } from '../../src/conversation/index.js';
import { msg } from '../finding-text.js';

const question = (id: string, extra: Partial<QuestionInput> = {}): QuestionInput => ({
  id,
  text: { nl: `Wat wil je vertellen over ${id}?`, en: `What would you like to say about ${id}?` },
  phase: 'employeeNeeds',
  category: 'needs',
  audience: 'employee',
  topics: ['capacityGrowth'],
  kinds: ['development'],
  ...extra,
});

function selected(bank: unknown, criteria: SelectionCriteria): QuestionSelection {
  const result = selectQuestions(bank, criteria);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result.value;
}

const ids = (questions: readonly Question[]): string[] => questions.map((q) => q.id);

describe('the built-in bank', () => {
  it('is a valid bank of at least 250 questions without findings', () => {
    expect(builtInQuestions.length).toBeGreaterThanOrEqual(250);
    const result = validateQuestionBank(builtInQuestions);
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it('covers every phase, category, topic and conversation kind', () => {
    const covered = (pick: (q: Question) => readonly string[]) => new Set(builtInQuestions.flatMap(pick));
    expect([...covered((q) => [q.phase])].sort()).toEqual([...phaseIdSchema.options].sort());
    expect([...covered((q) => [q.category])].sort()).toEqual([...questionCategorySchema.options].sort());
    expect([...covered((q) => q.topics)].sort()).toEqual([...topicIdSchema.options].sort());
    expect([...covered((q) => q.kinds)].sort()).toEqual([...conversationKindSchema.options].sort());
  });

  it('has preparation questions for the employee and the manager in every kind', () => {
    for (const kind of conversationKindSchema.options) {
      for (const audience of ['employee', 'manager'] as const) {
        const found = builtInQuestions.filter(
          (q) => q.phase === 'preparation' && q.category === 'preparation' && q.kinds.includes(kind) && q.audience === audience,
        );
        expect(found.length, `${kind}/${audience}`).toBeGreaterThanOrEqual(kind === 'development' ? 10 : 1);
      }
    }
  });

  it('has strengths-based, future-dialogue and evaluation questions in number', () => {
    expect(builtInQuestions.filter((q) => q.category === 'strengths').length).toBeGreaterThanOrEqual(20);
    expect(builtInQuestions.filter((q) => q.kinds.includes('futureDialogue')).length).toBeGreaterThanOrEqual(45);
    expect(builtInQuestions.filter((q) => q.category === 'evaluation').length).toBeGreaterThanOrEqual(15);
    for (const phase of phaseIdSchema.options.filter((p) => p.startsWith('dialogue'))) {
      expect(builtInQuestions.filter((q) => q.phase === phase && q.kinds.includes('futureDialogue')).length, phase).toBeGreaterThanOrEqual(
        5,
      );
    }
  });

  it('asks open questions in every open category, in both languages', () => {
    const closed = builtInQuestions
      .filter((q) => openQuestionCategories.includes(q.category))
      .flatMap((q) => (['nl', 'en'] as const).filter((locale) => !isOpenQuestion(q.text[locale], locale)).map((l) => `${q.id}/${l}`));
    expect(closed).toEqual([]);
  });

  it('has unique ids and unique texts, each ending in a question mark or a full stop', () => {
    expect(new Set(ids(builtInQuestions)).size).toBe(builtInQuestions.length);
    for (const locale of ['nl', 'en'] as const) {
      const texts = builtInQuestions.map((q) => q.text[locale]);
      expect(new Set(texts).size, locale).toBe(texts.length);
      for (const text of texts) expect(text).toMatch(/[?.]$/);
    }
  });

  it('has no near-duplicates: no two questions share 70% or more of their words, in either language', () => {
    const words = (text: string): Set<string> =>
      new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}']+/u)
          .filter((w) => w !== ''),
      );
    const near: string[] = [];
    for (const locale of ['nl', 'en'] as const) {
      const sets = builtInQuestions.map((q) => ({ id: q.id, words: words(q.text[locale]) }));
      sets.forEach((a, i) => {
        for (const b of sets.slice(i + 1)) {
          const shared = [...a.words].filter((w) => b.words.has(w)).length;
          if (shared / (a.words.size + b.words.size - shared) >= 0.7) near.push(`${locale}: ${a.id} ~ ${b.id}`);
        }
      });
    }
    expect(near).toEqual([]);
  });

  it('serves every phase of the conversation templates with the categories the template names', () => {
    for (const template of Object.values(conversationTemplates)) {
      for (const phase of template.phases) {
        const result = selectQuestions(builtInQuestions, {
          phase: phase.id,
          kind: template.kind,
          categories: phase.questionCategories as QuestionCategory[],
          count: 2,
          seed: 1,
        });
        expect(result.ok && result.value.questions.length, `${template.id}/${phase.id}`).toBe(2);
      }
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(builtInQuestions)).toBe(true);
    expect(Object.isFrozen(builtInQuestions[0]?.text)).toBe(true);
  });

  it('is not reachable from the main entry: no import path leads from src/index.ts to the content', () => {
    const root = resolve(import.meta.dirname, '..', '..', 'src');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) {
        visit(resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts')));
      }
    };
    visit(join(root, 'index.ts'));
    expect(seen.has(join(root, 'questions', 'index.ts'))).toBe(true);
    expect(seen.has(join(root, 'questions', 'builtin.ts'))).toBe(false);
  });
});

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
    expect(msg(result.findings[0], 'nl')).toBe('Er zijn 3 vragen gevraagd, maar er passen er maar 1 bij de criteria.');
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
  });

  it('fails on invalid criteria and on a bank that is not a list', () => {
    const bad = selectQuestions(builtInQuestions, { count: -1, phase: 'lunch' } as unknown as SelectionCriteria);
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.path.join('.')).sort()).toEqual(['criteria.count', 'criteria.phase']);
    const notList = selectQuestions({ questions: [] }, { count: 1 });
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

describe('validateQuestionBank', () => {
  it('reports duplicate ids, missing translations, unknown phases, topics and kinds, per question', () => {
    const result = validateQuestionBank([
      question('a'),
      question('a'),
      { ...question('b'), text: { nl: 'Wat wil je leren?' } },
      { ...question('c'), text: { nl: 'Wat wil je leren?', en: '   ' } },
      question('d', { phase: 'lunch' as never }),
      question('e', { topics: ['vitality', 'golf' as never] }),
      question('f', { kinds: ['appraisal' as never] }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path.join('.'), f.params['id']])).toEqual([
      ['question.id.duplicate', '1.id', 'a'],
      ['question.translation.missing', '2.text.en', 'b'],
      ['question.translation.missing', '3.text.en', 'c'],
      ['question.phase.unknown', '4.phase', 'd'],
      ['question.topic.unknown', '5.topics.1', 'e'],
      ['question.kind.unknown', '6.kinds.0', 'f'],
    ]);
    expect(msg(result.findings[3], 'en')).toBe('Question "d" belongs to an unknown phase: "lunch".');
  });

  it('warns about a closed question in an open category, but not in closing', () => {
    const result = validateQuestionBank([
      question('closed', { text: { nl: 'Heb je het naar je zin?', en: 'What keeps you going?' } }),
      question('summary', { category: 'closing', text: { nl: 'Klopt mijn samenvatting?', en: 'Is my summary right?' } }),
    ]);
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity, f.path.join('.'), f.params['locale']])).toEqual([
      ['question.closedInOpenCategory', 'warning', '0.text.nl', 'nl'],
    ]);
    if (result.ok) expect(result.value.questions).toHaveLength(2);
  });

  it('reports a bank that is not a list, and shape problems with their paths', () => {
    expect(validateQuestionBank('questions').findings.map((f) => f.code)).toEqual(['question.bank.notList']);
    const result = validateQuestionBank([{ ...question('x'), colour: 'red' }, 42]);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['input.unrecognized_keys', '0'],
      ['input.invalid_type', '1'],
    ]);
  });

  it('fills default topics and answers the parsed questions', () => {
    const { topics: _unused, ...withoutTopics } = question('plain');
    const result = validateQuestionBank([withoutTopics]);
    expect(result.ok && result.value.questions[0]?.topics).toEqual([]);
  });
});

describe('mergeQuestionBanks', () => {
  it('puts the host first and lets the host win on equal ids', () => {
    const builtIn = [question('a'), question('b'), question('c')];
    const host = [question('b', { text: { nl: 'Wat is onze eigen vraag?', en: 'What is our own question?' } }), question('h')];
    const result = mergeQuestionBanks(host, builtIn);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.value.questions)).toEqual(['b', 'h', 'a', 'c']);
    expect(result.value.questions[0]?.text.en).toBe('What is our own question?');
    expect(result.findings.map((f) => [f.code, f.params['id']])).toEqual([['question.merge.replaced', 'b']]);
  });

  it('merges with the real built-in bank', () => {
    const result = mergeQuestionBanks(
      [question('prep-emp-01', { text: { nl: 'Wat speelt er?', en: 'What is going on?' } })],
      builtInQuestions,
    );
    expect(result.ok && result.value.questions.length).toBe(builtInQuestions.length);
  });

  it('fails on errors in either bank, with the bank named in the path', () => {
    const result = mergeQuestionBanks([question('a'), question('a')], [question('b', { phase: 'nope' as never })]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['question.id.duplicate', 'host.1.id'],
      ['question.phase.unknown', 'builtIn.0.phase'],
    ]);
  });
});
