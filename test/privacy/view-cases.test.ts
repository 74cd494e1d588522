// Worked cases for what one person sees of a conversation (view.ts): an employee of 57 whose HR
// adviser answered a question for her, a purpose with a goal for three years, the manager's private
// answer erased on request, and the POP it follows.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation, findingMessage, redact, transition, viewFor } from '../../src/index.js';
import { inputAfterPlan } from './arbitraries.js';

function conversation(): Conversation {
  const created = createConversation({ ...inputAfterPlan, employeeAge: { birthYear: 1969, on: '2027-03-01' } });
  if (!created.ok) throw new Error(JSON.stringify(created.findings));
  let state = created.value;
  const events: ConversationEventInput[] = [
    {
      type: 'answerPreparation',
      at: '2027-03-10T09:00:00+01:00',
      by: 'hrAdviser',
      onBehalfOf: 'employee',
      questionId: 'q1',
      answer: 'Ik wil minder uren werken.',
    },
    {
      type: 'setPurpose',
      at: '2027-03-10T09:05:00+01:00',
      by: 'employee',
      purpose: 'Mijn rol na de reorganisatie',
      overarchingGoal: 'Over drie jaar teamleider',
    },
    {
      type: 'answerPreparation',
      at: '2027-03-10T09:10:00+01:00',
      by: 'manager',
      questionId: 'm1',
      answer: 'Zorgen over haar verzuim.',
      visibility: 'private',
    },
    { type: 'mergeAgenda', at: '2027-03-10T09:15:00+01:00', by: 'manager' },
  ];
  for (const event of events) {
    const next = transition(state, event);
    if (!next.ok) throw new Error(JSON.stringify(next.findings));
    state = next.value.conversation;
  }
  const erased = redact(state, {
    target: { kind: 'preparationAnswer', side: 'manager', questionId: 'm1' },
    at: '2029-05-01T09:00:00+02:00',
    by: 'privacy-officer',
    reason: 'erasureRequest',
  });
  if (!erased.ok) throw new Error(JSON.stringify(erased.findings));
  return erased.value;
}

/** What the case is about, per viewer. */
function seenBy(state: Conversation, id: string) {
  const view = viewFor(state, { id });
  if (!view.ok) throw new Error(JSON.stringify(view.findings));
  const v = view.value;
  return {
    age: v.employeeAge,
    purpose: v.purpose,
    goal: v.overarchingGoal,
    actsOnBehalf: v.actsOnBehalf?.map((act) => `${act.actor} for ${act.onBehalfOf}`),
    erasures: v.erasures?.map((record) => record.text.kind),
    carried: v.previousOpenAgreements.map((agreement) => agreement.id),
    wishes: v.previousNextTime?.length,
    agenda: v.agenda === null ? null : v.agenda.items.map((item) => item.title),
  };
}

describe('viewFor: worked cases', () => {
  const state = conversation();

  it('gives the employee her age as a band, the purpose and her goal, the act done for her, the agenda and the POP she comes from', () => {
    expect(seenBy(state, 'emp-1')).toStrictEqual({
      age: { band: '55plus' },
      purpose: 'Mijn rol na de reorganisatie',
      goal: 'Over drie jaar teamleider',
      actsOnBehalf: ['hr-7 for employee'],
      // The manager's erased answer was his own: its tombstone is his to see.
      erasures: [],
      carried: ['prev-reint', 'prev-debt'],
      wishes: 2,
      // The agenda: the two agreements carried open from the POP, by their words.
      agenda: ['Schuldhulpverlening regelen via het maatschappelijk werk', 'Re-integratieplan na burn-out volgen met de bedrijfsarts'],
    });
  });

  it('gives the manager the same, with the tombstone of his own erased answer, but not what the adviser did for the employee', () => {
    expect(seenBy(state, 'mgr-1')).toStrictEqual({
      age: { band: '55plus' },
      purpose: 'Mijn rol na de reorganisatie',
      goal: 'Over drie jaar teamleider',
      actsOnBehalf: [],
      erasures: ['preparationAnswer'],
      carried: ['prev-reint', 'prev-debt'],
      wishes: 2,
      // The agenda: the two agreements carried open from the POP, by their words.
      agenda: ['Schuldhulpverlening regelen via het maatschappelijk werk', 'Re-integratieplan na burn-out volgen met de bedrijfsarts'],
    });
  });

  it('gives the HR adviser what she did herself, and neither the age, the purpose, the goal, the agenda nor the POP of the two sides', () => {
    expect(seenBy(state, 'hr-7')).toStrictEqual({
      age: undefined,
      purpose: null,
      goal: null,
      actsOnBehalf: ['hr-7 for employee'],
      erasures: [],
      carried: [],
      wishes: undefined,
      agenda: null,
    });
  });

  it('gives a mentor who sits in none of it', () => {
    expect(seenBy(state, 'men-2')).toStrictEqual({
      age: undefined,
      purpose: null,
      goal: null,
      actsOnBehalf: [],
      erasures: [],
      carried: [],
      wishes: undefined,
      agenda: null,
    });
  });

  it('follows the conversation’s role without a word when the caller gives the same one', () => {
    const view = viewFor(state, { id: 'men-2', role: 'mentor' });
    expect(view.ok && view.value.viewer).toStrictEqual({ id: 'men-2', role: 'mentor' });
    expect(view.findings).toStrictEqual([]);
    const unsaid = viewFor(state, { id: 'hr-7' });
    expect(unsaid.findings).toStrictEqual([]);
    const other = viewFor(state, { id: 'hr-7', role: 'mentor' });
    expect(other.findings.map((f) => [f.path, findingMessage(f, 'en')])).toHaveLength(1);
    expect(other.findings[0]?.path).toStrictEqual(['viewer', 'role']);
  });
});
