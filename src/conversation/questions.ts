import type { Finding, Result } from '../core/index.js';
import { deepFreeze, ok, parseWith } from '../core/index.js';
import type { Question } from '../questions/index.js';
import { selectQuestions } from '../questions/index.js';
import type { PhaseQuestionsOptions } from './api-types.js';
import { phaseQuestionsOptionsSchema } from './schema-options.js';
import { readState } from './state.js';
import type { Conversation } from './types.js';

/**
 * Questions that suit a phase, from a question bank the host passes in (its own, or the built-in
 * bank from `ontwikkelgesprek/questions`): first the bank's questions for that phase and kind, then,
 * when fewer match than asked for, questions of the categories the template suggests for the phase.
 * Texts come in the conversation's language. Deterministic for the same bank, options and seed.
 *
 * @example
 * ```ts
 * import { createConversation, phaseQuestions } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const questions = phaseQuestions(created.value, builtInQuestions, { audience: 'employee', count: 3 });
 *   questions.ok && questions.value.map((question) => question.text.nl);
 * }
 * ```
 */
export function phaseQuestions(input: Conversation, bank: unknown, options: PhaseQuestionsOptions = {}): Result<readonly Question[]> {
  const parsed = parseWith(phaseQuestionsOptionsSchema, options);
  if (!parsed.ok) return parsed;
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const { audience, count, exclude } = parsed.value;
  const phase = parsed.value.phase ?? (conversation.phase === 'concluded' ? 'evaluation' : conversation.phase);
  const seed = parsed.value.seed ?? `${conversation.id}:${phase}`;
  const common = {
    kind: conversation.kind,
    locale: conversation.locale,
    seed,
    ...(audience !== undefined ? { audience } : {}),
  };
  const findings: Finding[] = [];
  const byPhase = selectQuestions(bank, { ...common, phase, exclude, count });
  if (!byPhase.ok) return byPhase;
  const chosen = [...byPhase.value.questions];
  const categories = conversation.template.phases.find((p) => p.id === phase)?.questionCategories ?? [];
  if (chosen.length < count && categories.length > 0) {
    const more = selectQuestions(bank, {
      ...common,
      categories: [...categories],
      exclude: [...exclude, ...chosen.map((question) => question.id)],
      count: count - chosen.length,
    });
    if (more.ok) chosen.push(...more.value.questions);
    findings.push(...more.findings);
  } else {
    findings.push(...byPhase.findings);
  }
  return ok(deepFreeze(chosen), findings);
}
