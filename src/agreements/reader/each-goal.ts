// A text with several goals meets a criterion only when every goal in it does: "renew my BIG
// registration and ask colleagues for feedback more often" has a measure for the first goal only.
import type { CriterionStatus } from '../types.js';
import { goalParts } from './goals.js';
import type { Judgement } from './judge.js';
import { judge } from './judge.js';
import type { Reading } from './reading.js';
import { read } from './reading.js';
import type { Span } from './tables.js';

/** A criterion one goal of the text falls short of, with that goal's place in the text. */
export interface GoalShortfall {
  readonly criterion: 'measurable' | 'timeBound';
  readonly start: number;
  readonly end: number;
}

export interface EachGoal {
  readonly specific: CriterionStatus;
  readonly measurable: CriterionStatus;
  readonly timeBound: CriterionStatus;
  /** For each criterion the whole text meets, the goals that do not (at most one per criterion). */
  readonly shortfalls: readonly GoalShortfall[];
}

/**
 * Judges each goal of a text on its own: a measure or a deadline for one goal does not make another
 * one measurable or time-bound. A goal without time words of its own shares the text's deadline
 * ("finish the course and run one drill by 31 October"); a goal with only a vague or open-ended time
 * of its own ("and be more patient from now on") is not time-bound, whatever the others say.
 * Specific stays the judgement of the whole: what one goal names often makes the next one concrete.
 * One goal: the judgement of the whole.
 */
export function judgeEachGoal(reading: Reading, whole: Judgement): EachGoal {
  const parts = goalParts(reading);
  if (parts.length < 2) return { specific: whole.specific, measurable: whole.measurable, timeBound: whole.timeBound, shortfalls: [] };
  const shortfalls: GoalShortfall[] = [];
  const fallsShort = (criterion: GoalShortfall['criterion'], part: { start: number; end: number }): void => {
    if (whole[criterion] === 'met' && !shortfalls.some((known) => known.criterion === criterion)) shortfalls.push({ criterion, ...part });
  };
  for (const part of parts) {
    const own = read(reading.text.slice(part.start, part.end), reading.lang);
    const judged = judge(own);
    // A goal read alone loses what the others said ("pass the state exam" after "the Dutch B1
    // course"), so it falls short only on words of its own that say so: a vague amount or frame
    // ("vaker", "be more patient"), a vague or open-ended time ("from now on").
    const ownVagueness: Span[] = [...own.spans.vagueQuantity, ...judged.notes.vague];
    if (judged.measurable === 'unmet' && ownVagueness.length > 0) fallsShort('measurable', part);
    const ownTime: Span[] = [...own.spans.vagueTime, ...own.spans.start];
    if (judged.timeBound === 'unmet' && ownTime.length > 0) fallsShort('timeBound', part);
  }
  const status = (criterion: GoalShortfall['criterion']): CriterionStatus =>
    shortfalls.some((known) => known.criterion === criterion) ? 'unmet' : whole[criterion];
  return { specific: whole.specific, measurable: status('measurable'), timeBound: status('timeBound'), shortfalls };
}
