// Reading stored data once, defensively: a plain copy of JSON values, or findings. Whatever a host
// hands in (proxies, throwing getters, cycles, deep nesting, values JSON cannot hold) is read here and
// nowhere else; every later step works on the copy, which the migration owns and may change.
import type { Finding, Result } from '../core/index.js';
import { fail } from '../core/index.js';
import { finding } from '../locales/index.js';

/** A JSON object the migration owns: plain, mutable, with own keys only. */
export type JsonRecord = Record<string, unknown>;

/** No stored shape nests deeper than this (the limit every reader of the library keeps). */
export const maxDepth = 64;

/** No migration reads more values than this: a log of a long conversation holds far fewer. */
export const maxValues = 5_000_000;

/** Sets a key as an own property, even `__proto__`, without touching any prototype. */
export function setKey(target: JsonRecord, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Is this a plain object (not an array, not a class instance)? */
export function isRecord(value: unknown): value is JsonRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Kind = 'function' | 'symbol' | 'bigint' | 'number' | 'object' | 'undefined';

class Refusal {
  constructor(readonly made: Finding) {}
}

interface Frame {
  readonly source: object;
  readonly copy: unknown[] | JsonRecord;
  readonly keys: readonly (string | number)[];
  readonly depth: number;
  readonly path: readonly (string | number)[];
  next: number;
}

function notJson(received: Kind, path: readonly (string | number)[]): Refusal {
  return new Refusal(finding.error('storage.input.notJson', { path, params: { received } }));
}

/** A scalar as it is stored, or a refusal for what JSON cannot hold. */
function scalar(value: unknown, path: readonly (string | number)[]): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson('number', path);
    return value;
  }
  throw notJson(typeof value as Kind, path);
}

/**
 * Reads a stored value into a plain copy, depth first and without recursion (a 10,000-deep value
 * cannot overflow the stack): objects and arrays become fresh ones, keys in their order. An object
 * property that is `undefined` is left out, as JSON does. Refused, with a finding: a cycle, nesting
 * deeper than {@link maxDepth}, more than {@link maxValues} values, anything JSON cannot hold, and a
 * value that throws when read.
 */
export function readJson(input: unknown): Result<unknown> {
  try {
    // Not `ok()`: that freezes, and the migration changes its copy in place.
    return { ok: true, value: copyOf(input), findings: [] };
  } catch (error) {
    if (error instanceof Refusal) return fail([error.made]);
    return fail([finding.error('input.unreadable', { params: { detail: describe(error) } })]);
  }
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return 'unknown';
  }
}

function copyOf(input: unknown): unknown {
  if (input === null || typeof input !== 'object') return scalar(input, []);
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let values = 0;
  const open = (source: object, path: readonly (string | number)[], depth: number): unknown[] | JsonRecord => {
    if (onPath.has(source)) throw new Refusal(finding.error('storage.input.cycle', { path }));
    if (depth >= maxDepth) throw new Refusal(finding.error('input.tooDeep', { path, params: { limit: maxDepth } }));
    const array = Array.isArray(source);
    if (!array && !isRecord(source)) throw notJson('object', path);
    const keys = array ? Array.from({ length: (source as unknown[]).length }, (_, index) => index) : Object.keys(source);
    const copy: unknown[] | JsonRecord = array ? [] : {};
    onPath.add(source);
    stack.push({ source, copy, keys, depth, path, next: 0 });
    return copy;
  };
  const root = open(input, [], 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.keys.length) {
      onPath.delete(frame.source);
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.next++] as string | number;
    if (++values > maxValues) throw new Refusal(finding.error('storage.input.tooLarge', { params: { limit: maxValues } }));
    const value: unknown = (frame.source as Record<string | number, unknown>)[key];
    const path = [...frame.path, key];
    // An undefined property is left out, as JSON does; in a list it is refused by `scalar`.
    if (value === undefined && !Array.isArray(frame.copy)) continue;
    const copied = value !== null && typeof value === 'object' ? open(value, path, frame.depth + 1) : scalar(value, path);
    if (Array.isArray(frame.copy)) frame.copy.push(copied);
    else setKey(frame.copy, key as string, copied);
  }
  return root;
}
