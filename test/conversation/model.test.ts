import fc from 'fast-check';
import { applyPatches, enablePatches } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Role } from '../../src/index.js';
import { conversationTemplates, createConversation, transition } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

// The library makes its own patches; immer only checks them here.
enablePatches();

/** What the model knows: enough to predict whether the library accepts each command. */
interface Model {
  status: 'planned' | 'inProgress' | 'postponed' | 'concluded';
  phase: number;
  purpose: boolean;
  points: number;
  merged: boolean;
  agreements: Map<string, { employee: boolean; manager: boolean; withdrawn: boolean }>;
  support: Map<string, { employee: boolean; manager: boolean }>;
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

/** Sends an event; a refusal must leave the state as it was, an acceptance must be what its patches say. */
function send(real: Real, event: Untimed): boolean {
  real.minute += 1;
  const at = new Date(Date.parse('2027-03-15T08:00:00Z') + real.minute * 60_000).toISOString().replace('.000Z', 'Z');
  const before = real.state;
  const version = before.version;
  const result = transition(before, { ...event, at } as ConversationEventInput, { patches: true });
  // States are frozen, so a refusal cannot have changed `before`; it must also not have moved on.
  expect(Object.isFrozen(before)).toBe(true);
  expect(before.version).toBe(version);
  if (result.ok) {
    expect(applyPatches(before, result.value.patches as never)).toEqual(result.value.conversation);
    real.state = result.value.conversation;
  } else {
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
  }
  return result.ok;
}

/** Preparation work is open before the start (also when postponed before it) and in setStatus. */
const preparing = (model: Model): boolean =>
  ((model.status === 'planned' || model.status === 'postponed') && model.phase === 0) ||
  (model.status === 'inProgress' && phaseAt(model) === 'setStatus');

const live = (model: Model) => [...model.agreements.values()].filter((a) => !a.withdrawn);

class SetPurpose implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = preparing(model);
    expect(send(real, { type: 'setPurpose', by: 'employee', purpose: 'Volgende stap' })).toBe(expected);
    if (expected) model.purpose = true;
  }
  toString = () => 'setPurpose';
}

class AddPoint implements fc.Command<Model, Real> {
  constructor(readonly by: Role) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const open = preparing(model);
    const id = `${this.by}-${model.points}`;
    expect(send(real, { type: 'addAgendaPoint', by: this.by, point: { id, title: `Punt ${id}`, priority: 'should', minutes: 5 } })).toBe(
      open,
    );
    if (open) model.points += 1;
  }
  toString = () => `addAgendaPoint(${this.by})`;
}

class Merge implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const open = preparing(model);
    expect(send(real, { type: 'mergeAgenda', by: 'manager' })).toBe(open);
    if (open) model.merged = true;
  }
  toString = () => 'mergeAgenda';
}

class Start implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const resuming = model.status === 'postponed' && model.phase > 0;
    const expected = resuming || ((model.status === 'planned' || model.status === 'postponed') && model.purpose && model.merged);
    expect(send(real, { type: 'start', by: 'manager' })).toBe(expected);
    if (expected) {
      model.status = 'inProgress';
      if (resuming) resumedRuns += 1;
      else model.phase = 1;
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
    if (expected && phaseAt(model) === 'supportAgreements') expected = [...model.support.values()].every((a) => a.employee && a.manager);
    if (expected && phaseAt(model) === 'nextConversation') expected = model.scheduled;
    expect(send(real, { type: 'nextPhase', by: 'employee' })).toBe(expected);
    if (expected) {
      model.phase += 1;
      deepest = Math.max(deepest, model.phase);
    }
  }
  toString = () => 'nextPhase';
}

class PreviousPhase implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    // Back one phase where the template allows it, never into preparation.
    const expected =
      model.status === 'inProgress' && model.phase >= 2 && conversationTemplates.development.phases[model.phase]?.allowBack === true;
    expect(send(real, { type: 'previousPhase', by: 'manager' })).toBe(expected);
    if (expected) {
      model.phase -= 1;
      backRuns += 1;
    }
  }
  toString = () => 'previousPhase';
}

class ProposeSupport implements fc.Command<Model, Real> {
  constructor(
    readonly id: string,
    readonly by: Role,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'inProgress' && phaseAt(model) === 'supportAgreements' && !model.support.has(this.id);
    const agreement = {
      id: this.id,
      what: 'Ahmed plant voor 15 april 2027 twee uur coaching voor de klantdemo’s',
      who: 'mgr-1',
      when: '2027-04-15',
    };
    expect(send(real, { type: 'proposeSupport', by: this.by, agreement })).toBe(expected);
    if (expected) model.support.set(this.id, { employee: this.by === 'employee', manager: this.by === 'manager' });
  }
  toString = () => `proposeSupport(${this.id}, ${this.by})`;
}

class AcceptSupport implements fc.Command<Model, Real> {
  constructor(
    readonly id: string,
    readonly by: Role,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const entry = model.support.get(this.id);
    const expected = model.status === 'inProgress' && phaseAt(model) === 'supportAgreements' && entry !== undefined && !entry[this.by];
    expect(send(real, { type: 'acceptSupport', by: this.by, agreementId: this.id })).toBe(expected);
    if (expected && entry) entry[this.by] = true;
  }
  toString = () => `acceptSupport(${this.id}, ${this.by})`;
}

class Postpone implements fc.Command<Model, Real> {
  constructor(readonly emergency: boolean) {}
  check = () => true;
  run(model: Model, real: Real): void {
    // Standard strictness: the date is kept, so only an emergency postpones.
    const expected = this.emergency && model.status !== 'concluded';
    expect(send(real, { type: 'postpone', by: 'manager', reason: 'Ziek', emergency: this.emergency })).toBe(expected);
    if (expected) model.status = 'postponed';
  }
  toString = () => `postpone(${this.emergency})`;
}

class Propose implements fc.Command<Model, Real> {
  constructor(
    readonly id: string,
    readonly by: Role,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.status === 'inProgress' && phaseAt(model) === 'agreements' && !model.agreements.has(this.id);
    const agreement = {
      id: this.id,
      what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem',
      who: 'emp-1',
      when: '2027-06-01',
    };
    expect(send(real, { type: 'proposeAgreement', by: this.by, agreement })).toBe(expected);
    if (expected) model.agreements.set(this.id, { employee: this.by === 'employee', manager: this.by === 'manager', withdrawn: false });
  }
  toString = () => `propose(${this.id}, ${this.by})`;
}

class Accept implements fc.Command<Model, Real> {
  constructor(
    readonly id: string,
    readonly by: Role,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const entry = model.agreements.get(this.id);
    const expected =
      model.status === 'inProgress' && phaseAt(model) === 'agreements' && entry !== undefined && !entry.withdrawn && !entry[this.by];
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
      send(real, {
        type: 'scheduleNextConversation',
        by: 'manager',
        date: '2027-06-14',
        start: '2027-06-14T10:00:00+02:00',
        end: '2027-06-14T10:30:00+02:00',
      }),
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

/** How deep the runs got: the test must not pass by never getting anywhere. */
let concludedRuns = 0;
let deepest = 0;
let backRuns = 0;
let resumedRuns = 0;

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
  fc.constant(new PreviousPhase()),
  fc.tuple(fc.constant('s1'), role).map(([id, by]) => new ProposeSupport(id, by)),
  fc.tuple(fc.constant('s1'), role).map(([id, by]) => new AcceptSupport(id, by)),
  fc.boolean().map((emergency) => new Postpone(emergency)),
  fc.constant(new Schedule()),
  fc.constant(new Conclude()),
];

describe('the conversation against a model (fc.commands)', () => {
  it('accepts and refuses exactly what the model predicts, and ends in the phase the model is in', () => {
    fc.assert(
      fc.property(fc.commands(commands, { size: 'large' }), (cmds) => {
        const created = createConversation({ ...developmentInput, templateVersion: undefined, strictness: 'standard' });
        if (!created.ok) throw new Error('fixture');
        const model: Model = {
          status: 'planned',
          phase: 0,
          purpose: false,
          points: 0,
          merged: false,
          agreements: new Map(),
          support: new Map(),
          scheduled: false,
        };
        fc.modelRun(() => ({ model, real: { state: created.value, minute: 0 } }), cmds);
      }),
      { numRuns: 40, seed: 20270315 },
    );
    expect({ concludedRuns: concludedRuns > 0, deepest, backRuns: backRuns > 0, resumedRuns: resumedRuns > 0 }).toEqual({
      concludedRuns: true,
      deepest: phases.length - 1,
      backRuns: true,
      resumedRuns: true,
    });
  });
});
