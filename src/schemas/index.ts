import { toJSONSchema } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { deepFreeze } from '../core/index.js';
export * from '../conversation/schema.js';

// Validation for hosts: every zod schema of the library lives in this entry point, with
// `parseWith` to turn zod issues into findings, and `jsonSchemas` for hosts in other languages.
export type { ParseOptions } from '../core/index.js';
export * from '../agenda/schema.js';
export * from '../questions/schema.js';
export {
  calendarDateSchema,
  currencySchema,
  hostMetaSchema,
  idSchema,
  instantSchema,
  longTextSchema,
  moneySchema,
  parseWith,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
export * from '../schedule/schema.js';
export * from '../agreements/schema.js';
import { agreementCheckContextSchema, agreementSchema } from '../agreements/schema.js';
import { questionBankSchema, questionSchema, selectionCriteriaSchema } from '../questions/schema.js';
import { agendaItemSchema, mergeAgendasInputSchema } from '../agenda/schema.js';
import {
  calendarEventSchema,
  checkInInputSchema,
  checkInSeriesInputSchema,
  conversationInvitationInputSchema,
  dueListInputSchema,
  followUpInputSchema,
  iCalendarOptionsSchema,
  plannedConversationSchema,
  planInputSchema,
  reminderSchema,
  remindersInputSchema,
  rhythmPolicySchema,
  workingCalendarSchema,
} from '../schedule/schema.js';
import {
  conversationBudgetSchema,
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
  createConversationInputSchema,
  phaseQuestionsOptionsSchema,
  proposeNextConversationOptionsSchema,
} from '../conversation/schema.js';
import {
  approvePlanOptionsSchema,
  budgetStatusInputSchema,
  createPlanOptionsSchema,
  developmentBudgetSchema,
  developmentPlanSchema,
  fundingSourceSchema,
  paybackOptionsSchema,
  planAmendmentSchema,
  planApprovalSchema,
  planDraftSchema,
  planFundingSchema,
  planProgressSchema,
  renderPlanOptionsSchema,
} from '../plan/schema.js';
export {
  ambitionSchema,
  approvalRecordSchema,
  approvePlanOptionsSchema,
  budgetAmountSchema,
  budgetExpenseSchema,
  budgetPeriodRuleSchema,
  budgetPositionSchema,
  budgetStatusInputSchema,
  carryOverPolicySchema,
  costLineSchema,
  createPlanOptionsSchema,
  developmentBudgetSchema,
  developmentGoalSchema,
  developmentPlanSchema,
  fundingSourceKindSchema,
  fundingSourceSchema,
  goalSourceSchema,
  paybackOptionsSchema,
  paybackPolicySchema,
  paybackStepSchema,
  planAmendmentSchema,
  planApprovalSchema,
  planChangeRecordSchema,
  planContentSchema,
  planDraftSchema,
  planErasureSchema,
  planEvaluationSchema,
  planFundingSchema,
  planHistoryEntrySchema,
  planNextConversationSchema,
  planParticipantSchema,
  planPeriodSchema,
  planProgressSchema,
  planSectionSchema,
  planVisibilitySchema,
  planZienswijzeSchema,
  progressEntrySchema,
  progressStatusSchema,
  renderPlanOptionsSchema,
  studyPointsSchema,
  studyTimeSchema,
} from '../plan/schema.js';
export * from '../dialogue/schema.js';
export * from '../privacy/schema.js';
export * from '../report/schema.js';
import { combineReportsOptionsSchema, developmentReportOptionsSchema, storedAgreementCheckSchema } from '../report/schema.js';
import {
  redactRequestSchema,
  retentionPolicySchema,
  retentionRecordSchema,
  subjectExportOptionsSchema,
  viewerSchema,
} from '../privacy/schema.js';
import {
  aggregateDevelopmentAgendaInputSchema,
  developmentWishSchema,
  planFutureDialogueInputSchema,
  wishesToAgendaItemsInputSchema,
} from '../dialogue/schema.js';

/**
 * The zod schema behind each JSON Schema: every input type of the library, by the name a host
 * uses for it. Kept as thunks so that nothing is converted until a schema is asked for.
 */
const sources = {
  // agreements
  agreement: () => agreementSchema,
  agreementCheckContext: () => agreementCheckContextSchema,
  // questions
  question: () => questionSchema,
  questionBank: () => questionBankSchema,
  questionSelectionCriteria: () => selectionCriteriaSchema,
  // agenda
  agendaItem: () => agendaItemSchema,
  mergeAgendasInput: () => mergeAgendasInputSchema,
  // schedule
  rhythmPolicy: () => rhythmPolicySchema,
  workingCalendar: () => workingCalendarSchema,
  planNextConversationInput: () => planInputSchema,
  followUpInput: () => followUpInputSchema,
  remindersInput: () => remindersInputSchema,
  dueListInput: () => dueListInputSchema,
  checkInInput: () => checkInInputSchema,
  calendarEvent: () => calendarEventSchema,
  iCalendarOptions: () => iCalendarOptionsSchema,
  conversationInvitationInput: () => conversationInvitationInputSchema,
  checkInSeriesInput: () => checkInSeriesInputSchema,
  plannedConversation: () => plannedConversationSchema,
  reminder: () => reminderSchema,
  // conversation
  conversationTemplate: () => conversationTemplateSchema,
  createConversationInput: () => createConversationInputSchema,
  conversationEvent: () => conversationEventSchema,
  conversation: () => conversationSchema,
  conversationEventLog: () => conversationEventLogSchema,
  conversationBudget: () => conversationBudgetSchema,
  phaseQuestionsOptions: () => phaseQuestionsOptionsSchema,
  proposeNextConversationOptions: () => proposeNextConversationOptionsSchema,
  // plan
  developmentPlan: () => developmentPlanSchema,
  planDraft: () => planDraftSchema,
  createPlanOptions: () => createPlanOptionsSchema,
  planApproval: () => planApprovalSchema,
  planAmendment: () => planAmendmentSchema,
  planProgress: () => planProgressSchema,
  renderPlanOptions: () => renderPlanOptionsSchema,
  developmentBudget: () => developmentBudgetSchema,
  budgetStatusInput: () => budgetStatusInputSchema,
  fundingSource: () => fundingSourceSchema,
  planFunding: () => planFundingSchema,
  approvePlanOptions: () => approvePlanOptionsSchema,
  paybackOptions: () => paybackOptionsSchema,
  // dialogue
  planFutureDialogueInput: () => planFutureDialogueInputSchema,
  developmentWish: () => developmentWishSchema,
  aggregateDevelopmentAgendaInput: () => aggregateDevelopmentAgendaInputSchema,
  wishesToAgendaItemsInput: () => wishesToAgendaItemsInputSchema,
  // privacy
  viewer: () => viewerSchema,
  redactRequest: () => redactRequestSchema,
  retentionPolicy: () => retentionPolicySchema,
  retentionRecord: () => retentionRecordSchema,
  subjectExportOptions: () => subjectExportOptionsSchema,
  // report
  developmentReportOptions: () => developmentReportOptionsSchema,
  combineReportsOptions: () => combineReportsOptionsSchema,
  storedAgreementCheck: () => storedAgreementCheckSchema,
} satisfies Record<string, () => zc.$ZodType>;

/**
 * The name of an input type in {@link jsonSchemas}.
 *
 * @example
 * ```ts
 * import type { JsonSchemaName } from 'ontwikkelgesprek/schemas';
 * const name: JsonSchemaName = 'developmentPlan';
 * ```
 */
export type JsonSchemaName = keyof typeof sources;

/**
 * A JSON Schema document (draft 2020-12), as plain frozen JSON data.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'ontwikkelgesprek/schemas';
 * const anything: JsonSchema = {};
 * ```
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

const cache = new Map<JsonSchemaName, JsonSchema>();

/**
 * Converts one schema as a host writes the data (`io: 'input'`: fields with defaults are optional),
 * never throwing on a part JSON Schema cannot say (a refinement such as "a known IANA time zone" is
 * then checked by the library only).
 */
function generate(name: JsonSchemaName): JsonSchema {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const converted = toJSONSchema(sources[name](), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
    cycles: 'ref',
  }) as Record<string, unknown>;
  const schema = deepFreeze({ ...converted, title: name });
  cache.set(name, schema);
  return schema;
}

/**
 * JSON Schema (draft 2020-12) of every input type of the library, generated from the same zod
 * schemas the functions validate with, so hosts in other languages can validate the same data
 * (for instance with ajv, jsonschema or networknt). Unknown keys are not allowed
 * (`additionalProperties: false`), as in the library. Each schema is generated the first time it
 * is read, so importing the package does no work. A few rules JSON Schema cannot express (a known
 * IANA time zone, a period whose end is not before its start, text that is only whitespace) are
 * still checked by the library itself.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'ontwikkelgesprek/schemas';
 * Object.keys(jsonSchemas).includes('developmentPlan'); // true
 * const schema = jsonSchemas.planApproval; // generated now, then cached
 * schema['additionalProperties']; // false
 * ```
 */
// Marked pure so that a bundler drops the registry from hosts that never read it.
export const jsonSchemas: Readonly<Record<JsonSchemaName, JsonSchema>> = /* @__PURE__ */ Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      (Object.keys(sources) as JsonSchemaName[]).map((name) => [
        name,
        { enumerable: true, configurable: false, get: () => generate(name) },
      ]),
    ),
  ) as Record<JsonSchemaName, JsonSchema>,
);

// ------------------------------------------------------------------ storage: JSON Schemas per stored version

export type { StoredSchemaName } from '../storage/schema.js';
export { storedFindingSchema } from '../storage/schema.js';
import type { StoredSchemaName } from '../storage/schema.js';
import { storedJsonSchemasV1Data, storedSchemasV2 } from '../storage/schema.js';

const storedCache = new Map<StoredSchemaName, JsonSchema>();

/** The JSON Schema of a stored shape of version 2, generated as {@link jsonSchemas} generates its own. */
function generateStored(name: StoredSchemaName): JsonSchema {
  const known = storedCache.get(name);
  if (known !== undefined) return known;
  const converted = toJSONSchema(storedSchemasV2[name], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
    cycles: 'ref',
  }) as Record<string, unknown>;
  const schema = deepFreeze({ ...converted, title: `${name}, stored shape version 2 (ontwikkelgesprek 0.2)` });
  storedCache.set(name, schema);
  return schema;
}

const storedNames = Object.keys(storedSchemasV2) as StoredSchemaName[];

/**
 * The JSON Schema (draft 2020-12) of every stored shape, per version of the stored shapes, so that a
 * host in another language can validate what it keeps: `storedJsonSchemas[1]` is what 0.1 wrote
 * (generated once from 0.1.1's own zod schemas and kept as data), `storedJsonSchemas[2]` what this
 * version writes (generated, when first read, from the schemas the library reads with). Both describe
 * what the library reads back (`io: 'input'`: fields with defaults may be left out) and refuse unknown
 * keys, as the library does (only a finding of version 2 may carry keys of its own). Data of an earlier
 * version is brought to the current one with `migrate` (`ontwikkelgesprek/storage`).
 *
 * @example
 * ```ts
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import { storedJsonSchemas } from 'ontwikkelgesprek/schemas';
 * const ajv = new Ajv2020({ validateFormats: false, strict: false });
 * const event = { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' };
 * ajv.validate(storedJsonSchemas[1].conversationEvent, event); // true
 * ajv.validate(storedJsonSchemas[2].conversationEvent, { schemaVersion: 2, ...event }); // true
 * ajv.validate(storedJsonSchemas[1].conversationEvent, { schemaVersion: 2, ...event }); // false: 0.1 had no schemaVersion
 * ```
 */
export const storedJsonSchemas: Readonly<Record<1 | 2, Readonly<Record<StoredSchemaName, JsonSchema>>>> = /* @__PURE__ */ Object.freeze({
  1: deepFreeze(storedJsonSchemasV1Data),
  2: Object.freeze(
    Object.defineProperties(
      {},
      Object.fromEntries(storedNames.map((name) => [name, { enumerable: true, configurable: false, get: () => generateStored(name) }])),
    ) as Record<StoredSchemaName, JsonSchema>,
  ),
});
