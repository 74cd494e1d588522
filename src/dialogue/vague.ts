// Wishes too vague to act on, judged by the goal-text analysis of the agreements module.
import type { Finding } from '../core/index.js';
import { compareText } from '../core/index.js';
import type { GoalTextAnalysis } from '../agreements/index.js';
import { analyzeGoalText } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import { wishRef } from './checks.js';
import type { DevelopmentWish, VagueWish } from './types.js';

const criteria = ['specific', 'measurable', 'timeBound'] as const;

/**
 * The criteria neither the title nor the first step meets, of those at least one of them judged
 * unmet: a wish is as concrete as the more concrete of its two parts.
 */
function unmetCriteria(title: GoalTextAnalysis, firstStep: GoalTextAnalysis): VagueWish['missing'] {
  return criteria.filter((criterion) => {
    const statuses = [title[criterion].status, firstStep[criterion].status];
    return !statuses.includes('met') && statuses.includes('unmet');
  });
}

export interface Vagueness {
  /** Sorted by wish id. */
  readonly wishes: readonly VagueWish[];
  /** A warning per vague wish, pointing at its first step, in the order of the wishes. */
  readonly findings: readonly Finding[];
}

/**
 * The wishes that are not specific, or neither measurable nor time-bound. Title and first step are
 * analysed apart and remembered per text: a session repeats both far more often than their
 * combinations, which makes 50,000 wishes a few hundred analyses.
 */
export function vagueWishes(wishes: readonly DevelopmentWish[], locale: 'nl' | 'en' | 'auto'): Vagueness {
  const analyses = new Map<string, GoalTextAnalysis>();
  const analyse = (text: string): GoalTextAnalysis => {
    let analysis = analyses.get(text);
    if (!analysis) {
      analysis = analyzeGoalText(text, { locale });
      analyses.set(text, analysis);
    }
    return analysis;
  };
  const vague: VagueWish[] = [];
  const findings: Finding[] = [];
  wishes.forEach((wish, index) => {
    // Title and first step arrive trimmed: the input schema trims every short text.
    const missing = unmetCriteria(analyse(wish.title), analyse(wish.firstStep));
    if (!missing.includes('specific') && !(missing.includes('measurable') && missing.includes('timeBound'))) return;
    vague.push({ wishId: wish.id, participantId: wish.participantId, title: wish.title, missing });
    findings.push(
      finding.warning('dialogue.wish.vague', { path: ['wishes', index, 'firstStep'], params: { wish: wishRef(wish), missing } }),
    );
  });
  return { wishes: vague.sort((a, b) => compareText(a.wishId, b.wishId)), findings };
}
