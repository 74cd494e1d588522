import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the dialogue module. */
export const dialogueMessagesEn = defineMessages({});

/** English labels of the dialogue module. */
export const dialogueLabelsEn = {} satisfies Partial<Labels>;
