import { defineMessages } from '../core/index.js';

/**
 * Messages of the conversation module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { messages } from 'ontwikkelgesprek';
 * Object.keys(messages).length > 0; // true
 * ```
 */
export const conversationMessages = defineMessages({});
