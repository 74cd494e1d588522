// The trigger-word prefilter of the phrase rules. Building and first running a rule's RegExp is what
// a fresh process pays for (V8 compiles each pattern, Unicode case folding included, and compiles it
// again to machine code on its second run), so a scan only builds the rules whose words the text
// contains. The words are derived from the template itself, never listed by hand: every required
// piece of a template (a slot, literal alternatives, a primitive that needs a digit) puts one
// condition on the text, and a match can only exist where all of them hold. A gate is therefore a
// necessary condition and never changes a verdict; `test/agreements/lexicon/gate.test.ts` holds
// gated and ungated scans equal on random texts built from the lexicon's own words.
import { foldCase } from '../../core/index.js';

/**
 * What a text must contain before a rule can match it: an ASCII digit if `digit`, and for each list
 * of `literals` one of its entries (in folded case, see `foldCase`).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // "{#day} {month}" needs a digit and a month: this text has both, so the rule runs and finds them.
 * analyzeGoalText('Ik rond de cursus af voor 1 juni', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export interface RuleGate {
  readonly digit: boolean;
  readonly literals: readonly (readonly string[])[];
}

/**
 * What each primitive (see `primitives` in patterns.ts) needs: all but `word` and `any` an ASCII
 * digit, some also one of a few characters (a currency sign, `%`, a date separator, the q of Q2).
 */
const primitiveNeeds: Readonly<Record<string, readonly string[] | null>> = Object.freeze({
  day: null,
  year: null,
  int: null,
  number: null,
  time: null,
  level: null,
  money: ['€', '$', '£'],
  percent: ['%'],
  iso: ['-'],
  dmy: ['-', '/', '.'],
  dm: ['-', '/'],
  quarter: ['q'],
});

/**
 * Drops an entry that contains a shorter entry of the same list: where the longer one occurs the
 * shorter one does too, so the shorter alone is the same condition ("jan" for "jan" and "jan.").
 */
function minimal(entries: readonly string[]): string[] {
  const folded = [...new Set(entries.map(foldCase))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const entry of folded) if (!kept.some((shorter) => entry.includes(shorter))) kept.push(entry);
  return kept;
}

/** The conditions one required token of a template puts on the text (see `part` in patterns.ts). */
function tokenConditions(
  token: string,
  slots: Readonly<Record<string, readonly string[]>>,
): { digit: boolean; literals: (readonly string[])[] } {
  const conditions = { digit: false, literals: [] as (readonly string[])[] };
  const literal = (entries: readonly string[] | undefined): void => {
    // An empty alternative ("a|", an empty slot entry) lets the piece match nothing: no condition.
    if (entries === undefined || entries.length === 0 || entries.some((entry) => entry === '')) return;
    conditions.literals.push(minimal(entries));
  };
  let at = 0;
  while (at < token.length) {
    if (token[at] === '{') {
      const close = token.indexOf('}', at);
      if (close < 0) return { digit: false, literals: [] };
      const inner = token.slice(at + 1, close);
      at = close + 1;
      if (inner.endsWith('?')) continue;
      if (inner.startsWith('#')) {
        const name = inner.slice(1);
        const needs = Object.hasOwn(primitiveNeeds, name) ? primitiveNeeds[name] : undefined;
        if (needs === undefined) continue;
        conditions.digit = true;
        if (needs !== null) literal(needs);
      } else literal(slots[inner]);
    } else {
      const next = token.indexOf('{', at);
      const text = token.slice(at, next < 0 ? token.length : next);
      literal(text.split('|'));
      at += text.length;
    }
  }
  return conditions;
}

/**
 * The gate of a template: the conditions of its required parts (optional parts and optional pieces
 * put none). Undefined when the template requires nothing the text could be checked for.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // No digit and no month in the text: the date rules are never built for it.
 * analyzeGoalText('Ik wil beter leren plannen', { locale: 'nl' }).timeBound.status; // 'unmet'
 * ```
 */
export function gateOf(pattern: string, slots: Readonly<Record<string, readonly string[]>>): RuleGate | undefined {
  let digit = false;
  const literals: (readonly string[])[] = [];
  for (const token of pattern.split(' ')) {
    // The same reading of optional parts as `part` in patterns.ts: "{x?}" alone, or a trailing "?".
    const optional = /^\{[^{}]*\?\}$/u.test(token) || (token.endsWith('?') && !token.endsWith('?}') && token.length > 1);
    if (optional) continue;
    const conditions = tokenConditions(token, slots);
    digit ||= conditions.digit;
    literals.push(...conditions.literals);
  }
  if (!digit && literals.length === 0) return undefined;
  // Rarest first, as far as the entries' length tells: a failing condition ends the check early.
  literals.sort((a, b) => Math.min(...b.map((entry) => entry.length)) - Math.min(...a.map((entry) => entry.length)));
  return Object.freeze({ digit, literals: Object.freeze(literals.map((list) => Object.freeze(list))) });
}

/** The gate of a plain alternation of entries (a scope rule): one of them must occur. */
export function gateOfEntries(entries: readonly string[]): RuleGate | undefined {
  if (entries.length === 0 || entries.some((entry) => entry === '')) return undefined;
  return Object.freeze({ digit: false, literals: Object.freeze([Object.freeze(minimal(entries))]) });
}

/** Whether a text (already in folded case) passes a gate. */
export function opens(gate: RuleGate, folded: string): boolean {
  if (gate.digit && !/\d/u.test(folded)) return false;
  return gate.literals.every((list) => list.some((entry) => folded.includes(entry)));
}
