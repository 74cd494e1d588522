// Validation of a plan's versions: approvals, the history of changes, and progress on agreements.
import * as z from 'zod/mini';
import { idSchema, instantSchema, longTextSchema } from '../core/index.js';
import { roleSchema } from '../vocabulary/schema.js';
import { erasureReasonSchema } from '../conversation/schema.js';

/** A content hash: 64 lowercase hex digits. */
export const hashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/u));
/** A version number. */
export const versionSchema = z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER));
/** Who wrote a version: a side, or the conversation the plan was assembled from. */
export const authorSchema = z.enum(['employee', 'manager', 'conversation']);

/**
 * Schema of an approval as the caller gives it to `approvePlan`.
 *
 * @example
 * ```ts
 * import { planApprovalSchema } from 'ontwikkelgesprek/schemas';
 * planApprovalSchema.safeParse({ by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }).success; // true
 * ```
 */
export const planApprovalSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  version: versionSchema,
  hash: z.optional(hashSchema),
});

/**
 * Schema of an approval as the plan records it, always with the hash of the version approved.
 *
 * @example
 * ```ts
 * import { approvalRecordSchema } from 'ontwikkelgesprek/schemas';
 * approvalRecordSchema.safeParse({ by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }).success; // false: no hash
 * ```
 */
export const approvalRecordSchema = z.strictObject({
  by: roleSchema,
  at: instantSchema,
  version: versionSchema,
  hash: hashSchema,
  previousHash: z.optional(hashSchema),
});

/**
 * Schema of the sections of a plan, as named in its history.
 *
 * @example
 * ```ts
 * import { planSectionSchema } from 'ontwikkelgesprek/schemas';
 * planSectionSchema.options.includes('funding'); // true
 * ```
 */
export const planSectionSchema = z.enum([
  'plan',
  'employee',
  'manager',
  'period',
  'ambitions',
  'goals',
  'agreements',
  'costs',
  'funding',
  'nextConversation',
  'evaluation',
  'zienswijze',
]);

/**
 * Schema of one change in the history.
 *
 * @example
 * ```ts
 * import { planChangeRecordSchema } from 'ontwikkelgesprek/schemas';
 * planChangeRecordSchema.safeParse({ section: 'agreements', id: 'a2', action: 'added' }).success; // true
 * ```
 */
export const planChangeRecordSchema = z.strictObject({
  section: planSectionSchema,
  id: z.optional(idSchema),
  title: z.optional(z.string().check(z.maxLength(2_000))),
  agreementId: z.optional(idSchema),
  action: z.enum(['created', 'added', 'changed', 'removed']),
});

/**
 * Schema of a history entry: one per version.
 *
 * @example
 * ```ts
 * import { planHistoryEntrySchema } from 'ontwikkelgesprek/schemas';
 * planHistoryEntrySchema.shape.by.options; // ['employee', 'manager', 'conversation']
 * ```
 */
export const planHistoryEntrySchema = z.strictObject({
  version: versionSchema,
  at: instantSchema,
  by: authorSchema,
  reason: z.optional(longTextSchema),
  changes: z.array(planChangeRecordSchema),
  hash: hashSchema,
  previousHash: z.optional(hashSchema),
  clearedApprovals: z.array(approvalRecordSchema),
});

/**
 * Schema of an agreement's status.
 *
 * @example
 * ```ts
 * import { progressStatusSchema } from 'ontwikkelgesprek/schemas';
 * progressStatusSchema.options; // ['open', 'done', 'dropped']
 * ```
 */
export const progressStatusSchema = z.enum(['open', 'done', 'dropped']);

/**
 * Schema of progress as given to `recordProgress`: a status, a note, or both.
 *
 * @example
 * ```ts
 * import { planProgressSchema } from 'ontwikkelgesprek/schemas';
 * planProgressSchema.safeParse({ agreementId: 'a1', by: 'employee', at: '2027-05-01T12:00:00+02:00', note: ' ' }).success; // false
 * ```
 */
export const planProgressSchema = z
  .strictObject({
    agreementId: idSchema,
    by: roleSchema,
    at: instantSchema,
    status: z.optional(progressStatusSchema),
    note: z.optional(longTextSchema),
  })
  .check(
    z.refine((progress) => progress.status !== undefined || (progress.note ?? '').trim() !== '', {
      params: { code: 'plan.progress.empty' },
      message: 'Progress needs a status or a note',
    }),
  );

/**
 * Schema of a progress entry as the plan records it.
 *
 * @example
 * ```ts
 * import { progressEntrySchema } from 'ontwikkelgesprek/schemas';
 * progressEntrySchema.shape.version.safeParse(0).success; // false
 * ```
 */
export const progressEntrySchema = z.strictObject({
  agreementId: idSchema,
  by: roleSchema,
  at: instantSchema,
  status: z.optional(progressStatusSchema),
  note: z.optional(longTextSchema),
  version: versionSchema,
});

/**
 * Schema of a tombstone in the plan (see `PlanErasure`).
 *
 * @example
 * ```ts
 * import { planErasureSchema } from 'ontwikkelgesprek/schemas';
 * planErasureSchema.safeParse({ version: 1, path: ['goals', 0, 'why'], at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'retention' }).success; // true
 * ```
 */
export const planErasureSchema = z.strictObject({
  version: versionSchema,
  path: z.array(z.union([z.string().check(z.maxLength(200)), z.int().check(z.minimum(0))])).check(z.minLength(1), z.maxLength(10)),
  digest: z.optional(hashSchema),
  at: instantSchema,
  by: idSchema,
  reason: erasureReasonSchema,
  reference: z.optional(z.string().check(z.maxLength(200))),
});
