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
      studyTime: fc.option(fc.record({ minutes: fc.integer({ min: 0, max: 2_000 }) }), { nil: undefined }),
      fundingSource: fc.option(fc.constantFrom('s1', 's2', 's3', 's4', 's9'), { nil: undefined }),
      withdrawn: fc.boolean(),
    })
    .map(({ cost, studyTime, fundingSource, withdrawn }) => ({
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
        ...(studyTime !== undefined ? { studyTime } : {}),
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

/** The amount of a claim line in its own unit. */
const sizeOf = (line: { readonly cost: { readonly amount: number } | { readonly minutes: number } }) =>
  'minutes' in line.cost ? line.cost.minutes : line.cost.amount;

describe('the claims on the budget position (fast-check)', () => {
  it('count every positive cost exactly once, in exactly one source, and the totals are the counted costs', () => {
    fc.assert(
      fc.property(positionArb, listsArb, (budget, lists) => {
        const claims = claimsOf(budget, lists);
        const live = [...lists.agreements, ...lists.supportAgreements].filter((e) => e.withdrawn === null);
        const expected = live.flatMap((e) => [
          ...((e.agreement.cost?.amount ?? 0) > 0 ? [`${e.agreement.id}:money`] : []),
          ...((e.agreement.studyTime?.minutes ?? 0) > 0 ? [`${e.agreement.id}:minutes`] : []),
        ]);
        const seen = claims.lines.map((l) => `${l.agreement.id}:${l.unit === 'minutes' ? 'minutes' : 'money'}`);
        expect(seen.sort()).toEqual(expected.sort());
        // Per unit: the totals are exactly the counted lines (money per currency, study time in minutes).
        for (const unit of ['EUR', 'USD', 'minutes']) {
          let counted = 0;
          for (const line of claims.lines) if (line.counted && line.unit === unit) counted += sizeOf(line);
          let summed = 0;
          for (const perUnit of claims.totals.values()) summed += perUnit.get(unit) ?? 0;
          expect(summed).toBe(counted);
        }
        const personal = budget.sources.filter((s) => s.kind === 'personalBudget');
        for (const line of claims.lines.filter((l) => l.counted)) {
          // Counted in the source it names, else the personal budget (for study time, the one that keeps study hours).
          const named = line.agreement.fundingSource;
          const fallback =
            line.unit === 'minutes' ? (personal.find((s) => s.remaining.some((a) => 'minutes' in a)) ?? personal[0]) : personal[0];
          expect(line.source?.source).toBe(named ?? fallback?.source);
          // Study time and money of one agreement are claimed from one and the same source.
          const other = claims.lines.find((l) => l.agreement === line.agreement && l.unit !== line.unit);
          if (other !== undefined && named !== undefined) expect(other.source?.source).toBe(line.source?.source);
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
          expect(over.some((o) => o.source === source && o.unit === 'EUR')).toBe(expected);
          const minutes = claims.totals.get(source.source)?.get('minutes') ?? 0;
          const time = source.remaining.find((a) => 'minutes' in a);
          const timeCapped = source.kind !== 'requiredTraining' && time !== undefined && 'minutes' in time;
          expect(over.some((o) => o.source === source && o.unit === 'minutes')).toBe(timeCapped && minutes > time.minutes);
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

const course = (minutes: number, fundingSource?: string, id = 's-leergang'): ConversationEventInput => ({
  type: 'proposeSupport',
  at: at(44),
  by: 'employee',
  agreement: {
    id,
    what: 'Ik volg voor 1 juli 2027 de leergang Klantgericht Adviseren',
    who: 'emp-1',
    when: '2027-07-01',
    studyTime: { minutes },
    ...(fundingSource !== undefined ? { fundingSource } : {}),
  },
});

describe('study time in the conversation: a 24-hour course on 16 study hours', () => {
  it('warns when the course is proposed, and blocks moving on with the reason in hours', () => {
    const proposed = transition(inSupport(), course(24 * 60));
    expect(proposed.ok).toBe(true);
    const warning = proposed.findings.find((f) => f.code === 'conversation.budget.overClaimedStudyTime');
    expect(warning?.severity).toBe('warning');
    expect(warning && findingMessage(warning, 'nl')).toBe(
      'Met ‘Ik volg voor 1 juli 2027 de leergang Klantgericht Adviseren’ vragen de afspraken ten laste van ‘Persoonlijk ontwikkelbudget’ 24 uur studietijd, terwijl daarvan nog 16 uur over is.',
    );
    let state = proposed.ok ? proposed.value.conversation : inSupport();
    state = step(state, { type: 'acceptSupport', at: at(45), by: 'manager', agreementId: 's-leergang' });
    const next = transition(state, { type: 'nextPhase', at: at(47), by: 'manager' });
    expect(next.ok).toBe(false);
    expect(next.findings.map((f) => f.code)).toEqual(['conversation.guard.withinStudyTime']);
    const available = availableEvents(state);
    const move = available.ok ? available.value.find((event) => event.type === 'nextPhase') : undefined;
    expect(move?.ready).toBe(false);
    const why = move?.findings.find((f) => f.code === 'conversation.guard.withinStudyTime');
    expect(why?.path).toEqual(['budget', 'sources', 0, 'remaining']);
    expect(why && findingMessage(why, 'en')).toBe(
      'The agreements charged to “Persoonlijk ontwikkelbudget” (“Ik volg voor 1 juli 2027 de leergang Klantgericht Adviseren”) take 24 hours of study time together, but only 16 hours is left. Agree on less study time, choose another source or spread it into the next period before you move on.',
    );
  });

  it('refuses the course in strict mode and leaves the state as it was; 16 hours fit', () => {
    const strict = inSupport('strict');
    const text = JSON.stringify(strict);
    const refused = transition(strict, course(16 * 60 + 30));
    expect(refused.findings.map((f) => [f.code, f.severity])).toEqual([['conversation.budget.overClaimedStudyTime', 'error']]);
    expect(JSON.stringify(strict)).toBe(text);
    const fits = transition(strict, course(16 * 60));
    expect(fits.ok && fits.findings.filter((f) => f.code.startsWith('conversation.budget.'))).toEqual([]);
  });

  it('judges money and study time apart: a course within the money can still exceed the hours', () => {
    const both = transition(inSupport(), {
      ...course(20 * 60),
      agreement: { ...(course(20 * 60) as { agreement: Agreement }).agreement, cost: eur(45_000) },
    } as ConversationEventInput);
    expect(both.findings.map((f) => f.code).filter((code) => code.startsWith('conversation.budget.'))).toEqual([
      'conversation.budget.overClaimedStudyTime',
    ]);
  });

  it('never takes personal study hours for training the employer requires (art. 7:611a BW)', () => {
    const proposed = transition(inSupport('strict'), course(40 * 60, 'employer'));
    expect(proposed.ok).toBe(true);
    const state = proposed.ok ? proposed.value.conversation : inSupport();
    const claims = claimsOf(position, state);
    expect(claims.totals.get('pob')).toBeUndefined();
    expect(claims.totals.get('employer')?.get('minutes')).toBe(40 * 60);
  });

  it('says when the source keeps no study hours, and does not count the time there', () => {
    const proposed = transition(inSupport('strict'), course(8 * 60, 'oo-fonds'));
    expect(proposed.ok).toBe(true);
    const note = proposed.findings.find((f) => f.code === 'conversation.budget.noStudyTime');
    expect(note && findingMessage(note, 'nl')).toBe(
      '‘Ik volg voor 1 juli 2027 de leergang Klantgericht Adviseren’ vraagt 8 uur studietijd, maar bij ‘O&O-fonds’ staan geen studie-uren in het budgetoverzicht; die tijd is daarom niet meegeteld.',
    );
  });

  it('claims study time without a named source from the personal budget that keeps study hours', () => {
    const split: ConversationBudget = {
      sources: [
        { source: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', remaining: [eur(70_000)] },
        { source: 'uren', kind: 'personalBudget', title: 'Studie-uren', remaining: [{ minutes: 960 }] },
      ],
    };
    const state = step(inSupport('standard', split), course(10 * 60));
    const claims = claimsOf(split, state);
    expect(claims.totals.get('uren')?.get('minutes')).toBe(600);
    expect(claims.totals.get('pob')).toBeUndefined();
  });
});

describe('the claims on the budget position do not depend on the order of the agreements (fast-check)', () => {
  it('the same totals and the same over-claims, whatever the order', () => {
    fc.assert(
      fc.property(
        positionArb,
        listsArb.chain((lists) =>
          fc.tuple(
            fc.constant(lists),
            fc.shuffledSubarray(lists.agreements, { minLength: lists.agreements.length }),
            fc.shuffledSubarray(lists.supportAgreements, { minLength: lists.supportAgreements.length }),
          ),
        ),
        (budget, [lists, agreements, supportAgreements]) => {
          const plain = claimsOf(budget, lists);
          const shuffled = claimsOf(budget, { agreements, supportAgreements });
          const table = (claims: typeof plain) =>
            [...claims.totals].flatMap(([source, perUnit]) => [...perUnit].map(([unit, value]) => `${source}/${unit}=${value}`)).sort();
          expect(table(shuffled)).toEqual(table(plain));
          const overs = (claims: typeof plain) => overClaims(budget, claims).map((o) => `${o.source.source}/${o.unit}=${o.claimed}`);
          // The same over-claims in the same order, so the guard's findings do not move with the agreements.
          expect(overs(shuffled)).toEqual(overs(plain));
        },
      ),
    );
  });
});
