import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the conversation module. */
export const conversationMessagesNl = defineMessages({});

/** Dutch labels of the conversation module. */
export const conversationLabelsNl = {} satisfies Partial<Labels>;
