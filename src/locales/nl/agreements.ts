import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the agreements module. */
export const agreementsMessagesNl = defineMessages({});

/** Dutch labels of the agreements module. */
export const agreementsLabelsNl = {} satisfies Partial<Labels>;
