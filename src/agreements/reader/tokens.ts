// Tokens of the goal reader, and how phrases and nouns of the lexicon are recognised among them.
import type { WordToken } from '../../core/index.js';
import { tokenizeWords } from '../../core/index.js';
import type { CompiledLexicon, Lookup, NounClass, PhraseClass } from '../lexicon/index.js';
import type { Span } from './tables.js';

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

export type Token = WordToken;

/** How many capital letters a word has (a loop: a pattern with ".*" would backtrack on a long word). */
export function capitals(word: string): number {
  let count = 0;
  for (const char of word) if (char !== char.toLowerCase() && char === char.toUpperCase()) count++;
  return count;
}

/** Words and punctuation of the plain text, by the shared linear scan. */
/**
 * The tokens of a text, without the full stop of an abbreviation ("i.p.v.", "5 mrt. de cijfers",
 * "ca. 20"): that stop ends no clause. A one-letter word ends its sentence unless the text goes on
 * in lower case ("plan B. Ik ..." is two sentences).
 */
export function tokenize(text: string, lex?: CompiledLexicon): Token[] {
  const tokens = tokenizeWords(text);
  if (lex === undefined) return tokens;
  const kept: Token[] = [];
  tokens.forEach((token, at) => {
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    const abbreviation =
      token.text === '.' &&
      previous !== undefined &&
      previous.word &&
      previous.end === token.start &&
      lex.words.abbreviations.get(previous.lower).some((phrase) => phrase.length === 1) &&
      (previous.lower.length >= 2 || (next !== undefined && next.word && /^[\p{Ll}\p{N}]/u.test(next.text))) &&
      !monthStop(lex, previous.lower, next?.text);
    if (!abbreviation) kept.push(kept.length === at ? token : { ...token, index: kept.length });
  });
  return kept;
}

/**
 * Does the full stop after `word` end a sentence although `word` is an abbreviation? Only after a
 * month ("by end of Oct. That way I ..."): a capital after it opens the next sentence, where a
 * year or a lower-case word goes on with the same one ("1 okt. 2027", "Oct. at the latest").
 */
export function monthStop(lex: CompiledLexicon, word: string, next: string | undefined): boolean {
  return next !== undefined && /^\p{Lu}/u.test(next) && lex.words.monthAbbreviations.get(word).some((phrase) => phrase.length === 1);
}

/** Where the phrases of a word class stand in the text, longest first at each word (one pass). */
export function phraseSpans(lex: CompiledLexicon, name: PhraseClass, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const length = phraseAt(lex, name, tokens, at);
    if (length === 0) continue;
    spans.push({ start: (tokens[at] as Token).start, end: (tokens[at + length - 1] as Token).end, rule: name });
    at += length - 1;
  }
  return spans;
}

/** The longest phrase of a word class that starts at token `at` (its length in tokens, 0 when none). */
export function phraseAt(lex: CompiledLexicon, name: PhraseClass, tokens: readonly Token[], at: number): number {
  return phraseIn(lex.words[name], tokens, at);
}

/** The longest phrase of a phrase lookup that starts at token `at` (its length in tokens, 0 when none). */
export function phraseIn(phrases: Lookup<readonly string[]>, tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first === undefined || !first.word) return 0;
  for (const phrase of phrases.get(first.lower)) {
    let fits = true;
    for (let k = 1; k < phrase.length; k++) {
      const token = tokens[at + k];
      if (token === undefined || token.lower !== phrase[k]) {
        fits = false;
        break;
      }
    }
    if (fits) return phrase.length;
  }
  return 0;
}

export function is(lex: CompiledLexicon, name: PhraseClass, token: Token | undefined): boolean {
  return token !== undefined && token.word && lex.words[name].get(token.lower).some((phrase) => phrase.length === 1);
}

/**
 * Is the token at `at` a word that the goal is finished, right before a deadline (*..., klaar voor 1
 * oktober*, done by end of October)? Then it finishes the goal before it: an outcome, no goal of its own.
 */
export function finishedByDeadline(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  deadlineStarts: ReadonlySet<number>,
  at: number,
): boolean {
  const next = tokens[at + 1];
  return next !== undefined && is(lex, 'completionMarks', tokens[at]) && deadlineStarts.has(next.start);
}

/** Noun classes whose words also name a compound by its last part. */
export const compoundClasses: readonly NounClass[] = ['credentials', 'vehicles', 'deliverables', 'indicators'];

/**
 * The noun class of each word already looked up, per compiled lexicon: the reader asks it of the same
 * word many times (every infinitive looks back at three words), and the compound search tries every
 * tail. A bounded memo of values that never change, emptied when full.
 */
const nounClasses = new WeakMap<CompiledLexicon, Map<string, NounClass | null>>();
const nounClassLimit = 4096;

/** Plural and compound-aware noun lookup: "checklists", "overdrachtschecklist", "cursussen", "analyses". */
export function nounClass(lex: CompiledLexicon, lower: string): NounClass | undefined {
  let memo = nounClasses.get(lex);
  if (memo === undefined) {
    memo = new Map();
    nounClasses.set(lex, memo);
  }
  const known = memo.get(lower);
  if (known !== undefined) return known ?? undefined;
  const found = nounClassOf(lex, lower);
  if (memo.size >= nounClassLimit) memo.clear();
  memo.set(lower, found ?? null);
  return found;
}

function nounClassOf(lex: CompiledLexicon, lower: string): NounClass | undefined {
  const order: readonly NounClass[] = ['credentials', 'vehicles', 'deliverables', 'indicators', 'feelings', 'abstract'];
  const candidates = [lower];
  if (lower.endsWith("'s")) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('s')) candidates.push(lower.slice(0, -1));
  if (lower.endsWith('es')) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('en')) {
    const stem = lower.slice(0, -2);
    candidates.push(stem, stem.replace(/(.)\1$/u, '$1'), `${stem.slice(0, -1)}${stem.at(-2) ?? ''}${stem.at(-1) ?? ''}`);
  }
  if (lower.endsWith('n')) candidates.push(lower.slice(0, -1));
  for (const name of order) {
    if (candidates.some((candidate) => lex.nouns[name].has(candidate))) return name;
  }
  // Dutch compounds: the last part decides (overdrachtschecklist, heftruckcertificaat, verbeterplan);
  // only for things, not for abstract words, whose short forms hide in too many words (aanbe-ding).
  if (lex.locale === 'nl') {
    for (const candidate of candidates) {
      for (let cut = Math.max(3, candidate.length - lex.longestNoun); cut <= candidate.length - 3; cut++) {
        const tail = candidate.slice(cut).replace(/^[-]/u, '');
        for (const name of compoundClasses) if (lex.nouns[name].has(tail)) return name;
      }
    }
  }
  return undefined;
}

/** Is this a Dutch compound (a prefix before a known noun)? Then it names its topic (heftruckcursus). */
export function isCompound(lex: CompiledLexicon, lower: string, name: NounClass): boolean {
  // "gesprekken": a plural with a doubled consonant is the word itself, no compound.
  const stem = lower.replace(/(?:en|s|'s)$/u, '');
  if (lex.nouns[name].has(lower) || lex.nouns[name].has(stem) || lex.nouns[name].has(stem.replace(/(.)\1$/u, '$1')))
    return lower.includes('-') && !lex.nouns[name].has(lower);
  return lex.locale === 'nl' || lower.includes('-');
}

/** The index of the first token that starts at or after a character offset, by binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, tokens.length - 1);
}
