import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEvent, ConversationEventInput, DevelopmentPlan, HostMeta } from '../../src/index.js';
import {
  amendPlan,
  approvePlan,
  createConversation,
  createDevelopmentPlan,
  migrate,
  migrateConversation,
  migrateConversationEventLog,
  migratePlan,
  recordProgress,
  replay,
  transition,
} from '../../src/index.js';
import { conversationEventLogSchema } from '../../src/schemas/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { json, value } from './fixtures.js';

const metaArb = fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), {
  nil: undefined,
}) as fc.Arbitrary<HostMeta | undefined>;

/** Events a host might send, some refused: the state is whatever the accepted ones made. */
const intent = fc.oneof(
  fc.record({
    type: fc.constant('answerPreparation' as const),
    by: fc.constantFrom('employee' as const, 'manager' as const),
    questionId: fc.constantFrom('q1', 'q2', 'q3'),
    answer: fc.string({ maxLength: 30 }),
  }),
  fc.record({
    type: fc.constant('addAgendaPoint' as const),
    by: fc.constantFrom('employee' as const, 'manager' as const),
    point: fc.record({
      id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      title: fc.constantFrom('Presenteren', 'presenteren ', 'Werkdruk', 'Mentor zoeken'),
      priority: fc.constantFrom('must' as const, 'should' as const, 'could' as const),
      minutes: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
      topic: fc.option(fc.constantFrom('competences' as const, 'performanceRating' as const), { nil: undefined }),
    }),
  }),
  fc.record({ type: fc.constant('mergeAgenda' as const), by: fc.constant('manager' as const) }),
  fc.record({ type: fc.constant('setPurpose' as const), by: fc.constant('employee' as const), purpose: fc.constantFrom('Doel', 'Groei') }),
  fc.record({
    type: fc.constantFrom('start' as const, 'nextPhase' as const, 'previousPhase' as const),
    by: fc.constant('manager' as const),
  }),
  fc.record({
    type: fc.constant('addNote' as const),
    by: fc.constant('employee' as const),
    text: fc.string({ minLength: 1, maxLength: 20 }),
  }),
  fc.record({
    type: fc.constant('addNeed' as const),
    by: fc.constantFrom('employee' as const, 'manager' as const),
    need: fc.record({ id: fc.constantFrom('n1', 'n2'), text: fc.constant('Beter presenteren'), focus: fc.constant('skills' as const) }),
  }),
  fc.record({
    type: fc.constant('postpone' as const),
    by: fc.constant('manager' as const),
    reason: fc.constant('Ziek'),
    emergency: fc.boolean(),
  }),
);

/** A conversation this version produced: the development story cut anywhere, then random events. */
const conversations = fc
  .tuple(fc.nat({ max: developmentEvents.length }), fc.array(intent, { maxLength: 20 }), metaArb)
  .map(([cut, intents, meta]) => {
    let state = value(createConversation({ ...developmentInput, ...(meta === undefined ? {} : { meta }) }));
    const events: ConversationEvent[] = [];
    const apply = (event: ConversationEventInput) => {
      const outcome = transition(state, event);
      if (!outcome.ok) return;
      state = outcome.value.conversation;
      events.push(outcome.value.event);
    };
    developmentEvents.slice(0, cut).forEach(apply);
    intents.forEach((sent, index) => {
      const at = new Date(Date.parse('2027-03-15T11:00:00Z') + index * 60_000).toISOString();
      apply({ ...sent, at } as ConversationEventInput);
    });
    return { state, events, meta };
  });

describe('migrating what this version wrote is the identity', () => {
  it('for any conversation state, its events and its log, as JSON text (fast-check)', () => {
    fc.assert(
      fc.property(conversations, ({ state, events, meta }) => {
        const stored = JSON.parse(json(state)) as Conversation;
        const migrated = migrateConversation(stored);
        expect(json(value(migrated))).toBe(json(state));
        expect(migrated.findings).toEqual([]);
        const recognised = value(migrate(JSON.parse(json(state))));
        expect([recognised.shape, json(recognised.value)]).toEqual(['conversation', json(state)]);
        if (events.length > 0) {
          const rows = value(migrate(JSON.parse(json(events))));
          expect([rows.shape, json(rows.value)]).toEqual(['conversationEvents', json(events)]);
        }
        const log = conversationEventLogSchema.parse({ input: { ...developmentInput, meta }, events });
        const read = value(migrateConversationEventLog(JSON.parse(json(log))));
        expect(json(read)).toBe(json(log));
        expect(json(value(replay(read.events, { input: read.input })))).toBe(json(state));
      }),
      { numRuns: 60 },
    );
  });

  it('for any plan reached by approving, amending and recording progress (fast-check)', () => {
    const concluded = value(replay(developmentEvents, { input: developmentInput }));
    const steps = fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('approve' as const), by: fc.constantFrom('employee' as const, 'manager' as const) }),
        fc.record({ type: fc.constant('progress' as const), status: fc.constantFrom('done' as const, 'dropped' as const) }),
        fc.record({ type: fc.constant('amend' as const), rating: fc.integer({ min: 1, max: 5 }) }),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(steps, metaArb, (list, meta) => {
        let plan: DevelopmentPlan = value(createDevelopmentPlan(concluded, { planId: 'pop-1', ...(meta === undefined ? {} : { meta }) }));
        list.forEach((step, index) => {
          const at = `2027-04-${String(index + 1).padStart(2, '0')}T09:00:00+02:00`;
          const next =
            step.type === 'approve'
              ? approvePlan(plan, { by: step.by, at, version: plan.version })
              : step.type === 'progress'
                ? recordProgress(plan, { agreementId: 'a1', by: 'employee', at, status: step.status, note: 'Bijgewerkt' })
                : amendPlan(plan, { by: 'employee', at, set: { evaluation: { rating: step.rating } } });
          if (next.ok) plan = next.value;
        });
        const migrated = migratePlan(JSON.parse(json(plan)));
        expect(json(value(migrated))).toBe(json(plan));
        expect(migrated.findings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
