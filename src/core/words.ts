/**
 * A word or a punctuation mark of a text, with where it stands. `lower` is the lower-case form
 * with typographic apostrophes made plain, so lexicon lookups need not care how it was typed.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // The analyzer reads "t/m", "e-learning" and "m'n" as one word each.
 * analyzeGoalText("'k rond m'n e-learning af t/m week 26", { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export interface WordToken {
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A word (letters or digits); otherwise one punctuation character. */
  readonly word: boolean;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
/** A combining mark that NFC could not fold into its letter still belongs to that letter's word. */
const mark = /\p{M}/u;
const digit = /\p{N}/u;
const connectors: ReadonlySet<string> = new Set(["'", '’', '-', '/', '.', '&', ',']);
/** Emoji, their skin tones and joiners ("👍", "💪🏽"): they dress a message, they say nothing a reader of words reads. */
const pictograph = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/u;

/**
 * Splits a text into words and punctuation by a hand-written scan, so the cost is one pass
 * whatever the text: a word is letters and digits, joined by an apostrophe, hyphen, slash, full
 * stop or ampersand only when a letter or digit follows ("e-learning", "t/m", "a.s", "m'n"), by a
 * comma only between digits ("1,5"); a leading apostrophe belongs to the word ("'k", "'t"). Blanks
 * separate and are dropped, and so are emoji; every other character is a token of its own.
 *
 * @internal
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Kun je vertellen hoe het ging?', 'nl'); // true
 * ```
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
      at++;
      continue;
    }
    const code = text.codePointAt(at) as number;
    if (code > 0x7f && pictograph.test(String.fromCodePoint(code))) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const apostrophe =
      (char === "'" || char === '’') && letterOrDigit.test(text[at + 1] ?? '') && (at === 0 || /\s/u.test(text[at - 1] ?? ' '));
    if (!letterOrDigit.test(char) && !apostrophe) {
      tokens.push({ index: tokens.length, text: char, lower: char, start: at, end: at + 1, word: false });
      at++;
      continue;
    }
    const start = at;
    at++;
    while (at < text.length) {
      const next = text[at] as string;
      if (letterOrDigit.test(next) || mark.test(next)) {
        at++;
        continue;
      }
      const joins =
        connectors.has(next) &&
        letterOrDigit.test(text[at + 1] ?? '') &&
        (next !== ',' || (digit.test(text[at - 1] ?? '') && digit.test(text[at + 1] ?? '')));
      if (!joins) break;
      at += 2;
    }
    const value = text.slice(start, at);
    tokens.push({ index: tokens.length, text: value, lower: value.toLowerCase().replace(/’/gu, "'"), start, end: at, word: true });
  }
  return tokens;
}
