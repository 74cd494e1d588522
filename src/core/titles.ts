/**
 * Titles of agenda points, wishes and themes, reduced to what they are about, so that "Presentatie
 * vaardigheden" and "vaardigheden in presentaties" are found to be one point. One toolkit for the
 * agenda, the future dialogue and anything else that compares titles, so they cannot drift apart.
 */

/**
 * Words that say nothing about what a title is about: Dutch and English function words at once
 * (bilingual teams mix them, and the lists barely overlap), and the vague verbs and adverbs of
 * development talk ("beter", "leren", "improve"), which every title could carry.
 */
const stopWords: ReadonlySet<string> = new Set(
  `de het een en of van voor met in op aan bij naar over om te tot uit door als dat die dit deze mijn mij me je jouw jij
   uw ons onze zijn haar hun wat hoe ik wij we er is ook nog meer binnen tussen rond rondom graag willen wil beter leren
   worden word iets goed kunnen kan gaan doen verbeteren ontwikkelen versterken verdiepen s t n
   the a an and or of for with on at to from by about as that this these those my your our their his her its are be what
   how i it more into within between around want would like better learn become get something good can do improve
   improving develop developing strengthen deepen`.split(/\s+/u),
);

const consonant = /^[bcdfghjklmnpqrstvwxz]$/u;

/** Titles longer than this are compared on their start: a title is a line, and the cap keeps it linear. */
const maxTitleLength = 2_000;

function dropS(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Light suffix stripping so plural and singular meet ("presentaties"/"presentatie",
 * "trainingen"/"training", "skills"/"skill", "examens"/"examen", "gesprekken"/"gesprek",
 * "cursussen"/"cursus"); deliberately conservative, since a false match merges two different points.
 * The steps run in this order so that both forms end in the same stem: -s, then -en with a doubled
 * consonant undone, then -s again (the "cursus" left over from "cursussen").
 *
 * @internal
 */
export function stem(word: string): string {
  let stemmed = dropS(word);
  if (stemmed.length > 5 && stemmed.endsWith('en')) {
    stemmed = stemmed.slice(0, -2);
    const last = stemmed.at(-1) ?? '';
    if (consonant.test(last) && stemmed.at(-2) === last) stemmed = stemmed.slice(0, -1);
  }
  return dropS(stemmed);
}

/** Lower case, accents off ("Créatief" is "creatief"). */
function plainLower(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function meaningfulWords(text: string): string[] {
  const plain = plainLower(text);
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  if (words.length === 0) return [plain.replace(/\s+/gu, ' ').trim()];
  const meaningful = words.filter((word) => word.length > 1 && !stopWords.has(word));
  return (meaningful.length > 0 ? meaningful : words).map(stem);
}

/**
 * The meaningful words of a title, in their order: lower case, accents off, punctuation ignored,
 * stop words left out, stemmed. A title of only stop words keeps its words (else "Wat is het?" would
 * match every such title); a title without letters or digits is its own single word.
 *
 * @internal
 */
export function titleWords(title: string): string[] {
  return meaningfulWords(title.slice(0, maxTitleLength));
}

/**
 * The meaningful words of a longer text (a description), read as {@link titleWords} reads a title
 * but all of it, not only its start: for finding a theme's keywords anywhere in the text.
 *
 * @internal
 */
export function textWords(text: string): string[] {
  return meaningfulWords(text);
}

/**
 * The key of a title: its meaningful words, each once, sorted. Two titles with the same key are about
 * the same thing, whatever their word order.
 *
 * @internal
 */
export function titleKey(title: string): string[] {
  return [...new Set(titleWords(title))].sort();
}

/**
 * The keys under which a title matches others exactly: its {@link titleKey} (word order free), and
 * its words written together, because Dutch joins what English separates
 * ("presentatievaardigheden", "presentatie vaardigheden").
 *
 * @internal
 */
export function titleMatchKeys(title: string): readonly [string, string] {
  const words = titleWords(title);
  return [`w:${[...new Set(words)].sort().join(' ')}`, `c:${words.join('')}`];
}

/**
 * Are two title keys alike: do they share at least half of their combined words (Jaccard ≥ 0.5)?
 *
 * @internal
 */
export function similarTitleKeys(a: readonly string[], b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return 2 * shared >= a.length + b.size - shared;
}
