// The curated public API of ontwikkelgesprek: named re-exports only, one block per module.
// The built-in question bank lives in the `ontwikkelgesprek/questions` entry point.

// core: the kernel's public part (results, findings, money, dates); its internals stay inside.
export type {
  CalendarDate,
  Failure,
  Finding,
  FindingParams,
  FindingParamValue,
  HostMeta,
  Instant,
  JsonValue,
  Money,
  Ok,
  Path,
  Ref,
  Result,
  Severity,
} from './core/index.js';
export {
  addCalendarDays,
  addMinutesToInstant,
  addMoney,
  allocateMoney,
  andThen,
  calendarDateOf,
  currentSchemaVersion,
  daysBetween,
  defaultTimeZone,
  fail,
  hasErrors,
  isCalendarDate,
  isInstant,
  isMoney,
  isValidTimeZone,
  mapResult,
  ok,
  sortFindings,
  subtractMoney,
  supportedDates,
  wallClockOf,
} from './core/index.js';

// languages: finding codes and their params, catalogues, formatting
export * from './locales/index.js';

// the modules' faces
export * from './vocabulary/index.js';
export * from './agreements/index.js';
export * from './questions/index.js';
export * from './agenda/index.js';
export * from './feedback/index.js';
export * from './competences/index.js';
export * from './schedule/index.js';
export * from './conversation/index.js';
export * from './plan/index.js';
export * from './dialogue/index.js';
export * from './privacy/index.js';
export * from './report/index.js';
export * from './storage/index.js';
