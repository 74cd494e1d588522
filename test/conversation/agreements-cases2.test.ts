// Agreements worked out further: a revision whose learning-offer advice changes, a proposal whose
// text was erased, the competence, readers and budget of a proposal and a revision (where each
// finding points), support proposed under either kind, and revising or withdrawing in the wrong phase.
import { describe, expect, it } from 'vitest';
import type { AgreementInput, Conversation, ConversationEventInput, Finding } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved, refusal } from './outcomes.js';

const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;
const eur = (cents: number) => ({ amount: cents, currency: 'EUR' });
const budget = {
  sources: [{ source: 'pob', kind: 'personalBudget' as const, title: 'Persoonlijk ontwikkelbudget', remaining: [eur(70_000)] }],
};
const input = {
  ...developmentInput,
  templateVersion: 1 as const,
  participants: [{ id: 'men-2', name: 'Joost Bakker', role: 'mentor' as const }],
};
const until = (type: ConversationEventInput['type']) =>
  developmentEvents.slice(
    0,
    developmentEvents.findIndex((event) => event.type === type),
  );

function replayed(events: ConversationEventInput[], extra: object = {}): Conversation {
  const result = replay(events, { input: { ...input, ...extra } });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

const inAgreements = (extra: object = {}) => replayed(until('proposeAgreement'), extra);
const inSupport = (extra: object = {}) => replayed(until('proposeSupport'), extra);

const good: AgreementInput = { id: 'a9', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' };
const coaching: AgreementInput = {
  id: 's9',
  kind: 'support',
  what: 'De organisatie betaalt voor 1 juli 2027 de training Presenteren met impact',
  who: 'mgr-1',
  when: '2027-07-01',
};
const offerAdvice = (findings: readonly Finding[]) =>
  findings.filter((f) => f.code.startsWith('agreement.offer.')).map((f) => [f.code, f.severity, f.path]);
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

describe('a revision whose learning-offer advice changes', () => {
  const proposed = (agreement: AgreementInput) =>
    moved(transition(inSupport(), { type: 'proposeSupport', at: at(44), by: 'employee', agreement }));
  const revise = (state: Conversation, agreement: AgreementInput) =>
    transition(state, { type: 'reviseAgreement', at: at(45), by: 'employee', agreement });
  const course = { form: 'course' as const, hours: 16 };

  it('gives the offer’s hints when a revision first brings an offer, under the agreement', () => {
    const revised = revise(proposed(coaching), { ...coaching, offer: course, studyTime: { minutes: 600 } });
    expect(offerAdvice(revised.findings)).toEqual([['agreement.offer.studyTimeShort', 'info', ['agreement', 'studyTime']]]);
  });

  it('does not repeat a hint the version before already had, and gives the one that is new', () => {
    const withOffer = proposed({ ...coaching, offer: course, studyTime: { minutes: 600 } });
    const provider = revise(withOffer, { ...coaching, offer: { ...course, provider: 'Schouten & Nelissen' }, studyTime: { minutes: 600 } });
    expect(offerAdvice(provider.findings)).toEqual([]);
    const shorter = revise(withOffer, { ...coaching, offer: course, studyTime: { minutes: 300 } });
    expect(offerAdvice(shorter.findings)).toEqual([['agreement.offer.studyTimeShort', 'info', ['agreement', 'studyTime']]]);
  });
});

describe('an agreement whose text was erased', () => {
  const erased = { at: at(50), by: 'hr-1', reason: 'erasureRequest' as const };
  const blank = { id: 'a-e', what: '[…]', who: 'emp-1' };

  it('is not judged again as a draft on a proposal or a revision: it passed its checks when it was written', () => {
    const plain = transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: blank });
    expect(codes(plain.findings)).toContain('conversation.agreement.draft');
    const proposal = transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: blank, erased });
    expect(codes(proposal.findings)).toEqual([]);
    const revision = transition(moved(plain), {
      type: 'reviseAgreement',
      at: at(36),
      by: 'employee',
      agreement: { ...blank, when: '2027-06-01' },
      erased,
    });
    expect(codes(revision.findings)).toEqual([]);
  });
});

describe('where a proposal’s and a revision’s findings point', () => {
  it('refuses a competence without a function profile and a private agreement, each under its own field', () => {
    const event = (type: 'proposeAgreement' | 'reviseAgreement'): ConversationEventInput => ({
      type,
      at: at(36),
      by: 'employee',
      agreement: { ...good, competenceId: 'c-presenteren' },
      visibility: 'private',
      sharedWith: ['men-2', 'hr-9'],
    });
    const expected = [
      ['conversation.competence.noProfile', ['agreement', 'competenceId'], {}],
      ['conversation.visibility.tooNarrow', ['visibility'], { text: 'agreement', visibility: 'private' }],
      ['conversation.visibility.unknownParticipant', ['sharedWith', 1], {}],
    ];
    expect(refusal(transition(inAgreements(), event('proposeAgreement')))).toEqual(expected);
    const proposed = moved(transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: good }));
    expect(refusal(transition(proposed, event('reviseAgreement')))).toEqual(expected);
  });

  it('warns about a cost over the budget under the agreement’s cost, and refuses it when strict, also on a revision', () => {
    const costly = { ...good, cost: eur(80_000) };
    const warned = transition(inAgreements({ budget }), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: costly });
    const over = warned.findings.filter((f) => f.code === 'conversation.budget.overClaimed');
    expect(over.map((f) => [f.severity, f.path.slice(0, 2)])).toEqual([['warning', ['agreement', 'cost']]]);
    const strict = { budget, strictness: 'strict' };
    const refused = transition(inAgreements(strict), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: costly });
    expect(refusal(refused).map(([code, path]) => [code, (path as string[]).slice(0, 2)])).toEqual([
      ['conversation.budget.overClaimed', ['agreement', 'cost']],
    ]);
    const cheap = moved(
      transition(inAgreements(strict), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: { ...good, cost: eur(10_000) } }),
    );
    // Refused, the revision says only why: not that it would have reset the manager's consent.
    const accepted = moved(transition(cheap, { type: 'acceptAgreement', at: at(36), by: 'manager', agreementId: 'a9' }));
    const dearer = transition(accepted, { type: 'reviseAgreement', at: at(37), by: 'employee', agreement: costly });
    expect(refusal(dearer).map(([code, path]) => [code, (path as string[]).slice(0, 2)])).toEqual([
      ['conversation.budget.overClaimed', ['agreement', 'cost']],
    ]);
  });
});

describe('what a proposal and a revision write', () => {
  it('keeps the readers the proposal chose through a revision that says nothing of them, and changes them when it does', () => {
    const proposed = moved(
      transition(inAgreements(), {
        type: 'proposeAgreement',
        at: at(35),
        by: 'employee',
        agreement: good,
        visibility: 'hr',
        sharedWith: ['men-2'],
      }),
    );
    const entry = proposed.agreements.at(-1);
    expect([entry?.visibility, entry?.sharedWith]).toEqual(['hr', ['men-2']]);
    const revised = moved(
      transition(proposed, { type: 'reviseAgreement', at: at(36), by: 'employee', agreement: { ...good, when: '2027-06-15' } }),
    );
    expect([revised.agreements.at(-1)?.visibility, revised.agreements.at(-1)?.sharedWith]).toEqual(['hr', ['men-2']]);
    const opened = moved(
      transition(revised, { type: 'reviseAgreement', at: at(37), by: 'employee', agreement: good, visibility: 'shared', sharedWith: [] }),
    );
    expect(JSON.stringify(opened.agreements.at(-1))).toBe(
      JSON.stringify({
        agreement: { ...opened.agreements.at(-1)?.agreement },
        proposedBy: 'employee',
        proposedAt: at(35),
        revision: 2,
        revisedBy: 'employee',
        withdrawn: null,
      }),
    );
  });

  it('writes the consent of the proposing side only, with no key for the other', () => {
    const byEmployee = moved(transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: good }));
    expect(Object.keys(byEmployee.agreements.at(-1)?.agreement.acceptedBy ?? {})).toEqual(['employee']);
    const byManager = moved(transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good }));
    expect(Object.keys(byManager.agreements.at(-1)?.agreement.acceptedBy ?? {})).toEqual(['manager']);
  });

  it('keeps support as support whether it is proposed with the support kind or without a kind', () => {
    const withKind = moved(transition(inSupport(), { type: 'proposeSupport', at: at(44), by: 'employee', agreement: coaching }));
    expect(withKind.supportAgreements.at(-1)?.agreement.kind).toBe('support');
    const { kind: _kind, ...withoutKind } = coaching;
    const plain = moved(transition(inSupport(), { type: 'proposeSupport', at: at(44), by: 'employee', agreement: withoutKind }));
    expect(plain.supportAgreements.at(-1)?.agreement.kind).toBe('support');
  });

  it('refuses a proposal whose id is taken in the other list, naming what is there', () => {
    const state = inSupport();
    const taken = state.agreements[0]?.agreement;
    expect(
      refusal(transition(state, { type: 'proposeSupport', at: at(44), by: 'employee', agreement: { ...coaching, id: taken?.id ?? '' } })),
    ).toEqual([
      ['conversation.agreement.duplicate', ['agreement', 'id'], { agreement: { kind: 'agreement', id: taken?.id, title: taken?.what } }],
    ]);
  });
});

describe('revising and withdrawing in the wrong phase', () => {
  const notNow = (type: string, phase: string) => [['conversation.event.notNow', ['type'], { type, status: 'inProgress', phase }]];

  it('refuses changing a development agreement once the talk is about support, and support while it is about agreements', () => {
    const support = inSupport();
    const [agreement] = support.agreements;
    expect(
      refusal(
        transition(support, {
          type: 'reviseAgreement',
          at: at(44),
          by: 'employee',
          agreement: { ...good, id: agreement?.agreement.id ?? '' },
        }),
      ),
    ).toEqual(notNow('reviseAgreement', support.phase));
    expect(
      refusal(transition(support, { type: 'withdrawAgreement', at: at(44), by: 'employee', agreementId: agreement?.agreement.id ?? '' })),
    ).toEqual(notNow('withdrawAgreement', support.phase));
    const withSupport = moved(transition(support, { type: 'proposeSupport', at: at(44), by: 'employee', agreement: coaching }));
    const back = moved(transition(withSupport, { type: 'previousPhase', at: at(45), by: 'manager' }));
    expect(refusal(transition(back, { type: 'reviseAgreement', at: at(46), by: 'employee', agreement: coaching }))).toEqual(
      notNow('reviseAgreement', back.phase),
    );
    expect(refusal(transition(back, { type: 'withdrawAgreement', at: at(46), by: 'employee', agreementId: 's9' }))).toEqual(
      notNow('withdrawAgreement', back.phase),
    );
    const withdrawn = moved(
      transition(withSupport, { type: 'withdrawAgreement', at: at(46), by: 'employee', agreementId: 's9', reason: 'Te duur' }),
    );
    expect(withdrawn.supportAgreements.at(-1)?.withdrawn).toEqual({ at: at(46), by: 'employee', reason: 'Te duur' });
  });
});

describe('what a proposal says beside itself', () => {
  it('makes no draft of a sound agreement for the check’s hints: someone else finding the provider is said once, on its own', () => {
    const proposed = transition(inAgreements(), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { ...good, measure: 'Twee demo’s gegeven', providerSearchedBy: 'hrAdviser' },
    });
    expect(codes(proposed.findings)).toEqual(['conversation.agreement.providerNotEmployee']);
  });

  it('says the manager proposed the solution for an agreement only, not for support the manager offers', () => {
    const support = transition(inSupport(), { type: 'proposeSupport', at: at(44), by: 'manager', agreement: coaching });
    expect(codes(support.findings)).not.toContain('conversation.agreement.proposedByManager');
  });

  it('names a support agreement as support when its id is taken', () => {
    const state = moved(transition(inSupport(), { type: 'proposeSupport', at: at(44), by: 'employee', agreement: coaching }));
    expect(
      refusal(transition(state, { type: 'proposeSupport', at: at(45), by: 'employee', agreement: { ...coaching, what: 'Iets anders' } })),
    ).toEqual([
      [
        'conversation.agreement.duplicate',
        ['agreement', 'id'],
        { agreement: { kind: 'supportAgreement', id: 's9', title: coaching.what } },
      ],
    ]);
  });

  it('counts the costs of the agreements already made: the second that together overruns the budget is warned about', () => {
    const first = moved(
      transition(inAgreements({ budget }), {
        type: 'proposeAgreement',
        at: at(35),
        by: 'employee',
        agreement: { ...good, cost: eur(40_000) },
      }),
    );
    const second = transition(first, {
      type: 'proposeAgreement',
      at: at(36),
      by: 'employee',
      agreement: { ...good, id: 'a8', cost: eur(40_000) },
    });
    expect(second.findings.filter((f) => f.code === 'conversation.budget.overClaimed').map((f) => f.severity)).toEqual(['warning']);
    const revised = transition(moved(second), {
      type: 'reviseAgreement',
      at: at(37),
      by: 'employee',
      agreement: { ...good, id: 'a8', cost: eur(20_000) },
    });
    expect(revised.findings.filter((f) => f.code === 'conversation.budget.overClaimed')).toEqual([]);
  });
});
