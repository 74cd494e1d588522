import type { ConversationEventType } from './event-types.js';
import { eventTypes } from './rules.js';

/**
 * Every event type, in the order a development conversation usually meets them (the order
 * `availableEvents` lists them in).
 *
 * @example
 * ```ts
 * import { conversationEventTypes } from 'ontwikkelgesprek';
 * conversationEventTypes.includes('conclude'); // true
 * conversationEventTypes.length; // 27
 * ```
 */
export const conversationEventTypes: readonly ConversationEventType[] = eventTypes;
