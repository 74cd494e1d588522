import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the plan module. */
export const planMessagesEn = defineMessages({});

/** English labels of the plan module. */
export const planLabelsEn = {} satisfies Partial<Labels>;
