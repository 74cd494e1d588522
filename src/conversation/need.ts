// A development need as the conversation keeps it: the employee's own words (phase 3), each part
// only when given, in one key order.
import type { Role } from '../vocabulary/index.js';
import type { HandledEvent } from './decision.js';
import type { Need } from './types.js';

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
    source: by,
  };
}
