// Tables of the goal reader (rule priority, weights of the specific-score, verb classes) and the spans it keeps.
import type { RuleGroups, VerbClass } from '../lexicon/index.js';

/**
 * Texts longer than this are read only up to here: an agreement is a sentence or two, and the cap
 * keeps the analysis linear and fast whatever a caller pastes in.
 */
export const maxAnalyzedLength = 5_000;

/** A span of the plain text, with the rule that found it. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

// ---------------------------------------------------------------------------------------------
// Tables: the order in which phrase rules claim the text, and the weights of the specific-score.
// ---------------------------------------------------------------------------------------------

/**
 * Rule priority: a group claims its spans before the groups after it, and a later group never
 * reads a span an earlier one claimed (longest match first within a group). A start date is read
 * before dates so "vanaf 1 september" is not taken for a deadline; an identifier ("hal 3") before
 * counts so its number counts nothing; a feeling ("40% calmer") before quantities so its number is
 * no measure.
 */
export const rulePriority: readonly { readonly group: keyof RuleGroups; readonly after: readonly (keyof RuleGroups)[] }[] = [
  { group: 'start', after: [] },
  { group: 'deadline', after: ['start'] },
  { group: 'vagueTime', after: ['start', 'deadline'] },
  { group: 'identifier', after: ['start', 'deadline'] },
  { group: 'feeling', after: ['start', 'deadline'] },
  { group: 'frequency', after: ['start', 'deadline', 'identifier', 'feeling'] },
  { group: 'quantity', after: ['start', 'deadline', 'vagueTime', 'identifier', 'feeling', 'frequency'] },
  { group: 'outcome', after: ['start', 'deadline'] },
  { group: 'vagueQuantity', after: ['start', 'deadline', 'vagueTime', 'frequency', 'outcome'] },
  { group: 'vagueFrame', after: ['start', 'deadline'] },
  { group: 'placeholder', after: ['start', 'deadline'] },
  { group: 'hedge', after: ['start', 'deadline', 'vagueTime'] },
  { group: 'vagueObject', after: ['start', 'deadline'] },
  { group: 'notDeficit', after: ['start', 'deadline'] },
  { group: 'deficit', after: ['start', 'deadline', 'notDeficit'] },
];

/**
 * The weights of the specific-score. A goal is specific when its score reaches `specificThreshold`:
 * one concrete action with its object does, and so does a target on a named indicator or a named
 * thing (a course, a tool) next to an action; a vague verb or placeholder as the main action pulls
 * it back down, unless a concrete action in a method clause ("by finishing the Excel course") or a
 * target carries it.
 */
export const specificWeights = {
  /** A concrete action with its object: write the report, lead a session, attend the Revit course. */
  action: 3,
  /** A target on a named indicator: the number of complaints falls to 5 a month. */
  target: 3,
  /** A concrete action in a purpose clause: "make more time to onboard new colleagues". */
  purposeAction: 2,
  /** A name (a tool, a course, a client): counted up to `nameCap` times. */
  name: 1,
  /** A vague verb or frame as the main action: improve, work on, do something with. Counted up to twice. */
  vague: -2,
  /** A placeholder action: het oppakken, take care of it. */
  placeholder: -3,
  /** A vague object as the only object: something, things. */
  vagueObject: -2,
} as const;
export const nameCap = 2;
export const vagueCap = 2;
export const specificThreshold = 2;

/** Verb classes that make a concrete action when they have a concrete object. */
export const actionClasses: ReadonlySet<VerbClass | 'unknown'> = new Set([
  'produce',
  'event',
  'pass',
  'attend',
  'learn',
  'activity',
  'unknown',
]);
/** Verb classes whose action with a concrete object is itself an observable result. */
export const resultClasses: ReadonlySet<VerbClass | 'unknown'> = new Set(['produce', 'event']);
/** When a form could be several verbs, the more telling class wins. */
export const classOrder: readonly (VerbClass | 'unknown')[] = [
  'pass',
  'produce',
  'event',
  'change',
  'attend',
  'learn',
  'activity',
  'placeholder',
  'vague',
  'unknown',
  'light',
];

// ---------------------------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------------------------

/**
 * Keeps the longest non-overlapping spans, in text order, also excluding spans that overlap `taken`.
 * Occupancy is kept per character, so the cost is the total length of the spans, not their count
 * squared, whatever a caller pastes in.
 */
export function select(candidates: readonly Span[], taken: readonly Span[]): Span[] {
  if (candidates.length === 0) return [];
  let length = 0;
  for (const span of candidates) length = Math.max(length, span.end);
  const used = new Uint8Array(length);
  for (const span of taken) used.fill(1, Math.min(span.start, length), Math.min(span.end, length));
  const free = (span: Span): boolean => {
    for (let at = span.start; at < span.end; at++) if (used[at] === 1) return false;
    return true;
  };
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const span of sorted) {
    if (!free(span)) continue;
    used.fill(1, span.start, span.end);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Marks the characters a set of spans covers, for quick "is this token inside" questions. */
export function coverage(length: number, spans: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const span of spans) covered.fill(1, span.start, span.end);
  return covered;
}

/** The spans of every rule group, as the reading found them. */
export type Found = Record<keyof RuleGroups, Span[]>;
