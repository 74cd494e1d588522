import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, Conversation, ConversationBudget, ConversationEventInput, SourceBalance } from '../../src/index.js';
import { availableEvents, findingMessage, replay, transition } from '../../src/index.js';
import { claimsOf, overClaims } from '../../src/conversation/budget.js';
import type { ConversationAgreement } from '../../src/conversation/types.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const eur = (cents: number) => ({ amount: cents, currency: 'EUR' });
const position: ConversationBudget = {
  sources: [
    { source: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', remaining: [eur(70_000), { minutes: 960 }] },
    { source: 'employer', kind: 'requiredTraining', title: 'Verplichte scholing', remaining: [] },
    { source: 'oo-fonds', kind: 'sectorFund', title: 'O&O-fonds', remaining: [eur(50_000)] },
  ],
};

const supportAt = developmentEvents.findIndex((event) => (event as { type: string }).type === 'proposeSupport');
const before = developmentEvents.slice(0, supportAt);
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;

/** The conversation in its support phase, with the budget position and the given strictness. */
function inSupport(strictness: 'relaxed' | 'standard' | 'strict' = 'standard', budget: ConversationBudget = position): Conversation {
  const replayed = replay(before, { input: { ...developmentInput, strictness, budget } });
  if (!replayed.ok) throw new Error(replayed.findings.map((f) => f.code).join());
  return replayed.value;
}

const ticket = (cents: number, fundingSource?: string): ConversationEventInput => ({
  type: 'proposeSupport',
  at: at(44),
  by: 'employee',
  agreement: {
    id: 's-congres',
    what: 'Ik bezoek op 20 mei 2027 het congres Klantgericht Adviseren',
    who: 'emp-1',
    when: '2027-05-20',
    cost: eur(cents),
    ...(fundingSource !== undefined ? { fundingSource } : {}),
  },
});

function step(conversation: Conversation, event: ConversationEventInput): Conversation {
  const next = transition(conversation, event);
  if (!next.ok) throw new Error(next.findings.map((f) => f.code).join());
  return next.value.conversation;
}

describe('the budget position in the conversation: the € 1.200 ticket on a € 700 budget', () => {
  it('keeps the position in the state, and leaves it out when none is given', () => {
    expect(inSupport().budget).toEqual(position);
    const without = replay(before, { input: developmentInput });
    expect(without.ok && 'budget' in without.value).toBe(false);
  });

  it('warns when the ticket is proposed and accepted, and blocks moving on until it fits', () => {
    const proposed = transition(inSupport(), ticket(120_000));
    expect(proposed.ok).toBe(true);
    const warning = proposed.findings.find((f) => f.code === 'conversation.budget.overClaimed');
    expect(warning?.severity).toBe('warning');
    expect(warning && findingMessage(warning, 'nl')).toBe(
      'Met ‘Ik bezoek op 20 mei 2027 het congres Klantgericht Adviseren’ komen de afspraken ten laste van ‘Persoonlijk ontwikkelbudget’ op €\u00a01.200,00, terwijl daarin nog €\u00a0700,00 over is.',
    );
    const state = proposed.ok ? proposed.value.conversation : inSupport();
    const accepted = transition(state, { type: 'acceptSupport', at: at(45), by: 'manager', agreementId: 's-congres' });
    expect(accepted.ok && accepted.findings.map((f) => f.code)).toEqual(['conversation.budget.overClaimed']);
    const agreed = accepted.ok ? accepted.value.conversation : state;
    // Moving on is refused, and the button says why.
    const next = transition(agreed, { type: 'nextPhase', at: at(47), by: 'manager' });
    expect(next.ok).toBe(false);
    expect(next.findings.map((f) => f.code)).toEqual(['conversation.guard.withinBudget']);
    const available = availableEvents(agreed);
    const move = available.ok ? available.value.find((event) => event.type === 'nextPhase') : undefined;
    expect(move?.ready).toBe(false);
    const why = move?.findings.find((f) => f.code === 'conversation.guard.withinBudget');
    expect(why && findingMessage(why, 'en')).toBe(
      'The agreements charged to “Persoonlijk ontwikkelbudget” (“Ik bezoek op 20 mei 2027 het congres Klantgericht Adviseren”) cost €1,200.00 together, but only €700.00 is left in it. Choose another source together, agree on less or share the cost before you move on.',
    );
  });

  it('lets the conversation move on once the O&O-fonds pays € 500 and the budget € 700', () => {
    let state = step(inSupport(), ticket(70_000, 'pob'));
    state = step(state, {
      ...ticket(50_000, 'oo-fonds'),
      agreement: { ...(ticket(0) as { agreement: Agreement }).agreement, id: 's-congres-oo', cost: eur(50_000), fundingSource: 'oo-fonds' },
    } as ConversationEventInput);
    state = step(state, { type: 'acceptSupport', at: at(45), by: 'manager', agreementId: 's-congres' });
    state = step(state, { type: 'acceptSupport', at: at(45), by: 'manager', agreementId: 's-congres-oo' });
    const next = transition(state, { type: 'nextPhase', at: at(47), by: 'manager' });
    expect(next.ok).toBe(true);
    expect(next.findings.filter((f) => f.code.includes('budget') || f.code.includes('Budget'))).toEqual([]);
  });

  it('refuses the ticket in strict mode and leaves the state as it was', () => {
    const strict = inSupport('strict');
    const text = JSON.stringify(strict);
    const refused = transition(strict, ticket(120_000));
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => [f.code, f.severity])).toEqual([['conversation.budget.overClaimed', 'error']]);
    expect(JSON.stringify(strict)).toBe(text);
  });

  it('never claims the personal budget for training the employer requires (art. 7:611a BW)', () => {
    const proposed = transition(inSupport('strict'), ticket(120_000, 'employer'));
    expect(proposed.ok).toBe(true);
    expect(proposed.findings.filter((f) => f.code.startsWith('conversation.budget.'))).toEqual([]);
    const state = proposed.ok ? proposed.value.conversation : inSupport();
    const claims = claimsOf(position, state);
    expect(claims.totals.get('pob')).toBeUndefined();
    expect(claims.totals.get('employer')?.get('EUR')).toBe(120_000);
  });

  it('says when a cost names a source the position does not know, or another currency', () => {
    const unknown = transition(inSupport(), ticket(10_000, 'elsewhere'));
    expect(unknown.findings.map((f) => f.code)).toContain('conversation.budget.unknownSource');
    const dollars = transition(inSupport(), {
      ...ticket(0),
      agreement: { ...(ticket(0) as { agreement: Agreement }).agreement, cost: { amount: 500, currency: 'USD' } },
    } as ConversationEventInput);
    expect(dollars.findings.map((f) => f.code)).toContain('conversation.budget.otherCurrency');
  });

  it('refuses a position that names a source twice', () => {
    const pob = position.sources[0] as SourceBalance;
    const refused = replay([], { input: { ...developmentInput, budget: { sources: [pob, pob] } } });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => f.code)).toContain('conversation.budget.duplicateSource');
  });
});

const kinds = ['personalBudget', 'requiredTraining', 'sectorFund', 'learningAccount', 'ownMoney'] as const;
const sourceArb: fc.Arbitrary<SourceBalance> = fc.record({
  source: fc.constantFrom('s1', 's2', 's3', 's4'),
  kind: fc.constantFrom(...kinds),
  remaining: fc
    .subarray([eur(0), { minutes: 480 }])
    .chain((units) => fc.tuple(...units.map((u) => ('currency' in u ? fc.integer({ min: 0, max: 200_000 }).map(eur) : fc.constant(u))))),
});
const positionArb: fc.Arbitrary<ConversationBudget> = fc
  .uniqueArray(sourceArb, { selector: (s) => s.source, maxLength: 4 })
  .map((sources) => ({ sources: sources.map((s) => (s.kind === 'requiredTraining' ? { ...s, remaining: [] } : s)) }));
const entryArb = (id: string): fc.Arbitrary<ConversationAgreement> =>
  fc
    .record({
      cost: fc.option(fc.record({ amount: fc.integer({ min: -100, max: 150_000 }), currency: fc.constantFrom('EUR', 'EUR', 'USD') }), {
        nil: undefined,
      }),
      fundingSource: fc.option(fc.constantFrom('s1', 's2', 's3', 's4', 's9'), { nil: undefined }),
      withdrawn: fc.boolean(),
    })
    .map(({ cost, fundingSource, withdrawn }) => ({
      agreement: {
        id,
        what: `Afspraak ${id}`,
        who: 'emp-1',
        kind: 'support',
        acceptedBy: {},
        linkedNeedIds: [],
        linkedGoalIds: [],
        status: 'open',
        ...(cost !== undefined ? { cost } : {}),
        ...(fundingSource !== undefined ? { fundingSource } : {}),
      },
      proposedBy: 'employee',
      proposedAt: at(40),
      revision: 0,
      withdrawn: withdrawn ? { at: at(41), by: 'employee', reason: 'Niet meer nodig' } : null,
    }));
const listsArb = fc.record({
  agreements: fc.array(fc.nat(), { maxLength: 6 }).chain((ns) => fc.tuple(...ns.map((_, i) => entryArb(`a${i}`)))),
  supportAgreements: fc.array(fc.nat(), { maxLength: 6 }).chain((ns) => fc.tuple(...ns.map((_, i) => entryArb(`s${i}`)))),
});

describe('the claims on the budget position (fast-check)', () => {
  it('count every positive cost exactly once, in exactly one source, and the totals are the counted costs', () => {
    fc.assert(
      fc.property(positionArb, listsArb, (budget, lists) => {
        const claims = claimsOf(budget, lists);
        const live = [...lists.agreements, ...lists.supportAgreements].filter(
          (e) => e.withdrawn === null && (e.agreement.cost?.amount ?? 0) > 0,
        );
        expect(claims.lines.map((l) => l.agreement.id).sort()).toEqual(live.map((e) => e.agreement.id).sort());
        let counted = 0;
        for (const line of claims.lines) if (line.counted) counted += line.cost.amount;
        let summed = 0;
        for (const perCurrency of claims.totals.values()) for (const amount of perCurrency.values()) summed += amount;
        expect(summed).toBe(counted);
        for (const line of claims.lines.filter((l) => l.counted)) {
          // Counted in the source it names, else the personal budget; never in the personal budget when it names required training.
          const named = line.agreement.fundingSource;
          expect(line.source?.source).toBe(named ?? budget.sources.find((s) => s.kind === 'personalBudget')?.source);
        }
      }),
    );
  });

  it('find an over-claim exactly where a capped source holds less than is claimed from it', () => {
    fc.assert(
      fc.property(positionArb, listsArb, (budget, lists) => {
        const claims = claimsOf(budget, lists);
        const over = overClaims(budget, claims);
        for (const source of budget.sources) {
          const claimed = claims.totals.get(source.source)?.get('EUR') ?? 0;
          const left = source.remaining.find((a) => 'currency' in a);
          const capped = source.kind !== 'requiredTraining' && left !== undefined && 'currency' in left;
          const expected = capped && claimed > left.amount;
          expect(over.some((o) => o.source === source && o.claimed.currency === 'EUR')).toBe(expected);
        }
        expect(over.every((o) => o.source.kind !== 'requiredTraining')).toBe(true);
      }),
    );
  });

  it('a refusal in strict mode leaves the state untouched; an acceptance keeps the claims within what is left or says so', () => {
    const strict = inSupport('strict');
    const text = JSON.stringify(strict);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(undefined, 'pob', 'employer', 'oo-fonds'), (cents, source) => {
        const result = transition(strict, ticket(cents, source));
        expect(JSON.stringify(strict)).toBe(text);
        const left = source === 'employer' ? Number.POSITIVE_INFINITY : source === 'oo-fonds' ? 50_000 : 70_000;
        expect(result.ok).toBe(cents <= left);
        if (!result.ok) expect(result.findings.every((f) => f.code === 'conversation.budget.overClaimed')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
