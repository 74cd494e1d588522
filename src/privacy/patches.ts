// Patches a host keeps from `transition` carry the texts they wrote: erased here, all of them.
import type { ConversationPatch } from '../conversation/index.js';
import { erasedText } from '../conversation/index.js';
import { isList } from '../core/index.js';

/** The keys under which the conversation keeps free text. */
const textKeys: ReadonlySet<string> = new Set([
  'answer',
  'text',
  'why',
  'ideas',
  'organisationLink',
  'what',
  'measure',
  'progressNote',
  'reason',
  'feedback',
  'nextTime',
  'purpose',
  'overarchingGoal',
  'title',
  'notes',
  // Colleague feedback shared into the preparation: the questions asked and the answers without a name.
  'question',
  'anonymous',
]);

/** A JSON value with every free text under a text key erased (depth-bounded: states are shallow). */
function scrub(value: unknown, key: string | number | undefined, depth: number): unknown {
  if (typeof value === 'string') return typeof key === 'string' && textKeys.has(key) && value !== '' ? erasedText : value;
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) {
    // A list under a text key (the anonymous answers) or of records: the items are read with the list's key.
    return value.map((item) => scrub(item, key, depth + 1));
  }
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) out[name] = scrub(child, name, depth + 1);
  return out;
}

/**
 * Erases every free text from patches a host keeps (the patches and inverse patches `transition`
 * makes with `{ patches: true }`): answers, notes, needs, agreement texts, reasons, feedback, the
 * purpose and agenda titles become `[…]`, everything else stays. A host that stores patches for an
 * audit trail must erase them too when it erases a conversation's texts; patches erased this way
 * still say what changed where and when, but no longer rebuild the texts. Never throws: anything
 * that is not a patch passes through unchanged.
 *
 * @example
 * ```ts
 * import { redactPatches } from 'ontwikkelgesprek';
 * const patches = [
 *   { op: 'add' as const, path: ['notes', 0], value: { id: 'note-1', phase: 'currentSituation' as const, text: 'Burn-out in 2026', by: 'employee' as const, at: '2027-03-15T10:08:00+01:00' } },
 *   { op: 'replace' as const, path: ['version'], value: 9 },
 * ];
 * const erased = redactPatches(patches);
 * (erased[0]?.value as { text: string }).text; // '[…]'
 * erased[1]?.value; // 9
 * ```
 */
export function redactPatches(patches: readonly ConversationPatch[]): readonly ConversationPatch[] {
  if (!isList(patches)) return Object.freeze([]);
  return Object.freeze(patches.map(erasedPatch));
}

/** One patch with its texts erased; anything that cannot be read as a patch passes as it is. */
function erasedPatch(patch: unknown): ConversationPatch {
  try {
    if (patch === null || typeof patch !== 'object' || !('value' in patch)) return patch as ConversationPatch;
    const { path, value } = patch as ConversationPatch;
    const last = Array.isArray(path) ? path[path.length - 1] : undefined;
    return Object.freeze({ ...(patch as ConversationPatch), value: scrub(value, last, 0) });
  } catch {
    return patch as ConversationPatch;
  }
}
