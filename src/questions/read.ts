// Reading a question bank entry by entry: each valid question in its canonical form, each invalid
// one with findings in the bank's own words. Shared by validation, merging and selection.
import type { Finding, Locale, Ref } from '../core/index.js';
import { deepFreeze, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { maxQuestions } from './limits.js';
import { questionSchema } from './schema.js';
import type { Question } from './types.js';

/** One entry of a bank as read: the question when it is valid, and what is wrong with it. */
export interface ReadEntry {
  readonly index: number;
  readonly id: string;
  readonly ref: Ref;
  readonly question?: Question;
  /** Problems of the entry itself (shape, vocabulary, a repeated id), with paths from the bank. */
  readonly findings: readonly Finding[];
}

/** The outcome of reading a bank entry by entry. */
export interface ReadBank {
  readonly entries: readonly ReadEntry[];
  /** Findings about the bank as a whole (not a list, too large, unreadable). */
  readonly bankFindings: readonly Finding[];
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return 'unknown';
  }
}

function own(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function readsOwnId(entry: unknown): boolean {
  const id = own(entry, 'id');
  return typeof id === 'string' && id.trim() !== '';
}

function idOf(entry: unknown, index: number): string {
  const id = own(entry, 'id');
  return typeof id === 'string' && id.trim() !== '' ? id.trim().slice(0, 200) : `#${index}`;
}

/**
 * A reference to a question, titled by its text: in `preferred` when it has that, else in Dutch,
 * else in English; without a title when it has no text at all.
 */
export function questionRef(entry: unknown, id: string, preferred?: Locale): Ref {
  const text = own(entry, 'text');
  for (const locale of [preferred, 'nl', 'en'] as const) {
    const title = locale === undefined ? undefined : own(text, locale);
    if (typeof title === 'string' && title.trim() !== '') return { kind: 'question', id, title: title.trim() };
  }
  return { kind: 'question', id };
}

function valueAt(entry: unknown, path: readonly (string | number)[]): unknown {
  let current = entry;
  for (const key of path) current = own(current, String(key));
  return current;
}

/**
 * Turns the schema's generic findings into the bank's own words where the issue names them:
 * missing translations, unknown phases, topics and kinds.
 */
function specific(raw: Finding, entry: unknown, ref: Ref, index: number): Finding {
  const local = raw.path.slice(1);
  const [field, sub] = local;
  const position = index + 1;
  if (field === 'text' && (sub === 'nl' || sub === 'en') && local.length === 2) {
    if (raw.code === 'input.required' || raw.code.startsWith('input.too_small') || raw.code === 'input.invalid_type') {
      // `ref` already takes its title from the other language when this one is missing.
      return finding.error('question.translation.missing', { path: raw.path, params: { question: ref, position, locale: sub } });
    }
  }
  if (raw.code !== 'input.invalid_value') return raw;
  // A phase left out is missing, not unknown: the schema's own finding says which values it takes.
  const given = valueAt(entry, local);
  if (given === undefined) return raw;
  const value = String(given).slice(0, 200);
  if (field === 'phase' && local.length === 1) {
    return finding.error('question.phase.unknown', { path: raw.path, params: { question: ref, position, phase: value } });
  }
  if (field === 'topics' && local.length === 2) {
    return finding.error('question.topic.unknown', { path: raw.path, params: { question: ref, position, topic: value } });
  }
  if (field === 'kinds' && local.length === 2) {
    return finding.error('question.kind.unknown', { path: raw.path, params: { question: ref, position, kind: value } });
  }
  return raw;
}

/** The deepest a host's `meta` or `unrecognized` may nest; a cycle never ends, so it counts as deeper. */
const maxJsonDepth = 64;
const notJson = Symbol('notJson');

/**
 * A copy of a JSON value the host passed, so that freezing a result never freezes the host's own
 * objects; each shared part is copied once. `notJson` for a cycle or deeper nesting than allowed.
 */
function copyJson(value: unknown, ancestors = new Set<object>(), done = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (done.has(value)) return done.get(value);
  if (ancestors.has(value) || ancestors.size >= maxJsonDepth) return notJson;
  ancestors.add(value);
  const entries: [string, unknown][] = [];
  for (const [key, part] of Object.entries(value)) {
    const copied = copyJson(part, ancestors, done);
    if (copied === notJson) return notJson;
    entries.push([key, copied]);
  }
  ancestors.delete(value);
  const copy = Array.isArray(value) ? entries.map(([, part]) => part) : Object.fromEntries(entries);
  done.set(value, copy);
  return copy;
}

/**
 * The question in its canonical form: keys in one order, so equal questions are equal JSON, and
 * the host's own data copied. Findings instead when that data nests too deep (or in a cycle).
 */
function canonical(parsed: Question, index: number): { question?: Question; findings: Finding[] } {
  const meta = parsed.meta === undefined ? undefined : copyJson(parsed.meta);
  const unrecognized = parsed.unrecognized === undefined ? undefined : copyJson(parsed.unrecognized);
  const findings = (
    [
      ['meta', meta],
      ['unrecognized', unrecognized],
    ] as const
  )
    .filter(([, copy]) => copy === notJson)
    .map(([key]) => finding.error('input.tooDeep', { path: [index, key], params: { limit: maxJsonDepth } }));
  if (findings.length > 0) return { findings };
  const question: { -readonly [K in keyof Question]: Question[K] } = {
    schemaVersion: parsed.schemaVersion,
    id: parsed.id,
    text: { nl: parsed.text.nl, en: parsed.text.en },
    phase: parsed.phase,
    category: parsed.category,
    audience: parsed.audience,
    topics: [...parsed.topics],
    kinds: [...parsed.kinds],
  };
  if (meta !== undefined) question.meta = meta as Question['meta'];
  if (unrecognized !== undefined) question.unrecognized = unrecognized as Question['unrecognized'];
  return { question, findings };
}

/**
 * Banks read before, by the bank itself: only deeply frozen banks (which cannot change), each
 * remembered as long as the host keeps the bank, and the memo itself frozen. The built-in bank and
 * every merged or validated bank qualify, so selecting from them checks nothing twice.
 */
const readBefore = new WeakMap<readonly unknown[], ReadBank>();

/**
 * Is this value frozen all the way down (a host's `meta` may nest)? Each object is looked at once,
 * so shared or cyclic parts cost nothing extra; more than `budget` objects counts as not frozen.
 */
function frozenThrough(value: unknown, seen: Set<object>, budget = 1_000_000): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    if (!Object.isFrozen(next) || seen.size >= budget) return false;
    seen.add(next);
    for (const part of Object.values(next)) pending.push(part);
  }
  return true;
}

function deeplyFrozen(bank: readonly unknown[]): boolean {
  if (!Object.isFrozen(bank)) return false;
  const seen = new Set<object>();
  return bank.every((entry) => entry !== null && typeof entry === 'object' && frozenThrough(entry, seen));
}

function readEntry(entry: unknown, index: number, firstIndex: Map<string, number>): ReadEntry {
  const id = idOf(entry, index);
  const ref = questionRef(entry, id);
  const parsed = parseWith(questionSchema, entry, { path: [index] });
  const made = parsed.ok ? canonical(parsed.value, index) : { findings: parsed.findings.map((raw) => specific(raw, entry, ref, index)) };
  const findings: Finding[] = [...made.findings];
  // Only the stand-in for a missing id ("#3") is left out of the check: a host's own "#a" is an id like any other.
  if (readsOwnId(entry)) {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      const params = { question: ref, position: index + 1, id, firstPosition: first + 1 };
      findings.push(finding.error('question.id.duplicate', { path: [index, 'id'], params }));
    }
  }
  return made.question !== undefined ? { index, id, ref, question: made.question, findings } : { index, id, ref, findings };
}

function readAll(bank: readonly unknown[]): ReadBank {
  const firstIndex = new Map<string, number>();
  const entries: ReadEntry[] = [];
  bank.forEach((entry: unknown, index: number) => {
    entries.push(readEntry(entry, index, firstIndex));
  });
  return { entries, bankFindings: [] };
}

/**
 * Reads a bank entry by entry: each valid question parsed into its canonical form, each invalid
 * one with its findings, repeated ids marked on the later entries. Paths start at the bank (the
 * index of the entry first). Never throws.
 */
export function readBank(bank: unknown): ReadBank {
  try {
    if (!Array.isArray(bank)) return { entries: [], bankFindings: [finding.error('question.bank.notList')] };
    if (bank.length > maxQuestions) {
      const params = { size: bank.length, maximum: maxQuestions };
      return { entries: [], bankFindings: [finding.error('question.bank.tooLarge', { params })] };
    }
    // Frozen stays frozen: a bank that was frozen all the way down when remembered still is.
    const known = readBefore.get(bank);
    if (known !== undefined) return known;
    const remembered = deeplyFrozen(bank);
    const read = readAll(bank);
    if (remembered) readBefore.set(bank, deepFreeze(read));
    return read;
  } catch (error) {
    return { entries: [], bankFindings: [finding.error('question.bank.unreadable', { params: { detail: describe(error) } })] };
  }
}
