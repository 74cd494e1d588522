// Appraisal and pay talk in a development conversation's texts. A development conversation looks
// ahead; how someone is rated belongs in the beoordelingsgesprek, how the work goes in the
// functioneringsgesprek. This finds the words that signal the first two, so a host can say so.
import { originalSpan, plainText, tokenizeWords } from '../core/index.js';
import type { WordToken } from '../core/index.js';
import type { CompiledEvaluative, EvaluativeKind, Lang } from './lexicon/index.js';
import { compiled, scan } from './lexicon/index.js';

export type { EvaluativeKind } from './lexicon/index.js';

/**
 * One piece of appraisal or pay talk: where it stands in the caller's own text (`text` is exactly
 * `input.slice(start, end)`), the rule that found it, and what it is about.
 *
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * const [signal] = evaluativeSignals('Kan ik volgend jaar een trede omhoog?', 'nl');
 * signal?.text; // 'trede'
 * signal?.kind; // 'pay'
 * ```
 */
export interface EvaluativeSignal {
  readonly kind: EvaluativeKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** Titles, needs, notes and agreements are short; a longer text is read up to here. */
const maxLength = 10_000;

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly kind: EvaluativeKind;
}

/** Sentence spans: the topic and role rules look no further than the sentence they are in. */
function sentences(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    const ends =
      char === '!' || char === '?' || char === ';' || char === '\n' || (char === '.' && (at + 1 === text.length || text[at + 1] === ' '));
    if (ends) {
      found.push({ start, end: at + 1 });
      start = at + 1;
    }
  }
  if (start < text.length) found.push({ start, end: text.length });
  return found;
}

function sentenceOf(spans: readonly { start: number; end: number }[], offset: number): number {
  // Binary search: the texts are short, but a host may pass a long note.
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((spans[middle] as { start: number }).start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first token at or after an offset, by binary search. */
function tokenAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as WordToken).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Is what the match rates the person (or their work, or a year), and not a thing? "Beoordeling van
 * de offertes" and "our hotel's rating" are not about the writer; "beoordeling van vorig jaar" is.
 */
function aboutThePerson(
  tokens: readonly WordToken[],
  hit: Hit,
  rules: CompiledEvaluative,
  signalled: (offset: number) => boolean,
): boolean {
  const first = tokenAt(tokens, hit.start);
  const previous = tokens[first - 1];
  if (previous?.word === true && /'s$/u.test(previous.lower) && !rules.self.has(previous.lower.slice(0, -2))) return false;
  const next = tokenAt(tokens, hit.end);
  for (let at = next; at < next + 2; at++) {
    const token = tokens[at];
    if (token === undefined || !token.word) return true;
    if (!rules.owners.has(token.lower)) continue;
    let content = at + 1;
    while (content < at + 4 && tokens[content]?.word === true && rules.determiners.has((tokens[content] as WordToken).lower)) content++;
    const rated = tokens[content];
    if (rated === undefined || !rated.word) return true;
    // "een trede omhoog in mijn schaal": rating or pay words on both sides make it one signal.
    return (
      /^\p{N}/u.test(rated.lower) ||
      rules.self.has(rated.lower) ||
      rules.time.has(rated.lower) ||
      rules.work.has(rated.lower) ||
      signalled(rated.start)
    );
  }
  return true;
}

/** Which characters some span covers: one pass, so a text full of signal words stays linear. */
function cover(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const span of spans) covered.fill(1, span.start, span.end);
  return covered;
}

function signalsIn(input: string, rules: CompiledEvaluative): Hit[] {
  const excluded = cover(input.length, scan(rules.exclusions, input));
  const split = sentences(input);
  const payroll = new Set(scan(rules.payrollTopic, input).map((match) => sentenceOf(split, match.start)));
  const appraiser = new Set(scan(rules.appraiserRole, input).map((match) => sentenceOf(split, match.start)));
  const raw = rules.signals.flatMap((rule) => scan([rule], input).map((match) => ({ match, rule })));
  const signalCover = cover(
    input.length,
    raw.map(({ match }) => match),
  );
  let tokens: WordToken[] | undefined;
  const hits: Hit[] = [];
  for (const { match, rule } of raw) {
    const hit: Hit = { start: match.start, end: match.end, rule: match.rule, kind: rule.kind };
    if (excluded.subarray(hit.start, hit.end).includes(1)) continue;
    const sentence = sentenceOf(split, hit.start);
    // A payroll clerk's "salary package" is the work itself; a manager's appraisals are of others.
    if (hit.kind === 'pay' && payroll.has(sentence)) continue;
    if (hit.kind === 'appraisal' && appraiser.has(sentence)) continue;
    if (rule.owned) {
      tokens ??= tokenizeWords(input);
      if (!aboutThePerson(tokens, hit, rules, (offset) => signalCover[offset] === 1)) continue;
    }
    hits.push(hit);
  }
  return hits;
}

function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/**
 * Finds appraisal and pay talk in a title, need, note or agreement text: ratings and a
 * *beoordeling*, salary, raises, bonuses and scale steps (*trede, periodiek, schaal*). Grades for
 * exams, ratings of products, reviewing code, survey scales and payroll as the topic of someone's
 * work are not signals. Pass `'auto'` (the default) when the language is unknown: both languages'
 * words are read. Never throws: anything that is not a string gives no signals.
 *
 * @param text - the text to read.
 * @param locale - the language of the text: `'nl'`, `'en'` or `'auto'`. Not a catalogue: the
 *   signals are read with Dutch and English word lists only (the text's language, not the reader's).
 * @returns the signals in text order, none overlapping, each with its span in the caller's text.
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * evaluativeSignals('Een goede beoordeling zodat ik een periodiek krijg', 'nl').map((s) => s.kind); // ['appraisal', 'pay']
 * evaluativeSignals('Ik haal een 8 voor het examen Boekhouden', 'nl'); // []
 * evaluativeSignals('Raise the rating of our app in the store', 'en'); // []
 * ```
 */
export function evaluativeSignals(text: unknown, locale: 'nl' | 'en' | 'auto' = 'auto'): readonly EvaluativeSignal[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return Object.freeze([]);
    const original = text.length > maxLength ? text.slice(0, maxLength) : text;
    const plain = plainText(original);
    const input = plain.text;
    const langs: readonly Lang[] = isLang(locale) ? [locale] : ['nl', 'en'];
    const hits = langs.flatMap((lang) => signalsIn(input, compiled[lang].evaluative));
    // Longest first at each start, then no overlaps: one phrase, one signal.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Hit[] = [];
    for (const hit of hits) {
      const last = kept[kept.length - 1];
      if (last !== undefined && hit.start < last.end) continue;
      kept.push(hit);
    }
    return Object.freeze(
      kept.map((hit) => {
        const { start, end } = originalSpan(plain, hit.start, hit.end);
        return Object.freeze({ kind: hit.kind, text: original.slice(start, end), start, end, rule: hit.rule });
      }),
    );
  } catch {
    return Object.freeze([]);
  }
}
