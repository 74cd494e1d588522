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
 * One of `entries` (in folded case, see `foldCase`) must occur in the text; as a whole word if
 * `whole` (no letter, digit or `_` on either side), which holds for a piece that is a whole part of
 * its template: parts are apart by a space, and the template's ends are guarded the same way.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // "juni" inside "junior" is no month: the month rules stay closed on this text.
 * analyzeGoalText('Ik begeleid de junior collega', { locale: 'nl' }).timeBound.status; // 'unmet'
 * ```
 */
export interface LiteralCondition {
  readonly entries: readonly string[];
  readonly whole: boolean;
}

/**
 * What a text must contain before a rule can match it: an ASCII digit if `digit`, and each of the
 * `literals` conditions.
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
  readonly literals: readonly LiteralCondition[];
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

const wordChar = /^[\p{L}\p{N}_]$/u;

/** Whether the code point that ends just before `at` is a letter, digit or `_`. */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return wordChar.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/** Whether the code point that starts at `at` is a letter, digit or `_`. */
function wordAt(text: string, at: number): boolean {
  return at < text.length && wordChar.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/**
 * The words of the last few texts whose gates were read: a text passes the gates of every rule group,
 * and looking a one-word entry up is one step, where finding it as a whole word means visiting every
 * place it stands inside another ("he" in each "the"). A memo bounded like the folded texts, of
 * frozen sets.
 */
const wordSets: { readonly text: string; readonly words: ReadonlySet<string> }[] = [];
const wordSetLimit = 4;

/** The words of a folded text, from the memo above (a scan takes them once for all its gates). */
export function wordsOf(text: string): ReadonlySet<string> {
  const known = wordSets.find((entry) => entry.text === text);
  if (known !== undefined) return known.words;
  const words = new Set(text.match(/[\p{L}\p{N}_]+/gu) ?? []);
  if (wordSets.length >= wordSetLimit) wordSets.shift();
  wordSets.push({ text, words });
  return words;
}

const oneWord = /^[\p{L}\p{N}_]+$/u;

/** Whether `entry` occurs in `text`, as a whole word if `whole`. */
function occurs(text: string, entry: string, whole: boolean): boolean {
  if (!whole) return text.includes(entry);
  for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1))
    if (!wordBefore(text, at) && !wordAt(text, at + entry.length)) return true;
  return false;
}

/**
 * Drops an entry in which a shorter entry of the same list occurs (as a whole word if `whole`):
 * where the longer one occurs the shorter one does too, so the shorter alone is the same condition
 * ("jan" for "jan" and "jan.", "in" for "in" and "in het"; not "per" for "perspectief" as words).
 */
function minimal(entries: readonly string[], whole: boolean): LiteralCondition {
  // A slot serves many templates ("month" a score of them): its condition is derived once. A memo
  // bounded by the lexicon's own slot lists (its keys), of frozen values.
  const memo = whole ? wholeWordMemo : substringMemo;
  const known = memo.get(entries);
  if (known !== undefined) return known;
  const condition = minimalOf(entries, whole);
  memo.set(entries, condition);
  return condition;
}

const substringMemo = new WeakMap<readonly string[], LiteralCondition>();
const wholeWordMemo = new WeakMap<readonly string[], LiteralCondition>();

function minimalOf(entries: readonly string[], whole: boolean): LiteralCondition {
  const folded = [...new Set(entries.map(foldCase))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const entry of folded) if (!kept.some((shorter) => occurs(entry, shorter, whole))) kept.push(entry);
  return Object.freeze({ entries: Object.freeze(kept), whole });
}

/** The conditions one required token of a template puts on the text (see `part` in patterns.ts). */
function tokenConditions(
  token: string,
  slots: Readonly<Record<string, readonly string[]>>,
): { digit: boolean; literals: LiteralCondition[] } {
  const conditions = { digit: false, literals: [] as LiteralCondition[] };
  // A piece that is the whole token ("{month}", "keer|maal") stands between blanks or guards.
  const whole = !token.slice(1).includes('{') && (token.startsWith('{') ? token.endsWith('}') : !token.includes('{'));
  const literal = (entries: readonly string[] | undefined): void => {
    // An empty alternative ("a|", an empty slot entry) lets the piece match nothing: no condition.
    if (entries === undefined || entries.length === 0 || entries.some((entry) => entry === '')) return;
    conditions.literals.push(minimal(entries, whole));
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
        if (needs !== null) conditions.literals.push(minimal(needs, false));
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
  const literals: LiteralCondition[] = [];
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
  // Entries are sorted shortest first, so the first one is the shortest.
  literals.sort((a, b) => (b.entries[0]?.length ?? 0) - (a.entries[0]?.length ?? 0));
  return Object.freeze({ digit, literals: Object.freeze(literals) });
}

/** The gate of a whole-word alternation of entries (a scope rule): one of them must occur, as a word. */
export function gateOfEntries(entries: readonly string[]): RuleGate | undefined {
  if (entries.length === 0 || entries.some((entry) => entry === '')) return undefined;
  return Object.freeze({ digit: false, literals: Object.freeze([minimal(entries, true)]) });
}

/** Whether a text (already in folded case) passes a gate. */
export function opens(gate: RuleGate, folded: string, words: () => ReadonlySet<string> = () => wordsOf(folded)): boolean {
  if (gate.digit && !/\d/u.test(folded)) return false;
  return gate.literals.every((condition) => {
    const { oneWords, others } = splitOf(condition);
    if (oneWords.length > 0) {
      const set = words();
      if (oneWords.some((entry) => set.has(entry))) return true;
    }
    return others.some((entry) => occurs(folded, entry, condition.whole));
  });
}

/**
 * A condition's whole one-word entries (looked up in the text's words) apart from the rest (found
 * in the text), told apart once per condition: conditions are frozen and built with the lexicon, so
 * a memo keyed by them holds values that never change.
 */
function splitOf(condition: LiteralCondition): { readonly oneWords: readonly string[]; readonly others: readonly string[] } {
  const known = splits.get(condition);
  if (known !== undefined) return known;
  const oneWords = condition.whole ? condition.entries.filter((entry) => oneWord.test(entry)) : [];
  const split = Object.freeze({ oneWords, others: condition.entries.filter((entry) => !oneWords.includes(entry)) });
  splits.set(condition, split);
  return split;
}

const splits = new WeakMap<LiteralCondition, { readonly oneWords: readonly string[]; readonly others: readonly string[] }>();
