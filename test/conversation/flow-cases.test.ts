// The conversation's own moves, worked out case by case: the visits a start writes, the last phase,
// postponing (its record, its severity, the running visit), and what a conclusion warns about.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved } from './outcomes.js';

const input = { ...developmentInput, templateVersion: 1 as const };
const at = (time: string) => `2027-03-15T${time}:00+01:00`;
const index = (type: ConversationEventInput['type']) => developmentEvents.findIndex((event) => event.type === type);

function state(events: readonly ConversationEventInput[], strictness: 'relaxed' | 'standard' | 'strict' = 'standard'): Conversation {
  const result = replay(events, { input: { ...input, strictness } });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('starting', () => {
  it('counts the preparation from the last event before the start, and opens the first phase', () => {
    const prepared = state(developmentEvents.slice(0, index('start')));
    const started = moved(transition(prepared, { type: 'start', at: at('10:00'), by: 'manager' }));
    expect(started.phaseHistory.map((visit) => JSON.stringify(visit))).toEqual([
      JSON.stringify({ phase: 'preparation', enteredAt: prepared.updatedAt, leftAt: at('10:00'), by: 'manager' }),
      JSON.stringify({ phase: 'setStatus', enteredAt: at('10:00'), by: 'manager' }),
    ]);
    expect([started.status, started.startedAt, started.phase]).toEqual(['inProgress', at('10:00'), 'setStatus']);
  });

  it('resumes a postponed conversation in its phase, with a new visit, keeping when it first started', () => {
    const inStatus = state(developmentEvents.slice(0, index('start') + 1));
    const postponed = moved(transition(inStatus, { type: 'postpone', at: at('10:10'), by: 'manager', reason: 'Brand', emergency: true }));
    const resumed = moved(transition(postponed, { type: 'start', at: '2027-03-17T10:00:00+01:00', by: 'employee' }));
    expect(resumed.phaseHistory.slice(1).map((visit) => JSON.stringify(visit))).toEqual([
      JSON.stringify({ phase: 'setStatus', enteredAt: at('10:00'), leftAt: at('10:10'), by: 'manager' }),
      JSON.stringify({ phase: 'setStatus', enteredAt: '2027-03-17T10:00:00+01:00', by: 'employee' }),
    ]);
    expect([resumed.status, resumed.startedAt]).toEqual(['inProgress', at('10:00')]);
  });
});

describe('moving between phases', () => {
  it('refuses to go past the last phase, naming it, and closes each visit as the next begins', () => {
    const inEvaluation = state(developmentEvents.slice(0, index('evaluate')));
    const refused = transition(inEvaluation, { type: 'nextPhase', at: at('10:53'), by: 'manager' });
    expect(refused.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['conversation.phase.last', ['type'], { phase: inEvaluation.phase }],
    ]);
    const history = inEvaluation.phaseHistory;
    for (let i = 1; i < history.length; i++) expect(history[i - 1]?.leftAt).toBe(history[i]?.enteredAt);
    expect(history.at(-1)?.leftAt).toBeUndefined();
  });
});

describe('postponing', () => {
  const started = () => state(developmentEvents.slice(0, index('start') + 1));

  it('keeps the date unless it is an emergency: a warning in relaxed mode, refused otherwise', () => {
    const relaxed = state(developmentEvents.slice(0, index('start') + 1), 'relaxed');
    const warned = transition(relaxed, { type: 'postpone', at: at('10:10'), by: 'manager', reason: 'Druk' });
    expect(warned.ok).toBe(true);
    expect(warned.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['conversation.postpone.dateIsKept', 'warning', ['emergency']],
    ]);
    const strict = state(developmentEvents.slice(0, index('start') + 1), 'strict');
    expect(
      transition(strict, { type: 'postpone', at: at('10:10'), by: 'manager', reason: 'Druk' }).findings.map((f) => f.severity),
    ).toEqual(['error']);
  });

  it('refuses a new start at the moment of postponing, and records the postponement in one key order', () => {
    const refused = transition(started(), {
      type: 'postpone',
      at: at('10:10'),
      by: 'manager',
      reason: 'Ziek',
      emergency: true,
      newStart: at('10:10'),
    });
    expect(refused.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['conversation.postpone.newStartNotAfter', ['newStart'], { newStart: at('10:10'), at: at('10:10') }],
    ]);
    const postponed = moved(
      transition(started(), { type: 'postpone', at: at('10:10'), by: 'employee', reason: 'Ziek', emergency: true, newStart: at('10:11') }),
    );
    expect(JSON.stringify(postponed.postponement)).toBe(
      JSON.stringify({ reason: 'Ziek', emergency: true, at: at('10:10'), by: 'employee', newStart: at('10:11') }),
    );
    expect(postponed.plannedStart).toBe(at('10:11'));
    expect(postponed.phaseHistory.at(-1)?.leftAt).toBe(at('10:10'));
  });

  it('leaves the preparation’s history alone when a planned conversation is postponed', () => {
    const planned = state(developmentEvents.slice(0, 3));
    const postponed = moved(transition(planned, { type: 'postpone', at: at('08:00'), by: 'manager', reason: 'Ziek', emergency: true }));
    expect(postponed.phaseHistory).toEqual(planned.phaseHistory);
    expect(JSON.stringify(postponed.postponement)).toBe(
      JSON.stringify({ reason: 'Ziek', emergency: true, at: at('08:00'), by: 'manager' }),
    );
    expect(postponed.plannedStart).toBe(planned.plannedStart);
  });
});

describe('concluding', () => {
  const inEvaluation = (kind: 'development' | 'career' = 'development') => {
    const events = developmentEvents.slice(0, -1);
    const result = replay(events, { input: { ...input, kind } });
    return result.ok ? result.value : undefined;
  };

  it('warns about agenda points on rating or pay in a development conversation, with their number', () => {
    const done = inEvaluation() as Conversation;
    const agenda = done.agenda as NonNullable<Conversation['agenda']>;
    const rated = {
      ...done,
      agenda: {
        ...agenda,
        items: agenda.items.map((item) => ({ ...item, topic: 'performanceRating' as const })),
      },
    } as Conversation;
    const concluded = transition(rated, { type: 'conclude', at: at('10:58'), by: 'manager' });
    const drift = concluded.findings.filter((f) => f.code === 'conversation.conclude.evaluativeDrift');
    expect(drift.map((f) => [f.severity, f.path, f.params])).toEqual([['warning', ['agenda'], { count: agenda.items.length }]]);
    const plain = transition(done, { type: 'conclude', at: at('10:58'), by: 'manager' });
    expect(plain.findings.filter((f) => f.code === 'conversation.conclude.evaluativeDrift')).toEqual([]);
  });

  it('writes the conclusion as a visit of no length, closing the last phase', () => {
    const done = moved(transition(inEvaluation() as Conversation, { type: 'conclude', at: at('10:58'), by: 'employee' }));
    expect(done.phaseHistory.slice(-2).map((visit) => JSON.stringify(visit))).toEqual([
      JSON.stringify({ phase: 'evaluation', enteredAt: developmentEvents.at(-3)?.at, leftAt: at('10:58'), by: 'manager' }),
      JSON.stringify({ phase: 'concluded', enteredAt: at('10:58'), leftAt: at('10:58'), by: 'employee' }),
    ]);
    expect([done.status, done.concludedAt, done.phase]).toEqual(['concluded', at('10:58'), 'concluded']);
  });
});

describe('going back, resuming later on, and what is left out', () => {
  const third = () => state(developmentEvents.slice(0, index('addNeed')));

  it('goes back to the first talk phase from the second, never into the preparation, and says where it is', () => {
    const inSecond = state(
      developmentEvents.slice(0, developmentEvents.findIndex((e, i) => i > index('start') && e.type === 'nextPhase') + 1),
    );
    const back = moved(transition(inSecond, { type: 'previousPhase', at: at('10:09'), by: 'manager' }));
    expect(back.phase).toBe('setStatus');
    const refused = transition(back, { type: 'previousPhase', at: at('10:10'), by: 'manager' });
    expect(refused.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['conversation.phase.noBack', ['type'], { phase: 'setStatus' }],
    ]);
  });

  it('resumes a conversation postponed in a later phase in that phase', () => {
    const later = third();
    const postponed = moved(transition(later, { type: 'postpone', at: at('10:15'), by: 'manager', reason: 'Brand', emergency: true }));
    const resumed = moved(transition(postponed, { type: 'start', at: '2027-03-17T10:00:00+01:00', by: 'manager' }));
    expect(resumed.phase).toBe(later.phase);
    expect(resumed.phase).not.toBe('setStatus');
  });

  it('leaves out what a visit or a postponement does not have, rather than writing it empty', () => {
    const running = state(developmentEvents.slice(0, index('start') + 1));
    expect(Object.keys(running.phaseHistory.at(-1) ?? {})).toEqual(['phase', 'enteredAt', 'by']);
    const postponed = moved(transition(running, { type: 'postpone', at: at('10:07'), by: 'manager', reason: 'Brand', emergency: true }));
    expect(Object.keys(postponed.postponement ?? {})).toEqual(['reason', 'emergency', 'at', 'by']);
  });

  it('concluding, notes the side that did not evaluate, and says nothing of drift outside a development conversation', () => {
    const inEvaluation = state(developmentEvents.slice(0, -1));
    const concluded = transition(inEvaluation, { type: 'conclude', at: at('10:58'), by: 'manager' });
    expect(
      concluded.findings.filter((f) => f.code === 'conversation.conclude.oneSideEvaluated').map((f) => [f.severity, f.path, f.params]),
    ).toEqual([['info', ['evaluations', 'manager'], { missing: 'manager' }]]);
    const byManager = moved(
      transition(state(developmentEvents.slice(0, -2)), { type: 'evaluate', at: at('10:54'), by: 'manager', rating: 4, feedback: 'Goed.' }),
    );
    const managerOnly = transition(byManager, { type: 'conclude', at: at('10:58'), by: 'manager' });
    expect(managerOnly.findings.filter((f) => f.code === 'conversation.conclude.oneSideEvaluated').map((f) => [f.path, f.params])).toEqual([
      [['evaluations', 'employee'], { missing: 'employee' }],
    ]);
    // The same state as a career conversation, its agenda all about pay.
    const agenda = inEvaluation.agenda as NonNullable<Conversation['agenda']>;
    const rated = {
      ...inEvaluation,
      kind: 'career',
      agenda: { ...agenda, items: agenda.items.map((item) => ({ ...item, topic: 'pay' as const })) },
    } as Conversation;
    expect(
      transition({ ...rated, kind: 'development' } as Conversation, { type: 'conclude', at: at('10:58'), by: 'manager' }).findings.map(
        (f) => f.code,
      ),
    ).toContain('conversation.conclude.evaluativeDrift');
    const done = transition(rated, { type: 'conclude', at: at('10:58'), by: 'manager' });
    expect(done.ok).toBe(true);
    expect(done.findings.map((f) => f.code)).not.toContain('conversation.conclude.evaluativeDrift');
  });
});
