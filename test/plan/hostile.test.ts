import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as plan from '../../src/plan/index.js';
import { msg } from '../finding-text.js';
import { samplePlan } from './fixtures.js';

/** Values a host should never send, and some do: throwing getters, proxies, prototype keys, huge text. */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constant(
    Object.defineProperty({}, 'budget', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    }),
  ),
  fc.constant('x'.repeat(100_000)),
  fc.constant(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy');
        },
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  ),
);

type Call = (a: unknown, b: unknown, c: unknown) => { ok: boolean; findings: readonly { code: string }[] };

/** Every function of the plan's face, with a valid plan where one is needed, so the other arguments are what is tried. */
const calls: Record<string, Call> = {
  createDevelopmentPlan: (a, b) => plan.createDevelopmentPlan(a as never, b as never),
  draftDevelopmentPlan: (a) => plan.draftDevelopmentPlan(a as never),
  validatePlan: (a, b) => plan.validatePlan(a, b as never),
  planContentHash: (a) => plan.planContentHash(a as never),
  planApprovalStatus: (a) => plan.planApprovalStatus(a as never),
  approvePlan: (a, b, c) => plan.approvePlan(samplePlan(), a as never, { budget: b, strictness: c } as never),
  approvePlanOptions: (a) => plan.approvePlan(samplePlan(), { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }, a as never),
  amendPlan: (a, b) => plan.amendPlan(a as never, b as never),
  recordProgress: (a, b) => plan.recordProgress(samplePlan(), { agreementId: 'a1', by: 'employee', at: a, status: b } as never),
  renderPlanMarkdown: (a) => plan.renderPlanMarkdown(samplePlan(), { locale: a } as never),
  budgetStatus: (a, b) => plan.budgetStatus({ employeeId: 'e', sources: a, costs: b, now: '2027-06-01T09:00:00+02:00' } as never),
  budgetStatusWhole: (a) => plan.budgetStatus(a as never),
  paybackDue: (a, b) => plan.paybackDue(samplePlan(), a as never, b as never),
};

describe('every plan function survives hostile input', () => {
  it.each(Object.entries(calls))('%s never throws, and explains a refusal in both languages', (_, call) => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const answer = call(a, b, c);
        if (!answer.ok) {
          expect(answer.findings.length).toBeGreaterThan(0);
          for (const finding of answer.findings) {
            expect(msg(finding as never, 'nl')?.length).toBeGreaterThan(0);
            expect(msg(finding as never, 'en')?.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
