import type { Locale } from '../core/index.js';
import type { WordToken } from '../core/index.js';
import { deepFreeze, originalSpan, plainText, tokenizeWords } from '../core/index.js';
import { questionLexicons } from './lexicon/index.js';
import type { QuestionLexicon } from './lexicon/index.js';

/**
 * Why a question is open or closed: the rule that decided, as a stable id.
 *
 * @example
 * ```ts
 * import type { QuestionReason } from 'ontwikkelgesprek';
 * const reason: QuestionReason = 'closed.choice';
 * ```
 */
export type QuestionReason =
  | 'open.questionWord'
  | 'open.invitation'
  | 'open.curiosity'
  | 'open.imperative'
  | 'open.multiPart'
  | 'closed.verbFirst'
  | 'closed.politeRequest'
  | 'closed.choice'
  | 'closed.scale'
  | 'closed.quantity'
  | 'closed.date'
  | 'closed.name'
  | 'closed.tag'
  | 'closed.leading'
  | 'closed.curiosity'
  | 'none'
  | 'invalid';

/**
 * The judgement on a question: open or not, the rule that decided, and the words behind it (spans
 * of the caller's own text: `text === question.slice(start, end)`).
 *
 * @example
 * ```ts
 * import { judgeQuestion } from 'ontwikkelgesprek';
 * const judgement = judgeQuestion('Kun je vertellen hoe dat ging?', 'nl');
 * judgement.open; // true
 * judgement.reason; // 'open.invitation'
 * judgement.evidence.map((span) => span.text); // ['Kun je vertellen']
 * ```
 */
export interface QuestionJudgement {
  readonly open: boolean;
  readonly reason: QuestionReason;
  readonly evidence: readonly { readonly text: string; readonly start: number; readonly end: number; readonly rule: string }[];
}

/** Only the start of a very long text is read: a question is a sentence or two. */
const maxLength = 5_000;

/** A word of the question, contractions of question words written out ("what's" → "what", "is"). */
interface Word {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

interface Part {
  readonly words: readonly Word[];
  /** The punctuation before the part: "," ":" or "" at the start of a sentence. */
  readonly after: string;
  /** Does its sentence end with a question mark? "Beschrijf je werkdag." is an invitation, "Vertel je het zelf?" a question. */
  readonly asked: boolean;
}

interface Verdict {
  readonly verdict: 'open' | 'closed' | 'none' | 'skip';
  readonly reason: QuestionReason;
  readonly evidence: readonly Word[];
}

const sentenceEnd: ReadonlySet<string> = new Set(['?', '!', '.', ';', '…']);
const partBreak: ReadonlySet<string> = new Set([',', ':', '(', ')', '–', '—', '-', '/']);

const contraction = /^(\p{L}+)'(s|re|ve|d|ll)$/u;
const expanded: Readonly<Record<string, string>> = Object.freeze({ s: 'is', re: 'are', ve: 'have', d: 'would', ll: 'will' });

function wordsOf(tokens: readonly WordToken[], lexicon: QuestionLexicon): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    const match = lexicon.locale === 'en' ? contraction.exec(token.lower) : null;
    if (match !== null && lexicon.questionWords.includes(match[1] as string)) {
      // "What's", "How's", "Who's": the question word leads, as written out.
      words.push({ lower: match[1] as string, start: token.start, end: token.end });
      words.push({ lower: expanded[match[2] as string] as string, start: token.start, end: token.end });
    } else {
      words.push({ lower: token.lower, start: token.start, end: token.end });
    }
  }
  return words;
}

/** Does a phrase of the list start at word `at`? Returns its length in words (0 when none). */
function phraseAt(list: readonly string[], words: readonly Word[], at: number): number {
  let best = 0;
  for (const entry of list) {
    const parts = entry.split(' ');
    if (parts.length <= best) continue;
    let fits = true;
    for (let k = 0; k < parts.length; k++) {
      if (words[at + k]?.lower !== parts[k]) {
        fits = false;
        break;
      }
    }
    if (fits) best = parts.length;
  }
  return best;
}

/** Where a phrase of the list occurs in the words, as its first index (or -1). Bounded by the part's length. */
function findPhrase(list: readonly string[], words: readonly Word[], from = 0): number {
  for (let at = from; at < words.length; at++) if (phraseAt(list, words, at) > 0) return at;
  return -1;
}

/** Splits the text into sentences, and each sentence into parts at commas, colons and "en/and" + a question word. */
function sentencesOf(tokens: readonly WordToken[], lexicon: QuestionLexicon): Part[][] {
  const sentences: Part[][] = [];
  let parts: Part[] = [];
  let current: WordToken[] = [];
  let after = '';
  const flush = (next: string): void => {
    if (current.length > 0) parts.push({ words: wordsOf(current, lexicon), after, asked: true });
    current = [];
    after = next;
  };
  const close = (mark: string): void => {
    flush('');
    if (parts.length > 0) sentences.push(mark === '?' ? parts : parts.map((part) => ({ ...part, asked: false })));
    parts = [];
  };
  for (const token of tokens) {
    if (!token.word) {
      if (sentenceEnd.has(token.text)) {
        close(token.text);
      } else if (partBreak.has(token.text)) {
        flush(token.text);
      }
      continue;
    }
    current.push(token);
  }
  close('?');
  // "Wie inspireert je en waarom?", "Ben je tevreden en wat zou je anders doen?": a coordinator
  // followed by a question word starts a part of its own.
  return sentences.map((sentence) =>
    sentence.flatMap((part) => {
      const pieces: Part[] = [];
      let from = 0;
      for (let at = 1; at < part.words.length - 1; at++) {
        const coordinator = phraseAt(lexicon.coordinators, part.words, at);
        if (coordinator === 0) continue;
        const next = at + coordinator;
        if (phraseAt(lexicon.questionWords, part.words, next) > 0 || phraseAt(lexicon.reasons, part.words, next) > 0) {
          pieces.push({ words: part.words.slice(from, at), after: from === 0 ? part.after : 'and', asked: part.asked });
          from = at;
        }
      }
      pieces.push({ words: part.words.slice(from), after: from === 0 ? part.after : 'and', asked: part.asked });
      return pieces.filter((piece) => piece.words.length > 0);
    }),
  );
}

/** Skips connectives ("en", "and", "please") at the start of a part. */
function firstWord(words: readonly Word[], lexicon: QuestionLexicon): number {
  let at = 0;
  while (at < words.length - 1 && lexicon.connectives.includes((words[at] as Word).lower)) at++;
  return at;
}

/**
 * The rules that judge one part, in order: the first that applies decides. Each is a row: its
 * reason, and a test that returns the decisive words (or undefined when it does not apply).
 */
const partRules: readonly {
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
    // "Ik vraag me af hoe ...", "I'm curious what ...": a statement of curiosity invites a story.
    reason: 'open.curiosity',
    verdict: 'open',
    test: (words, at, lexicon) => {
      const length = phraseAt(lexicon.curiosity, words, at);
      return length > 0 ? words.slice(at, at + length) : undefined;
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
      for (let k = at + length; k < limit; k++) {
        if (phraseAt(lexicon.tellVerbs, words, k) > 0 || phraseAt(lexicon.exampleWords, words, k) > 0)
          return [...words.slice(at, at + length), words[k] as Word];
        // "Mag ik vragen hoe ...": a polite frame before a question word.
        if (
          k === at + length &&
          phraseAt(lexicon.questionWords, words, k) > 0 &&
          /^(?:mag|can|may|could)$/u.test((words[at] as Word).lower)
        )
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
      if (lexicon.conjunctionLike.includes(first.lower) && second !== undefined && lexicon.determiners.includes(second.lower))
        return [first];
      if (lexicon.subordinators.includes(first.lower)) return [first];
      return undefined;
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
      const length = phraseAt(lexicon.quantityQuestions, words, start);
      if (length === 0) return undefined;
      if (lexicon.subjects.includes(words[start + length]?.lower ?? '')) return undefined;
      const mass = phraseAt(lexicon.massNouns, words, start + length) > 0;
      if (mass && findPhrase(lexicon.rateMarkers, words, start + length) < 0) return undefined;
      return words.slice(start, start + length);
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
      const person = /^(?:welke|welk|which|what)$/u.test(which.lower) && phraseAt(lexicon.personNouns, words, at + 1) > 0;
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
      if (phraseAt(lexicon.reasons, words, at) > 0) return [words[at] as Word];
      return undefined;
    },
  },
  {
    // "Stel je voor ...", "Ga eens na ...", "Kijk maar ...": a Dutch invitation with "eens" or "maar".
    reason: 'open.imperative',
    verdict: 'open',
    test: (words, at, lexicon) => {
      const first = words[at] as Word;
      const second = words[at + 1];
      const third = words[at + 2];
      if (lexicon.locale !== 'nl') return undefined;
      if (first.lower === 'stel' && second?.lower === 'je' && third?.lower === 'voor') return words.slice(at, at + 3);
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

function judgePart(part: Part, lexicon: QuestionLexicon): Verdict {
  const at = firstWord(part.words, lexicon);
  if (part.words[at] === undefined) return { verdict: 'none', reason: 'none', evidence: [] };
  for (const rule of partRules) {
    const evidence = rule.test(part.words, at, lexicon, part.asked);
    if (evidence !== undefined) return { verdict: rule.verdict, reason: rule.reason, evidence };
  }
  return { verdict: 'none', reason: 'none', evidence: [] };
}

/** "..., toch?", "..., right?", "..., isn't it?": a tag closes a statement as a yes/no question. */
function tagOf(parts: readonly Part[], lexicon: QuestionLexicon): readonly Word[] | undefined {
  const last = parts[parts.length - 1];
  if (last === undefined || parts.length < 2 || last.after !== ',') return undefined;
  const at = firstWord(last.words, lexicon);
  const length = phraseAt(lexicon.tags, last.words, at);
  return length > 0 && at + length === last.words.length ? last.words.slice(at) : undefined;
}

/**
 * "Welke vorm: een cursus of een coach?", "Wil je liever A of B?", "ja of nee": a choice between two.
 * Options after a colon are a choice when there are two; after a comma only with a word of
 * choosing ("Welke dag komt je beter uit, dinsdag of donderdag?"), so "Wat verandert er, privé of op
 * het werk?" and a list of three stay open questions.
 */
function choiceOf(parts: readonly Part[], lexicon: QuestionLexicon): readonly Word[] | undefined {
  const all = parts.flatMap((part) => part.words);
  const cue = findPhrase(lexicon.choiceCues, all) >= 0;
  for (const [index, part] of parts.entries()) {
    const or = findPhrase(lexicon.orWords, part.words, 1);
    if (or < 0 || or >= part.words.length - 1) continue;
    // "... , of niet?", "... or not?": a yes/no question.
    if (/^(?:niet|not)$/u.test(part.words[or + 1]?.lower ?? '')) return part.words.slice(or, or + 2);
    if (/^(?:ja|yes)$/u.test(part.words[or - 1]?.lower ?? '')) return part.words.slice(or - 1, or + 2);
    const previous = parts[index - 1];
    const twoAfterColon = part.after === ':' && part.words.length <= 12 && judgePart(part, lexicon).verdict === 'none';
    const listOfMore = previous !== undefined && previous.after === ':' && part.after === ',';
    if (twoAfterColon && !listOfMore) return [part.words[or] as Word];
    if (cue && !listOfMore) return [part.words[or] as Word];
  }
  return undefined;
}

interface SentenceVerdict {
  readonly verdict: 'open' | 'closed' | 'none';
  readonly reason: QuestionReason;
  readonly evidence: readonly Word[];
}

function judgeSentence(parts: readonly Part[], lexicon: QuestionLexicon): SentenceVerdict {
  const all = parts.flatMap((part) => part.words);
  // Leading and tag questions are closed as a whole, whatever question word they carry.
  const leading = findPhrase(lexicon.leading, all);
  if (leading >= 0)
    return { verdict: 'closed', reason: 'closed.leading', evidence: all.slice(leading, leading + phraseAt(lexicon.leading, all, leading)) };
  const tag = tagOf(parts, lexicon);
  if (tag !== undefined) return { verdict: 'closed', reason: 'closed.tag', evidence: tag };
  // A lead-in ("Wat denk je, ...") only introduces the part after it.
  const asked = parts.filter(
    (part, index) =>
      !(index < parts.length - 1 && phraseAt(lexicon.leadIns, part.words, firstWord(part.words, lexicon)) === part.words.length),
  );
  const verdicts = asked.map((part) => ({ part, judged: judgePart(part, lexicon) })).filter(({ judged }) => judged.verdict !== 'skip');
  const scale = findPhrase(lexicon.scaleMarkers, all);
  const choice = choiceOf(asked, lexicon);
  if (scale >= 0 || choice !== undefined) {
    // "... A of B, en waarom?": a part of its own after the choice or the scale is still open.
    const extra = verdicts.find(
      ({ part, judged }) => (part.after === 'and' || phraseAt(lexicon.coordinators, part.words, 0) > 0) && judged.verdict === 'open',
    );
    if (extra !== undefined) return { verdict: 'open', reason: 'open.multiPart', evidence: extra.judged.evidence };
    if (scale >= 0)
      return { verdict: 'closed', reason: 'closed.scale', evidence: all.slice(scale, scale + phraseAt(lexicon.scaleMarkers, all, scale)) };
    return { verdict: 'closed', reason: 'closed.choice', evidence: choice ?? [] };
  }
  const open = verdicts.find(({ judged }) => judged.verdict === 'open');
  const closed = verdicts.find(({ judged }) => judged.verdict === 'closed');
  if (open !== undefined)
    return { verdict: 'open', reason: closed !== undefined ? 'open.multiPart' : open.judged.reason, evidence: open.judged.evidence };
  if (closed !== undefined) return { verdict: 'closed', reason: closed.judged.reason, evidence: closed.judged.evidence };
  return { verdict: 'none', reason: 'none', evidence: [] };
}

/**
 * Judges a question in Dutch or English: open (it invites telling, explaining, describing or an
 * example, also in a polite yes/no frame or as a statement of curiosity) or closed (yes/no, also
 * with a question word when it asks for a choice between options, a place on a scale, a number,
 * a date or a name, and tag and leading questions). A question of several parts is open when one
 * part is. Returns the rule that decided and the words behind it, as spans of your own text.
 * Never throws; text that is not a string or a locale that is not known answers `invalid`.
 *
 * @example
 * ```ts
 * import { judgeQuestion } from 'ontwikkelgesprek';
 * judgeQuestion('Welke vorm past beter bij je: een cursus of een coach?', 'nl').reason; // 'closed.choice'
 * judgeQuestion('Wil je liever een cursus of een coach, en waarom?', 'nl').open; // true
 * judgeQuestion('I wonder how you solved that at the time.', 'en').reason; // 'open.curiosity'
 * judgeQuestion('That went well, didn\'t it?', 'en').reason; // 'closed.tag'
 * ```
 */
export function judgeQuestion(text: string, locale: Locale): QuestionJudgement {
  if (typeof text !== 'string' || (locale !== 'nl' && locale !== 'en'))
    return deepFreeze({ open: false, reason: 'invalid' as const, evidence: [] });
  const original = text.slice(0, maxLength);
  const plain = plainText(original);
  const lexicon = questionLexicons[locale];
  const sentences = sentencesOf(tokenizeWords(plain.text), lexicon);
  let closed: SentenceVerdict | undefined;
  for (const parts of sentences) {
    const judged = judgeSentence(parts, lexicon);
    // A question of several sentences is open when one of them is.
    if (judged.verdict === 'open') return result(true, judged, plain, original);
    if (judged.verdict === 'closed') closed ??= judged;
  }
  if (closed !== undefined) return result(false, closed, plain, original);
  return deepFreeze({ open: false, reason: 'none' as const, evidence: [] });
}

function result(open: boolean, judged: SentenceVerdict, plain: ReturnType<typeof plainText>, original: string): QuestionJudgement {
  const evidence: { text: string; start: number; end: number; rule: string }[] = [];
  let previous: { start: number; end: number } | undefined;
  for (const word of judged.evidence) {
    // Adjacent words make one span ("Kun je"); words further apart stay apart.
    if (previous !== undefined && plain.text.slice(previous.end, word.start).trim() === '' && word.start >= previous.end) {
      previous = { start: previous.start, end: word.end };
      evidence[evidence.length - 1] = span(previous, plain, original, judged.reason);
      continue;
    }
    if (previous !== undefined && word.start < previous.end) continue;
    previous = { start: word.start, end: word.end };
    evidence.push(span(previous, plain, original, judged.reason));
  }
  return deepFreeze({ open, reason: judged.reason, evidence });
}

function span(
  range: { start: number; end: number },
  plain: ReturnType<typeof plainText>,
  original: string,
  rule: string,
): { text: string; start: number; end: number; rule: string } {
  const mapped = originalSpan(plain, range.start, range.end);
  return { text: original.slice(mapped.start, mapped.end), start: mapped.start, end: mapped.end, rule };
}

/**
 * Is this an open question (inviting a story) or a closed one, in Dutch or English? Open: a
 * question word (*Wat*, *Hoe*, *Op welke manier*, *What*, *To what extent*), an invitation
 * (*Vertel eens*, *Beschrijf*, *Describe*), also in a polite yes/no frame (*Kun je vertellen ...*,
 * *Could you talk me through ...*), and a statement of curiosity (*Ik vraag me af hoe ...*). Closed:
 * a verb first (*Ben je*, *Do you*), and, even with a question word, an either/or choice (*Welke
 * vorm: een cursus of een coach?*), a scale (*op een schaal van 1 tot 10*), a number (*hoeveel*,
 * *how often*), a date (*wanneer ben je klaar*), a name (*wie is je mentor*), tag questions (*...,
 * toch?*) and leading questions (*Vind je ook niet dat ...*). A question with several parts is open
 * when one part is. Text that asks nothing recognisable, and input that is not a string or not a
 * known locale, answers `false`. {@link judgeQuestion} says which rule decided.
 *
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Wat geeft je energie in je werk?', 'nl'); // true
 * isOpenQuestion('Heb je het naar je zin?', 'nl'); // false
 * isOpenQuestion('Looking back on the year, what are you proud of?', 'en'); // true
 * isOpenQuestion('Could you describe what gives you energy?', 'en'); // true
 * isOpenQuestion('How many hours a week do you spend learning?', 'en'); // false
 * ```
 */
export function isOpenQuestion(text: string, locale: Locale): boolean {
  return judgeQuestion(text, locale).open;
}
