import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode } from '../../src/index.js';
import { conversationTemplates, en, findingMessage } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { samples } from './samples.js';

/**
 * The English terms, chosen once: *beoordelingsgesprek* is the appraisal conversation (rating and
 * pay), *functioneringsgesprek* the performance conversation (how the work goes), the plan is the PDP
 * and the effect is E = Q × A. These forms are calques or the other language's words.
 */
const rejected: readonly [RegExp, string][] = [
  [/functioning/iu, 'the performance conversation, not a "functioning conversation"'],
  [/performance appraisal|performance review/iu, 'the appraisal conversation'],
  [/travel report/iu, 'a calque of *reisverslag*'],
  [/set the status/iu, 'a calque of *status bepalen*'],
  [/\bPOP\b/u, 'PDP in English'],
  [/E = K|E = Q x A|E=K/u, 'E = Q × A in English'],
];

/** The English texts of the built-in conversation templates (names and descriptions of phases and kinds). */
function templateTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const walk = (value: unknown, where: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (typeof (value as { en?: unknown }).en === 'string') texts.push([where, (value as { en: string }).en]);
    for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  walk(conversationTemplates, 'template');
  return texts;
}

/** Every English text: each message rendered with realistic params, every label, built-in question and template text. */
const texts: readonly [string, string][] = [
  ...builtInQuestions.map((question): [string, string] => [question.id, question.text.en]),
  ...templateTexts(),
  ...(Object.keys(samples) as FindingCode[]).map((code): [string, string] => [
    code,
    findingMessage({ code, severity: 'warning', path: [], params: samples[code] } as Finding, en),
  ]),
  ...Object.entries(en.labels).flatMap(([family, labels]) =>
    Object.entries(labels as Record<string, string>).map(([id, label]): [string, string] => [`${family}.${id}`, label]),
  ),
];

describe('the English catalogue uses its terms consistently', () => {
  it('renders every code and has labels, questions and template texts to check', () => {
    expect(texts.length).toBeGreaterThan(800);
    expect(texts.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(rejected)('never writes %s (%s)', (pattern) => {
    expect(texts.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('names the appraisal and the performance conversation where it sends rating and pay away', () => {
    const advice = findingMessage(
      { code: 'agenda.topic.evaluative', severity: 'warning', path: [], params: samples['agenda.topic.evaluative'] } as Finding,
      en,
    );
    expect(advice).toContain('belong in the appraisal conversation, how the work is going in the performance conversation');
  });
});
