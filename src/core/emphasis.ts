// Emphasis marks of Markdown and chat apps (**vet**, *vet*, _schuin_, ~doorgehaald~) and an emoji
// between the words of a sentence say how a writer felt about the words, not what the words say: a
// reader passes over them.
import type { PlainText } from './text.js';
import { withoutPositions } from './text.js';

/** The characters that mark emphasis, alone or doubled. */
const markers: ReadonlySet<string> = new Set(['*', '_', '~']);

/** What may stand before an opening mark: the start, a blank, a bracket or a quote. */
const beforeOpening = /[\s([{"'“‘]/u;

/** What may stand after a closing mark: the end, a blank, punctuation or a bracket. */
const afterClosing = /[\s.,;:!?)\]}"'”’%/-]/u;

/**
 * The plain text without the marks of emphasis around words: `**Binnen** zes weken`, `*vet*`,
 * `_schuin_`, `__vet__`, `~~weg~~`, as a goal copied from Markdown, a chat app or a rich-text box
 * arrives. A mark (one or two of the same character) opens a pair after a blank, a bracket or the start
 * and before a letter or digit, and closes it after a letter, a digit or punctuation and before a
 * blank, punctuation or the end; both marks of a pair go, the words between stay. A bullet (`* item`),
 * a lone star (*afronden\**) and a word with underscores inside (`naam_achternaam`) stay. The offsets
 * still lead back to the caller's text. One pass.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('**Binnen** zes weken maak ik een dashboard in Power BI.', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function emphasisUnmarked(plain: PlainText): PlainText {
  const { text } = plain;
  if (!/[*_~]/u.test(text)) return plain;
  const dropped = new Set<number>();
  // Where the open mark of each kind ("*", "**", "_", ...) starts, or -1.
  const open = new Map<string, number>();
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (!markers.has(char)) {
      at++;
      continue;
    }
    const length = text[at + 1] === char ? (text[at + 2] === char ? 3 : 2) : 1;
    const mark = char.repeat(length);
    const before = at === 0 ? ' ' : (text[at - 1] as string);
    const after = at + length >= text.length ? ' ' : (text[at + length] as string);
    const wordAfter = /[\p{L}\p{N}]/u.test(after);
    const closable = /[\p{L}\p{N}.,;:!?)"'”’]/u.test(before);
    const opened = open.get(mark) ?? -1;
    if (opened >= 0 && closable && afterClosing.test(after)) {
      for (let k = 0; k < length; k++) dropped.add(opened + k).add(at + k);
      open.set(mark, -1);
    } else if (beforeOpening.test(before) && wordAfter) open.set(mark, at);
    at += length;
  }
  return withoutPositions(plain, dropped);
}

/**
 * The plain text without an emoji that stands between two words of one sentence (*Binnen 💪 zes
 * weken*, *Ik rond 🙂 de cursus af*): the emoji goes with the blank after it. One before a capital
 * (*af 👍 Daarna*) may end a sentence and stays, unless the word before it never ends one
 * (`neverLast`: *voor de 🙂 Black Friday-actie*, by the end of 🙂 June); so does one at the start or
 * the end. The offsets still lead back to the caller's text. Two passes.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Binnen 💪 zes weken maak ik een dashboard in Power BI.', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function emojiBetweenWordsDropped(plain: PlainText, neverLast: (word: string) => boolean = () => false): PlainText {
  const { text } = plain;
  if (!/\p{Extended_Pictographic}/u.test(text)) return plain;
  const dropped = new Set<number>();
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the same class as below
  const beforeCapital = /(?<=\p{L} )[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]+ (?=\p{Lu})/gu;
  for (const match of text.matchAll(beforeCapital)) {
    if (!neverLast(wordBefore(text, match.index - 1).toLowerCase())) continue;
    for (let k = 0; k < match[0].length; k++) dropped.add(match.index + k);
  }
  // A fixed look-behind, one character class repeated and a fixed look-ahead: linear. The joiner and
  // the variation selector stand in the class as characters of their own, on purpose: as alternatives
  // under the repetition instead, overlapping ones could backtrack exponentially.
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: see above
  const emoji = /(?<=[\p{L}\p{N}%€$,;)] )[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]+ (?=[\p{Ll}\p{N}])/gu;
  for (const match of text.matchAll(emoji)) for (let k = 0; k < match[0].length; k++) dropped.add(match.index + k);
  return withoutPositions(plain, dropped);
}

const letter = /\p{L}/u;
/** The longest word a list of words that never end a sentence holds, and more: a longer run is no such word. */
const longestWord = 24;

/** The letters right before offset `end` (at most `longestWord` + 1 of them). */
function wordBefore(text: string, end: number): string {
  let from = end;
  while (from > 0 && end - from <= longestWord && letter.test(text[from - 1] as string)) from--;
  return text.slice(from, end);
}
