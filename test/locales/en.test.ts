import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { en, findingMessage } from '../../src/index.js';
import { samples } from './samples.js';
import { userTexts } from './user-texts.js';

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

/** Every English text: each message rendered with realistic params, every label, built-in question and template text. */
const texts: readonly [string, string][] = userTexts(en, 'en');

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
