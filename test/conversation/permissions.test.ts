import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Conversation,
  ConversationEventInput,
  ConversationEventType,
  CreateConversationInput,
  ParticipantRole,
} from '../../src/index.js';
import {
  availableEvents,
  conversationEventTypes,
  createConversation,
  defaultPermissions,
  findingMessage,
  replay,
  transition,
  validateTemplate,
  conversationTemplates,
} from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const withParticipants: CreateConversationInput = {
  ...developmentInput,
  participants: [
    { id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' },
    { id: 'men-2', name: 'Joost Bakker', role: 'mentor' },
    { id: 'skip-3', name: 'Marieke Jansen', role: 'skipLevelManager' },
  ],
};

/** The state after the first `n` events of the development conversation. */
function stateAfter(n: number, input: CreateConversationInput = withParticipants): Conversation {
  return value(replay(developmentEvents.slice(0, n), { input }));
}

const sides = new Set<ParticipantRole>(['employee', 'manager']);

describe('who may send which event', () => {
  it('keeps the events of the employee and the manager working as they were', () => {
    const state = value(replay(developmentEvents, { input: developmentInput }));
    expect(state.status).toBe('concluded');
    expect(state.actsOnBehalf).toEqual([]);
    expect(state.participants).toEqual([]);
  });

  it('refuses an event from a role the table does not allow, and leaves the state as it was (fast-check)', () => {
    const states = [stateAfter(0), stateAfter(7), stateAfter(12), stateAfter(17), stateAfter(19), stateAfter(24)];
    const third = fc.constantFrom<ParticipantRole>('hrAdviser', 'mentor', 'skipLevelManager');
    fc.assert(
      fc.property(fc.nat({ max: states.length - 1 }), fc.nat({ max: developmentEvents.length - 1 }), third, (s, e, role) => {
        const state = states[s] as Conversation;
        const before = JSON.stringify(state);
        const event = {
          ...(developmentEvents[e] as ConversationEventInput),
          by: role,
          at: '2027-03-15T12:00:00+01:00',
        } as ConversationEventInput;
        const result = transition(state, event);
        const allowed = defaultPermissions.events[event.type].includes(role);
        if (!allowed) {
          expect(result.ok).toBe(false);
          expect([
            'conversation.permission.denied',
            'conversation.event.notNow',
            'conversation.event.closed',
            'conversation.event.beforeLast',
          ]).toContain(result.findings[0]?.code);
        }
        expect(JSON.stringify(state)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('lets an HR adviser add a note for the HR file, and a mentor too, each named as its writer', () => {
    const started = stateAfter(8);
    const hr = value(
      transition(started, {
        type: 'addNote',
        at: '2027-03-15T10:04:00+01:00',
        by: 'hrAdviser',
        text: 'Scholing past in het O&O-fonds',
        visibility: 'hr',
      }),
    );
    expect(hr.conversation.notes.at(-1)).toEqual({
      id: 'note-1',
      phase: 'setStatus',
      text: 'Scholing past in het O&O-fonds',
      by: 'hrAdviser',
      author: 'hr-7',
      at: '2027-03-15T10:04:00+01:00',
      visibility: 'hr',
    });
    const mentor = transition(hr.conversation, {
      type: 'addAgendaPoint',
      at: '2027-03-15T10:05:00+01:00',
      by: 'mentor',
      point: { id: 'm1', title: 'Netwerken', priority: 'could' },
    });
    expect(mentor.ok).toBe(false);
    expect(findingMessage(mentor.findings[0]!, 'nl')).toBe('In dit gesprek mag de mentor of coach dit niet: ‘Agendapunt toevoegen’.');
  });

  it('records acts on behalf of a side, and never lets anyone consent for another', () => {
    const state = stateAfter(5);
    const answered = value(
      transition(state, {
        type: 'answerPreparation',
        at: '2027-03-14T10:25:00+01:00',
        by: 'hrAdviser',
        onBehalfOf: 'employee',
        questionId: 'prep-9',
        answer: 'Ingevuld met Fatima aan de telefoon.',
      }),
    ).conversation;
    expect(answered.preparation.employee.at(-1)?.questionId).toBe('prep-9');
    expect(answered.actsOnBehalf).toEqual([
      { type: 'answerPreparation', at: '2027-03-14T10:25:00+01:00', by: 'hrAdviser', actor: 'hr-7', onBehalfOf: 'employee' },
    ]);
    const proposal = stateAfter(18);
    const consent = transition(proposal, {
      type: 'acceptAgreement',
      at: '2027-03-15T10:37:00+01:00',
      by: 'hrAdviser',
      onBehalfOf: 'manager',
      agreementId: 'a1',
    });
    expect(consent.findings.map((f) => f.code)).toEqual(['conversation.permission.consentOnBehalf']);
    const byManager = transition(proposal, {
      type: 'acceptAgreement',
      at: '2027-03-15T10:37:00+01:00',
      by: 'manager',
      onBehalfOf: 'employee',
      agreementId: 'a1',
    });
    expect(byManager.findings.map((f) => f.code)).toEqual(['conversation.permission.consentOnBehalf']);
    const mentor = transition(state, {
      type: 'answerPreparation',
      at: '2027-03-14T10:25:00+01:00',
      by: 'mentor',
      onBehalfOf: 'employee',
      questionId: 'q',
      answer: 'x',
    });
    expect(findingMessage(mentor.findings[0]!, 'en')).toBe(
      'The mentor or coach may not do this on behalf of the employee: “Answer a preparation question”.',
    );
  });

  it('knows who sends: a role nobody has, a person not in it, and a role several people share', () => {
    const alone = stateAfter(5, developmentInput);
    expect(transition(alone, { type: 'addNote', at: '2027-03-14T11:00:00+01:00', by: 'mentor', text: 'x' }).findings[0]?.code).toBe(
      'conversation.event.notNow',
    );
    const started = stateAfter(8, developmentInput);
    expect(transition(started, { type: 'addNote', at: '2027-03-15T10:04:00+01:00', by: 'mentor', text: 'x' }).findings[0]?.code).toBe(
      'conversation.participant.missing',
    );
    expect(
      transition(started, { type: 'addNote', at: '2027-03-15T10:04:00+01:00', by: 'employee', actor: 'mgr-1', text: 'x' }).findings[0]
        ?.code,
    ).toBe('conversation.participant.unknown');
    const two: CreateConversationInput = {
      ...developmentInput,
      participants: [
        { id: 'men-2', name: 'Joost', role: 'mentor' },
        { id: 'coach-4', name: 'Lotte', role: 'mentor' },
      ],
    };
    const busy = stateAfter(8, two);
    expect(transition(busy, { type: 'addNote', at: '2027-03-15T10:04:00+01:00', by: 'mentor', text: 'x' }).findings[0]?.code).toBe(
      'conversation.participant.ambiguous',
    );
    const lotte = value(transition(busy, { type: 'addNote', at: '2027-03-15T10:04:00+01:00', by: 'mentor', actor: 'coach-4', text: 'x' }));
    expect(lotte.conversation.notes.at(-1)?.author).toBe('coach-4');
  });

  it('refuses a participant twice, or one who is also the employee or the manager', () => {
    const twice = createConversation({ ...withParticipants, participants: [{ id: 'mgr-1', name: 'Ahmed', role: 'skipLevelManager' }] });
    expect(twice.findings.map((f) => f.code)).toEqual(['conversation.participant.duplicate']);
  });

  it('lets a host change the table within safe bounds, kept in the template so a replay judges the same', () => {
    const input: CreateConversationInput = {
      ...withParticipants,
      permissions: { events: { nextPhase: ['employee', 'manager', 'hrAdviser'] } },
    };
    const started = value(replay(developmentEvents.slice(0, 8), { input }));
    const moved = value(transition(started, { type: 'nextPhase', at: '2027-03-15T10:05:00+01:00', by: 'hrAdviser' }));
    expect(moved.conversation.phaseHistory.at(-1)?.by).toBe('hrAdviser');
    expect(moved.conversation.template.permissions).toEqual({ events: { nextPhase: ['employee', 'manager', 'hrAdviser'] } });
    const unsafe = createConversation({
      ...withParticipants,
      permissions: { events: { acceptAgreement: ['employee'], addNeed: ['employee', 'manager', 'mentor'], proposeAgreement: ['manager'] } },
    });
    expect(unsafe.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['conversation.permissions.sideEvent', 'permissions.events.addNeed'],
      ['conversation.permissions.employeeVoice', 'permissions.events.proposeAgreement'],
      ['conversation.permissions.consentFixed', 'permissions.events.acceptAgreement'],
    ]);
    const template = validateTemplate({
      ...conversationTemplates.checkIn,
      permissions: { events: { acceptSupport: ['manager', 'hrAdviser'] } },
    });
    expect(template.ok).toBe(false);
    expect(template.findings.map((f) => f.code)).toEqual(['conversation.permissions.consentFixed']);
  });

  it('offers each event to the roles that may send it, among those who take part', () => {
    const offered = value(availableEvents(stateAfter(8)));
    const by = (type: ConversationEventType) => offered.find((event) => event.type === type)?.by;
    expect(by('addNote')).toEqual(['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager']);
    expect(by('nextPhase')).toEqual(['employee', 'manager']);
    for (const event of offered) {
      for (const role of event.by) {
        if (!sides.has(role)) expect(['addNote', 'shareText']).toContain(event.type);
      }
    }
    expect(conversationEventTypes.at(-1)).toBe('shareText');
  });
});

describe('sensitive data in what an event brings', () => {
  it('warns on the field that holds it, and still accepts the event', () => {
    const started = stateAfter(8);
    const note = transition(started, {
      type: 'addNote',
      at: '2027-03-15T10:04:00+01:00',
      by: 'employee',
      text: 'Na mijn burn-out wil ik rustiger aan doen.',
    });
    expect(note.ok).toBe(true);
    expect(note.findings.map((f) => [f.code, f.path.join('.'), f.params.evidence])).toEqual([
      ['privacy.sensitiveData', 'text', ['burn-out']],
    ]);
    const proposal = stateAfter(17);
    const agreement = transition(proposal, {
      type: 'proposeAgreement',
      at: '2027-03-15T10:35:00+01:00',
      by: 'employee',
      agreement: { id: 'a1', what: 'Ik ga voor 1 juni naar de vakbond van mijn keuze', who: 'emp-1', when: '2027-06-01' },
    });
    expect(agreement.findings.filter((f) => f.code === 'privacy.sensitiveData').map((f) => f.path.join('.'))).toEqual(['agreement.what']);
  });

  it('gives no hint for an event whose texts were erased', () => {
    const started = stateAfter(8);
    const erased = value(
      transition(started, {
        type: 'addNote',
        at: '2027-03-15T10:04:00+01:00',
        by: 'employee',
        text: '[…]',
        erased: { at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'sensitiveData' },
      }),
    );
    expect(erased.conversation.erasures).toEqual([
      { text: { kind: 'note', id: 'note-1' }, at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'sensitiveData' },
    ]);
  });
});
