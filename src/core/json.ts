/**
 * Is a host's value plain JSON (what `meta` and `unrecognized` may hold)? Checked in one walk that
 * looks at every object once, so data a host shares between places (the same object twice, or a
 * diamond of them) costs its size, not the number of paths through it; a cycle, a value that is not
 * JSON, nesting past the limit or more than the allowed number of objects is a problem, named.
 *
 * @internal
 */
export function jsonProblem(value: unknown, limits: { depth: number; nodes: number } = { depth: 64, nodes: 100_000 }): string | undefined {
  const done = new Set<object>();
  const onPath = new Set<object>();
  const stack: { value: unknown; depth: number; leaving: boolean }[] = [{ value, depth: 0, leaving: false }];
  try {
    while (stack.length > 0) {
      const { value: current, depth, leaving } = stack.pop() as { value: unknown; depth: number; leaving: boolean };
      if (leaving) {
        onPath.delete(current as object);
        done.add(current as object);
        continue;
      }
      if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
      if (typeof current === 'number') {
        if (!Number.isFinite(current)) return 'a number that is not finite';
        continue;
      }
      if (typeof current !== 'object') return `a value of type ${typeof current}`;
      if (done.has(current)) continue;
      if (onPath.has(current)) return 'a cycle';
      if (depth >= limits.depth) return `nesting deeper than ${limits.depth} levels`;
      if (done.size + onPath.size >= limits.nodes) return `more than ${limits.nodes} objects`;
      if (!Array.isArray(current)) {
        const prototype = Object.getPrototypeOf(current);
        if (prototype !== Object.prototype && prototype !== null) return 'an object that is not plain data';
      }
      onPath.add(current);
      stack.push({ value: current, depth, leaving: true });
      for (const key of Object.keys(current))
        stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1, leaving: false });
    }
  } catch {
    return 'a value that could not be read';
  }
  return undefined;
}

/**
 * A copy of plain JSON data (checked with {@link jsonProblem} first), so that the library can
 * freeze what it returns without freezing the caller's own objects; shared parts stay shared.
 *
 * @internal
 */
export function jsonCopy<T>(value: T, copies: Map<object, unknown> = new Map()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(jsonCopy(item, copies));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const key of Object.keys(value)) {
    const item = jsonCopy((value as Record<string, unknown>)[key], copies);
    // A key named `__proto__` is data in JSON: assigning it would set the copy's prototype instead.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

/**
 * `Array.isArray` for a caller's value that may not be inspectable: a revoked proxy makes
 * `Array.isArray` itself throw, and a function that answers bad input with findings must not.
 *
 * @internal
 */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
