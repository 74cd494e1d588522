import type { Locale } from '../core/index.js';

/**
 * Word lists for the open-question check. Dutch and English both mark a yes/no question by putting
 * a finite verb first (*Ben je*, *Heb je*, *Do you*, *Is there*) and an open question by a question
 * word (*Wat*, *Hoe*, *Welke*, *What*, *How*), possibly after a preposition (*Op welke manier*,
 * *To what extent*); an imperative (*Vertel eens*, *Describe*) invites an open answer too.
 */
interface Lexicon {
  readonly questionWords: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly imperatives: ReadonlySet<string>;
  readonly finiteVerbs: ReadonlySet<string>;
  readonly subjects: ReadonlySet<string>;
  /** Question words that also open a subordinate clause ("Wanneer je terugkijkt, ..."). */
  readonly conjunctionLike: ReadonlySet<string>;
  /** Determiners after which a conjunction-like word opens a clause, not a question. */
  readonly determiners: ReadonlySet<string>;
  readonly connectives: ReadonlySet<string>;
  /** Words that open a leading clause: "Als je ...", "If you ...", "Looking back ...". */
  readonly subordinators: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w !== ''));

const dutch: Lexicon = {
  questionWords: set(`wat wie welke welk waar waarom wanneer hoe hoeveel hoezo hoelang hoever hoeverre waarmee waaraan
    waardoor waarin waarop waarover waarvoor waarvan waarheen waaruit waarbij waarnaar wiens`),
  prepositions: set(`in op aan met van voor bij naar uit over tot door onder tussen vanuit binnen na sinds tijdens om
    zonder rond per tegen`),
  imperatives: set(`vertel beschrijf noem geef schets deel bedenk denk kijk neem licht leg formuleer omschrijf verken
    schrijf maak kies stel vat som zet probeer blik geef kies benoem`),
  finiteVerbs: set(`ben bent is zijn was waren heb hebt heeft hebben had hadden kan kun kunt kunnen kon konden wil wilt
    willen wou wilde wilden zou zouden zal zul zult zullen moet moeten moest mag mogen doe doet doen deed ga gaat
    gaan ging vind vindt vinden vond weet weten wist klopt kloppen speelt spelen zie ziet zien herken herkent voel voelt
    merk merkt bestaat blijft blijf krijg krijgt loopt lukt lukte past helpt zit zitten staat sta komt kom hoor hoort
    ervaar ervaart verwacht verwachten sta zag zouden kende ken kent`),
  subjects: set('je jij u we wij ze zij hij ik jullie men'),
  conjunctionLike: set('wanneer waar hoe wat welke'),
  determiners: set('je jij u we wij ze zij hij ik jullie men het de een er dit dat die jouw je'),
  connectives: set('en maar dus of ook'),
  subordinators: set(`als nu zodra omdat hoewel terwijl toen indien mocht zolang terugkijkend vooruitkijkend kijkend
    gezien ondanks stel aangenomen ervan uitgaande`),
};

const english: Lexicon = {
  questionWords: set('what how which why where when who whom whose'),
  prepositions: set(`in on at with for from to by about of under through during within into towards toward across
    after before since`),
  imperatives: set(`tell describe name give list share imagine think picture walk explain reflect consider recall look
    take write sketch pick choose outline say talk identify mention summarise summarize paint suppose try put let
    help`),
  finiteVerbs: set(`is are am was were isn't aren't wasn't weren't do does did don't doesn't didn't have has had haven't
    hasn't hadn't can could can't couldn't will would won't wouldn't shall should shouldn't may might must need`),
  subjects: set('you i we they he she it'),
  conjunctionLike: set('when where how what which while'),
  determiners: set('you i we they he she it the a an this that your my our their there'),
  // "Please" softens an invitation without turning it into a yes/no question.
  connectives: set('and but so or also then please'),
  subordinators: set('if once unless although though because as while whenever now given looking thinking assuming supposing'),
};

type Verdict = 'open' | 'closed' | 'unknown';

/** Lead-in tags that precede the real question. */
const tags: ReadonlySet<string> = new Set([
  'wat denk je',
  'wat vind je',
  'wat zeg je',
  'what do you think',
  'what do you say',
  'what would you say',
]);

// "What's", "How's", "Who've" read as "what is", "how is", "who have", so the question word leads
// and a clause-opening "how the ..." is not mistaken for it. ("Isn't", "don't" keep their n't and
// stay finite verbs.)
const englishContraction = /^(\p{L}+)'(s|re|ve|d|ll)$/u;
const expanded: Record<string, string> = { s: 'is', re: 'are', ve: 'have', d: 'would', ll: 'will' };

function wordsOf(segment: string, locale: Locale): string[] {
  const words = segment
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((word) => word !== '');
  if (locale !== 'en') return words;
  return words.flatMap((word) => {
    const match = englishContraction.exec(word);
    return match === null ? [word] : [match[1] as string, expanded[match[2] as string] as string];
  });
}

function classify(words: readonly string[], lexicon: Lexicon, locale: Locale): Verdict | 'imperative' {
  let start = 0;
  while (start < words.length - 1 && lexicon.connectives.has(words[start] as string)) start++;
  const first = words[start];
  if (first === undefined) return 'unknown';
  const second = words[start + 1];
  const third = words[start + 2];
  if (lexicon.questionWords.has(first)) {
    // "Wanneer je terugkijkt, ..." / "When you look back, ...": a clause, not the question.
    if (lexicon.conjunctionLike.has(first) && second !== undefined && lexicon.determiners.has(second)) return 'unknown';
    return 'open';
  }
  if (lexicon.prepositions.has(first) && second !== undefined) {
    // "Op welke manier", "In hoeverre", "To what extent", "In wat voor rol".
    if (lexicon.questionWords.has(second)) return 'open';
    return 'unknown';
  }
  if (locale === 'nl' && first === 'stel' && second === 'je' && third === 'voor') return 'imperative';
  if (lexicon.subordinators.has(first)) return 'unknown';
  // "Ga eens na ...", "Kijk maar ...": a verb with eens or maar invites, it does not ask yes or no.
  if (locale === 'nl' && (second === 'eens' || second === 'maar')) return 'imperative';
  if (lexicon.finiteVerbs.has(first)) return 'closed';
  // English imperatives keep "you" as an object or clause subject ("Imagine you could ...").
  if (locale === 'en' && lexicon.imperatives.has(first)) return 'imperative';
  // A verb before its subject asks yes or no: "Denk je dat ...", "Herken je ...", "Vertel je ...".
  if (second !== undefined && lexicon.subjects.has(second)) return 'closed';
  if (lexicon.imperatives.has(first)) return 'imperative';
  return 'unknown';
}

/**
 * Is this an open question (inviting a story) or a closed yes/no question, in Dutch or English?
 * Open: a question word, possibly after a preposition (*Wat*, *Hoe*, *Welke*, *Op welke manier*,
 * *What*, *How*, *To what extent*), or an invitation (*Vertel eens*, *Beschrijf*, *Describe*).
 * Closed: a verb first (*Ben je*, *Heb je*, *Is er*, *Kun je*, *Do you*, *Is there*, *Could you*),
 * including alternative questions (*Wil je A of B?*). A leading clause (*Als je terugkijkt, ...*,
 * *Looking back, ...*) is skipped to reach the question itself; when several sentences follow each
 * other, the first one that asks something decides. Polite requests phrased as yes/no (*Kun je
 * vertellen ...*) count as closed: ask directly instead. Text that asks nothing recognisable, and
 * input that is not a string or not a known locale, answers `false`.
 *
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Wat geeft je energie in je werk?', 'nl'); // true
 * isOpenQuestion('Heb je het naar je zin?', 'nl'); // false
 * isOpenQuestion('Looking back on the year, what are you proud of?', 'en'); // true
 * isOpenQuestion('Is there anything else?', 'en'); // false
 * ```
 */
export function isOpenQuestion(text: string, locale: Locale): boolean {
  if (typeof text !== 'string' || (locale !== 'nl' && locale !== 'en')) return false;
  const lexicon = locale === 'nl' ? dutch : english;
  const segments = text.slice(0, 5_000).split(/[,;:?.!()\u2013\u2014\u2026]+|\s-\s/);
  let invited = false;
  const asked = segments.map((segment) => wordsOf(segment, locale)).filter((words) => words.length > 0);
  for (const [index, words] of asked.entries()) {
    // "Wat denk je, lukt dat?" / "What do you think, will it work?": the tag only leads in.
    if (index < asked.length - 1 && tags.has(words.join(' '))) continue;
    const verdict = classify(words, lexicon, locale);
    if (verdict === 'open') return true;
    if (verdict === 'closed') return false;
    // An invitation decides unless a later sentence asks a question of its own.
    if (verdict === 'imperative') invited = true;
  }
  return invited;
}
