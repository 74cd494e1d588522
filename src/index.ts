// The curated public API of ontwikkelgesprek: named re-exports only, one block per module.
// The built-in question bank lives in the `ontwikkelgesprek/questions` entry point.

// core
export type {
  CalendarDate,
  Failure,
  Finding,
  FindingFactory,
  FindingOptions,
  FindingParams,
  Instant,
  Locale,
  LocalizedText,
  MessageCatalogue,
  Money,
  Ok,
  ParseOptions,
  Path,
  Random,
  Result,
  Severity,
} from './core/index.js';
export {
  addCalendarDays,
  addCalendarMonths,
  addMinutesToInstant,
  addMoney,
  andThen,
  calendarDateOf,
  calendarDateSchema,
  canonicalJson,
  combineResults,
  compareCalendarDates,
  compareInstants,
  coreMessages,
  createFinding,
  createRandom,
  currencySchema,
  daysBetween,
  deepFreeze,
  defaultTimeZone,
  defineMessages,
  fail,
  findingParamsSchema,
  findingSchema,
  findingsFrom,
  formatFinding,
  formatMoney,
  fromDayNumber,
  hasErrors,
  idSchema,
  instantAt,
  instantSchema,
  interpolate,
  isCalendarDate,
  isInstant,
  isoWeekday,
  isValidTimeZone,
  localeSchema,
  locales,
  localize,
  localizedTextSchema,
  longTextSchema,
  mapResult,
  minorUnitDigits,
  minutesBetween,
  moneySchema,
  ok,
  parseWith,
  pathSchema,
  placeholdersOf,
  prefixPaths,
  resultOf,
  severitySchema,
  sha256Hex,
  shortTextSchema,
  sortFindings,
  timeZoneSchema,
  toDayNumber,
  wallClockOf,
} from './core/index.js';

// vocabulary
export type { ConversationKind, FocusArea, Phase, PhaseId, Role, Term, Topic, TopicId } from './vocabulary/index.js';
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
} from './vocabulary/index.js';

// messages (every catalogue together)
export { messages } from './messages.js';

// agreements
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
  SmartCriterion,
  TextCriterionVerdict,
} from './agreements/index.js';
export {
  agreementCheckContextSchema,
  agreementParticipantSchema,
  agreementSchema,
  agreementsMessages,
  analyzeGoalText,
  checkAgreement,
  meetsWww,
  smartCriteria,
  smartShortfalls,
} from './agreements/index.js';

// questions (functions only; the built-in bank is in 'ontwikkelgesprek/questions')
export { questionsMessages } from './questions/index.js';

// agenda
export type {
  AgendaItem,
  AgendaItemInput,
  AgendaPriority,
  AgendaSource,
  MergeAgendasInput,
  MergedAgenda,
  MergedAgendaItem,
  MergedSource,
  PreviousAgreement,
} from './agenda/index.js';
export {
  agendaInputFrom,
  agendaItemSchema,
  agendaMessages,
  agendaPrioritySchema,
  agendaSourceSchema,
  mergeAgendas,
  mergeAgendasInputSchema,
  mergedAgendaItemSchema,
  mergedSourceSchema,
  normalizeTitle,
  previousAgreementSchema,
} from './agenda/index.js';

// schedule
export { scheduleMessages } from './schedule/index.js';

// conversation
export { conversationMessages } from './conversation/index.js';

// plan
export { planMessages } from './plan/index.js';

// dialogue
export { dialogueMessages } from './dialogue/index.js';
