// The shared words of the domain: ids and data. Names per language are in the catalogues; schemas in ./schema.ts.
export type { ConversationKind, FocusArea, FundingSourceKind, Phase, PhaseId, Role, Term, Topic, TopicId } from './vocabulary.js';
export { conversationKinds, focusAreas, isEvaluativeTopic, phases, roles, termOf, topics } from './vocabulary.js';
