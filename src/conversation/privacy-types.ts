// The named types of who takes part, who may do what, who may read what, and what was erased
// (re-exported by types.ts). The schemas in schema-privacy.ts check data against them.
import type { Role } from '../vocabulary/index.js';

/**
 * A role beside the employee and the manager: an HR adviser (*HR-adviseur*), a mentor or coach, or
 * a second manager (skip-level, the manager's own manager).
 *
 * @example
 * ```ts
 * import type { ThirdPartyRole } from 'ontwikkelgesprek';
 * const role: ThirdPartyRole = 'hrAdviser';
 * ```
 */
export type ThirdPartyRole = 'hrAdviser' | 'mentor' | 'skipLevelManager';

/**
 * Every role in a conversation: the two sides (`employee`, `manager`) and the third parties.
 *
 * @example
 * ```ts
 * import type { ParticipantRole } from 'ontwikkelgesprek';
 * const roles: ParticipantRole[] = ['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager'];
 * ```
 */
export type ParticipantRole = Role | ThirdPartyRole;

/**
 * A participant beside the employee and the manager: the id the host uses, a name and a role.
 *
 * @example
 * ```ts
 * import type { Participant } from 'ontwikkelgesprek';
 * const adviser: Participant = { id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' };
 * ```
 */
export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly role: ThirdPartyRole;
}

/**
 * Who may read a free text: `private` (the writer only), `shared` (the employee and the manager,
 * and the writer), `hr` (also the conversation's HR adviser). `sharedWith` on a text adds named
 * participants (a mentor sees only what is shared with them). A preparation answer is `private`
 * until its writer shares it; every other text is `shared` unless said otherwise.
 *
 * @example
 * ```ts
 * import type { Visibility } from 'ontwikkelgesprek';
 * const levels: Visibility[] = ['private', 'shared', 'hr'];
 * ```
 */
export type Visibility = 'private' | 'shared' | 'hr';

/**
 * Why a text was erased: at the request of the person concerned, because its retention period ended,
 * as a correction, because it held special-category data, or another reason.
 *
 * @example
 * ```ts
 * import type { ErasureReason } from 'ontwikkelgesprek';
 * const reason: ErasureReason = 'erasureRequest';
 * ```
 */
export type ErasureReason = 'erasureRequest' | 'retention' | 'correction' | 'sensitiveData' | 'other';

/**
 * Who erased a text, when and why: the id of the person or process that erased it, the moment, the
 * reason, and optionally the host's own reference (a request number). Never the text.
 *
 * @example
 * ```ts
 * import type { ErasureMark } from 'ontwikkelgesprek';
 * const mark: ErasureMark = { at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest', reference: 'AVG-2029-014' };
 * ```
 */
export interface ErasureMark {
  readonly at: string;
  readonly by: string;
  readonly reason: ErasureReason;
  readonly reference?: string | undefined;
}

/**
 * A free text of a conversation, by what it is: a preparation answer (by side and question), a
 * note, a development need or an agreement (by id), a side's competence scan, the colleague feedback
 * the employee shared, a request for it and the answers collected on one, or the evaluation, the purpose, the reason for postponing or cancelling. Notes written before notes had ids are `note-1`, `note-2`, ... by position.
 *
 * @example
 * ```ts
 * import type { TextRef } from 'ontwikkelgesprek';
 * const answer: TextRef = { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' };
 * const note: TextRef = { kind: 'note', id: 'note-2' };
 * ```
 */
export type TextRef =
  | { readonly kind: 'preparationAnswer'; readonly side: Role; readonly questionId: string }
  | { readonly kind: 'note'; readonly id: string }
  | { readonly kind: 'need'; readonly id: string }
  | { readonly kind: 'agreement'; readonly id: string }
  | { readonly kind: 'evaluation' }
  | { readonly kind: 'competenceScan'; readonly side: Role }
  | { readonly kind: 'feedback' }
  | { readonly kind: 'feedbackRequest'; readonly id: string }
  | { readonly kind: 'feedbackAnswers'; readonly requestId: string }
  | { readonly kind: 'purpose' }
  | { readonly kind: 'postponement' }
  | { readonly kind: 'cancellation' }
  | { readonly kind: 'previousNextTime' };

/**
 * A text whose readers its writer decides (the target of a `shareText` event).
 *
 * @example
 * ```ts
 * import type { ShareableTextRef } from 'ontwikkelgesprek';
 * const target: ShareableTextRef = { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' };
 * ```
 */
export type ShareableTextRef = Extract<
  TextRef,
  { readonly kind: 'preparationAnswer' | 'note' | 'need' | 'agreement' | 'evaluation' | 'competenceScan' | 'feedback' }
>;

/**
 * A tombstone in the conversation: which text was erased, by whom, when and why (never the text).
 * The erased text itself reads `[…]`.
 *
 * @example
 * ```ts
 * import type { ErasureRecord } from 'ontwikkelgesprek';
 * const record: ErasureRecord = {
 *   text: { kind: 'note', id: 'note-3' }, at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'retention',
 * };
 * ```
 */
export interface ErasureRecord extends ErasureMark {
  readonly text: TextRef;
}

/**
 * An act on someone's behalf, as the conversation records it: which event, when, who sent it (role
 * and participant id) and for which side.
 *
 * @example
 * ```ts
 * import type { ActOnBehalf } from 'ontwikkelgesprek';
 * const act: ActOnBehalf = {
 *   type: 'answerPreparation', at: '2027-03-10T14:00:00+01:00', by: 'hrAdviser', actor: 'hr-7', onBehalfOf: 'employee',
 * };
 * ```
 */
export interface ActOnBehalf {
  readonly type: import('./event-types.js').ConversationEventType;
  readonly at: string;
  readonly by: ParticipantRole;
  readonly actor: string;
  readonly onBehalfOf: Role;
}

/**
 * Who may send which event, and who may act for whom: one table, part of the template. `events`
 * lists for every event the roles that may send it; `onBehalfOf` says for a role the sides it may act
 * for (with `onBehalfOf` on the event; consent never goes by proxy). `defaultPermissions` is the
 * table the library uses where a template says nothing.
 *
 * @example
 * ```ts
 * import { defaultPermissions } from 'ontwikkelgesprek';
 * defaultPermissions.events.acceptAgreement; // ['employee', 'manager']
 * defaultPermissions.events.addNote.includes('hrAdviser'); // true
 * ```
 */
export interface PermissionTable {
  readonly events: { readonly [T in import('./event-types.js').ConversationEventType]: readonly ParticipantRole[] };
  readonly onBehalfOf: { readonly [R in ParticipantRole]?: readonly Role[] | undefined };
}

/**
 * A host's changes to the permission table, within safe bounds: for each event given, the roles that
 * may send it (replacing the default list); for each role given, the sides it may act for. Consent
 * (accepting agreements and support) stays with the employee and the manager, the events of each
 * side's own input stay with the sides, and the employee keeps every event of their own say.
 *
 * @example
 * ```ts
 * import type { PermissionOverrides } from 'ontwikkelgesprek';
 * const overrides: PermissionOverrides = {
 *   events: { nextPhase: ['employee', 'manager', 'hrAdviser'], addNote: ['employee', 'manager'] },
 *   onBehalfOf: { hrAdviser: ['employee'] },
 * };
 * ```
 */
export interface PermissionOverrides {
  events?: { [T in import('./event-types.js').ConversationEventType]?: readonly ParticipantRole[] | undefined } | undefined;
  onBehalfOf?: { [R in ParticipantRole]?: readonly Role[] | undefined } | undefined;
}
