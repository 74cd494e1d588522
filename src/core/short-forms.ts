// The short forms of informal writing (*'t*, *m'n*, *'k*, wk, hrs) spelled out before a reader looks
// at the words: the goal reader's lexicon and the question reader's are written with the full words.
import type { PlainText } from './text.js';

/** Short forms of informal writing and their words in full: the lexicon is written with the full words. */
const fullWords: Readonly<Record<string, string>> = {
  "'t": 'het',
  "'n": 'een',
  "'k": 'ik',
  "m'n": 'mijn',
  "z'n": 'zijn',
  wk: 'week',
  wks: 'weeks',
  wkn: 'weken',
};

/** Hours shortened, spelled out only after a number: "hr" alone may be HR written in lower case. */
const fullHours: Readonly<Record<string, string>> = { hr: 'hour', hrs: 'hours' };

/** The full word in the case of the short form: *'T* as *HET*, *M'n* as *Mijn*, *wk* as *week*. */
function inCaseOf(short: string, full: string): string {
  const letters = short.replace(/'/gu, '');
  if (letters === letters.toUpperCase() && letters.length > 1) return full.toUpperCase();
  return /^\p{Lu}/u.test(short.replace(/^'/u, '')) ? `${(full[0] as string).toUpperCase()}${full.slice(1)}` : full;
}

/**
 * The plain text with the short forms of informal writing spelled out: Dutch *'t*, *'n*, *'k*, *m'n*,
 * *z'n* (*voor 't einde van 't jaar*, *in m'n agenda*) and week and hours shortened (*wk*, *wks*,
 * *wkn*, *10 hrs*). Each full word's characters lead back to its short form, so evidence still points
 * into the caller's text. Only a short form that is a word of its own: *'kwartaal'* in quotes and an
 * "'n" inside *rock 'n' roll* stay; *WK* in capitals (a championship) and *hr* without a number before
 * it (HR) stay. One pass.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText, isOpenQuestion } from 'ontwikkelgesprek';
 * analyzeGoalText("Voor 't einde van 't jaar rond ik de cursus Excel af.", { locale: 'nl' }).timeBound.status; // 'met'
 * isOpenQuestion("'k ben benieuwd hoe je de eerste weken hebt ervaren", 'nl'); // true
 * ```
 */
export function shortFormsSpelledOut(plain: PlainText): PlainText {
  const { text } = plain;
  if (!/'|wk|hr/iu.test(text)) return plain;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  const copy = (to: number): void => {
    pieces.push(text.slice(from, to));
    starts.push(...plain.starts.slice(from, to));
    ends.push(...plain.ends.slice(from, to));
  };
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'])(?:'[tnk]|[mz]'n|wks?|wkn|hrs?)(?![\p{L}\p{N}'])/giu)) {
    const short = match[0];
    const at = match.index;
    const lower = short.toLowerCase();
    const afterNumber = /\p{N} ?$/u.test(text.slice(Math.max(0, at - 2), at));
    const full = fullWords[lower] ?? (afterNumber ? fullHours[lower] : undefined);
    if (full === undefined || short === 'WK' || short === 'WKS') continue;
    copy(at);
    const spelled = inCaseOf(short, full);
    pieces.push(spelled);
    const start = plain.starts[at] ?? 0;
    const end = plain.ends[at + short.length - 1] ?? start;
    for (let k = 0; k < spelled.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    from = at + short.length;
  }
  if (from === 0) return plain;
  copy(text.length);
  return { text: pieces.join(''), starts, ends };
}
