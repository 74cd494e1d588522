// The figures of a tally worked out by hand (issue 21: mutation testing of the report module): a
// budget kept in study points, and the share of conversations held on time.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/report/figures.js';
import { budgetKey, emptyTally } from '../../src/report/tally.js';

describe('figuresOf', () => {
  it('gives a budget in study points as study points, with its unused share', () => {
    const tally = emptyTally();
    tally.budget.set(budgetKey('leren', 'studyPoints'), {
      source: 'leren',
      unit: 'studyPoints',
      kind: 'learningAccount',
      title: null,
      employees: 2,
      available: 10,
      committed: 3,
      spent: 2,
      unused: 5,
      untouched: 1,
    });
    expect(figuresOf(tally).budget).toEqual([
      {
        source: 'leren',
        kind: 'learningAccount',
        title: null,
        employees: 2,
        available: { studyPoints: 10 },
        committed: { studyPoints: 3 },
        spent: { studyPoints: 2 },
        unused: { studyPoints: 5 },
        unusedShare: 0.5,
        untouched: 1,
        untouchedShare: 0.5,
      },
    ]);
  });

  it('counts late and overdue conversations against those held on time', () => {
    const tally = emptyTally();
    Object.assign(tally.counts, { planned: 6, onTime: 3, late: 1, overdue: 2 });
    expect(figuresOf(tally).timeliness.onTimeShare).toBe(0.5);
  });
});
