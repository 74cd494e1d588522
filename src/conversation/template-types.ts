// The named types of conversation templates (re-exported by types.ts).
import type { HostMeta, JsonValue, LocalizedText } from '../core/index.js';
import type { QuestionCategory } from '../questions/index.js';
import type { ConversationKind, PhaseId } from '../vocabulary/index.js';
import type { PermissionOverrides } from './privacy-types.js';

/**
 * What may happen inside a phase. `prepare`: preparation answers and agenda points; `purpose`:
 * purpose, overarching goal and time; `agenda`: ticking off agenda points; `notes`; `needs`:
 * development needs of either side; `agreements`: proposing, changing, accepting and withdrawing
 * agreements; `support`: support agreements; `schedule`: the next conversation; `evaluate`: the
 * evaluation of the conversation.
 *
 * @example
 * ```ts
 * import { conversationTemplates, type PhaseActivity } from 'ontwikkelgesprek';
 * const activity: PhaseActivity = 'needs';
 * conversationTemplates.development.phases[3]?.activities.includes(activity); // true
 * ```
 */
export type PhaseActivity = 'prepare' | 'purpose' | 'agenda' | 'notes' | 'needs' | 'agreements' | 'support' | 'schedule' | 'evaluate';

/**
 * A guard on leaving a phase (or, for the last phase, on concluding). `purposeSet` and
 * `agendaMerged` guard the start; `agreementsPresent`, `agreementsWww`, `agreementsSmart` and
 * `agreementsAccepted` the agreements; `supportAccepted` the support agreements;
 * `nextConversationScheduled` the end; `evaluationGiven` asks for an evaluation; `withinBudget` holds
 * the agreements' costs against the employee's budget position (when the conversation has one).
 *
 * @example
 * ```ts
 * import { conversationTemplates, type GuardId } from 'ontwikkelgesprek';
 * const guard: GuardId = 'agreementsWww';
 * conversationTemplates.development.phases.find((phase) => phase.id === 'agreements')?.exitGuards.includes(guard); // true
 * ```
 */
export type GuardId =
  | 'purposeSet'
  | 'agendaMerged'
  | 'agreementsPresent'
  | 'agreementsWww'
  | 'agreementsSmart'
  | 'agreementsAccepted'
  | 'supportAccepted'
  | 'nextConversationScheduled'
  | 'evaluationGiven'
  | 'withinBudget';

/**
 * Where a later migration keeps keys of a stored shape it does not understand, by path; carried
 * through untouched and never read.
 *
 * @example
 * ```ts
 * import type { Unrecognized } from 'ontwikkelgesprek';
 * const kept: Unrecognized = { 'legacy.colour': 'blue' };
 * ```
 */
export type Unrecognized = { readonly [path: string]: JsonValue };

/**
 * One phase of a template as a host writes it: which phase, what may happen in it (default
 * nothing), the guards on leaving it, the question categories it suggests, its share of the planned
 * time (a weight, default 1) and whether the conversation may step back from it (default not).
 *
 * @example
 * ```ts
 * import { validateTemplate, type TemplatePhaseInput } from 'ontwikkelgesprek';
 * const talk: TemplatePhaseInput = { id: 'progress', activities: ['agenda', 'notes'], weight: 2 };
 * const template = validateTemplate({
 *   id: 'mini', kind: 'checkIn',
 *   phases: [{ id: 'preparation', activities: ['prepare', 'purpose'] }, talk, { id: 'nextConversation', activities: ['schedule'] }],
 * });
 * template.ok && template.value.phases[1]?.allowBack; // false
 * ```
 */
export interface TemplatePhaseInput {
  id: PhaseId;
  activities?: readonly PhaseActivity[] | undefined;
  exitGuards?: readonly GuardId[] | undefined;
  questionCategories?: readonly QuestionCategory[] | undefined;
  weight?: number | undefined;
  allowBack?: boolean | undefined;
}

/**
 * One phase of a template, with its defaults filled in.
 *
 * @example
 * ```ts
 * import { conversationTemplates, type TemplatePhase } from 'ontwikkelgesprek';
 * const evaluation: TemplatePhase | undefined = conversationTemplates.development.phases.at(-1);
 * evaluation?.exitGuards; // ['nextConversationScheduled', 'evaluationGiven']
 * ```
 */
export interface TemplatePhase {
  readonly id: PhaseId;
  readonly activities: readonly PhaseActivity[];
  readonly exitGuards: readonly GuardId[];
  readonly questionCategories: readonly QuestionCategory[];
  readonly weight: number;
  readonly allowBack: boolean;
}

/**
 * A conversation template as a host writes (and stores) it: the ordered phases of a kind of
 * conversation. The first phase is where the conversation waits before it starts (preparation);
 * concluding is possible from the last.
 *
 * @example
 * ```ts
 * import { createConversation, type ConversationTemplateInput } from 'ontwikkelgesprek';
 * const quick: ConversationTemplateInput = {
 *   id: 'quick-check-in', kind: 'checkIn', meta: { owner: 'hr-team' },
 *   phases: [
 *     { id: 'preparation', activities: ['prepare', 'purpose'] },
 *     { id: 'progress', activities: ['agenda', 'notes'] },
 *     { id: 'nextConversation', activities: ['schedule', 'evaluate'], exitGuards: ['nextConversationScheduled'] },
 *   ],
 * };
 * const created = createConversation({
 *   id: 'c1', template: quick,
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 * });
 * created.ok && created.value.kind; // 'checkIn'
 * ```
 */
export interface ConversationTemplateInput {
  schemaVersion?: 2 | undefined;
  id: string;
  kind: ConversationKind;
  /** Absent is version 1. */
  version?: number | undefined;
  label?: LocalizedText | undefined;
  phases: readonly TemplatePhaseInput[];
  /** Who may send which event, where it differs from `defaultPermissions` (within safe bounds). */
  permissions?: PermissionOverrides | undefined;
  meta?: HostMeta | undefined;
  unrecognized?: Unrecognized | undefined;
}

/**
 * A conversation template, as the library hands it back (and keeps it in the state).
 *
 * @example
 * ```ts
 * import { conversationTemplates, type ConversationTemplate } from 'ontwikkelgesprek';
 * const template: ConversationTemplate = conversationTemplates.checkIn;
 * template.phases.map((phase) => phase.id)[1]; // 'progress'
 * ```
 */
export interface ConversationTemplate {
  readonly schemaVersion: 2;
  readonly id: string;
  readonly kind: ConversationKind;
  /** Absent is version 1. */
  readonly version?: number | undefined;
  readonly label?: LocalizedText | undefined;
  readonly phases: readonly TemplatePhase[];
  readonly permissions?: PermissionOverrides | undefined;
  readonly meta?: HostMeta | undefined;
  readonly unrecognized?: Unrecognized | undefined;
}
