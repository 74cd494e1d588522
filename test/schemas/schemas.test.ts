import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { agreementCheckContextSchema, agreementSchema } from '../../src/agreements/schema.js';
import { agendaItemSchema, mergeAgendasInputSchema } from '../../src/agenda/schema.js';
import { questionBankSchema, questionSchema, selectionCriteriaSchema } from '../../src/questions/schema.js';
import {
  redactRequestSchema,
  retentionPolicySchema,
  retentionRecordSchema,
  subjectExportOptionsSchema,
  viewerSchema,
} from '../../src/privacy/schema.js';
import {
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
  createConversationInputSchema,
  phaseQuestionsOptionsSchema,
  proposeNextConversationOptionsSchema,
} from '../../src/conversation/schema.js';
import {
  aggregateDevelopmentAgendaInputSchema,
  developmentWishSchema,
  planFutureDialogueInputSchema,
  wishesToAgendaItemsInputSchema,
} from '../../src/dialogue/schema.js';
import {
  approvePlanOptionsSchema,
  budgetStatusInputSchema,
  createPlanOptionsSchema,
  developmentBudgetSchema,
  developmentPlanSchema,
  fundingSourceSchema,
  paybackOptionsSchema,
  planAmendmentSchema,
  planApprovalSchema,
  planDraftSchema,
  planFundingSchema,
  planProgressSchema,
  renderPlanOptionsSchema,
} from '../../src/plan/schema.js';
import { feedbackAnswerSchema, feedbackRequestSchema, summariseFeedbackInputSchema } from '../../src/feedback/schema.js';
import { compareCompetenceScansInputSchema, competenceScanSchema, functionProfileSchema } from '../../src/competences/schema.js';
import { exampleFunctionProfiles } from '../../src/competences/index.js';
import { en } from '../../src/locales/index.js';
import {
  calendarEventSchema,
  checkInInputSchema,
  checkInSeriesInputSchema,
  conversationInvitationInputSchema,
  dueListInputSchema,
  followUpInputSchema,
  iCalendarOptionsSchema,
  plannedConversationSchema,
  planInputSchema,
  reminderSchema,
  remindersInputSchema,
  rhythmPolicySchema,
  workingCalendarSchema,
} from '../../src/schedule/schema.js';
import { jsonSchemas } from '../../src/schemas/index.js';
import { conversationBudgetSchema } from '../../src/conversation/schema.js';
import {
  combineReportsOptionsSchema,
  developmentReportOptionsSchema,
  employeeRecordSchema,
  storedAgreementCheckSchema,
} from '../../src/report/schema.js';
import { concludedConversation, sampleContent, samplePlan } from '../plan/fixtures.js';

interface Examples {
  /** The zod schema the library validates with: it must agree with the JSON Schema on every example. */
  readonly zod: zc.$ZodType;
  readonly valid: readonly unknown[];
  readonly invalid: readonly unknown[];
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const at = '2027-03-16T09:00:00+01:00';
const plan = json(samplePlan());
const conversation = json(concludedConversation());
const agreement = json(sampleContent().agreements[0]);
const question = {
  id: 'host-energy',
  text: { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' },
  phase: 'strengths',
  category: 'strengths',
  audience: 'employee',
  topics: ['vitality'],
  kinds: ['career', 'development'],
};
const feedbackRequest = {
  id: 'fb-1',
  employeeId: 'emp-1',
  colleagueIds: ['col-1', 'col-2', 'col-3'],
  questions: [{ id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' }],
  askedAt: '2027-02-20T09:00:00+01:00',
};
const feedbackAnswer = {
  questionId: 'q1',
  authorId: 'col-1',
  text: 'Als je een lastig overleg rustig leidt.',
  at: '2027-02-24T16:10:00+01:00',
};
const budget = { employeeId: 'e-17', year: 2027, amount: { amount: 70000, currency: 'EUR' } };
const personalSource = {
  id: 'pob',
  kind: 'personalBudget',
  title: 'Persoonlijk ontwikkelbudget',
  allowances: [{ amount: 70000, currency: 'EUR' }, { minutes: 960 }],
  period: { start: '2026-01-01', months: 12 },
  carryOver: { periods: 2, maximum: [{ amount: 140000, currency: 'EUR' }] },
};
const payback = {
  threshold: { amount: 100000, currency: 'EUR' },
  steps: [
    { months: 12, percent: 100 },
    { months: 24, percent: 66 },
    { months: 36, percent: 33 },
  ],
};

/**
 * Real examples per input type. An entry of `jsonSchemas` without examples here fails the test, so a
 * new schema cannot slip into the registry untested.
 */
const examples: Record<string, Examples> = {
  agreement: {
    zod: agreementSchema,
    valid: [agreement, { id: 'a1', what: 'Iets met communicatie', who: 'e-17' }],
    invalid: [
      { ...agreement, when: '1 juni' },
      { ...agreement, cost: { amount: 10.5, currency: 'EUR' } },
      { ...agreement, status: 'finished' },
    ],
  },
  agreementCheckContext: {
    zod: agreementCheckContextSchema,
    valid: [
      { now: at, locale: 'nl', participants: [{ id: 'e-17', role: 'employee' }], remainingBudget: { amount: 70000, currency: 'EUR' } },
    ],
    invalid: [{ now: at, locale: 'de', participants: [] }],
  },
  question: {
    zod: questionSchema,
    valid: [
      question,
      { ...question, topics: undefined },
      { ...question, schemaVersion: 2, meta: { tenant: 't-1', tags: ['pilot'] }, unrecognized: { 'text.de': 'Was gibt dir Energie?' } },
    ],
    invalid: [
      { ...question, text: { nl: 'Waar krijg je energie van?' } },
      { ...question, kinds: [] },
      { ...question, phase: 'smalltalk' },
      { ...question, schemaVersion: 3 },
      { ...question, colour: 'red' },
    ],
  },
  questionBank: {
    zod: questionBankSchema,
    valid: [[], [question, { ...question, id: 'host-proud', category: 'open' }]],
    invalid: [[{ ...question, audience: 'team' }], { questions: [question] }],
  },
  questionSelectionCriteria: {
    zod: selectionCriteriaSchema,
    valid: [{ phase: 'preparation', audience: 'manager', count: 4, seed: 'q1' }, { count: 0 }],
    invalid: [{ phase: 'preparation' }, { count: 3, seed: 1.5 }],
  },
  agendaItem: {
    zod: agendaItemSchema,
    valid: [{ id: 'e2', source: 'employee', title: 'Werkdruk', priority: 'must' }],
    invalid: [{ id: 'e2', source: 'hr', title: 'Werkdruk', priority: 'must' }],
  },
  mergeAgendasInput: {
    zod: mergeAgendasInputSchema,
    valid: [
      {
        employeeItems: [{ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 15 }],
        organisationItems: [],
        minutesAvailable: 60,
        locale: 'nl',
      },
    ],
    invalid: [{ employeeItems: 'Werkdruk', organisationItems: [], minutesAvailable: 60, locale: 'nl' }],
  },
  feedbackRequest: {
    zod: feedbackRequestSchema,
    valid: [feedbackRequest, { ...feedbackRequest, sharedWithManager: true }],
    invalid: [
      { ...feedbackRequest, questions: [] },
      { ...feedbackRequest, colleagueIds: 'col-1' },
      { ...feedbackRequest, askedAt: '20 februari' },
    ],
  },
  feedbackAnswer: {
    zod: feedbackAnswerSchema,
    valid: [feedbackAnswer, { ...feedbackAnswer, authorName: 'Ahmed', signed: true }],
    invalid: [
      { ...feedbackAnswer, text: '' },
      { ...feedbackAnswer, rating: 4 },
    ],
  },
  summariseFeedbackInput: {
    zod: summariseFeedbackInputSchema,
    valid: [
      { request: feedbackRequest, answers: [feedbackAnswer], viewer: 'employee', seed: 'fb-1' },
      { request: feedbackRequest, answers: [], viewer: 'manager', seed: 7, minimumAnonymous: 5 },
    ],
    invalid: [
      { request: feedbackRequest, answers: [], viewer: 'employee', seed: 'fb-1', minimumAnonymous: 2 },
      { request: feedbackRequest, answers: [], viewer: 'colleague', seed: 'fb-1' },
    ],
  },
  functionProfile: {
    zod: functionProfileSchema,
    valid: [json(exampleFunctionProfiles.nl), json(exampleFunctionProfiles.en)],
    invalid: [
      { ...json(exampleFunctionProfiles.nl), competences: [] },
      {
        id: 'p',
        title: 'P',
        competences: [{ id: 'c', title: 'C', levels: [{ level: 1, title: 'Leert het', indicators: ['Vraagt hulp'] }] }],
      },
      { ...json(exampleFunctionProfiles.nl), owner: 'hr' },
    ],
  },
  competenceScan: {
    zod: competenceScanSchema,
    valid: [
      { by: 'employee', estimates: [{ competenceId: 'planning', level: 2 }] },
      { by: 'manager', estimates: [] },
    ],
    invalid: [
      { by: 'colleague', estimates: [] },
      { by: 'employee', estimates: [{ competenceId: 'planning', level: 0 }] },
      { by: 'employee', estimates: [{ competenceId: 'planning', level: 1.5 }] },
    ],
  },
  compareCompetenceScansInput: {
    zod: compareCompetenceScansInputSchema,
    valid: [
      { profile: json(exampleFunctionProfiles.en) },
      { profile: json(exampleFunctionProfiles.en), self: { by: 'employee', estimates: [{ competenceId: 'planning', level: 1 }] } },
    ],
    invalid: [
      { self: { by: 'employee', estimates: [] } },
      { profile: json(exampleFunctionProfiles.en), peer: { by: 'employee', estimates: [] } },
    ],
  },
  rhythmPolicy: {
    zod: rhythmPolicySchema,
    valid: [
      {
        kind: 'development',
        minIntervalMonths: 3,
        preferredIntervalMonths: 12,
        maxIntervalMonths: 12,
        firstAfterHireMonths: 6,
        dueSoonDays: 30,
      },
    ],
    invalid: [
      {
        kind: 'development',
        minIntervalMonths: 'three',
        preferredIntervalMonths: 12,
        maxIntervalMonths: 12,
        firstAfterHireMonths: 6,
        dueSoonDays: 30,
      },
    ],
  },
  workingCalendar: {
    zod: workingCalendarSchema,
    valid: [{ holidays: 'dutch', goodFriday: true }, { holidays: ['2027-12-24'] }],
    invalid: [{ holidays: 'belgian' }],
  },
  planNextConversationInput: {
    zod: planInputSchema,
    valid: [
      {
        kind: 'development',
        lastConversation: '2027-01-12',
        employeeWishMonths: 4,
        now: '2027-01-12T16:00:00+01:00',
        preferredTime: { from: '09:00', to: '12:00' },
      },
    ],
    invalid: [{ kind: 'development', lastConversation: '12-01-2027', now: '2027-01-12T16:00:00+01:00' }],
  },
  followUpInput: {
    zod: followUpInputSchema,
    valid: [{ kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01T09:00:00Z' }],
    invalid: [{ kind: 'development', lastConversation: '2026-03-01', now: '2027-03-01 09:00' }],
  },
  remindersInput: {
    zod: remindersInputSchema,
    valid: [{ employeeId: 'emp-1', managerId: 'man-1', conversation: { id: 'c-2027-07', start: '2027-07-12T10:00:00+02:00' } }],
    invalid: [{ employeeId: 'emp-1', conversation: { id: 'c-2027-07', start: '2027-07-12T10:00:00+02:00' } }],
  },
  dueListInput: {
    zod: dueListInputSchema,
    valid: [{ employees: [{ id: 'e1', lastConversation: '2026-02-01' }], now: '2027-01-15T09:00:00Z' }],
    invalid: [{ employees: [{ lastConversation: '2026-02-01' }], now: '2027-01-15T09:00:00Z' }],
  },
  checkInInput: {
    zod: checkInInputSchema,
    valid: [{ from: '2027-01-04', everyWeeks: 6, count: 8 }],
    invalid: [{ from: '2027-01-04', everyWeeks: 0, count: 8 }],
  },
  calendarEvent: {
    zod: calendarEventSchema,
    valid: [{ uid: 'c-1@example.org', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00', summary: 'Ontwikkelgesprek' }],
    invalid: [{ uid: '', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00', summary: 'Ontwikkelgesprek' }],
  },
  iCalendarOptions: {
    zod: iCalendarOptionsSchema,
    valid: [
      { dtstamp: '2027-01-12T16:00:00Z', timeZone: 'UTC' },
      { dtstamp: '2027-01-12T16:00:00Z', method: 'request' },
    ],
    invalid: [{ timeZone: 'UTC' }, { dtstamp: '2027-01-12T16:00:00Z', method: 'add' }],
  },
  conversationInvitationInput: {
    zod: conversationInvitationInputSchema,
    valid: [
      {
        uid: 'sanne-2027-07@example.org',
        conversation: { kind: 'development', start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00', basis: 'none' },
        organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
        attendees: [{ email: 'sanne@example.org', role: 'required', status: 'accepted', rsvp: true }],
        conversationLeadMinutes: false,
        locale: 'en',
      },
    ],
    invalid: [
      {
        uid: 'x',
        conversation: { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' },
        organizer: { email: 'ahmed' },
        attendees: [{ email: 'sanne@example.org' }],
      },
      {
        uid: 'x',
        conversation: { start: '2027-07-12T10:00:00+02:00', end: '2027-07-12T11:00:00+02:00' },
        organizer: { email: 'ahmed@example.org' },
        attendees: [],
      },
    ],
  },
  checkInSeriesInput: {
    zod: checkInSeriesInputSchema,
    valid: [
      { from: '2027-04-20', everyWeeks: 1, count: 3, time: '10:00', uid: 's@example.org', attendees: [{ email: 'sanne@example.org' }] },
    ],
    invalid: [{ from: '2027-04-20', everyWeeks: 1, count: 3, time: '25:00', uid: 's@example.org' }],
  },
  plannedConversation: {
    zod: plannedConversationSchema,
    valid: [
      {
        schemaVersion: 2,
        kind: 'development',
        date: '2027-09-15',
        start: '2027-09-15T09:00:00+02:00',
        end: '2027-09-15T10:00:00+02:00',
        durationMinutes: 60,
        timeZone: 'Europe/Amsterdam',
        targetDate: '2027-09-15',
        latestAllowed: '2028-03-15',
        intervalMonths: 6,
        basis: 'lastConversation',
        overdue: false,
        meta: { tenantId: 't-42' },
        unrecognized: { 'legacy.room': '2.14' },
      },
    ],
    invalid: [
      {
        kind: 'development',
        date: '2027-09-15',
        start: '2027-09-15T09:00:00+02:00',
        end: '2027-09-15T10:00:00+02:00',
        durationMinutes: 60,
        timeZone: 'Europe/Amsterdam',
        targetDate: '2027-09-15',
        latestAllowed: '2028-03-15',
        intervalMonths: 6,
        basis: 'lastConversation',
        overdue: false,
      },
    ],
  },
  reminder: {
    zod: reminderSchema,
    valid: [
      {
        schemaVersion: 2,
        id: 'agreementDeadline:a1:employee:-7d',
        type: 'agreementDeadline',
        to: 'emp-1',
        role: 'employee',
        at: '2027-06-23T09:00:00+02:00',
        date: '2027-06-23',
        subjectId: 'a1',
        offsetDays: 7,
        locale: 'nl',
        message: 'Nog 7 dagen tot de deadline van ‘Cursus’ (30 juni 2027).',
      },
    ],
    invalid: [
      {
        schemaVersion: 2,
        id: 'agreementDeadline:a1:employee:-7d',
        type: 'deadline',
        to: 'emp-1',
        role: 'employee',
        at: '2027-06-23T09:00:00+02:00',
        date: '2027-06-23',
        subjectId: 'a1',
        offsetDays: 7,
        locale: 'nl',
        message: { nl: 'Nog 7 dagen' },
      },
    ],
  },
  conversationTemplate: {
    zod: conversationTemplateSchema,
    valid: [
      {
        id: 'mini',
        kind: 'checkIn',
        phases: [
          { id: 'preparation', activities: ['prepare', 'purpose'] },
          { id: 'nextConversation', activities: ['schedule'], exitGuards: ['nextConversationScheduled'] },
        ],
      },
    ],
    invalid: [{ id: 'mini', kind: 'checkIn', phases: [{ id: 'coffee', activities: [] }] }],
  },
  createConversationInput: {
    zod: createConversationInputSchema,
    valid: [
      {
        id: 'c-2027-sanne',
        kind: 'development',
        employee: { id: 'emp-1', name: 'Sanne' },
        manager: { id: 'mgr-1', name: 'Ahmed' },
        plannedStart: '2027-03-15T10:00:00+01:00',
        locale: 'nl',
      },
    ],
    invalid: [
      {
        id: 'c-2027-sanne',
        kind: 'appraisal',
        employee: { id: 'emp-1', name: 'Sanne' },
        manager: { id: 'mgr-1', name: 'Ahmed' },
        plannedStart: '2027-03-15T10:00:00+01:00',
        locale: 'nl',
      },
    ],
  },
  conversationEvent: {
    zod: conversationEventSchema,
    valid: [
      { type: 'start', at, by: 'manager' },
      { type: 'evaluate', at, by: 'employee', rating: 4, feedback: 'Fijn gesprek' },
      { type: 'proposeAgreement', at, by: 'employee', agreement },
    ],
    invalid: [
      { type: 'teleport', at, by: 'manager' },
      { type: 'evaluate', at, by: 'employee', rating: 9 },
      { type: 'start', at, by: 'hr' },
      { schemaVersion: 1, type: 'start', at, by: 'manager' },
    ],
  },
  conversationEventLog: {
    zod: conversationEventLogSchema,
    valid: [
      {
        schemaVersion: 2,
        input: {
          id: 'c-2027-sanne',
          employee: { id: 'emp-1', name: 'Sanne' },
          manager: { id: 'mgr-1', name: 'Ahmed' },
          plannedStart: '2027-03-15T10:00:00+01:00',
          locale: 'nl',
          meta: { tenantId: 't-42' },
        },
        events: [{ type: 'start', at, by: 'manager', meta: { source: 'app' } }],
      },
    ],
    invalid: [{ input: { id: 'c-2027-sanne' }, events: [] }],
  },
  conversation: {
    zod: conversationSchema,
    valid: [conversation],
    invalid: [
      { ...conversation, status: 'archived' },
      { ...conversation, needs: [] },
      { ...conversation, schemaVersion: 1 },
    ],
  },
  phaseQuestionsOptions: {
    zod: phaseQuestionsOptionsSchema,
    valid: [{}, { audience: 'employee', count: 5, seed: 'x', phase: 'employeeNeeds' }],
    invalid: [{ count: -1 }],
  },
  proposeNextConversationOptions: {
    zod: proposeNextConversationOptionsSchema,
    valid: [{ at, by: 'employee', employeeWishMonths: 6, kind: 'checkIn' }],
    invalid: [{ by: 'employee' }, { at, by: 'employee', kind: 'appraisal' }],
  },
  developmentPlan: {
    zod: developmentPlanSchema,
    valid: [plan],
    invalid: [
      { ...plan, version: 0 },
      { ...plan, hash: 'abc' },
      { ...plan, approvals: [{ by: 'employee', at, version: 1 }] },
      { ...plan, history: [] },
    ],
  },
  planDraft: {
    zod: planDraftSchema,
    valid: [{ content: json(sampleContent()), at, by: 'employee' }],
    invalid: [
      { content: json(sampleContent()), at, by: 'hr' },
      { content: { ...json(sampleContent()), goals: [{ id: 'g' }] }, at, by: 'employee' },
    ],
  },
  createPlanOptions: {
    zod: createPlanOptionsSchema,
    valid: [{}, { planId: 'pop-1', defaultPeriodMonths: 6 }],
    invalid: [{ defaultPeriodMonths: 0 }],
  },
  planApproval: {
    zod: planApprovalSchema,
    valid: [
      { by: 'employee', at, version: 1 },
      { by: 'manager', at, version: 2, hash: plan.hash },
    ],
    invalid: [
      { by: 'employee', at, version: 1.5 },
      { by: 'employee', at: '2027-03-16', version: 1 },
      { by: 'manager', at, version: 1, hash: 'ABC' },
    ],
  },
  planAmendment: {
    zod: planAmendmentSchema,
    valid: [
      { by: 'employee', at, reason: 'Eerder evalueren', set: { nextConversation: { date: '2027-08-30' } } },
      { by: 'manager', at, set: {} },
    ],
    invalid: [
      { by: 'employee', at, set: { id: 'another-plan' } },
      { by: 'employee', at, set: { version: 9 } },
    ],
  },
  planProgress: {
    zod: planProgressSchema,
    valid: [{ agreementId: 'a1', by: 'employee', at, status: 'done', note: 'Gelukt' }],
    invalid: [{ agreementId: 'a1', by: 'employee', at, status: 'finished' }],
  },
  renderPlanOptions: {
    zod: renderPlanOptionsSchema,
    valid: [{ locale: 'nl' }, { locale: 'en', timeZone: 'Europe/Amsterdam' }, { locale: json({ ...en, format: {} }) }],
    invalid: [{ locale: 'fr' }, { locale: { locale: 'de' } }],
  },
  developmentBudget: {
    zod: developmentBudgetSchema,
    valid: [budget, { ...budget, amount: { studyPoints: 40 } }],
    invalid: [
      { ...budget, amount: { amount: 700.5, currency: 'EUR' } },
      { ...budget, amount: { amount: 70000, currency: 'eur' } },
      { ...budget, amount: { amount: -1, currency: 'EUR' } },
      { ...budget, amount: { minutes: 960 } },
    ],
  },
  budgetStatusInput: {
    zod: budgetStatusInputSchema,
    valid: [
      {
        budget,
        plan,
        costs: [{ id: 'c2', description: 'Boek', amount: { amount: 3995, currency: 'EUR' } }],
        expenses: [{ id: 'x1', date: '2027-05-02', amount: { amount: 45000, currency: 'EUR' }, agreementId: 'a1' }],
        now: '2027-10-15T09:00:00+02:00',
        lateInYear: { fromMonth: 9 },
      },
      {
        employeeId: 'e-17',
        sources: [personalSource, { id: 'employer', kind: 'requiredTraining', title: 'Verplichte scholing' }],
        costs: [{ id: 'c3', description: 'VCA-training', amount: { minutes: 480 }, source: 'employer', date: '2027-04-12' }],
        expenses: [{ id: 'x2', date: '2027-04-12', amount: { amount: 35000, currency: 'EUR' }, costLineId: 'c3', source: 'employer' }],
        now: '2027-10-15T09:00:00+02:00',
      },
    ],
    invalid: [
      { budget, now: '2027-10-15T09:00:00+02:00', lateInYear: { fromMonth: 13 } },
      { budget, expenses: [{ id: 'x', date: '2027-05-02', amount: 450 }], now: at },
      { employeeId: 'e-17', sources: [{ ...personalSource, kind: 'salary' }], now: at },
    ],
  },
  fundingSource: {
    zod: fundingSourceSchema,
    valid: [personalSource, { id: 'oo', kind: 'sectorFund', title: 'O&O-fonds Metaal' }],
    invalid: [
      { ...personalSource, allowances: [{ amount: 70000.5, currency: 'EUR' }] },
      { ...personalSource, period: { start: '2026-01-01', months: 0 } },
      { ...personalSource, carryOver: { periods: 11 } },
    ],
  },
  planFunding: {
    zod: planFundingSchema,
    valid: [{ sources: [personalSource], payback }],
    invalid: [
      { sources: [personalSource], payback: { ...payback, steps: [] } },
      { sources: [personalSource], payback: { ...payback, steps: [{ months: 12, percent: 101 }] } },
    ],
  },
  approvePlanOptions: {
    zod: approvePlanOptionsSchema,
    valid: [{}, { strictness: 'relaxed', budget: { sources: [personalSource], expenses: [] } }],
    invalid: [{ strictness: 'lenient' }, { budget: { expenses: [{ id: 'x', date: '2027-13-01', amount: { minutes: 60 } }] } }],
  },
  paybackOptions: {
    zod: paybackOptionsSchema,
    valid: [{}, { timeZone: 'Europe/Amsterdam', payback }],
    invalid: [{ payback: { ...payback, threshold: { amount: 100000 } } }],
  },
  planFutureDialogueInput: {
    zod: planFutureDialogueInputSchema,
    valid: [
      {
        ambitions: [{ id: 'data', title: 'Datagedreven werken', description: 'Met data onderbouwen.' }],
        participants: [{ id: 'p1' }, { id: 'p2' }],
      },
    ],
    invalid: [{ ambitions: [{ title: 'Datagedreven werken' }], participants: [{ id: 'p1' }] }],
  },
  developmentWish: {
    zod: developmentWishSchema,
    valid: [
      {
        id: 'w2',
        participantId: 'p2',
        title: 'Mentor worden voor nieuwe collega’s',
        ambitionIds: 'none',
        focus: 'competences',
        firstStep: 'In mei een gesprek met HR',
      },
    ],
    invalid: [
      {
        id: 'w2',
        participantId: 'p2',
        title: 'Mentor worden',
        ambitionIds: 'none',
        focus: 'attitude',
        firstStep: 'In mei een gesprek met HR',
      },
    ],
  },
  aggregateDevelopmentAgendaInput: {
    zod: aggregateDevelopmentAgendaInputSchema,
    valid: [{ ambitions: [], participants: [], wishes: [] }],
    invalid: [{ ambitions: [], participants: [], wishes: 'none' }],
  },
  wishesToAgendaItemsInput: {
    zod: wishesToAgendaItemsInputSchema,
    valid: [{ participantId: 'p1', wishes: [], locale: 'en' }],
    invalid: [{ participantId: 'p1', wishes: [], locale: 'Nederlands, graag' }],
  },
  viewer: {
    zod: viewerSchema,
    valid: [{ id: 'mgr-1' }, { id: 'hr-7', role: 'hrAdviser' }],
    invalid: [{ id: '' }, { id: 'hr-7', role: 'director' }],
  },
  redactRequest: {
    zod: redactRequestSchema,
    valid: [
      { target: { kind: 'note', id: 'note-3' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'erasureRequest', reference: 'AVG-14' },
      {
        target: { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' },
        at: '2029-05-01T09:00:00+02:00',
        by: 'dpo',
        reason: 'retention',
      },
      { target: { kind: 'person', id: 'emp-1' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'sensitiveData' },
      { target: { kind: 'everything' }, at: '2029-05-01T09:00:00+02:00', by: 'retention-job', reason: 'retention' },
    ],
    invalid: [
      { target: { kind: 'person' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'retention' },
      { target: { kind: 'everything' }, at: '2029-05-01', by: 'dpo', reason: 'retention' },
      { target: { kind: 'everything' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'because' },
    ],
  },
  retentionPolicy: {
    zod: retentionPolicySchema,
    valid: [{ rules: [{ kind: 'preparation', action: 'erase', months: 12, after: 'conversation' }] }],
    invalid: [
      { rules: [{ kind: 'preparation', action: 'erase', months: -1, after: 'conversation' }] },
      { rules: [{ kind: 'email', action: 'delete', months: 1, after: 'conversation' }] },
    ],
  },
  retentionRecord: {
    zod: retentionRecordSchema,
    valid: [{ kind: 'plan', id: 'pop-1', employeeId: 'e-17', planPeriodEnd: '2028-03-15', employmentEnd: '2029-01-31' }],
    invalid: [{ kind: 'plan', id: 'pop-1', employeeId: 'e-17', employmentEnd: '31-01-2029' }],
  },
  subjectExportOptions: {
    zod: subjectExportOptionsSchema,
    valid: [{}, { withheld: 'include' }],
    invalid: [{ withheld: 'all' }],
  },
  conversationBudget: {
    zod: conversationBudgetSchema,
    valid: [{ sources: [{ source: 'pob', kind: 'personalBudget', remaining: [{ amount: 70000, currency: 'EUR' }, { minutes: 960 }] }] }],
    invalid: [
      { sources: [{ source: 'pob', kind: 'personalBudget', remaining: [{ amount: -1, currency: 'EUR' }] }] },
      { sources: [{ source: 'pob', kind: 'bonus', remaining: [] }] },
    ],
  },
  developmentReportOptions: {
    zod: developmentReportOptionsSchema,
    valid: [
      { now: '2027-10-01T09:00:00+02:00' },
      { now: '2027-10-01T09:00:00+02:00', groupBy: ['team', 'costCentre'], earlyDays: 30, locale: 'en' },
    ],
    invalid: [
      { now: '2027-10-01' },
      { now: '2027-10-01T09:00:00+02:00', earlyDays: 400 },
      { now: '2027-10-01T09:00:00+02:00', groupBy: [''] },
    ],
  },
  combineReportsOptions: {
    zod: combineReportsOptionsSchema,
    valid: [{}, { locale: 'nl' }],
    invalid: [{ locale: 'fr' }],
  },
  employeeRecord: {
    zod: employeeRecordSchema,
    valid: [
      { employeeId: 'e-17' },
      {
        employeeId: 'e-17',
        groups: { team: 'Klantcontact', costCentre: 'KP-410' },
        conversations: [conversation],
        plans: [plan],
        budget: [
          {
            source: 'pob',
            kind: 'personalBudget',
            title: null,
            start: '2027-01-01',
            end: '2027-12-31',
            current: true,
            allowance: { minutes: 960 },
            carriedIn: null,
            available: { minutes: 960 },
            committed: { minutes: 1200 },
            spent: { minutes: 0 },
            outstanding: { minutes: 1200 },
            remaining: { minutes: -240 },
            expiring: null,
            carriedOut: null,
            utilisation: 1.25,
          },
        ],
        agreementChecks: [{ agreementId: 'a1', www: true, smart: true }],
      },
    ],
    invalid: [
      { employeeId: '' },
      { employeeId: 'e-17', groups: { team: 7 } },
      { employeeId: 'e-17', plans: [{ ...plan, version: 'one' }] },
      { employeeId: 'e-17', budget: [{ source: 'pob' }] },
      { employeeId: 'e-17', name: 'Sanne' },
    ],
  },
  storedAgreementCheck: {
    zod: storedAgreementCheckSchema,
    valid: [{ agreementId: 'a1', www: true, smart: false }],
    invalid: [
      { agreementId: 'a1', www: 'yes', smart: false },
      { www: true, smart: true },
    ],
  },
};

// Formats are checked by the patterns zod writes next to them, so no format plug-in is needed.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });

describe('jsonSchemas', () => {
  const names = Object.keys(jsonSchemas);

  it('lists every input type, and every entry has real examples here', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) {
      const entry = examples[name];
      expect(entry, `no examples for ${name}`).toBeDefined();
      expect(entry?.valid.length ?? 0, name).toBeGreaterThan(0);
      expect(entry?.invalid.length ?? 0, name).toBeGreaterThan(0);
    }
    expect(Object.keys(examples).filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const name of Object.keys(examples)) {
    it(`${name}: accepts the valid examples and rejects the broken ones, as the library does`, () => {
      const entry = examples[name] as Examples;
      const schema = (jsonSchemas as Record<string, Record<string, unknown>>)[name] as Record<string, unknown>;
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.isFrozen(schema)).toBe(true);
      const validate = ajv.compile(schema);
      for (const example of entry.valid) {
        expect([validate(example), validate.errors]).toEqual([true, null]);
        expect(safeParse(entry.zod, example).success).toBe(true);
      }
      const broken = [
        ...entry.invalid,
        null,
        entry.valid.some(Array.isArray) ? {} : [],
        ...entry.valid
          .filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
          .map((v) => ({ ...(v as object), unexpectedKey: 1 })),
      ];
      for (const example of broken) {
        expect(validate(example), JSON.stringify(example).slice(0, 200)).toBe(false);
        expect(safeParse(entry.zod, example).success).toBe(false);
      }
    });
  }

  it('generates lazily and deterministically', () => {
    // Every entry is a getter on a frozen object: nothing is converted until it is read.
    expect(Object.isFrozen(jsonSchemas)).toBe(true);
    for (const name of Object.keys(jsonSchemas)) {
      expect(typeof Object.getOwnPropertyDescriptor(jsonSchemas, name)?.get).toBe('function');
    }
    expect(jsonSchemas.planApproval).toBe(jsonSchemas.planApproval);
    expect(JSON.stringify(jsonSchemas.developmentBudget)).toMatchInlineSnapshot(
      `"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"employeeId":{"type":"string","minLength":1,"maxLength":200},"year":{"type":"integer","minimum":1900,"maximum":9999},"amount":{"anyOf":[{"type":"object","properties":{"amount":{"type":"integer","minimum":0,"maximum":9007199254740991},"currency":{"type":"string","pattern":"^[A-Z]{3}$"}},"required":["amount","currency"],"additionalProperties":false},{"type":"object","properties":{"studyPoints":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["studyPoints"],"additionalProperties":false}]}},"required":["employeeId","year","amount"],"additionalProperties":false,"title":"developmentBudget"}"`,
    );
  });
});
