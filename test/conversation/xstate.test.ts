import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMachine, initialTransition, transition as machineTransition } from 'xstate';
import type { Conversation, ConversationEventInput, ConversationTemplate, XStateMachineConfig } from '../../src/index.js';
import { conversationTemplates, createConversation, toXStateConfig, transition } from '../../src/index.js';
import { developmentEvents46, developmentInput } from './fixtures.js';

/** The machine config of a template that is known to be valid. */
function xstateConfig(template: Parameters<typeof toXStateConfig>[0]) {
  const exported = toXStateConfig(template);
  if (!exported.ok) throw new Error(JSON.stringify(exported.findings));
  return exported.value;
}

/** Every guard name of an exported config, each implemented as "always allow". */
function allowAll(config: XStateMachineConfig): Record<string, () => boolean> {
  const names = Object.values(config.states).flatMap((state) =>
    Object.values(state.on).flatMap((move) => (move.guard === undefined ? [] : [move.guard])),
  );
  return Object.fromEntries(names.map((name) => [name, () => true]));
}

/** Runs the library and the exported machine side by side; the phases after each accepted event. */
function sideBySide(template: ConversationTemplate, start: Conversation, events: readonly ConversationEventInput[]) {
  const config = xstateConfig(template);
  const machine = createMachine(JSON.parse(JSON.stringify(config)) as never).provide({ guards: allowAll(config) as never });
  let [snapshot] = initialTransition(machine);
  let conversation = start;
  const ours: string[] = [];
  const theirs: string[] = [];
  let refused = 0;
  for (const event of events) {
    const result = transition(conversation, event);
    if (!result.ok) {
      refused++;
      continue;
    }
    conversation = result.value.conversation;
    [snapshot] = machineTransition(machine, snapshot, event as never);
    ours.push(conversation.phase);
    theirs.push(String(snapshot.value));
  }
  return { ours, theirs, refused };
}

/** The 46-event conversation, with a step back and forward again after every move into a phase that allows it. */
function withStepsBack(): ConversationEventInput[] {
  const created = createConversation(developmentInput); // the first version, which the 46 events walk
  if (!created.ok) throw new Error('fixture');
  const { phases } = created.value.template;
  const back = new Set(phases.filter((phase) => phase.allowBack).map((phase) => phase.id));
  const order = phases.map((phase) => phase.id);
  let phase = 1;
  return developmentEvents46.flatMap((event): ConversationEventInput[] => {
    if (event.type !== 'nextPhase') return [event];
    phase++;
    const into = order[phase];
    if (into === undefined || !back.has(into) || phase < 3) return [event];
    const stepBack: ConversationEventInput = { type: 'previousPhase', at: event.at, by: event.by };
    const forward: ConversationEventInput = { type: 'nextPhase', at: event.at, by: event.by };
    return [event, stepBack, forward];
  });
}

describe('toXStateConfig', () => {
  it('is plain JSON: the same after a round trip through JSON', () => {
    for (const template of Object.values(conversationTemplates)) {
      const config = xstateConfig(template);
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    }
  });

  it('runs a whole development conversation to the same phase after every event as transition', () => {
    const created = createConversation(developmentInput);
    if (!created.ok) throw new Error('fixture');
    const events = withStepsBack();
    expect(events.filter((event) => event.type === 'previousPhase').length).toBeGreaterThan(2);
    const { ours, theirs, refused } = sideBySide(created.value.template, created.value, events);
    expect(refused).toBe(0);
    expect(ours.length).toBe(events.length);
    expect(ours.at(-1)).toBe('concluded');
    expect(theirs).toEqual(ours);
  });

  it('goes where transition goes for any walk through any built-in template (refused moves skipped)', () => {
    const moves = fc.constantFrom<ConversationEventInput['type']>('nextPhase', 'previousPhase', 'conclude', 'start');
    fc.assert(
      fc.property(fc.constantFrom('development', 'career', 'checkIn' as const), fc.array(moves, { maxLength: 25 }), (kind, types) => {
        const template = conversationTemplates[kind];
        const created = createConversation({ ...developmentInput, kind, templateVersion: undefined, strictness: 'relaxed' });
        if (!created.ok) throw new Error('fixture');
        // Ready to start: a purpose and a merged agenda.
        const prep: ConversationEventInput[] = [
          { type: 'setPurpose', at: '2027-03-14T10:00:00+01:00', by: 'manager', purpose: 'Samen vooruitkijken' },
          {
            type: 'addAgendaPoint',
            at: '2027-03-14T10:01:00+01:00',
            by: 'employee',
            point: { id: 'e1', title: 'Presenteren', topic: 'competences', priority: 'must', minutes: 15 },
          },
          { type: 'mergeAgenda', at: '2027-03-14T10:02:00+01:00', by: 'manager' },
        ];
        const walk = types.map(
          (type, index) =>
            ({ type, at: `2027-03-15T10:${String(index + 10).padStart(2, '0')}:00+01:00`, by: 'manager' }) as ConversationEventInput,
        );
        const { ours, theirs } = sideBySide(template, created.value, [...prep, ...walk]);
        expect(theirs).toEqual(ours);
      }),
      { numRuns: 150 },
    );
  });
});
