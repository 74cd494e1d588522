// The named types of the conversation functions' options and answers.
import type { Finding, HostMeta } from '../core/index.js';
import type { EmployeeAge } from '../agenda/index.js';
import type { FunctionProfile } from '../competences/index.js';
import type { AgreementInput } from '../agreements/index.js';
import type { PlanInput } from '../schedule/index.js';
import type { ConversationKind, PhaseId, Role } from '../vocabulary/index.js';
import type { ConversationEvent, ConversationEventType } from './event-types.js';
import type { ErasureMark, ParticipantRole, PermissionOverrides, ThirdPartyRole } from './privacy-types.js';
import type { ConversationTemplateInput } from './template-types.js';
import type { ConversationBudget } from './budget-types.js';
import type { Conversation, Strictness } from './types.js';

/**
 * The input of `createConversation`. Give a built-in `kind`, or a `template` of your own; with
 * neither, it is a development conversation. `meta` is the host's own: carried through every event
 * and replay untouched, never read.
 *
 * @example
 * ```ts
 * import { createConversation, type CreateConversationInput } from 'ontwikkelgesprek';
 * const input: CreateConversationInput = {
 *   id: 'c-2027-sanne',
 *   employee: { id: 'emp-1', name: 'Sanne' },
 *   manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 *   meta: { tenantId: 't-42' },
 * };
 * const created = createConversation(input);
 * created.ok && created.value.kind; // 'development'
 * ```
 */
export interface CreateConversationInput {
  id: string;
  kind?: 'development' | 'career' | 'checkIn' | undefined;
  /** The built-in template's version, default the latest; store it with a log (`replay` reads none as 1). */
  templateVersion?: number | undefined;
  template?: ConversationTemplateInput | undefined;
  employee: { id: string; name: string };
  manager: { id: string; name: string };
  /** Third parties who take part: an HR adviser, a mentor or coach, a second manager (each id once). */
  participants?: readonly { id: string; name: string; role: ThirdPartyRole }[] | undefined;
  plannedStart: string;
  /** Planned duration in minutes, 5 to 480; default 60 (45 for a career conversation, 30 for a check-in). */
  plannedMinutes?: number | undefined;
  /**
   * The language the conversation's texts are written in, Dutch or English: the library reads them
   * (appraisal talk, special-category data, the questions' text) with word lists of those two. Not
   * the language findings are shown in: they are data, shown in any language with `findingMessage`.
   */
  locale: 'nl' | 'en';
  /** An IANA time zone; default `Europe/Amsterdam`. */
  timeZone?: string | undefined;
  strictness?: Strictness | undefined;
  /** The employee's budget position: agreements' costs are checked against it. */
  budget?: ConversationBudget | undefined;
  /**
   * The employee's age, only for the agenda's hint on employability from 45 on: a band (enough, and
   * the least to keep) or a birth year with the date to count on. Kept on the state; never asked for.
   */
  employeeAge?: EmployeeAge | undefined;
  /**
   * The function profile of the employee's role: needs and agreements may name its competences, and
   * both sides may prepare with a scan of them (`assessCompetences`). Kept on the state.
   */
  functionProfile?: FunctionProfile | undefined;
  /**
   * The previous plan (a whole stored POP may be passed): its open agreements come first on the
   * agenda, and what its evaluation says to do differently next time (`nextTime`; both sides' wishes
   * when both evaluated, the employee's first) is kept on the state for both sides' preparation
   * (`previousNextTime`).
   */
  previousPlan?:
    | {
        id?: string | undefined;
        agreements: readonly AgreementInput[];
        evaluation?:
          | {
              nextTime?: string | undefined;
              bySide?: { [side in Role]?: { nextTime?: string | undefined } | undefined } | undefined;
              /** Set by `redact` on a log. */
              erased?: ErasureMark | undefined;
            }
          | null
          | undefined;
        /** Set by `redact` on a log: the carried agreements it erased, each with the erasure's mark. */
        erasedAgreements?: readonly ({ id: string } & ErasureMark)[] | undefined;
      }
    | undefined;
  /** Who may send which event, where it differs from the template's table (within safe bounds). */
  permissions?: PermissionOverrides | undefined;
  meta?: HostMeta | undefined;
}

/**
 * Options of `transition`: `patches: true` asks for the patches from the old state to the new one
 * and back (for an audit trail, undo or syncing); without it none are made, which is faster.
 *
 * @example
 * ```ts
 * import type { TransitionOptions } from 'ontwikkelgesprek';
 * const options: TransitionOptions = { patches: true };
 * ```
 */
export interface TransitionOptions {
  patches?: boolean | undefined;
}

/**
 * One change to the state: an operation on a path (like RFC 6902, with the path as an array). The
 * patches of a transition, applied in order to the old state, give the new one; the inverse patches
 * lead back. They follow immer's format, so `applyPatches` of immer applies them.
 *
 * @example
 * ```ts
 * import type { ConversationPatch } from 'ontwikkelgesprek';
 * const patch: ConversationPatch = { op: 'replace', path: ['phase'], value: 'currentSituation' };
 * ```
 */
export interface ConversationPatch {
  readonly op: 'replace' | 'add' | 'remove';
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/**
 * What an accepted event gives: the next state and the validated event; with `{ patches: true }`
 * also the patches to the next state and back.
 *
 * @example
 * ```ts
 * import type { TransitionOutcome } from 'ontwikkelgesprek';
 * function changedPaths(outcome: TransitionOutcome): string[] {
 *   return (outcome.patches ?? []).map((patch) => patch.path.join('/'));
 * }
 * ```
 */
export interface TransitionOutcome {
  readonly conversation: Conversation;
  readonly event: ConversationEvent;
  readonly patches?: readonly ConversationPatch[] | undefined;
  readonly inversePatches?: readonly ConversationPatch[] | undefined;
}

/**
 * Where `replay` starts: the input of `createConversation`, or a stored state (`from`).
 *
 * @example
 * ```ts
 * import type { ReplayOptions } from 'ontwikkelgesprek';
 * const options: ReplayOptions = {
 *   input: {
 *     id: 'c1', kind: 'checkIn',
 *     employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-06-01T09:00:00+02:00', locale: 'en',
 *   },
 * };
 * ```
 */
export interface ReplayOptions {
  readonly input?: CreateConversationInput | undefined;
  readonly from?: Conversation | undefined;
}

/**
 * One event as a UI offers it: its type, the roles that may send it now (the permission table and
 * who takes part), whether it would be accepted now (`ready`), and the findings that say why not
 * (errors) or what a guard warns about. A disabled button shows the findings of its event.
 *
 * @example
 * ```ts
 * import type { AvailableEvent } from 'ontwikkelgesprek';
 * const available: AvailableEvent = { type: 'nextPhase', by: ['employee', 'manager'], ready: false, findings: [] };
 * ```
 */
export interface AvailableEvent {
  readonly type: ConversationEventType;
  readonly by: readonly ParticipantRole[];
  readonly ready: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Options of `availableEvents`: the moment to judge agreements against (default: the last event,
 * or the planned start).
 *
 * @example
 * ```ts
 * import type { AvailableEventsOptions } from 'ontwikkelgesprek';
 * const options: AvailableEventsOptions = { at: '2027-03-15T10:40:00+01:00' };
 * ```
 */
export interface AvailableEventsOptions {
  at?: string | undefined;
}

/**
 * Options of `phaseTimes`: the moment to measure at.
 *
 * @example
 * ```ts
 * import type { PhaseTimesOptions } from 'ontwikkelgesprek';
 * const options: PhaseTimesOptions = { now: '2027-03-15T10:30:00+01:00' };
 * ```
 */
export interface PhaseTimesOptions {
  now: string;
}

/**
 * Options of `phaseQuestions`: whose questions, how many (default 3), the seed (default: the
 * conversation id and the phase, so the same conversation gets the same questions), ids asked
 * before, and the phase (default: the current one).
 *
 * @example
 * ```ts
 * import type { PhaseQuestionsOptions } from 'ontwikkelgesprek';
 * const options: PhaseQuestionsOptions = { audience: 'employee', count: 2, seed: 'sanne-2027' };
 * ```
 */
export interface PhaseQuestionsOptions {
  audience?: 'employee' | 'manager' | 'both' | undefined;
  count?: number | undefined;
  seed?: number | string | undefined;
  exclude?: readonly string[] | undefined;
  phase?: PhaseId | undefined;
}

/**
 * Options of `proposeNextConversation`: who proposes and when, the kind of the next conversation
 * (default: the same kind), and the planning wishes the schedule module takes.
 *
 * @example
 * ```ts
 * import type { ProposeNextConversationOptions } from 'ontwikkelgesprek';
 * const options: ProposeNextConversationOptions = {
 *   at: '2027-03-15T10:50:00+01:00', by: 'manager', kind: 'checkIn', employeeWishMonths: 3, preferredTime: '10:00',
 * };
 * ```
 */
export type ProposeNextConversationOptions = {
  at: string;
  by: ParticipantRole;
  kind?: ConversationKind | undefined;
} & Pick<PlanInput, 'employeeWishMonths' | 'calendar' | 'policy' | 'preferredTime' | 'durationMinutes'>;
