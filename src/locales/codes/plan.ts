import type { CalendarDate, Instant, Money, Ref } from '../../core/index.js';
import type { PhaseId, Role } from '../../vocabulary/index.js';

/** The findings of the plan module (codes `plan.*` for the POP, `budget.*` for the money and time it draws on). */
export interface PlanFindingParams {
  // ------------------------------------------------------------ shape and integrity
  'plan.period.reversed': Record<never, never>;
  'plan.hash.mismatch': { hash: string };
  'plan.history.inconsistent': { version: number };
  'plan.id.duplicate': { id: string; section: 'ambitions' | 'goals' | 'agreements' | 'costs' | 'fundingSources' };
  'plan.approval.recordInvalid': { by: Role };
  'plan.cost.unknownAgreement': { cost: Ref; agreementId: string };
  'plan.cost.unknownSource': { cost: Ref; source: string };
  // ------------------------------------------------------------ approval
  'plan.approval.staleVersion': { given: number; current: number };
  'plan.approval.hashMismatch': { given: string; current: string };
  'plan.approval.beforeVersion': { at: Instant; version: number; since: Instant };
  'plan.approval.repeated': { by: Role };
  'plan.approval.complete': { version: number };
  'plan.approval.waiting': { version: number; role: Role };
  'plan.approval.overBudget': {
    sources: readonly Ref[];
    sourceKinds: readonly ('personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney')[];
    /** What does not fit when it is not (only) money: study time, study points; absent when only money is over. */
    units?: readonly ('money' | 'minutes' | 'studyPoints')[];
  };
  // ------------------------------------------------------------ amendment
  'plan.amend.noChange': Record<never, never>;
  'plan.amend.beforeVersion': { at: Instant; version: number; since: Instant };
  'plan.amend.progressKept': { agreement: Ref; status: 'open' | 'done' | 'dropped' };
  'plan.amend.approvalsCleared': { version: number; count: number };
  // ------------------------------------------------------------ progress
  'plan.progress.empty': Record<never, never>;
  'plan.progress.unknownAgreement': { agreementId: string };
  'plan.progress.beforePlan': { at: Instant; since: Instant };
  'plan.progress.unchanged': { agreement: Ref; status: 'open' | 'done' | 'dropped' };
  'plan.progress.dropWithoutNote': { agreement: Ref };
  // ------------------------------------------------------------ creation from a conversation
  'plan.conversation.notConcluded': { status: 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled'; phase: PhaseId };
  'plan.goals.missing': Record<never, never>;
  'plan.goal.withoutAgreement': { goal: Ref };
  'plan.goal.noOrganisationLink': { goal: Ref };
  'plan.agreements.missing': Record<never, never>;
  'plan.agreement.withoutGoal': { agreement: Ref };
  'plan.agreement.notAccepted': { agreement: Ref };
  'plan.agreement.noDeadline': { agreement: Ref };
  'plan.nextConversation.missing': Record<never, never>;
  'plan.cost.negative': { agreement: Ref; amount: Money };
  'plan.evaluation.missing': Record<never, never>;
  'plan.evaluation.private': Record<never, never>;
  // ------------------------------------------------------------ the employee's view and erasure
  'plan.zienswijze.empty': Record<never, never>;
  'plan.zienswijze.notEmployee': { by: 'manager' | 'conversation' };
  'plan.erasure.invalid': Record<never, never>;
  // ------------------------------------------------------------ budget: claims against sources
  'budget.overCommitted': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    start: CalendarDate;
    end: CalendarDate;
    unit: 'money' | 'minutes' | 'studyPoints';
    claimed: Money | number;
    over: Money | number;
    budget: Money | number;
  };
  'budget.overspent': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    start: CalendarDate;
    end: CalendarDate;
    unit: 'money' | 'minutes' | 'studyPoints';
    spent: Money | number;
    over: Money | number;
    budget: Money | number;
  };
  'budget.currency.mismatch': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    line: Ref;
    currency: string;
    budgetCurrency: string;
  };
  'budget.unit.mismatch': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    line: Ref;
    unit: 'money' | 'minutes' | 'studyPoints';
    budgetUnit: 'money' | 'minutes' | 'studyPoints';
  };
  'budget.expense.otherYear': { expense: Ref; date: CalendarDate; year: number };
  'budget.line.outsidePeriods': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    line: Ref;
    date: CalendarDate;
    from?: CalendarDate;
    until?: CalendarDate;
  };
  'budget.expense.unknownAgreement': { expense: Ref; agreementId: string };
  'budget.expense.unknownCostLine': { expense: Ref; costLineId: string };
  'budget.id.duplicate': { id: string };
  'budget.amount.overflow': Record<never, never>;
  'budget.sources.missing': Record<never, never>;
  'budget.setup.ambiguous': Record<never, never>;
  'budget.employee.missing': Record<never, never>;
  'budget.source.unknown': { source: string; line?: Ref };
  'budget.required.chargedToEmployee': {
    agreement: Ref;
    sources: readonly Ref[];
    sourceKinds: readonly ('personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney')[];
  };
  'budget.required.capped': Record<never, never>;
  'budget.carryOver.noStart': Record<never, never>;
  'budget.allowance.duplicateUnit': Record<never, never>;
  // ------------------------------------------------------------ budget: the nudge and the end of a period
  'budget.unused.lateInYear': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    unit: 'money' | 'minutes' | 'studyPoints';
    unused: Money | number;
    percent: number;
    expiring: Money | number;
    end: CalendarDate;
    daysLeft: number;
    /** Of employees, the share (whole percent) who leave the budget lying: national, or the organisation's own with `shareFrom`. */
    shareUnused: number;
    shareFrom?: 'organisation';
  };
  'budget.year.ended': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
    unit: 'money' | 'minutes' | 'studyPoints';
    start: CalendarDate;
    end: CalendarDate;
    unused: Money | number;
    expired: Money | number;
  };
  // ------------------------------------------------------------ payback (studiekostenbeding)
  'budget.payback.scheduleInvalid': Record<never, never>;
  'budget.payback.sourceNotAllowed': {
    source: Ref;
    sourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
  };
  'budget.payback.noClause': Record<never, never>;
  'budget.payback.notApproved': Record<never, never>;
}

/** The label families of the plan module. */
export interface PlanLabelFamilies {
  /** Whose need a development goal came from, inside a sentence ("de medewerker én de organisatie"). */
  goalSource: 'employee' | 'organisation' | 'joint';
  /** Where an agreement stands. */
  progressStatus: 'open' | 'done' | 'dropped';
  /** A part of the plan, as the version history names a changed item ("afspraak", "kostenpost"). */
  planSection:
    | 'plan'
    | 'employee'
    | 'manager'
    | 'period'
    | 'ambitions'
    | 'goals'
    | 'agreements'
    | 'costs'
    | 'funding'
    | 'nextConversation'
    | 'evaluation'
    | 'zienswijze';
  /** A list of the plan, in the plural ("de ontwikkeldoelen"). */
  planList: 'ambitions' | 'goals' | 'agreements' | 'costs' | 'fundingSources';
  /** What happened to a part of the plan in a new version. */
  planChange: 'created' | 'added' | 'changed' | 'removed';
  /** Who made a version of the plan. */
  planActor: 'employee' | 'manager' | 'conversation';
  /** The kind of a funding source, as a name ("het persoonlijk ontwikkelbudget"). */
  fundingSourceKind: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
  /** A funding source by its kind, inside a sentence, with its article ("het persoonlijk ontwikkelbudget"). */
  fundingSource: 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
  /** What a budget counts in. */
  budgetUnit: 'money' | 'minutes' | 'studyPoints';
  /** The fixed words of the POP in Markdown: headings, column names, short phrases. */
  planText:
    | 'title'
    | 'subtitle'
    | 'version'
    | 'employee'
    | 'manager'
    | 'period'
    | 'through'
    | 'kind'
    | 'status'
    | 'hash'
    | 'approved'
    | 'waitingFor'
    | 'draft'
    | 'ambitions'
    | 'goals'
    | 'focus'
    | 'source'
    | 'organisationGoals'
    | 'why'
    | 'grade'
    | 'nextTime'
    | 'effect'
    | 'effectOutOf'
    | 'ideas'
    | 'needWhen'
    | 'expectedCost'
    | 'organisationLink'
    | 'agreementsFor'
    | 'noAgreement'
    | 'none'
    | 'agreements'
    | 'supportAgreements'
    | 'who'
    | 'when'
    | 'noDate'
    | 'measure'
    | 'providerSearchedBy'
    | 'competence'
    | 'competences'
    | 'competencesNone'
    | 'offer'
    | 'offerAt'
    | 'studyHourOne'
    | 'studyHourOther'
    | 'cost'
    | 'state'
    | 'progressNote'
    | 'costs'
    | 'description'
    | 'amount'
    | 'fundedBy'
    | 'total'
    | 'funding'
    | 'fundingKind'
    | 'fundingName'
    | 'perPeriod'
    | 'periodLength'
    | 'calendarYear'
    | 'months'
    | 'from'
    | 'until'
    | 'saving'
    | 'noSaving'
    | 'savingPeriods'
    | 'savingMaximum'
    | 'noCap'
    | 'payback'
    | 'paybackIntro'
    | 'paybackWithin'
    | 'paybackShare'
    | 'afterCompletion'
    | 'paybackSources'
    | 'hourOne'
    | 'hourOther'
    | 'studyPointOne'
    | 'studyPointOther'
    | 'nextConversation'
    | 'notPlanned'
    | 'minutes'
    | 'evaluation'
    | 'notEvaluated'
    | 'rating'
    | 'feedback'
    | 'progress'
    | 'progressIntro'
    | 'agreement'
    | 'approval'
    | 'approvedOn'
    | 'notApproved'
    | 'history'
    | 'versionHeading'
    | 'changedAt'
    | 'by'
    | 'changes'
    | 'reason'
    | 'clearedOne'
    | 'clearedOther'
    | 'zienswijze'
    | 'zienswijzePlan'
    | 'zienswijzeReport'
    | 'readers'
    | 'readersHr'
    | 'readersOthers';
}
