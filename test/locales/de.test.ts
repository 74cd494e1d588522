import { describe, expect, it } from 'vitest';
import type { Catalogue, Conversation, Finding, FindingCode, FindingParamsOf } from '../../src/index.js';
import {
  approvePlan,
  checkAgreement,
  conversationInvitation,
  createConversation,
  draftDevelopmentPlan,
  en,
  finding,
  findingMessage,
  formatFinding,
  mergeAgendas,
  planNextConversation,
  renderPlanMarkdown,
  transition,
} from '../../src/index.js';
import { de } from '../../examples/locales/de.js';
import { agreementSamples } from '../agreements/samples.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { spent2026, workedContent } from '../plan/worked-example.js';

/**
 * Realistic params for every finding code (a code without a sample does not compile): what the
 * library puts in them, with titles as people write them.
 */
const samples: { readonly [C in FindingCode]: FindingParamsOf<C> } = {
  ...agreementSamples,
  'input.required': { expected: 'Zahl' },
  'input.invalid_type': { expected: 'Zahl', received: 'Text' },
  'input.too_small.string': { minimum: 3 },
  'input.too_big.string': { maximum: 2000 },
  'input.too_small.number': { minimum: 3 },
  'input.too_big.number': { maximum: 2000 },
  'input.too_small.array': { minimum: 3 },
  'input.too_big.array': { maximum: 2000 },
  'input.too_small': { minimum: 3 },
  'input.too_big': { maximum: 2000 },
  'input.invalid_format': { format: 'E-Mail-Adresse' },
  'input.invalid_format.date': { format: 'E-Mail-Adresse' },
  'input.invalid_format.datetime': { format: 'E-Mail-Adresse' },
  'input.not_multiple_of': { divisor: 5 },
  'input.unrecognized_keys': { keys: ['colour', 'size'] },
  'input.invalid_value': { values: ['EUR', 'USD', 'GBP'] },
  'input.invalid_union': {},
  'input.invalid_key': {},
  'input.invalid_element': {},
  'input.custom': { detail: 'Unexpected end of JSON input' },
  'input.unreadable': { detail: 'Unexpected end of JSON input' },
  'input.tooDeep': { limit: 64 },
  'input.notJson': { value: 3 },
  'date.invalid': { value: '2250-01-01' },
  'date.outOfRange': { value: '2250-01-01', from: '2027-01-01', to: '2027-12-31' },
  'date.timeZone.invalid': { value: '2250-01-01' },
  'money.currency.mismatch': { left: 'EUR', right: 'USD' },
  'money.invalid': { detail: 'Unexpected end of JSON input' },
  'money.overflow': {},
  'question.bank.notList': {},
  'question.bank.tooLarge': { size: 1200, maximum: 2000 },
  'question.bank.unreadable': { detail: 'Unexpected end of JSON input' },
  'question.id.duplicate': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    id: 'a1',
    firstPosition: 2,
  },
  'question.translation.missing': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    locale: 'nl',
  },
  'question.phase.unknown': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    phase: 'afronding',
  },
  'question.topic.unknown': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    topic: 'salaris',
  },
  'question.kind.unknown': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    kind: 'beoordeling',
  },
  'question.closedInOpenCategory': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    category: 'preparation',
    locale: 'nl',
  },
  'question.select.skipped': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
  },
  'question.select.duplicate': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    position: 4,
    id: 'a1',
  },
  'question.select.fewerMatches': { count: 2, matches: 1 },
  'question.merge.replaced': {
    question: { kind: 'question', id: 'que-1', title: 'Was möchtest du im nächsten Jahr lernen?' },
    replaced: { kind: 'question', id: 'que-1', title: 'Was gibt dir Energie?' },
  },
  'agenda.id.duplicate': { id: 'a1' },
  'agenda.item.sourceMismatch': {
    item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    source: 'employee',
    list: 'employee',
  },
  'agenda.carried.idNotInItemIds': {},
  'agenda.link.unknown': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' }, link: 'a7' },
  'agenda.item.minutesMissing': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' }, minutes: 60 },
  'agenda.topic.evaluative': {
    item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    topic: 'pay',
    kind: 'development',
  },
  'agenda.item.joint': {
    item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    items: [
      { kind: 'agendaPoint', id: 'age-1', title: 'Loopbaanstap' },
      { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    ],
    count: 2,
  },
  'agenda.item.duplicate': {
    item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    items: [
      { kind: 'agendaPoint', id: 'age-1', title: 'Loopbaanstap' },
      { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' },
    ],
    count: 2,
  },
  'agenda.budget.over': { minutesNeeded: 75, minutesForItems: 50, deferred: 2 },
  'agenda.budget.mustDeferred': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' } },
  'agenda.budget.noTimeForItems': { minutesAvailable: 30, reservedMinutes: 30 },
  'agenda.side.employeeEmpty': {},
  'agenda.side.organisationEmpty': {},
  'schedule.holidays.yearOutOfRange': { year: '2201', first: '1900', last: '2200' },
  'schedule.date.outOfRange': { value: '2250-01-01', from: '2027-01-01', to: '2027-12-31' },
  'schedule.calendar.closureReversed': { from: '2027-01-01', to: '2027-12-31' },
  'schedule.calendar.closuresTooLong': { limit: 64 },
  'schedule.calendar.noWorkingDay': { from: '2027-01-01', days: 12 },
  'schedule.calendar.rangeTooLong': { from: '2027-01-01', to: '2027-12-31' },
  'schedule.policy.bounds': { min: 3, preferred: 6, max: 12 },
  'schedule.policy.kindMismatch': { kind: 'development', policyKind: 'checkIn' },
  'schedule.time.window': { from: '12:00', to: '09:00' },
  'schedule.time.windowTooShort': { minutes: 60 },
  'schedule.time.shiftedByDst': { date: '2027-04-01', time: '10:00', actual: '03:30' },
  'schedule.plan.wishUsed': { months: 6 },
  'schedule.plan.wishClamped': { wish: 12, months: 6, min: 3, max: 12 },
  'schedule.plan.wishIgnored': {},
  'schedule.plan.preferredInterval': { months: 6 },
  'schedule.plan.firstAfterHire': { months: 6, hireDate: '2027-02-01' },
  'schedule.plan.noHistory': {},
  'schedule.plan.lastInFuture': { date: '2027-04-01', today: '2027-03-01' },
  'schedule.plan.overdue': { latestAllowed: '2026-11-03', date: '2027-04-01', days: 12 },
  'schedule.plan.targetPassed': { target: '2027-04-27', date: '2027-04-01' },
  'schedule.plan.movedLater': { target: '2027-04-27', date: '2027-04-28', reason: 'holiday', holiday: 'kingsDay' },
  'schedule.plan.movedEarlier': { target: '2027-12-24', date: '2027-12-17', reason: 'closure', closure: 'Weihnachtsschließung' },
  'schedule.plan.proposed': { date: '2027-04-01', time: '10:00', timeZone: 'Europe/Berlin' },
  'schedule.followUp.agreementWithoutDeadline': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'schedule.followUp.conversationOverdue': { days: 12, dueDate: '2027-03-02' },
  'schedule.followUp.conversationDueSoon': { days: 12, dueDate: '2027-03-02' },
  'schedule.followUp.plannedTooLate': { nextPlanned: '2027-03-10', dueDate: '2027-03-02' },
  'schedule.followUp.agreementOverdue': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    days: 12,
    when: '2027-06-30',
  },
  'schedule.reminders.dropped': { count: 2 },
  'schedule.reminders.duplicateAgreement': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'schedule.due.duplicateEmployee': { employee: { kind: 'participant', id: 'emp-000017' }, position: 4, first: 3 },
  'schedule.checkIns.endMissing': {},
  'schedule.checkIns.separateEvents': { dates: ['2026-03-29', '2026-10-25'] },
  'schedule.ical.endBeforeStart': { event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.ical.duplicateUid': { event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.ical.textCleaned': { field: 'uid', event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.ical.organizerMissing': { event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.ical.attendeesMissing': { event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.ical.attendeeDuplicate': {
    event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' },
    email: 'sanne@example.org',
  },
  'schedule.ical.otherEvent': { event: { kind: 'event', id: 'eve-1', title: 'Entwicklungsgespräch mit Sanne' } },
  'schedule.reminder.prepareEmployee': { kind: 'development', date: '2027-04-01', time: '10:00' },
  'schedule.reminder.prepareManager': { kind: 'development', date: '2027-04-01', time: '10:00', employee: 'Sanne' },
  'schedule.reminder.conversation': { kind: 'development', date: '2027-04-01', time: '10:00' },
  'schedule.reminder.deadline': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    when: '2027-06-30',
    days: 12,
  },
  'schedule.reminder.escalation': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    when: '2027-06-30',
    employee: 'Sanne',
  },
  'schedule.invitation.summary': { kind: 'development', employee: 'Sanne' },
  'conversation.template.phaseRepeated': { phase: 'agreements' },
  'conversation.template.phaseReserved': { phase: 'agreements' },
  'conversation.template.phaseOfOtherKind': { phase: 'agreements', kind: 'development' },
  'conversation.template.preparationFirst': {},
  'conversation.template.noSchedulePhase': {},
  'conversation.template.agreementsAfterNextConversation': { phase: 'agreements' },
  'conversation.template.backIntoAgreements': { phase: 'agreements' },
  'conversation.template.backIntoPreparation': {},
  'conversation.template.noEvaluation': {},
  'conversation.template.noAgreements': {},
  'conversation.template.kindMismatch': { templateKind: 'futureDialogue', kind: 'development' },
  'conversation.create.templateMissing': {},
  'conversation.create.sameParticipant': {
    employee: { kind: 'participant', id: 'emp-1', title: 'Joris Bakker' },
    manager: { kind: 'participant', id: 'mgr-1', title: 'Joris Bakker' },
  },
  'conversation.event.notNow': { type: 'answerPreparation', status: 'inProgress', phase: 'agreements' },
  'conversation.event.closed': { status: 'concluded' },
  'conversation.event.nothingOpen': { type: 'answerPreparation' },
  'conversation.event.beforeLast': { at: '2027-03-15T10:00:00+01:00', last: '2027-03-15T10:30:00+01:00' },
  'conversation.state.invalid': {},
  'conversation.limit.reached': { list: 'preparation', maximum: 2000 },
  'conversation.phase.last': { phase: 'agreements' },
  'conversation.phase.noBack': { phase: 'agreements' },
  'conversation.guard.purposeSet': {},
  'conversation.guard.agendaMerged': {},
  'conversation.guard.agreementsPresent': {},
  'conversation.guard.agreementsWww': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.guard.agreementsSmart': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    criteria: ['specific', 'measurable'],
  },
  'conversation.guard.agreementsAccepted': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    side: 'manager',
  },
  'conversation.guard.supportAccepted': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    side: 'manager',
  },
  'conversation.guard.nextConversationScheduled': {},
  'conversation.guard.evaluationGiven': {},
  'conversation.agenda.duplicatePoint': { point: { kind: 'agendaPoint', id: 'age-1', title: 'Arbeitsbelastung im Quartalsabschluss' } },
  'conversation.agenda.unknownPoint': { point: { kind: 'agendaPoint', id: 'age-1', title: 'Arbeitsbelastung im Quartalsabschluss' } },
  'conversation.agenda.otherSidesPoint': {
    point: { kind: 'agendaPoint', id: 'age-1', title: 'Arbeitsbelastung im Quartalsabschluss' },
    side: 'manager',
  },
  'conversation.agenda.unknownItem': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' } },
  'conversation.agenda.alreadyDone': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' } },
  'conversation.agenda.evaluativeTopic': { item: { kind: 'agendaPoint', id: 'age-1', title: 'Nächster Karriereschritt' }, topic: 'pay' },
  'conversation.need.duplicate': { need: { kind: 'need', id: 'nee-1', title: 'Sicherer auftreten in Besprechungen' } },
  'conversation.agreement.duplicate': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.unknown': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.withdrawn': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.alreadyAccepted': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    side: 'manager',
  },
  'conversation.agreement.notOpen': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    status: 'done',
  },
  'conversation.agreement.useSupport': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.draft': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.proposedByManager': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'conversation.agreement.revisionResetsAcceptance': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    side: 'manager',
  },
  'conversation.schedule.endBeforeStart': { start: '2027-09-15T10:00:00+02:00', end: '2027-09-15T09:00:00+02:00' },
  'conversation.schedule.notAfterThis': { start: '2027-03-01T10:00:00+01:00', at: '2027-03-15T10:00:00+01:00' },
  'conversation.schedule.dateMismatch': { date: '2027-09-16', start: '2027-09-15T10:00:00+02:00', timeZone: 'Europe/Berlin' },
  'conversation.postpone.dateIsKept': {},
  'conversation.postpone.newStartNotAfter': { newStart: '2027-03-14T09:00:00+01:00', at: '2027-03-15T10:00:00+01:00' },
  'conversation.conclude.evaluativeDrift': { count: 2 },
  'conversation.replay.invalidEvent': { index: 4, type: 'answerPreparation' },
  'conversation.replay.noStart': {},
  'conversation.participant.duplicate': { participant: { kind: 'participant', id: 'par-1', title: 'Sanne de Vries' } },
  'conversation.participant.missing': { role: 'hrAdviser' },
  'conversation.participant.unknown': { role: 'hrAdviser' },
  'conversation.participant.ambiguous': { role: 'hrAdviser', count: 2 },
  'conversation.permission.denied': { type: 'proposeAgreement', role: 'hrAdviser' },
  'conversation.permission.onBehalfDenied': { type: 'proposeAgreement', role: 'hrAdviser', onBehalfOf: 'manager' },
  'conversation.permission.consentOnBehalf': { type: 'proposeAgreement', onBehalfOf: 'manager' },
  'conversation.permissions.consentFixed': { type: 'proposeAgreement' },
  'conversation.permissions.sideEvent': { type: 'proposeAgreement', role: 'hrAdviser' },
  'conversation.permissions.employeeVoice': { type: 'proposeAgreement' },
  'conversation.visibility.unknownText': { text: 'note' },
  'conversation.visibility.notAuthor': { text: 'note' },
  'conversation.visibility.tooNarrow': { text: 'note', visibility: 'private' },
  'conversation.visibility.unknownParticipant': {},
  'conversation.note.duplicate': { note: { kind: 'note', id: 'not-1', title: 'Notiz zur Teamübergabe' } },
  'plan.period.reversed': {},
  'plan.hash.mismatch': { hash: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
  'plan.history.inconsistent': { version: 2 },
  'plan.id.duplicate': { id: 'a1', section: 'agreements' },
  'plan.approval.recordInvalid': { by: 'manager' },
  'plan.cost.unknownAgreement': { cost: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' }, agreementId: 'a9' },
  'plan.cost.unknownSource': { cost: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' }, source: 'loterij' },
  'plan.approval.staleVersion': { given: 1, current: 2 },
  'plan.approval.hashMismatch': {
    given: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    current: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  },
  'plan.approval.beforeVersion': { at: '2027-03-15T10:00:00+01:00', version: 2, since: '2027-04-01T09:00:00+02:00' },
  'plan.approval.repeated': { by: 'manager' },
  'plan.approval.complete': { version: 2 },
  'plan.approval.waiting': { version: 2, role: 'manager' },
  'plan.approval.overBudget': {
    sources: [
      { kind: 'fundingSource', id: 'pob' },
      { kind: 'fundingSource', id: 'fonds', title: 'Branchenfonds Metall' },
    ],
    sourceKinds: ['personalBudget', 'sectorFund'],
  },
  'plan.amend.noChange': {},
  'plan.amend.beforeVersion': { at: '2027-03-15T10:00:00+01:00', version: 2, since: '2027-04-01T09:00:00+02:00' },
  'plan.amend.progressKept': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    status: 'open',
  },
  'plan.amend.approvalsCleared': { version: 2, count: 2 },
  'plan.progress.empty': {},
  'plan.progress.unknownAgreement': { agreementId: 'a9' },
  'plan.progress.beforePlan': { at: '2027-03-15T10:00:00+01:00', since: '2027-04-01T09:00:00+02:00' },
  'plan.progress.unchanged': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    status: 'open',
  },
  'plan.progress.dropWithoutNote': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'plan.conversation.notConcluded': { status: 'inProgress', phase: 'agreements' },
  'plan.goals.missing': {},
  'plan.goal.withoutAgreement': { goal: { kind: 'need', id: 'nee-1', title: 'Sicherer Umgang mit dem Planungssystem' } },
  'plan.goal.noOrganisationLink': { goal: { kind: 'need', id: 'nee-1', title: 'Sicherer Umgang mit dem Planungssystem' } },
  'plan.agreements.missing': {},
  'plan.agreement.withoutGoal': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'plan.agreement.notAccepted': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
  },
  'plan.agreement.noDeadline': { agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' } },
  'plan.nextConversation.missing': {},
  'plan.cost.negative': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    amount: { amount: -5000, currency: 'EUR' },
  },
  'plan.evaluation.missing': {},
  'plan.evaluation.private': {},
  'plan.zienswijze.empty': {},
  'plan.zienswijze.notEmployee': { by: 'manager' },
  'plan.erasure.invalid': {},
  'budget.overCommitted': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    start: '2027-01-01',
    end: '2027-12-31',
    unit: 'money',
    claimed: { amount: 120000, currency: 'EUR' },
    over: { amount: 10000, currency: 'EUR' },
    budget: { amount: 110000, currency: 'EUR' },
  },
  'budget.overspent': {
    source: { kind: 'fundingSource', id: 'pob' },
    sourceKind: 'personalBudget',
    start: '2026-08-01',
    end: '2027-07-31',
    unit: 'minutes',
    spent: 1110,
    over: 150,
    budget: 960,
  },
  'budget.currency.mismatch': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    line: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' },
    currency: 'USD',
    budgetCurrency: 'EUR',
  },
  'budget.unit.mismatch': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    line: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' },
    unit: 'studyPoints',
    budgetUnit: 'money',
  },
  'budget.expense.otherYear': { expense: { kind: 'expense', id: 'exp-1', title: 'Rechnung Fachkongress' }, date: '2027-04-01', year: 2027 },
  'budget.line.outsidePeriods': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    line: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' },
    date: '2027-04-01',
    from: '2027-01-01',
    until: '2027-12-31',
  },
  'budget.expense.unknownAgreement': { expense: { kind: 'expense', id: 'exp-1', title: 'Rechnung Fachkongress' }, agreementId: 'a9' },
  'budget.expense.unknownCostLine': { expense: { kind: 'expense', id: 'exp-1', title: 'Rechnung Fachkongress' }, costLineId: 'c9' },
  'budget.id.duplicate': { id: 'a1' },
  'budget.amount.overflow': {},
  'budget.sources.missing': {},
  'budget.setup.ambiguous': {},
  'budget.employee.missing': {},
  'budget.source.unknown': { source: 'loterij', line: { kind: 'costLine', id: 'cos-1', title: 'Buch: Überzeugend präsentieren' } },
  'budget.required.chargedToEmployee': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Präsentation über das neue Planungssystem halten' },
    sources: [{ kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' }],
    sourceKinds: ['personalBudget'],
  },
  'budget.required.capped': {},
  'budget.carryOver.noStart': {},
  'budget.allowance.duplicateUnit': {},
  'budget.unused.lateInYear': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    unit: 'money',
    unused: { amount: 105000, currency: 'EUR' },
    percent: 92,
    expiring: { amount: 105000, currency: 'EUR' },
    end: '2027-12-31',
    daysLeft: 77,
    shareUnused: 40,
  },
  'budget.year.ended': {
    source: { kind: 'fundingSource', id: 'fun-1', title: 'Persönliches Weiterbildungsbudget' },
    sourceKind: 'personalBudget',
    unit: 'money',
    start: '2027-01-01',
    end: '2027-12-31',
    unused: { amount: 70000, currency: 'EUR' },
    expired: { amount: 20000, currency: 'EUR' },
  },
  'budget.payback.scheduleInvalid': {},
  'budget.payback.sourceNotAllowed': { source: { kind: 'fundingSource', id: 'employer' }, sourceKind: 'requiredTraining' },
  'budget.payback.noClause': {},
  'budget.payback.notApproved': {},
  'dialogue.time.tooLittleForGroups': { minutes: 60, groups: 4, needed: 95 },
  'dialogue.online.noBreakouts': { participants: 24, groupSize: 6 },
  'dialogue.ambition.noDescription': { ambition: { kind: 'ambition', id: 'amb-1', title: 'Kundennähe in jedem Team' } },
  'dialogue.ambition.duplicate': { ambition: { kind: 'ambition', id: 'amb-1', title: 'Kundennähe in jedem Team' } },
  'dialogue.participant.duplicate': { participant: { kind: 'participant', id: 'par-1', title: 'Sanne de Vries' } },
  'dialogue.questions.none': { block: 'agreements' },
  'dialogue.questions.invalid': { count: 2 },
  'dialogue.wish.duplicate': { wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' } },
  'dialogue.wish.unknownParticipant': {
    wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' },
    participant: 'p-99',
  },
  'dialogue.wish.unknownAmbition': { wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' }, ambition: 'amb-9' },
  'dialogue.wish.unknownTheme': { wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' }, theme: 'digitaal' },
  'dialogue.wish.vague': {
    wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' },
    missing: ['specific', 'measurable'],
  },
  'dialogue.wish.noAmbition': { wish: { kind: 'wish', id: 'wis-1', title: 'Kurs Projektleitung abschließen' } },
  'dialogue.theme.duplicate': { theme: { kind: 'theme', id: 'the-1', title: 'Digitale Kompetenz' } },
  'dialogue.theme.reservedId': { theme: { kind: 'theme', id: 'the-1', title: 'Digitale Kompetenz' } },
  'dialogue.bridge.noWishes': { participant: { kind: 'participant', id: 'par-1', title: 'Sanne de Vries' } },
  'dialogue.agenda.ambitionUnconnected': { ambition: { kind: 'ambition', id: 'amb-1', title: 'Kundennähe in jedem Team' } },
  'privacy.sensitiveData': { category: 'health', evidence: ['Chemotherapie', 'krankgeschrieben'] },
  'privacy.record.unknown': {},
  'privacy.viewer.notParticipant': {},
  'privacy.viewer.roleMismatch': { given: 'manager', role: 'mentor' },
  'privacy.redact.unknownText': { text: 'evaluation' },
  'privacy.redact.unknownPerson': {},
  'privacy.redact.nothingToErase': {},
  'privacy.redact.erased': { count: 2 },
  'privacy.retention.due': {
    kind: 'preparation',
    action: 'erase',
    anchor: 'conversation',
    months: 6,
    from: '2027-01-01',
    dueOn: '2028-03-15',
  },
  'privacy.retention.upcoming': {
    kind: 'preparation',
    action: 'erase',
    anchor: 'conversation',
    months: 6,
    from: '2027-01-01',
    dueOn: '2028-03-15',
  },
  'privacy.retention.waiting': { kind: 'preparation', action: 'erase', anchor: 'conversation', months: 6 },
  'privacy.retention.noRule': { kind: 'preparation' },
  'privacy.export.withheld': { count: 2 },
  'storage.input.notJson': { received: 'function' },
  'storage.input.cycle': {},
  'storage.input.tooLarge': { limit: 64 },
  'storage.shape.unknown': {},
  'storage.version.newer': { version: 2, current: 2 },
  'storage.version.invalid': {},
  'storage.invalid': { shape: 'developmentPlan', version: 2 },
  'storage.unrecognized.kept': {},
  'storage.plan.approvalsCarried': { version: 2, roles: ['employee', 'manager'] },
  'storage.plan.hashMismatch': { version: 2 },
  'storage.plan.approvalNotCarried': { version: 2, role: 'manager' },
  'storage.reminder.languageChosen': { locale: 'nl' },
  'storage.finding.textKept': {},
  'conversation.guard.withinBudget': {
    source: { kind: 'fundingSource', id: 'pob' },
    sourceKind: 'personalBudget',
    claimed: { amount: 120_000, currency: 'EUR' },
    remaining: { amount: 70_000, currency: 'EUR' },
    agreements: [{ kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' }],
  },
  'conversation.budget.overClaimed': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' },
    source: { kind: 'fundingSource', id: 'fonds', title: 'Branchenfonds Metall' },
    sourceKind: 'sectorFund',
    claimed: { amount: 120_000, currency: 'EUR' },
    remaining: { amount: 70_000, currency: 'EUR' },
  },
  'conversation.budget.unknownSource': { agreement: { kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' } },
  'conversation.budget.otherCurrency': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' },
    source: { kind: 'fundingSource', id: 'pob' },
    sourceKind: 'personalBudget',
    cost: { amount: 50_000, currency: 'USD' },
  },
  'conversation.budget.duplicateSource': {},
  'agenda.text.evaluative': {
    item: { kind: 'agendaPoint', id: 'p-1', title: 'Gehaltserhöhung besprechen' },
    evidence: ['Gehaltserhöhung'],
    kind: 'development',
  },
  'agenda.topic.employabilityFrom45': {},
  'conversation.text.evaluative': { item: { kind: 'note', id: 'note-1' }, evidence: ['Beurteilung'] },
  'conversation.need.deficit': { need: { kind: 'need', id: 'n-1', title: 'Weniger Fehler machen' }, words: ['weniger Fehler'] },
  'conversation.purpose.deficit': { words: ['nicht mehr zu spät'] },
  'conversation.agreement.ownSolution': { agreement: { kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' } },
  'conversation.agreement.lowAcceptance': {
    agreement: { kind: 'agreement', id: 'agr-1', title: 'Fachkonferenz Logistik besuchen' },
    acceptance: 3,
  },
  'conversation.evaluation.scoreMissing': {},
  'conversation.agreement.providerNotEmployee': {
    agreement: { kind: 'supportAgreement', id: 'sup-1', title: 'Loopbaancoaching' },
    searcher: 'hrAdviser',
  },
  'feedback.anonymity.tooFew': {
    question: { kind: 'question', id: 'q1', title: 'Worin bin ich am besten?' },
    count: 2,
    needed: 1,
    minimum: 3,
  },
  'feedback.answers.unknownQuestion': { count: 1 },
  'feedback.answers.byEmployee': { count: 2 },
  'feedback.answers.notAsked': { count: 1 },
  'feedback.view.notShared': {},
  'report.record.invalid': { position: 3, part: 'plans' },
  'report.record.unreadable': { position: 3 },
  'report.conversation.invalid': { position: 3 },
  'report.records.notIterable': {},
  'report.combine.otherMoment': { left: '2027-10-01T09:00:00+02:00', right: '2027-11-01T09:00:00+01:00' },
};

function render(code: FindingCode, catalogue: Catalogue = de): string {
  return findingMessage({ code, severity: 'warning', path: [], params: samples[code] } as Finding, catalogue);
}

/** Every id of every label family: none may show in a German text. */
const enumValues = new Set(
  Object.values(en.labels)
    .flatMap((family) => Object.keys(family))
    .filter((id) => id.length > 2),
);

/** CamelCase words, dotted codes and the library's enum ids in a text (e-mail addresses and time zones aside). */
function identifiersIn(text: string): string[] {
  // Words quoted from what someone wrote („iets met communicatie doen“) are theirs, not identifiers.
  const plain = text
    .replace(/„[^“]*“/gu, 'Zitat')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, 'E-Mail')
    .replace(/\b[A-Z][a-z]+\/[A-Z][a-z]+\b/gu, 'Zeitzone');
  const camel = plain.match(/\b[a-z]+[A-Z][A-Za-z]*\b/gu) ?? [];
  const dotted = plain.match(/\b[a-z]+\.[a-z][A-Za-z.]*\b/gu) ?? [];
  const words = (plain.match(/[A-Za-z]+/gu) ?? []).filter((word) => enumValues.has(word));
  return [...camel, ...dotted, ...words];
}

describe('a German catalogue, added by a host', () => {
  it('has a message for every code and a label for every id the built-in catalogues have', () => {
    expect(Object.keys(de.messages).sort()).toEqual(Object.keys(en.messages).sort());
    for (const [family, names] of Object.entries(en.labels)) {
      expect([family, Object.keys((de.labels as Record<string, object>)[family] ?? {}).sort()]).toEqual([
        family,
        Object.keys(names).sort(),
      ]);
    }
  });

  it('writes numbers, money, dates and lists in German notation', () => {
    expect(de.format.money({ amount: 105_000, currency: 'EUR' })).toBe('1.050,00\u00a0€');
    expect(de.format.date('2027-04-01')).toBe('1. April 2027');
    expect(de.format.list(['wer', 'was', 'bis wann'])).toBe('wer, was und bis wann');
    expect(de.format.list(['Wissen', 'Fertigkeiten'], 'or')).toBe('Wissen oder Fertigkeiten');
    expect(de.format.number(2000)).toBe('2.000');
    expect(de.format.quote('Präsentieren')).toBe('„Präsentieren“');
  });

  it('renders every code with realistic params: whole sentences, no placeholder left, no identifier, no English', () => {
    for (const code of Object.keys(samples) as FindingCode[]) {
      const text = render(code);
      expect(text, code).not.toBe(code);
      expect(text, code).not.toMatch(/[{}]|undefined|NaN|\[object|emp-000017/u);
      expect([code, identifiersIn(text)]).toEqual([code, []]);
      expect([code, text]).not.toEqual([code, render(code, en)]);
      expect(text, code).not.toMatch(/\b(?:the|and|is|not|this|has|agreement|employee|manager)\b/u);
    }
  });

  it('names every label without an identifier', () => {
    for (const [family, names] of Object.entries(de.labels)) {
      for (const [id, name] of Object.entries(names as Record<string, string>)) {
        expect([family, id, identifiersIn(name)]).toEqual([family, id, []]);
        expect([family, id, name.trim() === '']).toEqual([family, id, false]);
      }
    }
  });
});

describe('German texts of real findings', () => {
  it('says in German which agenda points no longer fit (mergeAgendas over budget)', () => {
    const merged = mergeAgendas({
      minutesAvailable: 45,
      locale: 'nl',
      employeeItems: [
        { id: 'e1', source: 'employee', title: 'Nächster Karriereschritt', priority: 'must', minutes: 20 },
        { id: 'e2', source: 'employee', title: 'Arbeitsbelastung', priority: 'must', minutes: 15 },
      ],
      organisationItems: [{ id: 'o1', source: 'organisation', title: 'Teamziele', priority: 'could', minutes: 10 }],
    });
    const over = merged.findings.find((f) => f.code === 'agenda.budget.over');
    const must = merged.findings.find((f) => f.code === 'agenda.budget.mustDeferred');
    expect(findingMessage(over as Finding, de)).toBe(
      'Die Punkte brauchen zusammen 45 Minuten, zur Verfügung stehen 30 Minuten; 1 Punkt wird auf das nächste Gespräch verschoben.',
    );
    expect(findingMessage(must as Finding, de)).toBe(
      'Der Punkt „Arbeitsbelastung“ muss besprochen werden, passt aber nicht mehr in die Zeit und wird daher auf das nächste Gespräch verschoben; ein zusätzlicher Termin ist zu überlegen.',
    );
    // The log line keeps the code and the path, with the severity in German.
    expect(formatFinding(over as Finding, de).startsWith('Warnung agenda.budget.over ')).toBe(true);
  });

  it('explains a refused step with the right article (transition without the manager’s consent)', () => {
    const created = createConversation(developmentInput);
    if (!created.ok) throw new Error('the fixture conversation is valid');
    let state: Conversation = created.value;
    for (const event of developmentEvents.slice(
      0,
      developmentEvents.findIndex((e) => e.type === 'acceptAgreement'),
    )) {
      const step = transition(state, event);
      if (!step.ok) throw new Error(`${event.type} refused`);
      state = step.value.conversation;
    }
    const refused = transition(state, { type: 'nextPhase', at: '2027-03-15T10:40:00+01:00', by: 'employee' });
    expect(refused.ok).toBe(false);
    const waiting = refused.findings.find((f) => f.code === 'conversation.guard.agreementsAccepted');
    expect(findingMessage(waiting as Finding, de)).toBe(
      'Die Führungskraft hat „Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem, samen met…“ noch nicht zugestimmt; eine Vereinbarung gilt erst, wenn beide Seiten zustimmen.',
    );
    expect(findingMessage({ ...(waiting as Finding), params: { ...(waiting as Finding).params, side: 'employee' } }, de)).toMatch(
      /^Der Mitarbeiter hat „/u,
    );
  });

  it('names the source and the amounts in euros, German style (approvePlan over budget)', () => {
    const draft = draftDevelopmentPlan({ content: workedContent(true), at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    if (!draft.ok) throw new Error('the worked example drafts');
    const result = approvePlan(
      draft.value,
      { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 },
      { budget: { expenses: [spent2026] } },
    );
    expect(result.ok).toBe(false);
    const [over] = result.findings;
    expect(findingMessage(over as Finding, de)).toBe(
      'Die Kosten in diesem Plan lassen sich nicht aus „Persoonlijk ontwikkelbudget“ decken. Passen Sie Kosten oder Finanzierung an, bevor Sie den Plan freigeben.',
    );
    expect(formatFinding(over as Finding, de, { details: true }).split('\n')[1]).toBe(
      '  - Die Vereinbarungen und Ausgaben zulasten von „Persoonlijk ontwikkelbudget“ im Budgetjahr 2027 (1.200,00\u00a0€) überschreiten das Budget von 1.100,00\u00a0€ um 100,00\u00a0€.',
    );
  });

  it('declines funding sources without a title by case', () => {
    const overBudget = findingMessage(
      finding.error('plan.approval.overBudget', {
        params: {
          sources: [
            { kind: 'fundingSource', id: 'pob' },
            { kind: 'fundingSource', id: 'own' },
          ],
          sourceKinds: ['personalBudget', 'ownMoney'],
        },
      }),
      de,
    );
    expect(overBudget).toContain('nicht aus dem persönlichen Weiterbildungsbudget und den eigenen Mitteln des Mitarbeiters decken');
    const payback = findingMessage(
      finding.warning('budget.payback.sourceNotAllowed', {
        params: { source: { kind: 'fundingSource', id: 'fonds' }, sourceKind: 'sectorFund' },
      }),
      de,
    );
    expect(payback).toBe(
      'Für den Branchenfonds für Weiterbildung kann keine Rückzahlung gelten: Dieses Geld stammt nicht vom Arbeitgeber.',
    );
  });

  it('writes a calendar invitation in German (conversationInvitation)', () => {
    const next = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
    if (!next.ok) throw new Error('the next conversation plans');
    const invitation = conversationInvitation({
      uid: 'sanne-next@example.org',
      employeeName: 'Sanne',
      organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
      attendees: [{ email: 'sanne@example.org', name: 'Sanne', rsvp: true }],
      conversation: next.value,
      locale: de,
    });
    if (!invitation.ok) throw new Error('the invitation is made');
    expect(invitation.value.summary).toBe('Entwicklungsgespräch mit Sanne');
    expect(invitation.value.alarms?.[0]?.description).toBe(
      'Das Entwicklungsgespräch beginnt um 09:00 Uhr (12. Juli 2027). Die Vereinbarungen vom letzten Mal kommen zuerst.',
    );
  });

  it('renders a development plan in German, dates included', () => {
    const draft = draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    if (!draft.ok) throw new Error('the worked example drafts');
    const rendered = renderPlanMarkdown(draft.value, { locale: de });
    if (!rendered.ok) throw new Error('the plan renders');
    const markdown = rendered.value;
    expect(markdown).toContain('Entwicklungsplan');
    expect(markdown).toMatch(/\d{1,2}\. (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/u);
    expect(markdown).not.toMatch(/\b(?:Employee|Manager|Agreements|approved)\b/u);
  });

  it('gives the agreements module’s findings in German (checkAgreement, vague goal)', () => {
    const withAgreements: Catalogue = de;
    const report = checkAgreement(
      { id: 'a2', what: 'Iets met communicatie doen', who: 'emp-1' },
      {
        now: '2027-03-15T10:00:00+01:00',
        locale: 'nl',
        participants: [
          { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
          { id: 'mgr-1', name: 'Joris', role: 'manager' },
        ],
      },
    );
    const text = (code: string) => findingMessage(report.findings.find((f) => f.code === code) as Finding, withAgreements);
    expect(text('agreement.text.vagueVerb')).toBe(
      '„iets met communicatie doen“ sagt nicht, was Sie konkret tun werden. Nennen Sie die Handlung: einen Kurs abschließen, eine Präsentation halten, einen Bericht abgeben.',
    );
    expect(text('agreement.www.when.missing')).toBe('Es steht kein Datum dabei: Vereinbaren Sie, bis wann es erledigt ist.');
    expect(text('agreement.smart.acceptable.managerMissing')).toBe(
      'Die Führungskraft hat der Vereinbarung noch nicht zugestimmt; ohne Rückhalt von dieser Seite bleibt es bei guten Vorsätzen.',
    );
    for (const finding of report.findings) expect(identifiersIn(findingMessage(finding, withAgreements))).toEqual([]);
  });
});
