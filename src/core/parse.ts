import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import type { Finding, FindingParamValue, Path } from './finding.js';
import { makeFinding } from './finding.js';
import type { Result } from './result.js';
import { fail, ok } from './result.js';

/**
 * Options for {@link parseWith}.
 *
 * @example
 * ```ts
 * import type { ParseOptions } from 'ontwikkelgesprek/schemas';
 * const options: ParseOptions = { path: ['plan', 'agreements', 2] };
 * ```
 */
export interface ParseOptions {
  /** Put in front of every finding path, when the input is part of a larger whole. */
  readonly path?: Path;
}

/**
 * Validates `input` against a zod schema and answers with a {@link Result}: the parsed value, or
 * findings (code, path, params) that `findingMessage` renders in any language. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { findingMessage } from 'ontwikkelgesprek';
 * import { parseWith } from 'ontwikkelgesprek/schemas';
 * const result = parseWith(z.strictObject({ minutes: z.number().int() }), { minutes: 'ten' });
 * result.ok; // false
 * const first = result.findings[0];
 * first?.code; // 'input.invalid_type'
 * first && findingMessage(first, 'nl'); // 'Verkeerd soort waarde: verwacht number, gekregen string.'
 * ```
 */
export function parseWith<S extends zc.$ZodType>(schema: S, input: unknown, options: ParseOptions | null = {}): Result<zc.output<S>> {
  const prefix = Array.isArray(options?.path) ? options.path : [];
  try {
    // Deep nesting is refused before any recursive walk (zod's, or a later one of the library's).
    if (deeperThan(input, maxDepth)) {
      return fail([makeFinding('input.tooDeep', 'error', { path: prefix, params: { limit: maxDepth } })]);
    }
    const parsed = safeParse(schema, input);
    if (parsed.success) return ok(parsed.data);
    return fail(parsed.error.issues.map((issue) => issueToFinding(issue, input, prefix)));
  } catch (error) {
    return fail([makeFinding('input.unreadable', 'error', { path: prefix, params: { detail: describeError(error) } })]);
  }
}

/** No input of the library nests deeper than this; a state is about twelve levels deep. */
const maxDepth = 64;

/**
 * Is `value` nested deeper than `limit`? Iterative, so a 10,000-deep input cannot overflow the
 * stack, and each object is looked at once, so shared parts (a diamond of references) cost their
 * size, not the number of paths through them. (Should a schema's own walk still go too deep, the
 * overflow is caught below and answered as unreadable input.)
 */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    if (depth >= limit) return true;
    seen.add(current);
    // The walk is bounded too: beyond a million objects the schema's own limits decide.
    if (seen.size > 1_000_000) return false;
    for (const key of Object.keys(current)) stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
  }
  return false;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return 'unknown';
  }
}

/** The kind of a JavaScript value, in the words zod uses for `expected`. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function listOf(values: readonly unknown[]): (string | number)[] {
  return values.slice(0, 50).map((value) => (typeof value === 'number' ? value : String(value).slice(0, 100)));
}

/** Codes of the size findings that name what was too small or too big. */
const sizedOrigins = new Set(['string', 'number', 'array']);

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function issueToFinding(issue: zc.$ZodIssue, input: unknown, prefix: Path): Finding {
  const path = [...prefix, ...toPath(issue.path)];
  const build = (code: string, params: Record<string, FindingParamValue> = {}): Finding => makeFinding(code, 'error', { path, params });
  switch (issue.code) {
    case 'invalid_type': {
      const received = kindOf(valueAt(input, issue.path));
      if (received === 'undefined') return build('input.required', { expected: issue.expected });
      return build('input.invalid_type', { expected: issue.expected, received });
    }
    case 'too_small':
    case 'too_big': {
      const origin = String(issue.origin);
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const code = sizedOrigins.has(origin) ? `input.${issue.code}.${origin}` : `input.${issue.code}`;
      const key = issue.code === 'too_small' ? 'minimum' : 'maximum';
      return build(code, { [key]: Number(limit) });
    }
    case 'invalid_format': {
      if (issue.format === 'date') return build('input.invalid_format.date', { format: 'date' });
      if (issue.format === 'datetime') return build('input.invalid_format.datetime', { format: 'datetime' });
      return build('input.invalid_format', { format: issue.format });
    }
    case 'not_multiple_of':
      return build('input.not_multiple_of', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return build('input.unrecognized_keys', { keys: listOf(issue.keys) });
    case 'invalid_value':
      return build('input.invalid_value', { values: listOf(issue.values) });
    case 'invalid_union':
      return build('input.invalid_union');
    case 'invalid_key':
      return build('input.invalid_key');
    case 'invalid_element':
      return build('input.invalid_element');
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const code = typeof params['code'] === 'string' ? params['code'] : undefined;
      // A refinement names its own finding code: `params: { code, ...params }`.
      if (code !== undefined && /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+$/u.test(code)) {
        const rest: Record<string, FindingParamValue> = {};
        for (const [key, value] of Object.entries(params)) {
          if (key !== 'code' && value !== undefined && value !== null) rest[key] = value as FindingParamValue;
        }
        // The value at fault, when it is plain text or a number, so the message can name it.
        const at = valueAt(input, issue.path);
        if (!('value' in rest) && (typeof at === 'string' || typeof at === 'number')) {
          rest['value'] = typeof at === 'string' ? at.slice(0, 100) : at;
        }
        return makeFinding(code, 'error', { path, params: rest });
      }
      return build('input.custom', { detail: issue.message });
    }
    default:
      return build('input.custom', { detail: (issue as { message: string }).message });
  }
}
