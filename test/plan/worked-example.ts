import type { BudgetExpense, FundingSource, PaybackPolicy, PlanContentInput, PlanFunding } from '../../src/plan/index.js';
import { sampleContent } from './fixtures.js';

/**
 * The worked Dutch example of docs/plan.md: Sanne's personal development budget of € 700 and 16
 * study hours a year (money may be saved up for two more years, at most € 1.400 carried into a year;
 * hours may not be saved), training the employer requires, and the sector fund (O&O-fonds) that pays
 * up to € 500 a year. In 2026 she used € 300, so € 400 is carried into 2027.
 */
export const personalBudget: FundingSource = {
  id: 'pob',
  kind: 'personalBudget',
  title: 'Persoonlijk ontwikkelbudget',
  allowances: [{ amount: 70000, currency: 'EUR' }, { minutes: 16 * 60 }],
  period: { start: '2026-01-01' },
  carryOver: { periods: 2, maximum: [{ amount: 140000, currency: 'EUR' }, { minutes: 0 }] },
};
export const requiredTraining: FundingSource = { id: 'employer', kind: 'requiredTraining', title: 'Verplichte scholing' };
export const sectorFund: FundingSource = {
  id: 'oo-fonds',
  kind: 'sectorFund',
  title: 'O&O-fonds Zakelijke Dienstverlening',
  allowances: [{ amount: 50000, currency: 'EUR' }],
};

/** The payback clause: for voluntary training above € 500 from the personal budget, 100% / 66% / 33% over three years. */
export const payback: PaybackPolicy = {
  threshold: { amount: 50000, currency: 'EUR' },
  steps: [
    { months: 12, percent: 100 },
    { months: 24, percent: 66 },
    { months: 36, percent: 33 },
  ],
};

export const funding: PlanFunding = { sources: [personalBudget, requiredTraining, sectorFund], payback };

/** What was spent before the plan: € 300 of the 2026 budget. */
export const spent2026: BudgetExpense = {
  id: 'inv-2026-031',
  date: '2026-05-12',
  amount: { amount: 30000, currency: 'EUR' },
  description: 'E-learning Excel',
  source: 'pob',
};

/** The 2027 plan: a required privacy training in working time, and a conference paid by the fund and the budget. */
export function workedContent(conferenceFromBudgetOnly = false): PlanContentInput {
  const base = sampleContent();
  const accepted = { employee: '2027-03-15T10:40:00+01:00', manager: '2027-03-15T10:42:00+01:00' };
  return {
    ...base,
    period: { start: '2027-03-15', end: '2028-03-15' },
    agreements: [
      {
        id: 'a-avg',
        what: 'Ik volg in april de AVG-basistraining voor klantcontact die voor mijn functie verplicht is',
        who: 'e-17',
        when: '2027-04-20',
        acceptedBy: accepted,
        linkedNeedIds: ['need-2'],
      },
      {
        id: 'a-congres',
        what: 'Ik bezoek het congres Klantgericht Adviseren en deel wat ik leerde in het teamoverleg',
        who: 'e-17',
        when: '2027-05-20',
        acceptedBy: accepted,
        linkedNeedIds: ['need-1'],
      },
    ],
    costs: [
      {
        id: 'c-avg',
        description: 'AVG-basistraining',
        amount: { amount: 35000, currency: 'EUR' },
        agreementId: 'a-avg',
        source: 'employer',
      },
      { id: 'c-avg-uren', description: 'AVG-basistraining, lesuren', amount: { minutes: 480 }, agreementId: 'a-avg', source: 'employer' },
      ...(conferenceFromBudgetOnly
        ? [
            {
              id: 'c-congres',
              description: 'Congres Klantgericht Adviseren',
              amount: { amount: 120000, currency: 'EUR' },
              agreementId: 'a-congres',
              source: 'pob',
            },
          ]
        : [
            {
              id: 'c-congres-oo',
              description: 'Congres Klantgericht Adviseren, deel O&O-fonds',
              amount: { amount: 50000, currency: 'EUR' },
              agreementId: 'a-congres',
              source: 'oo-fonds',
            },
            {
              id: 'c-congres-pob',
              description: 'Congres Klantgericht Adviseren, eigen deel',
              amount: { amount: 70000, currency: 'EUR' },
              agreementId: 'a-congres',
              source: 'pob',
            },
          ]),
      { id: 'c-congres-uren', description: 'Congres, twee dagen', amount: { minutes: 16 * 60 }, agreementId: 'a-congres', source: 'pob' },
    ],
    funding,
  };
}
