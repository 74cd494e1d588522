// The agreements' claims on the budget position, worked out case by case: which source and unit each
// claim counts in, what is over, and the findings with their params.
import { describe, expect, it } from 'vitest';
import type { Agreement, ConversationBudget, SourceBalance } from '../../src/index.js';
import {
  budgetFindingsFor,
  claimantsOf,
  claimsOf,
  leftIn,
  overClaims,
  sourceRef,
  uncountedFinding,
  withinBudgetFinding,
} from '../../src/conversation/budget.js';
import type { ConversationAgreement } from '../../src/conversation/types.js';

const eur = (cents: number) => ({ amount: cents, currency: 'EUR' });
const pob: SourceBalance = { source: 'pob', kind: 'personalBudget', title: 'Persoonlijk ontwikkelbudget', remaining: [eur(70_000)] };
const hours: SourceBalance = { source: 'uren', kind: 'personalBudget', remaining: [{ minutes: 960 }] };
const employer: SourceBalance = { source: 'employer', kind: 'requiredTraining', remaining: [eur(0)] };
const own: SourceBalance = { source: 'eigen', kind: 'ownMoney', remaining: [] };
const fund: SourceBalance = {
  source: 'oo',
  kind: 'sectorFund',
  title: 'O&O-fonds',
  remaining: [eur(50_000), { amount: 10_000, currency: 'USD' }],
};
const budget: ConversationBudget = { sources: [pob, hours, employer, own, fund] };

const entry = (agreement: Partial<Agreement> & { id: string }, withdrawn = false): ConversationAgreement => ({
  agreement: { what: `Afspraak ${agreement.id}`, who: 'emp-1', acceptedBy: {}, ...agreement } as Agreement,
  proposedBy: 'employee',
  proposedAt: '2027-03-15T10:35:00+01:00',
  revision: 0,
  withdrawn: withdrawn ? { at: '2027-03-15T10:36:00+01:00', by: 'employee', reason: 'x' } : null,
});
const lists = (agreements: ConversationAgreement[], supportAgreements: ConversationAgreement[] = []) => ({ agreements, supportAgreements });
const ref = (line: { agreement: Agreement }) => ({ kind: 'agreement', id: line.agreement.id });

describe('where a claim counts', () => {
  it('takes a cost from the source it names, else from the first personal budget; study time from the first that keeps it', () => {
    const claims = claimsOf(
      budget,
      lists(
        [entry({ id: 'a1', cost: eur(10_000), studyTime: { minutes: 120 } }), entry({ id: 'a2', cost: eur(5_000), fundingSource: 'oo' })],
        [entry({ id: 's1', cost: eur(2_500) })],
      ),
    );
    expect(
      claims.lines.map((line) => [line.list, line.index, line.agreement.id, line.unit, line.value, line.source?.source, line.counted]),
    ).toEqual([
      ['agreements', 0, 'a1', 'EUR', 10_000, 'pob', true],
      ['agreements', 0, 'a1', 'minutes', 120, 'uren', true],
      ['agreements', 1, 'a2', 'EUR', 5_000, 'oo', true],
      ['supportAgreements', 0, 's1', 'EUR', 2_500, 'pob', true],
    ]);
    expect([...claims.totals].map(([source, units]) => [source, [...units]])).toEqual([
      ['pob', [['EUR', 12_500]]],
      ['uren', [['minutes', 120]]],
      ['oo', [['EUR', 5_000]]],
    ]);
  });

  it('takes study time from the first personal budget when none keeps study time, and says it has none', () => {
    const claims = claimsOf({ sources: [pob] }, lists([entry({ id: 'a1', studyTime: { minutes: 60 } })]));
    expect(claims.lines.map((line) => [line.source?.source, line.counted, line.reason])).toEqual([['pob', false, 'noStudyTime']]);
    expect(claims.totals.size).toBe(0);
  });

  it('counts nothing for a withdrawn agreement, a cost of nothing, an unknown source or another currency', () => {
    const claims = claimsOf(
      budget,
      lists([
        entry({ id: 'w', cost: eur(99_000) }, true),
        entry({ id: 'zero', cost: eur(0) }),
        entry({ id: 'unknown', cost: eur(1_000), fundingSource: 'nergens' }),
        entry({ id: 'gbp', cost: { amount: 1_000, currency: 'GBP' } }),
      ]),
    );
    expect(claims.lines.map((line) => [line.agreement.id, line.source?.source ?? null, line.counted, line.reason])).toEqual([
      ['unknown', null, false, 'unknownSource'],
      ['gbp', 'pob', false, 'otherCurrency'],
    ]);
    expect(claims.totals.size).toBe(0);
  });

  it('knows what is left: no cap for required training or the employee’s own money, none in a unit the source lacks', () => {
    expect(leftIn(employer, 'EUR')).toBeNull();
    expect(leftIn(own, 'EUR')).toBeNull();
    expect(leftIn(own, 'minutes')).toBeNull();
    expect(leftIn(fund, 'USD')).toBe(10_000);
    expect(leftIn(fund, 'EUR')).toBe(50_000);
    expect(leftIn(fund, 'minutes')).toBeUndefined();
    expect(leftIn(hours, 'minutes')).toBe(960);
    expect(leftIn(hours, 'EUR')).toBeUndefined();
  });
});

describe('what is over', () => {
  const over = claimsOf(
    budget,
    lists([
      entry({ id: 'a1', cost: { amount: 20_000, currency: 'USD' }, fundingSource: 'oo' }),
      entry({ id: 'a2', cost: eur(50_001), fundingSource: 'oo' }),
      entry({ id: 'a3', cost: eur(70_000) }),
      entry({ id: 'a4', cost: eur(90_000), fundingSource: 'employer' }),
    ]),
  );

  it('lists each source and unit beyond what is left, in the position’s order, currencies sorted; exactly what is left is not over', () => {
    expect(overClaims(budget, over).map((o) => [o.source.source, o.unit, o.claimed, o.remaining])).toEqual([
      ['oo', 'EUR', 50_001, 50_000],
      ['oo', 'USD', 20_000, 10_000],
    ]);
  });

  it('names the agreements claiming the source in that unit', () => {
    const [euros] = overClaims(budget, over);
    expect(euros && claimantsOf(over, euros, ref)).toEqual([{ kind: 'agreement', id: 'a2' }]);
  });

  it('says over study time in its own code, in minutes', () => {
    const finding = withinBudgetFinding({ source: hours, unit: 'minutes', claimed: 1_000, remaining: 960 }, 'error', ['budget'], []);
    expect([finding.code, finding.params]).toEqual([
      'conversation.guard.withinStudyTime',
      { source: { kind: 'fundingSource', id: 'uren' }, sourceKind: 'personalBudget', agreements: [], claimed: 1_000, remaining: 960 },
    ]);
    expect(sourceRef(pob)).toEqual({ kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' });
    // A source without a title is named by what it is, without an empty title.
    expect(Object.keys(sourceRef(hours))).toEqual(['kind', 'id']);
  });
});

describe('the findings on one agreement', () => {
  it('warns about a claim it cannot count, even in strict mode, and says why', () => {
    const claims = claimsOf(
      budget,
      lists([
        entry({ id: 'u', cost: eur(1_000), fundingSource: 'nergens' }),
        entry({ id: 'g', cost: { amount: 1_000, currency: 'GBP' } }),
        entry({ id: 't', studyTime: { minutes: 30 }, fundingSource: 'oo' }),
      ]),
    );
    const found = claims.lines.map((line) => uncountedFinding(line, ref(line), 'warning', ['x']));
    expect(found.map((f) => [f.code, f.params])).toEqual([
      ['conversation.budget.unknownSource', { agreement: { kind: 'agreement', id: 'u' } }],
      [
        'conversation.budget.otherCurrency',
        {
          agreement: { kind: 'agreement', id: 'g' },
          source: { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' },
          sourceKind: 'personalBudget',
          cost: { amount: 1_000, currency: 'GBP' },
        },
      ],
      [
        'conversation.budget.noStudyTime',
        {
          agreement: { kind: 'agreement', id: 't' },
          source: { kind: 'fundingSource', id: 'oo', title: 'O&O-fonds' },
          sourceKind: 'sectorFund',
          minutes: 30,
        },
      ],
    ]);
    const strict = budgetFindingsFor(
      budget,
      'strict',
      lists([entry({ id: 'g', cost: { amount: 1_000, currency: 'GBP' } })]),
      'g',
      ['p'],
      ref,
    );
    expect(strict.map((f) => [f.code, f.severity, f.path])).toEqual([['conversation.budget.otherCurrency', 'warning', ['p']]]);
  });

  it('names the over-claim on the agreement asked about only, an error in strict mode and a warning otherwise', () => {
    const both = lists([entry({ id: 'a', cost: eur(40_000) }), entry({ id: 'b', cost: eur(40_000), studyTime: { minutes: 1_000 } })]);
    const strict = budgetFindingsFor(budget, 'strict', both, 'b', ['agreement'], ref);
    expect(strict.map((f) => [f.code, f.severity, f.params])).toEqual([
      [
        'conversation.budget.overClaimed',
        'error',
        {
          agreement: { kind: 'agreement', id: 'b' },
          source: { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' },
          sourceKind: 'personalBudget',
          claimed: eur(80_000),
          remaining: eur(70_000),
        },
      ],
      [
        'conversation.budget.overClaimedStudyTime',
        'error',
        {
          agreement: { kind: 'agreement', id: 'b' },
          source: { kind: 'fundingSource', id: 'uren' },
          sourceKind: 'personalBudget',
          claimed: 1_000,
          remaining: 960,
        },
      ],
    ]);
    expect(budgetFindingsFor(budget, 'relaxed', both, 'a', ['agreement'], ref).map((f) => [f.code, f.severity])).toEqual([
      ['conversation.budget.overClaimed', 'warning'],
    ]);
    expect(budgetFindingsFor(budget, 'standard', lists([entry({ id: 'a', cost: eur(40_000) })]), 'a', [], ref)).toEqual([]);
    expect(budgetFindingsFor(undefined, 'strict', both, 'b', [], ref)).toEqual([]);
    // Another source over in the same currency says nothing about an agreement whose own source fits.
    const apart = lists([entry({ id: 'fits', cost: eur(10_000) }), entry({ id: 'over', cost: eur(60_000), fundingSource: 'oo' })]);
    expect(budgetFindingsFor(budget, 'strict', apart, 'fits', [], ref)).toEqual([]);
    expect(budgetFindingsFor(budget, 'strict', apart, 'over', [], ref).map((f) => f.code)).toEqual(['conversation.budget.overClaimed']);
  });
});
