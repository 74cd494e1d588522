// Both sides' evaluations under privacy: each read, erased and exported by its own writer's choice.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, RedactTarget } from '../../src/index.js';
import { createDevelopmentPlan, erasedText, eventsVisibleTo, exportForSubject, redact, replay, viewFor } from '../../src/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';

const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
const employeeWords = 'Fijn dat ik zelf de oplossing mocht voorstellen.';
const managerWords = 'Sanne kan meer regie nemen.';

/** The fixture's events, evaluated by the employee (shared) and then the manager (private), concluded. */
function bothEvents(): ConversationEventInput[] {
  return [
    ...developmentEvents.slice(0, evaluateAt),
    { type: 'evaluate', at: '2027-03-15T10:54:00+01:00', by: 'employee', grade: 8, feedback: employeeWords },
    { type: 'evaluate', at: '2027-03-15T10:55:00+01:00', by: 'manager', grade: 6, feedback: managerWords, visibility: 'private' },
    ...developmentEvents.slice(evaluateAt + 1),
  ] as ConversationEventInput[];
}

function bothEvaluated(): Conversation {
  const done = replay(bothEvents(), { input: developmentInput });
  if (!done.ok) throw new Error(JSON.stringify(done.findings));
  return done.value;
}

const request = (target: RedactTarget) => ({ target, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'erasureRequest' as const });

describe('each side’s evaluation under privacy', () => {
  it('shows each evaluation to whom its writer let read it', () => {
    const state = bothEvaluated();
    const employee = viewFor(state, { id: 'emp-1' });
    if (!employee.ok) throw new Error('view');
    expect(JSON.stringify(employee.value)).not.toContain(managerWords);
    expect(employee.value.evaluation?.feedback).toBe(employeeWords);
    expect('evaluations' in employee.value).toBe(false);
    const manager = viewFor(state, { id: 'mgr-1' });
    if (!manager.ok) throw new Error('view');
    expect(manager.value.evaluations?.employee?.feedback).toBe(employeeWords);
    expect(manager.value.evaluations?.manager?.feedback).toBe(managerWords);
    expect(manager.value.evaluation?.feedback).toBe(managerWords);
  });

  it('shows each side’s evaluate event by how its writer shared that evaluation', () => {
    const log = { input: developmentInput, events: bothEvents() } as never;
    const seen = (id: string) => {
      const events = eventsVisibleTo(log, { id });
      if (!events.ok) throw new Error('events');
      return events.value.filter((entry) => entry.event.type === 'evaluate').map((entry) => entry.event.by);
    };
    expect(seen('emp-1')).toEqual(['employee']);
    expect(seen('mgr-1')).toEqual(['employee', 'manager']);
  });

  it('erases one person’s evaluation only, and the evaluation as a whole both', () => {
    const state = bothEvaluated();
    const manager = redact(state, request({ kind: 'person', id: 'mgr-1' }));
    if (!manager.ok) throw new Error(JSON.stringify(manager.findings));
    expect(JSON.stringify(manager.value)).not.toContain(managerWords);
    expect(manager.value.evaluations?.employee?.feedback).toBe(employeeWords);
    expect(manager.value.evaluation?.feedback).toBe(erasedText);
    const whole = redact(state, request({ kind: 'evaluation' }));
    if (!whole.ok) throw new Error(JSON.stringify(whole.findings));
    expect(JSON.stringify(whole.value)).not.toContain(managerWords);
    expect(JSON.stringify(whole.value)).not.toContain(employeeWords);
    // Two texts erased: the latest is the manager's own, not a third.
    expect(whole.findings.find((f) => f.code === 'privacy.redact.erased')?.params).toEqual({ count: 2 });
  });

  it('lists the manager’s private evaluation once as withheld from the employee', () => {
    const answer = exportForSubject({ conversations: [bothEvaluated()] }, 'emp-1');
    if (!answer.ok) throw new Error('export');
    expect(answer.value.withheld.filter((text) => text.text.kind === 'evaluation')).toEqual([
      { conversationId: developmentInput.id, text: { kind: 'evaluation' }, author: 'manager' },
    ]);
  });

  it('erases one side’s evaluation from the POP by its writer', () => {
    const done = replay(
      [
        ...developmentEvents.slice(0, evaluateAt),
        { type: 'evaluate', at: '2027-03-15T10:54:00+01:00', by: 'employee', grade: 8, feedback: employeeWords },
        { type: 'evaluate', at: '2027-03-15T10:55:00+01:00', by: 'manager', grade: 6, feedback: managerWords },
        ...developmentEvents.slice(evaluateAt + 1),
      ] as ConversationEventInput[],
      { input: developmentInput },
    );
    if (!done.ok) throw new Error('replay');
    const plan = createDevelopmentPlan(done.value);
    if (!plan.ok) throw new Error('plan');
    const erased = redact(plan.value, request({ kind: 'person', id: 'mgr-1' }));
    if (!erased.ok) throw new Error(JSON.stringify(erased.findings));
    expect(JSON.stringify(erased.value)).not.toContain(managerWords);
    expect(erased.value.evaluation?.bySide?.employee?.feedback).toBe(employeeWords);
  });
});
