import type { Ref, Severity } from '../../core/index.js';
import type { ConversationKind, FocusArea, PhaseId, Role, TopicId } from '../../vocabulary/index.js';

/**
 * The findings of the kernel and of input validation, with their params. `input.*` findings come
 * from `parseWith`: one per problem zod finds in caller data.
 */
export interface CoreFindingParams {
  'input.required': { expected?: string };
  'input.invalid_type': { expected: string; received: string };
  'input.too_small.string': { minimum: number };
  'input.too_big.string': { maximum: number };
  'input.too_small.number': { minimum: number };
  'input.too_big.number': { maximum: number };
  'input.too_small.array': { minimum: number };
  'input.too_big.array': { maximum: number };
  'input.too_small': { minimum: number };
  'input.too_big': { maximum: number };
  'input.invalid_format': { format: string };
  'input.invalid_format.date': { format?: string };
  'input.invalid_format.datetime': { format?: string };
  'input.not_multiple_of': { divisor: number };
  'input.unrecognized_keys': { keys: readonly string[] };
  'input.invalid_value': { values: readonly (string | number)[] };
  'input.invalid_union': Record<never, never>;
  'input.invalid_key': Record<never, never>;
  'input.invalid_element': Record<never, never>;
  /** `detail` (English) is for logs. */
  'input.custom': { detail: string };
  /** `detail` is for logs, not shown. */
  'input.unreadable': { detail: string };
  'input.tooDeep': { limit: number };
  'input.notJson': { value?: string | number };
  'date.invalid': { value: string };
  'date.outOfRange': { value: string; from: string; to: string };
  'date.timeZone.invalid': { value: string };
  'money.currency.mismatch': { left: string; right: string };
  /** `detail` (English) is for logs. */
  'money.invalid': { detail: string };
  'money.overflow': Record<never, never>;
}

/**
 * The kinds of things a finding can refer to (the `kind` of a {@link Ref}); a catalogue names each, for a reference
 * without a title ("deze afspraak", "this agreement").
 *
 * @example
 * ```ts
 * import { findingMessage, type RefKind } from 'ontwikkelgesprek';
 * const kind: RefKind = 'agendaPoint';
 * findingMessage({ code: 'agenda.budget.mustDeferred', severity: 'warning', path: [], params: { item: { kind, id: 'e1' } } }, 'nl');
 * // 'Het punt dit agendapunt moet besproken worden, ...'
 * ```
 */
export type RefKind =
  | 'agreement'
  | 'supportAgreement'
  | 'agendaPoint'
  | 'need'
  | 'note'
  | 'question'
  | 'answer'
  | 'plan'
  | 'conversation'
  | 'phase'
  | 'participant'
  | 'event'
  | 'reminder'
  | 'costLine'
  | 'expense'
  | 'fundingSource'
  | 'budget'
  | 'wish'
  | 'ambition'
  | 'theme'
  | 'competence'
  | 'template'
  | 'session'
  | 'group';

/** The label families of the shared vocabulary: every id has a name in every catalogue. */
export interface CoreLabelFamilies {
  severity: Severity;
  /** The words of a log line from `formatFinding`: `at` comes before where in the input. */
  findingLine: 'at';
  /** A reference without a title, by what it is ("deze afspraak", "diese Vereinbarung"): the form a reference takes most. */
  thing: RefKind;
  /**
   * The same in the cases a language declines a reference in, inside a sentence: the direct object
   * ("… hat diese Vereinbarung geändert"), the indirect object ("… dieser Vereinbarung zugestimmt")
   * and the possessor ("… dieser Vereinbarung" as genitive). A message asks for one with
   * `tools.ref(value, 'thingDative')` or `{agreement:thingDative}`; a reference with a title is
   * named by its title in every case. A language that does not decline repeats `thing`.
   */
  thingAccusative: RefKind;
  thingDative: RefKind;
  thingGenitive: RefKind;
  role: Role;
  roleDescription: Role;
  conversationKind: ConversationKind;
  conversationKindDescription: ConversationKind;
  phase: PhaseId;
  phaseDescription: PhaseId;
  topic: TopicId;
  topicDescription: TopicId;
  focusArea: FocusArea;
  focusAreaDescription: FocusArea;
  /**
   * The five SMART criteria by name (*specifiek, meetbaar, acceptabel, realistisch, tijdgebonden*):
   * shared, since agreements are checked by them and future-dialogue wishes are judged by them.
   * Their descriptions are the family `smartCriterionDescription` of the agreements.
   */
  smartCriterion: 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'timeBound';
}
