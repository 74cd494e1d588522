export type { ConversationKind, FocusArea, Phase, PhaseId, Role, Term, Topic, TopicId } from './vocabulary.js';
export {
  conversationKinds,
  conversationKindSchema,
  focusAreas,
  focusAreaSchema,
  isEvaluativeTopic,
  phaseIdSchema,
  phases,
  roles,
  roleSchema,
  termOf,
  topicIdSchema,
  topics,
} from './vocabulary.js';
