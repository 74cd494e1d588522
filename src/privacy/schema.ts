// Validation of the privacy module's inputs (see types.ts for the named types).
import * as z from 'zod/mini';
import { calendarDateSchema, idSchema, instantSchema } from '../core/index.js';
import { erasureReasonSchema, participantRoleSchema, textRefSchema } from '../conversation/schema.js';

/**
 * Schema of who is looking (see `Viewer`).
 *
 * @example
 * ```ts
 * import { viewerSchema } from 'ontwikkelgesprek/schemas';
 * viewerSchema.safeParse({ id: 'hr-7', role: 'hrAdviser' }).success; // true
 * ```
 */
export const viewerSchema = z.strictObject({ id: idSchema, role: z.optional(participantRoleSchema) });

/**
 * Schema of what to erase (see `RedactTarget`).
 *
 * @example
 * ```ts
 * import { redactTargetSchema } from 'ontwikkelgesprek/schemas';
 * redactTargetSchema.safeParse({ kind: 'person', id: 'emp-1' }).success; // true
 * redactTargetSchema.safeParse({ kind: 'person' }).success; // false
 * ```
 */
export const redactTargetSchema = z.union([
  textRefSchema,
  z.strictObject({ kind: z.enum(['goal', 'ambition']), id: idSchema }),
  z.strictObject({ kind: z.enum(['zienswijze', 'nextConversation']) }),
  z.strictObject({ kind: z.literal('person'), id: idSchema }),
  z.strictObject({ kind: z.enum(['preparation', 'notes', 'everything']) }),
]);

/**
 * Schema of an erasure request (see `RedactRequest`).
 *
 * @example
 * ```ts
 * import { redactRequestSchema } from 'ontwikkelgesprek/schemas';
 * redactRequestSchema.safeParse({ target: { kind: 'notes' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'retention' }).success; // true
 * ```
 */
export const redactRequestSchema = z.strictObject({
  target: redactTargetSchema,
  at: instantSchema,
  by: idSchema,
  reason: erasureReasonSchema,
  reference: z.optional(z.string().check(z.maxLength(200))),
});

/**
 * Schema of a kind of record with a retention term (see `RetentionKind`).
 *
 * @example
 * ```ts
 * import { retentionKindSchema } from 'ontwikkelgesprek/schemas';
 * retentionKindSchema.options.includes('eventLog'); // true
 * ```
 */
export const retentionKindSchema = z.enum(['preparation', 'notes', 'conversation', 'eventLog', 'plan', 'patches']);

/**
 * Schema of one retention term (see `RetentionRule`): 0 to 1,200 months.
 *
 * @example
 * ```ts
 * import { retentionRuleSchema } from 'ontwikkelgesprek/schemas';
 * retentionRuleSchema.safeParse({ kind: 'plan', action: 'delete', months: 24, after: 'employmentEnd' }).success; // true
 * ```
 */
export const retentionRuleSchema = z.strictObject({
  kind: retentionKindSchema,
  action: z.enum(['erase', 'delete']),
  months: z.int().check(z.minimum(0), z.maximum(1_200)),
  after: z.enum(['conversation', 'planPeriodEnd', 'employmentEnd']),
});

/**
 * Schema of a retention policy (see `RetentionPolicy`).
 *
 * @example
 * ```ts
 * import { retentionPolicySchema } from 'ontwikkelgesprek/schemas';
 * retentionPolicySchema.safeParse({ rules: [] }).success; // true
 * ```
 */
export const retentionPolicySchema = z.strictObject({ rules: z.array(retentionRuleSchema).check(z.maxLength(100)) });

/**
 * Schema of a record as a host indexes it for retention (see `RetentionRecord`).
 *
 * @example
 * ```ts
 * import { retentionRecordSchema } from 'ontwikkelgesprek/schemas';
 * retentionRecordSchema.safeParse({ kind: 'conversation', id: 'c1', employeeId: 'e-17', conversationDate: '2027-03-15' }).success; // true
 * ```
 */
export const retentionRecordSchema = z.strictObject({
  kind: retentionKindSchema,
  id: idSchema,
  employeeId: idSchema,
  conversationDate: z.optional(calendarDateSchema),
  planPeriodEnd: z.optional(calendarDateSchema),
  employmentEnd: z.optional(calendarDateSchema),
});

/**
 * Schema of the options of `exportForSubject` (see `SubjectExportOptions`).
 *
 * @example
 * ```ts
 * import { subjectExportOptionsSchema } from 'ontwikkelgesprek/schemas';
 * subjectExportOptionsSchema.safeParse({ withheld: 'include' }).success; // true
 * ```
 */
export const subjectExportOptionsSchema = z.strictObject({ withheld: z.optional(z.enum(['list', 'include'])) });
