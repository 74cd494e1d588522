// The conversation: templates, events, the pure transition, replay and the views of a state.
// Schemas are in ./schema.ts (for other modules and `ontwikkelgesprek/schemas`).
export type {
  AgendaEntry,
  BySide,
  Conversation,
  ConversationAgenda,
  ConversationAgreement,
  ConversationStatus,
  ConversationTemplate,
  ConversationTemplateInput,
  GuardId,
  Need,
  NextConversation,
  Note,
  Person,
  PhaseActivity,
  PhaseVisit,
  PreparationAnswer,
  Strictness,
  TemplatePhase,
  TemplatePhaseInput,
  Unrecognized,
} from './types.js';
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
export { transition } from './transition.js';
export { replay } from './replay.js';
export { availableEvents } from './available.js';
export type { AgendaProgress, EvaluativeDrift, InputBalance, OpenAgreement, PhaseTime, SideInput, TimeView } from './views.js';
export { agendaProgress, evaluativeDrift, inputBalance, openAgreements, phaseTimes } from './views.js';
export type { ScheduleNextConversationEvent } from './next.js';
export { proposeNextConversation } from './next.js';
export { phaseQuestions } from './questions.js';
