import type { DevelopmentPlan, PlanContent } from '../../src/index.js';
import { draftDevelopmentPlan } from '../../src/index.js';

/** A realistic POP content: Sanne wants to present to clients and grow towards team lead. */
export function sampleContent(): PlanContent {
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
    evaluation: { rating: 8, feedback: 'Fijn gesprek; ik kreeg de ruimte voor mijn eigen ideeën.' },
  };
}

export const createdAt = '2027-03-15T11:00:00+01:00';

/** The sample as a version-1 plan. */
export function samplePlan(content: PlanContent = sampleContent()): DevelopmentPlan {
  const result = draftDevelopmentPlan({ content, at: createdAt, by: 'conversation' });
  if (!result.ok) throw new Error(JSON.stringify(result.findings, null, 2));
  return result.value;
}
