import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the dialogue module. */
export const dialogueMessagesNl = defineMessages({});

/** Dutch labels of the dialogue module. */
export const dialogueLabelsNl = {} satisfies Partial<Labels>;
