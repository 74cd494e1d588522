import type { QuestionCategory } from './types.js';

/**
 * The categories whose questions must be open: every category but `closing`, where checking a
 * summary (*Klopt mijn samenvatting?*) is a legitimate closed question. `validateQuestionBank` warns
 * about a closed question in any of these.
 *
 * @example
 * ```ts
 * import { openQuestionCategories } from 'ontwikkelgesprek';
 * openQuestionCategories.includes('closing'); // false
 * openQuestionCategories.length; // 6
 * ```
 */
export const openQuestionCategories: readonly QuestionCategory[] = Object.freeze([
  'preparation',
  'open',
  'strengths',
  'deepening',
  'needs',
  'evaluation',
] as const);

/** Every category, in the order a conversation meets them (the order balanced selection deals in). */
export const questionCategories: readonly QuestionCategory[] = Object.freeze([
  'preparation',
  'open',
  'strengths',
  'deepening',
  'needs',
  'closing',
  'evaluation',
] as const);
