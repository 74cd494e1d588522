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
  'p.w.': 'per week',
  'p/w': 'per week',
  'p.j.': 'per jaar',
  'p.d.': 'per dag',
};

/** Hours shortened, spelled out only after a number: "hr" alone may be HR written in lower case. */
const fullHours: Readonly<Record<string, string>> = { hr: 'hour', hrs: 'hours' };

/** The full word in the case of the short form: *M'N* as *MIJN*, *M'n* and *'T* as *Mijn* and *Het* (one capital tells no more), *wk* as *week*. */
function inCaseOf(short: string, full: string): string {
  const letters = short.replace(/'/gu, '');
  if (letters === letters.toUpperCase() && letters.length > 1) return full.toUpperCase();
  return /^\p{Lu}/u.test(short.replace(/^'/u, '')) ? `${(full[0] as string).toUpperCase()}${full.slice(1)}` : full;
}

/**
 * The plain text with the short forms of informal writing spelled out: Dutch *'t*, *'n*, *'k*, *m'n*,
 * *z'n* (*voor 't einde van 't jaar*, *in m'n agenda*), week and hours shortened (*wk*, *wks*,
 * *wkn*, *10 hrs*), per week, year or day (*3x p.w.*, twice p/w, *p.j.*, *p.d.*; not *p.m.*, which is
 * also the afternoon), a unit glued to its number set apart (*4x*, *5km*, *20u*, *30min*: the count no
 * longer hides the verb after it), a year shortened with an apostrophe written out (*in '27*, *eind
 * '27*: 2020 to 2049, the years a plan is made for) and a slash before a unit of time read as "per"
 * (*twice/month*).
 * Each full word's characters lead back to its short form, so evidence still points
 * into the caller's text. Only a short form that is a word of its own: *'kwartaal'* in quotes and an
 * "'n" inside *rock 'n' roll* stay; *WK* in capitals (a championship) and *hr* without a number before
 * it (HR) stay. Four passes over the text, each one linear: glued units, short forms, years, slashes.
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
  // *4x*, *5km*, *20u*, *10hrs*: a unit glued to its number reads as the two words.
  const apart = /\p{N}\p{L}/u.test(plain.text)
    ? spelledOutBy(plain, /(?<![\p{L}\p{N}])\p{N}+(?:x|km|kg|u|uur|hrs?|mins?)(?![\p{L}\p{N}])/giu, (glued) =>
        glued.replace(/(?<=\p{N})(?=\p{L})/u, ' '),
      )
    : plain;
  const words = /'|wk|hr|p[./][wjd]/iu.test(apart.text)
    ? spelledOutBy(apart, /(?<![\p{L}\p{N}'])(?:'[tnk]|[mz]'n|wks?|wkn|hrs?|p\.[wjd]\.|p\/w)(?![\p{L}\p{N}'])/giu, (short, before) => {
        const lower = short.toLowerCase();
        if (short === 'WK' || short === 'WKS') return undefined;
        const full = fullWords[lower] ?? (/\p{N} ?$/u.test(before) ? fullHours[lower] : undefined);
        return full === undefined ? undefined : inCaseOf(short, full);
      })
    : apart;
  // *in '27*, *eind '27*, *30-09-'27*: a year of this century with its first two digits left out.
  const years = /['’][2-4]\p{N}/u.test(words.text)
    ? spelledOutBy(words, /(?<![\p{L}\p{N}'’])['’][2-4][0-9](?![\p{L}\p{N}'’])/gu, (short) => `20${short.slice(1)}`)
    : words;
  // "twice/month", *10 uur/maand*, €50/month: a slash before a unit of time is "per".
  return years.text.includes('/')
    ? spelledOutBy(
        years,
        /(?<=[\p{L}\p{N}])\/(?=(?:dag|dagen|day|days|week|weken|weeks|maand|maanden|month|months|kwartaal|quarter|jaar|year|uur|hour|dienst|shift)(?![\p{L}\p{N}]))/giu,
        () => ' per ',
      )
    : years;
}

/** The English contractions of a pronoun and a verb, in full: the goal reader reads the verb that follows. */
const fullPronounForms: Readonly<Record<string, string>> = {
  "i'm": 'i am',
  "i've": 'i have',
  "we're": 'we are',
  "we've": 'we have',
  "you're": 'you are',
  "you've": 'you have',
  "they're": 'they are',
  "they've": 'they have',
};

/** The helping verb before *n't* where it is not the word itself: *won't*, *can't*, *shan't*. */
const fullNegatedVerbs: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * The plain text with the English contractions of a pronoun and a verb (*I'm*, *we're*, *they've*) and
 * of a helping verb and *not* (*don't*, *won't*, *can't*, *isn't*) spelled out, offsets kept as in
 * `shortFormsSpelledOut`. "From March 1 I'm the contact person" says what "I am the contact person"
 * says, and "I won't skip the review" what "I will not skip the review" says, so the goal reader finds
 * the same verb in both. Only these closed forms: *it's* (is or has), *I'd* (had or would) and *'ll*,
 * which the goal reader reads as it is, stay. One pass with a fixed alternation: linear.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText("I won't skip the weekly review before June.", { locale: 'en' }).specific.status; // 'met'
 * ```
 */
export function englishContractionsSpelledOut(plain: PlainText): PlainText {
  if (!plain.text.includes("'")) return plain;
  return spelledOutBy(
    plain,
    /(?<![\p{L}\p{N}'])(?:i'm|(?:i|we|you|they)'ve|(?:we|you|they)'re|(?:wo|ca|sha|do|does|did|is|are|was|were|has|have|had|would|should|could|must|need|might)n't)(?![\p{L}\p{N}'])/giu,
    (short) => {
      const lower = short.toLowerCase();
      const pronoun = fullPronounForms[lower];
      if (pronoun !== undefined) return inCaseOf(short, pronoun);
      const verb = lower.slice(0, -3);
      const full = verb === 'ca' ? 'cannot' : `${fullNegatedVerbs[verb] ?? verb} not`;
      return inCaseOf(short, full);
    },
  );
}

/**
 * The plain text with each match of `pattern` (with the `g` flag, made by the caller for this call)
 * replaced by what `fullOf` gives for it and the two characters before it (`undefined`: left as it is).
 * Every character of a replacement leads back to the whole of what it replaces.
 */
function spelledOutBy(plain: PlainText, pattern: RegExp, fullOf: (short: string, before: string) => string | undefined): PlainText {
  const { text } = plain;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const short = match[0];
    const at = match.index;
    const spelled = fullOf(short, text.slice(Math.max(0, at - 2), at));
    if (spelled === undefined) continue;
    pieces.push(text.slice(from, at));
    starts.push(...plain.starts.slice(from, at));
    ends.push(...plain.ends.slice(from, at));
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
  pieces.push(text.slice(from));
  starts.push(...plain.starts.slice(from));
  ends.push(...plain.ends.slice(from));
  return { text: pieces.join(''), starts, ends };
}
