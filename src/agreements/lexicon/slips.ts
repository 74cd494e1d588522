// Slips of the keyboard in long words that have no look-alike: "septmber", "agustus", "Decmeber".

/**
 * Each word with the slips people make typing it: one letter left out, two neighbours swapped or one
 * letter typed twice (*decemmber*), never in the first letter (which a reader checks first). Only for
 * words of seven letters or more, whose slips are no other word ("maart" without its t is "maar");
 * each slip once, after the words. One vowel typed for another (*augustes*, *Januari*) is not a slip
 * here: tried, it lowered a figure on text labelled by others (a goal labelled specific no longer
 * read so), and waits for a closer look.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik lever het rapport voor 1 septmber in.', { locale: 'nl' }).timeBound.status; // 'met'
 * analyzeGoalText('Ik lever het rapport voor 1 decemmber in.', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function withSlips(words: readonly string[]): string[] {
  const all = new Set(words);
  for (const word of words) {
    if (word.length < 7 || !/^\p{L}+$/u.test(word)) continue;
    for (let at = 1; at < word.length; at++) {
      const [head, letter, tail] = [word.slice(0, at), word[at] as string, word.slice(at + 1)];
      all.add(head + tail);
      all.add(head + letter + letter + tail);
      if (at + 1 < word.length && letter !== word[at + 1]) all.add(head + word[at + 1] + letter + word.slice(at + 2));
    }
  }
  return [...all];
}
