// Slips of the keyboard in long words that have no look-alike: "septmber", "agustus", "Decmeber".

/**
 * Each word with the slips people make typing it: one letter left out or two neighbours swapped,
 * never in the first letter (which a reader checks first). Only for words of seven letters or more,
 * whose slips are no other word ("maart" without its t is "maar"); each slip once, after the words.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik lever het rapport voor 1 septmber in.', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function withSlips(words: readonly string[]): string[] {
  const all = new Set(words);
  for (const word of words) {
    if (word.length < 7 || !/^\p{L}+$/u.test(word)) continue;
    for (let at = 1; at < word.length; at++) {
      all.add(word.slice(0, at) + word.slice(at + 1));
      if (at + 1 < word.length && word[at] !== word[at + 1]) all.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
    }
  }
  return [...all];
}
