export type {
  Agreement,
  AgreementCheckContext,
  AgreementInput,
  AgreementParticipant,
  AgreementReport,
  CriterionStatus,
  CriterionVerdict,
  EvidenceSpan,
  GoalTextAnalysis,
  GoalTextOptions,
  LearningForm,
  LearningOffer,
  ProviderSearcher,
  TextCriterionVerdict,
} from './types.js';
export { analyzeGoalText } from './analyze.js';
export type { EvaluativeKind, EvaluativeSignal } from './evaluative.js';
export { evaluativeSignals } from './evaluative.js';
export type { SmartCriterion } from './criteria.js';
export { checkAgreement } from './check.js';
export { meetsWww, smartCriteria, smartShortfalls } from './criteria.js';
export type { SensitiveCategory, SensitiveDataHints, SensitiveMatch } from './sensitive.js';
export { sensitiveDataHints } from './sensitive.js';
