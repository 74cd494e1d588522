export type { Locale, LocalizedText } from './locale.js';
export { localeSchema, locales, localizedTextSchema, localize } from './locale.js';
export type { Finding, FindingParams, FindingParamValue, MakeFindingOptions, Path, Ref, Severity } from './finding.js';
export { compareText, hasErrors, makeFinding, orderFindings, prefixPaths, sortFindings } from './finding.js';
export type { Failure, Ok, Result } from './result.js';
export { andThen, combineResults, fail, mapResult, ok, resultOf } from './result.js';
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
  supportedDates,
  timeZoneSchema,
  toDayNumber,
  wallClockOf,
} from './dates.js';
export type { Random } from './random.js';
export { createRandom } from './random.js';
export { canonicalJson, sha256Hex } from './hash.js';
export type { BudgetAmount, StudyPoints, StudyTime } from './budget-amount.js';
export { budgetAmountSchema, studyPointsSchema, studyTimeSchema } from './budget-amount.js';
export type { Money } from './money.js';
export { addMoney, allocateMoney, currencySchema, formatMoney, isMoney, minorUnitDigits, moneySchema, subtractMoney } from './money.js';
export { deepFreeze } from './freeze.js';
export type { HostMeta, JsonValue } from './schemas.js';
export {
  currentSchemaVersion,
  duplicateIds,
  hostMetaSchema,
  idSchema,
  longTextSchema,
  shortTextSchema,
  unrecognizedKeysSchema,
} from './schemas.js';
export { isList, jsonProblem } from './json.js';
export type { PlainText } from './text.js';
export { emojiBetweenWordsDropped, emphasisUnmarked } from './emphasis.js';
export { englishContractionsSpelledOut, shortFormsSpelledOut } from './short-forms.js';
export { foldCase, namesUnquoted, ordinaryCase, originalSpan, plainText } from './text.js';
export { similarTitleKeys, stem, textWords, titleKey, titleMatchKeys, titleWords } from './titles.js';
export type { WordToken } from './words.js';
export { tokenizeWords } from './words.js';
