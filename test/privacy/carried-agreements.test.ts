// The agreements carried from the previous POP: erased in the state (with the agenda point each
// became) and in the log's input, with tombstones, so a replay of the erased log gives the erased state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, ConversationEventLog, CreateConversationInput, RedactTarget } from '../../src/index.js';
import { erasedText, exportForSubject, redact, replay, viewFor } from '../../src/index.js';
import { input as base } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

/** Texts a previous POP may well hold that nobody wants kept longer than needed. */
const texts = {
  reintegration: 'Re-integratieplan na burn-out volgen met de bedrijfsarts, eerst halve dagen',
  reintegrationMeasure: 'Gesprek met de bedrijfsarts elke zes weken',
  coach: 'Coach Marieke de Wit (psycholoog)',
  debts: 'Schuldhulpverlening regelen via het maatschappelijk werk',
  done: 'Zwangerschapsverlof overdragen aan Joost',
};

const previousPlan = {
  agreements: [
    {
      id: 'a-reint',
      what: texts.reintegration,
      measure: texts.reintegrationMeasure,
      who: 'emp-1',
      when: '2027-06-01',
      offer: { provider: texts.coach, form: 'coaching' as const, hours: 6 },
    },
    { id: 'a-debt', what: texts.debts, who: 'emp-1', when: '2027-05-01', progressNote: 'Eerste afspraak gehad, loopt.' },
    { id: 'a-done', what: texts.done, who: 'mgr-1', when: '2026-12-01', status: 'done' as const },
  ],
  evaluation: { nextTime: 'Minder over de ziekte praten, meer over de toekomst.' },
};

const input: CreateConversationInput = { ...base, kind: 'checkIn', templateVersion: undefined, previousPlan };

const events: ConversationEventInput[] = [
  {
    type: 'addAgendaPoint',
    at: '2027-03-13T09:00:00+01:00',
    by: 'employee',
    point: { id: 'e1', title: 'Meer klantcontact', priority: 'should', minutes: 10 },
  },
  { type: 'setPurpose', at: '2027-03-14T09:00:00+01:00', by: 'employee', purpose: 'Voortgang en volgende stap' },
  { type: 'mergeAgenda', at: '2027-03-14T09:01:00+01:00', by: 'manager' },
  { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
  { type: 'addNote', at: '2027-03-15T10:05:00+01:00', by: 'manager', text: 'Re-integratie loopt volgens plan.' },
  { type: 'nextPhase', at: '2027-03-15T10:10:00+01:00', by: 'manager' },
  {
    // The reintegration goes on under the same id: this conversation's agreement and the carried one are one text.
    type: 'proposeSupport',
    at: '2027-03-15T10:20:00+01:00',
    by: 'employee',
    agreement: { id: 'a-reint', what: 'Ik werk vanaf 1 juni 2027 weer vier dagen per week', who: 'emp-1', when: '2027-06-01' },
  },
];

const request = (target: RedactTarget, at = '2029-05-01T09:00:00+02:00') => ({
  target,
  at,
  by: 'privacy-officer',
  reason: 'erasureRequest' as const,
});

function conversation(upTo = events.length): Conversation {
  return value(replay(events.slice(0, upTo), { input }));
}

const sensitive = [texts.reintegration, texts.reintegrationMeasure, texts.coach, texts.debts];

describe('erasing the agreements carried from the previous POP', () => {
  it('carries the open agreements, puts them on the agenda by their words, and shows them to the two sides', () => {
    const state = conversation();
    expect(state.previousOpenAgreements.map((agreement) => agreement.id)).toEqual(['a-reint', 'a-debt']);
    expect(state.agenda?.items.map((item) => item.title)).toContain(texts.debts);
    expect(JSON.stringify(value(viewFor(state, { id: 'emp-1' })))).toContain(texts.debts);
  });

  it('erases one by its id: its texts, the agenda point it became, with a tombstone; the other stays', () => {
    const state = conversation();
    const erased = redact(state, request({ kind: 'agreement', id: 'a-debt' }));
    const next = value(erased);
    const debt = next.previousOpenAgreements.find((agreement) => agreement.id === 'a-debt');
    expect(debt?.what).toBe(erasedText);
    expect(debt?.progressNote).toBe(erasedText);
    expect(next.agenda?.items.find((item) => item.id === 'a-debt')?.title).toBe(erasedText);
    expect(next.previousOpenAgreements.find((agreement) => agreement.id === 'a-reint')?.what).toBe(texts.reintegration);
    expect(next.erasures?.map((record) => record.text)).toEqual([{ kind: 'agreement', id: 'a-debt' }]);
    expect(erased.findings.map((f) => [f.code, f.params])).toEqual([['privacy.redact.erased', { count: 1 }]]);
    expect(JSON.stringify(next)).not.toContain('Schuldhulp');
  });

  it('erases the carried agreement together with this conversation’s agreement of the same id, the coach included', () => {
    const next = value(redact(conversation(), request({ kind: 'agreement', id: 'a-reint' })));
    const carried = next.previousOpenAgreements[0];
    expect([carried?.what, carried?.measure, carried?.offer?.provider]).toEqual([erasedText, erasedText, erasedText]);
    expect(next.supportAgreements[0]?.agreement.what).toBe(erasedText);
    expect(next.erasures?.length).toBe(1);
    for (const text of [texts.reintegration, texts.coach, 'bedrijfsarts', 'psycholoog']) expect(JSON.stringify(next)).not.toContain(text);
  });

  it('erases them all with everything, and keeps them for one person’s data (joint texts) and the preparation', () => {
    const state = conversation();
    const all = value(redact(state, request({ kind: 'everything' })));
    expect(all.previousOpenAgreements.map((agreement) => agreement.what)).toEqual([erasedText, erasedText]);
    for (const text of sensitive) expect(JSON.stringify(all)).not.toContain(text);
    for (const target of [{ kind: 'person', id: 'emp-1' }, { kind: 'preparation' }, { kind: 'notes' }] as const) {
      const kept = value(redact(state, request(target)));
      expect(kept.previousOpenAgreements).toEqual(state.previousOpenAgreements);
      expect(kept.agenda).toEqual(state.agenda);
    }
  });

  it('shows the two sides the tombstone and `[…]`, never the text, in their views and access requests', () => {
    const erased = value(redact(conversation(), request({ kind: 'agreement', id: 'a-debt' })));
    for (const id of ['emp-1', 'mgr-1']) {
      const view = value(viewFor(erased, { id }));
      expect(view.previousOpenAgreements[1]?.what).toBe(erasedText);
      expect(view.agenda?.items.find((item) => item.id === 'a-debt')?.title).toBe(erasedText);
      const { target: _target, ...mark } = request({ kind: 'everything' });
      expect(view.erasures).toEqual([{ text: { kind: 'agreement', id: 'a-debt' }, ...mark }]);
      expect(JSON.stringify(view)).not.toContain('Schuldhulp');
    }
    const mentor = value(viewFor(erased, { id: 'men-2' }));
    expect(mentor.previousOpenAgreements).toEqual([]);
    expect(mentor.erasures).toEqual([]);
    const access = value(exportForSubject({ conversations: [erased] }, 'emp-1'));
    expect(access.conversations[0]?.view.previousOpenAgreements[1]?.what).toBe(erasedText);
    expect(JSON.stringify(access)).not.toContain('Schuldhulp');
  });

  it('erases them in the log’s input too, done ones included with everything, and the erased log replays to the erased state', () => {
    const log = { input, events } as ConversationEventLog;
    const erasedLog = value(redact(log, request({ kind: 'everything' })));
    const text = JSON.stringify(erasedLog);
    for (const words of [...sensitive, texts.done]) expect(text).not.toContain(words);
    expect(erasedLog.input.previousPlan?.erasedAgreements?.map((mark) => mark.id)).toEqual(['a-debt', 'a-reint']);
    const replayed = value(replay(erasedLog.events, { input: erasedLog.input }));
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(value(redact(conversation(), request({ kind: 'everything' })))));
  });

  it('keeps two erased agreements apart on the agenda of the replayed log', () => {
    const erasedLog = value(redact({ input, events } as ConversationEventLog, request({ kind: 'everything' })));
    const agenda = value(replay(erasedLog.events, { input: erasedLog.input })).agenda;
    expect(agenda?.items.filter((item) => item.title === erasedText).map((item) => item.id)).toEqual(['a-debt', 'a-reint']);
  });

  it('leaves out of the erased log what the input held beyond what the conversation reads (a whole POP’s evaluation feedback)', () => {
    const evaluation = { ...previousPlan.evaluation, feedback: 'Ik was toen nog erg ziek en kon me slecht concentreren.' };
    const given = { ...input, previousPlan: { ...previousPlan, evaluation } } as CreateConversationInput;
    const erasedLog = value(redact({ input: given, events } as ConversationEventLog, request({ kind: 'agreement', id: 'a-debt' })));
    expect(JSON.stringify(erasedLog)).not.toContain('concentreren');
  });

  it('titles agreements a POP erased before they were carried `[…]` on the agenda, each a point of its own', () => {
    const agreements = previousPlan.agreements.map((agreement) => ({ ...agreement, what: erasedText }));
    const state = value(replay(events, { input: { ...input, previousPlan: { ...previousPlan, agreements } } }));
    const carried = state.agenda?.items.filter((item) => item.title === erasedText).map((item) => item.itemIds);
    expect(carried).toEqual([['a-debt'], ['a-reint']]);
  });

  const targets: RedactTarget[] = [
    { kind: 'everything' },
    { kind: 'agreement', id: 'a-reint' },
    { kind: 'agreement', id: 'a-debt' },
    { kind: 'person', id: 'emp-1' },
    { kind: 'person', id: 'mgr-1' },
    { kind: 'preparation' },
    { kind: 'notes' },
    { kind: 'previousNextTime' },
  ];

  it('replay(redact(log)) is redact(replay(log)) for every target, after any prefix of the log and a second erasure (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: events.length }),
        fc.constantFrom(...targets),
        fc.option(fc.constantFrom(...targets), { nil: undefined }),
        (upTo, first, second) => {
          const log = { input, events: events.slice(0, upTo) } as ConversationEventLog;
          const state = conversation(upTo);
          let erasedState = value(redact(state, request(first)));
          let erasedLog = value(redact(log, request(first)));
          if (second !== undefined) {
            erasedState = value(redact(erasedState, request(second, '2029-06-01T09:00:00+02:00')));
            erasedLog = value(redact(erasedLog, request(second, '2029-06-01T09:00:00+02:00')));
          }
          const replayed = value(replay(erasedLog.events, { input: erasedLog.input }));
          expect(JSON.stringify(replayed)).toBe(JSON.stringify(erasedState));
        },
      ),
    );
  });
});
