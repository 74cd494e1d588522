// Spelling that says nothing about a goal, settled the same way in the text and in the lexicon, so a
// rule written once reads every spelling: *coordinator* for *coördinator*, organize for organise.
// Every change keeps the length, so offsets into the text stay valid. (The short forms of informal
// writing, *'t*, *m'n*, wk, are spelled out earlier, on the plain text: `shortFormsSpelledOut` in core.)
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
  let settled = text.replace(/[äëïöüÄËÏÖÜ]/gu, (letter) => withoutDiaeresis[letter] ?? letter);
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
