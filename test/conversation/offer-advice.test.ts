// The agreement check's advice on a learning offer, given in the conversation itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementInput, Conversation, ConversationEventInput, Finding, LearningOffer } from '../../src/index.js';
import { checkAgreement, createConversation, transition } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentInput } from './fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

/** A check-in in its phase for agreements and support (what next). */
function inWhatNext(): Conversation {
  let state = value(createConversation({ ...developmentInput, kind: 'checkIn', templateVersion: undefined }));
  const events: ConversationEventInput[] = [
    { type: 'setPurpose', at: '2027-03-14T09:00:00+01:00', by: 'employee', purpose: 'Voortgang en volgende stap' },
    { type: 'mergeAgenda', at: '2027-03-14T09:01:00+01:00', by: 'manager' },
    { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' },
    { type: 'nextPhase', at: '2027-03-15T10:10:00+01:00', by: 'manager' },
  ];
  for (const event of events) state = value(transition(state, event)).conversation;
  expect(state.phase).toBe('whatNext');
  return state;
}

const support = (offer: LearningOffer, extra: Partial<AgreementInput> = {}): AgreementInput => ({
  id: 's1',
  kind: 'support',
  what: 'De organisatie betaalt voor 1 juli 2027 de training Presenteren met impact',
  who: 'mgr-1',
  when: '2027-07-01',
  offer,
  ...extra,
});

const offerAdvice = (findings: readonly Finding[]) => findings.filter((f) => f.code.startsWith('agreement.offer.'));
const at = '2027-03-15T10:20:00+01:00';

describe('advice on a learning offer in the conversation', () => {
  it('gives the agreement check’s hints when a support agreement with an offer is proposed, under the agreement', () => {
    const proposed = transition(inWhatNext(), {
      type: 'proposeSupport',
      at,
      by: 'employee',
      agreement: support({ form: 'course', hours: 16 }, { providerSearchedBy: 'hrAdviser', studyTime: { minutes: 600 } }),
    });
    value(proposed);
    const advice = offerAdvice(proposed.findings);
    expect(advice.map((f) => [f.code, f.severity, f.path.join('.')])).toEqual([
      ['agreement.offer.providerMissing', 'info', 'agreement.offer.provider'],
      ['agreement.offer.studyTimeShort', 'info', 'agreement.studyTime'],
    ]);
    expect(msg(advice[1], 'nl')).toContain('16');
  });

  it('says a hint again on a revision only when it changed; a warning each time', () => {
    const state = inWhatNext();
    const first = value(
      transition(state, {
        type: 'proposeSupport',
        at,
        by: 'employee',
        agreement: support({ form: 'course', hours: 16 }, { studyTime: { minutes: 600 } }),
      }),
    ).conversation;
    const same = transition(first, {
      type: 'reviseAgreement',
      at: '2027-03-15T10:22:00+01:00',
      by: 'employee',
      agreement: support({ form: 'course', hours: 16 }, { studyTime: { minutes: 600 }, measure: 'Certificaat behaald' }),
    });
    value(same);
    expect(offerAdvice(same.findings)).toEqual([]);
    const more = transition(first, {
      type: 'reviseAgreement',
      at: '2027-03-15T10:22:00+01:00',
      by: 'employee',
      agreement: support({ form: 'course', hours: 24 }, { studyTime: { minutes: 600 } }),
    });
    value(more);
    expect(offerAdvice(more.findings).map((f) => f.params)).toEqual([{ hours: 24, studyHours: 10 }]);
    // An offer on a development agreement: a warning of its own, on the proposal and on every revision, not folded into the draft.
    const development = { ...support({ form: 'eLearning' }), id: 'a1', kind: 'development' as const, who: 'emp-1' };
    const proposedDevelopment = transition(state, { type: 'proposeAgreement', at, by: 'employee', agreement: development });
    const onDevelopment = { ...value(proposedDevelopment), findings: proposedDevelopment.findings };
    expect(offerAdvice(onDevelopment.findings).map((f) => [f.code, f.severity])).toEqual([['agreement.offer.notSupport', 'warning']]);
    const draft = onDevelopment.findings.find((f) => f.code === 'conversation.agreement.draft');
    expect((draft?.details ?? []).some((f) => f.code.startsWith('agreement.offer.'))).toBe(false);
    const revised = transition(onDevelopment.conversation, {
      type: 'reviseAgreement',
      at: '2027-03-15T10:22:00+01:00',
      by: 'employee',
      agreement: { ...development, measure: 'Module afgerond' },
    });
    value(revised);
    expect(offerAdvice(revised.findings).map((f) => f.code)).toEqual(['agreement.offer.notSupport']);
  });

  it('gives on a proposal exactly the offer codes the agreement check gives (fast-check)', () => {
    const offers = fc.record(
      {
        form: fc.constantFrom('course', 'eLearning', 'coaching', 'assessment', 'jobRotation', 'mentoring' as const),
        provider: fc.constantFrom('Schouten & Nelissen', 'Coach Marieke de Wit'),
        hours: fc.integer({ min: 1, max: 40 }),
      },
      { requiredKeys: ['form'] },
    );
    const state = inWhatNext();
    fc.assert(
      fc.property(
        offers,
        fc.option(fc.constantFrom('employee', 'manager', 'hrAdviser' as const), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 3_000 }), { nil: undefined }),
        fc.boolean(),
        (offer, searcher, minutes, asSupport) => {
          const agreement: AgreementInput = {
            ...support(offer as LearningOffer, {
              ...(searcher === undefined ? {} : { providerSearchedBy: searcher }),
              ...(minutes === undefined ? {} : { studyTime: { minutes } }),
            }),
            ...(asSupport ? {} : { id: 'a1', kind: 'development' as const, who: 'emp-1' }),
          };
          const type = asSupport ? 'proposeSupport' : 'proposeAgreement';
          const result = transition(state, { type, at, by: 'employee', agreement });
          value(result);
          const checked = checkAgreement(
            { ...agreement, acceptedBy: { employee: at } },
            {
              now: at,
              locale: 'nl',
              participants: [
                { id: 'emp-1', role: 'employee' },
                { id: 'mgr-1', role: 'manager' },
              ],
            },
          );
          expect(offerAdvice(result.findings).map((f) => [f.code, f.severity, f.params])).toEqual(
            offerAdvice(checked.findings).map((f) => [f.code, f.severity, f.params]),
          );
        },
      ),
      { numRuns: 80 },
    );
  });
});
