import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the plan module. */
export const planMessagesNl = defineMessages({});

/** Dutch labels of the plan module. */
export const planLabelsNl = {} satisfies Partial<Labels>;
