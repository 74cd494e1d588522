// Who may send which event, worked out case by case: the finding each refusal gives, where it points
// and what it names; the safe bounds of a host's table, and how overrides combine.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, CreateConversationInput } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import {
  authorize,
  defaultPermissions,
  mergeOverrides,
  permissionFindings,
  permissionsOf,
  rolesFor,
} from '../../src/conversation/permissions.js';
import type { ConversationEvent } from '../../src/conversation/event-types.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const withHr: CreateConversationInput = {
  ...developmentInput,
  participants: [
    { id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' },
    { id: 'men-2', name: 'Joost Bakker', role: 'mentor' },
  ],
};

function stateAfter(n: number, input: CreateConversationInput = withHr): Conversation {
  const replayed = replay(developmentEvents.slice(0, n), { input });
  if (!replayed.ok) throw new Error(replayed.findings.map((f) => f.code).join());
  return replayed.value;
}

const proposalAt = developmentEvents.findIndex((event) => event.type === 'acceptAgreement');
const at = '2027-03-15T10:37:00+01:00';
const summary = (f: { code: string; severity: string; path: readonly unknown[]; params: unknown } | undefined) =>
  f && { code: f.code, severity: f.severity, path: f.path, params: f.params };

describe('acting on someone’s behalf', () => {
  it('refuses a manager who approves the agreement on the employee’s behalf, and leaves the agreement waiting', () => {
    const proposed = stateAfter(proposalAt);
    const text = JSON.stringify(proposed);
    const refused = transition(proposed, { type: 'acceptAgreement', at, by: 'manager', onBehalfOf: 'employee', agreementId: 'a1' });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map(summary)).toEqual([
      {
        code: 'conversation.permission.consentOnBehalf',
        severity: 'error',
        path: ['onBehalfOf'],
        params: { type: 'acceptAgreement', onBehalfOf: 'employee' },
      },
    ]);
    expect(JSON.stringify(proposed)).toBe(text);
    // Support is consent too.
    const support = stateAfter(developmentEvents.findIndex((event) => event.type === 'acceptSupport'));
    const refusedSupport = transition(support, {
      type: 'acceptSupport',
      at: '2027-03-15T10:45:00+01:00',
      by: 'employee',
      onBehalfOf: 'manager',
      agreementId: 's1',
    });
    expect(refusedSupport.findings.map((f) => f.code)).toEqual(['conversation.permission.consentOnBehalf']);
  });

  it('takes an event on one’s own behalf as one’s own: nothing is recorded as an act on behalf', () => {
    const proposed = stateAfter(proposalAt);
    const own = transition(proposed, { type: 'acceptAgreement', at, by: 'manager', onBehalfOf: 'manager', agreementId: 'a1' });
    expect(own.ok).toBe(true);
    expect((own.ok && own.value.conversation.actsOnBehalf) ?? []).toEqual([]);
    expect(
      authorize(proposed, { type: 'acceptAgreement', at, by: 'manager', onBehalfOf: 'manager', agreementId: 'a1' } as ConversationEvent),
    ).toEqual({
      role: 'manager',
      actor: 'mgr-1',
    });
  });

  it('records what an HR adviser did for a side, and refuses a mentor who may not act for anyone', () => {
    const state = stateAfter(5);
    const event = {
      type: 'addAgendaPoint',
      at: '2027-03-14T11:00:00+01:00',
      by: 'hrAdviser',
      onBehalfOf: 'manager',
      point: { id: 'hr-p', title: 'Verzuim bespreken', priority: 'should', minutes: 5 },
    } as ConversationEvent;
    expect(authorize(state, event)).toEqual({
      role: 'manager',
      actor: 'hr-7',
      onBehalf: { type: 'addAgendaPoint', at: '2027-03-14T11:00:00+01:00', by: 'hrAdviser', actor: 'hr-7', onBehalfOf: 'manager' },
    });
    expect(summary(authorize(state, { ...event, by: 'mentor' } as ConversationEvent) as never)).toEqual({
      code: 'conversation.permission.onBehalfDenied',
      severity: 'error',
      path: ['onBehalfOf'],
      params: { type: 'addAgendaPoint', role: 'mentor', onBehalfOf: 'manager' },
    });
  });
});

describe('who may send an event', () => {
  it('refuses a side’s own input from a third party in person, naming the role', () => {
    const state = stateAfter(5);
    const refused = transition(state, {
      type: 'addAgendaPoint',
      at: '2027-03-14T11:00:00+01:00',
      by: 'hrAdviser',
      point: { id: 'hr-p', title: 'Verzuim', priority: 'should', minutes: 5 },
    } as ConversationEventInput);
    expect(refused.findings.map(summary)).toEqual([
      {
        code: 'conversation.permission.denied',
        severity: 'error',
        path: ['by'],
        params: { type: 'addAgendaPoint', role: 'hrAdviser' },
      },
    ]);
  });

  it('refuses a side’s own input to a third party even where a host’s table would allow it', () => {
    const conversation = stateAfter(5);
    const loose = {
      ...conversation,
      template: { ...conversation.template, permissions: { events: { addAgendaPoint: ['employee', 'manager', 'hrAdviser'] } } },
    } as unknown as Conversation;
    const event = {
      type: 'addAgendaPoint',
      at: '2027-03-14T11:00:00+01:00',
      by: 'hrAdviser',
      point: { id: 'hr-p', title: 'Verzuim', priority: 'should', minutes: 5 },
    } as ConversationEvent;
    expect((authorize(loose, event) as { code: string }).code).toBe('conversation.permission.denied');
    // A note is no side's own input: the table decides.
    expect(authorize(loose, { type: 'addNote', at: '2027-03-15T10:04:00+01:00', by: 'hrAdviser', text: 'x' } as ConversationEvent)).toEqual(
      {
        role: 'hrAdviser',
        actor: 'hr-7',
      },
    );
  });

  it('names the role whose person is not known, missing or shared', () => {
    const started = stateAfter(8);
    const note = (extra: object) => ({ type: 'addNote', at: '2027-03-15T10:04:00+01:00', text: 'x', ...extra }) as ConversationEvent;
    expect(summary(authorize(started, note({ by: 'manager', actor: 'emp-1' })) as never)).toEqual({
      code: 'conversation.participant.unknown',
      severity: 'error',
      path: ['actor'],
      params: { role: 'manager' },
    });
    expect(authorize(started, note({ by: 'manager', actor: 'mgr-1' }))).toEqual({ role: 'manager', actor: 'mgr-1' });
    expect(summary(authorize(started, note({ by: 'mentor', actor: 'hr-7' })) as never)).toEqual({
      code: 'conversation.participant.unknown',
      severity: 'error',
      path: ['actor'],
      params: { role: 'mentor' },
    });
    expect(authorize(started, note({ by: 'mentor', actor: 'men-2' }))).toEqual({ role: 'mentor', actor: 'men-2' });
    expect(authorize(started, note({ by: 'mentor' }))).toEqual({ role: 'mentor', actor: 'men-2' });
    expect(summary(authorize(started, note({ by: 'skipLevelManager' })) as never)).toEqual({
      code: 'conversation.participant.missing',
      severity: 'error',
      path: ['by'],
      params: { role: 'skipLevelManager' },
    });
    const two = stateAfter(8, {
      ...developmentInput,
      participants: [
        { id: 'men-2', name: 'Joost', role: 'mentor' },
        { id: 'coach-4', name: 'Lotte', role: 'mentor' },
      ],
    });
    expect(summary(authorize(two, note({ by: 'mentor' })) as never)).toEqual({
      code: 'conversation.participant.ambiguous',
      severity: 'error',
      path: ['actor'],
      params: { role: 'mentor', count: 2 },
    });
  });

  it('offers an event to each role once, and only to those who take part', () => {
    const conversation = stateAfter(8);
    const doubled = {
      ...conversation,
      template: { ...conversation.template, permissions: { events: { addNote: ['manager', 'mentor', 'manager', 'skipLevelManager'] } } },
    } as unknown as Conversation;
    expect(rolesFor(doubled, 'addNote')).toEqual(['manager', 'mentor']);
    expect(rolesFor(stateAfter(8, developmentInput), 'addNote')).toEqual(['employee', 'manager']);
  });
});

describe('a host’s table', () => {
  it('keeps consent with exactly the employee and the manager', () => {
    const path = ['template', 'permissions'];
    const codes = (events: object) => permissionFindings({ events } as never, path).map((f) => [f.code, f.path.join('.'), f.params]);
    expect(codes({ acceptAgreement: ['manager', 'employee'] })).toEqual([]);
    expect(codes({ acceptAgreement: ['employee', 'hrAdviser'] })).toEqual([
      ['conversation.permissions.consentFixed', 'template.permissions.events.acceptAgreement', { type: 'acceptAgreement' }],
    ]);
    expect(codes({ acceptSupport: ['manager', 'hrAdviser'] }).map(([code]) => code)).toEqual(['conversation.permissions.consentFixed']);
    expect(codes({ acceptSupport: ['employee', 'manager', 'mentor'] }).map(([code]) => code)).toEqual([
      'conversation.permissions.consentFixed',
    ]);
    expect(codes({ acceptSupport: ['employee'] }).map(([code]) => code)).toEqual(['conversation.permissions.consentFixed']);
  });

  it('keeps a side’s own input with the sides and the employee’s say with the employee, saying each once', () => {
    const codes = (events: object) => permissionFindings({ events } as never, []).map((f) => [f.code, f.params]);
    expect(codes({ addNeed: ['manager', 'employee', 'mentor'] })).toEqual([
      ['conversation.permissions.sideEvent', { type: 'addNeed', role: 'mentor' }],
    ]);
    expect(codes({ evaluate: ['manager', 'hrAdviser'] })).toEqual([
      ['conversation.permissions.sideEvent', { type: 'evaluate', role: 'hrAdviser' }],
      ['conversation.permissions.employeeVoice', { type: 'evaluate' }],
    ]);
    // Outside the sides’ own input and the employee’s say, a host decides.
    expect(codes({ nextPhase: ['hrAdviser'], shareText: ['mentor'], addNote: [], withdrawAgreement: ['manager'] })).toEqual([
      ['conversation.permissions.employeeVoice', { type: 'shareText' }],
    ]);
    expect(codes({ nextPhase: undefined, addNote: ['manager'] })).toEqual([]);
    expect(permissionFindings(undefined, [])).toEqual([]);
    expect(permissionFindings({}, [])).toEqual([]);
  });

  it('replaces the default per event and per role, ignoring what an override leaves undefined', () => {
    expect(permissionsOf({ permissions: undefined } as never)).toBe(defaultPermissions);
    const table = permissionsOf({ permissions: { events: { nextPhase: ['manager'], addNote: undefined } } } as never);
    expect(table.events.nextPhase).toEqual(['manager']);
    expect(table.events.addNote).toEqual(defaultPermissions.events.addNote);
    expect(table.onBehalfOf).toEqual({ hrAdviser: ['employee', 'manager'] });
    const noOne = permissionsOf({ permissions: { onBehalfOf: { hrAdviser: ['employee'], mentor: undefined } } } as never);
    expect(noOne.onBehalfOf).toEqual({ hrAdviser: ['employee'] });
    expect(noOne.events).toEqual(defaultPermissions.events);
  });

  it('merges overrides: the later wins per event and per role, and empty parts are left out', () => {
    const first = {
      events: { nextPhase: ['manager'] as const, addNote: ['employee'] as const },
      onBehalfOf: { hrAdviser: ['employee'] as const },
    };
    expect(mergeOverrides(first as never, undefined)).toBe(first);
    expect(mergeOverrides(undefined, first as never)).toBe(first);
    expect(mergeOverrides(undefined, undefined)).toBeUndefined();
    expect(mergeOverrides(first as never, { events: { nextPhase: ['employee'], addNote: undefined } } as never)).toEqual({
      events: { nextPhase: ['employee'], addNote: ['employee'] },
      onBehalfOf: { hrAdviser: ['employee'] },
    });
    expect(mergeOverrides({}, {})).toEqual({});
    expect(mergeOverrides({ events: { nextPhase: ['manager'] } } as never, {})).toEqual({ events: { nextPhase: ['manager'] } });
    expect(mergeOverrides({}, { onBehalfOf: { hrAdviser: ['manager'] } } as never)).toEqual({ onBehalfOf: { hrAdviser: ['manager'] } });
  });
});
