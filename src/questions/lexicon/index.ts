import { en } from './en.js';
import { nl } from './nl.js';
import type { QuestionLexicon } from './types.js';

export type { QuestionLexicon } from './types.js';

/**
 * The question lexicons as data, per language.
 *
 * @internal
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Hoe vaak heb je overleg met je mentor?', 'nl'); // false
 * ```
 */
export const questionLexicons: Readonly<Record<'nl' | 'en', QuestionLexicon>> = Object.freeze({ nl, en });
