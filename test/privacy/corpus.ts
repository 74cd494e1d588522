import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SensitiveCategory } from '../../src/index.js';
import { sensitiveDataHints } from '../../src/index.js';

/** One labelled text (see sensitive-dev.txt for the format and the labelling rules). */
export interface LabelledText {
  readonly line: number;
  readonly locale: 'nl' | 'en';
  readonly categories: readonly SensitiveCategory[];
  readonly text: string;
}

/** Reads sensitive-dev.txt or sensitive-holdout.txt: `locale|categories|text`, `#` for comments. */
export function loadTexts(file: 'sensitive-dev.txt' | 'sensitive-holdout.txt'): LabelledText[] {
  const raw = readFileSync(join(import.meta.dirname, file), 'utf8');
  const texts: LabelledText[] = [];
  raw.split('\n').forEach((row, index) => {
    if (row.trim() === '' || row.startsWith('#')) return;
    const [locale, labels, ...rest] = row.split('|');
    if (locale !== 'nl' && locale !== 'en') throw new Error(`${file} line ${index + 1}: bad locale`);
    const categories = labels === '-' ? [] : ((labels ?? '').split(',') as SensitiveCategory[]);
    texts.push({ line: index + 1, locale, categories, text: rest.join('|') });
  });
  return texts;
}

/** Precision and recall over (text, category) pairs, with the misses for a message. */
export function score(texts: readonly LabelledText[]): { precision: number; recall: number; misses: string[] } {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const labelled of texts) {
    const found = new Set(sensitiveDataHints(labelled.text, labelled.locale).matches.map((match) => match.category));
    for (const category of found) {
      if (labelled.categories.includes(category)) truePositives++;
      else {
        falsePositives++;
        misses.push(`line ${labelled.line}: flagged ${category}: ${labelled.text}`);
      }
    }
    for (const category of labelled.categories) {
      if (!found.has(category)) {
        falseNegatives++;
        misses.push(`line ${labelled.line}: missed ${category}: ${labelled.text}`);
      }
    }
  }
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / (truePositives + falseNegatives), misses };
}
