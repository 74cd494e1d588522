// Two tallies added by hand (issue 21: mutation testing of the report module): a source's title and
// kind do not depend on the order the records come in, and a count that would pass the safe-integer
// range leaves the tally as it was.
import { describe, expect, it } from 'vitest';
import type { BudgetTally, Tally } from '../../src/report/tally.js';
import { addTally, budgetKey, emptyTally } from '../../src/report/tally.js';

function line(kind: BudgetTally['kind'], title: string | null): BudgetTally {
  return { source: 'pob', unit: 'EUR', kind, title, employees: 1, available: 100, committed: 0, spent: 40, unused: 60, untouched: 0 };
}

function tallyWith(budget: BudgetTally): Tally {
  const tally = emptyTally();
  tally.counts.employees = 1;
  tally.budget.set(budgetKey(budget.source, budget.unit), budget);
  return tally;
}

/** The title and kind of the one line after adding `second` into `first`. */
function added(first: BudgetTally, second: BudgetTally): [string | null, string] {
  const into = tallyWith({ ...first });
  expect(addTally(into, tallyWith({ ...second }))).toBe(true);
  const kept = into.budget.get(budgetKey('pob', 'EUR')) as BudgetTally;
  expect([kept.employees, kept.spent, into.counts.employees]).toEqual([2, 80, 2]);
  return [kept.title, kept.kind];
}

describe('addTally: one source seen in two records', () => {
  it('shows the title one of them gives, and of two titles the first in order, whichever record comes first', () => {
    for (const [first, second, title] of [
      [null, 'Persoonlijk budget', 'Persoonlijk budget'],
      ['Persoonlijk budget', null, 'Persoonlijk budget'],
      ['Scholing', 'Opleiding', 'Opleiding'],
      ['Opleiding', 'Scholing', 'Opleiding'],
      [null, null, null],
      // A title that reads as a number (a year) is still a title.
      [null, '2027', '2027'],
    ] as const) {
      expect(added(line('personalBudget', first), line('personalBudget', second))[0]).toBe(title);
    }
  });

  it('shows the first kind in order when two records call the source differently, whichever comes first', () => {
    expect(added(line('sectorFund', null), line('learningAccount', null))[1]).toBe('learningAccount');
    expect(added(line('learningAccount', null), line('sectorFund', null))[1]).toBe('learningAccount');
  });

  it('adds nothing when a count would pass the safe-integer range', () => {
    const into = tallyWith(line('personalBudget', null));
    into.counts.planned = Number.MAX_SAFE_INTEGER;
    const from = tallyWith(line('personalBudget', null));
    from.counts.planned = 1;
    expect(addTally(into, from)).toBe(false);
    expect([into.counts.planned, into.counts.employees, into.budget.get(budgetKey('pob', 'EUR'))?.spent]).toEqual([
      Number.MAX_SAFE_INTEGER,
      1,
      40,
    ]);
  });
});
