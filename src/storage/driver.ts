// The course of every migration: read the stored value once, tell its version, bring a version-1
// shape to version 2, take out the keys this version does not know (kept in `unrecognized`), and let
// the module that owns the shape read the result, so that it is exactly what this version writes.
import type * as zc from 'zod/v4/core';
import type { Finding, Path, Result } from '../core/index.js';
import { currentSchemaVersion, fail, ok, parseWith, prefixPaths } from '../core/index.js';
import type { StoredShapeName } from '../locales/index.js';
import { finding } from '../locales/index.js';
import type { JsonRecord } from './json.js';
import { isRecord, readJson, setKey } from './json.js';
import type { HolderPattern } from './paths.js';
import { expand, valueAt } from './paths.js';
import type { MigrateOptions, StoredVersion } from './types.js';
import type { KeptKey } from './unknown.js';
import { placeUnrecognized, takeUnknownKeys } from './unknown.js';

/** What a step of a migration did: keys it kept, and what it had to assume. */
export interface StepOutcome {
  readonly kept?: readonly KeptKey[];
  readonly findings?: readonly Finding[];
}

/** How one stored shape is migrated. */
export interface ShapeSpec<T> {
  readonly shape: StoredShapeName;
  /** The current schema of the shape: what it does not know is kept in `unrecognized`. */
  readonly schema: zc.$ZodType;
  /** Where stored shapes with their own `schemaVersion`, `meta` and `unrecognized` sit inside this one; the root first. */
  readonly holders: readonly HolderPattern[];
  /** Keys that version 1 did not have, by path from the root (besides `schemaVersion`, `meta` and `unrecognized` of each stored shape). */
  readonly addedInV2?: readonly (readonly string[])[];
  /** Version 1 to 2, before unknown keys are looked for: the changes of shape. */
  readonly reshape?: (data: JsonRecord, options: MigrateOptions) => StepOutcome;
  /** Version 1 to 2, after unknown keys are taken out: what needs the clean value (a plan's hash). */
  readonly upgrade?: (data: JsonRecord, options: MigrateOptions) => Result<StepOutcome>;
  /** The owning module's reader: the value as this version writes it, or why not. */
  readonly read: (data: unknown) => Result<T>;
}

/** The refusal of a stored value: a composite finding whose details say why, followed by them. */
export function invalid(shape: StoredShapeName, details: readonly Finding[], path: Path = []): Finding[] {
  return [finding.error('storage.invalid', { path, params: { shape, version: currentSchemaVersion }, details: [...details] }), ...details];
}

/** The refusal of a stored value that is not an object (or not a list) at all. */
export function wrongKind(shape: StoredShapeName, expected: 'object' | 'array', data: unknown, path: Path = []): Result<never> {
  const received = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
  return fail(invalid(shape, [finding.error('input.invalid_type', { path, params: { expected, received } })], path));
}

/** The stored version of a shape: 1 without `schemaVersion` (or with 1), else the number it carries. */
export function versionOf(data: JsonRecord, path: Path = []): Result<StoredVersion> {
  const version = data['schemaVersion'];
  if (version === undefined || version === 1) return ok(1);
  if (version === currentSchemaVersion) return ok(currentSchemaVersion);
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > currentSchemaVersion) {
    return fail([
      finding.error('storage.version.newer', {
        path: [...path, 'schemaVersion'],
        params: { version, current: currentSchemaVersion },
      }),
    ]);
  }
  return fail([finding.error('storage.version.invalid', { path: [...path, 'schemaVersion'] })]);
}

/**
 * Version 1 to 2 at every stored shape inside the value: `schemaVersion: 2` written, and keys that
 * version 1 did not have (`meta`, `unrecognized`, a `schemaVersion` other than 1 or 2, and the spec's
 * `addedInV2`) taken out to be kept, since 0.1 never wrote them: a host put them there.
 */
function toVersion2(data: JsonRecord, spec: ShapeSpec<unknown>): KeptKey[] {
  const kept: KeptKey[] = [];
  for (const pattern of spec.holders) {
    for (const path of expand(data, pattern)) {
      const node = valueAt(data, path);
      if (!isRecord(node)) continue;
      const version = node['schemaVersion'];
      if (version !== undefined && version !== 1 && version !== 2) kept.push({ path: [...path, 'schemaVersion'], value: version });
      for (const key of ['meta', 'unrecognized']) kept.push(...takeKey(data, [...path, key]));
      setKey(node, 'schemaVersion', currentSchemaVersion);
    }
  }
  for (const added of spec.addedInV2 ?? []) kept.push(...takeKey(data, added));
  return kept;
}

/** Takes the key at `path` out of `data`, when it is there, to be kept. */
function takeKey(data: unknown, path: Path): KeptKey[] {
  const node = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1] as string;
  if (!isRecord(node) || !Object.hasOwn(node, key)) return [];
  const value = node[key];
  delete node[key];
  return [{ path, value }];
}

/** Migrates a value already read by `readJson` (the migration owns it); findings and refusals under `path`. */
export function migrateRead<T>(spec: ShapeSpec<T>, data: unknown, options: MigrateOptions, path: Path = []): Result<T> {
  if (!isRecord(data)) return wrongKind(spec.shape, 'object', data, path);
  const version = versionOf(data, path);
  if (!version.ok) return version;
  const kept: KeptKey[] = [];
  const notes: Finding[] = [];
  if (version.value === 1) {
    kept.push(...toVersion2(data, spec as ShapeSpec<unknown>));
    const reshaped = spec.reshape?.(data, options) ?? {};
    kept.push(...(reshaped.kept ?? []));
    notes.push(...(reshaped.findings ?? []));
  }
  const extraction = takeUnknownKeys(spec.schema, data);
  kept.push(...extraction.kept);
  if (!extraction.parses) return fail(invalid(spec.shape, prefixPaths(parseWith(spec.schema, data).findings, path), path));
  if (version.value === 1 && spec.upgrade !== undefined) {
    const upgraded = spec.upgrade(data, options);
    if (!upgraded.ok) return fail(invalid(spec.shape, prefixPaths(upgraded.findings, path), path));
    kept.push(...(upgraded.value.kept ?? []));
    notes.push(...(upgraded.value.findings ?? []));
  }
  notes.push(...placeUnrecognized(data, kept, spec.holders));
  const read = spec.read(data);
  if (!read.ok) return fail(invalid(spec.shape, prefixPaths(read.findings, path), path));
  return ok(read.value, [...prefixPaths(notes, path), ...prefixPaths(read.findings, path)]);
}

/** Migrates a stored value of one shape: read it defensively, then {@link migrateRead}. Never throws. */
export function migrateStored<T>(spec: ShapeSpec<T>, stored: unknown, options: unknown): Result<T> {
  const read = readJson(stored);
  if (!read.ok) return read;
  return migrateRead(spec, read.value, optionsOf(options));
}

/** Options as the caller gave them, read defensively: anything unusable counts as none. */
export function optionsOf(options: unknown): MigrateOptions {
  try {
    if (!isRecord(options)) return {};
    const locale = options['reminderLocale'];
    return locale === 'nl' || locale === 'en' ? { reminderLocale: locale } : {};
  } catch {
    return {};
  }
}

/** Migrates each item of a stored list with one shape's spec; the findings of each under its index. */
export function migrateItems<T>(spec: ShapeSpec<T>, items: readonly unknown[], options: MigrateOptions): Result<T[]> {
  const values: T[] = [];
  const findings: Finding[] = [];
  let failed = false;
  items.forEach((item, index) => {
    const migrated = migrateRead(spec, item, options, [index]);
    findings.push(...migrated.findings);
    if (migrated.ok) values.push(migrated.value);
    else failed = true;
  });
  return failed ? fail(findings) : ok(values, findings);
}

/** A stored list, read defensively, each item migrated by `each`. */
export function listOf<T>(stored: unknown, each: (items: readonly unknown[]) => Result<T>, shape: StoredShapeName): Result<T> {
  const read = readJson(stored);
  if (!read.ok) return read;
  if (!Array.isArray(read.value)) return wrongKind(shape, 'array', read.value);
  return each(read.value);
}
