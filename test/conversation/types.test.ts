import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  ActOnBehalf,
  Conversation,
  ConversationEvaluation,
  ConversationEvaluations,
  PreviousNextTime,
  ConversationEvent,
  ErasureMark,
  ErasureReason,
  ErasureRecord,
  Participant,
  ParticipantRole,
  PermissionOverrides,
  ShareableTextRef,
  TextRef,
  ThirdPartyRole,
  Visibility,
  ConversationEventInput,
  ConversationEventLog,
  ConversationEventType,
  ConversationStatus,
  ConversationTemplate,
  ConversationTemplateInput,
  CreateConversationInput,
  GuardId,
  PhaseActivity,
  PhaseQuestionsOptions,
  ProposeNextConversationOptions,
  Strictness,
  ConversationBudget,
  SourceBalance,
} from '../../src/conversation/index.js';
import type {
  actOnBehalfSchema,
  conversationEvaluationSchema,
  erasureMarkSchema,
  erasureReasonSchema,
  erasureRecordSchema,
  participantRoleSchema,
  participantSchema,
  permissionOverridesSchema,
  shareableTextRefSchema,
  textRefSchema,
  thirdPartyRoleSchema,
  visibilitySchema,
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationStatusSchema,
  conversationTemplateSchema,
  createConversationInputSchema,
  guardIdSchema,
  phaseActivitySchema,
  phaseQuestionsOptionsSchema,
  proposeNextConversationOptionsSchema,
  strictnessSchema,
} from '../../src/conversation/schema.js';
import type { conversationBudgetSchema, sourceBalanceSchema } from '../../src/conversation/schema.js';
import type { ConversationEventLabel, ConversationStatusLabel } from '../../src/locales/codes/conversation.js';
import type { conversationEvaluationsSchema, previousNextTimeSchema } from '../../src/conversation/schema-state.js';
import type {
  collectedFeedbackAnswerSchema,
  feedbackColleagueSchema,
  feedbackRequestInputSchema,
  feedbackRequestRecordSchema,
} from '../../src/conversation/schema-feedback.js';
import type {
  CollectedFeedbackAnswer,
  FeedbackColleague,
  FeedbackRequestInput,
  FeedbackRequestRecord,
} from '../../src/conversation/index.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('conversation: named types and schemas agree', () => {
  it('for the words of the model', () => {
    expectTypeOf<z.output<typeof phaseActivitySchema>>().toEqualTypeOf<PhaseActivity>();
    expectTypeOf<z.output<typeof guardIdSchema>>().toEqualTypeOf<GuardId>();
    expectTypeOf<z.output<typeof strictnessSchema>>().toEqualTypeOf<Strictness>();
  });

  it('for the budget position', () => {
    expectTypeOf<z.input<typeof sourceBalanceSchema>>().toExtend<SourceBalance>();
    expectTypeOf<DeepMutable<SourceBalance>>().toExtend<z.input<typeof sourceBalanceSchema>>();
    expectTypeOf<z.output<typeof conversationBudgetSchema>>().toExtend<ConversationBudget>();
    expectTypeOf<DeepMutable<ConversationBudget>>().toExtend<z.input<typeof conversationBudgetSchema>>();
    expectTypeOf<z.output<typeof conversationStatusSchema>>().toEqualTypeOf<ConversationStatus>();
    // The catalogues name every status and every event: their label families are the same unions.
    expectTypeOf<ConversationStatusLabel>().toEqualTypeOf<ConversationStatus>();
    expectTypeOf<ConversationEventLabel>().toEqualTypeOf<ConversationEventType>();
  });

  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof conversationTemplateSchema>>().toExtend<ConversationTemplateInput>();
    expectTypeOf<DeepMutable<ConversationTemplateInput>>().toExtend<z.input<typeof conversationTemplateSchema>>();
    expectTypeOf<z.input<typeof createConversationInputSchema>>().toExtend<CreateConversationInput>();
    expectTypeOf<DeepMutable<CreateConversationInput>>().toExtend<z.input<typeof createConversationInputSchema>>();
    expectTypeOf<z.input<typeof conversationEventSchema>>().toExtend<ConversationEventInput>();
    expectTypeOf<DeepMutable<ConversationEventInput>>().toExtend<z.input<typeof conversationEventSchema>>();
    expectTypeOf<z.input<typeof conversationEventLogSchema>>().toExtend<ConversationEventLog>();
    expectTypeOf<DeepMutable<ConversationEventLog>>().toExtend<z.input<typeof conversationEventLogSchema>>();
    expectTypeOf<z.input<typeof phaseQuestionsOptionsSchema>>().toExtend<PhaseQuestionsOptions>();
    expectTypeOf<DeepMutable<PhaseQuestionsOptions>>().toExtend<z.input<typeof phaseQuestionsOptionsSchema>>();
    expectTypeOf<z.input<typeof proposeNextConversationOptionsSchema>>().toExtend<ProposeNextConversationOptions>();
    expectTypeOf<DeepMutable<ProposeNextConversationOptions>>().toExtend<z.input<typeof proposeNextConversationOptionsSchema>>();
  });

  it('for who takes part, who may do what, who may read what, and what was erased', () => {
    expectTypeOf<z.output<typeof participantRoleSchema>>().toEqualTypeOf<ParticipantRole>();
    expectTypeOf<z.output<typeof thirdPartyRoleSchema>>().toEqualTypeOf<ThirdPartyRole>();
    expectTypeOf<z.output<typeof visibilitySchema>>().toEqualTypeOf<Visibility>();
    expectTypeOf<z.output<typeof erasureReasonSchema>>().toEqualTypeOf<ErasureReason>();
    expectTypeOf<z.output<typeof participantSchema>>().toExtend<Participant>();
    expectTypeOf<DeepMutable<Participant>>().toExtend<z.input<typeof participantSchema>>();
    expectTypeOf<z.output<typeof erasureMarkSchema>>().toExtend<ErasureMark>();
    expectTypeOf<DeepMutable<ErasureMark>>().toExtend<z.input<typeof erasureMarkSchema>>();
    expectTypeOf<z.output<typeof erasureRecordSchema>>().toExtend<ErasureRecord>();
    expectTypeOf<DeepMutable<ErasureRecord>>().toExtend<z.input<typeof erasureRecordSchema>>();
    expectTypeOf<z.output<typeof textRefSchema>>().toExtend<TextRef>();
    expectTypeOf<DeepMutable<TextRef>>().toExtend<z.input<typeof textRefSchema>>();
    expectTypeOf<z.output<typeof shareableTextRefSchema>>().toExtend<ShareableTextRef>();
    expectTypeOf<DeepMutable<ShareableTextRef>>().toExtend<z.input<typeof shareableTextRefSchema>>();
    expectTypeOf<z.output<typeof actOnBehalfSchema>>().toExtend<ActOnBehalf>();
    expectTypeOf<DeepMutable<ActOnBehalf>>().toExtend<z.input<typeof actOnBehalfSchema>>();
    expectTypeOf<z.input<typeof permissionOverridesSchema>>().toExtend<PermissionOverrides>();
    expectTypeOf<DeepMutable<PermissionOverrides>>().toExtend<z.input<typeof permissionOverridesSchema>>();
    expectTypeOf<z.output<typeof conversationEvaluationSchema>>().toExtend<ConversationEvaluation>();
    expectTypeOf<DeepMutable<ConversationEvaluation>>().toExtend<z.input<typeof conversationEvaluationSchema>>();
    expectTypeOf<z.output<typeof conversationEvaluationsSchema>>().toExtend<ConversationEvaluations>();
    expectTypeOf<DeepMutable<ConversationEvaluations>>().toExtend<z.input<typeof conversationEvaluationsSchema>>();
    expectTypeOf<z.output<typeof previousNextTimeSchema>>().toExtend<PreviousNextTime>();
    expectTypeOf<DeepMutable<PreviousNextTime>>().toExtend<z.input<typeof previousNextTimeSchema>>();
  });

  it('for colleague feedback collected in the preparation', () => {
    expectTypeOf<z.input<typeof feedbackColleagueSchema>>().toExtend<FeedbackColleague>();
    expectTypeOf<DeepMutable<FeedbackColleague>>().toExtend<z.input<typeof feedbackColleagueSchema>>();
    expectTypeOf<z.input<typeof feedbackRequestInputSchema>>().toExtend<FeedbackRequestInput>();
    expectTypeOf<DeepMutable<FeedbackRequestInput>>().toExtend<z.input<typeof feedbackRequestInputSchema>>();
    expectTypeOf<z.output<typeof collectedFeedbackAnswerSchema>>().toExtend<CollectedFeedbackAnswer>();
    expectTypeOf<DeepMutable<CollectedFeedbackAnswer>>().toExtend<z.input<typeof collectedFeedbackAnswerSchema>>();
    expectTypeOf<z.output<typeof feedbackRequestRecordSchema>>().toExtend<FeedbackRequestRecord>();
    expectTypeOf<DeepMutable<FeedbackRequestRecord>>().toExtend<z.input<typeof feedbackRequestRecordSchema>>();
  });

  it('for what the library hands back', () => {
    expectTypeOf<z.output<typeof conversationTemplateSchema>>().toExtend<ConversationTemplate>();
    expectTypeOf<DeepMutable<ConversationTemplate>>().toExtend<z.input<typeof conversationTemplateSchema>>();
    expectTypeOf<z.output<typeof conversationEventSchema>>().toExtend<ConversationEvent>();
    expectTypeOf<DeepMutable<ConversationEvent>>().toExtend<z.input<typeof conversationEventSchema>>();
    expectTypeOf<z.output<typeof conversationSchema>>().toExtend<Conversation>();
    expectTypeOf<DeepMutable<Conversation>>().toExtend<z.input<typeof conversationSchema>>();
  });
});
