import type { Finding } from './finding.js';
import { hasErrors } from './finding.js';
import { deepFreeze } from './freeze.js';

/**
 * A successful result: the value, plus findings that did not stop it (warnings and hints).
 *
 * @example
 * ```ts
 * import type { Ok } from 'ontwikkelgesprek';
 * const result: Ok<number> = { ok: true, value: 1, findings: [] };
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
  readonly findings: readonly Finding[];
}

/**
 * A failed result: no value, and findings of which at least one is an error.
 *
 * @example
 * ```ts
 * import type { Failure } from 'ontwikkelgesprek';
 * const result: Failure = { ok: false, findings: [] };
 * ```
 */
export interface Failure {
  readonly ok: false;
  readonly findings: readonly Finding[];
}

/**
 * The answer to anything a caller can get wrong: `{ ok: true, value, findings }` or
 * `{ ok: false, findings }`. Never an exception.
 *
 * @example
 * ```ts
 * import type { Result } from 'ontwikkelgesprek';
 * function half(n: number): Result<number> {
 *   return { ok: true, value: n / 2, findings: [] };
 * }
 * ```
 */
export type Result<T> = Ok<T> | Failure;

/**
 * Builds a successful result.
 *
 * @example
 * ```ts
 * import { ok } from 'ontwikkelgesprek';
 * ok(42).value; // 42
 * ```
 */
export function ok<T>(value: T, findings: readonly Finding[] = []): Ok<T> {
  // Frozen all the way down: a caller who edits a finding must not change the next call's answer.
  return deepFreeze({ ok: true, value, findings: [...findings] });
}

/**
 * Builds a failed result.
 *
 * @example
 * ```ts
 * import { fail } from 'ontwikkelgesprek';
 * fail([]).ok; // false
 * ```
 */
export function fail(findings: readonly Finding[]): Failure {
  return deepFreeze({ ok: false, findings: [...findings] });
}

/**
 * Succeeds with `value` unless a finding is an error; the usual end of a check.
 *
 * @example
 * ```ts
 * import { resultOf } from 'ontwikkelgesprek';
 * resultOf('plan', []).ok; // true
 * ```
 */
export function resultOf<T>(value: T, findings: readonly Finding[]): Result<T> {
  return hasErrors(findings) ? fail(findings) : ok(value, findings);
}

/**
 * Transforms the value of a successful result; a failure passes through.
 *
 * @example
 * ```ts
 * import { ok, mapResult } from 'ontwikkelgesprek';
 * const doubled = mapResult(ok(2), (n) => n * 2);
 * doubled.ok && doubled.value; // 4
 * ```
 */
export function mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? ok(map(result.value), result.findings) : result;
}

/**
 * Chains a step that may fail; findings of both steps are kept.
 *
 * @example
 * ```ts
 * import { ok, fail, andThen } from 'ontwikkelgesprek';
 * const chained = andThen(ok(3), (n) => (n > 0 ? ok(n) : fail([])));
 * chained.ok; // true
 * ```
 */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  if (!result.ok) return result;
  const following = next(result.value);
  const findings = [...result.findings, ...following.findings];
  return following.ok ? ok(following.value, findings) : fail(findings);
}

/**
 * Combines results into one: all values when every result succeeded, else all findings.
 *
 * @example
 * ```ts
 * import { ok, combineResults } from 'ontwikkelgesprek';
 * const both = combineResults([ok(1), ok(2)]);
 * both.ok && both.value; // [1, 2]
 * ```
 */
export function combineResults<T>(results: readonly Result<T>[]): Result<T[]> {
  const findings = results.flatMap((result) => result.findings);
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return fail(findings);
    values.push(result.value);
  }
  return ok(values, findings);
}
