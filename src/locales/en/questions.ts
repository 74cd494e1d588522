import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the questions module. */
export const questionsMessagesEn = defineMessages({});

/** English labels of the questions module. */
export const questionsLabelsEn = {} satisfies Partial<Labels>;
