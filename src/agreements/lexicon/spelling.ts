// Spelling that says nothing about a goal, settled before any rule reads a word, so a rule written
// once reads every spelling: *coordinator* for *coördinator*, organize for organise (the same way in
// the text and the lexicon, keeping the length), and *'t*, *m'n*, *'k*, wk, hrs spelled out (on the
// plain text, whose offsets still lead back to the caller's text).
import type { PlainText } from '../../core/index.js';
import type { Lang, Lexicon } from './types.js';

/** A letter with a diaeresis and the same letter without it. */
const withoutDiaeresis: Readonly<Record<string, string>> = {
  ä: 'a',
  ë: 'e',
  ï: 'i',
  ö: 'o',
  ü: 'u',
  Ä: 'A',
  Ë: 'E',
  Ï: 'I',
  Ö: 'O',
  Ü: 'U',
};

/**
 * The text as the goal reader reads it: without diaereses (people leave them out when they type:
 * *efficienter*, *cooperatie*, *ideeen*) and, in English, with the -ize spelling as -ise and -yze as
 * -yse (*organize*, *analyze*). The lexicon is settled the same way when it is compiled, so either
 * spelling matches an entry written in either. Three letters before *-ize* at least: *size*, *prize*
 * and *seize* stay as they are. Acute and grave accents stay: *één* is not *een*, *vóór* is not *voor*.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // "efficienter" is the vague comparative "efficiënter", typed without its diaeresis.
 * analyzeGoalText('Ik ga 10 procent efficienter werken.', { locale: 'nl' }).specific.status; // 'unmet'
 * ```
 */
export function settledSpelling(text: string, lang: Lang): string {
  let settled = /[äëïöüÄËÏÖÜ]/u.test(text) ? text.replace(/[äëïöüÄËÏÖÜ]/gu, (letter) => withoutDiaeresis[letter] ?? letter) : text;
  if (lang === 'en' && /[iy]z/iu.test(settled)) {
    // A fixed look-behind and a choice of fixed endings: at most a few steps at each "iz" or "yz".
    settled = settled.replace(
      /(?<=\p{L}{3})([iIyY])([zZ])(e|ed|es|ing|ation|ations|er|ers|E|ED|ES|ING|ATION|ATIONS|ER|ERS)(?!\p{L})/gu,
      (_, vowel: string, z: string, ending: string) => `${vowel}${z === 'z' ? 's' : 'S'}${ending}`,
    );
  }
  return settled;
}

/** Every string of a lexicon's data settled by `settledSpelling`; keys, numbers and shapes as they are. */
export function settledLexicon(lexicon: Lexicon): Lexicon {
  const settle = (value: unknown): unknown => {
    if (typeof value === 'string') return settledSpelling(value, lexicon.locale);
    if (Array.isArray(value)) return value.map(settle);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, settle(inner)]));
    return value;
  };
  return settle(lexicon) as Lexicon;
}

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
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText("Voor 't einde van 't jaar rond ik de cursus Excel af.", { locale: 'nl' }).timeBound.status; // 'met'
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
