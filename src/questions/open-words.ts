// The words, parts and sentences of a question, as the question reader sees them.
import type { WordToken } from '../core/index.js';
import type { QuestionLexicon } from './lexicon/index.js';
import type { QuestionReason } from './types.js';

/** Only the start of a very long text is read: a question is a sentence or two. */
export const maxLength = 5_000;

/** A word of the question, contractions of question words written out ("what's" → "what", "is"). */
export interface Word {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

export interface Part {
  readonly words: readonly Word[];
  /** The punctuation before the part: "," ":" or "" at the start of a sentence. */
  readonly after: string;
  /** Does its sentence end with a question mark? "Beschrijf je werkdag." is an invitation, "Vertel je het zelf?" a question. */
  readonly asked: boolean;
}

export interface Verdict {
  readonly verdict: 'open' | 'closed' | 'none' | 'skip';
  readonly reason: QuestionReason;
  readonly evidence: readonly Word[];
}

export const sentenceEnd: ReadonlySet<string> = new Set(['?', '!', '.', ';', '…']);
export const partBreak: ReadonlySet<string> = new Set([',', ':', '(', ')', '–', '—', '-', '/']);

export const contraction = /^(\p{L}+)'(s|re|ve|d|ll)$/u;
export const expanded: Readonly<Record<string, string>> = Object.freeze({ s: 'is', re: 'are', ve: 'have', d: 'would', ll: 'will' });

/** The value a table holds for `key` itself ("constructor" is no word of a table). */
function ownValue(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function wordsOf(tokens: readonly WordToken[], lexicon: QuestionLexicon): Word[] {
  const words: Word[] = [];
  for (const [index, token] of tokens.entries()) {
    const match = lexicon.locale === 'en' ? contraction.exec(token.lower) : null;
    // "Heb jij", "Heeft u": the listener addressed as the lists address them ("heb je").
    const formalVerb = tokens[index + 1]?.lower === 'u' ? ownValue(lexicon.formalVerbForms, token.lower) : undefined;
    const address = formalVerb ?? ownValue(lexicon.addressForms, token.lower);
    if (match !== null && lexicon.questionWords.includes(match[1] as string)) {
      // "What's", "How's", "Who's": the question word leads, as written out.
      words.push({ lower: match[1] as string, start: token.start, end: token.end });
      words.push({ lower: expanded[match[2] as string] as string, start: token.start, end: token.end });
    } else {
      words.push({ lower: address ?? token.lower, start: token.start, end: token.end });
    }
  }
  return words;
}

/** Does a phrase of the list start at word `at`? Returns its length in words (0 when none). */
export function phraseAt(list: readonly string[], words: readonly Word[], at: number): number {
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
export function findPhrase(list: readonly string[], words: readonly Word[], from = 0): number {
  for (let at = from; at < words.length; at++) if (phraseAt(list, words, at) > 0) return at;
  return -1;
}

/** Splits the text into sentences, and each sentence into parts at commas, colons and "en/and" + a question word. */
export function sentencesOf(tokens: readonly WordToken[], lexicon: QuestionLexicon): Part[][] {
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
      // No piece is empty: a part has words, and it is cut only between words.
      return pieces;
    }),
  );
}

/** Skips connectives ("en", "and", "please") at the start of a part. */
export function firstWord(words: readonly Word[], lexicon: QuestionLexicon): number {
  let at = 0;
  while (at < words.length - 1 && lexicon.connectives.includes((words[at] as Word).lower)) at++;
  return at;
}
