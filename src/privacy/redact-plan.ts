// Erasing free texts from a POP: the text becomes `[…]`, a tombstone keeps the digest the content hash
// needs, so the hash and every approval of the version stay verifiable.
import type { Finding, Path, Result } from '../core/index.js';
import { canonicalJson, fail, ok, sha256Hex } from '../core/index.js';
import { erasedText } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import type { DevelopmentPlan, PlanErasure } from '../plan/index.js';
import { validatePlan } from '../plan/index.js';
import type { Role } from '../vocabulary/index.js';
import { erasable, markOf } from './redact-state.js';
import { valueAt } from './texts.js';
import type { RedactRequest, RedactTarget } from './types.js';

/** One free text of a plan: where it is, whether the content hash covers it, and what it belongs to. */
interface PlanText {
  readonly path: Path;
  readonly hashed: boolean;
  /** What a target names: `agreement:a1`, `goal:g1`, `ambition:x`, `evaluation`, `zienswijze`, `nextConversation`. */
  readonly belongs?: readonly string[] | undefined;
  /** `note` for progress notes; `history` for the titles and reasons of versions; `content` otherwise. */
  readonly sort: 'content' | 'note' | 'history';
  /** Who wrote it, when the plan says (`conversation` for a version the conversation made). */
  readonly author?: Role | 'conversation' | undefined;
}

const sectionKind: Readonly<Record<string, string>> = { ambitions: 'ambition', goals: 'goal', agreements: 'agreement', costs: 'cost' };

/** The evaluation's texts: the latest, and each side's (by its writer) once both evaluated. */
function evaluationTexts(plan: DevelopmentPlan, content: (path: Path, belongs: string[], author?: Role) => void): void {
  const bySide = plan.evaluation?.bySide;
  // The latest is one side's own: the side whose words it carries.
  const latest = (['employee', 'manager'] as const).find(
    (side) => bySide?.[side]?.feedback === plan.evaluation?.feedback && bySide?.[side]?.nextTime === plan.evaluation?.nextTime,
  );
  for (const key of ['feedback', 'nextTime'] as const) content(['evaluation', key], ['evaluation'], latest);
  // A side that did not evaluate has no texts; `planTexts` leaves out what is not there.
  for (const side of ['employee', 'manager'] as const) {
    for (const key of ['feedback', 'nextTime'] as const) content(['evaluation', 'bySide', side, key], ['evaluation'], side);
  }
}

/** Every free text of a plan, in the plan's order. */
function planTexts(plan: DevelopmentPlan): PlanText[] {
  const texts: PlanText[] = [];
  const content = (path: Path, belongs: string[], author?: Role) => texts.push({ path, hashed: true, belongs, sort: 'content', author });
  plan.ambitions.forEach((ambition, i) => {
    content(['ambitions', i, 'text'], [`ambition:${ambition.id}`]);
  });
  plan.goals.forEach((goal, i) => {
    content(['goals', i, 'title'], [`goal:${goal.id}`]);
    content(['goals', i, 'why'], [`goal:${goal.id}`]);
    for (const key of ['ideas', 'when', 'organisationLink'] as const) content(['goals', i, key], [`goal:${goal.id}`]);
  });
  plan.agreements.forEach((agreement, i) => {
    content(['agreements', i, 'what'], [`agreement:${agreement.id}`]);
    content(['agreements', i, 'measure'], [`agreement:${agreement.id}`]);
    texts.push({ path: ['agreements', i, 'progressNote'], hashed: false, belongs: [`agreement:${agreement.id}`], sort: 'note' });
  });
  const costAgreement = new Map<string | undefined, string | undefined>(plan.costs.map((line) => [line.id, line.agreementId]));
  plan.costs.forEach((line, i) => {
    content(['costs', i, 'description'], line.agreementId === undefined ? [] : [`agreement:${line.agreementId}`]);
  });
  content(['nextConversation', 'note'], ['nextConversation']);
  evaluationTexts(plan, content);
  content(['zienswijze', 'plan'], ['zienswijze'], 'employee');
  content(['zienswijze', 'report'], ['zienswijze'], 'employee');
  plan.progress.forEach((entry, i) => {
    texts.push({
      path: ['progress', i, 'note'],
      hashed: false,
      belongs: [`agreement:${entry.agreementId}`],
      sort: 'note',
      author: entry.by,
    });
  });
  const past = (path: Path, belongs?: string[], author?: PlanText['author']) =>
    texts.push({ path, hashed: false, belongs, sort: 'history', author });
  plan.history.forEach((entry, v) => {
    entry.changes.forEach((change, c) => {
      const kind = sectionKind[change.section];
      const belongs = kind === undefined || change.id === undefined ? [] : [`${kind}:${change.id}`];
      // A cost line's title belongs to the agreement the record names (the line's then) and to the one
      // the line, when still in the plan, has now: a history written before records kept the link has
      // only the latter.
      const linked = kind === 'cost' ? costAgreement.get(change.id) : undefined;
      for (const id of [change.agreementId, linked]) if (id !== undefined) belongs.push(`agreement:${id}`);
      past(['history', v, 'changes', c, 'title'], belongs);
    });
    past(['history', v, 'reason'], undefined, entry.by);
  });
  return texts.filter((text) => typeof valueAt(plan, text.path) === 'string');
}

/** No text: what the preparation selects, and what a refusal or a warning comes with. */
const none: readonly PlanText[] = [];

/** Which texts of a plan a target selects, or why none. */
function select(
  plan: DevelopmentPlan,
  texts: readonly PlanText[],
  target: RedactTarget,
): { chosen: readonly PlanText[]; findings: Finding[] } {
  switch (target.kind) {
    case 'everything':
      return { chosen: [...texts], findings: [] };
    case 'notes':
      return { chosen: texts.filter((text) => text.sort === 'note'), findings: [] };
    case 'preparation':
      return { chosen: none, findings: [] };
    case 'person': {
      const role: Role | undefined = target.id === plan.employee.id ? 'employee' : target.id === plan.manager.id ? 'manager' : undefined;
      if (role === undefined)
        return { chosen: none, findings: [finding.warning('privacy.redact.unknownPerson', { path: ['request', 'target', 'id'] })] };
      return { chosen: texts.filter((text) => text.author === role), findings: [] };
    }
    case 'evaluation':
    case 'zienswijze':
    case 'nextConversation':
      return named(texts, target.kind, target.kind);
    case 'agreement':
    case 'goal':
    case 'ambition':
    case 'need':
      return named(texts, `${target.kind === 'need' ? 'goal' : target.kind}:${target.id}`, target.kind);
    default:
      return { chosen: none, findings: [unknown(target.kind)] };
  }
}

function unknown(text: Exclude<RedactTarget['kind'], 'person' | 'preparation' | 'notes' | 'everything'>): Finding {
  return finding.error('privacy.redact.unknownText', { path: ['request', 'target'], params: { text } });
}

function named(
  texts: readonly PlanText[],
  belongs: string,
  kind: 'agreement' | 'goal' | 'ambition' | 'need' | 'evaluation' | 'zienswijze' | 'nextConversation',
): { chosen: readonly PlanText[]; findings: Finding[] } {
  const chosen = texts.filter((text) => text.belongs?.includes(belongs));
  // Something of the plan itself must carry it; history titles alone mean it is no longer in the plan.
  const present = chosen.some((text) => text.sort !== 'history');
  return present ? { chosen, findings: [] } : { chosen: none, findings: [unknown(kind)] };
}

/** The digest a tombstone carries for a text the content hash covers (the leaf of docs/plan.md). */
function leafDigest(text: string): string {
  return sha256Hex(`pop-leaf-1\n${canonicalJson(text)}`);
}

/** Erases free texts from a plan (see `redact`). */
export function redactPlan(plan: DevelopmentPlan, request: RedactRequest): Result<DevelopmentPlan> {
  const read = validatePlan(plan, ['plan']);
  if (!read.ok) return read;
  const current = read.value;
  const texts = planTexts(current);
  const { chosen, findings } = select(current, texts, request.target);
  if (findings.some((f) => f.severity === 'error')) return fail(findings);
  const next = JSON.parse(JSON.stringify(current)) as DevelopmentPlan & Record<string, unknown>;
  const mark = markOf(request);
  const added: PlanErasure[] = [];
  for (const text of chosen) {
    const value = valueAt(current, text.path);
    if (!erasable(value)) continue;
    const parent = valueAt(next, text.path.slice(0, -1)) as Record<string | number, unknown>;
    parent[text.path[text.path.length - 1] as string | number] = erasedText;
    added.push({
      version: current.version,
      path: [...text.path],
      ...(text.hashed ? { digest: leafDigest(value) } : {}),
      ...mark,
    });
  }
  if (added.length === 0) return ok(current, [...findings, finding.info('privacy.redact.nothingToErase')]);
  const checked = validatePlan({ ...next, erasures: [...(current.erasures ?? []), ...added] }, ['plan']);
  if (!checked.ok) return checked;
  return ok(checked.value, [...findings, finding.info('privacy.redact.erased', { params: { count: added.length } })]);
}
