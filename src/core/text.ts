/**
 * Untrusted text is read once, at the boundary, into a plain form that every pattern behind it can
 * rely on: one space for any run of white space, one line break for a run that holds one, no
 * invisible format characters, and composed accents (NFC). Patterns that may assume "one space
 * between words" cannot backtrack over long runs of blanks, which is how a goal of 2,000 spaces once
 * took seconds. The offsets map every position of the plain text back to the caller's text, so
 * evidence is shown where the caller wrote it.
 */

/**
 * The plain form of a text and where each of its characters came from in the original.
 *
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // The analyzer reads the plain form and maps its evidence back to the text as written.
 * const text = 'Ik geef\u00a0voor  1 juni een presentatie';
 * const span = analyzeGoalText(text, { locale: 'nl' }).timeBound.evidence[0];
 * span?.text; // 'voor  1 juni' (two spaces, as written)
 * span?.start; // 8
 * ```
 */
export interface PlainText {
  readonly text: string;
  /** `starts[i]` is the index in the original text where plain character `i` begins. */
  readonly starts: readonly number[];
  /** `ends[i]` is the index in the original text just after plain character `i` (a blank stands for its whole run). */
  readonly ends: readonly number[];
}

/** More combining marks than this on one letter is not writing, and would make composing costly. */
const maxMarksPerLetter = 4;

/** Line breaks, including the Unicode line and paragraph separators. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** White space of every kind a keyboard, a word processor or a copy from the web may produce. */
function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    isLineBreak(code)
  );
}

/** Invisible format characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen). */
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;
}

const combiningMark = /^\p{M}$/u;

/**
 * Typographic apostrophes and quotation marks as the plain ones: a word processor writes "BHV’er"
 * and “Excel”, a keyboard "BHV'er" and "Excel", and a reader should see one word either way. One
 * character for one, so offsets stay as they are.
 */
function plainMark(code: number): string | undefined {
  if (code === 0x2019 || code === 0x2018 || code === 0x201b || code === 0x02bc || code === 0x2032) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033) return '"';
  return undefined;
}

/**
 * Whether a line break inside a sentence is only where a mail program or a narrow text box wrapped
 * the line: the writer starts sentences with a capital (the text's first letter is one), the line
 * before ends in a letter, digit or comma, and the next one goes on in lower case. Such a break
 * reads as a space; a break before a capital, a digit, a bullet or after a full stop stays a break
 * (a list, a heading, a new sentence).
 */
function isWrap(parts: readonly string[], input: string, next: number, capitalised: boolean): boolean {
  if (!capitalised) return false;
  const before = parts[parts.length - 1] ?? '';
  const after = input[next] ?? '';
  return /[\p{L}\p{N},]$/u.test(before) && /^\p{Ll}$/u.test(after);
}

/** Whether the text's first letter is a capital: then a lower-case line start continues a sentence. */
function startsCapitalised(input: string): boolean {
  const first = /\p{L}/u.exec(input.slice(0, 200));
  return first !== null && first[0] !== first[0].toLowerCase();
}

/**
 * Reads untrusted text into its plain form in one linear pass: white space collapsed (a run with a
 * line break becomes `\n`, any other run one space; a break where a line was only wrapped becomes a
 * space), invisible format characters dropped, typographic apostrophes and quotes made plain, each
 * letter with its combining marks composed (NFC, at most four marks kept), and the ends trimmed.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // Decomposed accents and tabs read as their plain form: "vóór 1 juni" is a deadline.
 * analyzeGoalText('Ik rond vo\u0301o\u0301r\t1 juni de cursus af', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function plainText(input: string): PlainText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  const length = input.length;
  const capitalised = startsCapitalised(input);
  while (index < length) {
    const code = input.charCodeAt(index);
    if (isBlank(code)) {
      const start = index;
      let lineBreak = false;
      // Invisible characters inside a run of blanks belong to the run ("a \u00ad b" has one blank).
      while (index < length && (isBlank(input.charCodeAt(index)) || isInvisible(input.charCodeAt(index)))) {
        if (isLineBreak(input.charCodeAt(index))) lineBreak = true;
        index++;
      }
      // Blanks at the ends are trimmed.
      if (parts.length > 0 && index < length) {
        parts.push(lineBreak && !isWrap(parts, input, index, capitalised) ? '\n' : ' ');
        starts.push(start);
        ends.push(index);
      }
      continue;
    }
    if (isInvisible(code)) {
      index++;
      continue;
    }
    // One character (a whole surrogate pair) and the combining marks that follow it.
    const start = index;
    const point = input.codePointAt(index) ?? code;
    index += point > 0xffff ? 2 : 1;
    let cluster = String.fromCodePoint(point);
    let marks = 0;
    while (index < length) {
      const next = input.codePointAt(index) ?? 0;
      const nextChar = String.fromCodePoint(next);
      if (!combiningMark.test(nextChar)) break;
      if (marks < maxMarksPerLetter) cluster += nextChar;
      marks++;
      index += nextChar.length;
    }
    const composed = marks > 0 ? cluster.normalize('NFC') : (plainMark(point) ?? cluster);
    parts.push(composed);
    for (let at = 0; at < composed.length; at++) {
      starts.push(start);
      ends.push(index);
    }
  }
  let text = parts.join('');
  // A trailing run of invisible characters after a blank can leave a blank at the end.
  while (text.endsWith(' ') || text.endsWith('\n')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return unquoted({ text, starts, ends });
}

/**
 * A text wholly between quotation marks, as when a goal is copied from a mail or a report
 * ("“Ik rond de cursus af.”"), reads as the text inside them: a reader sees the same sentence.
 * Quotes inside the text (a title, a name) stay.
 */
function unquoted(plain: PlainText): PlainText {
  const { text } = plain;
  const last = /"[.!?]?$/u.exec(text);
  if (!text.startsWith('"') || last === null || last.index === 0 || text.indexOf('"', 1) !== last.index) return plain;
  const inside = text.slice(1, last.index) + text.slice(last.index + 1);
  if (inside.trim() !== inside || inside === '') return plain;
  const keep = (_: unknown, at: number): boolean => at !== 0 && at !== last.index;
  return { text: inside, starts: plain.starts.filter(keep), ends: plain.ends.filter(keep) };
}

/**
 * The plain text without the quotation marks around a name or a title ("before the 'Black Friday'
 * sale", *de cursus 'Python voor data-analisten'*), so its words read as they would without them; the
 * offsets still lead back to the caller's text. A mark opens a pair after a blank or a bracket and
 * before a letter or digit, and closes it after one and before anything else; an apostrophe inside a
 * word (*BHV'er*, *collega's*, I'll) or before one that is never closed (*'k ga*) stays. One pass.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // The event's name in quotes still sets the deadline.
 * analyzeGoalText("Before the 'Black Friday' sale, redo the shop window.", { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export function namesUnquoted(plain: PlainText): PlainText {
  const { text } = plain;
  const dropped = new Set<number>();
  const open: Record<string, number> = { "'": -1, '"': -1 };
  for (let at = 0; at < text.length; at++) {
    const mark = text[at] as string;
    if (mark !== "'" && mark !== '"') continue;
    const wordBefore = /[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ');
    const wordAfter = /[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ');
    if (!wordBefore && wordAfter && /[\s(]/u.test(text[at - 1] ?? ' ')) open[mark] = at;
    else if (wordBefore && !wordAfter && (open[mark] as number) >= 0) {
      dropped.add(open[mark] as number);
      dropped.add(at);
      open[mark] = -1;
    }
  }
  return withoutPositions(plain, dropped);
}

/** @internal The plain text without the characters at `dropped` (code units); the rest keep their offsets. */
export function withoutPositions(plain: PlainText, dropped: ReadonlySet<number>): PlainText {
  if (dropped.size === 0) return plain;
  const keep = (_: unknown, at: number): boolean => !dropped.has(at);
  // Offsets count code units, as `split('')` does: a surrogate pair keeps both halves.
  return { text: plain.text.split('').filter(keep).join(''), starts: plain.starts.filter(keep), ends: plain.ends.filter(keep) };
}

/** A word of {@link ordinaryCase}: where it starts and ends, and whether a sentence starts with it. */
interface CasedWord {
  readonly start: number;
  readonly end: number;
  readonly opensSentence: boolean;
}

function casedWords(text: string): CasedWord[] {
  const words: CasedWord[] = [];
  let opensSentence = true;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (!/[\p{L}\p{N}]/u.test(char)) {
      if (/[.!?:;\n•*]/u.test(char)) opensSentence = true;
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && /[\p{L}\p{N}'-]/u.test(text[index] as string)) index++;
    words.push({ start, end: index, opensSentence });
    opensSentence = false;
  }
  return words;
}

const isUpper = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();

/**
 * The text in the case a reader expects when the writer's capitals say nothing: a goal typed in
 * capitals ("IK HAAL MIJN VCA VOOR 1 JUNI") or in title case ("Get Better At Using Excel") reads as
 * if written in sentence case, so a capital no longer makes every word a name. Each sentence keeps
 * its first capital, a word with a digit ("PRINCE2") keeps its capitals, and in title case so does a
 * word with capitals inside ("HR", "SharePoint"). A short text is title case only when a little word
 * or a `functionWord` is capitalised too ("Vaker Nee Zeggen", not "Lean Six Sigma Green Belt"). Any
 * other text is returned as it is; the length never changes, so offsets into it stay valid.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // Title case makes no word a name: "Cursus" is no course title here.
 * analyzeGoalText('Misschien Ga Ik Ooit Een Cursus Volgen', { locale: 'nl' }).specific.status; // 'unmet'
 * ```
 */
export function ordinaryCase(text: string, functionWord: (word: string) => boolean = () => false): string {
  const words = casedWords(text);
  // A sentence's first word has its capital in any case; only the others tell how the writer writes.
  const lettered = words.filter(
    (word) => !word.opensSentence && word.end - word.start >= 2 && /^[\p{L}'-]+$/u.test(text.slice(word.start, word.end)),
  );
  const allUpper = lettered.filter((word) => !/\p{Ll}/u.test(text.slice(word.start, word.end))).length;
  const titled = lettered.filter((word) => isUpper(text[word.start] as string)).length;
  // A text without a single lower-case letter is written in capitals, however short ("SNELLER WERKEN").
  const wordsOfTwo = words.filter((word) => word.end - word.start >= 2 && /^[\p{L}'-]+$/u.test(text.slice(word.start, word.end)));
  const upper =
    (lettered.length >= 3 && allUpper >= 0.8 * lettered.length) || (wordsOfTwo.length >= 2 && !/\p{Ll}/u.test(text.slice(0, 5_000)));
  // A short text is title case only when even its little words are capitalised ("At", "De", "A"):
  // "Lean Six Sigma Green Belt" is a name, "Get Better At Using Excel" is not.
  const littleWord = words.some((word) => {
    const spelled = text.slice(word.start, word.end);
    if (word.opensSentence || spelled === 'I' || !isUpper(spelled[0] as string)) return false;
    // "Mijn Kennis Over HR Verdiepen": a capitalised function word (a name has none) says title case.
    return (spelled.length <= 2 && /^\p{Lu}\p{Ll}?$/u.test(spelled)) || functionWord(spelled.toLowerCase());
  });
  const title =
    !upper &&
    lettered.length >= 3 &&
    (titled >= 0.85 * lettered.length || (littleWord && titled === lettered.length)) &&
    (lettered.length >= 5 || (littleWord && titled === lettered.length));
  if (!upper && !title) return text;
  const chars = [...text];
  // `[...text]` splits by code point; map code-unit offsets to it only where they agree.
  if (chars.length !== text.length) return text;
  for (const word of words) {
    const spelled = text.slice(word.start, word.end);
    if (/\p{N}/u.test(spelled)) continue;
    let capitals = 0;
    for (const char of spelled) if (isUpper(char)) capitals++;
    if (title && capitals >= 2) continue;
    if (spelled === 'I' || spelled.startsWith("I'")) continue;
    for (let at = word.start + (word.opensSentence ? 1 : 0); at < word.end; at++) {
      const lower = (chars[at] as string).toLowerCase();
      if (lower.length === 1) chars[at] = lower;
    }
  }
  return chars.join('');
}

/**
 * Maps a span of the plain text back to the caller's text: from where its first character begins to
 * where its last one ends.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * const text = 'Ik rond voor\t\t1 juni de cursus af';
 * const span = analyzeGoalText(text, { locale: 'nl' }).timeBound.evidence[0];
 * text.slice(span?.start, span?.end) === span?.text; // true
 * ```
 */
export function originalSpan(plain: PlainText, start: number, end: number): { start: number; end: number } {
  const from = plain.starts[start] ?? plain.ends[plain.ends.length - 1] ?? 0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: plain.ends[end - 1] ?? from };
}

/**
 * Characters that `toLowerCase` leaves as they are but that a case-insensitive Unicode RegExp (`iu`)
 * treats as another letter (simple case folding): the long s is an s, the final sigma a sigma.
 */
const foldExceptions: Readonly<Record<string, string>> = Object.freeze({
  '\u017f': 's',
  '\u00b5': '\u03bc',
  '\u0345': '\u03b9',
  '\u1fbe': '\u03b9',
  '\u1fd3': '\u0390',
  '\u1fe3': '\u03b0',
  '\u03c2': '\u03c3',
  '\u03d0': '\u03b2',
  '\u03d1': '\u03b8',
  '\u03d5': '\u03c6',
  '\u03d6': '\u03c0',
  '\u03f0': '\u03ba',
  '\u03f1': '\u03c1',
  '\u03f5': '\u03b5',
  '\u1c80': '\u0432',
  '\u1c81': '\u0434',
  '\u1c82': '\u043e',
  '\u1c83': '\u0441',
  '\u1c84': '\u0442',
  '\u1c85': '\u0442',
  '\u1c86': '\u044a',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
  '\u1e9b': '\u1e61',
  '\ufb05': '\ufb06',
});

// U+0345 is a combining mark: outside the class, so that no reader takes it for part of a letter.
const hasFoldException =
  /\u0345|[\u017f\u00b5\u1fbe\u1fd3\u1fe3\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\ufb05]/u;

/**
 * A text in folded case, of the same length, position for position: two characters that a
 * case-insensitive Unicode RegExp (`iu`) takes for the same letter fold to the same character, and
 * no others do. `İ` (whose lower case is two characters, and which `iu` matches with no other
 * letter) stays as it is. So a literal found case-insensitively in a text is found, folded, in the
 * folded text, at the same offset.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // The trigger words of the date rules are looked up in the folded text: "JUNI" is "juni".
 * analyzeGoalText('VOOR 1 JUNI LEVER IK HET OP', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function foldCase(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    const parts: string[] = [];
    for (const char of text) {
      const folded = char.toLowerCase();
      parts.push(folded.length === char.length ? folded : char);
    }
    lower = parts.join('');
  }
  if (!hasFoldException.test(lower)) return lower;
  const parts: string[] = [];
  for (const char of lower) parts.push(foldExceptions[char] ?? char);
  return parts.join('');
}
