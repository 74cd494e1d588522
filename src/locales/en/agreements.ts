import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the agreements module. */
export const agreementsMessagesEn = defineMessages({});

/** English labels of the agreements module. */
export const agreementsLabelsEn = {} satisfies Partial<Labels>;
