// One evaluation per side: the manager evaluating after the employee keeps the employee's, and the
// same side evaluating again replaces only its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { evaluationsOf, findingMessage, migrateConversation, replay, transition } from '../../src/index.js';
import { conversationSchema } from '../../src/schemas/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const evaluateAt = developmentEvents.findIndex((event) => event.type === 'evaluate');
const before = developmentEvents.slice(0, evaluateAt);
const conclude = developmentEvents[evaluateAt + 1] as ConversationEventInput;

/** 10:54 local plus `second` seconds. */
const at = (second: number) =>
  `2027-03-15T10:${String(54 + Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}+01:00`;

type Side = 'employee' | 'manager';
const evaluate = (by: Side, second: number, grade: number, more: Record<string, unknown> = {}): ConversationEventInput =>
  ({ type: 'evaluate', at: at(second), by, grade, feedback: `${by} ${grade}`, ...more }) as ConversationEventInput;

function stateAfter(events: readonly ConversationEventInput[]): Conversation {
  const done = replay([...before, ...events], { input: developmentInput });
  if (!done.ok) throw new Error(JSON.stringify(done.findings));
  return done.value;
}

/** Stepwise transitions give the same JSON text as replay, and the schema reads it back unchanged. */
function sameEveryWay(events: readonly ConversationEventInput[]): Conversation {
  let state = stateAfter([]);
  for (const event of events) {
    const next = transition(state, event);
    if (!next.ok) throw new Error(JSON.stringify(next.findings));
    state = next.value.conversation;
  }
  const replayed = stateAfter(events);
  expect(JSON.stringify(replayed)).toBe(JSON.stringify(state));
  expect(JSON.stringify(conversationSchema.parse(JSON.parse(JSON.stringify(state))))).toBe(JSON.stringify(state));
  return state;
}

describe('each side evaluates the conversation', () => {
  it('keeps the employee’s evaluation when the manager evaluates after, and `evaluation` is the latest', () => {
    const state = sameEveryWay([evaluate('employee', 0, 8, { nextTime: 'Agenda eerder delen' }), evaluate('manager', 60, 7), conclude]);
    expect(state.evaluations?.employee).toMatchObject({ grade: 8, nextTime: 'Agenda eerder delen', by: 'employee' });
    expect(state.evaluations?.manager).toMatchObject({ grade: 7, by: 'manager' });
    expect(state.evaluation).toEqual(state.evaluations?.manager);
    expect(Object.keys(state.evaluations ?? {})).toEqual(['employee', 'manager']);
    // Stored and migrated, it is the same text: a new optional key of version 2, no migration.
    const migrated = migrateConversation(JSON.parse(JSON.stringify(state)));
    expect(migrated.ok && JSON.stringify(migrated.value)).toBe(JSON.stringify(state));
  });

  it('evaluationsOf answers a frozen copy, and nothing for a state it cannot read', () => {
    const employee = { grade: 8, feedback: 'Fijn gesprek', by: 'employee' as const, at: '2027-03-15T11:00:00+01:00' };
    const read = evaluationsOf({ evaluation: employee });
    expect(read.employee).toEqual(employee);
    expect(read.employee === employee).toBe(false);
    expect(Object.isFrozen(read.employee)).toBe(true);
    const hostile = new Proxy({} as Conversation, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(evaluationsOf(hostile)).toEqual({});
  });

  it('writes `evaluations` after the host’s meta, where the schema reads it: one key order', () => {
    const input = { ...developmentInput, meta: { row: 7 } };
    const start = replay(before, { input });
    if (!start.ok) throw new Error('replay');
    const one = transition(start.value, evaluate('employee', 0, 8));
    const both = one.ok ? transition(one.value.conversation, evaluate('manager', 30, 7)) : one;
    if (!both.ok) throw new Error(JSON.stringify(both.findings));
    const state = both.value.conversation;
    expect(Object.keys(state).slice(-2)).toEqual(['meta', 'evaluations']);
    expect(JSON.stringify(conversationSchema.parse(JSON.parse(JSON.stringify(state))))).toBe(JSON.stringify(state));
    const replayed = replay([...before, evaluate('employee', 0, 8), evaluate('manager', 30, 7)], { input });
    expect(replayed.ok && JSON.stringify(replayed.value)).toBe(JSON.stringify(state));
  });

  it('writes nothing new while only one side evaluated: a state as earlier versions wrote it', () => {
    const state = sameEveryWay([evaluate('manager', 0, 6), evaluate('manager', 30, 7)]);
    expect('evaluations' in state).toBe(false);
    expect(evaluationsOf(state)).toEqual({ manager: state.evaluation });
  });

  it('replaces only its own when the same side evaluates again, and keeps the readers it chose', () => {
    const state = sameEveryWay([
      evaluate('employee', 0, 6, { visibility: 'private' }),
      evaluate('manager', 30, 7),
      evaluate('employee', 60, 9),
    ]);
    expect(state.evaluations?.employee).toMatchObject({ grade: 9, visibility: 'private', at: at(60) });
    expect(state.evaluations?.manager).toMatchObject({ grade: 7, at: at(30) });
    expect(state.evaluation).toEqual(state.evaluations?.employee);
  });

  it('shares a side’s own evaluation, in both places it is kept', () => {
    const state = stateAfter([
      evaluate('manager', 0, 7, { visibility: 'private' }),
      evaluate('employee', 30, 8, { visibility: 'private' }),
    ]);
    const share = (by: Side, second: number) =>
      ({ type: 'shareText', at: at(second), by, text: { kind: 'evaluation' }, visibility: 'shared' }) as ConversationEventInput;
    const manager = sameEveryWay([
      evaluate('manager', 0, 7, { visibility: 'private' }),
      evaluate('employee', 30, 8, { visibility: 'private' }),
      share('manager', 60),
    ]);
    // `shared` is the default, left out of the record.
    expect(manager.evaluations?.manager).not.toHaveProperty('visibility');
    expect(manager.evaluations?.employee?.visibility).toBe('private');
    expect(manager.evaluation?.visibility).toBe('private');
    const employee = transition(state, share('employee', 60));
    expect(employee.ok).toBe(true);
    expect(employee.ok && employee.value.conversation.evaluation).not.toHaveProperty('visibility');
    expect(employee.ok && employee.value.conversation.evaluations?.employee).not.toHaveProperty('visibility');
    expect(employee.ok && employee.value.conversation.evaluations?.manager?.visibility).toBe('private');
  });

  it('leaves exactly the latest evaluation of each side, whatever the order (fast-check)', () => {
    const step = fc.record({ by: fc.constantFrom<Side>('employee', 'manager'), grade: fc.integer({ min: 1, max: 10 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const events = steps.map((s, i) => evaluate(s.by, i * 5, s.grade, { feedback: `${s.by} ${i}` }));
        const state = sameEveryWay(events);
        const last = steps.length - 1;
        for (const side of ['employee', 'manager'] as const) {
          const index = steps.map((s) => s.by).lastIndexOf(side);
          expect(evaluationsOf(state)[side]?.feedback).toBe(index < 0 ? undefined : `${side} ${index}`);
        }
        expect(state.evaluation?.feedback).toBe(`${steps[last]?.by} ${last}`);
        expect('evaluations' in state).toBe(new Set(steps.map((s) => s.by)).size === 2);
      }),
      { numRuns: 40 },
    );
  });

  it('still asks for an evaluation before concluding in strict mode, and one side’s is enough', () => {
    const strict = { ...developmentInput, strictness: 'strict' as const };
    const bare = replay(before, { input: strict });
    if (!bare.ok) throw new Error('replay');
    const refused = transition(bare.value, conclude);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.findings.map((f) => f.code)).toContain('conversation.guard.evaluationGiven');
    const one = transition(bare.value, evaluate('manager', 0, 7));
    expect(one.ok && transition(one.value.conversation, conclude).ok).toBe(true);
  });

  it('notes on conclusion that one side has not evaluated yet, and says nothing once both have', () => {
    const one = transition(stateAfter([evaluate('employee', 0, 8)]), conclude);
    if (!one.ok) throw new Error(JSON.stringify(one.findings));
    const note = one.findings.find((f) => f.code === 'conversation.conclude.oneSideEvaluated');
    expect(note?.severity).toBe('info');
    expect(note?.params).toEqual({ missing: 'manager' });
    expect(note && findingMessage(note, 'nl')).toBe(
      'De leidinggevende heeft het gesprek nog niet geëvalueerd; vraag ook hoe die het gesprek heeft ervaren, zodat beide kanten weten wat er volgende keer anders kan.',
    );
    const both = transition(stateAfter([evaluate('employee', 0, 8), evaluate('manager', 30, 7)]), conclude);
    expect(both.ok && both.findings.map((f) => f.code)).not.toContain('conversation.conclude.oneSideEvaluated');
    expect(both.ok).toBe(true);
  });
});
