import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { DevelopmentPlan } from '../../src/plan/index.js';
import { approvePlan, draftDevelopmentPlan, paybackDue, recordProgress } from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { codes, samplePlan } from './fixtures.js';
import { payback, spent2026, workedContent } from './worked-example.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** The worked example, approved by both, with the conference done on 20 May 2027. */
function plan(): DevelopmentPlan {
  const drafted = value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
  const position = { budget: { expenses: [spent2026] } };
  const one = value(approvePlan(drafted, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }, position));
  const both = value(approvePlan(one, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }, position));
  return value(recordProgress(both, { agreementId: 'a-congres', by: 'employee', at: '2027-05-20T18:00:00+02:00', status: 'done' }));
}

describe('paybackDue (studiekostenbeding)', () => {
  it('asks back 100%, 66% or 33% of the employer-paid voluntary training, by how long after completion the employee leaves', () => {
    const due = (leaving: string) =>
      value(paybackDue(plan(), leaving))
        .items.filter((item) => item.exemption !== 'required')
        .map((item) => [item.agreementId, item.percent, item.due]);
    expect(due('2028-03-01')).toEqual([['a-congres', 100, eur(70000)]]);
    expect(due('2028-05-20')).toEqual([['a-congres', 66, eur(46200)]]);
    expect(due('2029-06-01')).toEqual([['a-congres', 33, eur(23100)]]);
    const after = value(paybackDue(plan(), '2030-05-20'));
    expect(after.items[1]).toMatchObject({ agreementId: 'a-congres', percent: 0, due: eur(0), exemption: 'scheduleEnded' });
    expect(after.total).toEqual([eur(0)]);
  });

  it('never asks back required training, nor what the sector fund paid', () => {
    const result = value(paybackDue(plan(), '2027-06-01'));
    expect(result.items.map((item) => [item.agreementId, item.paid, item.exemption])).toEqual([
      ['a-avg', eur(0), 'required'],
      ['a-congres', eur(70000), undefined],
    ]);
    expect(result.total).toEqual([eur(70000)]);
  });

  it('counts leaving before completion as leaving during the training, and uses actual expenses when given', () => {
    const drafted = value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const early = value(
      paybackDue(drafted, '2027-05-01', { expenses: [{ id: 'x', date: '2027-03-30', amount: eur(60000), costLineId: 'c-congres-pob' }] }),
    );
    expect(early.items.find((item) => item.agreementId === 'a-congres')).toMatchObject({
      completed: null,
      percent: 100,
      paid: eur(60000),
      due: eur(60000),
    });
    // An expense after the leaving date was not paid yet when the employee left.
    const late = value(
      paybackDue(drafted, '2027-05-01', { expenses: [{ id: 'x', date: '2027-06-30', amount: eur(60000), costLineId: 'c-congres-pob' }] }),
    );
    expect(late.items.find((item) => item.agreementId === 'a-congres')).toMatchObject({ paid: eur(0), exemption: 'belowThreshold' });
  });

  it('leaves training at or below the threshold alone', () => {
    const content = workedContent();
    const cheap = {
      ...content,
      costs: content.costs.map((line) => (line.id === 'c-congres-pob' ? { ...line, amount: eur(50000) } : line)),
    };
    const drafted = value(draftDevelopmentPlan({ content: cheap, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    expect(value(paybackDue(drafted, '2027-08-01')).items.find((item) => item.agreementId === 'a-congres')).toMatchObject({
      paid: eur(50000),
      due: eur(0),
      exemption: 'belowThreshold',
    });
  });

  it('says when there is no clause, and when the clause is not approved by both yet', () => {
    const none = paybackDue(samplePlan(), '2028-01-01');
    expect(value(none)).toEqual({ leavingDate: '2028-01-01', items: [], total: [] });
    expect(codes(none)).toEqual(['budget.payback.noClause']);
    const drafted = value(draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
    const unapproved = paybackDue(drafted, '2028-01-01');
    expect(codes(unapproved)).toEqual(['budget.payback.notApproved']);
    expect(msg(unapproved.findings[0], 'nl')).toContain('vooraf schriftelijk');
    // A clause agreed elsewhere (the contract) can be given as an option for a plan without one.
    const fromContract = value(paybackDue(samplePlan(), '2027-07-01', { payback: { ...payback, threshold: eur(10000) } }));
    expect(fromContract.items.map((item) => [item.agreementId, item.percent, item.due])).toEqual([['a1', 100, eur(45000)]]);
  });

  it('refuses a clause over required training or the employee’s own money', () => {
    const content = workedContent();
    const wrong = { ...content, funding: { ...content.funding!, payback: { ...payback, sources: ['pob', 'employer'] } } };
    const refused = draftDevelopmentPlan({ content: wrong, at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    expect(codes(refused)).toEqual(['budget.payback.sourceNotAllowed']);
    expect(msg(refused.findings[0], 'en')).toBe(
      'No payback can apply to “Verplichte scholing”: required training is free for the employee (art. 7:611a of the Dutch Civil Code).',
    );
  });

  it('never owes more than was paid, never for required training, in whole cents, and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 50_000_000 }), (days, amount) => {
        const content = workedContent();
        const priced = {
          ...content,
          costs: content.costs.map((line) => (line.id === 'c-congres-pob' ? { ...line, amount: eur(amount) } : line)),
        };
        const drafted = value(draftDevelopmentPlan({ content: priced, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
        const leaving = new Date(Date.UTC(2027, 2, 15 + days)).toISOString().slice(0, 10);
        const result = value(paybackDue(drafted, leaving));
        for (const item of result.items) {
          expect(Number.isSafeInteger(item.due.amount)).toBe(true);
          expect(item.due.amount).toBeLessThanOrEqual(item.paid.amount);
          expect(item.due.amount).toBe(Math.floor((item.paid.amount * item.percent) / 100));
          if (item.exemption !== undefined) expect(item.due.amount).toBe(0);
        }
        expect(result.items.find((item) => item.agreementId === 'a-avg')?.due.amount ?? 0).toBe(0);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        expect(paybackDue(a as never, b as never, c as never).ok).toBe(false);
      }),
    );
  });
});
