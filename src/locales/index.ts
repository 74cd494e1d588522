// The language layer: finding codes with their typed params, the typed finding factory, catalogue
// types and checking, formatting, and the built-in Dutch and English catalogues.
export type { FindingParamsByCode, LabelFamilies } from './codes/index.js';
export type { RefKind } from './codes/core.js';
export type { StoredShapeName } from './codes/storage.js';
export type {
  BuiltInLocale,
  Catalogue,
  FindingCode,
  FindingOf,
  FindingParamsOf,
  Formatters,
  Labels,
  LocaleInput,
  Message,
  MessageFunction,
  Messages,
  MessageTools,
} from './types.js';
export type { FindingOptionsOf } from './render.js';
export { defineCatalogue, defineMessages, finding, isFinding } from './render.js';
export type { IntlFormatterOptions } from './formatters.js';
export { intlFormatters } from './formatters.js';
export type { FormatFindingOptions } from './format.js';
export { catalogueFor, findingMessage, formatFinding } from './format.js';
export { en } from './en/index.js';
export { nl } from './nl/index.js';
