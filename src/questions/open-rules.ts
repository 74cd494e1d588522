// The rules that judge one part of a question, and a sentence of parts.
import type { QuestionLexicon } from './lexicon/index.js';
import type { Part, Verdict, Word } from './open-words.js';
import { findPhrase, firstWord, phraseAt } from './open-words.js';
import type { QuestionReason } from './types.js';

/** The first words of a frame that asks permission to ask: "Mag ik vragen hoe ...", "Can I ask what ...". */
const askingFrames: readonly string[] = ['mag', 'can', 'may', 'could'];

/** Words that ask to pick one of the options that follow: "Welke cursus ...", "Which course ...". */
const whichWords: readonly string[] = ['welke', 'welk', 'which'];

/** "... of niet?", "... or not?" and "ja of nee", "yes or no": a choice between yes and no. */
const notWords: readonly string[] = ['niet', 'not'];
const yesWords: readonly string[] = ['ja', 'yes'];

const muchVerbs =
  /^(?:do|does|did|is|are|was|were|will|would|can|could|should|have|has|had|of|more|less|longer|further|you|it|they|we|i)$/u;

/**
 * How many words at `start` ask for a number or a time (*hoeveel*, *hoe vaak*, how many), or 0. Not
 * when a subject follows a main question (*hoe laat je me weten*: how do you let me know), nor for a mass noun
 * without a rate (*hoeveel ruimte krijg je*, how much room do you get: it asks how it is).
 */
function quantityAsked(words: readonly Word[], start: number, lexicon: QuestionLexicon, embedded = false): number {
  const length = phraseAt(lexicon.quantityQuestions, words, start);
  if (length === 0) return 0;
  const next = words[start + length]?.lower ?? '';
  // In an embedded question the subject always follows (*vertellen hoe vaak je ...*).
  if (!embedded && lexicon.subjects.includes(next)) return 0;
  // English "how much" takes only an uncountable noun ("how much overtime"): that noun is a mass noun
  // whether or not the list knows it; before a verb ("how much does it cost") it asks an amount.
  const phrase = words
    .slice(start, start + length)
    .map((word) => word.lower)
    .join(' ');
  const muchNoun = phrase === 'how much' && next !== '' && !muchVerbs.test(next);
  const mass = muchNoun || phraseAt(lexicon.massNouns, words, start + length) > 0;
  if (mass && findPhrase(lexicon.rateMarkers, words, start + length) < 0) return 0;
  return length;
}

/** Does a closed question (a quantity, a date, a name) stand at `at` inside a polite frame? */
function embeddedClosed(words: readonly Word[], at: number, lexicon: QuestionLexicon): boolean {
  if (at >= words.length) return false;
  if (quantityAsked(words, at, lexicon, true) > 0) return true;
  return partRules.some(
    (rule) => (rule.reason === 'closed.date' || rule.reason === 'closed.name') && rule.test(words, at, lexicon, true) !== undefined,
  );
}

/**
 * The rules that judge one part, in order: the first that applies decides. Each is a row: its
 * reason, and a test that returns the decisive words (or undefined when it does not apply).
 */
export const partRules: readonly {
  readonly reason: QuestionReason;
  readonly verdict: 'open' | 'closed' | 'skip';
  readonly test: (words: readonly Word[], at: number, lexicon: QuestionLexicon, asked: boolean) => readonly Word[] | undefined;
}[] = [
  {
    // "Ik vraag me af of ...", "I wonder whether ...": curiosity about a yes or a no.
    reason: 'closed.curiosity',
    verdict: 'closed',
    test: (words, at, lexicon) => {
      const length = phraseAt(lexicon.curiosity, words, at);
      if (length === 0) return undefined;
      const next = at + length;
      return phraseAt(lexicon.yesNoWords, words, next) > 0 || phraseAt(lexicon.yesNoWords, words, next + 1) > 0
        ? words.slice(at, next + 1)
        : undefined;
    },
  },
  {
    // "Ik vraag me af hoe ...", "I'm curious what ...": a statement of curiosity invites a story. Only
    // with what it is curious about: "Ben je tevreden? Ik ben benieuwd." asks nothing more.
    reason: 'open.curiosity',
    verdict: 'open',
    test: (words, at, lexicon) => {
      const length = phraseAt(lexicon.curiosity, words, at);
      return length > 0 && at + length < words.length ? words.slice(at, at + length) : undefined;
    },
  },
  {
    // "Kun je vertellen ...", "Could you talk me through ...", "Heb je een voorbeeld ...": a polite
    // yes/no frame around an invitation to tell is an invitation.
    reason: 'open.invitation',
    verdict: 'open',
    test: (words, at, lexicon) => {
      const length = phraseAt(lexicon.politeFrames, words, at);
      if (length === 0) return undefined;
      const limit = Math.min(words.length, at + length + 8);
      // "Heb je nog vragen?": after a frame of having, a word of telling is a thing had (questions), no telling.
      const having = phraseAt(lexicon.havingFrames, words, at) > 0;
      for (let k = at + length; k < limit; k++) {
        const tell = having ? 0 : phraseAt(lexicon.tellVerbs, words, k);
        // "Kun je vertellen hoeveel uur ...", "Can you tell me how many ...", "Could you tell me who
        // signs ...", "Kun je me zeggen wanneer ...": telling a number, a name or a date answers the
        // closed question inside, so the polite frame asks for that, not for a story.
        if (tell > 0 && (embeddedClosed(words, k + tell, lexicon) || embeddedClosed(words, k + tell + 1, lexicon))) return undefined;
        if (tell > 0 || phraseAt(lexicon.exampleWords, words, k) > 0) return [...words.slice(at, at + length), words[k] as Word];
        // "Mag ik vragen hoe ...": a polite frame before a question word.
        if (k === at + length && phraseAt(lexicon.questionWords, words, k) > 0 && askingFrames.includes((words[at] as Word).lower))
          return words.slice(at, k + 1);
      }
      return undefined;
    },
  },
  {
    // "Kun je het verslag voor vrijdag afronden?": a polite frame around anything else asks yes or no.
    reason: 'closed.politeRequest',
    verdict: 'closed',
    test: (words, at, lexicon) => {
      const length = phraseAt(lexicon.politeFrames, words, at);
      return length > 0 ? words.slice(at, at + length) : undefined;
    },
  },
  {
    // "Wanneer je terugkijkt, ...", "When you look back, ...": a clause before the question.
    reason: 'none',
    verdict: 'skip',
    test: (words, at, lexicon) => {
      const first = words[at] as Word;
      const second = words[at + 1];
      const clause =
        (lexicon.conjunctionLike.includes(first.lower) && second !== undefined && lexicon.determiners.includes(second.lower)) ||
        lexicon.subordinators.includes(first.lower);
      return clause ? [first] : undefined;
    },
  },
  {
    // "Hoeveel", "hoe vaak", "how long", "what time": the answer is a number or a time. "How much
    // room do you have" asks how it is (a mass noun without a rate), and "hoe laat je me weten" is
    // "how do you let me know".
    reason: 'closed.quantity',
    verdict: 'closed',
    test: (words, at, lexicon) => {
      const start = phraseAt(lexicon.prepositions, words, at) > 0 ? at + 1 : at;
      const length = quantityAsked(words, start, lexicon);
      return length === 0 ? undefined : words.slice(start, start + length);
    },
  },
  {
    // "Wanneer ben je klaar?", "When does the course start?": the answer is a date. "Wanneer voel je
    // je op je best?" and "When do you want to start?" ask about situations and wishes, and stay open.
    reason: 'closed.date',
    verdict: 'closed',
    test: (words, at, lexicon) => {
      const start = phraseAt(lexicon.prepositions, words, at) > 0 ? at + 1 : at;
      if (phraseAt(lexicon.dateQuestions, words, start) === 0) return undefined;
      return findPhrase(lexicon.conditionCues, words, start + 1) >= 0 ? undefined : words.slice(at, start + 1);
    },
  },
  {
    // "Wie is je mentor?", "Met wie heb je dat afgesproken?", "Which colleague ...": the answer is a
    // name. A who-question that asks to reflect stays open: a wish or a possibility ("Van wie zou je
    // graag leren?", "Who could be your mentor?"), a superlative ("from whom did you learn the most"),
    // a second question word ("Wie doet wat?"), or a description ("Wie ben je op je best?").
    reason: 'closed.name',
    verdict: 'closed',
    test: (words, at, lexicon) => {
      if (phraseAt(lexicon.descriptiveWho, words, at) > 0) return undefined;
      const name = phraseAt(lexicon.nameQuestions, words, at);
      const which = words[at] as Word;
      const person = (whichWords.includes(which.lower) || which.lower === 'what') && phraseAt(lexicon.personNouns, words, at + 1) > 0;
      if (name === 0 && !person) return undefined;
      const rest = name > 0 ? at + name : at + 2;
      if (findPhrase(lexicon.wishes, words, rest) >= 0 || findPhrase(lexicon.superlatives, words, rest) >= 0) return undefined;
      if (findPhrase(lexicon.questionWords, words, rest) >= 0) return undefined;
      return name > 0 ? words.slice(at, at + name) : words.slice(at, at + 2);
    },
  },
  {
    // A question word, perhaps after a preposition: "Wat ...", "Op welke manier ...", "To what extent ...".
    reason: 'open.questionWord',
    verdict: 'open',
    test: (words, at, lexicon) => {
      if (phraseAt(lexicon.questionWords, words, at) > 0) return [words[at] as Word];
      if (phraseAt(lexicon.prepositions, words, at) > 0 && phraseAt(lexicon.questionWords, words, at + 1) > 0)
        return words.slice(at, at + 2);
      // A reason word (waarom, hoezo, why, how come) starts with a question word, so the first test takes it.
      return undefined;
    },
  },
  {
    // "Ga eens na ...", "Kijk maar ...": a Dutch invitation with "eens" or "maar". ("Stel je voor ..."
    // never gets here: "stel" opens a clause, "stel dat ...", which the rule before skips.)
    reason: 'open.imperative',
    verdict: 'open',
    test: (words, at, lexicon) => {
      const first = words[at] as Word;
      const second = words[at + 1];
      if (lexicon.locale !== 'nl') return undefined;
      if (second !== undefined && (second.lower === 'eens' || second.lower === 'maar') && !lexicon.subjects.includes(first.lower))
        return words.slice(at, at + 2);
      return undefined;
    },
  },
  {
    // A verb first asks yes or no: "Ben je ...", "Heb je ...", "Do you ...", "Is there ...".
    reason: 'closed.verbFirst',
    verdict: 'closed',
    test: (words, at, lexicon, asked) => {
      const first = words[at] as Word;
      if (lexicon.finiteVerbs.includes(first.lower)) return [first];
      // English imperatives keep "you" as an object ("Imagine you could ...").
      if (lexicon.locale === 'en' && lexicon.imperatives.includes(first.lower)) return undefined;
      const second = words[at + 1];
      // A verb before its subject: "Denk je dat ...", "Herken je ...", "Vertel je ..."; but an
      // invitation that does not end in a question mark reads "je" as "your": "Beschrijf je werkdag."
      if (second !== undefined && lexicon.subjects.includes(second.lower) && (asked || !lexicon.imperatives.includes(first.lower)))
        return [first, second];
      return undefined;
    },
  },
  {
    // An invitation: "Vertel ...", "Beschrijf ...", "Tell me ...", "Describe ...".
    reason: 'open.imperative',
    verdict: 'open',
    test: (words, at, lexicon) => (lexicon.imperatives.includes((words[at] as Word).lower) ? [words[at] as Word] : undefined),
  },
];

/** A part or a sentence that asks nothing the rules know. */
const noVerdict = { verdict: 'none', reason: 'none', evidence: [] } as const;

/** Judges a part; a part always has a word (sentences are cut only between words), so the rules may read the first. */
export function judgePart(part: Part, lexicon: QuestionLexicon): Verdict {
  const at = firstWord(part.words, lexicon);
  for (const rule of partRules) {
    const evidence = rule.test(part.words, at, lexicon, part.asked);
    if (evidence !== undefined) return { verdict: rule.verdict, reason: rule.reason, evidence };
  }
  return noVerdict;
}

/** "..., toch?", "..., right?", "..., isn't it?": a tag closes a statement as a yes/no question. */
export function tagOf(parts: readonly Part[], lexicon: QuestionLexicon): readonly Word[] | undefined {
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1] as Part;
  if (last.after !== ',') return undefined;
  // The first word read is never past the last, so a tag of no words never reaches the end.
  const at = firstWord(last.words, lexicon);
  return at + phraseAt(lexicon.tags, last.words, at) === last.words.length ? last.words.slice(at) : undefined;
}

/**
 * "Welke vorm: een cursus of een coach?", "Wil je liever A of B?", "ja of nee": a choice between two.
 * Options after a colon are a choice when there are two; after a comma only with a word of
 * choosing ("Welke dag komt je beter uit, dinsdag of donderdag?") or after which/welke ("Which course
 * do you want, Excel or Power BI?"), so "Wat verandert er, privé of op het werk?" and a list of three
 * stay open questions. Two comparatives after a comma ask to pick a side: "..., beter of slechter?".
 */
export function choiceOf(parts: readonly Part[], lexicon: QuestionLexicon): readonly Word[] | undefined {
  const all = parts.flatMap((part) => part.words);
  // "Which course do you want, Excel or Power BI?": which/welke asks to pick, as a word of choosing does.
  // "So which course ...", "Okay, which course ...": after a connective at the start; "Hi Sam, which
  // course ...", "By the way, which ...": at the start of a part after a lead.
  const which = parts.some((part) => whichWords.includes(part.words[firstWord(part.words, lexicon)]?.lower ?? ''));
  const cue = findPhrase(lexicon.choiceCues, all) >= 0;
  for (const [index, part] of parts.entries()) {
    const or = findPhrase(lexicon.orWords, part.words, 1);
    if (or < 0 || or >= part.words.length - 1) continue;
    // "... , of niet?", "... or not?": a yes/no question.
    // The option word stands between two words: it is searched from the second word and not taken as the last.
    if (notWords.includes((part.words[or + 1] as Word).lower)) return part.words.slice(or, or + 2);
    if (yesWords.includes((part.words[or - 1] as Word).lower)) return part.words.slice(or - 1, or + 2);
    const previous = parts[index - 1];
    const twoAfterColon = part.after === ':' && part.words.length <= 12 && judgePart(part, lexicon).verdict === 'none';
    // "Kies: A, B of C?": the options are a list after a colon. Not when what follows the colon asks
    // something of its own ("Eerlijk gezegd: wat wil je liever, A of B?").
    const listOfMore =
      previous !== undefined && previous.after === ':' && part.after === ',' && judgePart(previous, lexicon).verdict === 'none';
    if (twoAfterColon && !listOfMore) return [part.words[or] as Word];
    if (cue && !listOfMore) return [part.words[or] as Word];
    // ... and two short options that end a which-question after a comma ("Welke cursus wil je, Excel
    // of Power BI?"); not "taken of rollen" inside it, nor a qualifier ("..., op korte of langere termijn?").
    const options =
      which &&
      index === parts.length - 1 &&
      part.after === ',' &&
      part.words.length <= 5 &&
      phraseAt(lexicon.prepositions, part.words, 0) === 0;
    if (options && !listOfMore) return [part.words[or] as Word];
    // "Wat vind je van de nieuwe schoenen, beter of slechter?": two comparatives after a comma ask to pick a side.
    const sides =
      part.after === ',' &&
      part.words.length <= 8 &&
      phraseAt(lexicon.comparatives, part.words, 0) === or &&
      phraseAt(lexicon.comparatives, part.words, or + 1) > 0;
    if (sides) return part.words.slice(0, or + 2);
  }
  return undefined;
}

export interface SentenceVerdict {
  readonly verdict: 'open' | 'closed' | 'none';
  readonly reason: QuestionReason;
  readonly evidence: readonly Word[];
}

/** A word that belongs to the question's own machinery, never a name said to the listener. */
function questionLexiconWord(word: Word, lexicon: QuestionLexicon): boolean {
  const lists = [lexicon.questionWords, lexicon.tags, lexicon.orWords, lexicon.reasons, lexicon.yesNoWords, lexicon.comparatives];
  return lists.some((list) => list.includes(word.lower));
}

/**
 * "Sanne, hoe gaat het?", "Wat denk je, Sanne?": a single word set off by a comma at the start or
 * the end of a sentence speaks to the listener (or marks the turn: "Kortom, ..."); the question is
 * what is left. A tag ("..., toch?") or an option stays.
 */
function withoutAddress(parts: readonly Part[], lexicon: QuestionLexicon): readonly Part[] {
  const single = (part: Part): boolean => part.words.length === 1 && !questionLexiconWord(part.words[0] as Word, lexicon);
  const last = parts[parts.length - 1] as Part;
  const kept = parts.length >= 2 && last.after === ',' && single(last) ? parts.slice(0, -1) : parts;
  if (kept.length < 2) return kept;
  const [first, second] = kept as readonly [Part, Part];
  if (second.after !== ',' || !single(first) || lexicon.leadIns.includes((first.words[0] as Word).lower)) return kept;
  // The part after the name opens the sentence now.
  return [{ ...second, after: '' }, ...kept.slice(2)];
}

export function judgeSentence(sentence: readonly Part[], lexicon: QuestionLexicon): SentenceVerdict {
  const parts = withoutAddress(sentence, lexicon);
  const all = parts.flatMap((part) => part.words);
  // Leading and tag questions are closed as a whole, whatever question word they carry.
  const leading = findPhrase(lexicon.leading, all);
  if (leading >= 0)
    return { verdict: 'closed', reason: 'closed.leading', evidence: all.slice(leading, leading + phraseAt(lexicon.leading, all, leading)) };
  const tag = tagOf(parts, lexicon);
  if (tag !== undefined) return { verdict: 'closed', reason: 'closed.tag', evidence: tag };
  // A lead-in ("Wat denk je, ...") only introduces the part after it.
  // "En wat denk je, ...": the lead-in may follow a connective.
  const leadIn = (part: Part): boolean => {
    const at = firstWord(part.words, lexicon);
    return at + phraseAt(lexicon.leadIns, part.words, at) === part.words.length;
  };
  const asked = parts.filter((part, index) => !(index < parts.length - 1 && leadIn(part)));
  // A skipped part (a clause before the question) is neither open nor closed, so no search below finds it.
  const verdicts = asked.map((part) => ({ part, judged: judgePart(part, lexicon) }));
  const scale = findPhrase(lexicon.scaleMarkers, all);
  const choice = choiceOf(asked, lexicon);
  if (scale >= 0 || choice !== undefined) {
    // "... A of B, en waarom?": a part of its own after the choice or the scale is still open. A part
    // cut off at "en"/"and" + a question word starts with that word too.
    // Not the first part: "En welke vorm past bij je: A of B?" opens with "en" and is the choice itself.
    const extra = verdicts.find(
      ({ part, judged }, index) => index > 0 && phraseAt(lexicon.coordinators, part.words, 0) > 0 && judged.verdict === 'open',
    );
    if (extra !== undefined) return { verdict: 'open', reason: 'open.multiPart', evidence: extra.judged.evidence };
    if (scale >= 0)
      return { verdict: 'closed', reason: 'closed.scale', evidence: all.slice(scale, scale + phraseAt(lexicon.scaleMarkers, all, scale)) };
    return { verdict: 'closed', reason: 'closed.choice', evidence: choice as readonly Word[] };
  }
  const open = verdicts.find(({ judged }) => judged.verdict === 'open');
  const closed = verdicts.find(({ judged }) => judged.verdict === 'closed');
  if (open !== undefined)
    return { verdict: 'open', reason: closed !== undefined ? 'open.multiPart' : open.judged.reason, evidence: open.judged.evidence };
  if (closed !== undefined) return { verdict: 'closed', reason: closed.judged.reason, evidence: closed.judged.evidence };
  return noVerdict;
}
