import type { Labels } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';

/**
 * German messages of the agreements module. Empty for as long as the library's catalogues hold no
 * agreements codes (the module still brings its own Dutch and English texts); the German texts
 * waiting for those codes are in `./agreements-next.ts`.
 */
export const agreementsMessagesDe = defineMessages({});

/** German labels of the agreements module (none yet, as in the built-in catalogues). */
export const agreementsLabelsDe = {} satisfies Partial<Labels>;
