import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeQuestionBanks, validateQuestionBank } from '../../src/questions/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { msg } from '../finding-text.js';
import { ids, question } from './fixtures.js';

const questionId = (params: Readonly<Record<string, unknown>>): unknown => (params['question'] as { id?: unknown } | undefined)?.id;

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
    expect(result.findings.map((f) => [f.code, f.path.join('.'), questionId(f.params), f.params['position']])).toEqual([
      ['question.id.duplicate', '1.id', 'a', 2],
      ['question.translation.missing', '2.text.en', 'b', 3],
      ['question.translation.missing', '3.text.en', 'c', 4],
      ['question.phase.unknown', '4.phase', 'd', 5],
      ['question.topic.unknown', '5.topics.1', 'e', 6],
      ['question.kind.unknown', '6.kinds.0', 'f', 7],
    ]);
    expect(msg(result.findings[0], 'nl')).toBe(
      'Vraag 2 (‘Wat wil je vertellen over a?’) heeft het id "a", maar dat hoort al bij vraag 1; geef elke vraag een eigen id.',
    );
    expect(msg(result.findings[1], 'en')).toBe(
      'Question 3 (“Wat wil je leren?”) has no English text; every question needs a Dutch and an English text.',
    );
    expect(msg(result.findings[3], 'en')).toBe('Question 5 (“Wat wil je vertellen over d?”) names a phase that does not exist: “lunch”.');
    expect(msg(result.findings[3], 'nl')).toBe('Vraag 5 (‘Wat wil je vertellen over d?’) noemt een fase die niet bestaat: ‘lunch’.');
  });

  it('names a question without any text by its place in the bank', () => {
    const result = validateQuestionBank([{ ...question('x'), text: { nl: ' ', en: '' } }]);
    expect(result.findings.map((f) => msg(f, 'nl'))).toEqual([
      'Vraag 1 heeft geen tekst in het Nederlands; elke vraag heeft een Nederlandse en een Engelse tekst nodig.',
      'Vraag 1 heeft geen tekst in het Engels; elke vraag heeft een Nederlandse en een Engelse tekst nodig.',
    ]);
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
    expect(msg(result.findings[0], 'nl')).toBe(
      'Vraag 1 (‘Heb je het naar je zin?’) staat bij ‘behoeften en middelen’, een categorie voor open vragen, maar is in het Nederlands een gesloten ja-nee-vraag; formuleer de vraag open, bijvoorbeeld met wat, hoe of welke.',
    );
    expect(msg(result.findings[0], 'en')).toBe(
      'Question 1 (“Heb je het naar je zin?”) is in “needs and resources”, a category for open questions, but its Dutch text is a closed yes/no question; open it up, for example with what, how or which.',
    );
    if (result.ok) expect(result.value).toHaveLength(2);
  });

  it('reports a bank that is not a list, and shape problems with their paths', () => {
    expect(validateQuestionBank('questions').findings.map((f) => f.code)).toEqual(['question.bank.notList']);
    const result = validateQuestionBank([{ ...question('x'), colour: 'red' }, 42]);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['input.unrecognized_keys', '0'],
      ['input.invalid_type', '1'],
    ]);
  });

  it('answers the bank in canonical form: topics filled in, the version written, keys in one order', () => {
    const { topics: _unused, ...withoutTopics } = question('plain');
    const reversed = Object.fromEntries(Object.entries({ ...withoutTopics, text: { en: 'What now?', nl: 'Wat nu?' } }).reverse());
    const scrambled = { meta: { owner: 'hr' }, ...reversed };
    const result = validateQuestionBank([scrambled]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first] = result.value;
    expect(first?.topics).toEqual([]);
    expect(first?.schemaVersion).toBe(2);
    expect(JSON.stringify(first)).toBe(
      '{"schemaVersion":2,"id":"plain","text":{"nl":"Wat nu?","en":"What now?"},"phase":"employeeNeeds","category":"needs",' +
        '"audience":"employee","topics":[],"kinds":["development"],"meta":{"owner":"hr"}}',
    );
    expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('reads a bank as version 0.1 stored it, and carries meta and unrecognized keys untouched', () => {
    const stored = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', '0.1', 'question-bank-sample.json'), 'utf8')) as {
      id: string;
    }[];
    const result = validateQuestionBank(stored);
    expect(result.ok && result.value.length).toBe(stored.length);
    const kept = { meta: { tenant: 't-1', tags: ['pilot'] }, unrecognized: { 'text.de': 'Was gibt dir Energie?' } };
    const withExtras = validateQuestionBank([{ ...question('x'), schemaVersion: 2, ...kept }]);
    expect(withExtras.ok && withExtras.value[0]).toMatchObject(kept);
  });

  it('copies the host’s own data instead of freezing it, and refuses meta that is not JSON (a cycle)', () => {
    const team = { name: 'sales' };
    const result = validateQuestionBank([{ ...question('x'), meta: { team } }]);
    expect(result.ok && result.value[0]?.meta).toEqual({ team: { name: 'sales' } });
    expect(Object.isFrozen(team)).toBe(false);
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    const refused = validateQuestionBank([{ ...question('y'), meta: { cyclic } }]);
    // The cycle is refused before anything walks it: meta must be plain JSON.
    expect(refused.findings.map((f) => f.code)).toEqual(['input.notJson']);
    expect(refused.findings[0]?.path[0]).toBe(0);
  });

  it('refuses a question stored by a version it does not know', () => {
    const result = validateQuestionBank([{ ...question('x'), schemaVersion: 3 }]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([['input.invalid_value', '0.schemaVersion']]);
  });
});

describe('mergeQuestionBanks', () => {
  it('puts the host first and lets the host win on equal ids', () => {
    const builtIn = [question('a'), question('b'), question('c')];
    const host = [question('b', { text: { nl: 'Wat is onze eigen vraag?', en: 'What is our own question?' } }), question('h')];
    const result = mergeQuestionBanks(host, builtIn);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.value)).toEqual(['b', 'h', 'a', 'c']);
    expect(result.value[0]?.text.en).toBe('What is our own question?');
    expect(result.findings.map((f) => [f.code, f.path.join('.'), questionId(f.params)])).toEqual([
      ['question.merge.replaced', 'builtIn.1', 'b'],
    ]);
    expect(msg(result.findings[0], 'nl')).toBe(
      'De eigen vraag ‘Wat is onze eigen vraag?’ vervangt de ingebouwde vraag ‘Wat wil je vertellen over b?’, die hetzelfde id heeft.',
    );
  });

  it('merges with the real built-in bank', () => {
    const result = mergeQuestionBanks(
      [question('prep-emp-01', { text: { nl: 'Wat speelt er?', en: 'What is going on?' } })],
      builtInQuestions,
    );
    expect(result.ok && result.value.length).toBe(builtInQuestions.length);
    expect(Object.isFrozen(result.ok && result.value)).toBe(true);
  });

  it('fails on errors in either bank, with the bank named in the path', () => {
    const result = mergeQuestionBanks([question('a'), question('a')], [question('b', { phase: 'nope' as never })]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['question.id.duplicate', 'host.1.id'],
      ['question.phase.unknown', 'builtIn.0.phase'],
    ]);
  });

  it('claims no replacement when it fails: the findings are the errors and nothing else', () => {
    const result = mergeQuestionBanks([question('a'), question('a')], [question('a'), question('b')]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([['question.id.duplicate', 'host.1.id']]);
  });
});
