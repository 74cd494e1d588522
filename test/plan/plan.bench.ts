import { bench, describe } from 'vitest';
import type { BudgetStatusInput, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, paybackDue, renderPlanMarkdown } from '../../src/plan/index.js';
import { budgetStatusInputSchema, developmentPlanSchema } from '../../src/plan/schema.js';
import { samplePlan } from './fixtures.js';

const plan = JSON.parse(JSON.stringify(samplePlan()));
const approval = { by: 'employee' as const, at: '2027-03-16T09:00:00+01:00', version: 1 };

describe('approvePlan (validation, integrity, Merkle hash, budget) against a bare schema parse', () => {
  bench('baseline: developmentPlanSchema.safeParse', () => {
    developmentPlanSchema.safeParse(plan);
  });
  bench('approvePlan', () => {
    approvePlan(plan, approval);
  });
  bench('renderPlanMarkdown (nl)', () => {
    renderPlanMarkdown(plan, { locale: 'nl' });
  });
  bench('paybackDue', () => {
    paybackDue(plan, '2028-01-01');
  });
});

const lines = 1_000;
const legacy: BudgetStatusInput = {
  budget: { employeeId: 'e', year: 2027, amount: { amount: 100_000_000, currency: 'EUR' } },
  costs: Array.from({ length: lines }, (_, i) => ({
    id: `c${i}`,
    description: 'cost',
    amount: { amount: 1000 + i, currency: 'EUR' },
    agreementId: `a${i % 50}`,
  })),
  expenses: Array.from({ length: lines }, (_, i) => ({
    id: `x${i}`,
    date: '2027-05-01',
    amount: { amount: 500 + i, currency: 'EUR' },
    agreementId: `a${i % 60}`,
  })),
  now: '2027-06-01T09:00:00+02:00',
};

const sources: FundingSource[] = [
  {
    id: 'pob',
    kind: 'personalBudget',
    allowances: [{ amount: 70_000_00, currency: 'EUR' }, { minutes: 960 }],
    period: { start: '2020-01-01' },
    carryOver: { periods: 2 },
  },
  { id: 'employer', kind: 'requiredTraining' },
  { id: 'oo', kind: 'sectorFund', allowances: [{ amount: 50_000_00, currency: 'EUR' }] },
];
const perSource: BudgetStatusInput = {
  employeeId: 'e',
  sources,
  costs: (legacy.costs ?? []).map((line, i) => ({ ...line, source: ['pob', 'employer', 'oo'][i % 3], date: `${2021 + (i % 7)}-03-01` })),
  expenses: (legacy.expenses ?? []).map((expense, i) => ({ ...expense, date: `${2021 + (i % 7)}-05-01` })),
  now: '2027-06-01T09:00:00+02:00',
};

describe(`budgetStatus over ${lines} cost lines and ${lines} expenses against parsing its input`, () => {
  bench('baseline: budgetStatusInputSchema.safeParse', () => {
    budgetStatusInputSchema.safeParse(legacy);
  });
  bench('budgetStatus, one pot (0.1)', () => {
    budgetStatus(legacy);
  });
  bench('budgetStatus, three sources over seven years with carry-over', () => {
    budgetStatus(perSource);
  });
});
