// The content hash of a POP: a Merkle-style tree of per-field digests over the canonical content,
// so that one field can later be replaced by a tombstone carrying its digest (erasure of a free text)
// while the root, and so every approval of that version, stays verifiable. The scheme:
//
//   leaf(value)   = SHA-256("pop-leaf-1\n" + canonicalJson(value))      strings, numbers, booleans, null
//   list(items)   = SHA-256("pop-list-1\n" + JSON of the items' digests, in order)
//   node(object)  = SHA-256("pop-node-1\n" + JSON of [key, digest] pairs, keys sorted, undefined left out)
//   tombstone     = { "$tombstone": "<64 hex>" } stands for the leaf or subtree whose digest it carries
//
// The root is node(content), where content is the approvable part of the plan with each agreement's
// progress (status, progressNote) left out. Key order never matters; list order does. An erased text
// reads `[…]` in the plan; its tombstone (in `erasures`, for the version) carries the digest that
// stands in for it here.
import { canonicalJson, sha256Hex } from '../core/index.js';
import type { PlanContent, PlanErasure } from './types.js';

const leafTag = 'pop-leaf-1\n';
const listTag = 'pop-list-1\n';
const nodeTag = 'pop-node-1\n';
const tombstoneKey = '$tombstone';
const digestPattern = /^[0-9a-f]{64}$/u;

/**
 * Digests already computed, by the exact text hashed: plans are validated by every function, so the
 * same fields are hashed again and again. Bounded (cleared when full) and holding only strings.
 */
const memo = new Map<string, string>();
const memoLimit = 20_000;
const memoTextLimit = 4_000;

function digest(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const made = sha256Hex(text);
  if (text.length <= memoTextLimit) {
    if (memo.size >= memoLimit) memo.clear();
    memo.set(text, made);
  }
  return made;
}

/** A field erased by the privacy work: its digest stands in for the value it replaced. */
export interface FieldTombstone {
  readonly [tombstoneKey]: string;
}

/** Is this value a tombstone (an object with only a `$tombstone` digest)? */
export function isTombstone(value: unknown): value is FieldTombstone {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const carried = (value as Record<string, unknown>)[tombstoneKey];
  return keys.length === 1 && typeof carried === 'string' && digestPattern.test(carried);
}

/** The digest of a leaf value (what a tombstone for it carries). */
export function leafDigest(value: string | number | boolean | null): string {
  return digest(`${leafTag}${canonicalJson(value)}`);
}

/** The Merkle digest of any JSON value; tombstones stand for what they replaced. */
export function treeDigest(value: unknown): string {
  if (isTombstone(value)) return value[tombstoneKey];
  if (Array.isArray(value)) return digest(`${listTag}${JSON.stringify(value.map((item) => treeDigest(item ?? null)))}`);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const pairs = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, treeDigest(record[key])]);
    return digest(`${nodeTag}${JSON.stringify(pairs)}`);
  }
  return leafDigest((value ?? null) as string | number | boolean | null);
}

/** The content as hashed: the approvable sections, with each agreement's progress left out. */
export function hashableContent(content: PlanContent): Record<string, unknown> {
  return {
    id: content.id,
    conversationId: content.conversationId,
    kind: content.kind,
    employee: content.employee,
    manager: content.manager,
    period: content.period,
    ambitions: content.ambitions,
    goals: content.goals,
    agreements: content.agreements.map(({ status: _status, progressNote: _note, ...rest }) => rest),
    competences: content.competences,
    costs: content.costs,
    funding: content.funding,
    nextConversation: content.nextConversation,
    evaluation: content.evaluation,
    zienswijze: content.zienswijze,
    visibility: content.visibility,
    sharedWith: content.sharedWith,
  };
}

type Tree = Record<string | number, unknown>;

/** The value at a path of a tree, or undefined. */
export function valueAt(tree: unknown, path: readonly (string | number)[]): unknown {
  let node = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Tree)[key];
  }
  return node;
}

/** A copy of the tree with a tombstone at each path (copying only the containers on the way). */
function withTombstones(tree: Record<string, unknown>, erasures: readonly PlanErasure[]): Record<string, unknown> {
  const root: Tree = { ...tree };
  for (const erasure of erasures) {
    if (erasure.digest === undefined || erasure.path.length === 0) continue;
    let node = root;
    for (const key of erasure.path.slice(0, -1)) {
      const child = node[key];
      if (child === null || typeof child !== 'object') break;
      const copy = (Array.isArray(child) ? [...child] : { ...child }) as Tree;
      node[key] = copy;
      node = copy;
    }
    const last = erasure.path[erasure.path.length - 1] as string | number;
    if (Object.hasOwn(node, last)) node[last] = { [tombstoneKey]: erasure.digest };
  }
  return root as Record<string, unknown>;
}

/**
 * The content hash of validated content: the Merkle root of its hashable form, with the erased texts
 * of this `version` standing in by their digests.
 */
export function contentHash(content: PlanContent, erasures: readonly PlanErasure[] = [], version?: number): string {
  const current = erasures.filter((erasure) => erasure.version === version && erasure.digest !== undefined);
  const hashable = hashableContent(content);
  return treeDigest(current.length === 0 ? hashable : withTombstones(hashable, current));
}
