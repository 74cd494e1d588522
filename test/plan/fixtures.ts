import type { Agreement } from '../../src/agreements/index.js';
import type { Conversation } from '../../src/conversation/index.js';
import type { Money, Result } from '../../src/core/index.js';
import { conversationTemplates } from '../../src/conversation/index.js';
import type { DevelopmentPlan, PlanAmendment, PlanContent } from '../../src/plan/index.js';
import { amendPlan, approvePlan, draftDevelopmentPlan } from '../../src/plan/index.js';

/** Plan content a test may change section by section. */
export type SampleContent = { -readonly [Section in keyof PlanContent]: PlanContent[Section] };

/** A realistic POP content: Sanne wants to present to clients and grow towards team lead. */
export function sampleContent(): SampleContent {
  return {
    id: 'pop-2027-e17',
    conversationId: 'conv-2027-03',
    kind: 'development',
    employee: { id: 'e-17', name: 'Sanne de Vries' },
    manager: { id: 'm-3', name: 'Karim Bouzid' },
    period: { start: '2027-03-15', end: '2027-09-15' },
    ambitions: [{ id: 'amb-1', text: 'Over twee jaar een klantteam leiden' }],
    goals: [
      {
        id: 'need-1',
        title: 'Zelfverzekerd presenteren voor klanten',
        why: 'Ik wil onze adviezen zelf bij de klant kunnen toelichten.',
        source: 'joint',
        focus: 'skills',
        organisationGoalIds: ['klantgericht-2027'],
      },
      {
        id: 'need-2',
        title: 'Kennis van het nieuwe planningssysteem',
        source: 'organisation',
        focus: 'knowledge',
        organisationGoalIds: [],
      },
    ],
    agreements: [
      {
        id: 'a1',
        what: 'Ik volg de training Presenteren met impact en geef daarna twee klantpresentaties',
        who: 'e-17',
        when: '2027-06-30',
        measure: 'Twee presentaties gegeven, feedback van de klant gevraagd',
        kind: 'development',
        focus: 'skills',
        acceptedBy: { employee: '2027-03-15T10:40:00+01:00', manager: '2027-03-15T10:42:00+01:00' },
        cost: { amount: 45000, currency: 'EUR' },
        linkedNeedIds: ['need-1'],
        linkedGoalIds: ['klantgericht-2027'],
        status: 'open',
      },
      {
        id: 's1',
        what: 'Karim plant twee klantafspraken in waar Sanne presenteert',
        who: 'm-3',
        when: '2027-05-31',
        kind: 'support',
        acceptedBy: { employee: '2027-03-15T10:45:00+01:00', manager: '2027-03-15T10:45:00+01:00' },
        linkedNeedIds: ['need-1'],
        linkedGoalIds: [],
        status: 'open',
      },
    ],
    costs: [
      {
        id: 'cost-a1',
        description: 'Training Presenteren met impact',
        amount: { amount: 45000, currency: 'EUR' },
        agreementId: 'a1',
      },
    ],
    nextConversation: { date: '2027-09-15', minutes: 30, kind: 'checkIn' },
    evaluation: { rating: 4, feedback: 'Fijn gesprek; ik kreeg de ruimte voor mijn eigen ideeën.' },
  };
}

export const createdAt = '2027-03-15T11:00:00+01:00';

/** The sample as a version-1 plan. */
export function samplePlan(content: PlanContent = sampleContent()): DevelopmentPlan {
  const result = draftDevelopmentPlan({ content, at: createdAt, by: 'conversation' });
  if (!result.ok) throw new Error(JSON.stringify(result.findings, null, 2));
  return result.value;
}

function made(result: Result<DevelopmentPlan>): DevelopmentPlan {
  if (!result.ok) throw new Error(JSON.stringify(result.findings, null, 2));
  return result.value;
}

/**
 * The sample approved by both sides on 16 March, then amended by the employee on 1 April with the
 * given reason and sections: version 2, which nobody approved yet.
 */
export function amendedSample(reason: string, set: PlanAmendment['set'], from: DevelopmentPlan = samplePlan()): DevelopmentPlan {
  let plan = made(approvePlan(from, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
  plan = made(approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }));
  return made(amendPlan(plan, { by: 'employee', at: '2027-04-01T09:00:00+02:00', reason, set }));
}

/** A concluded development conversation as the conversation module stores it. */
export function concludedConversation(): Conversation {
  return {
    schemaVersion: 2,
    id: 'conv-2027-03',
    kind: 'development',
    template: conversationTemplates.development,
    employee: { id: 'e-17', name: 'Sanne de Vries' },
    manager: { id: 'm-3', name: 'Karim Bouzid' },
    plannedStart: '2027-03-15T10:00:00+01:00',
    plannedMinutes: 60,
    locale: 'nl',
    timeZone: 'Europe/Amsterdam',
    strictness: 'standard',
    status: 'concluded',
    phase: 'concluded',
    phaseHistory: [],
    version: 30,
    updatedAt: '2027-03-15T11:00:00+01:00',
    startedAt: '2027-03-15T10:00:00+01:00',
    purpose: 'Samen kijken waar Sanne dit jaar wil groeien',
    overarchingGoal: 'Over twee jaar een klantteam leiden',
    availableMinutes: 60,
    preparation: { employee: [], manager: [] },
    agendaPoints: { employee: [], manager: [] },
    agenda: null,
    notes: [],
    needs: {
      employee: [
        {
          id: 'need-1',
          text: 'Zelfverzekerd presenteren voor klanten',
          why: 'Ik wil onze adviezen zelf bij de klant kunnen toelichten.',
          focus: 'skills',
          goalIds: ['klantgericht-2027'],
          source: 'employee',
        },
      ],
      manager: [{ id: 'need-2', text: 'Kennis van het nieuwe planningssysteem', focus: 'knowledge', goalIds: [], source: 'manager' }],
    },
    agreements: [
      {
        agreement: sampleContent().agreements[0] as Agreement,
        proposedBy: 'employee',
        proposedAt: '2027-03-15T10:38:00+01:00',
        revision: 0,
        withdrawn: null,
      },
      {
        agreement: { ...(sampleContent().agreements[0] as Agreement), id: 'a-old', what: 'Iets met communicatie' },
        proposedBy: 'manager',
        proposedAt: '2027-03-15T10:30:00+01:00',
        revision: 0,
        withdrawn: { at: '2027-03-15T10:37:00+01:00', by: 'employee', reason: 'Te vaag' },
      },
    ],
    supportAgreements: [
      {
        agreement: { ...(sampleContent().agreements[1] as Agreement), kind: 'development' },
        proposedBy: 'employee',
        proposedAt: '2027-03-15T10:44:00+01:00',
        revision: 0,
        withdrawn: null,
      },
    ],
    nextConversation: {
      date: '2027-09-15',
      start: '2027-09-15T10:00:00+02:00',
      end: '2027-09-15T10:30:00+02:00',
      kind: 'checkIn',
    },
    evaluation: {
      rating: 4,
      feedback: 'Fijn gesprek; ik kreeg de ruimte voor mijn eigen ideeën.',
      by: 'employee',
      at: '2027-03-15T10:55:00+01:00',
    },
    concludedAt: '2027-03-15T11:00:00+01:00',
    postponement: null,
    cancellation: null,
    previousOpenAgreements: [],
  };
}

/** An amount in euros, in cents as the library counts money. */
export const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

/** The codes of a result's findings, in order. */
export const codes = (result: Result<unknown>): string[] => result.findings.map((f) => f.code);
