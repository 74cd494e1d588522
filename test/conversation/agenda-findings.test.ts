import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Finding, Result } from '../../src/index.js';
import { agendaProgress, createConversation, replay, transition } from '../../src/index.js';
import { findingKey } from '../../src/conversation/agenda-findings.js';
import { deficitWords } from '../../src/conversation/deficit.js';
import { developmentInput } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(' | '));
  return result.value;
}

const at = (minute: number): string => {
  const local = new Date(Date.parse('2027-03-08T09:00:00Z') + 3_600_000 + minute * 60_000).toISOString().slice(0, 19);
  return `${local}+01:00`;
};

/** The whole current set of agenda findings, read from a copy of the state as storage gives it back. */
function currentKeys(state: Conversation): Set<string> {
  const stored = JSON.parse(JSON.stringify(state)) as Conversation;
  return new Set(agendaProgress(stored).findings.map(findingKey));
}

const agendaFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.code.startsWith('agenda.'));

const start = value(createConversation(developmentInput));

function apply(state: Conversation, events: readonly ConversationEventInput[]): { state: Conversation; findings: Finding[][] } {
  const findings: Finding[][] = [];
  for (const event of events) {
    const result = transition(state, event);
    state = value(result).conversation;
    findings.push(agendaFindings(result.findings));
  }
  return { state, findings };
}

describe('an agenda finding is reported once, on the event that caused it', () => {
  const prepared = apply(start, [
    {
      type: 'addAgendaPoint',
      at: at(0),
      by: 'employee',
      point: { id: 'e1', title: 'Presenteren voor klanten', priority: 'must', minutes: 15 },
    },
    {
      type: 'addAgendaPoint',
      at: at(1),
      by: 'employee',
      point: { id: 'e2', title: 'Werkdruk in het team', priority: 'should', minutes: 10 },
    },
    { type: 'mergeAgenda', at: at(2), by: 'manager' },
  ]);

  it('says on the merge that the organisation brought no points, and not again when a point is withdrawn or the agenda merged again', () => {
    expect(prepared.findings[2]?.map((f) => f.code)).toContain('agenda.side.organisationEmpty');
    const later = apply(prepared.state, [
      { type: 'withdrawAgendaPoint', at: at(3), by: 'employee', pointId: 'e2' },
      { type: 'mergeAgenda', at: at(4), by: 'manager' },
      { type: 'setPurpose', at: at(5), by: 'employee', purpose: 'Mijn volgende stap bepalen' },
    ]);
    expect(later.findings).toEqual([[], [], []]);
    // The view still has the whole current set.
    expect(agendaProgress(later.state).findings.map((f) => f.code)).toContain('agenda.side.organisationEmpty');
  });

  it('says it again once a later event brings it back', () => {
    const later = apply(prepared.state, [
      { type: 'addAgendaPoint', at: at(3), by: 'manager', point: { id: 'o1', title: 'Planning', priority: 'should', minutes: 5 } },
      { type: 'withdrawAgendaPoint', at: at(4), by: 'manager', pointId: 'o1' },
    ]);
    expect(later.findings.map((list) => list.map((f) => f.code))).toEqual([[], ['agenda.side.organisationEmpty']]);
  });

  it('reports a changed time budget with its new figures, and not an unchanged one', () => {
    const tight = apply(prepared.state, [
      { type: 'setPurpose', at: at(3), by: 'employee', purpose: 'Kort', minutes: 20 },
      { type: 'setPurpose', at: at(4), by: 'employee', purpose: 'Kort, anders gezegd' },
      { type: 'addAgendaPoint', at: at(5), by: 'manager', point: { id: 'o1', title: 'Planning', priority: 'could', minutes: 5 } },
    ]);
    expect(tight.findings[0]?.map((f) => f.code)).toContain('agenda.budget.over');
    expect(tight.findings[1]).toEqual([]);
    const over = tight.findings[2]?.find((f) => f.code === 'agenda.budget.over');
    expect(over?.params).toMatchObject({ minutesNeeded: 30 });
  });
});

/** A random preparation: points of both sides (titles from a small pool, so points join), withdrawals, merges, time. */
/** Overarching goals: two phrased as a deficit, one as a strength. */
const goals = ['Niet meer te laat komen op overleggen', 'Minder fouten maken in offertes', 'Zorgvuldig werken'];
const titles = ['Presenteren voor klanten', 'Werkdruk in het team', 'Beoordeling afgelopen jaar', 'Mentor zoeken'];
const eventArb = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    by: fc.constantFrom('employee' as const, 'manager' as const),
    title: fc.integer({ min: 0, max: titles.length - 1 }),
    topic: fc.constantFrom(undefined, 'competences' as const, 'performanceRating' as const),
    priority: fc.constantFrom('must' as const, 'should' as const, 'could' as const),
    minutes: fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('withdraw' as const), by: fc.constantFrom('employee' as const, 'manager' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('merge' as const) }),
  fc.record({
    kind: fc.constant('purpose' as const),
    minutes: fc.option(fc.constantFrom(20, 30, 45, 60, 90), { nil: undefined }),
    goal: fc.option(fc.constantFrom(...goals), { nil: undefined }),
  }),
);
type Step = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function eventOf(step: Step, state: Conversation, minute: number): ConversationEventInput {
  const when = at(minute);
  switch (step.kind) {
    case 'add': {
      const point = {
        id: `${step.by}-${minute}`,
        title: titles[step.title] as string,
        priority: step.priority,
        ...(step.topic === undefined ? {} : { topic: step.topic }),
        ...(step.minutes === undefined ? {} : { minutes: step.minutes }),
      };
      return { type: 'addAgendaPoint', at: when, by: step.by, point };
    }
    case 'withdraw': {
      const points = state.agendaPoints[step.by];
      return { type: 'withdrawAgendaPoint', at: when, by: step.by, pointId: points[step.index % Math.max(points.length, 1)]?.id ?? 'none' };
    }
    case 'merge':
      return { type: 'mergeAgenda', at: when, by: 'manager' };
    case 'purpose':
      return {
        type: 'setPurpose',
        at: when,
        by: 'employee',
        purpose: `Doel ${minute}`,
        ...(step.minutes === undefined ? {} : { minutes: step.minutes }),
        ...(step.goal === undefined ? {} : { overarchingGoal: step.goal }),
      };
  }
}

describe('over any preparation', () => {
  it('reports exactly the agenda findings the event (re)introduced: none the agenda already had, every one it did not', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 14 }), (steps) => {
        let state = start;
        let before = currentKeys(state);
        steps.forEach((step, index) => {
          const result = transition(state, eventOf(step, state, index));
          if (!result.ok) return;
          state = result.value.conversation;
          const after = currentKeys(state);
          const introduced = [...after].filter((key) => !before.has(key)).sort();
          const reported = agendaFindings(result.findings).map(findingKey).sort();
          expect(reported).toEqual(introduced);
          before = after;
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** The hints a state has now: its agenda's findings and a deficit in its overarching goal, by code and params. */
function currentHints(state: Conversation): Set<string> {
  const hints = currentKeys(state);
  const words = deficitWords(state.overarchingGoal ?? undefined);
  if (words.length > 0) hints.add(findingKey({ code: 'conversation.purpose.deficit', severity: 'info', path: [], params: { words } }));
  return hints;
}

const hintsOf = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.code.startsWith('agenda.') || f.code === 'conversation.purpose.deficit');

describe('a hint is said once, on the event that caused it', () => {
  it('says a deficit in the overarching goal when that goal is set, not when it is given again unchanged', () => {
    const deficit = 'Niet meer te laat komen op overleggen';
    const steps = [
      { type: 'setPurpose', at: at(0), by: 'employee', purpose: 'Mijn volgende stap', overarchingGoal: deficit },
      { type: 'setPurpose', at: at(1), by: 'employee', purpose: 'Mijn volgende stap, scherper', overarchingGoal: deficit },
      { type: 'setPurpose', at: at(2), by: 'employee', purpose: 'Mijn volgende stap', overarchingGoal: 'Zorgvuldig werken' },
      { type: 'setPurpose', at: at(3), by: 'employee', purpose: 'Mijn volgende stap', overarchingGoal: deficit },
    ] as const;
    let state = start;
    const codes = steps.map((event) => {
      const result = transition(state, event);
      state = value(result).conversation;
      return result.findings.map((f) => f.code);
    });
    expect(codes).toEqual([['conversation.purpose.deficit'], [], [], ['conversation.purpose.deficit']]);
  });

  it('in a replayed log: the same hints under each event as step by step, and a hint again only once its cause went and came back', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 14 }), (steps) => {
        let state = start;
        const log: ConversationEventInput[] = [];
        const stepwise: Finding[][] = [];
        const current: Set<string>[] = [];
        steps.forEach((step, index) => {
          const event = eventOf(step, state, index);
          const result = transition(state, event);
          if (!result.ok) return;
          state = result.value.conversation;
          log.push(event);
          stepwise.push(hintsOf(result.findings));
          current.push(currentHints(state));
        });
        const replayed = replay(log, { input: developmentInput });
        if (!replayed.ok) throw new Error('a log of accepted events replays');
        const byEvent = log.map((_, index) =>
          hintsOf(replayed.findings.filter((f) => f.path[0] === 'events' && f.path[1] === index)).map((f) => ({
            ...f,
            path: f.path.slice(2),
          })),
        );
        expect(byEvent).toEqual(stepwise);
        // Between two events that report the same hint, some state in between no longer had it.
        const lastSaid = new Map<string, number>();
        byEvent.forEach((hints, index) => {
          for (const key of hints.map(findingKey)) {
            const earlier = lastSaid.get(key);
            if (earlier !== undefined)
              expect(
                current.slice(earlier, index).some((set) => !set.has(key)),
                key,
              ).toBe(true);
            lastSaid.set(key, index);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
