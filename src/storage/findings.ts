// Migration of stored findings. A finding of 0.1 carried its text (`message`, Dutch and English) and
// params of 0.1's shape; a finding now is data, rendered when shown. Where a code's params changed
// shape, the old ones are mapped to the new ones when they can be (see findings-table.ts); otherwise
// the finding keeps its old params and its text, which `findingMessage` shows.
import type { Finding, Path, Result } from '../core/index.js';
import { fail, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { invalid, listOf, wrongKind } from './driver.js';
import { changedCodes, isCurrent, paramRules } from './findings-table.js';
import type { JsonRecord } from './json.js';
import { isRecord, readJson, setKey } from './json.js';
import { storedFindingSchema } from './finding-schema.js';

/** The order a finding's keys are written in; keys of its own that no version knows follow, as they came. */
const order = ['code', 'severity', 'path', 'params', 'details', 'message'] as const;

function canonical(found: JsonRecord): JsonRecord {
  const out: JsonRecord = {};
  for (const key of order) if (found[key] !== undefined) setKey(out, key, found[key]);
  for (const key of Object.keys(found)) if (!(order as readonly string[]).includes(key)) setKey(out, key, found[key]);
  return out;
}

/** The params of a stored finding brought to its code's current shape, or `undefined` when they stay. */
function mappedParams(code: string, params: JsonRecord): Finding['params'] | undefined {
  const rule = Object.hasOwn(paramRules, code) ? paramRules[code] : undefined;
  if (rule === undefined || isCurrent(rule, params)) return undefined;
  return rule.map(params);
}

/** Does a finding stored by 0.1 keep its old params: a code whose params changed shape, and old params that cannot be mapped? */
function keepsOldParams(code: string, params: JsonRecord): boolean {
  if (changedCodes.has(code)) return true;
  const rule = Object.hasOwn(paramRules, code) ? paramRules[code] : undefined;
  return rule !== undefined && !isCurrent(rule, params);
}

/** Migrates one finding already read (the migration owns it), findings under `path`. */
function migrateFindingRead(data: unknown, path: Path): Result<Finding> {
  if (!isRecord(data)) return wrongKind('finding', 'object', data, path);
  const parsed = parseWith(storedFindingSchema, data, { path });
  if (!parsed.ok) return fail(invalid('finding', parsed.findings, path));
  const found = canonical(parsed.value as JsonRecord);
  const notes: Finding[] = [];
  if (Array.isArray(found['details'])) {
    const details = found['details'].map((detail, index) => migrateFindingRead(detail, [...path, 'details', index]));
    const failed = details.find((detail) => !detail.ok);
    if (failed !== undefined) return failed;
    found['details'] = details.map((detail) => (detail.ok ? detail.value : undefined));
    for (const detail of details) notes.push(...detail.findings);
  }
  if (found['message'] !== undefined) {
    const code = found['code'] as string;
    const params = found['params'] as JsonRecord;
    const mapped = mappedParams(code, params);
    if (mapped !== undefined) found['params'] = mapped;
    else if (keepsOldParams(code, params)) notes.push(finding.info('storage.finding.textKept', { path }));
  }
  return ok(found as unknown as Finding, notes);
}

/**
 * Brings one stored finding to the current version. A finding stored by 0.1 carries its text and the
 * params of 0.1: where its code's params changed shape and the old ones hold all the new ones need
 * (a reference needs its title), they are mapped (an agenda point's `{ id, title }` becomes the
 * reference `item`); otherwise the finding keeps its old params and its text, and `findingMessage`
 * shows that text. Either way the text stays on the finding (`message`), so nothing is lost.
 *
 * @example
 * ```ts
 * import { findingMessage, migrateFinding } from 'ontwikkelgesprek';
 * const migrated = migrateFinding({
 *   code: 'agenda.topic.evaluative', severity: 'warning', path: ['organisationItems', 0, 'topic'],
 *   params: { id: 'o1', title: 'Beoordeling', topic: 'performanceRating', kind: 'development' },
 *   message: { nl: 'Agendapunt "Beoordeling" beoordeelt het functioneren.', en: 'Agenda point "Beoordeling" rates performance.' },
 * });
 * migrated.ok && migrated.value.params.item; // { kind: 'agendaPoint', id: 'o1', title: 'Beoordeling' }
 * migrated.ok && findingMessage(migrated.value, 'en'); // 'Agenda point “Beoordeling” is about performance ...'
 * ```
 */
export function migrateFinding(stored: unknown): Result<Finding> {
  const read = readJson(stored);
  if (!read.ok) return read;
  return migrateFindingRead(read.value, []);
}

/**
 * Brings a stored list of findings to the current version, finding by finding (see
 * {@link migrateFinding}); the findings about each are under its index.
 *
 * @example
 * ```ts
 * import { findingMessage, migrateFindings } from 'ontwikkelgesprek';
 * const migrated = migrateFindings([
 *   {
 *     code: 'agenda.item.minutesMissing', severity: 'info', path: ['organisationItems', 0, 'minutes'], params: { id: 'o1', minutes: 10 },
 *     message: { nl: 'Bij agendapunt "o1" staat geen tijdsinschatting; er is gerekend met 10 minuten.', en: 'Agenda point "o1" has no time estimate; 10 minutes were assumed.' },
 *   },
 * ]);
 * migrated.ok && findingMessage(migrated.value[0]!, 'nl'); // 'Bij agendapunt "o1" staat geen tijdsinschatting; er is gerekend met 10 minuten.'
 * migrated.findings.map((finding) => finding.code); // ['storage.finding.textKept']
 * ```
 */
export function migrateFindings(stored: unknown): Result<readonly Finding[]> {
  return listOf(stored, findingsOf, 'findings');
}

/** @internal */
export function findingsOf(items: readonly unknown[]): Result<readonly Finding[]> {
  const values: Finding[] = [];
  const findings: Finding[] = [];
  let failed = false;
  items.forEach((item, index) => {
    const migrated = migrateFindingRead(item, [index]);
    findings.push(...migrated.findings);
    if (migrated.ok) values.push(migrated.value);
    else failed = true;
  });
  return failed ? fail(findings) : ok(values, findings);
}
