import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Finding, Result } from '../../src/index.js';
import { availableEvents, createConversation, phaseTimes, replay, transition } from '../../src/index.js';
import { conversationSchema } from '../../src/schemas/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentEvents46, developmentInput } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.findings.map((f) => `${f.code} ${msg(f, 'en')}`).join(' | '));
  return result.value;
}

function run(state: Conversation, events: readonly ConversationEventInput[]): { state: Conversation; findings: Finding[][] } {
  const findings: Finding[][] = [];
  for (const event of events) {
    const result = transition(state, event);
    state = value(result).conversation;
    findings.push([...result.findings]);
  }
  return { state, findings };
}

const at = (time: string): string => `2027-03-15T${time}:00+01:00`;
const meta = { tenantId: 't-42', tags: ['pilot', 'team-noord'], source: { system: 'afas', row: 17 } };

describe('the conversation as stored data', () => {
  it('writes schemaVersion 2 and carries meta untouched through every transition and replay', () => {
    const created = value(createConversation({ ...developmentInput, meta }));
    expect(created.schemaVersion).toBe(2);
    expect(created.meta).toEqual(meta);
    const { state } = run(created, developmentEvents46);
    expect(state.meta).toEqual(meta);
    expect(state.meta).toBe(created.meta);
    const replayed = value(replay(developmentEvents46, { input: { ...developmentInput, meta } }));
    expect(replayed.meta).toEqual(meta);
    // Without meta there is no meta key at all.
    expect(Object.hasOwn(value(createConversation(developmentInput)), 'meta')).toBe(false);
  });

  it('gives the same JSON string by transition and by replay, and reads back to the same string', () => {
    const { state } = run(value(createConversation({ ...developmentInput, meta })), developmentEvents46);
    const replayed = value(replay(developmentEvents46, { input: { ...developmentInput, meta } }));
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(state));
    const read = conversationSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(JSON.stringify(read)).toBe(JSON.stringify(state));
    // A state read back from storage goes on as the same conversation.
    const half = run(value(createConversation(developmentInput)), developmentEvents46.slice(0, 20)).state;
    const resumed = value(replay(developmentEvents46.slice(20), { from: JSON.parse(JSON.stringify(half)) as Conversation }));
    const whole = value(replay(developmentEvents46, { input: developmentInput }));
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
  });

  it('reads a stored state whose keys come in any order back to the one key order', () => {
    const built = value(replay(developmentEvents46, { input: { ...developmentInput, meta } }));
    // Every key of the library's own data reversed; `meta` is the host's, kept as the host wrote it.
    const reversed = (data: unknown): unknown =>
      Array.isArray(data)
        ? data.map(reversed)
        : data !== null && typeof data === 'object'
          ? Object.fromEntries(
              Object.keys(data)
                .reverse()
                .map((key) => [
                  key,
                  key === 'meta' ? (data as Record<string, unknown>)[key] : reversed((data as Record<string, unknown>)[key]),
                ]),
            )
          : data;
    const stored = reversed(JSON.parse(JSON.stringify(built))) as Conversation;
    expect(JSON.stringify(stored)).not.toBe(JSON.stringify(built));
    expect(JSON.stringify(value(replay([], { from: stored })))).toBe(JSON.stringify(built));
  });

  it('carries the meta of an event in the validated event, not into the state', () => {
    const created = value(createConversation(developmentInput));
    const outcome = value(
      transition(created, { type: 'setPurpose', at: at('09:00'), by: 'employee', purpose: 'Volgende stap', meta: { device: 'tablet' } }),
    );
    expect(outcome.event).toEqual({
      schemaVersion: 2,
      type: 'setPurpose',
      at: at('09:00'),
      by: 'employee',
      purpose: 'Volgende stap',
      meta: { device: 'tablet' },
    });
    expect(JSON.stringify(outcome.conversation)).not.toContain('tablet');
    expect(transition(created, { schemaVersion: 1, type: 'start', at: at('09:00'), by: 'employee' } as never).ok).toBe(false);
  });

  it('refuses a state without schemaVersion: an older one is for a migration to upgrade', () => {
    const { schemaVersion: _version, ...older } = value(createConversation(developmentInput));
    const refused = transition(older as unknown as Conversation, { type: 'cancel', at: at('09:00'), by: 'employee', reason: 'x' });
    expect(refused.findings[0]?.code).toBe('conversation.state.invalid');
  });

  it('makes a development conversation when neither kind nor template is given', () => {
    const { kind: _kind, ...input } = developmentInput;
    const created = value(createConversation(input));
    expect([created.kind, created.template.id, created.plannedMinutes]).toEqual(['development', 'development', 60]);
  });
});

describe('limits: an event that would break one is refused', () => {
  it('refuses the 10,001st preparation answer of a side', () => {
    const answers: ConversationEventInput[] = Array.from({ length: 10_001 }, (_, index) => ({
      type: 'answerPreparation',
      at: new Date(Date.parse('2027-03-01T09:00:00Z') + index * 1_000).toISOString(),
      by: 'employee',
      questionId: `q-${index}`,
      answer: 'Goed',
    }));
    const full = value(replay(answers.slice(0, 10_000), { input: developmentInput }));
    expect(full.preparation.employee).toHaveLength(10_000);
    expect(conversationSchema.safeParse(JSON.parse(JSON.stringify(full))).success).toBe(true);
    const refused = transition(full, answers[10_000]);
    expect(refused.findings.map((f) => f.code)).toEqual(['conversation.limit.reached']);
    expect(msg(refused.findings[0], 'nl')).toBe(
      'Het gesprek heeft het maximum van 10.000 voorbereidingsantwoorden bereikt; er kan er geen meer bij.',
    );
    // A new answer to a question already answered replaces the old one: always possible.
    expect(transition(full, { ...answers[10_000], questionId: 'q-3' } as ConversationEventInput).ok).toBe(true);
  });

  it('refuses a point that would give a joint agenda point more linked goals than a state may hold', () => {
    const point = (side: 'employee' | 'manager', index: number, minute: number): ConversationEventInput => ({
      type: 'addAgendaPoint',
      at: new Date(Date.parse('2027-03-01T09:00:00Z') + minute * 60_000).toISOString(),
      by: side,
      point: {
        id: `${side}-${index}`,
        title: 'Presenteren voor klanten',
        priority: 'must',
        minutes: 10,
        goalIds: Array.from({ length: 1_000 }, (_, goal) => `${side}-${index}-g${goal}`),
      },
    });
    const points = Array.from({ length: 100 }, (_, index) => point(index % 2 === 0 ? 'employee' : 'manager', index, index));
    const merged = value(
      replay([...points, { type: 'mergeAgenda', at: '2027-03-02T09:00:00Z', by: 'manager' }], { input: developmentInput }),
    );
    expect(Math.max(...[...(merged.agenda?.items ?? []), ...(merged.agenda?.deferred ?? [])].map((item) => item.goalIds.length))).toBe(
      100_000,
    );
    const refused = transition(merged, point('employee', 100, 24 * 60 + 1));
    expect(refused.findings.map((f) => [f.code, f.params])).toEqual([
      ['conversation.limit.reached', { list: 'goalIds', maximum: 100_000 }],
    ]);
  });
});

describe('functions that promise a Result do not throw', () => {
  it('on odd options and states', () => {
    const state = value(createConversation(developmentInput));
    const odd: unknown[] = [null, undefined, 5, 'x', [], { at: 5 }, { now: null }, { now: 'gisteren' }, Object.create(null)];
    for (const options of odd) {
      expect(() => availableEvents(state, options as never)).not.toThrow();
      expect(() => phaseTimes(state, options as never)).not.toThrow();
      expect(() => transition(state, { type: 'start', at: at('10:00'), by: 'manager' }, options as never)).not.toThrow();
    }
    expect(availableEvents(state, null as never).ok).toBe(true);
    expect(phaseTimes(state, null as never).ok).toBe(false);
    expect(phaseTimes(state, { now: 'gisteren' }).findings[0]?.path).toEqual(['now']);
    for (const broken of [null, undefined, 5, {}, { ...state, status: 'archived' }]) {
      expect(availableEvents(broken as never).ok).toBe(false);
      expect(phaseTimes(broken as never, { now: at('10:00') }).ok).toBe(false);
    }
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => availableEvents(state, hostile as never)).not.toThrow();
    expect(() => phaseTimes(state, hostile as never)).not.toThrow();
    expect(transition(state, { type: 'cancel', at: at('10:00'), by: 'manager', reason: 'x' }, hostile as never).ok).toBe(true);
  });
});

describe('findings say it once, with their parts as details', () => {
  it('reports that two points became one on the event that caused it, not again on later events', () => {
    const prepared = run(value(createConversation(developmentInput)), developmentEvents.slice(0, 7));
    const joint = prepared.findings.map((list) => list.filter((f) => f.code === 'agenda.item.joint').length);
    // Only the merge says it; setPurpose (before) and nothing after repeat it.
    expect(joint).toEqual([0, 0, 0, 0, 0, 0, 1]);
    const later = run(prepared.state, [
      { type: 'setPurpose', at: '2027-03-14T11:00:00+01:00', by: 'employee', purpose: 'Anders geformuleerd' },
      { type: 'setPurpose', at: '2027-03-14T11:01:00+01:00', by: 'employee', purpose: 'Met meer tijd', minutes: 90 },
      {
        type: 'addAgendaPoint',
        at: '2027-03-14T11:02:00+01:00',
        by: 'employee',
        point: { id: 'e3', title: 'Mentor zoeken', priority: 'could', minutes: 5 },
      },
      {
        type: 'addAgendaPoint',
        at: '2027-03-14T11:03:00+01:00',
        by: 'manager',
        point: { id: 'o3', title: 'Mentor zoeken', priority: 'should', minutes: 5 },
      },
    ]);
    expect(later.findings.map((list) => list.map((f) => f.code))).toEqual([[], [], [], ['agenda.item.joint']]);
    expect(later.findings[3]?.[0]?.params.item).toMatchObject({ title: 'Mentor zoeken' });
  });

  it('keeps the agreement check’s own findings as the details of a draft', () => {
    const inAgreements = run(
      value(createConversation(developmentInput)),
      developmentEvents.slice(
        0,
        developmentEvents.findIndex((e) => e.type === 'proposeAgreement'),
      ),
    ).state;
    const result = transition(inAgreements, {
      type: 'proposeAgreement',
      at: at('10:35'),
      by: 'employee',
      agreement: { id: 'a9', what: 'Iets met communicatie', who: 'emp-1' },
    });
    const draft = result.findings.find((f) => f.code === 'conversation.agreement.draft');
    expect(draft?.params).toEqual({ agreement: { kind: 'agreement', id: 'a9', title: 'Iets met communicatie' } });
    expect(msg(draft, 'nl')).toBe(
      '‘Iets met communicatie’ is als concept genoteerd; werk de afspraak bij voordat deze fase wordt afgesloten.',
    );
    expect(draft?.details?.length).toBeGreaterThan(0);
    for (const detail of draft?.details ?? []) {
      expect(detail.code.startsWith('agreement.')).toBe(true);
      expect(msg(detail, 'nl')?.length).toBeGreaterThan(0);
    }
  });
});

describe('states stay valid whatever is sent (fast-check)', () => {
  it('reads back every state made from arbitrary preparation events', () => {
    const event = fc.oneof(
      fc.record({
        type: fc.constant('answerPreparation' as const),
        by: fc.constantFrom('employee' as const, 'manager' as const),
        questionId: fc.constantFrom('q1', 'q2', 'q3'),
        answer: fc.string({ maxLength: 30 }),
        question: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      }),
      fc.record({
        type: fc.constant('addAgendaPoint' as const),
        by: fc.constantFrom('employee' as const, 'manager' as const),
        point: fc.record({
          id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
          title: fc.constantFrom('Presenteren', 'presenteren ', 'Werkdruk', 'Mentor'),
          priority: fc.constantFrom('must' as const, 'could' as const),
          minutes: fc.option(fc.integer({ min: 1, max: 1_440 }), { nil: undefined }),
          goalIds: fc.array(fc.constantFrom('g1', 'g2', 'g3'), { maxLength: 3 }),
        }),
      }),
      fc.record({ type: fc.constant('mergeAgenda' as const), by: fc.constant('manager' as const) }),
      fc.record({
        type: fc.constant('setPurpose' as const),
        by: fc.constant('employee' as const),
        purpose: fc.constant('Doel'),
        minutes: fc.option(fc.integer({ min: 5, max: 480 }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (intents) => {
        let state = value(createConversation({ ...developmentInput, meta }));
        intents.forEach((intent, index) => {
          const result = transition(state, {
            ...intent,
            at: new Date(Date.parse('2027-03-01T09:00:00Z') + index * 60_000).toISOString(),
          } as ConversationEventInput);
          if (!result.ok) return;
          state = result.value.conversation;
          const stored = JSON.stringify(state);
          const read = conversationSchema.safeParse(JSON.parse(stored));
          expect(read.success).toBe(true);
          if (read.success) expect(JSON.stringify(read.data)).toBe(stored);
        });
      }),
      { numRuns: 60 },
    );
  });
});
