// The employee's age, the wishes carried from the previous POP and a learning offer's provider:
// personal data the conversation keeps, in views, access requests, erasure and retention.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, ConversationEventLog, CreateConversationInput, RedactTarget } from '../../src/index.js';
import {
  createConversation,
  dutchRetentionDefaults,
  erasedText,
  exportForSubject,
  redact,
  replay,
  transition,
  viewFor,
} from '../../src/index.js';
import { input as base } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const wishes = {
  employee: 'De agenda een week eerder delen.',
  manager: 'Meer tijd voor de loopbaanvraag.',
};

/** A check-in after a POP both sides evaluated, with the employee's birth year, and a coach as provider. */
const input: CreateConversationInput = {
  ...base,
  kind: 'checkIn',
  templateVersion: undefined,
  employeeAge: { birthYear: 1979, on: '2027-03-15' },
  previousPlan: {
    agreements: [],
    evaluation: {
      nextTime: wishes.manager,
      bySide: { employee: { nextTime: wishes.employee }, manager: { nextTime: wishes.manager } },
    },
  },
};

const events: ConversationEventInput[] = [
  { type: 'setPurpose', at: '2027-03-14T09:00:00+01:00', by: 'employee', purpose: 'Voortgang en volgende stap' },
  { type: 'mergeAgenda', at: '2027-03-14T09:01:00+01:00', by: 'manager' },
  { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
  { type: 'nextPhase', at: '2027-03-15T10:10:00+01:00', by: 'manager' },
  {
    type: 'proposeSupport',
    at: '2027-03-15T10:20:00+01:00',
    by: 'employee',
    agreement: {
      id: 's1',
      what: 'Ik volg voor 1 juli 2027 vijf sessies loopbaancoaching',
      who: 'emp-1',
      when: '2027-07-01',
      offer: { provider: 'Coach Marieke de Wit', form: 'coaching', hours: 10 },
    },
  },
];

function conversation(): Conversation {
  let state = value(createConversation(input));
  for (const event of events) state = value(transition(state, event)).conversation;
  return state;
}

const request = (target: RedactTarget) => ({
  target,
  at: '2029-05-01T09:00:00+02:00',
  by: 'privacy-officer',
  reason: 'retention' as const,
});

describe('the employee’s age: a band wherever it is shown or exported', () => {
  it('shows the two sides a band, never the birth year, and third parties nothing', () => {
    const state = conversation();
    expect(state.employeeAge).toEqual({ birthYear: 1979, on: '2027-03-15' });
    for (const id of ['emp-1', 'mgr-1']) expect(value(viewFor(state, { id })).employeeAge).toEqual({ band: '45to54' });
    for (const id of ['hr-7', 'men-2', 'skip-3']) expect('employeeAge' in value(viewFor(state, { id }))).toBe(false);
    const answer = value(exportForSubject({ conversations: [state] }, 'emp-1'));
    expect(answer.conversations[0]?.view.employeeAge).toEqual({ band: '45to54' });
    expect(JSON.stringify(answer)).not.toContain('1979');
  });

  it('gives the band the agenda’s hint reads, for any birth year and date (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1930, max: 2010 }), fc.integer({ min: 2026, max: 2040 }), (birthYear, year) => {
        const state = value(createConversation({ ...input, employeeAge: { birthYear, on: `${year}-06-01` } }));
        const band = value(viewFor(state, { id: 'mgr-1' })).employeeAge;
        const age = year - birthYear;
        expect(band).toEqual({ band: age < 45 ? 'under45' : age < 55 ? '45to54' : '55plus' });
        expect(JSON.stringify(value(viewFor(state, { id: 'emp-1' })))).not.toContain(String(birthYear));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the wishes carried from the previous POP', () => {
  it('are for the two sides, with their side, and in the employee’s access request', () => {
    const state = conversation();
    const carried = [
      { by: 'employee', text: wishes.employee },
      { by: 'manager', text: wishes.manager },
    ];
    expect(value(viewFor(state, { id: 'emp-1' })).previousNextTime).toEqual(carried);
    expect('previousNextTime' in value(viewFor(state, { id: 'hr-7' }))).toBe(false);
    expect(value(exportForSubject({ conversations: [state] }, 'emp-1')).conversations[0]?.view.previousNextTime).toEqual(carried);
  });

  it('erases one side’s wish with that person’s data, the age with the employee’s, each with a tombstone for the text', () => {
    const state = conversation();
    const manager = value(redact(state, request({ kind: 'person', id: 'mgr-1' })));
    expect(manager.previousNextTime).toEqual([
      { by: 'employee', text: wishes.employee },
      { by: 'manager', text: erasedText },
    ]);
    expect(manager.employeeAge).toEqual(state.employeeAge);
    expect(manager.erasures?.map((record) => record.text.kind)).toContain('previousNextTime');
    const employee = value(redact(state, request({ kind: 'person', id: 'emp-1' })));
    expect(employee.previousNextTime?.[0]?.text).toBe(erasedText);
    expect(employee.previousNextTime?.[1]?.text).toBe(wishes.manager);
    expect('employeeAge' in employee).toBe(false);
  });

  it('goes, with the age, when the preparation’s retention term ends', () => {
    const rule = dutchRetentionDefaults.rules.find((entry) => entry.kind === 'preparation');
    expect(rule?.action).toBe('erase');
    const state = conversation();
    const erased = value(redact(state, request({ kind: 'preparation' })));
    expect(erased.previousNextTime?.map((wish) => wish.text)).toEqual([erasedText, erasedText]);
    expect('employeeAge' in erased).toBe(false);
    // What else the conversation holds stays.
    expect(erased.supportAgreements[0]?.agreement.offer?.provider).toBe('Coach Marieke de Wit');
  });
});

describe('a learning offer’s provider', () => {
  it('is erased with its agreement, as it may name a coach', () => {
    const state = conversation();
    const erased = value(redact(state, request({ kind: 'agreement', id: 's1' })));
    expect(erased.supportAgreements[0]?.agreement.offer).toEqual({ provider: erasedText, hours: 10, form: 'coaching' });
    expect(erased.supportAgreements[0]?.agreement.what).toBe(erasedText);
  });
});

describe('the log', () => {
  const targets: RedactTarget[] = [
    { kind: 'everything' },
    { kind: 'preparation' },
    { kind: 'previousNextTime' },
    { kind: 'agreement', id: 's1' },
    { kind: 'person', id: 'emp-1' },
    { kind: 'person', id: 'mgr-1' },
    { kind: 'person', id: 'men-2' },
    { kind: 'notes' },
  ];

  it('replays, erased, to the erased state for every target: texts, tombstones and the age (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.boolean(), (target, oneWish) => {
        const given: CreateConversationInput = oneWish
          ? { ...input, previousPlan: { agreements: [], evaluation: { nextTime: wishes.employee } } }
          : input;
        const state = value(replay(events, { input: given }));
        const erasedState = value(redact(state, request(target)));
        const log = { input: given, events } as ConversationEventLog;
        const erasedLog = value(redact(log, request(target)));
        expect(JSON.stringify(value(replay(erasedLog.events, { input: erasedLog.input })))).toBe(JSON.stringify(erasedState));
        if (target.kind === 'everything' || target.kind === 'preparation' || (target.kind === 'person' && target.id === 'emp-1')) {
          expect(JSON.stringify(erasedLog)).not.toContain('1979');
        }
        if (target.kind !== 'agreement' && target.kind !== 'notes' && !(target.kind === 'person' && target.id === 'men-2')) {
          expect(erasedState.erasures?.some((record) => record.text.kind === 'previousNextTime')).toBe(true);
        }
      }),
    );
  });
});
