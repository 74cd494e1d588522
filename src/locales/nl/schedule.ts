import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the schedule module. */
export const scheduleMessagesNl = defineMessages({});

/** Dutch labels of the schedule module. */
export const scheduleLabelsNl = {} satisfies Partial<Labels>;
