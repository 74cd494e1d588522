// Patterns: lexicon templates compiled to regular expressions, and the linear scan that runs them.
import { foldCase } from '../../core/index.js';
import type { RuleGate } from './gate.js';
import { opens, wordsOf } from './gate.js';
import type { Template } from './types.js';

/**
 * The letters and digits a pattern can see: those of the Latin script up to U+024F (ASCII, Latin-1,
 * Latin Extended A and B). `matchable` stands every other letter or digit in for `ª` (one of these),
 * so a class of these reads a matchable text exactly as `[\\p{L}\\p{N}]` reads the text itself. It is
 * spelled out because V8 compiles a Unicode property class into a table of hundreds of ranges for
 * every pattern that holds one: about 0.25 ms each, and the lexicons have over 600 of them, paid on
 * a fresh process's first goal.
 */
export const latinLettersAndDigits =
  '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';

/** Letters or digits may not touch a match on either side (\b is ASCII-only and breaks on vóór). */
export const before = `(?<![${latinLettersAndDigits}_])`;
export const after = `(?![${latinLettersAndDigits}_])`;

/** What `matchable` puts for a letter or digit beyond U+024F: a letter of the class above that no lexicon entry holds. */
export const standIn = 'ª';

const beyondLatin = /[^\0-\u024f]/u;
const letterOrDigitBeyondLatin = /(?![\0-\u024f])[\p{L}\p{N}]/gu;

/**
 * The text as the patterns read it: every letter or digit beyond U+024F (Greek, Cyrillic, CJK, an
 * astral letter) becomes `standIn`, once per UTF-16 unit, so every offset stays where it was. The
 * lexicons' entries are Latin (the lexicon tests check), so no entry can match such a letter; what
 * matters is only that it is a letter, and `standIn` is one.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // "juniΩ" is one word, so no date: the Greek letter touches the month as any letter would.
 * analyzeGoalText('Ik rond het af voor 1 juniΩ', { locale: 'nl' }).timeBound.status; // 'unmet'
 * ```
 */
export function matchable(text: string): string {
  if (!beyondLatin.test(text)) return text;
  return text.replace(letterOrDigitBeyondLatin, (char) => standIn.repeat(char.length));
}

/** Built-in shapes a template may use as `{#name}`: each is bounded or linear on its own. */
export const primitives: Readonly<Record<string, string>> = Object.freeze({
  day: '\\d{1,2}',
  year: '(?:19|20)\\d{2}',
  /** A year of plans (2020 to 2099): after "over" a round number such as 2000 is an amount. */
  planYear: '20[2-9]\\d',
  int: '\\d{1,4}',
  number: '\\d+(?:[.,]\\d+)?',
  money: '[€$£] ?\\d+(?:[.,]\\d+)?(?:[.,]\\d+)?k?',
  percent: '\\d+(?:[.,]\\d+)? ?%',
  iso: '\\d{4}-\\d{2}-\\d{2}',
  dmy: '\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})',
  dm: '\\d{1,2}[-/]\\d{1,2}',
  quarter: '[qQ][1-4]',
  word: `[${latinLettersAndDigits}][${latinLettersAndDigits}'’-]*`,
  level: '[abcABC][12]',
  time: '\\d{1,2}(?:[:.]\\d{2})?',
  /** Any one word with its punctuation ("'voldoende'"): only ever optional and a few in a row. */
  any: '[^ \\n]+',
});

/** Escapes a literal for use inside a RegExp. */
export function escapeLiteral(text: string): string {
  // Only syntax characters: in Unicode mode an escaped "-" or "'" is itself a syntax error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A literal as a pattern holds it: in folded case (see `foldCase`), escaped. `scan` runs the
 * patterns without the `i` flag on the folded text, which finds what `iu` finds in the text as
 * written (foldCase keeps every offset); the patterns still read the same with `iu`.
 */
function literal(text: string): string {
  return escapeLiteral(foldCase(text));
}

/** An alternation of literals, longest first so that "binnen een half jaar" wins over "binnen een". */
export function alternation(entries: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map(literal).join('|')})`;
}

/**
 * An alternation of entries where an exception phrase that begins with an entry ("degree of")
 * becomes a negative lookahead after it, and one that ends with it ("scrum master") a negative
 * lookbehind before it: fixed words only, so the lookarounds are bounded.
 */
export function guardedAlternation(entries: readonly string[], except: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted
    .map((entry) => {
      const ahead = except
        .filter((phrase) => phrase.startsWith(`${entry} `))
        .map((phrase) => `(?! ${literal(phrase.slice(entry.length + 1))}${after})`);
      const behind = except
        .filter((phrase) => phrase.endsWith(` ${entry}`))
        .map((phrase) => `(?<!${literal(phrase.slice(0, -entry.length))})`);
      return `${behind.join('')}${literal(entry)}${ahead.join('')}`;
    })
    .join('|')})`;
}

/**
 * The alternation of each slot, made once per compile of a lexicon: a slot (the months with their
 * slips: 368 entries) is read by many templates.
 */
export type SlotSources = Map<readonly string[], string>;

/** The RegExp source of one piece: `{slot}`, `{#primitive}`, or literal words with `|` alternatives. */
export function piece(
  body: string,
  slots: Readonly<Record<string, readonly string[]>>,
  template: string,
  sources: SlotSources = new Map(),
): string {
  if (body.startsWith('{') && body.endsWith('}')) {
    const name = body.slice(1, -1);
    if (name.startsWith('#')) {
      const primitive = primitives[name.slice(1)];
      if (primitive === undefined) throw new Error(`template "${template}": unknown primitive ${name}`);
      return `(?:${primitive})`;
    }
    const entries = slots[name];
    if (entries === undefined || entries.length === 0) throw new Error(`template "${template}": unknown slot ${name}`);
    const known = sources.get(entries);
    if (known !== undefined) return known;
    const source = alternation(entries);
    sources.set(entries, source);
    return source;
  }
  return alternation(body.split('|'));
}

/**
 * One space-separated part of a template: pieces glued together (`{#day}{ordinal?}`, `{edge}-{month}`),
 * each `{...?}` piece optional on its own; a `?` after the whole part makes the part optional.
 */
export function part(
  token: string,
  slots: Readonly<Record<string, readonly string[]>>,
  template: string,
  sources: SlotSources = new Map(),
): { source: string; optional: boolean } {
  // "{#year?}" alone is an optional part; "{#day}{ordinal?}" is a part with an optional piece.
  const single = /^\{[^{}]*\?\}$/u.test(token);
  const optional = single || (token.endsWith('?') && token.length > 1);
  const body = single ? `{${token.slice(1, -2)}}` : optional ? token.slice(0, -1) : token;
  let source = '';
  let at = 0;
  while (at < body.length) {
    if (body[at] === '{') {
      const close = body.indexOf('}', at);
      if (close < 0) throw new Error(`template "${template}": unclosed brace`);
      const inner = body.slice(at + 1, close);
      const pieceOptional = inner.endsWith('?');
      const compiled = piece(`{${pieceOptional ? inner.slice(0, -1) : inner}}`, slots, template, sources);
      source += pieceOptional ? `${compiled}?` : compiled;
      at = close + 1;
    } else {
      const next = body.indexOf('{', at);
      const literal = body.slice(at, next < 0 ? body.length : next);
      source += piece(literal, slots, template, sources);
      at += literal.length;
    }
  }
  return { source, optional };
}

/**
 * Compiles a template into the source of a whole-word RegExp with its literals in folded case (it
 * reads a folded text, or any text with the `iu` flags): optional parts
 * before the first required one carry their space after them, later ones before them, so a match
 * never starts or ends with a blank.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Binnen drie maanden rond ik het af', { locale: 'nl' }).timeBound.evidence[0]?.text; // 'Binnen drie maanden'
 * ```
 */
export function compileTemplate(
  template: Pick<Template, 'pattern'>,
  slots: Readonly<Record<string, readonly string[]>>,
  sources: SlotSources = new Map(),
): string {
  const parts = template.pattern.split(' ').map((token) => part(token, slots, template.pattern, sources));
  const first = parts.findIndex((candidate) => !candidate.optional);
  if (first < 0) throw new Error(`template "${template.pattern}" has no required part`);
  let source = '';
  parts.forEach((candidate, index) => {
    if (index < first) source += `(?:${candidate.source} )?`;
    else if (index === first) source += candidate.source;
    else source += candidate.optional ? `(?: ${candidate.source})?` : ` ${candidate.source}`;
  });
  return `${before}${source}${after}`;
}

/**
 * A compiled phrase rule: its id, RegExp source and the gate a text must pass before `scan` builds
 * and runs the RegExp (see gate.ts; a rule without a gate always runs).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond het af voor 1 juni', { locale: 'nl' }).timeBound.evidence[0]?.rule; // 'calendar.dayMonth'
 * ```
 */
export interface CompiledRule {
  readonly id: string;
  readonly source: string;
  readonly gate?: RuleGate;
}

/**
 * A match of a phrase rule in the text.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Swim twice a week', { locale: 'en' }).measurable.evidence[0]?.rule; // 'frequency.onceTwice'
 * ```
 */
export interface RuleMatch {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** At most this many RegExps are kept: the lexicons have about 300 rules. */
const memoLimit = 1024;

/**
 * The RegExp of each rule source, built once. A bounded memo of values that are never changed: a
 * memoised RegExp is only ever used through `String.prototype.matchAll`, which runs a clone of it
 * (the spec's `RegExp.prototype[Symbol.matchAll]` copies the RegExp and its `lastIndex`), so the
 * `g` RegExp here never has its `lastIndex` moved and no state is shared between calls. Nothing
 * outside this file can reach it.
 */
const memo = new Map<string, RegExp>();

const blankSubject = ' '.repeat(1000);

function patternOf(source: string): RegExp {
  const known = memo.get(source);
  if (known !== undefined) return known;
  // No `i`: the text is folded instead, which halves what V8 spends compiling a pattern.
  const pattern = new RegExp(source, 'gu');
  // V8 runs a new RegExp in its bytecode interpreter first and compiles it to machine code on the
  // next run, unless the first subject is long (1,000 characters or more): then it compiles to
  // machine code at once. For the lexicons' patterns the bytecode costs about four times what the
  // machine code does, so a first run on a blank subject of that length saves most of what a fresh
  // process pays on its first goal. It matches nothing (every pattern needs a letter or digit).
  pattern.exec(blankSubject);
  pattern.lastIndex = 0;
  if (memo.size < memoLimit) memo.set(source, pattern);
  return pattern;
}

/**
 * The folded case of the last few texts scanned: the reader scans one text once per rule group, and
 * folding a long text each time would cost more than the gates save. Strings are immutable values.
 */
const folds: string[] = [];
const foldLimit = 4;

function folded(text: string): string {
  for (let at = 0; at < folds.length; at += 2) if (folds[at] === text) return folds[at + 1] as string;
  const value = matchable(foldCase(text));
  if (folds.length >= foldLimit * 2) folds.splice(0, 2);
  folds.push(text, value);
  return value;
}

/**
 * How to scan: `gates: false` runs every rule, whether the text passes its gate or not, and
 * `fold: false` runs each pattern case-insensitively (`giu`) on the text as written instead of
 * case-sensitively on its folded form. The tests compare the ways; the answer is the same.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Lees 12 boeken', { locale: 'nl' }).measurable.status; // 'met'
 * ```
 */
export interface ScanOptions {
  readonly gates?: boolean;
  readonly fold?: boolean;
}

/**
 * Every match of the rules in the text: each rule whose gate the text passes runs its RegExp on the
 * folded text (through `matchAll`, on a copy, so no `lastIndex` is shared).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Lees 12 boeken', { locale: 'nl' }).measurable.evidence[0]?.text; // '12 boeken'
 * ```
 */
export function scan(rules: readonly CompiledRule[], text: string, options: ScanOptions = {}): RuleMatch[] {
  const found: RuleMatch[] = [];
  const lower = folded(text);
  // The text's words, taken once for every gate of the scan (and only when a gate asks for them).
  let words: ReadonlySet<string> | undefined;
  const wordsOfText = (): ReadonlySet<string> => {
    words ??= wordsOf(lower);
    return words;
  };
  for (const rule of rules) {
    if (options.gates !== false && rule.gate !== undefined && !opens(rule.gate, lower, wordsOfText)) continue;
    // The folded text has the same offsets as the text, so a match's span is the same in both.
    const [subject, pattern] = options.fold === false ? [matchable(text), new RegExp(rule.source, 'giu')] : [lower, patternOf(rule.source)];
    for (const match of subject.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      found.push({ start: match.index, end: match.index + match[0].length, rule: rule.id });
    }
  }
  return found;
}
