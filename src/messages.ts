import type { MessageCatalogue } from './core/index.js';
import { agreementsMessages } from './agreements/index.js';

/**
 * Every message of the library, by finding code, in Dutch and English: for hosts that store
 * findings by code and render them later, or translate them into a third language.
 *
 * @example
 * ```ts
 * import { messages } from 'ontwikkelgesprek';
 * messages['agreement.text.empty']?.en !== undefined; // true
 * ```
 */
export const messages: MessageCatalogue = Object.freeze({
  ...agreementsMessages,
});
