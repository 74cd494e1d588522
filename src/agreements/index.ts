export { agreementsMessages } from './messages.js';
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
  TextCriterionVerdict,
} from './schema.js';
export { agreementCheckContextSchema, agreementParticipantSchema, agreementSchema } from './schema.js';
export { analyzeGoalText } from './analyze.js';
export type { EvaluativeKind, EvaluativeSignal } from './evaluative.js';
export { evaluativeSignals } from './evaluative.js';
export type { SmartCriterion } from './check.js';
export { checkAgreement, meetsWww, smartCriteria, smartShortfalls } from './check.js';
export { criterionStatusTerms, smartCriterionTerms, wwwCriterionTerms } from './labels.js';
export type { SensitiveCategory, SensitiveDataHints, SensitiveMatch } from './sensitive.js';
export { sensitiveDataHints } from './sensitive.js';
