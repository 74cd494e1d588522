import { bench, describe } from 'vitest';
import type { BudgetStatusInput } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, renderPlanMarkdown } from '../../src/plan/index.js';
import { budgetStatusInputSchema, developmentPlanSchema } from '../../src/plan/schema.js';
import { samplePlan } from './fixtures.js';

const plan = JSON.parse(JSON.stringify(samplePlan()));
const approval = { by: 'employee' as const, at: '2027-03-16T09:00:00+01:00', version: 1 };

describe('approvePlan (validation, integrity, hash) against a bare schema parse', () => {
  bench('baseline: developmentPlanSchema.safeParse', () => {
    developmentPlanSchema.safeParse(plan);
  });
  bench('approvePlan', () => {
    approvePlan(plan, approval);
  });
  bench('renderPlanMarkdown (nl)', () => {
    renderPlanMarkdown(plan, { locale: 'nl' });
  });
});

const lines = 1_000;
const input: BudgetStatusInput = {
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

describe(`budgetStatus over ${lines} cost lines and ${lines} expenses against parsing its input`, () => {
  bench('baseline: budgetStatusInputSchema.safeParse', () => {
    budgetStatusInputSchema.safeParse(input);
  });
  bench('budgetStatus', () => {
    budgetStatus(input);
  });
});
