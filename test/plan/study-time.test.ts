import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/agreements/index.js';
import type { Conversation } from '../../src/conversation/index.js';
import type { Result } from '../../src/core/index.js';
import type { BudgetStatus, DevelopmentPlan, FundingSource } from '../../src/plan/index.js';
import { approvePlan, budgetStatus, createDevelopmentPlan, draftDevelopmentPlan } from '../../src/plan/index.js';
import { agreementSchema } from '../../src/agreements/schema.js';
import { contentOf } from '../../src/plan/draft.js';
import { msg } from '../finding-text.js';
import { concludedConversation, sampleContent } from './fixtures.js';
import { personalBudget, requiredTraining, sectorFund } from './worked-example.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const accepted = { employee: '2027-03-15T10:40:00+01:00', manager: '2027-03-15T10:42:00+01:00' };
const funding = { sources: [personalBudget, requiredTraining, sectorFund] };

/** Sanne's concluded conversation with two support agreements that take study time. */
function withStudyTime(course: number, required: number): Conversation {
  const base = concludedConversation();
  const support = (id: string, what: string, minutes: number, source?: string): Conversation['supportAgreements'][number] => ({
    agreement: {
      id,
      what,
      who: 'm-3',
      when: '2027-06-30',
      kind: 'support',
      acceptedBy: accepted,
      linkedNeedIds: ['need-1'],
      linkedGoalIds: [],
      status: 'open',
      studyTime: { minutes },
      ...(source === undefined ? {} : { fundingSource: source }),
    } satisfies Agreement,
    proposedBy: 'employee',
    proposedAt: '2027-03-15T10:44:00+01:00',
    revision: 0,
    withdrawn: null,
  });
  return {
    ...base,
    supportAgreements: [
      support('s-leergang', 'Ik volg voor 1 juli de leergang Presenteren voor klanten', course),
      support('s-avg', 'Ik volg de verplichte AVG-training in werktijd', required, 'employer'),
    ],
  };
}

const hoursIn = (status: BudgetStatus, source: string) =>
  status.periods.find((p) => p.source === source && p.current && 'minutes' in p.committed);

describe('study time in the POP: 12 hours of a course and 8 hours of required training on 16 study hours', () => {
  it('turns each agreement’s study time into a cost line in minutes, from the source it names or the hours of the personal budget', () => {
    const plan = value(createDevelopmentPlan(withStudyTime(12 * 60, 8 * 60), { funding }));
    expect(plan.costs.filter((line) => 'minutes' in line.amount)).toEqual([
      {
        id: 's-leergang-study-time',
        description: 'Ik volg voor 1 juli de leergang Presenteren voor klanten',
        amount: { minutes: 720 },
        agreementId: 's-leergang',
        source: 'pob',
      },
      {
        id: 's-avg-study-time',
        description: 'Ik volg de verplichte AVG-training in werktijd',
        amount: { minutes: 480 },
        agreementId: 's-avg',
        source: 'employer',
      },
    ]);
    // An agreement without study time keeps its old shape: nothing is added.
    expect(plan.agreements.filter((agreement) => 'studyTime' in agreement).map((agreement) => agreement.id)).toEqual([
      's-leergang',
      's-avg',
    ]);
  });

  it('shows committed, remaining and expiring hours per source and period; required training takes none of the personal hours', () => {
    const plan = value(createDevelopmentPlan(withStudyTime(12 * 60, 8 * 60), { funding }));
    const status = value(budgetStatus({ plan, now: '2027-05-01T09:00:00+02:00' }));
    const hours = hoursIn(status, 'pob');
    expect(hours && [hours.available, hours.committed, hours.remaining, hours.expiring]).toEqual([
      { minutes: 960 },
      { minutes: 720 },
      { minutes: 240 },
      { minutes: 240 },
    ]);
    expect(hoursIn(status, 'employer')?.committed).toEqual({ minutes: 480 });
    expect(hoursIn(status, 'employer')?.remaining).toBeNull();
  });

  it('keeps hours in the ledger like money: spent, outstanding, saved up under a cap, and what lapses', () => {
    // 16 study hours a year, at most 8 of them saved for one more year; 10 hours used in 2026, a 12-hour course in 2027 of which 5 hours are behind.
    const hours: FundingSource = {
      id: 'uren',
      kind: 'personalBudget',
      title: 'Studie-uren',
      allowances: [{ minutes: 16 * 60 }],
      period: { start: '2026-01-01' },
      carryOver: { periods: 1, maximum: [{ minutes: 8 * 60 }] },
    };
    const status = value(
      budgetStatus({
        employeeId: 'e-17',
        sources: [hours],
        costs: [
          { id: 'c-2026', description: 'Lesdagen Excel', amount: { minutes: 600 }, date: '2026-04-01' },
          { id: 'c-2027', description: 'Leergang Presenteren', amount: { minutes: 720 }, date: '2027-03-01' },
        ],
        expenses: [{ id: 'x-1', date: '2027-03-10', amount: { minutes: 300 }, costLineId: 'c-2027' }],
        now: '2027-06-01T09:00:00+02:00',
      }),
    );
    const figures = status.periods.map((p) => [
      p.start,
      p.allowance,
      p.carriedIn,
      p.available,
      p.committed,
      p.spent,
      p.outstanding,
      p.remaining,
      p.expiring,
      p.carriedOut,
    ]);
    const m = (minutes: number) => ({ minutes });
    expect(figures).toEqual([
      ['2026-01-01', m(960), m(0), m(960), m(600), m(0), m(600), m(360), m(0), m(360)],
      // The 6 saved hours are used first; of the 10 hours left, 8 may be saved and 2 lapse.
      ['2027-01-01', m(960), m(360), m(1320), m(720), m(300), m(420), m(600), m(120), m(480)],
    ]);
  });

  it('nudges late in the year in hours, with what lapses', () => {
    const plan = value(createDevelopmentPlan(withStudyTime(4 * 60, 8 * 60), { funding }));
    const status = budgetStatus({ plan, now: '2027-11-02T09:00:00+01:00' });
    const nudge = status.findings.find((f) => f.code === 'budget.unused.lateInYear' && f.params['unit'] === 'minutes');
    expect(msg(nudge, 'nl')).toBe(
      'Van ‘Persoonlijk ontwikkelbudget’ is nog 12 uur (75%) niet gebruikt of toegezegd, en over 59 dagen (31 december 2027) loopt de periode af. Wat dan over is, vervalt. Ongeveer 40% van de medewerkers laat het budget liggen: bespreek nu wat je ermee wilt.',
    );
  });

  it('refuses the approval when the hours exceed what is left, naming the source and the hours', () => {
    const plan = value(createDevelopmentPlan(withStudyTime(20 * 60, 8 * 60), { funding }));
    const result = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['plan.approval.overBudget']);
    expect(msg(result.findings[0], 'nl')).toBe(
      'De studietijd in dit plan past niet binnen ‘Persoonlijk ontwikkelbudget’. Pas de afspraken of de financiering aan voordat jullie het plan goedkeuren.',
    );
    expect(msg(result.findings[0], 'en')).toBe(
      'The study time in this plan does not fit within “Persoonlijk ontwikkelbudget”. Adjust the agreements or the funding before you approve the plan.',
    );
    expect(msg(result.findings[0]?.details?.[0], 'nl')).toBe(
      'De afspraken en uitgaven ten laste van ‘Persoonlijk ontwikkelbudget’ in budgetjaar 2027 (20 uur) gaan 4 uur over het budget van 16 uur heen.',
    );
    const fits = value(createDevelopmentPlan(withStudyTime(16 * 60, 40 * 60), { funding }));
    expect(approvePlan(fits, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }).ok).toBe(true);
  });

  it('says so when required training is (also) charged to the personal study hours', () => {
    const plan = value(createDevelopmentPlan(withStudyTime(2 * 60, 8 * 60), { funding }));
    // The training's money comes from the employer, its hours from the employee: refused at approval.
    const costs = [
      ...plan.costs.map((line) => (line.id === 's-avg-study-time' ? { ...line, source: 'pob' } : line)),
      { id: 'c-avg', description: 'AVG-training', amount: { amount: 25_000, currency: 'EUR' }, agreementId: 's-avg', source: 'employer' },
    ];
    const mixed = value(
      draftDevelopmentPlan({ content: { ...contentOf(plan), costs }, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }),
    );
    const result = approvePlan(mixed, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 });
    expect(result.findings.map((f) => f.code)).toContain('budget.required.chargedToEmployee');
  });
});

describe('study time at approval (fast-check)', () => {
  it('refuses an approval exactly when a year of the plan’s hours exceeds the time allowance, whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 * 60 }),
        fc.array(fc.record({ minutes: fc.integer({ min: 0, max: 40 * 60 }), year: fc.constantFrom(2027, 2028) }), { maxLength: 5 }),
        fc.boolean(),
        (allowance, lines, reverse) => {
          const costs = lines.map((line, i) => ({
            id: `c${i}`,
            description: `Lesdagen ${i}`,
            amount: { minutes: line.minutes },
            date: `${line.year}-05-01`,
          }));
          const hours: FundingSource = { id: 'uren', kind: 'personalBudget', allowances: [{ minutes: allowance }] };
          const content = { ...sampleContent(), costs: reverse ? [...costs].reverse() : costs, funding: { sources: [hours] } };
          const plan: DevelopmentPlan = value(draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
          const result = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 });
          const total = (year: number) => lines.filter((l) => l.year === year).reduce((sum, l) => sum + l.minutes, 0);
          const over = [2027, 2028].some((year) => total(year) > allowance);
          expect(result.ok).toBe(!over);
          // Conservation in hours: per period, what is claimed and what remains add up to what is available.
          const status = value(budgetStatus({ plan, now: '2027-06-01T09:00:00+02:00' }));
          for (const period of status.periods) {
            const size = (amount: unknown) => (amount as { minutes: number } | null)?.minutes ?? 0;
            expect(size(period.committed) + size(period.remaining)).toBe(size(period.available));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('study time on an agreement, as stored', () => {
  it('is absent when unused, whole minutes when given, and part of what both sides approve', () => {
    const plain = agreementSchema.parse({ id: 'a1', what: 'Ik volg de leergang', who: 'e-17' });
    expect('studyTime' in plain).toBe(false);
    expect(agreementSchema.safeParse({ ...plain, studyTime: { minutes: 90 } }).success).toBe(true);
    for (const bad of [{ minutes: 1.5 }, { minutes: -60 }, { hours: 2 }, 120]) {
      expect(agreementSchema.safeParse({ ...plain, studyTime: bad }).success).toBe(false);
    }
    const content = sampleContent();
    const withTime = {
      ...content,
      agreements: content.agreements.map((agreement, index) => (index === 0 ? { ...agreement, studyTime: { minutes: 720 } } : agreement)),
    };
    const before = value(draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const after = value(draftDevelopmentPlan({ content: withTime, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    expect(before.hash === after.hash).toBe(false);
  });
});
