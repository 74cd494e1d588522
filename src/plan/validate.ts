// Reading a plan a host stored or received: its shape, its integrity (hash, history, approvals) and
// what a schema cannot see (unique ids, references between sections).
import type { Finding, Path, Result } from '../core/index.js';
import { deepFreeze, duplicateIds, fail, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { erasedText } from '../conversation/index.js';
import { contentHash, hashableContent, valueAt } from './hash.js';
import { costRef, sourceRef } from './refs.js';
import { developmentPlanSchema, planContentOfSchema } from './schema.js';
import type { DevelopmentPlan, PlanContent } from './types.js';

/** A path a caller gave: a list of keys and indices, or `undefined` when it is not one. */
export function readPath(path: unknown): Path | undefined {
  try {
    if (!Array.isArray(path) || path.length > 1_000) return undefined;
    const keys = path.filter((key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key)));
    return keys.length === path.length ? (keys as (string | number)[]) : undefined;
  } catch {
    return undefined;
  }
}

function badPath(path: unknown): Finding {
  let received = 'unknown';
  try {
    received = path === null ? 'null' : Array.isArray(path) ? 'array' : typeof path;
  } catch {
    // a proxy that throws on inspection stays "unknown"
  }
  return finding.error('input.invalid_type', { path: ['path'], params: { expected: 'array', received } });
}

const listSections = ['ambitions', 'goals', 'agreements', 'costs'] as const;

/** Unique ids per list, and references between sections: cost lines to agreements and sources, the payback clause to sources. */
export function contentFindings(content: PlanContent, path: Path): Finding[] {
  const findings: Finding[] = [];
  for (const section of listSections) {
    for (const { index, id } of duplicateIds(content[section])) {
      findings.push(finding.error('plan.id.duplicate', { path: [...path, section, index, 'id'], params: { id, section } }));
    }
  }
  const sources = content.funding?.sources ?? [];
  for (const { index, id } of duplicateIds(sources)) {
    findings.push(
      finding.error('plan.id.duplicate', { path: [...path, 'funding', 'sources', index, 'id'], params: { id, section: 'fundingSources' } }),
    );
  }
  const agreementIds = new Set(content.agreements.map((agreement) => agreement.id));
  const sourceIds = new Set(sources.map((source) => source.id));
  content.costs.forEach((line, index) => {
    if (line.agreementId !== undefined && !agreementIds.has(line.agreementId)) {
      findings.push(
        finding.warning('plan.cost.unknownAgreement', {
          path: [...path, 'costs', index, 'agreementId'],
          params: { cost: costRef(line), agreementId: line.agreementId },
        }),
      );
    }
    if (content.funding !== undefined && line.source !== undefined && !sourceIds.has(line.source)) {
      findings.push(
        finding.warning('plan.cost.unknownSource', {
          path: [...path, 'costs', index, 'source'],
          params: { cost: costRef(line), source: line.source },
        }),
      );
    }
  });
  (content.funding?.payback?.sources ?? []).forEach((id, index) => {
    const at = [...path, 'funding', 'payback', 'sources', index];
    const source = sources.find((candidate) => candidate.id === id);
    if (source === undefined) {
      findings.push(finding.error('budget.source.unknown', { path: at, params: { source: id } }));
    } else if (source.kind === 'requiredTraining' || source.kind === 'ownMoney') {
      findings.push(
        finding.error('budget.payback.sourceNotAllowed', { path: at, params: { source: sourceRef(source), sourceKind: source.kind } }),
      );
    }
  });
  return findings;
}

/** Tombstones of this version that carry a digest must stand where an erased text stands. */
function erasureFindings(plan: DevelopmentPlan, path: Path): Finding[] {
  const hashable = hashableContent(plan);
  const findings: Finding[] = [];
  (plan.erasures ?? []).forEach((erasure, index) => {
    if (erasure.version !== plan.version || erasure.digest === undefined) return;
    if (valueAt(hashable, erasure.path) !== erasedText) {
      findings.push(finding.error('plan.erasure.invalid', { path: [...path, 'erasures', index, 'path'] }));
    }
  });
  return findings;
}

function integrityFindings(plan: DevelopmentPlan, path: Path): Finding[] {
  const findings: Finding[] = erasureFindings(plan, path);
  if (contentHash(plan, plan.erasures, plan.version) !== plan.hash) {
    findings.push(finding.error('plan.hash.mismatch', { path: [...path, 'hash'], params: { hash: plan.hash } }));
  }
  const last = plan.history[plan.history.length - 1];
  const consecutive = plan.history.every((entry, index) => entry.version === index + 1);
  if (!consecutive || last?.version !== plan.version || last.hash !== plan.hash) {
    findings.push(finding.error('plan.history.inconsistent', { path: [...path, 'history'], params: { version: plan.version } }));
  }
  const roles = new Set<string>();
  plan.approvals.forEach((approval, index) => {
    if (roles.has(approval.by) || approval.version !== plan.version || approval.hash !== plan.hash) {
      findings.push(finding.error('plan.approval.recordInvalid', { path: [...path, 'approvals', index], params: { by: approval.by } }));
    }
    roles.add(approval.by);
  });
  return findings;
}

/**
 * Validates a plan a host stored or received: its shape (as this version of the library writes it,
 * `schemaVersion` 2), and its integrity: the content hash fits the content, the history has one
 * entry per version, approvals belong to the current version, ids are unique and references hold.
 * Every plan function runs this first. `path` is put in front of every finding's path. Never throws.
 *
 * @example
 * ```ts
 * import { validatePlan } from 'ontwikkelgesprek';
 * const checked = validatePlan(JSON.parse('{"id":"pop-1"}'));
 * checked.ok; // false
 * checked.findings.some((f) => f.code === 'input.required'); // true
 * ```
 */
export function validatePlan(input: unknown, path: Path = []): Result<DevelopmentPlan> {
  const prefix = readPath(path);
  if (prefix === undefined) return fail([badPath(path)]);
  const parsed = parseWith(developmentPlanSchema, input, { path: prefix });
  if (!parsed.ok) return parsed;
  const plan = parsed.value as DevelopmentPlan;
  const findings = [...contentFindings(plan, prefix), ...integrityFindings(plan, prefix)];
  return findings.some((f) => f.severity === 'error') ? fail(findings) : ok(deepFreeze(plan), findings);
}

/**
 * Puts a plan the library built into its one canonical form: keys in schema order (so the same plan
 * is the same JSON text, however it was reached), deeply frozen.
 */
export function canonicalPlan(plan: DevelopmentPlan): Result<DevelopmentPlan> {
  const parsed = parseWith(developmentPlanSchema, plan);
  return parsed.ok ? ok(deepFreeze(parsed.value as DevelopmentPlan)) : parsed;
}

/**
 * The content hash of a plan, or of plan content: the root of a Merkle tree of per-field SHA-256
 * digests (64 hex digits; see docs/plan.md for the scheme). The same content always gives the same
 * hash, whatever the key order; version, approvals, history, `meta` and progress on agreements do
 * not count. A host can store it next to an approval to prove which text was approved, or recompute
 * it to check a stored plan: given a whole plan whose texts were erased, the tombstones of its version
 * stand in for them, so the hash is still the approved one. Never throws: anything that is not plan
 * content answers with findings.
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan, planContentHash } from 'ontwikkelgesprek';
 * const content = {
 *   id: 'pop-2027-e17',
 *   kind: 'development',
 *   employee: { id: 'e-17', name: 'Sanne de Vries' },
 *   manager: { id: 'm-3', name: 'Karim Bouzid' },
 *   period: { start: '2027-03-15', end: '2028-03-15' },
 *   ambitions: [],
 *   goals: [],
 *   agreements: [],
 *   costs: [],
 *   nextConversation: null,
 *   evaluation: null,
 * } as const;
 * const plan = draftDevelopmentPlan({ content, at: '2027-03-15T12:00:00+01:00', by: 'employee' });
 * const hash = planContentHash(content);
 * hash.ok && plan.ok && hash.value === plan.value.hash; // true
 * planContentHash({ ...content, period: { end: '2028-03-15', start: '2027-03-15' } }).ok; // true: key order does not matter
 * ```
 */
export function planContentHash(content: PlanContent): Result<string> {
  const parsed = parseWith(planContentOfSchema, content);
  if (!parsed.ok) return parsed;
  const { erasures, version } = parsed.value as { erasures?: DevelopmentPlan['erasures']; version?: number };
  return ok(contentHash(parsed.value as PlanContent, erasures, version));
}
