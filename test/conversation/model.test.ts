import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Role } from '../../src/index.js';
import { conversationTemplates, createConversation, transition } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

/** What the model knows: enough to predict whether the library accepts each command. */
interface Model {
  status: 'planned' | 'inProgress' | 'concluded';
  phase: number;
  purpose: boolean;
  points: number;
  merged: boolean;
  agreements: Map<string, { employee: boolean; manager: boolean; withdrawn: boolean }>;
  scheduled: boolean;
}

/** The system under test: the state and a clock that only moves forward. */
interface Real {
  state: Conversation;
  minute: number;
}

const phases = conversationTemplates.development.phases.map((phase) => phase.id);
const phaseAt = (model: Model): string => phases[model.phase] as string;

type Untimed = ConversationEventInput extends infer E ? (E extends { at: string } ? Omit<E, 'at'> : never) : never;

function send(real: Real, event: Untimed): boolean {
  real.minute += 1;
  const at = new Date(Date.parse('2027-03-15T08:00:00Z') + real.minute * 60_000).toISOString().replace('.000Z', 'Z');
  const before = real.state;
  const result = transition(real.state, { ...event, at } as ConversationEventInput);
  if (result.ok) real.state = result.value.conversation;
  else expect(real.state).toBe(before);
  return result.ok;
}

const live = (model: Model) => [...model.agreements.values()].filter((a) => !a.withdrawn);

class SetPurpose implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'planned' || (model.status === 'inProgress' && phaseAt(model) === 'setStatus');
    expect(send(real, { type: 'setPurpose', by: 'employee', purpose: 'Volgende stap' })).toBe(expected);
    if (expected) model.purpose = true;
  }
  toString = () => 'setPurpose';
}

class AddPoint implements fc.Command<Model, Real> {
  constructor(readonly by: Role) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const open = model.status === 'planned' || (model.status === 'inProgress' && phaseAt(model) === 'setStatus');
    const id = `${this.by}-${model.points}`;
    expect(send(real, { type: 'addAgendaPoint', by: this.by, point: { id, title: `Punt ${id}`, priority: 'should', minutes: 5 } })).toBe(open);
    if (open) model.points += 1;
  }
  toString = () => `addAgendaPoint(${this.by})`;
}

class Merge implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const open = model.status === 'planned' || (model.status === 'inProgress' && phaseAt(model) === 'setStatus');
    expect(send(real, { type: 'mergeAgenda', by: 'manager' })).toBe(open);
    if (open) model.merged = true;
  }
  toString = () => 'mergeAgenda';
}

class Start implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'planned' && model.purpose && model.merged;
    expect(send(real, { type: 'start', by: 'manager' })).toBe(expected);
    if (expected) {
      model.status = 'inProgress';
      model.phase = 1;
    }
  }
  toString = () => 'start';
}

class NextPhase implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    let expected = model.status === 'inProgress' && model.phase < phases.length - 1;
    if (expected && phaseAt(model) === 'agreements') {
      expected = live(model).length > 0 && live(model).every((a) => a.employee && a.manager);
    }
    if (expected && phaseAt(model) === 'nextConversation') expected = model.scheduled;
    expect(send(real, { type: 'nextPhase', by: 'employee' })).toBe(expected);
    if (expected) model.phase += 1;
  }
  toString = () => 'nextPhase';
}

class Propose implements fc.Command<Model, Real> {
  constructor(readonly id: string, readonly by: Role) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'inProgress' && phaseAt(model) === 'agreements' && !model.agreements.has(this.id);
    const agreement = { id: this.id, what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem', who: 'emp-1', when: '2027-06-01' };
    expect(send(real, { type: 'proposeAgreement', by: this.by, agreement })).toBe(expected);
    if (expected) model.agreements.set(this.id, { employee: this.by === 'employee', manager: this.by === 'manager', withdrawn: false });
  }
  toString = () => `propose(${this.id}, ${this.by})`;
}

class Accept implements fc.Command<Model, Real> {
  constructor(readonly id: string, readonly by: Role) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const entry = model.agreements.get(this.id);
    const expected = model.status === 'inProgress' && phaseAt(model) === 'agreements' && entry !== undefined && !entry.withdrawn && !entry[this.by];
    expect(send(real, { type: 'acceptAgreement', by: this.by, agreementId: this.id })).toBe(expected);
    if (expected && entry) entry[this.by] = true;
  }
  toString = () => `accept(${this.id}, ${this.by})`;
}

class Withdraw implements fc.Command<Model, Real> {
  constructor(readonly id: string) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const entry = model.agreements.get(this.id);
    const expected = model.status === 'inProgress' && phaseAt(model) === 'agreements' && entry !== undefined && !entry.withdrawn;
    expect(send(real, { type: 'withdrawAgreement', by: 'employee', agreementId: this.id, reason: 'Toch niet' })).toBe(expected);
    if (expected && entry) entry.withdrawn = true;
  }
  toString = () => `withdraw(${this.id})`;
}

class Schedule implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'inProgress' && phaseAt(model) === 'nextConversation';
    expect(
      send(real, { type: 'scheduleNextConversation', by: 'manager', date: '2027-06-14', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00' }),
    ).toBe(expected);
    if (expected) model.scheduled = true;
  }
  toString = () => 'schedule';
}

class Conclude implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'inProgress' && model.phase === phases.length - 1 && model.scheduled;
    expect(send(real, { type: 'conclude', by: 'manager' })).toBe(expected);
    if (expected) {
      model.status = 'concluded';
      concludedRuns += 1;
    }
    expect(real.state.status).toBe(model.status);
    expect(real.state.phase).toBe(model.status === 'concluded' ? 'concluded' : phaseAt(model));
  }
  toString = () => 'conclude';
}

/** How many runs reached the conclusion: the test must not pass by never getting there. */
let concludedRuns = 0;

const role = fc.constantFrom<Role>('employee', 'manager');
const agreementId = fc.constantFrom('a1', 'a2');

const commands = [
  fc.constant(new SetPurpose()),
  role.map((by) => new AddPoint(by)),
  fc.constant(new Merge()),
  fc.constant(new Start()),
  fc.constant(new NextPhase()),
  fc.constant(new NextPhase()),
  fc.tuple(agreementId, role).map(([id, by]) => new Propose(id, by)),
  fc.tuple(agreementId, role).map(([id, by]) => new Accept(id, by)),
  agreementId.map((id) => new Withdraw(id)),
  fc.constant(new Schedule()),
  fc.constant(new Conclude()),
];

describe('the conversation against a model (fc.commands)', () => {
  it('accepts and refuses exactly what the model predicts, and ends in the phase the model is in', () => {
    fc.assert(
      fc.property(fc.commands(commands, { size: 'large' }), (cmds) => {
        const created = createConversation({ ...developmentInput, strictness: 'standard' });
        if (!created.ok) throw new Error('fixture');
        const model: Model = { status: 'planned', phase: 0, purpose: false, points: 0, merged: false, agreements: new Map(), scheduled: false };
        fc.modelRun(() => ({ model, real: { state: created.value, minute: 0 } }), cmds);
      }),
      { numRuns: 60, seed: 20270315 },
    );
    expect(concludedRuns).toBeGreaterThan(0);
  });
});
