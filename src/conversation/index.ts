export { conversationMessages } from './messages.js';
export type {
  AgendaEntry,
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
} from './schema.js';
export {
  agendaEntrySchema,
  conversationAgendaSchema,
  conversationAgreementSchema,
  conversationSchema,
  conversationStatusSchema,
  conversationTemplateSchema,
  guardIdSchema,
  needSchema,
  nextConversationSchema,
  noteSchema,
  personSchema,
  phaseActivitySchema,
  phaseVisitSchema,
  preparationAnswerSchema,
  strictnessSchema,
  templatePhaseSchema,
} from './schema.js';
export type { ConversationEvent, ConversationEventInput, ConversationEventType } from './events.js';
export { conversationEventSchema, conversationEventTypes } from './events.js';
export { conversationTemplates, validateTemplate } from './templates.js';
export type { AvailableEvent, ConversationPatch, CreateConversationInput, ReplayOptions, TransitionOutcome } from './machine.js';
export { availableEvents, createConversation, createConversationInputSchema, replay, transition } from './machine.js';
export type { AgendaProgress, EvaluativeDrift, InputBalance, OpenAgreement, PhaseTime, SideInput, TimeView } from './views.js';
export { agendaProgress, evaluativeDrift, inputBalance, openAgreements, phaseTimes } from './views.js';
export type { ProposeNextConversationOptions, ScheduleNextConversationEvent } from './next.js';
export { proposeNextConversation, proposeNextConversationOptionsSchema } from './next.js';
export type { PhaseQuestionsOptions } from './questions.js';
export { phaseQuestions, phaseQuestionsOptionsSchema } from './questions.js';
