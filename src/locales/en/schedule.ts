import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the schedule module. */
export const scheduleMessagesEn = defineMessages({});

/** English labels of the schedule module. */
export const scheduleLabelsEn = {} satisfies Partial<Labels>;
