// The word knowledge of the open-question judge, per language, as plain data. Entries are words or
// phrases of single-space-separated words in lower case; the judge reads them token by token.

/**
 * What the open-question judge knows about one language. Every list is data; the rules that use
 * them are a table in open.ts, so a new word is a one-line change and a new rule a new row.
 *
 * @internal
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Kun je vertellen hoe het project is verlopen?', 'nl'); // true
 * ```
 */
export interface QuestionLexicon {
  readonly locale: 'nl' | 'en';
  /** Question words that open a question (wat, hoe, what, how). */
  readonly questionWords: readonly string[];
  /** Prepositions that may stand before a question word (op welke manier, to what extent). */
  readonly prepositions: readonly string[];
  /** Imperatives that invite a story (vertel, beschrijf, tell, describe). */
  readonly imperatives: readonly string[];
  /** Finite verbs that, first in a sentence, ask yes or no (ben, heb, do, is). */
  readonly finiteVerbs: readonly string[];
  /** Subject pronouns: a verb before one asks yes or no (denk je, herken je). */
  readonly subjects: readonly string[];
  /** Question words that also open a subordinate clause ("Wanneer je terugkijkt, ..."). */
  readonly conjunctionLike: readonly string[];
  /** Words after which a conjunction-like word opens a clause, not a question. */
  readonly determiners: readonly string[];
  /** Words that may stand before the question itself without changing it (en, maar, so, please). */
  readonly connectives: readonly string[];
  /** Words that open a leading clause to skip ("Als je ...", "Looking back ..."). */
  readonly subordinators: readonly string[];
  /** Lead-ins that only introduce the question after them ("Wat denk je, ...", "What do you think, ..."). */
  readonly leadIns: readonly string[];
  /** Polite yes/no frames (kun je, zou je willen, could you, would you mind). */
  readonly politeFrames: readonly string[];
  /** Polite frames of having (heb je, do you have): what follows is a thing had, so only an example invites (*Heb je nog vragen?* asks yes or no). */
  readonly havingFrames: readonly string[];
  /**
   * Other ways to address the listener, read as the one the lists are written with: Dutch *jij* and
   * the formal *u* and *uw* as *je* (*Heb jij een voorbeeld*, *Heeft u een voorbeeld*).
   */
  readonly addressForms: Readonly<Record<string, string>>;
  /** Verbs in the form they take before the formal *u*, and the form before *je* (*heeft u* as *heb je*, *kunt u* as *kun je*). */
  readonly formalVerbForms: Readonly<Record<string, string>>;
  /** Verbs of telling: in a polite frame they invite a story (vertellen, uitleggen, tell, talk me through). */
  readonly tellVerbs: readonly string[];
  /** Asking for an example is an invitation too (een voorbeeld, an example). */
  readonly exampleWords: readonly string[];
  /** Statements of curiosity (ik vraag me af, ik ben benieuwd, I wonder, I'm curious). */
  readonly curiosity: readonly string[];
  /** Words that make an embedded question yes/no (of, whether, if). */
  readonly yesNoWords: readonly string[];
  /** Question words that ask a number, an amount or a time (hoeveel, hoe vaak, how many, what time). */
  readonly quantityQuestions: readonly string[];
  /** Question words and openings that ask a date (wanneer, when, op welke dag, what is the end date). */
  readonly dateQuestions: readonly string[];
  /** With these, a when-question asks about situations, not a date (voel, het meest, at your best). */
  readonly conditionCues: readonly string[];
  /** Question words that ask a name (wie, met wie, who, whose). */
  readonly nameQuestions: readonly string[];
  /** "Which colleague": a which-question about a person asks a name too. */
  readonly personNouns: readonly string[];
  /** A who-question that asks for a description ("Wie ben je op je best", "Who are you"). */
  readonly descriptiveWho: readonly string[];
  /** Markers of a scale question (op een schaal, welk cijfer, out of 10, rate). */
  readonly scaleMarkers: readonly string[];
  /** Words of choosing (liever, voorkeur, prefer, rather): with "or" they make an either/or question. */
  readonly choiceCues: readonly string[];
  /** The "or" of an either/or question. */
  readonly orWords: readonly string[];
  /** Comparatives that, two of them with "or" after a comma, ask to pick a side (beter of slechter, better or worse). */
  readonly comparatives: readonly string[];
  /** Tags that end a statement as a yes/no question (toch, of niet, right, isn't it). */
  readonly tags: readonly string[];
  /** Phrases that lead the answer (vind je ook niet, surely, don't you think). */
  readonly leading: readonly string[];
  /** Why-words: "en waarom" / "and why" opens a part of its own. */
  readonly reasons: readonly string[];
  /** Coordinators that open another part of the question (en, and). */
  readonly coordinators: readonly string[];
  /** Uncountable things: "how much room" asks how it is, not a number (ruimte, tijd, room, support). */
  readonly massNouns: readonly string[];
  /** A rate turns an amount into a number again: "how much time a week" (per week, a month). */
  readonly rateMarkers: readonly string[];
  /** Wishes and possibilities: a who- or when-question with them asks to reflect (zou, would like, need). */
  readonly wishes: readonly string[];
  /** Superlatives: "from whom did you learn the most" asks to weigh, not only a name. */
  readonly superlatives: readonly string[];
  /** Labels that head a question before a colon (vraag, question): the question after the colon is what is asked. */
  readonly labels: readonly string[];
}
