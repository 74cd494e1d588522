// Validation of the options of phaseQuestions and proposeNextConversation.
import * as z from 'zod/mini';
import { idSchema, instantSchema } from '../core/index.js';
import { questionAudienceSchema } from '../questions/schema.js';
import { planInputSchema } from '../schedule/schema.js';
import { conversationKindSchema, phaseIdSchema } from '../vocabulary/schema.js';
import { participantRoleSchema } from './schema-privacy.js';

/**
 * Schema of the options of `phaseQuestions` (see `PhaseQuestionsOptions`).
 *
 * @example
 * ```ts
 * import { phaseQuestionsOptionsSchema } from 'ontwikkelgesprek/schemas';
 * phaseQuestionsOptionsSchema.parse({ audience: 'manager', count: 3 }).count; // 3
 * ```
 */
export const phaseQuestionsOptionsSchema = z.strictObject({
  audience: z.optional(questionAudienceSchema),
  count: z._default(z.int().check(z.minimum(0), z.maximum(100)), 3),
  seed: z.optional(z.union([z.int(), z.string().check(z.maxLength(200))])),
  exclude: z._default(z.array(idSchema).check(z.maxLength(10_000)), []),
  phase: z.optional(phaseIdSchema),
});

/**
 * Schema of the options of `proposeNextConversation` (see `ProposeNextConversationOptions`).
 *
 * @example
 * ```ts
 * import { proposeNextConversationOptionsSchema } from 'ontwikkelgesprek/schemas';
 * proposeNextConversationOptionsSchema.safeParse({ at: '2027-03-15T10:50:00+01:00', by: 'manager' }).success; // true
 * ```
 */
export const proposeNextConversationOptionsSchema = z.extend(
  z.pick(planInputSchema, { employeeWishMonths: true, calendar: true, policy: true, preferredTime: true, durationMinutes: true }),
  { at: instantSchema, by: participantRoleSchema, kind: z.optional(conversationKindSchema) },
);
