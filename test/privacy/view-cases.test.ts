// Worked cases for what one person sees of a conversation (view.ts): an employee of 57 whose HR
// adviser answered a question for her, a purpose with a goal for three years, the manager's private
// answer erased on request, and the POP it follows.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation, exampleFunctionProfiles, findingMessage, planViewFor, redact, transition, viewFor } from '../../src/index.js';
import { sampleContent, samplePlan } from '../plan/fixtures.js';
import { drive, input, inputAfterPlan } from './arbitraries.js';

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

/** A conversation of the fixture, with the events sent onto it. */
function withEvents(start: Conversation, ...events: ConversationEventInput[]): Conversation {
  let state = start;
  for (const event of events) {
    const next = transition(state, event);
    if (!next.ok) throw new Error(JSON.stringify(next.findings));
    state = next.value.conversation;
  }
  return state;
}

function plain(): Conversation {
  const created = createConversation(input);
  if (!created.ok) throw new Error(JSON.stringify(created.findings));
  return created.value;
}

const view = (state: Conversation, id: string) => {
  const seen = viewFor(state, { id });
  if (!seen.ok) throw new Error(JSON.stringify(seen.findings));
  return seen.value;
};

describe('viewFor: what is there and what is not', () => {
  it('leaves out of a view what the conversation does not have: wishes from a previous POP, feedback requests, scans', () => {
    const employee = view(plain(), 'emp-1');
    expect('previousNextTime' in employee).toBe(false);
    expect('feedbackRequests' in employee.preparation).toBe(false);
    expect('competences' in employee.preparation).toBe(false);
    expect('feedback' in employee.preparation).toBe(false);
    // A mentor sees no agenda points of either side, as two empty lists.
    expect(view(plain(), 'men-2').agendaPoints).toStrictEqual({ employee: [], manager: [] });
  });

  it('shows the employee a note the manager named himself', () => {
    const moved = drive(
      Array.from({ length: 2 }, () => ({ what: 'move', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 }) as const),
    );
    const noted = withEvents(moved.state, {
      type: 'addNote',
      at: '2027-03-15T10:10:00+01:00',
      by: 'manager',
      id: 'afspraak-bedrijfsarts',
      text: 'Afspraak met de bedrijfsarts volgt.',
    });
    expect(view(noted, 'emp-1').notes.map((note) => note.id)).toStrictEqual(['afspraak-bedrijfsarts']);
    expect(view(noted, 'men-2').notes).toStrictEqual([]);
  });

  it('shows the two sides why the talk was cancelled, and a mentor only that it was', () => {
    const cancelled = withEvents(plain(), {
      type: 'cancel',
      at: '2027-03-12T09:00:00+01:00',
      by: 'manager',
      reason: 'Sanne is langdurig ziek gemeld.',
    });
    expect(view(cancelled, 'emp-1').cancellation?.reason).toBe('Sanne is langdurig ziek gemeld.');
    expect(view(cancelled, 'men-2').status).toBe('cancelled');
    expect(view(cancelled, 'men-2').cancellation).toBeNull();
  });

  it('gives the HR adviser the manager’s evaluation for the personnel file, and not the employee’s private one beside it', () => {
    const moved = drive(
      Array.from({ length: 9 }, () => ({ what: 'move', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 }) as const),
    );
    const evaluated = withEvents(
      moved.state,
      {
        type: 'evaluate',
        at: '2027-03-15T11:00:00+01:00',
        by: 'employee',
        rating: 4,
        feedback: 'Ik wil dit liever niet delen.',
        visibility: 'private',
      },
      { type: 'evaluate', at: '2027-03-15T11:01:00+01:00', by: 'manager', rating: 3, feedback: 'Verzuim besproken.', visibility: 'hr' },
    );
    const hr = view(evaluated, 'hr-7');
    expect(hr.evaluation?.feedback).toBe('Verzuim besproken.');
    expect('evaluations' in hr).toBe(false);
    const manager = view(evaluated, 'mgr-1');
    expect(manager.evaluation?.feedback).toBe('Verzuim besproken.');
    expect('evaluations' in manager).toBe(false);
  });

  it('refuses a viewer that is no viewer, someone who does not take part and a conversation that is none, each under its name', () => {
    const state = plain();
    const none = viewFor(state, { id: '' });
    expect(none.ok).toBe(false);
    expect(none.findings.length).toBeGreaterThan(0);
    expect(none.findings.every((f) => f.path[0] === 'viewer')).toBe(true);
    const outsider = viewFor(state, { id: 'extern-9' });
    expect(outsider.findings.map((f) => [f.code, f.path])).toStrictEqual([['privacy.viewer.notParticipant', ['viewer', 'id']]]);
    const garbage = viewFor({ id: 'c-privacy' } as unknown as Conversation, { id: 'emp-1' });
    expect(garbage.ok).toBe(false);
    expect(garbage.findings.length).toBeGreaterThan(0);
  });
});

describe('planViewFor: worked cases', () => {
  const plan = samplePlan({ ...sampleContent(), sharedWith: ['men-2'] });

  it('gives the manager the whole plan with himself as its viewer, and a mentor it is shared with as a mentor unless said otherwise', () => {
    const manager = planViewFor(plan, { id: plan.manager.id });
    expect(manager.ok && manager.value.viewer).toStrictEqual({ id: plan.manager.id, role: 'manager' });
    expect(manager.ok && [manager.value.id, manager.value.goals.length, manager.value.hash]).toStrictEqual([
      plan.id,
      plan.goals.length,
      plan.hash,
    ]);
    const mentor = planViewFor(plan, { id: 'men-2' });
    expect(mentor.ok && mentor.value.viewer).toStrictEqual({ id: 'men-2', role: 'mentor' });
    const skip = planViewFor(plan, { id: 'men-2', role: 'skipLevelManager' });
    expect(skip.ok && skip.value.viewer).toStrictEqual({ id: 'men-2', role: 'skipLevelManager' });
  });

  it('gives the HR adviser a plan in the personnel file with herself as its viewer', () => {
    const filed = samplePlan({ ...sampleContent(), visibility: 'hr' });
    const adviser = planViewFor(filed, { id: 'hr-7', role: 'hrAdviser' });
    expect(adviser.ok && adviser.value.viewer).toStrictEqual({ id: 'hr-7', role: 'hrAdviser' });
  });

  it('refuses a viewer that is no viewer, someone the plan is not for and a plan that is none, each under its name', () => {
    const none = planViewFor(plan, { id: '' });
    expect(none.ok).toBe(false);
    expect(none.findings.length).toBeGreaterThan(0);
    expect(none.findings.every((f) => f.path[0] === 'viewer')).toBe(true);
    const outsider = planViewFor(plan, { id: 'extern-9' });
    expect(outsider.findings.map((f) => [f.code, f.path])).toStrictEqual([['privacy.viewer.notParticipant', ['viewer', 'id']]]);
    const garbage = planViewFor({ id: 'pop-1' } as never, { id: plan.employee.id });
    expect(garbage.ok).toBe(false);
    expect(garbage.findings.length).toBeGreaterThan(0);
    expect(garbage.findings.every((f) => f.path[0] === 'plan')).toBe(true);
  });
});

describe('viewFor: the two competence scans', () => {
  const made = createConversation({ ...input, functionProfile: exampleFunctionProfiles.nl });
  if (!made.ok) throw new Error(JSON.stringify(made.findings));
  const at = '2027-03-08T09:00:00+01:00';
  const scans = (employee: 'shared' | 'private', manager: 'shared' | 'private') =>
    withEvents(
      made.value,
      {
        type: 'assessCompetences',
        at,
        by: 'employee',
        estimates: [{ competenceId: 'planning', level: 1 }],
        visibility: employee,
      },
      { type: 'assessCompetences', at, by: 'manager', estimates: [{ competenceId: 'planning', level: 3 }], visibility: manager },
    );
  const levels = (state: Conversation, id: string) => {
    const competences = view(state, id).preparation.competences;
    return competences === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(competences).map(([side, scan]) => [side, scan?.estimates.map((estimate: { level: number }) => estimate.level)]),
        );
  };

  it('shows each side the other’s scan only once shared, and never a side that is not there', () => {
    const employeeShares = scans('shared', 'private');
    expect(levels(employeeShares, 'emp-1')).toStrictEqual({ employee: [1] });
    expect(levels(employeeShares, 'mgr-1')).toStrictEqual({ employee: [1], manager: [3] });
    const managerShares = scans('private', 'shared');
    expect(levels(managerShares, 'emp-1')).toStrictEqual({ employee: [1], manager: [3] });
    expect(levels(managerShares, 'mgr-1')).toStrictEqual({ manager: [3] });
    // A mentor reads neither, and gets no competences at all.
    expect(levels(employeeShares, 'men-2')).toBeUndefined();
  });
});
