import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the questions module. */
export const questionsMessagesNl = defineMessages({});

/** Dutch labels of the questions module. */
export const questionsLabelsNl = {} satisfies Partial<Labels>;
