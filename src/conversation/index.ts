// The conversation: templates, events, the pure transition, replay and the views of a state.
// Schemas are in ./schema.ts (for other modules and `ontwikkelgesprek/schemas`).
export type {
  ActOnBehalf,
  AgendaEntry,
  BySide,
  CompetenceScanRecord,
  CompetenceScans,
  Conversation,
  ConversationAgenda,
  ConversationAgreement,
  ConversationEvaluation,
  ConversationEvaluations,
  ConversationPreparation,
  PreviousNextTime,
  ConversationStatus,
  ConversationTemplate,
  ConversationTemplateInput,
  GuardId,
  ErasureMark,
  ErasureReason,
  ErasureRecord,
  Need,
  NextConversation,
  Note,
  Participant,
  ParticipantRole,
  PermissionOverrides,
  PermissionTable,
  Person,
  PhaseActivity,
  PhaseVisit,
  PreparationAnswer,
  ShareableTextRef,
  SharedFeedback,
  Strictness,
  TemplatePhase,
  TemplatePhaseInput,
  TextRef,
  ThirdPartyRole,
  Unrecognized,
  Visibility,
} from './types.js';
export type { CollectedFeedbackAnswer, FeedbackColleague, FeedbackRequestInput, FeedbackRequestRecord } from './preparation-types.js';
export type {
  AgendaPointInput,
  ConversationEvent,
  ConversationEventFields,
  ConversationEventHeader,
  ConversationEventHeaderInput,
  ConversationEventInput,
  ConversationEventInputFields,
  ConversationEventLog,
  ConversationEventOf,
  ConversationEventType,
  NeedInput,
  AcceptInput,
  TextAudience,
} from './event-types.js';
export type {
  AvailableEvent,
  AvailableEventsOptions,
  ConversationPatch,
  CreateConversationInput,
  PhaseQuestionsOptions,
  PhaseTimesOptions,
  ProposeNextConversationOptions,
  ReplayOptions,
  TransitionOptions,
  TransitionOutcome,
} from './api-types.js';
export { conversationEventTypes } from './event-list.js';
export { conversationTemplates, validateTemplate } from './templates.js';
export { createConversation } from './create.js';
export { defaultPermissions } from './permissions.js';
export { erasedText } from './texts.js';
export { transition } from './transition.js';
export { eventLogOf, replay } from './replay.js';
export type { LogRecovery } from './recover.js';
export { recoverLog } from './recover.js';
export { availableEvents } from './available.js';
export { evaluationsOf } from './evaluations.js';
export { collectedFeedback } from './collected-feedback.js';
export type { AgendaProgress, InputBalance, OpenAgreement, PhaseTime, SideInput, TimeView } from './views.js';
export { agendaProgress, inputBalance, openAgreements, phaseTimes } from './views.js';
export type { EvaluativeDrift, EvaluativeText } from './drift.js';
export { evaluativeDrift } from './drift.js';
export type { ConversationBudget, SourceBalance } from './budget-types.js';
export type { ScheduleNextConversationEvent } from './next.js';
export { proposeNextConversation } from './next.js';
export { phaseQuestions } from './questions.js';
export { templateToMermaid } from './diagram.js';
export type { XStateMachineConfig, XStateStateConfig, XStateTransitionConfig } from './xstate.js';
export { toXStateConfig } from './xstate.js';
