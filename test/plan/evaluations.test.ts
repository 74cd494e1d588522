// The POP of a conversation both sides evaluated: each side's grade, feedback and what to do
// differently, and both wishes carried into the next conversation's preparation.
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput, DevelopmentPlan } from '../../src/index.js';
import { createConversation, createDevelopmentPlan, renderPlanMarkdown, replay } from '../../src/index.js';
import { planEvaluationSchema } from '../../src/schemas/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';

const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
const employee = {
  type: 'evaluate',
  at: '2027-03-15T10:54:00+01:00',
  by: 'employee',
  grade: 8,
  feedback: 'Fijn dat ik zelf de oplossing mocht voorstellen.',
  nextTime: 'De agenda een week vooraf delen.',
} as ConversationEventInput;
const manager = {
  type: 'evaluate',
  at: '2027-03-15T10:55:00+01:00',
  by: 'manager',
  grade: 7,
  feedback: 'Goed voorbereid gesprek.',
  nextTime: 'Meer tijd voor de loopbaanvraag.',
} as ConversationEventInput;

function planOf(evaluations: readonly ConversationEventInput[]): { plan: DevelopmentPlan; codes: string[] } {
  const events = [...developmentEvents.slice(0, evaluateAt), ...evaluations, ...developmentEvents.slice(evaluateAt + 1)];
  const done = replay(events, { input: developmentInput });
  if (!done.ok) throw new Error(JSON.stringify(done.findings));
  const plan = createDevelopmentPlan(done.value);
  if (!plan.ok) throw new Error(JSON.stringify(plan.findings));
  return { plan: plan.value, codes: plan.findings.map((f) => f.code) };
}

describe('the POP of a conversation both sides evaluated', () => {
  it('keeps each side’s evaluation beside the latest, and shows both in the Markdown', () => {
    const { plan } = planOf([employee, manager]);
    expect(plan.evaluation).toEqual({
      feedback: 'Goed voorbereid gesprek.',
      grade: 7,
      nextTime: 'Meer tijd voor de loopbaanvraag.',
      bySide: {
        employee: { feedback: 'Fijn dat ik zelf de oplossing mocht voorstellen.', grade: 8, nextTime: 'De agenda een week vooraf delen.' },
        manager: { feedback: 'Goed voorbereid gesprek.', grade: 7, nextTime: 'Meer tijd voor de loopbaanvraag.' },
      },
    });
    expect(planEvaluationSchema.safeParse(plan.evaluation).success).toBe(true);
    const nl = renderPlanMarkdown(plan, { locale: 'nl' });
    expect(nl.ok && nl.value).toContain(
      [
        '## Evaluatie van het gesprek',
        '',
        '### Medewerker',
        '',
        '- Rapportcijfer: 8',
        '- Feedback: Fijn dat ik zelf de oplossing mocht voorstellen.',
        '- Volgende keer anders: De agenda een week vooraf delen.',
        '',
        '### Leidinggevende',
        '',
        '- Rapportcijfer: 7',
        '- Feedback: Goed voorbereid gesprek.',
        '- Volgende keer anders: Meer tijd voor de loopbaanvraag.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what one side kept private, with the finding it always gave', () => {
    const { plan, codes } = planOf([{ ...employee, visibility: 'private' } as ConversationEventInput, manager]);
    expect(plan.evaluation?.bySide?.employee).toEqual({ grade: 8 });
    expect(plan.evaluation?.bySide?.manager?.nextTime).toBe('Meer tijd voor de loopbaanvraag.');
    expect(codes.filter((code) => code === 'plan.evaluation.private')).toHaveLength(1);
    expect(JSON.stringify(plan)).not.toContain('De agenda een week vooraf delen.');
  });

  it('gives the POP it always gave when one side evaluated', () => {
    const { plan } = planOf([employee]);
    expect(plan.evaluation).toEqual({
      feedback: 'Fijn dat ik zelf de oplossing mocht voorstellen.',
      grade: 8,
      nextTime: 'De agenda een week vooraf delen.',
    });
  });

  it('carries both sides’ wishes into the next conversation, each with its side, the employee’s first', () => {
    const { plan } = planOf([
      { ...manager, at: employee.at } as ConversationEventInput,
      { ...employee, at: manager.at } as ConversationEventInput,
    ]);
    const next = createConversation({ ...developmentInput, id: 'c-next', plannedStart: '2027-06-14T10:00:00+02:00', previousPlan: plan });
    expect(next.ok && next.value.previousNextTime).toEqual([
      { by: 'employee', text: 'De agenda een week vooraf delen.' },
      { by: 'manager', text: 'Meer tijd voor de loopbaanvraag.' },
    ]);
    // The same wish from both sides is carried with both sides.
    const same = planOf([employee, { ...manager, nextTime: 'De agenda een week vooraf delen.' } as ConversationEventInput]).plan;
    const again = createConversation({ ...developmentInput, id: 'c-next', plannedStart: '2027-06-14T10:00:00+02:00', previousPlan: same });
    expect(again.ok && again.value.previousNextTime).toEqual([
      { by: 'employee', text: 'De agenda een week vooraf delen.' },
      { by: 'manager', text: 'De agenda een week vooraf delen.' },
    ]);
  });
});
