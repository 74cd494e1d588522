// Deficit wording in a need or goal: "minder fouten maken", "stop being late". The strengths-based
// approach builds on what someone does well; a goal phrased as a repair is worth phrasing again,
// towards the strength it asks for ("zorgvuldig werken", "op tijd en voorbereid beginnen").
import { plainText, tokenizeWords } from '../core/index.js';

/** Word sequences that phrase a goal as a deficit; `*` stands for any one word. */
const phrases: readonly (readonly string[])[] = [
  // Dutch
  ['minder', 'fouten'],
  ['minder', '*', 'fouten'],
  ['geen', 'fouten', 'meer'],
  ['niet', 'meer', 'te', 'laat'],
  ['minder', 'vaak', 'te', 'laat'],
  ['niet', 'langer', 'te', 'laat'],
  ['stoppen', 'met'],
  ['ophouden', 'met'],
  ['afleren'],
  ['zwakke', 'punt'],
  ['zwakke', 'punten'],
  ['zwakte'],
  ['zwaktes'],
  ['tekortkoming'],
  ['tekortkomingen'],
  ['minder', 'slordig'],
  ['niet', 'meer', 'slordig'],
  // English
  ['fewer', 'mistakes'],
  ['fewer', 'errors'],
  ['less', 'mistakes'],
  ['no', 'more', 'mistakes'],
  ['stop', 'being'],
  ['stop', 'making'],
  ['no', 'longer', 'be'],
  ['not', 'be', 'late'],
  ['being', 'late'],
  ['less', 'sloppy'],
  ['weakness'],
  ['weaknesses'],
  ['weak', 'point'],
  ['weak', 'points'],
  ['shortcoming'],
  ['shortcomings'],
];

/** Phrases by their first word, so each word of the text is looked at once. */
const byFirst: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0] as string;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  return map;
})();

/** Longer texts are read up to here: needs and goals are short. */
const maxLength = 2_000;

/**
 * The deficit phrases in a text, as written (each once, in text order, at most three). Linear: each
 * word is tried against the few phrases that start with it.
 */
export function deficitWords(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const plain = plainText(text.length > maxLength ? text.slice(0, maxLength) : text).text;
  const words = tokenizeWords(plain).filter((token) => token.word);
  const found: string[] = [];
  for (let at = 0; at < words.length && found.length < 3; at++) {
    for (const phrase of byFirst.get((words[at] as { lower: string }).lower) ?? []) {
      const matches = phrase.every((part, offset) => {
        const word = words[at + offset];
        return word !== undefined && (part === '*' || word.lower === part);
      });
      if (!matches) continue;
      const last = words[at + phrase.length - 1] as { end: number };
      const said = plain.slice((words[at] as { start: number }).start, last.end);
      if (!found.includes(said)) found.push(said);
      at += phrase.length - 1;
      break;
    }
  }
  return found;
}
