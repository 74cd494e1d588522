import type { Instant } from '../../core/index.js';

/** The findings of the report module, with their params. */
export interface ReportFindingParams {
  'report.record.invalid': {
    position: number;
    part: 'employee' | 'groups' | 'conversations' | 'plans' | 'planned' | 'budget' | 'agreementChecks';
  };
  'report.record.unreadable': { position: number };
  'report.conversation.invalid': { position: number };
  'report.records.notIterable': Record<never, never>;
  'report.combine.otherMoment': { left: Instant; right: Instant };
}

/** The label families of the report module. */
export interface ReportLabelFamilies {
  /** A part of an employee's records, inside a sentence. */
  reportPart: 'employee' | 'groups' | 'conversations' | 'plans' | 'planned' | 'budget' | 'agreementChecks';
  /** The words of the report's charts: titles, axes and categories. */
  reportText:
    | 'timelinessTitle'
    | 'onTime'
    | 'late'
    | 'due'
    | 'overdue'
    | 'conversations'
    | 'status'
    | 'group'
    | 'all'
    | 'budgetTitle'
    | 'committed'
    | 'unused'
    | 'source'
    | 'amount'
    | 'use'
    | 'followThroughTitle'
    | 'done'
    | 'dropped'
    | 'open'
    | 'agreements'
    | 'inputTitle'
    | 'employee'
    | 'manager'
    | 'agendaPoints'
    | 'needs'
    | 'side'
    | 'count'
    | 'what';
}
