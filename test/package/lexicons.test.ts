import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { lexiconData } from '../../src/agreements/lexicon/index.js';
import { loadCorpus } from '../agreements/corpus.js';
import type { LabelledGoalFile } from '../agreements/corpus.js';

/**
 * The built package ships the goal reader's lexicons without their examples (tsup.config.ts,
 * `withoutExamples`): the analyzer never reads them. These tests hold the built package to that: it
 * reads every labelled goal exactly as the sources do, and none of the examples is in it.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('the built lexicons', () => {
  it('read every labelled goal exactly as the sources do', async () => {
    const built = (await import(pathToFileURL(join(dist, 'agreements.js')).href)) as { analyzeGoalText: typeof analyzeGoalText };
    const files: LabelledGoalFile[] = [
      'corpus.txt',
      'heldout-2.txt',
      'probe-3.txt',
      'probe-4.txt',
      'probe-5.txt',
      'probe-6.txt',
      'probe-7.txt',
      'probe-8.txt',
      'probe-9.txt',
      'probe-10.txt',
      'probe-11.txt',
      'probe-12.txt',
      'probe-13.txt',
    ];
    for (const file of files)
      for (const goal of loadCorpus(file)) {
        const text = goal.text;
        expect([text, JSON.stringify(built.analyzeGoalText(text, { locale: 'auto' }))]).toEqual([
          text,
          JSON.stringify(analyzeGoalText(text, { locale: 'auto' })),
        ]);
      }
  }, 120_000);

  it('leave the examples out', () => {
    const code = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    const goals = [...lexiconData.nl.goals, ...lexiconData.en.goals].map(([text]) => text);
    const matches = lexiconData.en.rules.deadline.flatMap((template) => template.match);
    expect(goals.length + matches.length).toBeGreaterThan(100);
    expect([...goals, ...matches].filter((text) => code.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
    // The rules themselves are there.
    expect(code).toContain(lexiconData.en.rules.deadline[0]?.pattern.replace(/'/gu, "\\'") ?? 'missing');
  });
});
