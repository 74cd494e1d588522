import fc from 'fast-check';
import { conversationSchema } from '../../src/schemas/index.js';
import { applyPatches, enablePatches } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Role } from '../../src/index.js';
import { availableEvents, createConversation, phaseTimes, replay, transition } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

// The library makes its own patches; immer only checks them here.
enablePatches();

const roles: Role[] = ['employee', 'manager'];
const role = fc.constantFrom(...roles);
const agreementIds = fc.constantFrom('a1', 'a2', 'a3');
const supportIds = fc.constantFrom('s1', 's2');
const pointIds = fc.constantFrom('e1', 'e2', 'o1', 'o2');

const goodAgreement = (id: string) => ({
  id,
  what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem, samen met mijn leidinggevende voorbereid',
  who: 'emp-1',
  when: '2027-06-01',
  measure: 'Twee demo’s gegeven en feedback van de klant gevraagd',
});
const vagueAgreement = (id: string) => ({ id, what: 'Iets met communicatie', who: '' });

/** An event without its time: the sequence gets increasing times afterwards. */
type Intent = ConversationEventInput extends infer E ? (E extends { at: string } ? Omit<E, 'at'> : never) : never;

const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('answerPreparation' as const),
      by: role,
      questionId: fc.constantFrom('q1', 'q2'),
      answer: fc.constantFrom('Goed', 'Druk'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('addAgendaPoint' as const),
      by: role,
      point: fc.record({
        id: pointIds,
        title: fc.constantFrom('Presenteren voor klanten', 'Werkdruk', 'Beoordeling', 'Mentor'),
        topic: fc.constantFrom('competences' as const, 'workloadCapacity' as const, 'performanceRating' as const),
        priority: fc.constantFrom('must' as const, 'should' as const, 'could' as const),
        minutes: fc.integer({ min: 5, max: 20 }),
      }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('mergeAgenda' as const), by: role }) },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('setPurpose' as const), by: role, purpose: fc.constant('Volgende stap bepalen') }),
  },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('start' as const), by: role }) },
  { weight: 12, arbitrary: fc.record({ type: fc.constant('nextPhase' as const), by: role }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('previousPhase' as const), by: role }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('addNote' as const), by: role, text: fc.constant('Notitie') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('markAgendaItemDone' as const), by: role, itemId: pointIds }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('addNeed' as const),
      by: role,
      need: fc.record({
        id: fc.constantFrom('n1', 'n2'),
        text: fc.constant('Beter presenteren'),
        focus: fc.constantFrom('skills' as const, 'knowledge' as const),
        goalIds: fc.constant([]),
      }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc
      .tuple(role, agreementIds, fc.boolean())
      .map(([by, id, good]) => ({ type: 'proposeAgreement' as const, by, agreement: good ? goodAgreement(id) : vagueAgreement(id) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(role, agreementIds, fc.boolean())
      .map(([by, id, good]) => ({ type: 'reviseAgreement' as const, by, agreement: good ? goodAgreement(id) : vagueAgreement(id) })),
  },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('acceptAgreement' as const), by: role, agreementId: agreementIds }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('withdrawAgreement' as const),
      by: role,
      agreementId: agreementIds,
      reason: fc.constant('Te groot'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(role, supportIds)
      .map(([by, id]) => ({ type: 'proposeSupport' as const, by, agreement: { ...goodAgreement(id), who: 'mgr-1' } })),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('acceptSupport' as const), by: role, agreementId: supportIds }) },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('scheduleNextConversation' as const), by: role, good: fc.boolean() }).map(({ by, good }) => ({
      type: 'scheduleNextConversation' as const,
      by,
      date: good ? '2027-06-14' : '2027-06-15',
      start: '2027-06-14T10:00:00+02:00',
      end: '2027-06-14T10:30:00+02:00',
    })),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('evaluate' as const), by: role, rating: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('conclude' as const), by: role }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('postpone' as const), by: role, reason: fc.constant('Ziek'), emergency: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('cancel' as const), by: role, reason: fc.constant('Uit dienst') }) },
) as fc.Arbitrary<Intent>;

/** A step of a generated run: a free intent (often refused) or a guided pick among the available events. */
interface Step {
  readonly intent: Intent;
  readonly guided: boolean;
  readonly choice: number;
  readonly delta: number;
}

const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.record({
    intent,
    guided: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
    choice: fc.nat({ max: 1_000 }),
    delta: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.constant(-1) }),
  }),
  { minLength: 1, maxLength: 120, size: 'max' },
);

/** Builds a plausible event of a type from a choice number (ids and good or bad payloads vary with it). */
function guidedEvent(type: ConversationEventInput['type'], by: Role, choice: number, state: Conversation): Intent {
  const pick = <T>(values: readonly T[]): T => values[choice % values.length] as T;
  const live = state.agreements.filter((e) => e.withdrawn === null).map((e) => e.agreement.id);
  const support = state.supportAgreements.filter((e) => e.withdrawn === null).map((e) => e.agreement.id);
  switch (type) {
    case 'answerPreparation':
      return { type, by, questionId: pick(['q1', 'q2']), answer: 'Goed' };
    case 'addAgendaPoint':
      return {
        type,
        by,
        point: {
          id: pick(['e1', 'e2', 'o1', 'o2']),
          title: pick(['Presenteren voor klanten', 'Werkdruk', 'Beoordeling']),
          topic: pick(['competences', 'performanceRating'] as const),
          priority: 'must',
          minutes: 10,
        },
      };
    case 'setPurpose':
      return { type, by, purpose: 'Volgende stap bepalen', minutes: pick([45, 60, 90]) };
    case 'addNote':
      return { type, by, text: 'Notitie' };
    case 'markAgendaItemDone':
      return { type, by, itemId: pick(state.agenda?.items.map((item) => item.id) ?? ['e1']) };
    case 'addNeed':
      return { type, by, need: { id: pick(['n1', 'n2', 'n3']), text: 'Beter presenteren', focus: 'skills', goalIds: [] } };
    case 'proposeAgreement':
      return { type, by, agreement: choice % 4 === 0 ? vagueAgreement(pick(['a1', 'a2', 'a3'])) : goodAgreement(pick(['a1', 'a2', 'a3'])) };
    case 'reviseAgreement':
      return { type, by, agreement: goodAgreement(pick([...live, ...support, 'a9'])) };
    case 'acceptAgreement':
      return { type, by, agreementId: pick([...live, 'a9']) };
    case 'withdrawAgreement':
      return { type, by, agreementId: pick([...live, ...support]), reason: 'Te groot' };
    case 'proposeSupport':
      return { type, by, agreement: { ...goodAgreement(pick(['s1', 's2'])), who: 'mgr-1' } };
    case 'acceptSupport':
      return { type, by, agreementId: pick([...support, 's9']) };
    case 'scheduleNextConversation':
      return {
        type,
        by,
        date: choice % 5 === 0 ? '2027-06-15' : '2027-06-14',
        start: '2027-06-14T10:00:00+02:00',
        end: '2027-06-14T10:30:00+02:00',
      };
    case 'evaluate':
      return { type, by, rating: 1 + (choice % 5), feedback: 'Prettig gesprek' };
    case 'postpone':
      return { type, by, reason: 'Ziek', emergency: choice % 2 === 0 };
    case 'cancel':
      return { type, by, reason: 'Uit dienst' };
    default:
      return { type, by } as Intent;
  }
}

interface Record_ {
  readonly before: Conversation;
  readonly event: ConversationEventInput;
  readonly result: ReturnType<typeof transition>;
}

/** Drives a conversation through generated steps and records every attempt. */
function drive(
  level: 'relaxed' | 'standard' | 'strict',
  plan: readonly Step[],
  which: Kind = 'development',
): { readonly records: Record_[]; readonly final: Conversation } {
  let state = start(level, which);
  let minute = 0;
  const records: Record_[] = [];
  for (const step of plan) {
    minute += step.delta;
    const at = new Date(Date.parse('2027-03-15T08:00:00Z') + minute * 60_000).toISOString().replace('.000Z', 'Z');
    let chosen: Intent = step.intent;
    if (step.guided) {
      const available = availableEvents(state);
      // What a UI would offer: the events some side may send now (moves whose guards fail included).
      const options = (available.ok ? available.value : []).filter(
        (e) => e.by.length > 0 && ((e.type !== 'cancel' && e.type !== 'postpone') || step.choice % 25 === 0),
      );
      // Every other guided step makes progress when it can: a ready move, or a pending acceptance.
      const progress =
        options.find((e) => ['start', 'nextPhase', 'conclude'].includes(e.type) && e.ready) ??
        options.find((e) => e.type === 'acceptAgreement');
      const option = step.choice % 2 === 0 && progress !== undefined ? progress : options[step.choice % Math.max(1, options.length)];
      if (option !== undefined) chosen = guidedEvent(option.type, option.by[step.choice % option.by.length] as Role, step.choice, state);
    }
    const event = { ...chosen, at } as ConversationEventInput;
    const result = transition(state, event, { patches: true });
    records.push({ before: state, event, result });
    if (result.ok) state = result.value.conversation;
  }
  return { records, final: state };
}

const strictness = fc.constantFrom('relaxed' as const, 'standard' as const, 'strict' as const);

type Kind = 'development' | 'career' | 'checkIn';
const kind = fc.constantFrom<Kind>('development', 'career', 'checkIn');

function start(level: 'relaxed' | 'standard' | 'strict', which: Kind = 'development'): Conversation {
  const created = createConversation({ ...developmentInput, kind: which, strictness: level });
  if (!created.ok) throw new Error('fixture');
  return created.value;
}

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/**
 * Every state the library produces can be stored and read back: it round-trips through JSON, the
 * state schema accepts it (every limit it sets holds), and reading it back gives the same JSON string.
 */
function readsBack(state: Conversation): void {
  const stored = JSON.stringify(state);
  const parsed = conversationSchema.safeParse(JSON.parse(stored));
  expect(parsed.success).toBe(true);
  if (parsed.success) expect(JSON.stringify(parsed.data)).toBe(stored);
}

/** The invariants of the model, checked on every reachable state. */
function checkInvariants(state: Conversation): void {
  const order = state.template.phases.map((phase) => phase.id as string);
  // Phase order: forward one step, back one step where the template allows it, or the same phase
  // again when a postponed conversation resumes (a new visit, so the pause is not talk time).
  const visits = state.phaseHistory.map((visit) => visit.phase as string);
  for (let i = 1; i < visits.length; i++) {
    const from = order.indexOf(visits[i - 1] as string);
    const to = visits[i] === 'concluded' ? order.length : order.indexOf(visits[i] as string);
    const allowedBack = state.template.phases[from]?.allowBack === true && to === from - 1 && to >= 1;
    expect(to === from + 1 || allowedBack || to === from).toBe(true);
  }
  expect(order.includes(state.phase) || state.phase === 'concluded').toBe(true);
  // Accepted agreements only from both sides: past the agreements phase every live agreement has both.
  const agreementsIndex = state.template.phases.findIndex((phase) => phase.exitGuards.includes('agreementsAccepted'));
  const here = state.phase === 'concluded' ? order.length : order.indexOf(state.phase);
  if (state.status !== 'planned' && here > agreementsIndex) {
    for (const entry of state.agreements.filter((e) => e.withdrawn === null)) {
      expect(entry.agreement.acceptedBy.employee).toBeDefined();
      expect(entry.agreement.acceptedBy.manager).toBeDefined();
    }
  }
  // The same for support agreements, past the phase that agrees on support.
  const supportIndex = state.template.phases.findIndex((phase) => phase.exitGuards.includes('supportAccepted'));
  if (state.status !== 'planned' && here > supportIndex) {
    for (const entry of state.supportAgreements.filter((e) => e.withdrawn === null)) {
      expect(entry.agreement.acceptedBy.employee).toBeDefined();
      expect(entry.agreement.acceptedBy.manager).toBeDefined();
    }
  }
  // Whoever wrote the current text (proposer, or the last reviser) has accepted it.
  for (const entry of [...state.agreements, ...state.supportAgreements]) {
    const sides = Object.keys(entry.agreement.acceptedBy);
    expect(sides.length).toBeGreaterThan(0);
    if (entry.revision === 0) expect(entry.agreement.acceptedBy[entry.proposedBy]).toBeDefined();
  }
  // Conclusion only with a next date.
  if (state.status === 'concluded') {
    expect(state.nextConversation).not.toBeNull();
    expect(state.concludedAt).not.toBeNull();
    expect(state.phase).toBe('concluded');
  }
  if (state.status === 'inProgress') expect(state.startedAt).not.toBeNull();
}

describe('conversation properties', () => {
  it('keeps its invariants, changes nothing on refusal, and its patches reproduce every step', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        let accepted = 0;
        const { records, final } = drive(level, plan, which);
        for (const { before, result } of records) {
          if (!result.ok) {
            expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
            continue;
          }
          accepted++;
          const next = result.value.conversation;
          expect(applyPatches(before, result.value.patches as never)).toEqual(next);
          expect(applyPatches(next, result.value.inversePatches as never)).toEqual(before);
          expect(next.version).toBe(accepted);
          checkInvariants(next);
          readsBack(next);
        }
        expect(deeplyFrozen(final)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the given state untouched when an event is refused', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        const { records } = drive(level, plan, which);
        for (const { before, event, result } of records) {
          if (result.ok) continue;
          // A deep copy taken before the call: if the call changed the state, this tells.
          const copy = structuredClone(before);
          const again = transition(before, event);
          expect(again.ok).toBe(false);
          expect(again.findings).toEqual(result.findings);
          expect(before).toStrictEqual(copy);
          expect(JSON.stringify(before)).toBe(JSON.stringify(copy));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the given state untouched when an event is accepted, sharing what did not change', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        const { records } = drive(level, plan, which);
        for (const { before, event, result } of records.slice(-10)) {
          if (!result.ok) continue;
          const copy = structuredClone(before);
          const again = transition(before, event);
          expect(again.ok).toBe(true);
          expect(before).toStrictEqual(copy);
          if (again.ok) expect(again.value.conversation.template).toBe(before.template);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('replays the accepted events of any conversation to the same state', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        const { records, final } = drive(level, plan, which);
        const log = records.filter((r) => r.result.ok).map((r) => r.event);
        const replayed = replay(log, { input: { ...developmentInput, kind: which, strictness: level } });
        expect(replayed.ok).toBe(true);
        // The same JSON string, not only the same data: one key order however the state was built.
        if (replayed.ok) expect(JSON.stringify(replayed.value)).toBe(JSON.stringify(final));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a log with a refused event at exactly that index', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        const { records } = drive(level, plan, which);
        const firstRefused = records.findIndex((r) => !r.result.ok);
        const replayed = replay(
          records.map((r) => r.event),
          { input: { ...developmentInput, kind: which, strictness: level } },
        );
        expect(replayed.ok).toBe(firstRefused < 0);
        if (!replayed.ok) expect(replayed.findings[0]?.params.index).toBe(firstRefused);
      }),
      { numRuns: 40 },
    );
  });

  it('offers a ready move exactly when applying it succeeds', () => {
    fc.assert(
      fc.property(strictness, kind, steps, (level, which, plan) => {
        const { final } = drive(level, plan, which);
        const at = final.updatedAt ?? final.plannedStart;
        const offered = availableEvents(final);
        expect(offered.ok).toBe(true);
        for (const available of offered.ok ? offered.value : []) {
          if (available.type !== 'start' && available.type !== 'nextPhase' && available.type !== 'conclude') continue;
          const tried = transition(final, { type: available.type, at, by: 'employee' });
          expect(tried.ok).toBe(available.ready);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shares out exactly the available minutes, and never counts more talk time than has passed since the start', () => {
    fc.assert(
      fc.property(strictness, kind, steps, fc.integer({ min: 0, max: 600 }), (level, which, plan, later) => {
        const { final } = drive(level, plan, which);
        const now = new Date(Date.parse(final.updatedAt ?? final.plannedStart) + later * 60_000).toISOString();
        const view = phaseTimes(final, { now });
        expect(view.ok).toBe(true);
        if (!view.ok) return;
        expect(view.value.phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0)).toBe(final.availableMinutes);
        expect(view.value.phases.reduce((sum, phase) => sum + phase.usedMinutes, 0)).toBe(view.value.totalUsedMinutes);
        for (const phase of view.value.phases) expect(phase.usedMinutes).toBeGreaterThanOrEqual(0);
        const elapsed = final.startedAt === null ? 0 : Math.floor((Date.parse(now) - Date.parse(final.startedAt)) / 60_000);
        expect(view.value.totalUsedMinutes).toBeLessThanOrEqual(elapsed);
        // Only a conversation in progress has a running phase.
        expect(view.value.current !== undefined).toBe(final.status === 'inProgress');
      }),
      { numRuns: 40 },
    );
  });

  it('reaches every phase and the conclusion in generated runs of every kind (the generator is not vacuous)', () => {
    for (const which of ['development', 'career', 'checkIn'] as const) {
      const reached = new Set<string>();
      for (const plan of fc.sample(steps, { numRuns: 120, seed: 42 })) {
        for (const record of drive('relaxed', plan, which).records)
          if (record.result.ok) reached.add(record.result.value.conversation.phase);
      }
      const expected = [...start('relaxed', which).template.phases.map((phase) => phase.id as string), 'concluded'].sort();
      expect([which, [...reached].sort()]).toEqual([which, expected]);
    }
  });
});
