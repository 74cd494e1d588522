// Amending a plan: sections replaced as a whole, a new version when the content changes, a history
// entry saying what changed item by item, and approvals cleared.
import { produce } from 'immer';
import type { Agreement } from '../agreements/index.js';
import type { Finding, Result } from '../core/index.js';
import { canonicalJson, compareInstants, fail, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { versionSince } from './approve.js';
import { contentOf } from './draft.js';
import { contentHash, hashableContent } from './hash.js';
import { agreementRef } from './refs.js';
import { planAmendmentSchema } from './schema.js';
import type { DevelopmentPlan, PlanAmendment, PlanChangeRecord, PlanContent, PlanSection } from './types.js';
import { canonicalPlan, contentFindings, validatePlan } from './validate.js';

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

type Item = { readonly id: string } & Record<string, unknown>;

/** The words an item of a list is known by, kept in the history so it reads well after the item is gone. */
function titleOf(item: Item): string | undefined {
  for (const key of ['title', 'what', 'text', 'description']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 2_000);
  }
  return undefined;
}

function change(section: PlanSection, item: Item, action: PlanChangeRecord['action']): PlanChangeRecord {
  const title = titleOf(item);
  // A cost line's title is its agreement's text too: the link is kept, so erasing the agreement
  // erases the title also once the line is gone.
  const link = section === 'costs' && typeof item['agreementId'] === 'string' ? { agreementId: item['agreementId'] } : {};
  return { section, id: item.id, ...(title === undefined ? {} : { title }), ...link, action };
}

function listChanges(section: PlanSection, old: readonly Item[], now: readonly Item[]): PlanChangeRecord[] {
  const oldById = new Map(old.map((item) => [item.id, item]));
  const nowIds = new Set(now.map((item) => item.id));
  const changes: PlanChangeRecord[] = [];
  for (const item of now) {
    const previous = oldById.get(item.id);
    if (previous === undefined) changes.push(change(section, item, 'added'));
    else if (!sameJson(previous, item)) changes.push(change(section, item, 'changed'));
  }
  for (const item of old) if (!nowIds.has(item.id)) changes.push(change(section, item, 'removed'));
  if (changes.length === 0 && !sameJson(old, now)) changes.push({ section, action: 'changed' });
  return changes;
}

/** What changed between two contents, section by section and item by item (by id). */
export function diffContent(before: PlanContent, after: PlanContent): PlanChangeRecord[] {
  const was = hashableContent(before);
  const is = hashableContent(after);
  const changes: PlanChangeRecord[] = [];
  const single: [PlanSection, string[]][] = [
    ['plan', ['conversationId', 'kind', 'visibility', 'sharedWith', 'competences']],
    ['employee', ['employee']],
    ['manager', ['manager']],
    ['period', ['period']],
  ];
  for (const [section, keys] of single) {
    if (keys.some((key) => !sameJson(was[key], is[key]))) changes.push({ section, action: 'changed' });
  }
  for (const section of ['ambitions', 'goals', 'agreements', 'costs'] as const) {
    changes.push(...listChanges(section, was[section] as Item[], is[section] as Item[]));
  }
  for (const section of ['funding', 'nextConversation', 'evaluation', 'zienswijze'] as const) {
    const a = was[section] ?? null;
    const b = is[section] ?? null;
    if (sameJson(a, b)) continue;
    changes.push({ section, action: a === null ? 'added' : b === null ? 'removed' : 'changed' });
  }
  return changes;
}

/** Progress has its own log: an amendment keeps the recorded status and note of existing agreements. */
function keepProgress(current: DevelopmentPlan, agreements: readonly Agreement[], problems: Finding[]): Agreement[] {
  const recorded = new Map(current.agreements.map((agreement) => [agreement.id, agreement]));
  return agreements.map((agreement, index) => {
    const known = recorded.get(agreement.id);
    if (known === undefined) return agreement;
    if (known.status !== agreement.status || known.progressNote !== agreement.progressNote) {
      problems.push(
        finding.info('plan.amend.progressKept', {
          path: ['change', 'set', 'agreements', index, 'status'],
          params: { agreement: agreementRef(agreement), status: known.status },
        }),
      );
    }
    const { status: _status, progressNote: _note, ...rest } = agreement;
    return { ...rest, status: known.status, ...(known.progressNote === undefined ? {} : { progressNote: known.progressNote }) };
  });
}

/**
 * Amends a plan: the sections in `change.set` replace the current ones, and if that changes the
 * content, the result is a new version with a new content hash, a history entry (what changed, item
 * by item with its title, by whom, when, why, and which approvals lapsed) and no approvals. A change
 * that alters nothing is refused (`plan.amend.noChange`), so a new version always means a new text.
 * Progress on agreements stays as recorded; `meta` is carried along untouched.
 *
 * @example
 * ```ts
 * import { amendPlan } from 'ontwikkelgesprek';
 * import type { DevelopmentPlan } from 'ontwikkelgesprek';
 * declare const plan: DevelopmentPlan;
 * const amended = amendPlan(plan, {
 *   by: 'employee',
 *   at: '2027-04-02T10:00:00+02:00',
 *   reason: 'Volgend gesprek naar voren gehaald',
 *   set: { nextConversation: { date: '2027-08-30', kind: 'checkIn' } },
 * });
 * amended.ok && amended.value.approvals.length; // 0
 * ```
 */
export function amendPlan(plan: DevelopmentPlan, change: PlanAmendment): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  const given = parseWith(planAmendmentSchema, change, { path: ['change'] });
  if (!read.ok || !given.ok) return fail([...read.findings, ...given.findings]);
  const current = read.value;
  const input = given.value;
  const since = versionSince(current);
  if (compareInstants(input.at, since) < 0) {
    return fail([
      finding.error('plan.amend.beforeVersion', { path: ['change', 'at'], params: { at: input.at, version: current.version, since } }),
    ]);
  }
  const before = contentOf(current);
  const merged: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(input.set)) if (value !== undefined) merged[key] = value;
  const problems = contentFindings(merged as unknown as PlanContent, ['change', 'set']);
  const after = contentOf({
    ...(merged as unknown as PlanContent),
    agreements: input.set.agreements === undefined ? before.agreements : keepProgress(current, input.set.agreements, problems),
  });
  if (input.by !== 'employee' && !sameJson(before.zienswijze ?? null, after.zienswijze ?? null)) {
    problems.push(finding.error('plan.zienswijze.notEmployee', { path: ['change', 'set', 'zienswijze'], params: { by: input.by } }));
  }
  if (problems.some((problem) => problem.severity === 'error')) return fail(problems);
  const changes = diffContent(before, after);
  if (changes.length === 0) return fail([...problems, finding.error('plan.amend.noChange', { path: ['change', 'set'] })]);
  const hash = contentHash(after);
  const version = current.version + 1;
  const next = produce(current, (draft) => {
    Object.assign(draft, after);
    if (after.funding === undefined) delete (draft as { funding?: unknown }).funding;
    if (after.conversationId === undefined) delete (draft as { conversationId?: unknown }).conversationId;
    for (const key of ['zienswijze', 'visibility', 'sharedWith'] as const) {
      if (after[key] === undefined) delete (draft as { [K in typeof key]?: unknown })[key];
    }
    draft.version = version;
    draft.hash = hash;
    draft.history.push({
      version,
      at: input.at,
      by: input.by,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
      changes,
      hash,
      clearedApprovals: [...current.approvals],
    });
    draft.approvals = [];
  });
  const made = canonicalPlan(next);
  if (!made.ok) return made;
  const findings = [...problems];
  if (current.approvals.length > 0) {
    findings.push(finding.info('plan.amend.approvalsCleared', { params: { version, count: current.approvals.length } }));
  }
  return ok(made.value, findings);
}
