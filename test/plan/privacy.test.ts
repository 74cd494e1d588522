import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DevelopmentPlan, PlanZienswijze } from '../../src/index.js';
import {
  amendPlan,
  approvePlan,
  createDevelopmentPlan,
  draftDevelopmentPlan,
  findingMessage,
  planApprovalStatus,
  planContentHash,
  renderPlanMarkdown,
} from '../../src/index.js';
import { concludedConversation, createdAt, sampleContent, samplePlan } from './fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const view: PlanZienswijze = {
  plan: 'Ik sta achter de afspraken; de planning van de demo’s is krap.',
  report: 'In het verslag mis ik dat ik zelf om coaching heb gevraagd.',
  at: '2027-03-16T09:00:00+01:00',
};

function approvedByBoth(plan: DevelopmentPlan, day: string): DevelopmentPlan {
  const one = value(approvePlan(plan, { by: 'employee', at: `${day}T09:00:00+02:00`, version: plan.version }));
  return value(approvePlan(one, { by: 'manager', at: `${day}T10:00:00+02:00`, version: plan.version }));
}

describe('the employee’s view (zienswijze)', () => {
  it('is written by the employee only, in a draft or an amendment', () => {
    const drafted = draftDevelopmentPlan({ content: { ...sampleContent(), zienswijze: view }, at: createdAt, by: 'employee' });
    expect(drafted.ok && drafted.value.zienswijze).toEqual(view);
    const byManager = draftDevelopmentPlan({ content: { ...sampleContent(), zienswijze: view }, at: createdAt, by: 'manager' });
    expect(byManager.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'De zienswijze is de eigen inbreng van de medewerker; alleen de medewerker schrijft of wijzigt die, niet de leidinggevende.',
    ]);
    const approved = approvedByBoth(samplePlan(), '2027-03-20');
    const amended = amendPlan(approved, { by: 'manager', at: '2027-04-01T09:00:00+02:00', set: { zienswijze: view } });
    expect(amended.findings.map((f) => f.code)).toEqual(['plan.zienswijze.notEmployee']);
    const empty = draftDevelopmentPlan({
      content: { ...sampleContent(), zienswijze: { plan: ' ', at: createdAt } },
      at: createdAt,
      by: 'employee',
    });
    expect(empty.findings.map((f) => f.code)).toEqual(['plan.zienswijze.empty']);
  });

  it('is part of what both approve: adding or changing it is a new version, and the approvals lapse', () => {
    const approved = approvedByBoth(samplePlan(), '2027-03-20');
    const amended = value(
      amendPlan(approved, { by: 'employee', at: '2027-04-01T09:00:00+02:00', reason: 'Mijn zienswijze', set: { zienswijze: view } }),
    );
    expect(amended.version).toBe(2);
    expect(amended.hash).not.toBe(approved.hash);
    expect(amended.history.at(-1)?.changes).toEqual([{ section: 'zienswijze', action: 'added' }]);
    expect(value(planApprovalStatus(amended)).approved).toBe(false);
    const again = approvedByBoth(amended, '2027-04-02');
    expect(value(planApprovalStatus(again)).approved).toBe(true);
    // A manager's change elsewhere keeps the view as the employee wrote it.
    const moved = value(
      amendPlan(again, { by: 'manager', at: '2027-04-03T09:00:00+02:00', set: { nextConversation: { date: '2027-09-01' } } }),
    );
    expect(moved.zienswijze).toEqual(view);
  });

  it('counts in the content hash; a plan without one has the hash it had before views existed (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== ''),
        (text) => {
          const without = value(planContentHash(sampleContent()));
          const withView = value(planContentHash({ ...sampleContent(), zienswijze: { plan: text, at: createdAt } }));
          expect(withView).not.toBe(without);
          expect(value(planContentHash({ ...sampleContent(), zienswijze: undefined }))).toBe(without);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('shows in the Markdown of the plan, in both languages', () => {
    const plan = value(
      draftDevelopmentPlan({ content: { ...sampleContent(), zienswijze: view, visibility: 'hr' }, at: createdAt, by: 'employee' }),
    );
    const nl = value(renderPlanMarkdown(plan, { locale: 'nl' }));
    expect(nl).toContain(
      '## Zienswijze van de medewerker\n\n- Over het POP: Ik sta achter de afspraken; de planning van de demo’s is krap.\n- Over het verslag:',
    );
    expect(nl).toContain('| Inzage | medewerker, leidinggevende en HR-adviseur |');
    const en = value(renderPlanMarkdown(plan, { locale: 'en' }));
    expect(en).toContain('## The employee’s view\n\n- On the PDP:');
    expect(en).toContain('| Who may read it | the employee, the manager and the HR adviser |');
    expect(value(renderPlanMarkdown(samplePlan(), { locale: 'nl' }))).not.toContain('Inzage');
  });
});

describe('who may read a plan', () => {
  it('is set when the plan is made from the conversation, and a private evaluation stays out', () => {
    const base = concludedConversation();
    const conversation = {
      ...base,
      evaluation: { ...(base.evaluation as NonNullable<typeof base.evaluation>), visibility: 'private' as const },
    };
    const created = createDevelopmentPlan(conversation, { visibility: 'hr', sharedWith: ['men-2', 'men-2'] });
    const plan = value(created);
    expect([plan.visibility, plan.sharedWith]).toEqual(['hr', ['men-2']]);
    expect(plan.evaluation).toEqual({ rating: base.evaluation?.rating });
    expect(created.findings.map((f) => f.code)).toContain('plan.evaluation.private');
    const shared = value(createDevelopmentPlan(base));
    expect(shared.visibility).toBeUndefined();
    expect(shared.evaluation?.feedback).toBe(base.evaluation?.feedback);
  });

  it('is approved content: changing who may read it is a new version', () => {
    const approved = approvedByBoth(samplePlan(), '2027-03-20');
    const amended = value(amendPlan(approved, { by: 'employee', at: '2027-04-01T09:00:00+02:00', set: { visibility: 'hr' } }));
    expect(amended.history.at(-1)?.changes).toEqual([{ section: 'plan', action: 'changed' }]);
    expect(amended.approvals).toEqual([]);
  });
});
