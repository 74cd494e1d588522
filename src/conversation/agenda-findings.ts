// Which agenda findings an event caused: those of the merge after it that the agenda before it did
// not have already. A hint is said once, on the event that (re)introduced it.
import type { Finding } from '../core/index.js';
import { canonicalJson } from '../core/index.js';
import type { ConversationAgenda } from './types.js';

/**
 * The findings of the merge that made each agenda. Agendas are frozen and only a merge makes one,
 * so an entry never goes stale; entries go when their agenda does (a memo of immutable values).
 */
const madeWith = new WeakMap<ConversationAgenda, readonly Finding[]>();

/** Remembers the findings of the merge that made this agenda. */
export function remember(agenda: ConversationAgenda, findings: readonly Finding[]): void {
  madeWith.set(agenda, findings);
}

/** The remembered findings of the merge that made this agenda, if this agenda object was made here. */
export function rememberedFor(agenda: ConversationAgenda): readonly Finding[] | undefined {
  return madeWith.get(agenda);
}

/**
 * What makes two agenda findings the same: the code and the params. Not the path: a position in
 * a side's list shifts when a point before it is withdrawn, while the params name the points by
 * reference (and a changed figure, such as the minutes over budget, is news worth saying).
 */
export function findingKey(found: Finding): string {
  return `${found.code} ${canonicalJson(found.params)}`;
}

/** The findings of `after` that `before` does not have, in the order of `after`. */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  if (before.length === 0) return [...after];
  const known = new Set(before.map(findingKey));
  return after.filter((found) => !known.has(findingKey(found)));
}
