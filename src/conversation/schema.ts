// Validation of the conversation module: the one door through which other modules and
// `ontwikkelgesprek/schemas` reach its schemas. The named types in types.ts, template-types.ts and
// event-types.ts are the contract; test/conversation/types.test.ts keeps them and these equal.
export {
  conversationEventLogSchema,
  conversationEventSchema,
  createConversationInputSchema,
} from './schema-events.js';
export {
  agendaEntrySchema,
  conversationAgendaSchema,
  conversationAgreementSchema,
  conversationSchema,
  conversationEvaluationSchema,
  conversationStatusSchema,
  needSchema,
  nextConversationSchema,
  noteSchema,
  personSchema,
  phaseVisitSchema,
  preparationAnswerSchema,
  strictnessSchema,
} from './schema-state.js';
export {
  conversationTemplateSchema,
  guardIdSchema,
  phaseActivitySchema,
  schemaVersionSchema,
  templatePhaseSchema,
  unrecognizedSchema,
} from './schema-template.js';
export { phaseQuestionsOptionsSchema, proposeNextConversationOptionsSchema } from './schema-options.js';
export {
  actOnBehalfSchema,
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
} from './schema-privacy.js';
export { conversationBudgetSchema, sourceBalanceSchema } from './schema-budget.js';
