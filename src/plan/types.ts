// The named types of the POP: the contract. The schemas in ./schema.ts check data against them
// (test/plan/types.test.ts keeps the two equal in both directions).
import type { Agreement, AgreementInput } from '../agreements/index.js';
import type { CalendarDate, HostMeta, Instant, JsonValue, Money } from '../core/index.js';
import type { LocaleInput } from '../locales/index.js';
import type { ConversationKind, FocusArea, Role } from '../vocabulary/index.js';
import type { CostLine, PlanFunding } from './budget/types.js';
import type { ApprovalRecord, PlanErasure, PlanHistoryEntry, ProgressEntry } from './types-history.js';

export type * from './budget/types.js';
export type * from './budget/results.js';
export type * from './types-history.js';

/**
 * A person in the plan: the id the host uses and a display name.
 *
 * @example
 * ```ts
 * import type { PlanParticipant } from 'ontwikkelgesprek';
 * const manager: PlanParticipant = { id: 'm-3', name: 'Karim Bouzid' };
 * ```
 */
export interface PlanParticipant {
  readonly id: string;
  readonly name: string;
}

/**
 * The period a plan covers: two calendar dates, the end not before the start.
 *
 * @example
 * ```ts
 * import type { PlanPeriod } from 'ontwikkelgesprek';
 * const period: PlanPeriod = { start: '2027-03-15', end: '2028-03-15' };
 * ```
 */
export interface PlanPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * An ambition of the employee: where they want to go, in their own words.
 *
 * @example
 * ```ts
 * import type { Ambition } from 'ontwikkelgesprek';
 * const ambition: Ambition = { id: 'a1', text: 'Over twee jaar een klantteam leiden' };
 * ```
 */
export interface Ambition {
  readonly id: string;
  readonly text: string;
}

/**
 * Whose need a goal came from: the employee's, the organisation's, or both (a joint point).
 *
 * @example
 * ```ts
 * import type { GoalSource } from 'ontwikkelgesprek';
 * const source: GoalSource = 'joint';
 * ```
 */
export type GoalSource = 'employee' | 'organisation' | 'joint';

/**
 * A development goal: what the employee wants to develop, why, its focus (knowledge, skills or
 * competences) and the organisation goals it serves.
 *
 * @example
 * ```ts
 * import type { DevelopmentGoal } from 'ontwikkelgesprek';
 * const goal: DevelopmentGoal = {
 *   id: 'g1',
 *   title: 'Presenteren voor klanten',
 *   source: 'employee',
 *   focus: 'skills',
 *   organisationGoalIds: ['klantgericht-2027'],
 * };
 * ```
 */
export interface DevelopmentGoal {
  readonly id: string;
  readonly title: string;
  readonly why?: string | undefined;
  readonly source: GoalSource;
  readonly focus?: FocusArea | undefined;
  readonly organisationGoalIds: readonly string[];
  /** The employee's own ideas for how to get there (from the need). */
  readonly ideas?: string | undefined;
  /** When, in the employee's words (from the need). */
  readonly when?: string | undefined;
  /** What it may cost, as expected when the need was raised. */
  readonly expectedCost?: Money | undefined;
  /** How it meets the organisation's goals, in words (from the need). */
  readonly organisationLink?: string | undefined;
  /** The competence of the function profile the need is about; absent when none. */
  readonly competenceId?: string | undefined;
}

/**
 * A competence the plan works on: its id and name, kept so the plan reads the same if the profile changes.
 *
 * @example
 * ```ts
 * import type { PlanCompetence } from 'ontwikkelgesprek';
 * const competence: PlanCompetence = { id: 'planning', title: 'Plannen en organiseren' };
 * ```
 */
export interface PlanCompetence {
  readonly id: string;
  readonly title: string;
}

/**
 * The next conversation as the plan records it: its date, and optionally its start, length and kind
 * (a short check-in is fine).
 *
 * @example
 * ```ts
 * import type { PlanNextConversation } from 'ontwikkelgesprek';
 * const next: PlanNextConversation = { date: '2027-09-15', minutes: 30, kind: 'checkIn' };
 * ```
 */
export interface PlanNextConversation {
  readonly date: CalendarDate;
  readonly start?: Instant | undefined;
  readonly minutes?: number | undefined;
  readonly kind?: ConversationKind | undefined;
  readonly note?: string | undefined;
}

/**
 * One side's evaluation of the conversation as the plan keeps it: a rating (1 to 5) or a grade
 * (*cijfer*, 1 to 10), the feedback and what to do differently next time.
 *
 * @example
 * ```ts
 * import type { PlanSideEvaluation } from 'ontwikkelgesprek';
 * const manager: PlanSideEvaluation = { grade: 7, nextTime: 'Eerder de agenda delen' };
 * ```
 */
export interface PlanSideEvaluation {
  readonly rating?: number | undefined;
  readonly feedback?: string | undefined;
  /** A grade (*cijfer*) from 1 to 10. */
  readonly grade?: number | undefined;
  /** What to do differently next time: for the next conversation's preparation. */
  readonly nextTime?: string | undefined;
}

/**
 * The evaluation of the conversation: the latest one given (a rating from 1 to 5 or a grade, the
 * feedback, what to do differently next time) and, once both sides evaluated, each side's own in
 * `bySide` (absent otherwise, as in plans made before there were two).
 *
 * @example
 * ```ts
 * import type { PlanEvaluation } from 'ontwikkelgesprek';
 * const evaluation: PlanEvaluation = { rating: 4, feedback: 'Open gesprek, veel ruimte voor mijn ideeën.' };
 * const both: PlanEvaluation = { grade: 7, bySide: { employee: { grade: 8 }, manager: { grade: 7 } } };
 * ```
 */
export interface PlanEvaluation extends PlanSideEvaluation {
  /** Each side's evaluation, once both sides evaluated. */
  readonly bySide?: { readonly employee?: PlanSideEvaluation | undefined; readonly manager?: PlanSideEvaluation | undefined } | undefined;
}

/**
 * The employee's own say (*zienswijze*) on the POP and on the report of the conversation (*verslag*):
 * written by the employee only, part of the plan's content, so both approvals cover it.
 *
 * @example
 * ```ts
 * import type { PlanZienswijze } from 'ontwikkelgesprek';
 * const view: PlanZienswijze = {
 *   plan: 'Ik sta achter de afspraken; de planning van de demo’s is krap.',
 *   report: 'In het verslag mis ik dat ik zelf om coaching heb gevraagd.',
 *   at: '2027-03-16T09:00:00+01:00',
 * };
 * ```
 */
export interface PlanZienswijze {
  /** The employee's comment on the plan. */
  readonly plan?: string | undefined;
  /** The employee's comment on the report of the conversation. */
  readonly report?: string | undefined;
  readonly at: Instant;
}

/**
 * Who may read a plan: `shared` (the employee and the manager) or `hr` (also the HR adviser: the
 * personnel file). Part of what both approve. `shared` when left out.
 *
 * @example
 * ```ts
 * import type { PlanVisibility } from 'ontwikkelgesprek';
 * const personnelFile: PlanVisibility = 'hr';
 * ```
 */
export type PlanVisibility = 'shared' | 'hr';

/**
 * The content of a plan as a caller writes it (to `draftDevelopmentPlan`, or section by section to
 * `amendPlan`): agreements may leave out what has a default.
 *
 * @example
 * ```ts
 * import type { PlanContentInput } from 'ontwikkelgesprek';
 * const content: PlanContentInput = {
 *   id: 'pop-2027-e17',
 *   kind: 'development',
 *   employee: { id: 'e-17', name: 'Sanne de Vries' },
 *   manager: { id: 'm-3', name: 'Karim Bouzid' },
 *   period: { start: '2027-03-15', end: '2028-03-15' },
 *   ambitions: [],
 *   goals: [],
 *   agreements: [{ id: 'a1', what: 'Ik volg de training Presenteren met impact', who: 'e-17', when: '2027-06-30' }],
 *   costs: [],
 *   nextConversation: null,
 *   evaluation: null,
 * };
 * ```
 */
export interface PlanContentInput {
  id: string;
  conversationId?: string | undefined;
  kind: ConversationKind;
  employee: PlanParticipant;
  manager: PlanParticipant;
  period: PlanPeriod;
  ambitions: readonly Ambition[];
  goals: readonly DevelopmentGoal[];
  agreements: readonly AgreementInput[];
  /** The competences its goals and agreements work on, in the function profile's order. */
  competences?: readonly PlanCompetence[] | undefined;
  costs: readonly CostLine[];
  funding?: PlanFunding | undefined;
  nextConversation: PlanNextConversation | null;
  evaluation: PlanEvaluation | null;
  /** The employee's own say on the plan and the report; only the employee writes it. */
  zienswijze?: PlanZienswijze | undefined;
  /** Who may read the plan; `shared` when left out. */
  visibility?: PlanVisibility | undefined;
  /** Participants (ids, such as a mentor) who may read the plan besides. */
  sharedWith?: readonly string[] | undefined;
}

/**
 * The approvable content of a plan: what approvals and the content hash cover.
 *
 * @example
 * ```ts
 * import type { PlanContent } from 'ontwikkelgesprek';
 * type Sections = keyof PlanContent; // 'goals' | 'agreements' | 'funding' | ...
 * ```
 */
export interface PlanContent {
  readonly id: string;
  readonly conversationId?: string | undefined;
  readonly kind: ConversationKind;
  readonly employee: PlanParticipant;
  readonly manager: PlanParticipant;
  readonly period: PlanPeriod;
  readonly ambitions: readonly Ambition[];
  readonly goals: readonly DevelopmentGoal[];
  readonly agreements: readonly Agreement[];
  readonly competences?: readonly PlanCompetence[] | undefined;
  readonly costs: readonly CostLine[];
  readonly funding?: PlanFunding | undefined;
  readonly nextConversation: PlanNextConversation | null;
  readonly evaluation: PlanEvaluation | null;
  readonly zienswijze?: PlanZienswijze | undefined;
  readonly visibility?: PlanVisibility | undefined;
  readonly sharedWith?: readonly string[] | undefined;
}

/**
 * The POP (*persoonlijk ontwikkelplan*) as stored, versioned data: the content both sides approve,
 * its version, content hash, approvals, history and progress log, the tombstones of erased texts
 * (`erasures`, left out when there are none), the version of this shape
 * (`schemaVersion`, written by the library), the host's own `meta` (carried through every version
 * untouched, never read) and keys a migration did not understand (`unrecognized`).
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan, type DevelopmentPlan } from 'ontwikkelgesprek';
 * const drafted = draftDevelopmentPlan({
 *   by: 'employee',
 *   at: '2027-03-15T12:00:00+01:00',
 *   meta: { tenantId: 't-42' },
 *   content: {
 *     id: 'pop-2027-e17',
 *     kind: 'development',
 *     employee: { id: 'e-17', name: 'Sanne de Vries' },
 *     manager: { id: 'm-3', name: 'Karim Bouzid' },
 *     period: { start: '2027-03-15', end: '2028-03-15' },
 *     ambitions: [],
 *     goals: [],
 *     agreements: [],
 *     costs: [],
 *     nextConversation: null,
 *     evaluation: null,
 *   },
 * });
 * const plan: DevelopmentPlan | undefined = drafted.ok ? drafted.value : undefined;
 * plan?.schemaVersion; // 2
 * plan?.meta; // { tenantId: 't-42' }
 * ```
 */
export interface DevelopmentPlan extends PlanContent {
  readonly schemaVersion: 2;
  readonly version: number;
  readonly hash: string;
  readonly approvals: readonly ApprovalRecord[];
  readonly history: readonly PlanHistoryEntry[];
  readonly progress: readonly ProgressEntry[];
  readonly erasures?: readonly PlanErasure[] | undefined;
  readonly meta?: HostMeta | undefined;
  readonly unrecognized?: { readonly [path: string]: JsonValue } | undefined;
}

/**
 * An amendment: who changes the plan, when, why, and the sections they replace. Each given section
 * replaces the current one as a whole; sections left out stay as they are.
 *
 * @example
 * ```ts
 * import type { PlanAmendment } from 'ontwikkelgesprek';
 * const change: PlanAmendment = {
 *   by: 'employee',
 *   at: '2027-04-01T09:00:00+02:00',
 *   reason: 'Volgend gesprek eerder',
 *   set: { nextConversation: { date: '2027-08-30' } },
 * };
 * ```
 */
export interface PlanAmendment {
  by: Role;
  at: Instant;
  reason?: string | undefined;
  set: { [Section in Exclude<keyof PlanContentInput, 'id'>]?: PlanContentInput[Section] | undefined };
}

/**
 * The input of `draftDevelopmentPlan`: the content of a new plan, when it was written, by whom
 * (`conversation` when it was assembled from a concluded conversation), and the host's own `meta`.
 *
 * @example
 * ```ts
 * import type { PlanDraft } from 'ontwikkelgesprek';
 * type WrittenBy = PlanDraft['by']; // 'employee' | 'manager' | 'conversation'
 * ```
 */
export interface PlanDraft {
  content: PlanContentInput;
  at: Instant;
  by: 'employee' | 'manager' | 'conversation';
  meta?: HostMeta | undefined;
}

/**
 * The options of `createDevelopmentPlan`: the plan's id (default `pop-` and the conversation id),
 * how many months the plan covers when no next conversation is planned (default 12), the plan's
 * funding, the source its cost lines are paid from (default the funding's personal budget), who may
 * read it (`visibility`, `sharedWith`), and the host's own `meta`.
 *
 * @example
 * ```ts
 * import type { CreatePlanOptions } from 'ontwikkelgesprek';
 * const options: CreatePlanOptions = { planId: 'pop-2027-e17', meta: { tenantId: 't-42' } };
 * ```
 */
export interface CreatePlanOptions {
  planId?: string | undefined;
  /** Who may read the plan (default `shared`); `hr` puts it in the personnel file. */
  visibility?: PlanVisibility | undefined;
  sharedWith?: readonly string[] | undefined;
  defaultPeriodMonths?: number | undefined;
  funding?: PlanFunding | undefined;
  costSource?: string | undefined;
  meta?: HostMeta | undefined;
}

/**
 * The options of `renderPlanMarkdown`: the language (`'nl'`, `'en'` or a catalogue), and the time
 * zone for moments (default `Europe/Amsterdam`).
 *
 * @example
 * ```ts
 * import type { RenderPlanOptions } from 'ontwikkelgesprek';
 * const options: RenderPlanOptions = { locale: 'en', timeZone: 'Europe/Amsterdam' };
 * ```
 */
export interface RenderPlanOptions {
  locale: LocaleInput;
  timeZone?: string | undefined;
}
