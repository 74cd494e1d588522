import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, NeedInput } from '../../src/index.js';
import { createDevelopmentPlan, renderPlanMarkdown, replay } from '../../src/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';

/** The fixture's conversation, with the employee's need n1 as given. */
function concludedWith(need: Partial<NeedInput>): Conversation {
  const events = developmentEvents.map(
    (event): ConversationEventInput =>
      event.type === 'addNeed' && event.need.id === 'n1' ? { ...event, need: { ...event.need, ...need } } : event,
  );
  const result = replay(events, { input: developmentInput });
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => [f.code, f.path])));
  return result.value;
}

const full: Partial<NeedInput> = {
  why: 'Ik wil zelf klantdemo’s kunnen geven',
  ideas: 'Eerst meelopen met Ahmed, daarna zelf een demo geven',
  when: 'voor de zomer',
  expectedCost: { amount: 45_000, currency: 'EUR' },
  organisationLink: 'Past bij het doel om klanten beter te bedienen',
};

describe('the employee’s need in their own words (phase 3)', () => {
  it('keeps what, why, ideas, when, cost and the link with the organisation on the need, the POP goal and in Markdown', () => {
    const conversation = concludedWith(full);
    const need = conversation.needs.employee.find((entry) => entry.id === 'n1');
    expect(need).toMatchObject({ ...full, focus: 'skills', goalIds: ['g-klant'] });
    // The agreement refers to the need by its id, so the POP shows which agreement serves it.
    expect(conversation.agreements[0]?.agreement.linkedNeedIds).toEqual(['n1']);
    const plan = createDevelopmentPlan(conversation);
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.goals.find((goal) => goal.id === 'n1')).toMatchObject(full);
    const nl = renderPlanMarkdown(plan.value, { locale: 'nl' });
    const en = renderPlanMarkdown(plan.value, { locale: 'en' });
    expect(nl.ok && nl.value).toContain(
      [
        '- Waarom: Ik wil zelf klantdemo’s kunnen geven',
        '- Eigen ideeën voor de aanpak: Eerst meelopen met Ahmed, daarna zelf een demo geven',
        '- Wanneer: voor de zomer',
        '- Verwachte kosten: €\u00a0450,00',
        '- Aansluiting bij de organisatie: Past bij het doel om klanten beter te bedienen',
      ].join('\n'),
    );
    expect(en.ok && en.value).toContain('- Expected cost: €450.00');
    expect(en.ok && en.value).toContain('- Own ideas for how: Eerst meelopen met Ahmed, daarna zelf een demo geven');
  });

  it('leaves every field out of the state and the POP when the employee did not give it', () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(full) as (keyof typeof full)[]), (keys) => {
        const given = Object.fromEntries(keys.map((key) => [key, full[key]]));
        const conversation = concludedWith(given);
        const need = conversation.needs.employee.find((entry) => entry.id === 'n1') as object;
        const plan = createDevelopmentPlan(conversation);
        const goal = plan.ok ? (plan.value.goals.find((entry) => entry.id === 'n1') as object) : {};
        for (const key of Object.keys(full)) {
          expect(Object.hasOwn(need, key)).toBe(keys.includes(key as keyof typeof full));
          expect(Object.hasOwn(goal, key)).toBe(keys.includes(key as keyof typeof full));
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('erasing a need erases what the employee said about it', () => {
  it('leaves none of the need’s texts in the state or the POP', async () => {
    const { redact } = await import('../../src/index.js');
    const conversation = concludedWith(full);
    const request = { target: { kind: 'need', id: 'n1' }, at: '2027-04-01T09:00:00+02:00', by: 'hr-1', reason: 'erasureRequest' } as const;
    const state = redact(conversation, request);
    const plan = createDevelopmentPlan(conversation);
    const erasedPlan = plan.ok ? redact(plan.value, { ...request, target: { kind: 'goal', id: 'n1' } }) : plan;
    for (const result of [state, erasedPlan]) {
      expect(result.ok).toBe(true);
      const text = JSON.stringify(result.ok && result.value);
      for (const said of [full.ideas, full.when, full.organisationLink, full.why]) expect(text).not.toContain(said);
    }
  });
});
