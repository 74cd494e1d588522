// A development need as the conversation keeps it: the employee's own words (phase 3), each part
// only when given, in one key order.
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import { deficitWords } from './deficit.js';
import type { HandledEvent } from './decision.js';
import type { Need } from './types.js';

/** A hint when a need is phrased as a deficit: the strengths-based approach builds on what goes well. */
export function deficitHint(need: Need): Finding[] {
  const words = deficitWords(need.text);
  if (words.length === 0) return [];
  return [
    finding.info('conversation.need.deficit', {
      path: ['need', 'text'],
      params: { need: { kind: 'need', id: need.id, title: need.text }, words },
    }),
  ];
}

/** The need an `addNeed` event brings, as the state keeps it (audience aside). */
export function needOf(input: HandledEvent<'addNeed'>['need'], by: Role): Need {
  return {
    id: input.id,
    text: input.text,
    ...(input.why !== undefined ? { why: input.why } : {}),
    ...(input.ideas !== undefined ? { ideas: input.ideas } : {}),
    ...(input.when !== undefined ? { when: input.when } : {}),
    ...(input.expectedCost !== undefined
      ? { expectedCost: { amount: input.expectedCost.amount, currency: input.expectedCost.currency } }
      : {}),
    ...(input.organisationLink !== undefined ? { organisationLink: input.organisationLink } : {}),
    focus: input.focus,
    goalIds: [...input.goalIds],
    ...(input.competenceId !== undefined ? { competenceId: input.competenceId } : {}),
    source: by,
  };
}
