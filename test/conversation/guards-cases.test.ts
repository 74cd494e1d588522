// The guards on leaving a phase, worked out case by case: which finding each gives, with which
// severity, where it points and what it names.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Finding, Result, TransitionOutcome } from '../../src/index.js';
import { redact, replay, transition } from '../../src/index.js';
import { agreementRef, checkContext, evaluateGuards, exitGuardsOf } from '../../src/conversation/guards.js';
import type { TemplatePhase } from '../../src/conversation/types.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;

/** The development log up to (not including) the first event of `type`. */
function until(type: ConversationEventInput['type']): ConversationEventInput[] {
  return developmentEvents.slice(
    0,
    developmentEvents.findIndex((event) => event.type === type),
  );
}

function state(events: readonly ConversationEventInput[], strictness: 'relaxed' | 'standard' | 'strict' = 'standard'): Conversation {
  const replayed = replay(events, { input: { ...developmentInput, strictness } });
  if (!replayed.ok) throw new Error(replayed.findings.map((f) => f.code).join());
  return replayed.value;
}

const leave = (conversation: Conversation, minute = 40): Result<TransitionOutcome> =>
  transition(conversation, { type: 'nextPhase', at: at(minute), by: 'employee' });

const summary = (findings: readonly Finding[]) =>
  findings.map((f) => ({ code: f.code, severity: f.severity, path: f.path, params: f.params }));

const noDeadline = { id: 'a-nd', what: 'Ik volg een training presenteren', who: 'emp-1' };

describe('leaving the agreements phase', () => {
  it('refuses an accepted agreement without a deadline, naming it and saying only the when is missing', () => {
    const inAgreements = state([
      ...until('proposeAgreement'),
      { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: noDeadline },
      { type: 'acceptAgreement', at: at(36), by: 'manager', agreementId: 'a-nd' },
    ]);
    const result = leave(inAgreements);
    expect(result.ok).toBe(false);
    const www = result.findings.filter((f) => f.code === 'conversation.guard.agreementsWww');
    expect(summary(www)).toEqual([
      {
        code: 'conversation.guard.agreementsWww',
        severity: 'error',
        path: ['agreements', 0, 'agreement'],
        params: { agreement: { kind: 'agreement', id: 'a-nd', title: noDeadline.what }, missing: ['when'] },
      },
    ]);
  });

  it('points at the agreement by its place in the list, after a withdrawn one that no guard judges', () => {
    const inAgreements = state([
      ...until('proposeAgreement'),
      { type: 'proposeAgreement', at: at(34), by: 'employee', agreement: { id: 'a-old', what: 'Iets', who: '' } },
      { type: 'withdrawAgreement', at: at(35), by: 'employee', agreementId: 'a-old' },
      { type: 'proposeAgreement', at: at(36), by: 'employee', agreement: noDeadline },
      { type: 'acceptAgreement', at: at(37), by: 'manager', agreementId: 'a-nd' },
    ]);
    const result = leave(inAgreements);
    const named = result.findings.filter((f) => f.code.startsWith('conversation.guard.agreements'));
    expect(named.map((f) => f.code)).toContain('conversation.guard.agreementsWww');
    // The withdrawn one, though it has no who, what or when, is judged by none of them.
    for (const f of named) expect(f.path.slice(0, 2)).toEqual(['agreements', 1]);
  });

  it('waits for the employee when the manager proposed: acceptance is named per side, and SMART does not repeat it', () => {
    const proposed = state([
      ...until('proposeAgreement'),
      {
        type: 'proposeAgreement',
        at: at(35),
        by: 'manager',
        agreement: { id: 'a-m', what: '  Ik geef voor 1 juni 2027 twee klantdemo’s  ', who: 'emp-1', when: '2027-06-01' },
      },
    ]);
    const result = leave(proposed);
    expect(result.ok).toBe(false);
    const accepted = result.findings.filter((f) => f.code === 'conversation.guard.agreementsAccepted');
    expect(summary(accepted)).toEqual([
      {
        code: 'conversation.guard.agreementsAccepted',
        severity: 'error',
        path: ['agreements', 0, 'agreement', 'acceptedBy', 'employee'],
        params: { agreement: { kind: 'agreement', id: 'a-m', title: 'Ik geef voor 1 juni 2027 twee klantdemo’s' }, side: 'employee' },
      },
    ]);
    const smart = result.findings.filter((f) => f.code === 'conversation.guard.agreementsSmart');
    for (const f of smart) expect(f.params['criteria']).not.toContain('acceptable');
  });

  it('has SMART name the missing acceptance when the acceptance guard is not asked', () => {
    const proposed = state([
      ...until('proposeAgreement'),
      {
        type: 'proposeAgreement',
        at: at(35),
        by: 'manager',
        agreement: { id: 'a-m', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' },
      },
    ]);
    const alone = evaluateGuards(proposed, ['agreementsSmart'], at(40));
    expect(alone.map((f) => f.code)).toEqual(['conversation.guard.agreementsSmart']);
    expect(alone[0]?.params['criteria']).toContain('acceptable');
    expect(alone[0]?.path).toEqual(['agreements', 0, 'agreement']);
    expect(alone[0]?.severity).toBe('warning');
    // Accepted by both, it has nothing left to say about acceptance.
    const both = state([
      ...until('proposeAgreement'),
      {
        type: 'proposeAgreement',
        at: at(35),
        by: 'manager',
        agreement: { id: 'a-m', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01' },
      },
      { type: 'acceptAgreement', at: at(36), by: 'employee', agreementId: 'a-m' },
    ]);
    for (const f of evaluateGuards(both, ['agreementsSmart'], at(40))) expect(f.params['criteria']).not.toContain('acceptable');
  });

  it('refuses support the manager has not accepted, named as a support agreement', () => {
    const inSupport = state([
      ...until('proposeSupport'),
      {
        type: 'proposeSupport',
        at: at(44),
        by: 'employee',
        agreement: { id: 's-x', what: 'Coaching voor de demo’s', who: 'mgr-1', when: '2027-04-15' },
      },
    ]);
    const result = leave(inSupport, 46);
    expect(result.ok).toBe(false);
    expect(summary(result.findings.filter((f) => f.code === 'conversation.guard.supportAccepted'))).toEqual([
      {
        code: 'conversation.guard.supportAccepted',
        severity: 'error',
        path: ['supportAgreements', 0, 'agreement', 'acceptedBy', 'manager'],
        params: { agreement: { kind: 'supportAgreement', id: 's-x', title: 'Coaching voor de demo’s' }, side: 'manager' },
      },
    ]);
  });
});

describe('the guards a phase asks for', () => {
  const phase = (activities: TemplatePhase['activities'], exitGuards: TemplatePhase['exitGuards'] = []) =>
    ({ activities, exitGuards }) as unknown as TemplatePhase;
  const budget = { sources: [] };

  it('adds the model’s guards to the template’s own', () => {
    expect(exitGuardsOf({ kind: 'development', budget: undefined }, phase(['agreements'], ['purposeSet']))).toEqual([
      'purposeSet',
      'agreementsPresent',
      'agreementsWww',
      'agreementsSmart',
      'agreementsAccepted',
    ]);
    // Only a development conversation must leave with an agreement.
    expect(exitGuardsOf({ kind: 'career', budget: undefined }, phase(['agreements']))).toEqual([
      'agreementsWww',
      'agreementsSmart',
      'agreementsAccepted',
    ]);
    expect(exitGuardsOf({ kind: 'development', budget: undefined }, phase(['support']))).toEqual(['supportAccepted']);
    expect(exitGuardsOf({ kind: 'development', budget: undefined }, phase(['notes']))).toEqual([]);
  });

  it('asks the costs to fit a budget position only in the phases that make agreements or support', () => {
    expect(exitGuardsOf({ kind: 'development', budget } as never, phase(['support']))).toEqual(['supportAccepted', 'withinBudget']);
    expect(exitGuardsOf({ kind: 'development', budget } as never, phase(['agreements'])).at(-1)).toBe('withinBudget');
    expect(exitGuardsOf({ kind: 'development', budget } as never, phase(['notes']))).toEqual([]);
  });
});

describe('the agreement check’s context', () => {
  it('names both participants with their roles and follows the conversation’s strictness', () => {
    const strict = state(until('proposeAgreement'), 'strict');
    expect(checkContext(strict, at(40))).toEqual({
      now: at(40),
      locale: 'nl',
      timeZone: 'Europe/Amsterdam',
      participants: [
        { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
        { id: 'mgr-1', name: 'Ahmed Yilmaz', role: 'manager' },
      ],
      strict: true,
    });
    expect(checkContext(state(until('proposeAgreement')), at(40)).strict).toBe(false);
  });

  it('names an agreement by its text, trimmed, and by what it is when the text is empty or erased', () => {
    expect(agreementRef({ agreement: { id: 'a1', what: '  Cursus volgen ' } })).toEqual({
      kind: 'agreement',
      id: 'a1',
      title: 'Cursus volgen',
    });
    expect(agreementRef({ agreement: { id: 'a1', what: '   ' } }, 'supportAgreement')).toEqual({ kind: 'supportAgreement', id: 'a1' });
    expect(agreementRef({ agreement: { id: 'a1', what: '[…]' } })).toEqual({ kind: 'agreement', id: 'a1' });
  });
});

describe('how severe each guard is', () => {
  const fresh = (strictness: 'relaxed' | 'standard' | 'strict') => state([], strictness);
  const all = ['purposeSet', 'agendaMerged', 'agreementsPresent', 'nextConversationScheduled', 'evaluationGiven', 'purposeSet'] as const;
  const paths = [['purpose'], ['agenda'], ['agreements'], ['nextConversation'], ['evaluation']];

  it('says each once, in the order asked, with the severity of the conversation’s strictness', () => {
    const table = (strictness: 'relaxed' | 'standard' | 'strict') =>
      evaluateGuards(fresh(strictness), all, at(0)).map((f) => [f.code.replace('conversation.guard.', ''), f.severity]);
    expect(table('relaxed')).toEqual([
      ['purposeSet', 'warning'],
      ['agendaMerged', 'warning'],
      ['agreementsPresent', 'warning'],
      ['nextConversationScheduled', 'error'],
      ['evaluationGiven', 'info'],
    ]);
    expect(table('standard')).toEqual([
      ['purposeSet', 'error'],
      ['agendaMerged', 'error'],
      ['agreementsPresent', 'error'],
      ['nextConversationScheduled', 'error'],
      ['evaluationGiven', 'warning'],
    ]);
    expect(table('strict').map(([, severity]) => severity)).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(evaluateGuards(fresh('standard'), all, at(0)).map((f) => f.path)).toEqual(paths);
  });

  it('has nothing to say once each is met', () => {
    const done = state(developmentEvents);
    expect(evaluateGuards(done, [...all, 'agreementsWww', 'agreementsSmart', 'agreementsAccepted', 'supportAccepted'], at(59))).toEqual([]);
    const strict = state(developmentEvents, 'strict');
    expect(evaluateGuards(strict, ['agreementsSmart', 'agreementsWww'], at(59))).toEqual([]);
    // Without a budget position there is no budget to fit.
    expect(evaluateGuards(done, ['withinBudget'], at(59))).toEqual([]);
  });
});

describe('costs beyond the budget position', () => {
  it('points at the source that is overrun, and names the support agreement charged to it', () => {
    const eur = (cents: number) => ({ amount: cents, currency: 'EUR' });
    const budget = {
      sources: [
        { source: 'pob', kind: 'personalBudget' as const, title: 'Persoonlijk ontwikkelbudget', remaining: [eur(70_000)] },
        { source: 'oo-fonds', kind: 'sectorFund' as const, title: 'O&O-fonds', remaining: [eur(50_000)] },
      ],
    };
    const replayed = replay(
      [
        ...until('proposeSupport'),
        {
          type: 'proposeSupport',
          at: at(44),
          by: 'employee',
          agreement: {
            id: 's-oo',
            what: 'Ik volg de leergang Klantgericht Adviseren',
            who: 'emp-1',
            when: '2027-05-20',
            cost: eur(60_000),
            fundingSource: 'oo-fonds',
          },
        },
      ],
      { input: { ...developmentInput, budget } },
    );
    if (!replayed.ok) throw new Error(replayed.findings.map((f) => f.code).join());
    const found = evaluateGuards(replayed.value, ['withinBudget'], at(46));
    expect(found.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['conversation.guard.withinBudget', 'error', ['budget', 'sources', 1, 'remaining']],
    ]);
    expect(JSON.stringify(found[0]?.params)).toContain(
      '{"kind":"supportAgreement","id":"s-oo","title":"Ik volg de leergang Klantgericht Adviseren"}',
    );
  });
});

describe('what the guards leave out', () => {
  const vague = { id: 'a-v', what: 'Iets met communicatie', who: '' };
  const proposed = () =>
    state(
      [
        ...until('proposeAgreement'),
        { type: 'proposeAgreement', at: at(35), by: 'employee', agreement: vague },
        { type: 'acceptAgreement', at: at(36), by: 'manager', agreementId: 'a-v' },
      ],
      'relaxed',
    );

  it('does not judge the text of an erased agreement again: it passed its checks when it was written', () => {
    const before = evaluateGuards(proposed(), ['agreementsWww', 'agreementsSmart'], at(40));
    expect(before.map((f) => f.code)).toEqual(['conversation.guard.agreementsWww', 'conversation.guard.agreementsSmart']);
    const erased = redact(proposed(), {
      target: { kind: 'agreement', id: 'a-v' },
      at: at(39),
      by: 'hr-1',
      reason: 'erasureRequest',
    } as never);
    if (!erased.ok) throw new Error(erased.findings.map((f) => f.code).join());
    expect(evaluateGuards(erased.value, ['agreementsWww', 'agreementsSmart', 'agreementsAccepted'], at(40))).toEqual([]);
    // Another erasure leaves the agreement judged.
    const other = redact(proposed(), { target: { kind: 'note', id: 'note-1' }, at: at(39), by: 'hr-1', reason: 'erasureRequest' } as never);
    if (!other.ok) throw new Error(other.findings.map((f) => f.code).join());
    expect(evaluateGuards(other.value, ['agreementsWww'], at(40)).map((f) => f.path)).toEqual([['agreements', 0, 'agreement']]);
  });

  it('keeps SMART’s other shortfalls while acceptance waits, and its low acceptance once both accepted', () => {
    const waiting = state([...until('proposeAgreement'), { type: 'proposeAgreement', at: at(35), by: 'manager', agreement: noDeadline }]);
    const smart = evaluateGuards(waiting, ['agreementsAccepted', 'agreementsSmart'], at(40)).find(
      (f) => f.code === 'conversation.guard.agreementsSmart',
    );
    expect(smart?.params['criteria']).toContain('timeBound');
    expect(smart?.params['criteria']).not.toContain('acceptable');
    const reluctant = state([
      ...until('proposeAgreement'),
      {
        type: 'proposeAgreement',
        at: at(35),
        by: 'manager',
        agreement: { id: 'a-r', what: 'Ik geef voor 1 juni 2027 twee klantdemo’s', who: 'emp-1', when: '2027-06-01', acceptance: 2 },
      },
      { type: 'acceptAgreement', at: at(36), by: 'employee', agreementId: 'a-r' },
    ]);
    const low = evaluateGuards(reluctant, ['agreementsAccepted', 'agreementsSmart'], at(40));
    expect(low.map((f) => f.code)).toEqual(['conversation.guard.agreementsSmart']);
    expect(low[0]?.params['criteria']).toContain('acceptable');
  });

  it('names an agreement, not a support agreement, whose costs do not fit', () => {
    const replayed = replay(
      [
        ...until('proposeAgreement'),
        {
          type: 'proposeAgreement',
          at: at(35),
          by: 'employee',
          agreement: {
            id: 'a-c',
            what: 'Ik volg de leergang Adviseren',
            who: 'emp-1',
            when: '2027-05-20',
            cost: { amount: 80_000, currency: 'EUR' },
          },
        },
      ],
      {
        input: {
          ...developmentInput,
          budget: { sources: [{ source: 'pob', kind: 'personalBudget', remaining: [{ amount: 70_000, currency: 'EUR' }] }] },
        },
      },
    );
    if (!replayed.ok) throw new Error(replayed.findings.map((f) => f.code).join());
    const [found] = evaluateGuards(replayed.value, ['withinBudget'], at(40));
    expect(found?.params['agreements']).toEqual([{ kind: 'agreement', id: 'a-c', title: 'Ik volg de leergang Adviseren' }]);
  });
});
