// Keys a version does not know: found with the current schema, taken out of the stored value, and
// put into the `unrecognized` map of the stored shape that held them, by their dotted path.
import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import type { Finding, Path } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { JsonRecord } from './json.js';
import { isRecord, setKey } from './json.js';
import type { HolderPattern } from './paths.js';
import { dottedPath, holderOf, valueAt } from './paths.js';

/** A key taken out of a stored value: where it was (from the root), and its value. */
export interface KeptKey {
  readonly path: Path;
  readonly value: unknown;
}

interface UnknownAt {
  readonly path: Path;
  readonly keys: readonly string[];
}

/** The unknown keys a failed parse names, following a union into the one branch whose only complaint they are. */
function unknownKeysIn(issues: readonly zc.$ZodIssue[], prefix: Path): UnknownAt[] {
  const found: UnknownAt[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    if (issue.code === 'unrecognized_keys') found.push({ path, keys: issue.keys });
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.find((errors) => errors.length > 0 && errors.every(onlyUnknownKeys));
      if (branch !== undefined) found.push(...unknownKeysIn(branch, path));
    }
  }
  return found;
}

function onlyUnknownKeys(issue: zc.$ZodIssue): boolean {
  if (issue.code === 'unrecognized_keys') return true;
  return issue.code === 'invalid_union' && issue.errors.some((errors) => errors.length > 0 && errors.every(onlyUnknownKeys));
}

/** Keys of the input that the parse left out without complaint (a loose object strips them). */
function strippedKeys(input: unknown, output: unknown, path: Path, kept: KeptKey[]): void {
  if (Array.isArray(input) && Array.isArray(output)) {
    const length = Math.min(input.length, output.length);
    for (let index = 0; index < length; index++) strippedKeys(input[index], output[index], [...path, index], kept);
    return;
  }
  if (!isRecord(input) || output === null || typeof output !== 'object' || Array.isArray(output)) return;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) kept.push({ path: [...path, key], value: input[key] });
    else strippedKeys(input[key], (output as JsonRecord)[key], [...path, key], kept);
  }
}

/** What {@link takeUnknownKeys} found: the keys it took out, and whether the rest now parses. */
export interface Extraction {
  readonly kept: readonly KeptKey[];
  readonly parses: boolean;
}

/**
 * Takes every key the schema does not know out of `data` (which the migration owns), at any depth,
 * and answers them with their paths: parse, take out the keys the parse names, parse again, until
 * no unknown key is left; then the keys a loose object would strip silently. `parses` says whether
 * what is left is valid; when it is not, the caller parses it with `parseWith` for the findings.
 */
export function takeUnknownKeys(schema: zc.$ZodType, data: unknown): Extraction {
  const kept: KeptKey[] = [];
  for (let round = 0; round < 32; round++) {
    const parsed = safeParse(schema, data);
    if (parsed.success) {
      strippedKeys(data, parsed.data, [], kept);
      return { kept, parses: true };
    }
    const unknown = unknownKeysIn(parsed.error.issues, []);
    let taken = 0;
    for (const { path, keys } of unknown) {
      const node = valueAt(data, path);
      if (!isRecord(node)) continue;
      for (const key of keys) {
        if (!Object.hasOwn(node, key)) continue;
        kept.push({ path: [...path, key], value: node[key] });
        delete node[key];
        taken++;
      }
    }
    if (taken === 0) return { kept, parses: false };
  }
  return { kept, parses: false };
}

/**
 * Puts kept keys into the `unrecognized` map of the stored shape that held each (see
 * {@link holderOf}), next to what an earlier migration kept there. A path already taken gets `#2`,
 * `#3`, ... so that nothing is overwritten. Answers a finding per key, at the key's path.
 */
export function placeUnrecognized(data: unknown, kept: readonly KeptKey[], holders: readonly HolderPattern[]): Finding[] {
  const findings: Finding[] = [];
  for (const key of kept) {
    const { holder, below } = holderOf(holders, key.path);
    const node = valueAt(data, holder);
    if (!isRecord(node)) continue;
    const existing = node['unrecognized'];
    const map: JsonRecord = isRecord(existing) ? existing : {};
    if (!isRecord(existing)) setKey(node, 'unrecognized', map);
    const base = dottedPath(below);
    let name = base;
    for (let copy = 2; Object.hasOwn(map, name); copy++) name = `${base}#${copy}`;
    setKey(map, name, key.value);
    findings.push(finding.info('storage.unrecognized.kept', { path: key.path }));
  }
  return findings;
}
