// The derived views worked out further: which agreements are open and whose consent they wait for,
// how much each side brought, how far the agenda is, and the clock of a concluded conversation.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Result } from '../../src/index.js';
import { agendaProgress, inputBalance, openAgreements, phaseTimes, replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved } from './outcomes.js';

const input = {
  ...developmentInput,
  templateVersion: 1 as const,
  participants: [{ id: 'men-2', name: 'Joost Bakker', role: 'mentor' as const }],
};
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;
const until = (type: ConversationEventInput['type']) =>
  developmentEvents.slice(
    0,
    developmentEvents.findIndex((event) => event.type === type),
  );

function replayed(events: ConversationEventInput[]): Conversation {
  const result = replay(events, { input });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

const good = { id: 'a9', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' };

describe('open agreements', () => {
  it('lists development agreements before support, each with the sides whose consent it still waits for', () => {
    const state = replayed(until('acceptSupport'));
    const open = value(openAgreements(state));
    expect(open.map((o) => [o.list, o.entry.agreement.id, o.acceptedByBoth, o.waitingFor])).toEqual([
      ['agreements', 'a1', true, []],
      ['supportAgreements', 's1', false, ['manager']],
    ]);
  });

  it('leaves out a withdrawn agreement, and lists one proposed by the manager as waiting for the employee', () => {
    const inAgreements = replayed(until('proposeAgreement'));
    const state = [
      { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good },
      { type: 'proposeAgreement', at: at(36), by: 'employee', agreement: { ...good, id: 'a8' } },
      { type: 'withdrawAgreement', at: at(37), by: 'employee', agreementId: 'a8', reason: 'Dubbel' },
    ].reduce((s, event) => moved(transition(s, event)), inAgreements);
    expect(value(openAgreements(state)).map((o) => [o.entry.agreement.id, o.acceptedByBoth, o.waitingFor])).toEqual([
      ['a9', false, ['employee']],
    ]);
  });

  it('refuses what is no conversation', () => {
    expect(openAgreements({} as Conversation).ok).toBe(false);
    expect(inputBalance({} as Conversation).ok).toBe(false);
    expect(agendaProgress({} as Conversation).ok).toBe(false);
  });
});

describe('the balance of input', () => {
  it('counts each side’s answers, points, needs, agreements, support and notes, a third party’s notes for neither', () => {
    const state = moved(
      transition(replayed(developmentEvents.slice(0, -2)), { type: 'addNote', at: at(52), by: 'mentor', text: 'Goed gesprek.' }),
    );
    const balance = value(inputBalance(state));
    expect(balance.employee).toEqual({
      preparationAnswers: 1,
      agendaPointIds: ['e1', 'e2'],
      needIds: ['n1'],
      agreementIds: ['a1'],
      supportAgreementIds: ['s1'],
      notes: 1,
      total: 7,
    });
    expect(balance.manager).toEqual({
      preparationAnswers: 1,
      agendaPointIds: ['o1'],
      needIds: ['n2'],
      agreementIds: [],
      supportAgreementIds: [],
      notes: 1,
      total: 4,
    });
    expect([balance.employeeShare, balance.employeeLeadsAgreements]).toEqual([7 / 11, true]);
  });

  it('gives each side half before anyone brought anything, and lets the employee lead agreements on a tie only', () => {
    const empty = value(inputBalance(replayed([])));
    expect([empty.employeeShare, empty.employeeLeadsAgreements, empty.employee.total]).toEqual([0.5, true, 0]);
    const inAgreements = replayed(until('proposeAgreement'));
    const byManager = moved(transition(inAgreements, { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good }));
    expect(value(inputBalance(byManager)).employeeLeadsAgreements).toBe(false);
    const manager = value(inputBalance(byManager)).manager;
    expect([manager.agreementIds, manager.supportAgreementIds]).toEqual([['a9'], []]);
  });
});

describe('agenda progress', () => {
  it('says whether the agenda is merged, and counts points and minutes done and open', () => {
    const before = value(agendaProgress(replayed(until('mergeAgenda'))));
    expect([before.merged, before.items, before.deferred, before.done, before.open, before.minutesDone, before.minutesOpen]).toEqual([
      false,
      [],
      [],
      0,
      0,
      0,
      0,
    ]);
    const after = value(agendaProgress(replayed(developmentEvents)));
    expect([after.merged, after.done, after.open, after.minutesDone, after.minutesOpen]).toEqual([true, 1, 1, 18, 10]);
    expect(after.items.map((item) => item.id)).toEqual(['e1', 'e2']);
  });

  it('keeps the points that did not fit apart', () => {
    const state = replayed([
      ...until('mergeAgenda'),
      { type: 'setPurpose', at: '2027-03-14T11:00:00+01:00', by: 'employee', purpose: 'Kort', minutes: 30 },
      { type: 'mergeAgenda', at: '2027-03-14T11:01:00+01:00', by: 'manager' },
    ]);
    const progress = value(agendaProgress(state));
    expect([progress.items.map((item) => item.id), progress.deferred.map((item) => item.id)]).toEqual([['e2'], ['e1']]);
    expect([progress.open, progress.minutesOpen]).toEqual([1, progress.items[0]?.minutes]);
  });
});

describe('the clock of a concluded conversation', () => {
  it('counts each visit up to when it was left, with no current phase', () => {
    const concluded = replayed(developmentEvents);
    const times = value(phaseTimes(concluded, { now: '2027-03-15T13:00:00+01:00' }));
    expect(times.current).toBeUndefined();
    expect(times.totalUsedMinutes).toBe(58);
    expect(times.phases.map((phase) => phase.usedMinutes)).toEqual([0, 5, 9, 11, 8, 9, 5, 4, 7]);
  });
});

describe('the clock’s odd inputs', () => {
  const opening = () => replayed(developmentEvents.slice(0, developmentEvents.findIndex((event) => event.type === 'start') + 1));

  it('reads no options as no `now`, and names options that cannot be read as such', () => {
    for (const options of [null, 'now', undefined]) {
      const result = phaseTimes(opening(), options as never);
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.code)).not.toContain('input.unreadable');
    }
    const trap = Object.defineProperty({}, 'now', {
      get() {
        throw new Error('no');
      },
    });
    expect(phaseTimes(opening(), trap as never).findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['input.unreadable', ['now'], { detail: 'options' }],
    ]);
  });

  it('plans no minutes for any phase of a template whose phases weigh nothing', () => {
    const state = opening();
    const phases = state.template.phases.map((phase) => ({ ...phase, weight: 0 }));
    const weightless = { ...state, template: { ...state.template, phases } } as Conversation;
    const times = value(phaseTimes(weightless, { now: at(10) }));
    expect(times.phases.map((phase) => phase.plannedMinutes)).toEqual(phases.map(() => 0));
    expect(times.totalUsedMinutes).toBe(0);
  });
});

describe('an agreement a host closed', () => {
  it('is not open once its status says it was done, though no one withdrew it', () => {
    const state = replayed(until('acceptSupport'));
    const [entry] = state.agreements;
    const closed = {
      ...state,
      agreements: [{ ...entry, agreement: { ...entry?.agreement, status: 'done' } }],
    } as unknown as Conversation;
    expect(value(openAgreements(closed)).map((o) => o.entry.agreement.id)).toEqual(['s1']);
  });
});
