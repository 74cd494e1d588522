export type { Locale, LocalizedText } from './locale.js';
export { localeSchema, locales, localizedTextSchema, localize } from './locale.js';
export type { Finding, FindingFactory, FindingOptions, FindingParams, MessageCatalogue, Path, Severity } from './finding.js';
export {
  createFinding,
  defineMessages,
  findingParamsSchema,
  findingSchema,
  findingsFrom,
  formatFinding,
  hasErrors,
  interpolate,
  pathSchema,
  placeholdersOf,
  prefixPaths,
  severitySchema,
  sortFindings,
} from './finding.js';
export type { Failure, Ok, Result } from './result.js';
export { andThen, combineResults, fail, mapResult, ok, resultOf } from './result.js';
export { coreMessages } from './messages.js';
export type { ParseOptions } from './parse.js';
export { parseWith } from './parse.js';
export type { CalendarDate, Instant } from './dates.js';
export {
  addCalendarDays,
  addCalendarMonths,
  addMinutesToInstant,
  calendarDateOf,
  calendarDateSchema,
  compareCalendarDates,
  compareInstants,
  daysBetween,
  defaultTimeZone,
  formatCalendarDate,
  fromDayNumber,
  instantAt,
  instantSchema,
  isCalendarDate,
  isInstant,
  isoWeekday,
  isValidTimeZone,
  minutesBetween,
  timeZoneSchema,
  toDayNumber,
  wallClockOf,
} from './dates.js';
export type { Random } from './random.js';
export { createRandom } from './random.js';
export { canonicalJson, sha256Hex } from './hash.js';
export type { Money } from './money.js';
export { addMoney, currencySchema, formatMoney, minorUnitDigits, moneySchema } from './money.js';
export { deepFreeze } from './freeze.js';
export { duplicateIds, idSchema, longTextSchema, shortTextSchema } from './schemas.js';
export type { PlainText } from './text.js';
export { originalSpan, plainText } from './text.js';
export type { WordToken } from './words.js';
export { tokenizeWords } from './words.js';
