import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createDevelopmentPlan, redact, renderPlanMarkdown, replay, transition } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
const evaluation = developmentEvents[evaluateAt] as ConversationEventInput & { type: 'evaluate' };

function beforeEvaluation(): Conversation {
  const result = replay(developmentEvents.slice(0, evaluateAt), { input: developmentInput });
  if (!result.ok) throw new Error('replay');
  return result.value;
}

const nextTime = 'Volgende keer de agenda een week eerder delen';

describe('the evaluation as a grade (cijfer) with what to do differently next time', () => {
  it('takes a grade from 1 to 10 instead of or with the rating, and refuses an evaluation with neither', () => {
    const { rating: _rating, ...withoutRating } = evaluation;
    const graded = transition(beforeEvaluation(), { ...withoutRating, grade: 8, nextTime });
    if (!graded.ok) throw new Error(JSON.stringify(graded.findings));
    expect(graded.value.conversation.evaluation).toMatchObject({ grade: 8, nextTime });
    expect(graded.value.conversation.evaluation?.rating).toBeUndefined();
    const both = transition(beforeEvaluation(), { ...evaluation, grade: 8 });
    expect(both.ok && both.value.conversation.evaluation).toMatchObject({ rating: 4, grade: 8 });
    const none = transition(beforeEvaluation(), withoutRating);
    expect(none.ok).toBe(false);
    expect(msg(none.findings[0], 'nl')).toBe('Geef het gesprek een cijfer van 1 tot 10 (of een waardering van 1 tot 5).');
    // Out of range is refused by the schema, as the rating is.
    expect(transition(beforeEvaluation(), { ...withoutRating, grade: 11 }).ok).toBe(false);
    expect(transition(beforeEvaluation(), { ...withoutRating, grade: 0 }).ok).toBe(false);
  });

  it('keeps the grade and what to do differently in the POP, for the next conversation’s preparation', () => {
    const events = developmentEvents.map((event, index) => (index === evaluateAt ? { ...evaluation, grade: 8, nextTime } : event));
    const done = replay(events, { input: developmentInput });
    if (!done.ok) throw new Error('replay');
    const plan = createDevelopmentPlan(done.value);
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.evaluation).toEqual({ rating: 4, feedback: evaluation.feedback, grade: 8, nextTime });
    const nl = renderPlanMarkdown(plan.value, { locale: 'nl' });
    expect(nl.ok && nl.value).toContain(
      `- Rapportcijfer: 8\n- Cijfer: 4/5\n- Feedback: ${evaluation.feedback}\n- Volgende keer anders: ${nextTime}`,
    );
    // A conversation evaluated as before 0.2 (a rating only) gives the POP it always gave.
    const old = replay(developmentEvents, { input: developmentInput });
    const oldPlan = old.ok ? createDevelopmentPlan(old.value) : old;
    expect(oldPlan.ok && oldPlan.value.evaluation).toEqual({ rating: 4, feedback: evaluation.feedback });
    // Erasing the evaluation erases what to do differently too.
    const erased = redact(done.value, {
      target: { kind: 'evaluation' },
      at: '2027-04-01T09:00:00+02:00',
      by: 'hr-1',
      reason: 'erasureRequest',
    });
    expect(erased.ok).toBe(true);
    expect(JSON.stringify(erased.ok && erased.value)).not.toContain(nextTime);
  });
});
