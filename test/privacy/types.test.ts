import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { SensitiveCategory } from '../../src/agreements/index.js';
import type { FeedbackRequestRecord, ParticipantRole, TextRef, Visibility } from '../../src/conversation/index.js';
import type { FeedbackSummary } from '../../src/feedback/index.js';
import type { ErasureReasonLabel, ParticipantRoleLabel, TextKindLabel, VisibilityLabel } from '../../src/locales/codes/conversation.js';
import type {
  RetentionActionLabel,
  RetentionAnchorLabel,
  RetentionKindLabel,
  SensitiveCategoryLabel,
} from '../../src/locales/codes/privacy.js';
import type {
  ConversationView,
  FeedbackRequestView,
  PreparationView,
  RedactRequest,
  RedactTarget,
  RetentionAction,
  RetentionAnchor,
  RetentionKind,
  RetentionPolicy,
  RetentionRecord,
  RetentionRule,
  SubjectExportOptions,
  Viewer,
} from '../../src/privacy/index.js';
import type {
  redactRequestSchema,
  redactTargetSchema,
  retentionPolicySchema,
  retentionRecordSchema,
  retentionRuleSchema,
  subjectExportOptionsSchema,
  viewerSchema,
} from '../../src/privacy/schema.js';
import type { ErasureReason } from '../../src/index.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions hold.
describe('privacy: named types and schemas agree', () => {
  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof viewerSchema>>().toExtend<Viewer>();
    expectTypeOf<DeepMutable<Viewer>>().toExtend<z.input<typeof viewerSchema>>();
    expectTypeOf<z.output<typeof redactTargetSchema>>().toExtend<RedactTarget>();
    expectTypeOf<DeepMutable<RedactTarget>>().toExtend<z.input<typeof redactTargetSchema>>();
    expectTypeOf<z.input<typeof redactRequestSchema>>().toExtend<RedactRequest>();
    expectTypeOf<DeepMutable<RedactRequest>>().toExtend<z.input<typeof redactRequestSchema>>();
    expectTypeOf<z.input<typeof retentionRuleSchema>>().toExtend<RetentionRule>();
    expectTypeOf<DeepMutable<RetentionRule>>().toExtend<z.input<typeof retentionRuleSchema>>();
    expectTypeOf<z.input<typeof retentionPolicySchema>>().toExtend<RetentionPolicy>();
    expectTypeOf<DeepMutable<RetentionPolicy>>().toExtend<z.input<typeof retentionPolicySchema>>();
    expectTypeOf<z.input<typeof retentionRecordSchema>>().toExtend<RetentionRecord>();
    expectTypeOf<DeepMutable<RetentionRecord>>().toExtend<z.input<typeof retentionRecordSchema>>();
    expectTypeOf<z.input<typeof subjectExportOptionsSchema>>().toExtend<SubjectExportOptions>();
    expectTypeOf<DeepMutable<SubjectExportOptions>>().toExtend<z.input<typeof subjectExportOptionsSchema>>();
  });

  it('for the words the catalogues name', () => {
    expectTypeOf<SensitiveCategoryLabel>().toEqualTypeOf<SensitiveCategory>();
    expectTypeOf<RetentionKindLabel>().toEqualTypeOf<RetentionKind>();
    expectTypeOf<RetentionAnchorLabel>().toEqualTypeOf<RetentionAnchor>();
    expectTypeOf<RetentionActionLabel>().toEqualTypeOf<RetentionAction>();
    expectTypeOf<ParticipantRoleLabel>().toEqualTypeOf<ParticipantRole>();
    expectTypeOf<VisibilityLabel>().toEqualTypeOf<Visibility>();
    expectTypeOf<ErasureReasonLabel>().toEqualTypeOf<ErasureReason>();
    expectTypeOf<TextKindLabel>().toEqualTypeOf<Exclude<RedactTarget['kind'], 'person' | 'preparation' | 'notes' | 'everything'>>();
    expectTypeOf<TextRef['kind']>().toExtend<TextKindLabel>();
  });

  it('for the view of colleague feedback: the request without its answers, the summary only as the view adds it', () => {
    expectTypeOf<ConversationView['preparation']>().toEqualTypeOf<PreparationView>();
    expectTypeOf<FeedbackRequestView>().not.toHaveProperty('answers');
    expectTypeOf<FeedbackRequestView['summary']>().toEqualTypeOf<FeedbackSummary | undefined>();
    expectTypeOf<Omit<FeedbackRequestRecord, 'answers'>>().toExtend<FeedbackRequestView>();
  });
});
