import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import type { DevelopmentPlan } from '../../src/plan/index.js';
import { amendPlan, approvePlan, recordProgress, renderPlanMarkdown } from '../../src/plan/index.js';
import { sampleContent, samplePlan } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => f.code)));
  return result.value;
}

/** Version 2, approved by the employee only, with progress on one agreement. */
function goldenPlan(): DevelopmentPlan {
  let plan = samplePlan();
  plan = value(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
  plan = value(approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }));
  plan = value(
    amendPlan(plan, {
      by: 'employee',
      at: '2027-04-01T09:00:00+02:00',
      reason: 'Eerder evalueren, na de eerste klantpresentaties',
      set: {
        nextConversation: { date: '2027-08-30', start: '2027-08-30T14:00:00+02:00', minutes: 30, kind: 'checkIn' },
        costs: [
          ...sampleContent().costs,
          { id: 'c-book', description: 'Boek: Presenteren als een pro', amount: { amount: 2995, currency: 'EUR' } },
        ],
      },
    }),
  );
  plan = value(approvePlan(plan, { by: 'employee', at: '2027-04-01T12:00:00+02:00', version: 2 }));
  plan = value(
    recordProgress(plan, {
      agreementId: 's1',
      by: 'manager',
      at: '2027-05-20T16:00:00+02:00',
      status: 'done',
      note: 'Twee klantafspraken staan in de agenda.',
    }),
  );
  return plan;
}

const golden = (locale: string): string => join(import.meta.dirname, 'golden', `plan.${locale}.md`);

describe('renderPlanMarkdown', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`matches the golden file in ${locale}`, () => {
      const markdown = value(renderPlanMarkdown(goldenPlan(), { locale }));
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden(locale), markdown);
      expect(markdown).toBe(readFileSync(golden(locale), 'utf8'));
    });
  }

  it('shows version and approval status', () => {
    const nl = value(renderPlanMarkdown(goldenPlan(), { locale: 'nl' }));
    expect(nl).toContain('versie 2 · wacht op goedkeuring van leidinggevende');
    const en = value(renderPlanMarkdown(goldenPlan(), { locale: 'en' }));
    expect(en).toContain('version 2 · waiting for approval by manager');
  });

  it('escapes what users typed, so it never becomes markup', () => {
    const content = sampleContent();
    content.ambitions = [{ id: 'x', text: '# Kop | met *sterren* en <script>' }];
    const markdown = value(renderPlanMarkdown(samplePlan(content), { locale: 'en' }));
    expect(markdown).toContain('- \\# Kop \\| met \\*sterren\\* en \\<script\\>');
  });

  it('never throws, and renders every valid plan', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (plan, options) => {
        expect(renderPlanMarkdown(plan as never, options as never).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), text: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '') }), {
          maxLength: 4,
        }),
        fc.constantFrom('nl' as const, 'en' as const),
        fc.array(
          fc.oneof(
            fc.record({ amount: fc.maxSafeNat(), currency: fc.constantFrom('EUR', 'JPY', 'USD') }),
            fc.record({ studyPoints: fc.maxSafeNat() }),
          ),
          { maxLength: 4 },
        ),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('open' as const, 'done' as const, 'dropped' as const),
        (ambitions, locale, amounts, what, status) => {
          const content = sampleContent();
          content.ambitions = ambitions;
          content.costs = amounts.map((amount, i) => ({ id: `c${i}`, description: 'x', amount }));
          content.agreements = content.agreements.map((a) => ({ ...a, what, status }));
          const draft = value(renderPlanMarkdown(samplePlan(content), { locale }));
          expect(draft).toMatch(/^# POP: /);
        },
      ),
    );
  });
});
