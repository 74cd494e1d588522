// The events of agreements, worked out case by case: what a proposal, a revision and a withdrawal
// refuse, warn about and write.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved, refusal } from './outcomes.js';

const input = { ...developmentInput, templateVersion: 1 as const };
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;
const proposeAt = developmentEvents.findIndex((event) => event.type === 'proposeAgreement');
const good = { id: 'a9', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' };

function inAgreements(strictness: 'relaxed' | 'standard' | 'strict' = 'standard', more: ConversationEventInput[] = []): Conversation {
  const result = replay([...developmentEvents.slice(0, proposeAt), ...more], { input: { ...input, strictness } });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('proposing', () => {
  it('refuses an id already used, naming the agreement already there', () => {
    const state = inAgreements('standard', [{ type: 'proposeAgreement', at: at(35), by: 'employee', agreement: good }]);
    expect(
      refusal(transition(state, { type: 'proposeAgreement', at: at(36), by: 'employee', agreement: { ...good, what: 'Iets anders' } })),
    ).toEqual([
      ['conversation.agreement.duplicate', ['agreement', 'id'], { agreement: { kind: 'agreement', id: 'a9', title: good.what } }],
    ]);
  });

  it('refuses support proposed as an agreement, and a proposal that carries the other side’s consent', () => {
    expect(
      refusal(
        transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: { ...good, kind: 'support' } }),
      ),
    ).toEqual([
      ['conversation.agreement.useSupport', ['agreement', 'kind'], { agreement: { kind: 'agreement', id: 'a9', title: good.what } }],
    ]);
    expect(
      refusal(
        transition(inAgreements(), {
          type: 'proposeAgreement',
          at: at(35),
          by: 'manager',
          agreement: { ...good, acceptedBy: { employee: at(34) } },
        }),
      ),
    ).toEqual([
      [
        'conversation.guard.agreementsAccepted',
        ['agreement', 'acceptedBy', 'employee'],
        { agreement: { kind: 'agreement', id: 'a9', title: good.what }, side: 'employee' },
      ],
    ]);
  });

  it('keeps the proposal open and agreed by its author only, and says when the manager proposed the solution', () => {
    const relaxed = transition(inAgreements('relaxed'), { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good });
    const hint = relaxed.findings.filter((f) => f.code === 'conversation.agreement.proposedByManager');
    expect(hint.map((f) => [f.severity, f.path, f.params])).toEqual([
      ['info', ['by'], { agreement: { kind: 'agreement', id: 'a9', title: good.what } }],
    ]);
    const standard = transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good });
    expect(standard.findings.filter((f) => f.code === 'conversation.agreement.proposedByManager').map((f) => f.severity)).toEqual([
      'warning',
    ]);
    const entry = moved(standard).agreements.at(-1);
    expect([entry?.agreement.kind, entry?.agreement.acceptedBy, entry?.proposedBy, entry?.revision, entry?.withdrawn]).toEqual([
      'development',
      { manager: at(35) },
      'manager',
      0,
      null,
    ]);
    const byEmployee = transition(inAgreements(), { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: good });
    expect(byEmployee.findings.filter((f) => f.code === 'conversation.agreement.proposedByManager')).toEqual([]);
  });

  it('warns about a draft in one finding whose details are the check’s, leaving out the missing acceptance', () => {
    const draft = transition(inAgreements(), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { id: 'a-v', what: 'Iets met communicatie', who: '' },
    });
    expect(draft.ok).toBe(true);
    const [warning] = draft.findings.filter((f) => f.code === 'conversation.agreement.draft');
    expect([warning?.severity, warning?.path, warning?.params]).toEqual([
      'warning',
      ['agreement'],
      { agreement: { kind: 'agreement', id: 'a-v', title: 'Iets met communicatie' } },
    ]);
    const details = warning?.details ?? [];
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) {
      expect(detail.severity).not.toBe('info');
      expect(detail.code.startsWith('agreement.smart.acceptable.')).toBe(false);
    }
    const clean = transition(inAgreements(), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { ...good, measure: 'Twee demo’s gegeven' },
    });
    expect(clean.findings.filter((f) => f.code === 'conversation.agreement.draft')).toEqual([]);
  });

  it('says when someone other than the employee is to find the provider, once', () => {
    const proposed = transition(inAgreements(), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { ...good, providerSearchedBy: 'hrAdviser' },
    });
    expect(
      proposed.findings.filter((f) => f.code === 'conversation.agreement.providerNotEmployee').map((f) => [f.severity, f.path, f.params]),
    ).toEqual([
      [
        'warning',
        ['agreement', 'providerSearchedBy'],
        { agreement: { kind: 'agreement', id: 'a9', title: good.what }, searcher: 'hrAdviser' },
      ],
    ]);
    const revised = transition(moved(proposed), {
      type: 'reviseAgreement',
      at: at(36),
      by: 'employee',
      agreement: { ...good, providerSearchedBy: 'hrAdviser', measure: 'Twee demo’s' },
    });
    expect(revised.findings.filter((f) => f.code === 'conversation.agreement.providerNotEmployee')).toEqual([]);
    const byEmployee = transition(inAgreements('relaxed'), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { ...good, providerSearchedBy: 'employee' },
    });
    expect(byEmployee.findings.filter((f) => f.code === 'conversation.agreement.providerNotEmployee')).toEqual([]);
    const relaxed = transition(inAgreements('relaxed'), {
      type: 'proposeAgreement',
      at: at(35),
      by: 'employee',
      agreement: { ...good, providerSearchedBy: 'manager' },
    });
    expect(relaxed.findings.filter((f) => f.code === 'conversation.agreement.providerNotEmployee').map((f) => f.severity)).toEqual([
      'info',
    ]);
  });
});

describe('revising and withdrawing', () => {
  const proposed = () =>
    inAgreements('standard', [
      { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: good },
      { type: 'acceptAgreement', at: at(36), by: 'employee', agreementId: 'a9' },
    ]);

  it('counts the revision, keeps who proposed it, and says whose consent it resets', () => {
    const revised = transition(proposed(), {
      type: 'reviseAgreement',
      at: at(37),
      by: 'manager',
      agreement: { ...good, when: '2027-06-15' },
    });
    expect(
      revised.findings.filter((f) => f.code === 'conversation.agreement.revisionResetsAcceptance').map((f) => [f.path, f.params]),
    ).toEqual([[['agreement'], { agreement: { kind: 'agreement', id: 'a9', title: good.what }, side: 'employee' }]]);
    const entry = moved(revised).agreements.at(-1);
    expect([entry?.proposedBy, entry?.proposedAt, entry?.revision, entry?.revisedBy, entry?.agreement.acceptedBy]).toEqual([
      'manager',
      at(35),
      1,
      'manager',
      { manager: at(37) },
    ]);
    const again = transition(moved(revised), { type: 'reviseAgreement', at: at(38), by: 'manager', agreement: good });
    expect(again.findings.filter((f) => f.code === 'conversation.agreement.revisionResetsAcceptance')).toEqual([]);
    expect(moved(again).agreements.at(-1)?.revision).toBe(2);
  });

  it('refuses revising an unknown, a withdrawn or a closed agreement', () => {
    expect(
      refusal(transition(proposed(), { type: 'reviseAgreement', at: at(37), by: 'manager', agreement: { ...good, id: 'zz' } })),
    ).toEqual([['conversation.agreement.unknown', ['agreement', 'id'], { agreement: { kind: 'agreement', id: 'zz', title: good.what } }]]);
    expect(
      refusal(transition(proposed(), { type: 'reviseAgreement', at: at(37), by: 'manager', agreement: { ...good, status: 'done' } })),
    ).toEqual([
      [
        'conversation.agreement.notOpen',
        ['agreement', 'status'],
        { agreement: { kind: 'agreement', id: 'a9', title: good.what }, status: 'done' },
      ],
    ]);
    const withdrawn = moved(
      transition(proposed(), { type: 'withdrawAgreement', at: at(37), by: 'employee', agreementId: 'a9', reason: 'Past niet' }),
    );
    const entry = withdrawn.agreements.at(-1);
    expect([entry?.withdrawn, entry?.agreement.status]).toEqual([{ at: at(37), by: 'employee', reason: 'Past niet' }, 'dropped']);
    expect(refusal(transition(withdrawn, { type: 'reviseAgreement', at: at(38), by: 'manager', agreement: good }))).toEqual([
      ['conversation.agreement.withdrawn', ['agreement', 'id'], { agreement: { kind: 'agreement', id: 'a9', title: good.what } }],
    ]);
    expect(refusal(transition(withdrawn, { type: 'withdrawAgreement', at: at(38), by: 'manager', agreementId: 'a9' }))).toEqual([
      ['conversation.agreement.withdrawn', ['agreementId'], { agreement: { kind: 'agreement', id: 'a9', title: good.what } }],
    ]);
    expect(refusal(transition(withdrawn, { type: 'withdrawAgreement', at: at(38), by: 'manager', agreementId: 'zz' }))).toEqual([
      ['conversation.agreement.unknown', ['agreementId'], { agreement: { kind: 'agreement', id: 'zz' } }],
    ]);
  });
});
