import type { Ref } from '../../core/index.js';
import type { ConversationKind, TopicId } from '../../vocabulary/index.js';

/** The findings of the agenda module, with their params. */
export interface AgendaFindingParams {
  'agenda.id.duplicate': { id: string };
  'agenda.item.sourceMismatch': { item: Ref; source: 'employee' | 'organisation'; list: 'employee' | 'organisation' };
  'agenda.carried.idNotInItemIds': Record<never, never>;
  'agenda.link.unknown': { item: Ref; link: string };
  'agenda.item.minutesMissing': { item: Ref; minutes: number };
  'agenda.topic.evaluative': { item: Ref; topic: TopicId; kind: ConversationKind };
  /** A point without an evaluative topic whose own words are about rating or pay; `evidence` quotes them. */
  'agenda.text.evaluative': { item: Ref; evidence: readonly string[]; kind: ConversationKind };
  'agenda.item.joint': { item: Ref; items: readonly Ref[]; count: number };
  'agenda.item.duplicate': { item: Ref; items: readonly Ref[]; count: number };
  'agenda.budget.over': { minutesNeeded: number; minutesForItems: number; deferred: number };
  'agenda.budget.mustDeferred': { item: Ref };
  'agenda.budget.noTimeForItems': { minutesAvailable: number; reservedMinutes: number };
  'agenda.side.employeeEmpty': Record<never, never>;
  'agenda.side.organisationEmpty': Record<never, never>;
  /** The host gave an age of 45 or more and no point is about employability. */
  'agenda.topic.employabilityFrom45': Record<never, never>;
}

/** The label families of the agenda module. */
export interface AgendaLabelFamilies {
  /** Where a merged point comes from: the employee, the organisation, or an open agreement followed up. */
  agendaSource: 'employee' | 'organisation' | 'followUp';
  /** Who brought points: "de medewerker", "the employee" (for use inside a sentence). */
  agendaSide: 'employee' | 'organisation';
  agendaPriority: 'must' | 'should' | 'could';
}
