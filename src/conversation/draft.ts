// Changing a state: handlers say what to change (set, push, remove at a path) and a writer does it.
// For one transition the writer copies only the containers on the changed paths (structural
// sharing: the rest of the new state is the old state's, already frozen) and, when asked, records
// the patches. For a replay it works on one private copy of the whole state, in place, and the state
// is frozen once at the end: linear in the length of the log.
import { deepFreeze } from '../core/index.js';
import type { ConversationPatch } from './api-types.js';

type Key = string | number;
type Container = Record<Key, unknown> & unknown[];

/** What a handler may do to the state. */
export interface Writer {
  /** Sets the value at a path (an object key, or an array index that exists). */
  set(path: readonly Key[], value: unknown): void;
  /** Appends to the array at a path. */
  push(path: readonly Key[], value: unknown): void;
  /** Removes the item at `index` of the array at a path. */
  remove(path: readonly Key[], index: number): void;
}

/** A writer and what it made. */
export interface Draft<T> extends Writer {
  /** The changed state: unfrozen until the owner freezes it. */
  result(): T;
  /**
   * The changed state, frozen: only what this writer made is walked (the copied containers and the
   * values written); everything else is the old state's, frozen already.
   */
  frozen(): T;
  readonly patches: ConversationPatch[];
  readonly inversePatches: ConversationPatch[];
}

function copyOf(value: unknown): Container {
  return (Array.isArray(value) ? value.slice() : { ...(value as object) }) as Container;
}

/**
 * A copy-on-write writer over a frozen state: each container on a changed path is copied once.
 * With `record`, the patches and inverse patches are kept (inverse ones in the order to apply them).
 */
export function copyOnWrite<T extends object>(base: T, record: boolean): Draft<T> {
  const root = copyOf(base);
  const copied = new Set<object>([root]);
  const written: unknown[] = [];
  const patches: ConversationPatch[] = [];
  const inverse: ConversationPatch[] = [];
  const writable = (path: readonly Key[]): Container => {
    let node = root;
    for (const key of path) {
      let child = node[key] as Container;
      if (!copied.has(child)) {
        child = copyOf(child);
        copied.add(child);
        node[key] = child;
      }
      node = child;
    }
    return node;
  };
  return {
    patches,
    inversePatches: inverse,
    result: () => root as unknown as T,
    frozen: () => {
      for (const value of written) deepFreeze(value);
      for (const container of copied) Object.freeze(container);
      return root as unknown as T;
    },
    set(path, value) {
      written.push(value);
      const parent = writable(path.slice(0, -1));
      const key = path[path.length - 1] as Key;
      if (record) {
        const existed = Object.hasOwn(parent, key);
        patches.push({ op: existed ? 'replace' : 'add', path: [...path], value });
        inverse.unshift(existed ? { op: 'replace', path: [...path], value: parent[key] } : { op: 'remove', path: [...path] });
      }
      parent[key] = value;
    },
    push(path, value) {
      written.push(value);
      const list = writable(path);
      if (record) {
        patches.push({ op: 'add', path: [...path, list.length], value });
        inverse.unshift({ op: 'remove', path: [...path, list.length] });
      }
      list.push(value);
    },
    remove(path, index) {
      const list = writable(path);
      if (record) {
        patches.push({ op: 'remove', path: [...path, index] });
        inverse.unshift({ op: 'add', path: [...path, index], value: list[index] });
      }
      list.splice(index, 1);
    },
  };
}

/** A deep copy of plain JSON data, for a writer that changes it in place. */
export function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  // A spread keeps the key order and gives the engine a compact object; the children are copied after.
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(copy)) {
    const child = copy[key];
    if (child !== null && typeof child === 'object') copy[key] = plainCopy(child);
  }
  return copy as T;
}

/** A writer that changes a private, unfrozen state in place (for replay). */
export function inPlace<T extends object>(state: T): Draft<T> {
  const at = (path: readonly Key[]): Container => {
    let node = state as unknown as Container;
    for (const key of path) node = node[key] as Container;
    return node;
  };
  return {
    patches: [],
    inversePatches: [],
    result: () => state,
    frozen: () => deepFreeze(state),
    // Values may arrive frozen (results of other modules are); what is changed in place later must
    // be a private copy.
    set(path, value) {
      at(path.slice(0, -1))[path[path.length - 1] as Key] = thawed(value);
    },
    push(path, value) {
      at(path).push(thawed(value));
    },
    remove(path, index) {
      at(path).splice(index, 1);
    },
  };
}

function thawed<T>(value: T): T {
  return value !== null && typeof value === 'object' && Object.isFrozen(value) ? plainCopy(value) : value;
}
