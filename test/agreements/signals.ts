// Loaders and scores for the labelled evaluative and deficit sets (issue 13). Their held-out fifths
// (evaluative-heldout.txt, deficit-heldout.txt) were frozen by signals-split.ts before any rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoalText, evaluativeSignals } from '../../src/agreements/index.js';

export interface LabelledText<L extends string> {
  readonly locale: 'nl' | 'en';
  readonly label: L;
  readonly text: string;
}

export type EvaluativeLabel = 'none' | 'appraisal' | 'pay' | 'both';

function load<L extends string>(file: string, labels: readonly L[]): LabelledText<L>[] {
  return readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((row) => row.trim() !== '' && !row.startsWith('#'))
    .map((row, index) => {
      const [locale, label, ...rest] = row.split('|');
      if ((locale !== 'nl' && locale !== 'en') || !labels.includes(label as L)) throw new Error(`${file} row ${index + 1}: bad row`);
      return { locale, label: label as L, text: rest.join('|') };
    });
}

export const loadEvaluative = (file: 'evaluative.txt' | 'evaluative-heldout.txt'): LabelledText<EvaluativeLabel>[] =>
  load(file, ['none', 'appraisal', 'pay', 'both'] as const);
export const loadDeficit = (file: 'deficit.txt' | 'deficit-heldout.txt'): LabelledText<'0' | '1'>[] => load(file, ['0', '1'] as const);

/** What evaluativeSignals says about a text, in the labels' terms. */
export function evaluativeLabel(text: string, locale: 'nl' | 'en'): EvaluativeLabel {
  const kinds = new Set(evaluativeSignals(text, locale).map((signal) => signal.kind));
  if (kinds.size === 2) return 'both';
  return kinds.has('appraisal') ? 'appraisal' : kinds.has('pay') ? 'pay' : 'none';
}

export const hasDeficitHint = (text: string, locale: 'nl' | 'en'): boolean =>
  analyzeGoalText(text, { locale }).findings.some((finding) => finding.code === 'agreement.text.deficit');

/** Binary precision and recall (a signal found at all), and how often the exact label is right. */
export interface SignalScore {
  readonly size: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
  /** Evaluative only: the kind (none, appraisal, pay, both) exactly right. */
  readonly labelAccuracy: number;
}

export function scoreSignals<L extends string>(
  rows: readonly LabelledText<L>[],
  positive: (label: L) => boolean,
  predict: (row: LabelledText<L>) => L,
): SignalScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let exact = 0;
  for (const row of rows) {
    const predicted = predict(row);
    if (predicted === row.label) exact++;
    const actual = positive(row.label);
    const guessed = positive(predicted);
    if (actual && guessed) tp++;
    else if (guessed) fp++;
    else if (actual) fn++;
    else tn++;
  }
  return {
    size: rows.length,
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    accuracy: (tp + tn) / rows.length,
    labelAccuracy: exact / rows.length,
  };
}

export const scoreEvaluative = (file: 'evaluative.txt' | 'evaluative-heldout.txt'): SignalScore =>
  scoreSignals(
    loadEvaluative(file),
    (label) => label !== 'none',
    (row) => evaluativeLabel(row.text, row.locale),
  );

export const scoreDeficit = (file: 'deficit.txt' | 'deficit-heldout.txt'): SignalScore =>
  scoreSignals(
    loadDeficit(file),
    (label) => label === '1',
    (row) => (hasDeficitHint(row.text, row.locale) ? '1' : '0'),
  );
