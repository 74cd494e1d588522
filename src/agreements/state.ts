// What the parts of one agreement check share: the agreement as far as it could be read, its
// context, the day it is checked on, and small helpers for verdicts and evidence.
import type * as z from 'zod/mini';
import type { CalendarDate, Finding } from '../core/index.js';
import type { Agreement, CriterionStatus, CriterionVerdict, EvidenceSpan, GoalTextAnalysis } from './types.js';
import type { agreementCheckContextSchema } from './schema.js';

/** The check's context after validation (defaults filled in). */
export type Context = z.output<typeof agreementCheckContextSchema>;

/** The fields of an agreement that can still be judged when others are invalid. */
export type Readable = { [K in keyof Agreement]?: Agreement[K] };

/** One check in progress: what every rule reads, and the findings they add (in rule order). */
export interface CheckState {
  readonly input: unknown;
  readonly agreement: Readable;
  /** Did the whole agreement validate? */
  readonly parsed: boolean;
  readonly context: Context | undefined;
  readonly today: CalendarDate | undefined;
  /** Is the agreement still open (a closed one is not held to dates and acceptance)? */
  readonly open: boolean;
  /** The severity of a SMART shortfall: an error when the context is strict. */
  readonly shortfall: 'error' | 'warning';
  readonly what: string;
  /** `measure`, trimmed (empty when absent). */
  readonly measure: string;
  /** The text analysis of `what`, when there is a `what`. */
  readonly analysis: GoalTextAnalysis | undefined;
  readonly findings: Finding[];
}

export function verdict(status: CriterionStatus, evidence: readonly string[]): CriterionVerdict {
  return { status, evidence: [...evidence] };
}

export function quoteSpans(field: string, spans: readonly EvidenceSpan[]): string[] {
  const seen: string[] = [];
  for (const span of spans) {
    const entry = `${field}: "${span.text}"`;
    if (!seen.includes(entry)) seen.push(entry);
  }
  return seen;
}

export function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

export function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * Small memo for the calendar helpers and Intl look-ups a check repeats with the same arguments
 * (a plan checks many agreements at one `now`); pure functions, so caching cannot change answers.
 */
export function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= 256) cache.clear();
  cache.set(key, value);
  return value;
}
export const todayCache = new Map<string, CalendarDate>();
export const horizonCache = new Map<string, CalendarDate>();
export const digitsCache = new Map<string, number>();
