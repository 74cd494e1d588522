// Where a kept key goes: the stored shape that holds it (its `unrecognized` map), and the key's
// dotted path from there.
import type { Path } from '../core/index.js';

/**
 * A stored shape nested in another (a template in a conversation, an event in a log), as a path
 * pattern from the outer shape's root: `*` stands for any key or index. The root itself is `[]`.
 */
export type HolderPattern = readonly string[];

/**
 * One segment of a dotted path: `~` is written `~0` and `.` is written `~1` (as in a JSON Pointer),
 * so that a key with a dot in it never reads as two keys; a key named `__proto__` is written `~2`,
 * so that no map loses it.
 */
export function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  if (segment === '__proto__') return '~2';
  return segment.replaceAll('~', '~0').replaceAll('.', '~1');
}

/** The dotted path of a key below its holder: `goals.0.weight`. */
export function dottedPath(path: Path): string {
  return path.map(escapeSegment).join('.');
}

function matches(pattern: HolderPattern, path: Path): boolean {
  if (pattern.length >= path.length) return false;
  return pattern.every((segment, index) => segment === '*' || segment === String(path[index]));
}

/**
 * The holder of a key at `path` (the full path from the root, the key last): the deepest nested
 * stored shape it lies in, or the root. Answers the holder's path and the key's path below it.
 */
export function holderOf(patterns: readonly HolderPattern[], path: Path): { readonly holder: Path; readonly below: Path } {
  let best = 0;
  for (const pattern of patterns) if (pattern.length > best && matches(pattern, path)) best = pattern.length;
  return { holder: path.slice(0, best), below: path.slice(best) };
}

/** Every concrete path in `value` that a pattern names (a `*` expands to every key or index). */
export function expand(value: unknown, pattern: HolderPattern): Path[] {
  let found: { path: Path; node: unknown }[] = [{ path: [], node: value }];
  for (const segment of pattern) {
    const next: { path: Path; node: unknown }[] = [];
    for (const { path, node } of found) {
      if (node === null || typeof node !== 'object') continue;
      const record = node as Record<string, unknown>;
      const keys = segment === '*' ? Object.keys(record) : Object.hasOwn(record, segment) ? [segment] : [];
      for (const key of keys) next.push({ path: [...path, Array.isArray(node) ? Number(key) : key], node: record[key] });
    }
    found = next;
  }
  return found.map((entry) => entry.path);
}

/** The value at a path, or `undefined`. */
export function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
