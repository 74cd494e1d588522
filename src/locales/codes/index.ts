import type { AgendaFindingParams, AgendaLabelFamilies } from './agenda.js';
import type { AgreementsFindingParams, AgreementsLabelFamilies } from './agreements.js';
import type { ConversationFindingParams, ConversationLabelFamilies } from './conversation.js';
import type { CoreFindingParams, CoreLabelFamilies } from './core.js';
import type { DialogueFindingParams, DialogueLabelFamilies } from './dialogue.js';
import type { FeedbackFindingParams, FeedbackLabelFamilies } from './feedback.js';
import type { CompetencesFindingParams, CompetencesLabelFamilies } from './competences.js';
import type { PlanFindingParams, PlanLabelFamilies } from './plan.js';
import type { PrivacyFindingParams, PrivacyLabelFamilies } from './privacy.js';
import type { ReportFindingParams, ReportLabelFamilies } from './report.js';
import type { QuestionsFindingParams, QuestionsLabelFamilies } from './questions.js';
import type { ScheduleFindingParams, ScheduleLabelFamilies } from './schedule.js';
import type { StorageFindingParams, StorageLabelFamilies } from './storage.js';

export type { AgendaFindingParams, AgendaLabelFamilies } from './agenda.js';
export type { AgreementsFindingParams, AgreementsLabelFamilies } from './agreements.js';
export type { ConversationFindingParams, ConversationLabelFamilies } from './conversation.js';
export type { CoreFindingParams, CoreLabelFamilies } from './core.js';
export type { DialogueFindingParams, DialogueLabelFamilies } from './dialogue.js';
export type { FeedbackFindingParams, FeedbackLabelFamilies } from './feedback.js';
export type { CompetencesFindingParams, CompetencesLabelFamilies } from './competences.js';
export type { PlanFindingParams, PlanLabelFamilies } from './plan.js';
export type { PrivacyFindingParams, PrivacyLabelFamilies } from './privacy.js';
export type { ReportFindingParams, ReportLabelFamilies } from './report.js';
export type { QuestionsFindingParams, QuestionsLabelFamilies } from './questions.js';
export type { ScheduleFindingParams, ScheduleLabelFamilies } from './schedule.js';
export type { StorageFindingParams, StorageLabelFamilies, StoredShapeName } from './storage.js';

/**
 * Every finding code of the library with the params it carries: the contract every catalogue fills.
 *
 * @example
 * ```ts
 * import type { FindingParamsByCode } from 'ontwikkelgesprek';
 * type OverBudget = FindingParamsByCode['agenda.budget.over']; // { minutesNeeded: number; ... }
 * ```
 */
export interface FindingParamsByCode
  extends CoreFindingParams,
    AgreementsFindingParams,
    QuestionsFindingParams,
    AgendaFindingParams,
    FeedbackFindingParams,
    CompetencesFindingParams,
    ScheduleFindingParams,
    ConversationFindingParams,
    PlanFindingParams,
    DialogueFindingParams,
    PrivacyFindingParams,
    ReportFindingParams,
    StorageFindingParams {}

/**
 * Every label family with the ids it names: the contract every catalogue's labels fill.
 *
 * @example
 * ```ts
 * import type { LabelFamilies } from 'ontwikkelgesprek';
 * const role: LabelFamilies['role'] = 'manager';
 * ```
 */
export interface LabelFamilies
  extends CoreLabelFamilies,
    AgreementsLabelFamilies,
    QuestionsLabelFamilies,
    AgendaLabelFamilies,
    FeedbackLabelFamilies,
    CompetencesLabelFamilies,
    ScheduleLabelFamilies,
    ConversationLabelFamilies,
    PlanLabelFamilies,
    DialogueLabelFamilies,
    PrivacyLabelFamilies,
    ReportLabelFamilies,
    StorageLabelFamilies {}
