import type { Locale } from '../core/index.js';
import { deepFreeze, originalSpan, plainText, shortFormsSpelledOut, tokenizeWords } from '../core/index.js';
import type { QuestionLexicon } from './lexicon/index.js';
import { questionLexicons } from './lexicon/index.js';
import type { SentenceVerdict } from './open-rules.js';
import { judgeSentence } from './open-rules.js';
import type { Part } from './open-words.js';
import { maxLength, phraseAt, sentencesOf } from './open-words.js';
import type { QuestionJudgement } from './types.js';

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
  // Informal short forms (*'k ben benieuwd*, *'t liefst*) read as the words the lexicon is written with.
  const plain = shortFormsSpelledOut(plainText(original));
  const lexicon = questionLexicons[locale];
  const sentences = sentencesOf(tokenizeWords(plain.text), lexicon);
  let closed: SentenceVerdict | undefined;
  for (const parts of sentences) {
    const judged = judgeSentence(askedAfterColon(parts, lexicon), lexicon);
    // A question of several sentences is open when one of them is.
    if (judged.verdict === 'open') return result(true, judged, plain, original);
    if (judged.verdict === 'closed') closed ??= judged;
  }
  if (closed !== undefined) return result(false, closed, plain, original);
  return deepFreeze({ open: false, reason: 'none' as const, evidence: [] });
}

/**
 * "Vraag: wat wil je liever, A of B?", "Ik ben benieuwd: ben je tevreden?": a label or a statement of
 * curiosity before a colon heads the question after it, which is what is asked. Only when the words
 * before the colon are the label or the statement alone.
 */
function askedAfterColon(parts: readonly Part[], lexicon: QuestionLexicon): readonly Part[] {
  const colon = parts.findIndex((part, index) => index > 0 && part.after === ':');
  if (colon < 0) return parts;
  const lead = parts.slice(0, colon).flatMap((part) => part.words);
  const heads = (list: readonly string[]): boolean => lead.length > 0 && phraseAt(list, lead, 0) === lead.length;
  if (!heads(lexicon.labels) && !heads(lexicon.curiosity)) return parts;
  // The question after the colon opens its sentence.
  const [first, ...rest] = parts.slice(colon) as [Part, ...Part[]];
  return [{ ...first, after: '' }, ...rest];
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
