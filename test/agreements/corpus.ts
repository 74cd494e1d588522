import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled goal of the corpus (see corpus.txt for the labelling rules). */
export interface LabelledGoal {
  readonly line: number;
  readonly locale: 'nl' | 'en';
  readonly specific: boolean;
  readonly measurable: boolean;
  readonly timeBound: boolean;
  readonly goals: number;
  readonly text: string;
}

/** The labelled goal sets: the tuning part, the frozen held-out fifth, and each independent set's two halves. */
export type LabelledGoalFile =
  | 'corpus.txt'
  | 'heldout-2.txt'
  | `heldout-${3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13}.txt`
  | `probe-${3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13}.txt`;

/**
 * Reads test/agreements/corpus.txt (the tuning part), heldout-2.txt (the frozen held-out fifth) or
 * the independent set 3 (written by a labeller from the contract alone, split by split-3.ts into
 * heldout-3.txt, never tuned on, and probe-3.txt, whose misses may be read):
 * `locale|specific|measurable|timeBound|goals|text`, `#` for comments.
 */
export function loadCorpus(file: LabelledGoalFile = 'corpus.txt'): LabelledGoal[] {
  const raw = readFileSync(join(import.meta.dirname, file), 'utf8');
  const goals: LabelledGoal[] = [];
  raw.split('\n').forEach((row, index) => {
    if (row.trim() === '' || row.startsWith('#')) return;
    const [locale, specific, measurable, timeBound, count, ...rest] = row.split('|');
    if (locale !== 'nl' && locale !== 'en') throw new Error(`corpus line ${index + 1}: bad locale`);
    goals.push({
      line: index + 1,
      locale,
      specific: specific === '1',
      measurable: measurable === '1',
      timeBound: timeBound === '1',
      goals: Number(count),
      // The independent sets write a line break inside a goal as " / " (one line per goal in the file).
      text: rest.join('|').replaceAll(' / ', '\n'),
    });
  });
  return goals;
}

/** Precision and recall of one class (met or unmet) for one criterion. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly support: number;
}

export type Criterion = 'specific' | 'measurable' | 'timeBound';

/** Precision and recall of the analyzer's `met` and `unmet` verdicts against the labels. */
export function score(
  corpus: readonly LabelledGoal[],
  predict: (goal: LabelledGoal) => Record<Criterion, boolean>,
): Record<Criterion, { met: Score; unmet: Score; accuracy: number }> {
  const predictions = corpus.map((goal) => ({ goal, predicted: predict(goal) }));
  const result = {} as Record<Criterion, { met: Score; unmet: Score; accuracy: number }>;
  for (const criterion of ['specific', 'measurable', 'timeBound'] as const) {
    const classScore = (positive: boolean): Score => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { goal, predicted } of predictions) {
        const actual = goal[criterion] === positive;
        const guessed = predicted[criterion] === positive;
        if (actual && guessed) tp++;
        else if (guessed) fp++;
        else if (actual) fn++;
      }
      return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), support: tp + fn };
    };
    const correct = predictions.filter(({ goal, predicted }) => goal[criterion] === predicted[criterion]).length;
    result[criterion] = { met: classScore(true), unmet: classScore(false), accuracy: correct / predictions.length };
  }
  return result;
}
