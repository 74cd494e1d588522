import { defineMessages } from '../core/index.js';

/**
 * Messages of the agenda module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { messages } from 'ontwikkelgesprek';
 * Object.keys(messages).length > 0; // true
 * ```
 */
export const agendaMessages = defineMessages({});
