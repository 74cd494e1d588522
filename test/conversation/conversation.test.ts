import { conversationSchema } from '../../src/schemas/index.js';
import { applyPatches, enablePatches, setAutoFreeze } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, CreateConversationInput, Finding, Result, TransitionOutcome } from '../../src/index.js';
import {
  agendaProgress,
  availableEvents,
  conversationEventTypes,
  createConversation,
  evaluativeDrift,
  inputBalance,
  openAgreements,
  phaseQuestions,
  phaseTimes,
  proposeNextConversation,
  replay,
  transition,
} from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { msg } from '../finding-text.js';

// The library makes its own patches; immer only checks them here.
enablePatches();

function create(input: Partial<CreateConversationInput> = {}): Conversation {
  const result = createConversation({ ...developmentInput, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

function apply(conversation: Conversation, events: readonly ConversationEventInput[]): Conversation {
  let state = conversation;
  events.forEach((event, index) => {
    const result = transition(state, event);
    if (!result.ok) throw new Error(`event ${index} (${event.type}) refused: ${result.findings.map((f) => msg(f, 'en')).join(' | ')}`);
    state = result.value.conversation;
  });
  return state;
}

/** The development log up to (not including) the first event of `type` after index `from`. */
function until(type: ConversationEventInput['type'], from = 0): ConversationEventInput[] {
  const index = developmentEvents.findIndex((event, i) => i >= from && event.type === type);
  return developmentEvents.slice(0, index);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.findings.map((f) => msg(f, 'en')).join(' | '));
  return result.value;
}

function codes(result: Result<unknown>): string[] {
  return result.findings.map((f: Finding) => f.code);
}

function refusedWith(result: Result<TransitionOutcome>, code: string): void {
  expect(result.ok).toBe(false);
  expect(codes(result)).toContain(code);
  for (const f of result.findings) {
    expect(msg(f, 'nl')?.length).toBeGreaterThan(0);
    expect(msg(f, 'en')?.length).toBeGreaterThan(0);
  }
}

const at = (time: string): string => `2027-03-15T${time}:00+01:00`;

describe('createConversation', () => {
  it('plans a conversation waiting in preparation', () => {
    const conversation = create();
    expect(conversation.status).toBe('planned');
    expect(conversation.phase).toBe('preparation');
    expect(conversation.template.id).toBe('development');
    expect(conversation.availableMinutes).toBe(60);
    expect(Object.isFrozen(conversation)).toBe(true);
    expect(conversationSchema.parse(JSON.parse(JSON.stringify(conversation)))).toEqual(conversation);
  });

  it('refuses unknown keys and the same person on both sides; without a kind it is a development conversation', () => {
    expect(codes(createConversation({ ...developmentInput, extra: 1 } as CreateConversationInput))).toContain('input.unrecognized_keys');
    const { kind: _kind, ...noKind } = developmentInput;
    expect(value(createConversation(noKind)).kind).toBe('development');
    expect(value(createConversation(noKind)).template.id).toBe('development');
    expect(codes(createConversation({ ...developmentInput, manager: { id: 'emp-1', name: 'Sanne' } }))).toEqual([
      'conversation.create.sameParticipant',
    ]);
  });

  it('puts the open agreements of the previous plan first on the agenda', () => {
    const conversation = create({
      previousPlan: {
        agreements: [
          { id: 'old-1', what: 'Cursus feedback geven volgen', who: 'emp-1', when: '2027-01-31' },
          { id: 'old-2', what: 'Mentor zoeken', who: 'emp-1', status: 'done' },
        ],
      },
    });
    expect(conversation.previousOpenAgreements.map((a) => a.id)).toEqual(['old-1']);
    const merged = apply(conversation, [
      { type: 'addAgendaPoint', at: at('09:00'), by: 'employee', point: { id: 'e1', title: 'Werkdruk', priority: 'must', minutes: 10 } },
      { type: 'mergeAgenda', at: at('09:01'), by: 'manager' },
    ]);
    expect(merged.agenda?.items[0]?.sources).toEqual(['followUp']);
    expect(merged.agenda?.items[0]?.itemIds).toEqual(['old-1']);
  });
});

describe('a whole development conversation', () => {
  it('walks from preparation through the eight phases to conclusion', () => {
    const final = apply(create(), developmentEvents);
    expect(final.status).toBe('concluded');
    expect(final.phase).toBe('concluded');
    expect(final.version).toBe(developmentEvents.length);
    expect(final.concludedAt).toBe(developmentEvents.at(-1)?.at);
    expect(final.phaseHistory.map((visit) => visit.phase)).toEqual([
      'preparation',
      'setStatus',
      'currentSituation',
      'employeeNeeds',
      'organisationNeeds',
      'agreements',
      'supportAgreements',
      'nextConversation',
      'evaluation',
      'concluded',
    ]);
    expect(final.nextConversation).toEqual({
      date: '2027-06-14',
      start: '2027-06-14T10:00:00+02:00',
      end: '2027-06-14T10:30:00+02:00',
      kind: 'checkIn',
    });
    expect(final.agreements[0]?.agreement.acceptedBy).toEqual({ employee: at('10:35'), manager: at('10:38') });
    expect(final.supportAgreements[0]?.agreement.kind).toBe('support');
    expect(final.needs.employee[0]?.source).toBe('employee');
    expect(final.needs.manager[0]?.source).toBe('manager');
    expect(final.evaluation?.rating).toBe(4);
    // Every event is offered as closed, with the reason a disabled button shows; who may read a
    // text stays its writer's to decide.
    const offered = value(availableEvents(final));
    expect(offered.map((event) => event.type)).toEqual([...conversationEventTypes]);
    const closed = offered.filter((event) => event.type !== 'shareText');
    expect(closed.every((event) => !event.ready && event.by.length === 0 && event.findings[0]?.code === 'conversation.event.closed')).toBe(
      true,
    );
    expect(offered.find((event) => event.type === 'shareText')).toMatchObject({ ready: true, by: ['employee', 'manager'] });
  });

  it('refuses every event after conclusion, leaving the state as it was', () => {
    const final = apply(create(), developmentEvents);
    const before = JSON.stringify(final);
    refusedWith(transition(final, { type: 'addNote', at: at('12:00'), by: 'employee', text: 'Nog iets' }), 'conversation.event.closed');
    expect(JSON.stringify(final)).toBe(before);
  });

  it('gives the same state when the log is replayed', () => {
    const final = apply(create(), developmentEvents);
    const replayed = replay(developmentEvents, { input: developmentInput });
    // The same state as the same JSON string: one key order, whichever way it was built.
    expect(JSON.stringify(value(replayed))).toBe(JSON.stringify(final));
    const half = apply(create(), developmentEvents.slice(0, 10));
    const resumed = replay(developmentEvents.slice(10), { from: JSON.parse(JSON.stringify(half)) as Conversation });
    expect(JSON.stringify(value(resumed))).toBe(JSON.stringify(final));
  });
});

describe('guards', () => {
  it('does not start without a purpose and a merged agenda', () => {
    const conversation = create();
    const result = transition(conversation, { type: 'start', at: at('10:00'), by: 'manager' });
    refusedWith(result, 'conversation.guard.purposeSet');
    expect(codes(result)).toContain('conversation.guard.agendaMerged');
    expect(msg(result.findings[0], 'nl')).toContain('doel');
  });

  it('lets a relaxed conversation start with warnings instead', () => {
    const result = transition(create({ strictness: 'relaxed' }), { type: 'start', at: at('10:00'), by: 'manager' });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['conversation.guard.purposeSet', 'warning'],
      ['conversation.guard.agendaMerged', 'warning'],
    ]);
  });

  it('does not leave the agreements phase without an agreement', () => {
    const inAgreements = apply(create(), until('proposeAgreement'));
    expect(inAgreements.phase).toBe('agreements');
    refusedWith(transition(inAgreements, { type: 'nextPhase', at: at('10:40'), by: 'manager' }), 'conversation.guard.agreementsPresent');
  });

  it('needs both sides to accept an agreement, in every strictness', () => {
    for (const strictness of ['relaxed', 'standard', 'strict'] as const) {
      const proposed = apply(create({ strictness }), until('acceptAgreement'));
      const result = transition(proposed, { type: 'nextPhase', at: at('10:40'), by: 'employee' });
      refusedWith(result, 'conversation.guard.agreementsAccepted');
      const waiting = result.findings.find((f) => f.code === 'conversation.guard.agreementsAccepted');
      expect(waiting?.params.side).toBe('manager');
      expect(msg(waiting, 'nl')).toContain('nog niet geaccepteerd door de leidinggevende');
      expect(
        result.findings.some((f) => f.code === 'conversation.guard.agreementsSmart' && String(f.params.criteria).includes('acceptable')),
      ).toBe(false);
    }
  });

  it('refuses a proposal that claims the other side accepted already', () => {
    const inAgreements = apply(create(), until('proposeAgreement'));
    const result = transition(inAgreements, {
      type: 'proposeAgreement',
      at: at('10:35'),
      by: 'employee',
      agreement: { id: 'a9', what: 'Cursus', who: 'emp-1', when: '2027-05-01', acceptedBy: { manager: at('10:35') } },
    });
    refusedWith(result, 'conversation.guard.agreementsAccepted');
  });

  it('asks the other side to accept again after a revision', () => {
    const accepted = apply(
      create(),
      until(
        'nextPhase',
        developmentEvents.findIndex((e) => e.type === 'acceptAgreement'),
      ),
    );
    const revised = transition(accepted, {
      type: 'reviseAgreement',
      at: at('10:40'),
      by: 'employee',
      agreement: { id: 'a1', what: 'Ik geef voor 1 juni 2027 drie klantdemo’s', who: 'emp-1', when: '2027-06-01' },
    });
    expect(revised.ok).toBe(true);
    expect(codes(revised)).toContain('conversation.agreement.revisionResetsAcceptance');
    if (!revised.ok) return;
    expect(revised.value.conversation.agreements[0]?.revision).toBe(1);
    expect(revised.value.conversation.agreements[0]?.agreement.acceptedBy).toEqual({ employee: at('10:40') });
    refusedWith(
      transition(revised.value.conversation, { type: 'nextPhase', at: at('10:41'), by: 'employee' }),
      'conversation.guard.agreementsAccepted',
    );
  });

  it('needs both sides to accept a support agreement before moving on', () => {
    const withSupport = apply(create(), until('acceptSupport'));
    refusedWith(transition(withSupport, { type: 'nextPhase', at: at('10:46'), by: 'manager' }), 'conversation.guard.supportAccepted');
    const accepted = apply(withSupport, [{ type: 'acceptSupport', at: at('10:45'), by: 'manager', agreementId: 's1' }]);
    expect(transition(accepted, { type: 'nextPhase', at: at('10:46'), by: 'manager' }).ok).toBe(true);
    const withdrawn = apply(withSupport, [
      { type: 'withdrawAgreement', at: at('10:45'), by: 'employee', agreementId: 's1', reason: 'Niet nodig' },
    ]);
    expect(transition(withdrawn, { type: 'nextPhase', at: at('10:46'), by: 'manager' }).ok).toBe(true);
    // The log without the manager's acceptance no longer reaches a conclusion.
    const skip = developmentEvents.findIndex((event) => event.type === 'acceptSupport');
    const replayed = replay([...developmentEvents.slice(0, skip), ...developmentEvents.slice(skip + 1)], { input: developmentInput });
    expect(replayed.ok).toBe(false);
    expect(codes(replayed)).toContain('conversation.guard.supportAccepted');
  });

  it('keeps the model guards on a host template that names none', () => {
    const own = createConversation({
      ...developmentInput,
      kind: undefined,
      templateVersion: undefined,
      template: {
        id: 'own',
        kind: 'development',
        phases: [
          { id: 'preparation', activities: ['prepare', 'purpose'] },
          { id: 'agreements', activities: ['agreements'] },
          { id: 'nextConversation', activities: ['schedule'] },
          { id: 'evaluation', activities: ['evaluate'] },
        ],
      },
    });
    if (!own.ok) throw new Error('template');
    const inAgreements = apply(own.value, [
      { type: 'setPurpose', at: at('09:00'), by: 'employee', purpose: 'Volgende stap bepalen' },
      { type: 'mergeAgenda', at: at('09:01'), by: 'employee' },
      { type: 'start', at: at('10:00'), by: 'manager' },
    ]);
    expect(inAgreements.phase).toBe('agreements');
    refusedWith(transition(inAgreements, { type: 'nextPhase', at: at('10:10'), by: 'manager' }), 'conversation.guard.agreementsPresent');
    const proposed = apply(inAgreements, [
      {
        type: 'proposeAgreement',
        at: at('10:20'),
        by: 'employee',
        agreement: {
          id: 'a1',
          what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem',
          who: 'emp-1',
          when: '2027-06-01',
          measure: 'Twee demo’s gegeven',
        },
      },
    ]);
    refusedWith(transition(proposed, { type: 'nextPhase', at: at('10:21'), by: 'manager' }), 'conversation.guard.agreementsAccepted');
    const accepted = apply(proposed, [{ type: 'acceptAgreement', at: at('10:22'), by: 'manager', agreementId: 'a1' }]);
    expect(transition(accepted, { type: 'nextPhase', at: at('10:23'), by: 'manager' }).ok).toBe(true);
  });

  it('refuses a proposal or revision that is already done or dropped (it would vanish from the open agreements)', () => {
    const inAgreements = apply(create(), until('proposeAgreement'));
    const agreement = { id: 'a5', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' };
    refusedWith(
      transition(inAgreements, { type: 'proposeAgreement', at: at('10:35'), by: 'employee', agreement: { ...agreement, status: 'done' } }),
      'conversation.agreement.notOpen',
    );
    const proposed = apply(inAgreements, [{ type: 'proposeAgreement', at: at('10:35'), by: 'employee', agreement }]);
    refusedWith(
      transition(proposed, { type: 'reviseAgreement', at: at('10:36'), by: 'manager', agreement: { ...agreement, status: 'dropped' } }),
      'conversation.agreement.notOpen',
    );
    expect(value(openAgreements(proposed)).map((open) => open.entry.agreement.id)).toEqual(['a5']);
  });

  it('refuses leaving the agreements with one that misses who, what or when; SMART shortfalls warn, and refuse in strict mode', () => {
    const accepted = (level: 'relaxed' | 'standard' | 'strict', agreement: { id: string; what: string; who: string; when?: string }) =>
      apply(create({ strictness: level }), [
        ...until('proposeAgreement'),
        { type: 'proposeAgreement', at: at('10:35'), by: 'employee', agreement },
        { type: 'acceptAgreement', at: at('10:36'), by: 'manager', agreementId: agreement.id },
      ]);
    const leave = (state: Conversation) => transition(state, { type: 'nextPhase', at: at('10:40'), by: 'employee' });
    const vague = { id: 'a7', what: 'Iets met communicatie', who: '' };
    refusedWith(leave(accepted('standard', vague)), 'conversation.guard.agreementsWww');
    // It says which of who, what and when is missing.
    const www = leave(accepted('standard', vague)).findings.find((f) => f.code === 'conversation.guard.agreementsWww') as Finding;
    expect(www.params['missing']).toEqual(['who', 'what', 'when']);
    expect(msg(www, 'nl')).toBe('‘Iets met communicatie’ zegt nog niet wie het doet, wat er precies gebeurt en wanneer het klaar is.');
    const relaxed = leave(accepted('relaxed', vague));
    expect(relaxed.ok).toBe(true);
    expect(relaxed.findings.filter((f) => f.code === 'conversation.guard.agreementsWww').map((f) => f.severity)).toEqual(['warning']);
    // Who, what and when are there, but two weeks is not realistic for all of it.
    const unrealistic = {
      id: 'a8',
      what: 'Ik leer Spaans, Duits, Chinees en Japans en haal vier MBA-diploma’s',
      who: 'emp-1',
      when: '2027-04-01',
    };
    const standard = leave(accepted('standard', unrealistic));
    expect(standard.ok).toBe(true);
    expect(standard.findings.filter((f) => f.code === 'conversation.guard.agreementsSmart').map((f) => f.severity)).toEqual(['warning']);
    refusedWith(leave(accepted('strict', unrealistic)), 'conversation.guard.agreementsSmart');
  });

  it('excludes withdrawn agreements from the guards', () => {
    const proposed = apply(create(), until('acceptAgreement'));
    const withdrawn = apply(proposed, [
      { type: 'withdrawAgreement', at: at('10:39'), by: 'employee', agreementId: 'a1', reason: 'Te groot' },
    ]);
    expect(withdrawn.agreements[0]?.agreement.status).toBe('dropped');
    refusedWith(transition(withdrawn, { type: 'nextPhase', at: at('10:40'), by: 'employee' }), 'conversation.guard.agreementsPresent');
    refusedWith(
      transition(withdrawn, { type: 'acceptAgreement', at: at('10:40'), by: 'manager', agreementId: 'a1' }),
      'conversation.agreement.withdrawn',
    );
  });

  it('does not conclude without a next conversation, and prompts for an evaluation', () => {
    const withoutSchedule = createConversation({
      ...developmentInput,
      templateVersion: undefined,
      template: {
        id: 'short',
        kind: 'checkIn',
        phases: [
          { id: 'preparation', activities: ['prepare', 'purpose'] },
          { id: 'nextConversation', activities: ['schedule', 'evaluate'] },
        ],
      },
      kind: undefined,
    });
    expect(withoutSchedule.ok).toBe(true);
    if (!withoutSchedule.ok) return;
    // The template names no start guards; the model's own (purpose, merged agenda) still apply.
    refusedWith(transition(withoutSchedule.value, { type: 'start', at: at('10:00'), by: 'manager' }), 'conversation.guard.agendaMerged');
    const started = apply(withoutSchedule.value, [
      { type: 'setPurpose', at: at('09:00'), by: 'employee', purpose: 'Even bijpraten' },
      { type: 'mergeAgenda', at: at('09:01'), by: 'employee' },
      { type: 'start', at: at('10:00'), by: 'manager' },
    ]);
    refusedWith(transition(started, { type: 'conclude', at: at('10:20'), by: 'manager' }), 'conversation.guard.nextConversationScheduled');
    const scheduled = apply(started, [
      {
        type: 'scheduleNextConversation',
        at: at('10:20'),
        by: 'manager',
        date: '2027-04-12',
        start: '2027-04-12T10:00:00+02:00',
        end: '2027-04-12T10:30:00+02:00',
      },
    ]);
    const concluded = transition(scheduled, { type: 'conclude', at: at('10:25'), by: 'manager' });
    expect(concluded.ok).toBe(true);
    expect(concluded.findings.map((f) => f.code)).toEqual([]);
  });

  it('warns about a missing evaluation, and refuses it in strict mode', () => {
    const index = developmentEvents.findIndex((e) => e.type === 'evaluate');
    const log = [...developmentEvents.slice(0, index), { ...developmentEvents.at(-1)! }];
    const standard = apply(create(), log.slice(0, -1));
    const concluded = transition(standard, log.at(-1));
    expect(concluded.ok).toBe(true);
    expect(concluded.findings.map((f) => [f.code, f.severity])).toEqual([['conversation.guard.evaluationGiven', 'warning']]);
    const strict = replay(log, { input: { ...developmentInput, strictness: 'strict' } });
    expect(strict.ok).toBe(false);
    expect(strict.findings[0]?.params).toEqual({ index: log.length - 1, type: 'conclude' });
    expect(strict.findings[0]?.details?.map((f) => f.code)).toEqual(['conversation.guard.evaluationGiven']);
  });
});

describe('phases', () => {
  it('steps back where the template allows it, never into preparation or past the next appointment', () => {
    const inNeeds = apply(create(), until('addNeed'));
    expect(inNeeds.phase).toBe('employeeNeeds');
    const back = apply(inNeeds, [{ type: 'previousPhase', at: at('10:17'), by: 'employee' }]);
    expect(back.phase).toBe('currentSituation');
    const inStatus = apply(create(), until('nextPhase'));
    refusedWith(transition(inStatus, { type: 'previousPhase', at: at('10:04'), by: 'manager' }), 'conversation.phase.noBack');
    const inNext = apply(create(), until('scheduleNextConversation'));
    expect(inNext.phase).toBe('nextConversation');
    refusedWith(transition(inNext, { type: 'previousPhase', at: at('10:48'), by: 'manager' }), 'conversation.phase.noBack');
  });

  it('allows events only in the phase they belong to', () => {
    const inStatus = apply(create(), until('nextPhase'));
    const result = transition(inStatus, { type: 'evaluate', at: at('10:04'), by: 'employee', rating: 5 });
    refusedWith(result, 'conversation.event.notNow');
    expect(result.findings[0]?.params).toEqual({ type: 'evaluate', status: 'inProgress', phase: 'setStatus' });
    // Events, statuses and phases by their labels, never by their ids.
    expect(msg(result.findings[0], 'nl')).toBe(
      '‘Gesprek evalueren’ kan nu niet: het gesprek is bezig en zit in de fase ‘Gespreksstatus bepalen’.',
    );
    expect(msg(result.findings[0], 'en')).toBe(
      '“Evaluate the conversation” is not possible now: the conversation is in progress and in the phase “Purpose and agenda”.',
    );
  });

  it('refuses events that go back in time', () => {
    const started = apply(create(), until('addNote'));
    refusedWith(transition(started, { type: 'addNote', at: at('09:59'), by: 'employee', text: 'x' }), 'conversation.event.beforeLast');
  });
});

describe('postpone and cancel', () => {
  it('keeps the planned date except in an emergency, and resumes where it stopped', () => {
    const started = apply(create(), until('nextPhase', 9));
    refusedWith(
      transition(started, { type: 'postpone', at: at('10:10'), by: 'manager', reason: 'Druk' }),
      'conversation.postpone.dateIsKept',
    );
    const postponed = apply(started, [
      {
        type: 'postpone',
        at: at('10:10'),
        by: 'manager',
        reason: 'Brand in het gebouw',
        emergency: true,
        newStart: '2027-03-17T10:00:00+01:00',
      },
    ]);
    expect(postponed.status).toBe('postponed');
    expect(postponed.plannedStart).toBe('2027-03-17T10:00:00+01:00');
    refusedWith(transition(postponed, { type: 'addNote', at: at('10:11'), by: 'manager', text: 'x' }), 'conversation.event.notNow');
    const resumed = apply(postponed, [{ type: 'start', at: '2027-03-17T10:00:00+01:00', by: 'manager' }]);
    expect(resumed.status).toBe('inProgress');
    expect(resumed.phase).toBe(started.phase);
  });

  it('does not count the time a postponed conversation lay still as time used', () => {
    const started = apply(create(), until('nextPhase', 9));
    expect(started.phase).toBe('setStatus');
    const postponed = apply(started, [
      {
        type: 'postpone',
        at: at('10:10'),
        by: 'manager',
        reason: 'Brand in het gebouw',
        emergency: true,
        newStart: '2027-03-17T10:00:00+01:00',
      },
    ]);
    // The minutes spent in the phase before the postponement still count while it waits...
    expect(value(phaseTimes(postponed, { now: at('12:00') })).phases.find((p) => p.phase === 'setStatus')?.usedMinutes).toBe(10);
    const resumed = apply(postponed, [{ type: 'start', at: '2027-03-17T10:00:00+01:00', by: 'manager' }]);
    // ...and after resuming two days later only the minutes actually talked are added.
    const view = value(phaseTimes(resumed, { now: '2027-03-17T10:02:00+01:00' }));
    expect(view.current?.phase).toBe('setStatus');
    expect(view.current?.usedMinutes).toBe(12);
    expect(view.totalUsedMinutes).toBe(12);
  });

  it('refuses a new start that is not later, and postpones a postponed conversation again', () => {
    const planned = create();
    refusedWith(
      transition(planned, { type: 'postpone', at: at('08:00'), by: 'manager', reason: 'Ziek', emergency: true, newStart: at('07:00') }),
      'conversation.postpone.newStartNotAfter',
    );
    const once = apply(planned, [{ type: 'postpone', at: at('08:00'), by: 'manager', reason: 'Ziek', emergency: true }]);
    expect(once.plannedStart).toBe(planned.plannedStart);
    expect(value(availableEvents(once)).map((e) => e.type)).toContain('postpone');
    const twice = apply(once, [
      {
        type: 'postpone',
        at: at('09:00'),
        by: 'manager',
        reason: 'Nieuwe datum bekend',
        emergency: true,
        newStart: '2027-03-22T10:00:00+01:00',
      },
    ]);
    expect([twice.status, twice.plannedStart, twice.postponement?.reason]).toEqual([
      'postponed',
      '2027-03-22T10:00:00+01:00',
      'Nieuwe datum bekend',
    ]);
  });

  it('cancels with a reason, after which nothing changes', () => {
    const cancelled = apply(create(), [{ type: 'cancel', at: at('08:00'), by: 'employee', reason: 'Uit dienst' }]);
    expect(cancelled.cancellation).toEqual({ reason: 'Uit dienst', at: at('08:00'), by: 'employee' });
    refusedWith(transition(cancelled, { type: 'start', at: at('10:00'), by: 'manager' }), 'conversation.event.closed');
  });
});

describe('next conversation', () => {
  const inNext = (): Conversation => apply(create(), until('scheduleNextConversation'));
  it('checks the times of the next appointment', () => {
    const base = { type: 'scheduleNextConversation', at: at('10:49'), by: 'manager' } as const;
    refusedWith(
      transition(inNext(), { ...base, date: '2027-06-14', start: '2027-06-14T10:30:00+02:00', end: '2027-06-14T10:00:00+02:00' }),
      'conversation.schedule.endBeforeStart',
    );
    refusedWith(
      transition(inNext(), { ...base, date: '2027-06-15', start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T10:30:00+02:00' }),
      'conversation.schedule.dateMismatch',
    );
    refusedWith(
      transition(inNext(), { ...base, date: '2027-03-15', start: at('09:00'), end: at('09:30') }),
      'conversation.schedule.notAfterThis',
    );
  });
});

describe('proposeNextConversation', () => {
  it('plans the next appointment with the schedule module and gives the event to send', () => {
    const inNext = apply(create(), until('scheduleNextConversation'));
    const proposal = proposeNextConversation(inNext, {
      at: at('10:49'),
      by: 'manager',
      kind: 'checkIn',
      employeeWishMonths: 3,
      preferredTime: '10:00',
    });
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    expect(proposal.value).toEqual({
      schemaVersion: 2,
      type: 'scheduleNextConversation',
      at: at('10:49'),
      by: 'manager',
      date: '2027-06-15',
      start: '2027-06-15T10:00:00+02:00',
      end: '2027-06-15T10:30:00+02:00',
      kind: 'checkIn',
    });
    expect(proposal.findings.map((f) => f.code)).toContain('schedule.plan.wishUsed');
    const scheduled = apply(inNext, [proposal.value]);
    expect(scheduled.nextConversation?.date).toBe('2027-06-15');
  });

  it('answers bad options with findings', () => {
    const result = proposeNextConversation(create(), { at: 'straks', by: 'manager' });
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.path).toEqual(['at']);
  });
});

describe('phaseQuestions', () => {
  const q = (id: string, phase: string, category: string, audience = 'employee') => ({
    id,
    text: { nl: `Vraag ${id}?`, en: `Question ${id}?` },
    phase,
    category,
    audience,
    kinds: ['development'],
  });
  const bank = [
    q('p1', 'preparation', 'preparation'),
    q('p2', 'preparation', 'preparation', 'manager'),
    q('s1', 'strengths', 'strengths'),
    q('n1', 'employeeNeeds', 'needs'),
    q('n2', 'employeeNeeds', 'deepening'),
  ];

  it('suggests questions for the current phase from the bank the host passes in', () => {
    const result = phaseQuestions(create(), bank, { audience: 'employee', count: 1 });
    expect(result.ok && result.value.map((question) => question.id)).toEqual(['p1']);
  });

  it('tops up with the categories the template suggests, deterministically', () => {
    const inNeeds = apply(create(), until('addNeed'));
    const first = phaseQuestions(inNeeds, bank, { count: 3 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const ids = first.value.map((question) => question.id);
    expect(ids.slice(0, 2).sort()).toEqual(['n1', 'n2']);
    expect(ids[2]).toBe('s1');
    expect(phaseQuestions(inNeeds, [...bank].reverse(), { count: 3 })).toEqual(first);
  });

  it('finds questions in the built-in bank for every phase of every template, in the conversation language', () => {
    for (const kind of ['development', 'career', 'checkIn'] as const) {
      for (const locale of ['nl', 'en'] as const) {
        const conversation = create({ kind, locale });
        for (const phase of conversation.template.phases) {
          const result = phaseQuestions(conversation, builtInQuestions, { phase: phase.id, count: 2 });
          expect([kind, phase.id, result.ok && result.value.length]).toEqual([kind, phase.id, 2]);
        }
      }
    }
  });

  it('answers bad options and a bad bank with findings', () => {
    expect(phaseQuestions(create(), bank, { count: -1 }).ok).toBe(false);
    expect(phaseQuestions(create(), 'geen bank').ok).toBe(false);
  });
});

describe('validation of caller data', () => {
  it('refuses malformed events and unknown keys, with nl and en messages', () => {
    const conversation = create();
    refusedWith(transition(conversation, { type: 'start', at: 'morgen', by: 'manager' }), 'input.invalid_format.datetime');
    refusedWith(transition(conversation, { type: 'start', at: at('10:00'), by: 'hr' }), 'input.invalid_value');
    refusedWith(
      transition(conversation, JSON.parse(`{"type":"start","at":"${at('10:00')}","by":"manager","__proto__":{"x":1}}`)),
      'input.unrecognized_keys',
    );
    refusedWith(transition(conversation, { type: 'explode', at: at('10:00'), by: 'manager' }), 'input.invalid_union');
  });

  it('validates a state that did not come from the library', () => {
    const conversation = create();
    const stored = JSON.parse(JSON.stringify(conversation)) as Conversation;
    expect(transition(stored, { type: 'cancel', at: at('08:00'), by: 'manager', reason: 'x' }).ok).toBe(true);
    const broken = { ...stored, status: 'dancing' } as unknown as Conversation;
    refusedWith(transition(broken, { type: 'cancel', at: at('08:00'), by: 'manager', reason: 'x' }), 'conversation.state.invalid');
    const wrongPhase = { ...stored, phase: 'strengths' } as Conversation;
    refusedWith(transition(wrongPhase, { type: 'cancel', at: at('08:00'), by: 'manager', reason: 'x' }), 'conversation.state.invalid');
    const badTemplate = {
      ...stored,
      template: { ...stored.template, phases: stored.template.phases.filter((p) => p.id !== 'evaluation') },
    } as Conversation;
    const refused = transition(badTemplate, { type: 'cancel', at: at('08:00'), by: 'manager', reason: 'x' });
    refusedWith(refused, 'conversation.state.invalid');
    expect(codes(refused)).toContain('conversation.template.noEvaluation');
  });

  it('returns frozen states even when the host turned immer auto-freeze off', () => {
    setAutoFreeze(false);
    try {
      const result = transition(create(), { type: 'addNote', at: at('08:00'), by: 'manager', text: 'x' } as never);
      expect(result.ok).toBe(false);
      const next = transition(create(), { type: 'answerPreparation', at: at('08:00'), by: 'manager', questionId: 'q1', answer: 'Goed' });
      expect(next.ok && Object.isFrozen(next.value.conversation.preparation.manager[0])).toBe(true);
    } finally {
      setAutoFreeze(true);
    }
  });
});

describe('replay', () => {
  it('refuses a log with an invalid event, with its index and the reason in both languages', () => {
    const log = [...developmentEvents.slice(0, 5), { type: 'start', at: at('10:00'), by: 'manager' }];
    const result = replay(log, { input: developmentInput });
    expect(result.ok).toBe(false);
    const first = result.findings[0];
    expect(first?.code).toBe('conversation.replay.invalidEvent');
    expect(first?.params).toEqual({ index: 5, type: 'start' });
    // A composite finding: the step by its label and number, the reasons as its details (each shown on its own).
    expect(msg(first, 'nl')).toBe('Stap 6 in het logboek (‘Gesprek beginnen’) kan niet worden toegepast; de details zeggen waarom.');
    expect(first?.details?.map((f) => f.code)).toEqual(['conversation.guard.purposeSet', 'conversation.guard.agendaMerged']);
    expect(msg(first?.details?.[0], 'nl')).toContain('doel');
    expect(msg(first?.details?.[0], 'en')).toContain('purpose');
    expect(first?.details?.[0]?.path.slice(0, 2)).toEqual(['events', 5]);
    expect(result.findings[1]?.path.slice(0, 2)).toEqual(['events', 5]);
    const malformed = replay([{ type: 'start' }], { input: developmentInput });
    expect(malformed.findings[0]?.params.index).toBe(0);
    expect(codes(malformed)).toContain('input.required');
  });

  it('needs exactly one starting point', () => {
    expect(codes(replay([], {}))).toEqual(['conversation.replay.noStart']);
    expect(replay([], { input: developmentInput }).ok).toBe(true);
  });
});

describe('availableEvents', () => {
  it('lists preparation work and an unready start before the conversation', () => {
    const events = value(availableEvents(create()));
    expect(events.filter((e) => e.ready).map((e) => e.type)).toEqual([
      'answerPreparation',
      'requestFeedback',
      'shareFeedback',
      'addAgendaPoint',
      'mergeAgenda',
      'setPurpose',
      'postpone',
      'cancel',
    ]);
    // Disabled events say why, for the button that shows them.
    // Without a function profile there are no competences to assess; colleague feedback is the employee's to share.
    const assess = events.find((e) => e.type === 'assessCompetences');
    expect([assess?.ready, assess?.findings.map((f) => f.code)]).toEqual([false, ['conversation.event.nothingOpen']]);
    expect(events.find((e) => e.type === 'shareFeedback')?.by).toEqual(['employee']);
    const withdraw = events.find((e) => e.type === 'withdrawAgendaPoint');
    expect([withdraw?.ready, withdraw?.findings.map((f) => f.code)]).toEqual([false, ['conversation.event.nothingOpen']]);
    const note = events.find((e) => e.type === 'addNote');
    expect(msg(note?.findings[0], 'nl')).toBe('‘Notitie maken’ kan nu niet: het gesprek is gepland en zit in de fase ‘Voorbereiding’.');
    expect(msg(note?.findings[0], 'en')).toBe(
      '“Take a note” is not possible now: the conversation is planned and in the phase “Preparation”.',
    );
    const start = events.find((e) => e.type === 'start');
    expect(start?.ready).toBe(false);
    expect(start?.findings.map((f) => f.code)).toEqual(['conversation.guard.purposeSet', 'conversation.guard.agendaMerged']);
  });

  it('says who still has to accept, and offers concluding only in the last phase', () => {
    const proposed = apply(create(), until('acceptAgreement'));
    const accept = value(availableEvents(proposed)).find((e) => e.type === 'acceptAgreement');
    expect(accept?.by).toEqual(['manager']);
    const early = value(availableEvents(proposed)).find((e) => e.type === 'conclude');
    expect([early?.ready, early?.findings.map((f) => f.code)]).toEqual([false, ['conversation.event.notNow']]);
    const evaluating = apply(create(), until('evaluate'));
    const conclude = value(availableEvents(evaluating)).find((e) => e.type === 'conclude');
    expect(conclude?.ready).toBe(true);
    expect(conclude?.findings.map((f) => f.code)).toEqual(['conversation.guard.evaluationGiven']);
  });
});

describe('views', () => {
  const final = (): Conversation => apply(create(), developmentEvents);

  it('shows time used and left per phase', () => {
    const inNeeds = apply(create(), until('nextPhase', 12));
    const view = value(phaseTimes(inNeeds, { now: at('10:20') }));
    expect(view.current?.phase).toBe('employeeNeeds');
    expect(view.current?.usedMinutes).toBe(6);
    expect(view.current?.plannedMinutes).toBe(13);
    expect(view.current?.leftMinutes).toBe(7);
    expect(view.totalUsedMinutes).toBe(20);
    expect(view.totalLeftMinutes).toBe(40);
    expect(value(phaseTimes(final(), { now: at('12:00') })).totalUsedMinutes).toBe(58);
  });

  it('shares out exactly the available minutes over the phases, whatever the rounding', () => {
    for (const [kind, minutes] of [
      ['career', 45],
      ['checkIn', 25],
      ['development', 50],
      ['development', 61],
    ] as const) {
      const view = value(phaseTimes(create({ kind, plannedMinutes: minutes }), { now: at('10:00') }));
      expect([kind, minutes, view.phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0)]).toEqual([kind, minutes, minutes]);
    }
  });

  it('shows the merged agenda with what is done', () => {
    const progress = value(agendaProgress(final()));
    expect(progress.merged).toBe(true);
    expect(progress.items.map((item) => [item.id, item.done, item.joint])).toEqual([
      ['e1', true, true],
      ['e2', false, false],
    ]);
    expect(progress.done).toBe(1);
    expect(progress.open).toBe(1);
  });

  it('refuses ticking off an item twice, and keeps done flags when the agenda is merged again', () => {
    const inStatus = apply(create(), until('nextPhase'));
    expect(inStatus.phase).toBe('setStatus');
    const done = apply(inStatus, [{ type: 'markAgendaItemDone', at: at('10:04'), by: 'manager', itemId: 'e1' }]);
    refusedWith(
      transition(done, { type: 'markAgendaItemDone', at: at('10:04'), by: 'manager', itemId: 'e1' }),
      'conversation.agenda.alreadyDone',
    );
    refusedWith(
      transition(done, { type: 'markAgendaItemDone', at: at('10:04'), by: 'manager', itemId: 'nope' }),
      'conversation.agenda.unknownItem',
    );
    const extended = apply(done, [
      { type: 'addAgendaPoint', at: at('10:05'), by: 'employee', point: { id: 'e3', title: 'Thuiswerken', priority: 'could', minutes: 5 } },
    ]);
    expect(extended.agenda?.items.map((item) => [item.id, item.done])).toEqual([
      ['e1', true],
      ['e2', false],
      ['e3', false],
    ]);
  });

  it('lists open agreements with whom they wait for', () => {
    const proposed = apply(create(), until('acceptAgreement'));
    expect(value(openAgreements(proposed)).map((o) => [o.entry.agreement.id, o.waitingFor])).toEqual([['a1', ['manager']]]);
    expect(value(openAgreements(final())).map((o) => [o.entry.agreement.id, o.list, o.acceptedByBoth])).toEqual([
      ['a1', 'agreements', true],
      ['s1', 'supportAgreements', true],
    ]);
  });

  it('shows the balance of input between the sides', () => {
    const balance = value(inputBalance(final()));
    expect(balance.employee.agendaPointIds).toEqual(['e1', 'e2']);
    expect(balance.manager.agendaPointIds).toEqual(['o1']);
    expect(balance.employee.agreementIds).toEqual(['a1']);
    expect(balance.employee.supportAgreementIds).toEqual(['s1']);
    expect(balance.employeeLeadsAgreements).toBe(true);
    expect(balance.employeeShare).toBeGreaterThan(0.5);
  });

  it("lets a side withdraw its own agenda point, re-merging the agenda, but not the other side's", () => {
    const drifting = apply(create(), [
      {
        type: 'addAgendaPoint',
        at: at('09:00'),
        by: 'manager',
        point: { id: 'o9', title: 'Beoordeling over 2026', topic: 'performanceRating', priority: 'must', minutes: 10 },
      },
      {
        type: 'addAgendaPoint',
        at: at('09:01'),
        by: 'employee',
        point: { id: 'e9', title: 'Leren plannen', topic: 'competences', priority: 'must', minutes: 10 },
      },
      { type: 'mergeAgenda', at: at('09:02'), by: 'manager' },
    ]);
    const byEmployee = transition(drifting, { type: 'withdrawAgendaPoint', at: at('09:03'), by: 'employee', pointId: 'o9' });
    expect(byEmployee.ok).toBe(false);
    expect(byEmployee.findings.map((f) => f.code)).toEqual(['conversation.agenda.otherSidesPoint']);
    const unknown = transition(drifting, { type: 'withdrawAgendaPoint', at: at('09:03'), by: 'manager', pointId: 'nope' });
    expect(unknown.findings.map((f) => f.code)).toEqual(['conversation.agenda.unknownPoint']);
    const withdrawn = transition(
      drifting,
      { type: 'withdrawAgendaPoint', at: at('09:03'), by: 'manager', pointId: 'o9', reason: 'Hoort in het beoordelingsgesprek' },
      { patches: true },
    );
    if (!withdrawn.ok) throw new Error(JSON.stringify(withdrawn.findings));
    const state = withdrawn.value.conversation;
    expect(state.agendaPoints.manager).toEqual([]);
    expect(state.agenda?.items.flatMap((item) => item.itemIds)).toEqual(['e9']);
    expect(value(evaluativeDrift(state)).items).toEqual([]);
    // The audit trail shows exactly what went: applying the inverse patches brings the point back.
    expect(applyPatches(state, withdrawn.value.inversePatches as never)).toEqual(drifting);
  });

  it('warns about evaluative drift in a development conversation', () => {
    const drifting = apply(create(), [
      {
        type: 'addAgendaPoint',
        at: at('09:00'),
        by: 'manager',
        point: { id: 'o9', title: 'Beoordeling over 2026', topic: 'performanceRating', priority: 'must', minutes: 10 },
      },
      {
        type: 'addAgendaPoint',
        at: at('09:01'),
        by: 'employee',
        point: { id: 'e9', title: 'Leren plannen', topic: 'competences', priority: 'must', minutes: 10 },
      },
      { type: 'mergeAgenda', at: at('09:02'), by: 'manager' },
    ]);
    const drift = evaluativeDrift(drifting);
    expect(value(drift).items.map((item) => item.id)).toEqual(['o9']);
    expect(value(drift).share).toBe(0.5);
    expect(drift.findings.map((f) => [f.code, f.severity])).toEqual([['conversation.agenda.evaluativeTopic', 'warning']]);
    expect(msg(drift.findings[0], 'nl')).toContain('beoordelingsgesprek');
    // The message names the topic in words of its language; the params keep the id for programs.
    expect(drift.findings[0]?.params.topic).toBe('performanceRating');
    expect(msg(drift.findings[0], 'nl')).toContain('gaat over beoordeling van functioneren');
    expect(msg(drift.findings[0], 'en')).toContain('is about performance rating');
    const checkIn = apply(create({ kind: 'checkIn' }), [
      {
        type: 'addAgendaPoint',
        at: at('09:00'),
        by: 'manager',
        point: { id: 'o9', title: 'Beoordeling over 2026', topic: 'performanceRating', priority: 'must', minutes: 10 },
      },
      { type: 'mergeAgenda', at: at('09:02'), by: 'manager' },
    ]);
    expect(evaluativeDrift(checkIn).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('answer a state that is not a conversation with findings, never a throw', () => {
    const broken = { id: 'c1' } as unknown as Conversation;
    for (const result of [
      availableEvents(broken),
      phaseTimes(broken, { now: at('10:00') }),
      agendaProgress(broken),
      openAgreements(broken),
      inputBalance(broken),
      evaluativeDrift(broken),
      phaseQuestions(broken, []),
      proposeNextConversation(broken, { at: at('10:00'), by: 'manager' }),
    ]) {
      expect(result.ok).toBe(false);
      expect(result.findings[0]?.code).toBe('conversation.state.invalid');
    }
    expect(codes(phaseTimes(create(), { now: 'nu' }))).toEqual(['input.invalid_format.datetime']);
    expect(codes(availableEvents(create(), { at: 'nu' }))).toEqual(['input.invalid_format.datetime']);
  });
});
