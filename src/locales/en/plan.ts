import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type SourceKind = keyof Labels['fundingSource'];

/** A funding source in a sentence: its own title when it has one, else what it is ("the sector fund"). */
function source(ref: unknown, kind: SourceKind, tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  // A finding stored by 0.1 has no source: throwing lets findingMessage show the text it was stored with.
  if (!Object.hasOwn(tools.labels.fundingSource, kind)) throw new TypeError('not a funding source');
  return tools.labels.fundingSource[kind];
}

function sources(refs: readonly unknown[], kinds: readonly SourceKind[], tools: MessageTools): string {
  return tools.format.list(refs.map((ref, index) => source(ref, kinds[index] ?? 'personalBudget', tools)));
}

/** "budget year 2027" for a calendar year, else "the budget period from 1 August 2027 to 31 July 2028". */
function period(start: string, end: string, tools: MessageTools): string {
  if (typeof start !== 'string' || typeof end !== 'string') throw new TypeError('not a budget period');
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return `budget year ${year}`;
  return `the budget period from ${tools.format.date(start)} to ${tools.format.date(end)}`;
}

/** Study time as people say it: "16 hours", "7 hours and 30 minutes". */
function hours(minutes: number, tools: MessageTools): string {
  const whole = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  const unit = (n: number, one: string, other: string): string => `${tools.format.number(n)} ${Math.abs(n) === 1 ? one : other}`;
  if (rest === 0) return unit(whole, 'hour', 'hours');
  if (whole === 0) return unit(minutes, 'minute', 'minutes');
  return `${unit(whole, 'hour', 'hours')} and ${unit(rest, 'minute', 'minutes')}`;
}

/** An amount of a budget: money in English notation, study time in hours, or study points. */
function figure(value: unknown, unit: string, tools: MessageTools): string {
  if (typeof value !== 'number') return tools.value(value);
  if (unit === 'minutes') return hours(value, tools);
  return `${tools.format.number(value)} ${Math.abs(value) === 1 ? 'study point' : 'study points'}`;
}

/** A cost line or expense by what it is and its title ("cost line “Book”"), or "this expense" without one. */
function line(ref: unknown, tools: MessageTools): string {
  const { kind, title } = (ref ?? {}) as { kind?: unknown; title?: unknown };
  if (typeof title !== 'string' || title.trim() === '') return tools.ref(ref);
  return `${kind === 'expense' ? 'expense' : 'cost line'} ${tools.ref(ref)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A moment as people write it: "16 March 2027 at 09:00" (in the time zone the moment was given in). */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} at ${instant.slice(11, 16)}`;
}

/** The number in a budget figure: the minor units of money, or the minutes or study points. */
function size(value: unknown): unknown {
  return typeof value === 'number' ? value : (value as { amount?: unknown } | null)?.amount;
}

/** English messages of the plan module. */
export const planMessagesEn = defineMessages({
  // ------------------------------------------------------------ shape and integrity
  'plan.period.reversed': 'The period ends before it starts.',
  'plan.hash.mismatch': () =>
    'The content of the plan no longer matches its recorded content hash: the plan was changed outside the system.',
  'plan.history.inconsistent':
    'The version history does not match version {version}: every version should have exactly one entry, counting up from 1.',
  'plan.id.duplicate': 'The id "{id}" occurs more than once among {section:planList}.',
  'plan.approval.recordInvalid': 'A recorded approval by the {by:role} does not belong to this version of the plan, or occurs twice.',
  'plan.cost.unknownAgreement': 'Cost line {cost} belongs to agreement "{agreementId}", but that agreement is not in the plan.',
  'plan.cost.unknownSource': 'Cost line {cost} is paid from "{source}", but the plan’s funding has no such source.',

  // ------------------------------------------------------------ approval
  'plan.approval.staleVersion':
    'This approval is for version {given}, but the plan is at version {current}. Read the current version and approve that one.',
  'plan.approval.hashMismatch': () =>
    'The approved text is not the current text of the plan. Read the current version and approve that one.',
  'plan.approval.beforeVersion': ({ at, version, since }, tools) =>
    `The approval is dated ${moment(at, tools)}, but version ${version} only exists since ${moment(since, tools)}.`,
  'plan.approval.repeated': 'The {by:role} had already approved this version; the first approval stands.',
  'plan.approval.complete': 'The employee and the manager have both approved version {version}.',
  'plan.approval.waiting': 'Version {version} is still waiting for approval by the {role:role}.',
  'plan.approval.overBudget': ({ sources: refs, sourceKinds, units }, tools) => {
    if (units === undefined || units.every((unit) => unit === 'money')) {
      return `The costs in this plan do not fit within ${sources(refs, sourceKinds, tools)}. Adjust the costs or the funding before you approve the plan.`;
    }
    const what = units.map((unit) => ({ money: 'the costs', minutes: 'the study time', studyPoints: 'the study points' })[unit]);
    const named = tools.format.list(what);
    return `${named.charAt(0).toUpperCase()}${named.slice(1)} in this plan ${units.length === 1 ? 'does' : 'do'} not fit within ${sources(refs, sourceKinds, tools)}. Adjust the agreements or the funding before you approve the plan.`;
  },

  // ------------------------------------------------------------ amendment
  'plan.amend.noChange':
    'This amendment changes nothing in the content, so there is no new version. Record progress on an agreement as progress, not as a change to the plan.',
  'plan.amend.beforeVersion': ({ at, version, since }, tools) =>
    `The amendment is dated ${moment(at, tools)}, but version ${version} only exists since ${moment(since, tools)}.`,
  'plan.amend.progressKept':
    'Agreement {agreement} keeps the progress already recorded (status: {status:progressStatus}). Progress is recorded separately, not by changing the plan.',
  'plan.amend.approvalsCleared':
    'There is now a new version {version}: {count} earlier {count|approval lapses|approvals lapse}, and both sides approve again.',

  // ------------------------------------------------------------ progress
  'plan.progress.empty': 'Progress needs a new status or a note.',
  'plan.progress.unknownAgreement': 'The plan has no agreement with the id "{agreementId}".',
  'plan.progress.beforePlan': ({ at, since }, tools) =>
    `The progress is dated ${moment(at, tools)}, but the plan only exists since ${moment(since, tools)}.`,
  'plan.progress.unchanged': 'Agreement {agreement} already had the status {status:progressStatus}; nothing was recorded.',
  'plan.progress.dropWithoutNote':
    'Agreement {agreement} is dropped without a note. Write down why, so the next conversation can come back to it.',

  // ------------------------------------------------------------ creation from a conversation
  'plan.conversation.notConcluded': ({ status, phase }, tools) => {
    if (status === 'cancelled') return 'The conversation was cancelled. A PDP follows from a concluded conversation.';
    if (status === 'postponed') return 'The conversation was postponed. A PDP follows from a concluded conversation.';
    if (status === 'planned') return 'The conversation has not started yet. A PDP follows from a concluded conversation.';
    return `The conversation is not concluded yet (it is at the phase ${tools.format.quote(tools.labels.phase[phase])}). A PDP follows from a concluded conversation.`;
  },
  'plan.goals.missing': 'The plan has no development goals: no development needs were recorded.',
  'plan.goal.withoutAgreement': 'Development goal {goal} has no agreement yet; agree who does what by when.',
  'plan.goal.noOrganisationLink': 'Development goal {goal} is not linked to a goal of the organisation yet.',
  'plan.agreements.missing': 'The plan has no agreements yet.',
  'plan.agreement.withoutGoal': 'Agreement {agreement} belongs to none of the development goals of this plan.',
  'plan.agreement.notAccepted': 'Agreement {agreement} has not been accepted by both sides yet.',
  'plan.agreement.noDeadline': 'Agreement {agreement} has no date: when will it be done?',
  'plan.nextConversation.missing': 'No next conversation has been planned yet.',
  'plan.cost.negative': 'Agreement {agreement} has a negative cost ({amount}); it was not taken up as a cost line.',
  'plan.evaluation.missing': 'The conversation was not evaluated; ask the employee how it went.',
  'plan.evaluation.private': 'The evaluation of the conversation was meant for its writer only, so it is not in the PDP.',
  'plan.zienswijze.empty':
    'The employee’s view says something about the PDP or about the report of the conversation; fill in at least one.',
  'plan.zienswijze.notEmployee':
    'The employee’s view is the employee’s own say; only the employee writes or changes it, not the {by:planActor.lower}.',
  'plan.erasure.invalid':
    'A note about an erased text does not match the PDP: no erased text stands in that place. The PDP was changed outside the library.',

  // ------------------------------------------------------------ budget: claims against sources
  'budget.overCommitted': (p, tools) =>
    `Agreements and expenses charged to ${source(p.source, p.sourceKind, tools)} in ${period(p.start, p.end, tools)} (${figure(p.claimed, p.unit, tools)}) exceed the budget of ${figure(p.budget, p.unit, tools)} by ${figure(p.over, p.unit, tools)}.`,
  'budget.overspent': (p, tools) => {
    const verb = p.unit === 'money' ? 'has already been spent' : 'have already been used';
    return `${capital(figure(p.spent, p.unit, tools))} ${verb} from ${source(p.source, p.sourceKind, tools)} in ${period(p.start, p.end, tools)}, ${figure(p.over, p.unit, tools)} more than the budget of ${figure(p.budget, p.unit, tools)}.`;
  },
  'budget.currency.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} is in ${p.currency}, but ${source(p.source, p.sourceKind, tools)} is kept in ${p.budgetCurrency}, so it was not counted.`,
  'budget.unit.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} is in ${tools.labels.budgetUnit[p.unit]}, but ${source(p.source, p.sourceKind, tools)} is kept in ${tools.labels.budgetUnit[p.budgetUnit]}, so it was not counted.`,
  'budget.expense.otherYear': ({ expense, date, year }, tools) =>
    `${capital(line(expense, tools))} of ${tools.format.date(date)} falls outside budget year ${String(year)} and was not counted.`,
  'budget.line.outsidePeriods': (p, tools) => {
    const from = p.from === undefined ? '' : `from ${tools.format.date(p.from)}`;
    const until = p.until === undefined ? '' : `${p.from === undefined ? 'until' : 'to'} ${tools.format.date(p.until)}`;
    const span = [from, until].filter((part) => part !== '').join(' ');
    return `${capital(line(p.line, tools))} of ${tools.format.date(p.date)} falls outside the term of ${source(p.source, p.sourceKind, tools)} (${span}) and was not counted.`;
  },
  'budget.expense.unknownAgreement': ({ expense, agreementId }, tools) =>
    `${capital(line(expense, tools))} belongs to agreement "${agreementId}", which has no cost line; it counts as a separate expense.`,
  'budget.expense.unknownCostLine': ({ expense, costLineId }, tools) =>
    `${capital(line(expense, tools))} belongs to cost line "${costLineId}", which does not exist or is not counted; it counts as a separate expense.`,
  'budget.id.duplicate': 'Cost line or expense "{id}" appears twice and would be counted twice. Give each line only once.',
  'budget.amount.overflow': 'The amounts together are too large to calculate exactly.',
  'budget.sources.missing': 'There is no budget to count against: give the funding sources, a plan with funding, or a development budget.',
  'budget.setup.ambiguous': 'Give either a development budget or funding sources, not both.',
  'budget.employee.missing': 'Say whose budget this is: give the employee, a plan or a development budget.',
  'budget.source.unknown': ({ source: id, line: lineRef }, tools) =>
    lineRef === undefined
      ? `The payback clause names the funding source "${id}", which is not part of the plan’s funding.`
      : `${capital(line(lineRef, tools))} is paid from "${id}", but no such funding source was given, so it was not counted.`,
  'budget.required.chargedToEmployee': ({ agreement, sources: refs, sourceKinds }, tools) =>
    `Agreement ${tools.ref(agreement)} is training the employer requires. It is free for the employee and takes place in working time (art. 7:611a of the Dutch Civil Code), so it cannot be charged to ${sources(refs, sourceKinds, tools)}.`,
  'budget.required.capped':
    'Required training has no cap: the employer pays for it, whatever it costs (art. 7:611a of the Dutch Civil Code).',
  'budget.allowance.duplicateUnit': 'Give at most one amount per currency, one for study time and one for study points.',
  'budget.carryOver.noStart': 'Saving up across budget periods needs a start date: say when the first budget period begins.',

  // ------------------------------------------------------------ budget: the nudge and the end of a period
  'budget.unused.lateInYear': (p, tools) => {
    const unused = figure(p.unused, p.unit, tools);
    const days = `${tools.format.number(p.daysLeft)} ${p.daysLeft === 1 ? 'day' : 'days'}`;
    const lapse =
      size(p.expiring) === 0
        ? 'What is left may be carried over to the next period, but that does not put it to use.'
        : size(p.expiring) === size(p.unused)
          ? 'Whatever is left then lapses.'
          : `${figure(p.expiring, p.unit, tools)} of it lapses then; the rest may be carried over to the next period.`;
    const peers =
      p.shareFrom === 'organisation'
        ? `In our organisation, ${p.shareUnused}% of employees leave this budget unused`
        : `About ${p.shareUnused}% of employees leave their budget unused`;
    return `${unused} (${p.percent}%) of ${source(p.source, p.sourceKind, tools)} is still unused and uncommitted, and the period ends in ${days} (${tools.format.date(p.end)}). ${lapse} ${peers}: talk now about what you want to do with it.`;
  },
  'budget.year.ended': (p, tools) => {
    const what = period(p.start, p.end, tools);
    const expired = size(p.expired) === 0 ? '' : ` ${figure(p.expired, p.unit, tools)} of it has lapsed.`;
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} of ${source(p.source, p.sourceKind, tools)} is over; ${figure(p.unused, p.unit, tools)} was left unused.${expired}`;
  },

  // ------------------------------------------------------------ payback (studiekostenbeding)
  'budget.payback.scheduleInvalid':
    'A payback clause tapers off: each step covers a longer term than the one before, with an equal or lower percentage between 0 and 100.',
  'budget.payback.sourceNotAllowed': (p, tools) =>
    p.sourceKind === 'requiredTraining'
      ? `No payback can apply to ${source(p.source, p.sourceKind, tools)}: required training is free for the employee (art. 7:611a of the Dutch Civil Code).`
      : `No payback can apply to ${source(p.source, p.sourceKind, tools)}: that money is not the employer’s.`,
  'budget.payback.noClause': 'The plan has no payback clause, so nothing has to be paid back on leaving.',
  'budget.payback.notApproved':
    'The payback clause has not been approved by both sides yet. A payback clause only applies when the employee agreed to it in writing beforehand.',
});

/** English labels of the plan module. */
export const planLabelsEn = {
  goalSource: { employee: 'the employee', organisation: 'the organisation', joint: 'both the employee and the organisation' },
  progressStatus: { open: 'open', done: 'done', dropped: 'dropped' },
  planSection: {
    plan: 'plan',
    employee: 'employee',
    manager: 'manager',
    period: 'period',
    ambitions: 'ambition',
    goals: 'development goal',
    agreements: 'agreement',
    costs: 'cost line',
    funding: 'funding',
    nextConversation: 'next conversation',
    evaluation: 'evaluation',
    zienswijze: 'employee’s view',
  },
  planList: {
    ambitions: 'the ambitions',
    goals: 'the development goals',
    agreements: 'the agreements',
    costs: 'the cost lines',
    fundingSources: 'the funding sources',
  },
  planChange: { created: 'created', added: 'added', changed: 'changed', removed: 'removed' },
  planActor: { employee: 'employee', manager: 'manager', conversation: 'conversation' },
  fundingSourceKind: {
    personalBudget: 'Personal development budget',
    requiredTraining: 'Required training (employer)',
    sectorFund: 'Sector training fund',
    learningAccount: 'Learning account',
    ownMoney: 'Own money',
  },
  fundingSource: {
    personalBudget: 'the personal development budget',
    requiredTraining: 'the employer’s required training',
    sectorFund: 'the sector training fund',
    learningAccount: 'the learning account',
    ownMoney: 'the employee’s own money',
  },
  budgetUnit: { money: 'money', minutes: 'study hours', studyPoints: 'study points' },
  planText: {
    title: 'PDP',
    subtitle: 'Personal development plan',
    version: 'version',
    employee: 'Employee',
    manager: 'Manager',
    period: 'Period',
    through: 'to',
    kind: 'Kind of conversation',
    status: 'Status',
    hash: 'Content hash',
    approved: 'approved by employee and manager',
    waitingFor: 'waiting for approval by',
    draft: 'not yet approved by anyone',
    ambitions: 'Ambitions',
    goals: 'Development goals',
    focus: 'Focus',
    source: 'From',
    organisationGoals: 'Organisation goals',
    why: 'Why',
    grade: 'Grade',
    nextTime: 'Next time, differently',
    effect: 'Effect (E = Q × A)',
    effectOutOf: 'out of 100',
    ideas: 'Own ideas for how',
    needWhen: 'When',
    expectedCost: 'Expected cost',
    organisationLink: 'Link with the organisation',
    agreementsFor: 'Agreements',
    noAgreement: 'no agreement yet',
    none: 'none',
    agreements: 'Agreements',
    supportAgreements: 'Support agreements',
    who: 'who',
    when: 'when',
    noDate: 'no date',
    measure: 'Measure',
    providerSearchedBy: 'Finds the provider',
    competence: 'Works on competence',
    competences: 'Competences this plan works on',
    competencesNone: 'no agreement yet',
    offer: 'Learning offer',
    offerAt: 'from',
    studyHourOne: 'study hour',
    studyHourOther: 'study hours',
    cost: 'Cost',
    state: 'Status',
    progressNote: 'Progress',
    costs: 'Costs',
    description: 'Description',
    amount: 'Amount',
    fundedBy: 'Paid from',
    total: 'Total',
    funding: 'Funding',
    fundingName: 'Source',
    fundingKind: 'Kind',
    perPeriod: 'Per period',
    periodLength: 'Period',
    calendarYear: 'calendar year',
    months: 'months',
    from: 'from',
    until: 'to',
    saving: 'Saving up',
    noSaving: 'no',
    savingPeriods: 'periods',
    savingMaximum: 'at most',
    noCap: 'no cap',
    payback: 'Payback clause',
    paybackIntro: 'Applies to voluntary training costing more than',
    paybackWithin: 'Leaving within',
    paybackShare: 'To pay back',
    afterCompletion: 'after completion',
    paybackSources: 'paid from',
    hourOne: 'hour',
    hourOther: 'hours',
    studyPointOne: 'study point',
    studyPointOther: 'study points',
    nextConversation: 'Next conversation',
    notPlanned: 'Not planned yet.',
    minutes: 'minutes',
    evaluation: 'Evaluation of the conversation',
    notEvaluated: 'Not evaluated.',
    rating: 'Rating',
    feedback: 'Feedback',
    progress: 'Progress on agreements',
    progressIntro: 'Progress does not change the approved text and needs no new approval.',
    agreement: 'agreement',
    approval: 'Approval',
    approvedOn: 'approved on',
    notApproved: 'not approved yet',
    history: 'Version history',
    versionHeading: 'Version',
    changedAt: 'When',
    by: 'By',
    changes: 'Changes',
    reason: 'Reason',
    clearedOne: 'approval lapsed',
    clearedOther: 'approvals lapsed',

    zienswijze: 'The employee’s view',
    zienswijzePlan: 'On the PDP',
    zienswijzeReport: 'On the report',
    readers: 'Who may read it',
    readersHr: 'the employee, the manager and the HR adviser',
    readersOthers: 'and participants the employee named',
  },
} satisfies Partial<Labels>;
