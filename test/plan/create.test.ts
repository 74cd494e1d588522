import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConversation } from '../../src/conversation/index.js';
import { createDevelopmentPlan, planApprovalStatus, planContentHash, recordProgress } from '../../src/plan/index.js';
import { demoConversation } from '../../examples/demo/plan.js';
import { concludedConversation } from './fixtures.js';
import type { Result } from '../../src/core/index.js';
import { msg } from '../finding-text.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => f.code)));
  return result.value;
}

describe('the POP feeds the next conversation', () => {
  it('passes a whole stored plan to createConversation, whose open agreements come first on the next agenda', () => {
    const plan = value(createDevelopmentPlan(concludedConversation()));
    const progressed = value(
      recordProgress(plan, {
        agreementId: 's1',
        by: 'manager',
        at: '2027-04-01T09:00:00+02:00',
        status: 'done',
        note: 'Training geboekt.',
      }),
    );
    const next = value(
      createConversation({
        id: 'conv-2027-09',
        kind: 'checkIn',
        employee: { id: 'e-17', name: 'Sanne de Vries' },
        manager: { id: 'm-3', name: 'Karim Bouzid' },
        plannedStart: '2027-09-15T10:00:00+02:00',
        locale: 'nl',
        // The plan as stored (the conversation's input type takes mutable arrays until it moves to named types).
        previousPlan: { ...progressed, agreements: [...progressed.agreements] },
      }),
    );
    // Only what is still open carries over; the rest of the plan is not copied into the state.
    expect(next.previousOpenAgreements.map((agreement) => agreement.id)).toEqual(['a1']);
    expect(JSON.stringify(next)).not.toContain(plan.hash);
  });
});

describe('createDevelopmentPlan', () => {
  it('assembles the POP from a concluded conversation', () => {
    const result = createDevelopmentPlan(concludedConversation());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.value;
    expect(plan.id).toBe('pop-conv-2027-03');
    expect(plan.conversationId).toBe('conv-2027-03');
    expect(plan.version).toBe(1);
    expect(plan.hash).toBe(value(planContentHash(plan)));
    expect(value(planApprovalStatus(plan)).approved).toBe(false);
    expect(plan.employee).toEqual({ id: 'e-17', name: 'Sanne de Vries' });
    expect(plan.period).toEqual({ start: '2027-03-15', end: '2027-09-15' });
    expect(plan.ambitions).toEqual([{ id: 'overarching-goal', text: 'Over twee jaar een klantteam leiden' }]);
    expect(plan.goals.map((g) => [g.id, g.source, g.focus, g.organisationGoalIds])).toEqual([
      ['need-1', 'employee', 'skills', ['klantgericht-2027']],
      ['need-2', 'organisation', 'knowledge', []],
    ]);
    // The withdrawn agreement is left out; the support agreement is marked as such.
    expect(plan.agreements.map((a) => [a.id, a.kind])).toEqual([
      ['a1', 'development'],
      ['s1', 'support'],
    ]);
    expect(plan.costs).toEqual([
      {
        id: 'a1',
        description: 'Ik volg de training Presenteren met impact en geef daarna twee klantpresentaties',
        amount: { amount: 45000, currency: 'EUR' },
        agreementId: 'a1',
      },
    ]);
    expect(plan.nextConversation).toEqual({ date: '2027-09-15', start: '2027-09-15T10:00:00+02:00', kind: 'checkIn', minutes: 30 });
    expect(plan.evaluation).toEqual({ rating: 4, feedback: 'Fijn gesprek; ik kreeg de ruimte voor mijn eigen ideeën.' });
    expect(plan.history[0]).toMatchObject({ by: 'conversation', at: '2027-03-15T11:00:00+01:00' });
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['plan.goal.withoutAgreement', 'goals.1'],
      ['plan.goal.noOrganisationLink', 'goals.1.organisationGoalIds'],
    ]);
    expect(msg(result.findings[0], 'nl')).toBe(
      'Ontwikkeldoel ‘Kennis van het nieuwe planningssysteem’ heeft nog geen afspraak; spreek af wie wat wanneer doet.',
    );
  });

  it('refuses a conversation that is not concluded', () => {
    const running = { ...concludedConversation(), status: 'inProgress' as const, phase: 'agreements' as const, concludedAt: null };
    const result = createDevelopmentPlan(running);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['plan.conversation.notConcluded']);
    expect(msg(result.findings[0], 'en')).toBe(
      'The conversation is not concluded yet (it is at the phase “Concrete agreements”). A PDP follows from a concluded conversation.',
    );
    expect(msg(result.findings[0], 'nl')).toBe(
      'Het gesprek is nog niet afgerond (het is bij de fase ‘Concrete afspraken’). Een POP volgt uit een afgerond gesprek.',
    );
    expect(result.findings[0]?.params).toEqual({ status: 'inProgress', phase: 'agreements' });
  });

  it('names what is missing: agreements, acceptance, dates, next conversation, evaluation', () => {
    const conversation = concludedConversation();
    const first = conversation.agreements[0];
    if (first === undefined) throw new Error('fixture');
    const { when: _when, ...undated } = first.agreement;
    const bare = {
      ...conversation,
      agreements: [{ ...first, agreement: { ...undated, acceptedBy: { employee: '2027-03-15T10:40:00+01:00' }, linkedNeedIds: [] } }],
      supportAgreements: [],
      nextConversation: null,
      evaluation: null,
    };
    const result = createDevelopmentPlan(bare, { planId: 'pop-x' });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => f.code).sort()).toEqual(
      [
        'plan.goal.withoutAgreement',
        'plan.goal.withoutAgreement',
        'plan.goal.noOrganisationLink',
        'plan.agreement.withoutGoal',
        'plan.agreement.notAccepted',
        'plan.agreement.noDeadline',
        'plan.nextConversation.missing',
        'plan.evaluation.missing',
      ].sort(),
    );
    if (result.ok) {
      expect(result.value.id).toBe('pop-x');
      expect(result.value.period).toEqual({ start: '2027-03-15', end: '2028-03-15' });
    }
  });

  it('is deterministic and never throws', () => {
    expect(JSON.stringify(createDevelopmentPlan(concludedConversation()))).toBe(
      JSON.stringify(createDevelopmentPlan(concludedConversation())),
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(createDevelopmentPlan(input as never).ok).toBe(false);
      }),
    );
  });

  it('reads a conversation driven through the conversation module from start to conclusion', () => {
    const result = createDevelopmentPlan(demoConversation());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.findings).toEqual([]);
    expect(result.value.goals.map((g) => g.id)).toEqual(['need-1', 'need-2']);
    expect(
      result.value.agreements.map((a) => [a.id, a.kind, a.acceptedBy.employee !== undefined && a.acceptedBy.manager !== undefined]),
    ).toEqual([
      ['a1', 'development', true],
      ['a2', 'development', true],
      ['s1', 'support', true],
    ]);
    expect(result.value.nextConversation).toEqual({ date: '2027-09-15', start: '2027-09-15T10:00:00+02:00', kind: 'checkIn', minutes: 30 });
  });
});
