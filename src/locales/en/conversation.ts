import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the conversation module. */
export const conversationMessagesEn = defineMessages({});

/** English labels of the conversation module. */
export const conversationLabelsEn = {} satisfies Partial<Labels>;
