// Storage: stored data that lives for years. Every stored shape of the library (conversation states,
// events and logs, templates, POPs, questions, schedule records, findings) is brought from any
// earlier version to the current one by a pure migration that never throws and never loses a key it
// does not understand. The JSON Schemas per version are in `ontwikkelgesprek/schemas`.
export type { ConversationTemplates, MigratedShape, MigrateOptions, StoredVersion } from './types.js';
export { migrate } from './migrate.js';
export {
  migrateConversation,
  migrateConversationEvent,
  migrateConversationEventLog,
  migrateConversationEvents,
  migrateConversationTemplate,
  migrateConversationTemplates,
} from './conversation.js';
export { migratePlan } from './plan.js';
export { migrateQuestion, migrateQuestionBank } from './questions.js';
export { migratePlannedConversation, migrateReminder } from './schedule.js';
export { migrateFinding, migrateFindings } from './findings.js';
