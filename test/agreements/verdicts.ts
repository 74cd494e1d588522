import { analyzeGoalText } from '../../src/agreements/index.js';

/** S, M and T as the reader judged a goal (language detected): upper case met, lower case unmet, as the lexicon goals write them. */
export function verdicts(text: string): string {
  const analysis = analyzeGoalText(text, { locale: 'auto' });
  return (['specific', 'measurable', 'timeBound'] as const)
    .map((criterion) => (analysis[criterion].status === 'met' ? criterion.charAt(0).toUpperCase() : criterion.charAt(0)))
    .join('');
}
