import type { Instant, Ref } from '../../core/index.js';
import type { FundingSourceKind } from '../../vocabulary/index.js';

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
  /** A budget period whose amounts are in two currencies or units (`unit`, `other`: a currency code, `minutes` or `studyPoints`). */
  'report.budget.unitMismatch': { position: number; source: Ref; sourceKind: FundingSourceKind; unit: string; other: string };
  /** A record with a second current period of the same source and unit: left out, never counted twice. */
  'report.budget.duplicatePeriod': { position: number; source: Ref; sourceKind: FundingSourceKind; unit: string };
  /** A record whose budget sums would leave exact integer arithmetic. */
  'report.amount.overflow': { position: number };
  /** Two reports whose sums together would leave exact integer arithmetic. */
  'report.combine.overflow': Record<never, never>;
  /** A budget line of a report whose amounts are in two currencies or units. */
  'report.combine.unitMismatch': { source: Ref; sourceKind: FundingSourceKind; unit: string; other: string };
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
    | 'what'
    | 'share';
}
