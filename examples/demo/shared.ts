import { z } from 'zod';
import { calendarDateSchema, shortTextSchema } from '../../src/schemas/index.js';

/** A tiny schema for the kernel section, before the agreements module shows the real one. */
export const agreementDraftSchema = z.strictObject({ what: shortTextSchema, when: calendarDateSchema });
