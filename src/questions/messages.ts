import { defineMessages } from '../core/index.js';

/**
 * Messages of the questions module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { messages } from 'ontwikkelgesprek';
 * Object.keys(messages).length > 0; // true
 * ```
 */
export const questionsMessages = defineMessages({});
