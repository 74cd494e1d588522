// The reading of a goal text: every rule group's spans, the clauses, the verbs and their objects.
import type { CompiledLexicon, Lang, NounClass, RuleGroups, RuleMatch } from '../lexicon/index.js';
import { compiled, scan, settledSpelling } from '../lexicon/index.js';
import type { Clause } from './clauses.js';
import { clauseOf, clausesOf, hardBreak } from './clauses.js';
import type { Verb } from './places.js';
import { isVerbForm } from './places.js';
import type { Span } from './tables.js';
import { coverage, rulePriority, select } from './tables.js';
import type { Token } from './tokens.js';
import { capitals, is, phraseAt, phraseSpans, tokenIndexAt, tokenize } from './tokens.js';
import { withoutRemarks } from './remarks.js';
import { findVerbs } from './verbs.js';

// ---------------------------------------------------------------------------------------------
// Verbs and their objects
// ---------------------------------------------------------------------------------------------

export interface ObjectWord {
  readonly token: Token;
  readonly kind: NounClass | 'concrete' | 'name' | 'vague';
  readonly inPhrase: boolean;
  readonly named: boolean;
  readonly preposition: string | undefined;
  /** For a name: the noun class its last part has ("VCA-diploma" is a credential). */
  readonly nounKind?: NounClass | undefined;
  /** After a definite article or a possessive ("het rapport", "my report"): the one both know of. */
  readonly definite?: boolean;
}

export interface Reading {
  readonly lang: Lang;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly spans: { readonly [G in keyof RuleGroups]: readonly Span[] };
  readonly names: readonly Span[];
  readonly clauses: readonly Clause[];
  readonly verbs: readonly Verb[];
  readonly eventClauses: readonly Span[];
}

/** Capitalised words that do not start a sentence, and acronyms: names of tools, courses, clients. */
export function namedThings(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (!token.word) continue;
    const first = token.text[0] as string;
    // An exam code is a name however it is typed: "AZ-900", "az-900", "iso-9001" (not "mbo-4", a level).
    const acronym = capitals(token.text) >= 2 || /\p{L}\p{N}|\p{N}\p{L}|\p{L}{2}-\p{N}{2}/u.test(token.text);
    if (!/\p{Lu}/u.test(first) && !acronym) continue;
    if (/^(?:I|I'll|I'd|Ik|Q[1-4]|OK)$/u.test(token.text)) continue;
    const previous = tokens[token.index - 1];
    const sentenceStart =
      previous === undefined ||
      (!previous.word && /[.!?:;\n•*-]/u.test(previous.text)) ||
      (previous.word === false && previous.text === '"');
    if (sentenceStart && !acronym) continue;
    if (token.text.length < 2 || /^\p{N}+$/u.test(token.text)) continue;
    spans.push({ start: token.start, end: token.end, rule: 'name' });
  }
  return spans;
}

/** Verb classes that say what to do instead: any real action, not "have", "improve" or "take care of". */
export const remedyClasses: ReadonlySet<Verb['verbClass']> = new Set([
  'produce',
  'event',
  'pass',
  'change',
  'attend',
  'learn',
  'activity',
  'unknown',
]);

/**
 * The deficit phrases of a goal that only repairs a weakness ("minder fouten maken", "stop being
 * late"), or none when it also says what to do: a method ("by checking each invoice against the
 * list") or another clause with its own action ("and shut my laptop at five").
 */
export function deficitOnly(reading: Reading): readonly Span[] {
  const spans = reading.spans.deficit;
  if (spans.length === 0 || reading.clauses.some((clause) => clause.role === 'method')) return [];
  // "door twee vaste mailmomenten", "using the closing list": a means named after the deficit is a
  // remedy too, unless the word is part of a date or an amount ("by March", "by half").
  const { tokens } = reading;
  const lex = compiled[reading.lang];
  const claimed = coverage(reading.text.length, [
    ...reading.spans.start,
    ...reading.spans.deadline,
    ...reading.spans.quantity,
    ...reading.spans.frequency,
  ]);
  for (let at = tokenIndexAt(tokens, (spans[0] as Span).start); at < tokens.length; at++) {
    const length = phraseAt(lex, 'method', tokens, at);
    const next = tokens[at + length];
    // "afgeleid (raken) door mijn telefoon", "distracted by Slack": after a participle it names the cause.
    const participle = /^(?:\p{L}*ge\p{L}+[dt]|\p{L}+ed)$/u;
    const cause = participle.test(tokens[at - 1]?.lower ?? '') || participle.test(tokens[at - 2]?.lower ?? '');
    if (length > 0 && !cause && claimed[(tokens[at] as Token).start] === 0 && next?.word === true) return [];
  }
  const repairing = new Set(spans.map((span) => clauseOf(reading.clauses, tokenIndexAt(tokens, span.start))));
  const remedy = reading.verbs.some(
    (verb) => !repairing.has(verb.clause) && reading.clauses[verb.clause]?.role === 'main' && remedyClasses.has(verb.verbClass),
  );
  return remedy ? [] : spans;
}

/**
 * "Ik rond eind mei de cursus af": "rond" is the verb (its particle "af" is in the sentence), not
 * the preposition of "rond eind mei". A time phrase that starts with the stem of a split verb whose
 * particle is in the same sentence gives that word back, when an edge or preposition follows it.
 * The words of each sentence are collected once, so a text full of such phrases stays linear.
 */
export function verbsOutOfTime(lex: CompiledLexicon, text: string, spans: readonly Span[]): Span[] {
  const sentenceWords = new Map<number, Set<string>>();
  let sentenceStart: Int32Array | undefined;
  let sentenceEnd: Int32Array | undefined;
  const wordsOfSentence = (at: number): Set<string> => {
    if (sentenceStart === undefined || sentenceEnd === undefined) {
      // One pass each way: where the sentence around every offset starts and ends.
      sentenceStart = new Int32Array(text.length + 1);
      sentenceEnd = new Int32Array(text.length + 1).fill(text.length);
      for (let k = 1; k <= text.length; k++)
        sentenceStart[k] = /[.!?;\n]/u.test(text[k - 1] as string) ? k : (sentenceStart[k - 1] as number);
      for (let k = text.length - 1; k >= 0; k--) sentenceEnd[k] = /[.!?;\n]/u.test(text[k] as string) ? k : (sentenceEnd[k + 1] as number);
    }
    const start = sentenceStart[at] as number;
    const known = sentenceWords.get(start);
    if (known !== undefined) return known;
    const words = new Set(
      text
        .slice(start, sentenceEnd[at])
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    );
    sentenceWords.set(start, words);
    return words;
  };
  return spans.map((span) => {
    const space = text.indexOf(' ', span.start);
    if (space < 0 || space >= span.end || !/\p{Ll}/u.test(text[space + 1] ?? '')) return span;
    const verbs = lex.splitVerbs.get(text.slice(span.start, space).toLowerCase());
    if (verbs.length === 0) return span;
    const words = wordsOfSentence(span.start);
    return verbs.some((verb) => verb.particle.every((particle) => words.has(particle))) ? { ...span, start: space + 1 } : span;
  });
}

export function read(written: string, lang: Lang): Reading {
  const lex = compiled[lang];
  const { text: unremarked, tokens: remarkTokens } = withoutRemarks(settledSpelling(written, lang), lex);
  const found = {} as Record<keyof RuleGroups, Span[]>;
  for (const { group, after } of rulePriority) {
    const taken = after.flatMap((earlier) => found[earlier] ?? []);
    found[group] = select(scan(lex.rules[group], unremarked) as RuleMatch[], taken);
  }
  // "Ik rond (voor 1 juni) de cursus af": brackets around nothing but a time keep the sentence whole.
  const text = timesUnbracketed(unremarked, [...found.start, ...found.deadline]);
  const unblanked = text === unremarked ? remarkTokens : undefined;
  if (lang === 'nl')
    for (const group of ['start', 'deadline', 'vagueTime'] as const) found[group] = verbsOutOfTime(lex, text, found[group]);
  // "one day a week" is a frequency, "a sabbatical one day" a vague time: the longer reading wins,
  // and on a tie the vague time does (both groups read the text independently of each other).
  const frequencyAt = new Int32Array(text.length + 1).fill(-1);
  found.frequency.forEach((span, index) => {
    frequencyAt.fill(index, span.start, span.end);
  });
  found.vagueTime = found.vagueTime.filter((span) => {
    const other = found.frequency[frequencyAt[span.start] ?? -1];
    return !(other !== undefined && span.end <= other.end && other.end - other.start > span.end - span.start);
  });
  const vagueTimes = new Set(found.vagueTime.map((span) => `${span.start}:${span.end}`));
  found.frequency = found.frequency.filter((span) => !vagueTimes.has(`${span.start}:${span.end}`));
  // "all sorts of topics" is a vague quantity, even though "all sorts" reads like a count.
  const vagueQuantityCover = coverage(
    text.length,
    found.vagueQuantity.filter((span) => span.end - span.start > 4),
  );
  found.quantity = found.quantity.filter((span) => !(vagueQuantityCover[span.start] === 1 && vagueQuantityCover[span.end - 1] === 1));
  found.practice = [];
  found.training = [];
  const tokens = unblanked ?? tokenize(text, lex);
  // "wat ik ervan heb geleerd": an amount word before a subject opens a clause; it measures nothing.
  found.vagueQuantity = found.vagueQuantity.filter((span) => {
    const next = tokens[tokenIndexAt(tokens, span.end)];
    return !(span.end - span.start <= 4 && next !== undefined && next.start >= span.end && is(lex, 'subjects', next));
  });
  // "een betere leidinggevende worden", a better manager: a role made better is a quality, no role taken on.
  found.outcome = found.outcome.filter(
    (span) => !(span.rule.startsWith('outcome.role') && is(lex, 'quality', tokens[tokenIndexAt(tokens, span.start) - 1])),
  );
  const time = [...found.start, ...found.deadline, ...found.vagueTime];
  const timeCover = coverage(text.length, time);
  const frequencyCover = coverage(text.length, found.frequency);
  // "a course on LinkedIn Learning": the platform says where a course is taken, not which it is.
  // "beter worden in excel": a tool's own name is a name also in lower case.
  const tools = phraseSpans(lex, 'namedTools', tokens)
    .filter((span) => !/\p{Lu}/u.test(text[span.start] ?? ''))
    .map((span) => ({ ...span, rule: 'name' }));
  const names = select([...namedThings(tokens), ...tools], [...time, ...phraseSpans(lex, 'learningPlatforms', tokens)]);
  // "..., but I do not know how yet": saying one does not know yet does nothing, it holds no verb.
  const verbs = findVerbs(lex, tokens, coverage(text.length, [...time, ...found.hedge, ...phraseSpans(lex, 'unsure', tokens)]), found);
  const vagueAmountCover = coverage(text.length, found.vagueQuantity);
  // A verb the reading found (also one the lexicon does not know, "dichtdoen") counts as a verb for the clauses.
  const verbHeads = new Set(verbs.map((verb) => verb.head));
  const clauses = clausesOf(
    lex,
    tokens,
    (at) => isVerbForm(lex, tokens[at]),
    (token) => timeCover[token.start] === 1 || frequencyCover[token.start] === 1 || vagueAmountCover[token.start] === 1,
    (at) => isVerbForm(lex, tokens[at]) || verbHeads.has(at),
  );
  const withClauses = verbs.map((verb) => ({ ...verb, clause: clauseOf(clauses, verb.head) }));
  const eventClauses = eventClauseDeadlines(lex, tokens, timeCover);
  return { lang, text, tokens, spans: found, names, clauses, verbs: withClauses, eventClauses };
}

/**
 * "before the season starts", "voordat de bouw start": a deadline tied to an event, read as a
 * window of a few words between the conjunction and the event's verb.
 */
/**
 * Could a reading in this language find a time at all: a start, a deadline or a word that opens a
 * scheduled event? A cheap look (two rule groups and one word list) that lets a caller skip a whole
 * second reading of a text in which the other language cannot find a deadline either.
 */
export function mayBeTimeBound(text: string, lang: Lang): boolean {
  const lex = compiled[lang];
  if (scan(lex.rules.start, text).length > 0 || scan(lex.rules.deadline, text).length > 0) return true;
  const tokens = tokenize(text, lex);
  return tokens.some((token) => token.word && phraseAt(lex, 'eventOpeners', tokens, token.index) > 0);
}

export function eventClauseDeadlines(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const opener = phraseAt(lex, 'eventOpeners', tokens, at);
    if (opener === 0 || timeCover[token.start] === 1) continue;
    for (let k = at + opener + 1; k < tokens.length && k <= at + 8; k++) {
      const later = tokens[k] as Token;
      if (!later.word && hardBreak.has(later.text)) break;
      const verb = phraseAt(lex, 'eventVerbs', tokens, k);
      // "before the season starts" is a deadline; "before I start" is not ("before it goes live" is).
      if (verb > 0 && is(lex, 'subjects', tokens[k - 1]) && !/^(?:hij|het|ze|zij|it|they|he|she)$/u.test(tokens[k - 1]?.lower ?? '')) break;
      if (verb > 0) {
        // The Dutch "voor ... start" is rare without "dat": only "voordat" counts there.
        const last = tokens[k + verb - 1] as Token;
        if (lex.locale === 'en' || token.lower.endsWith('dat'))
          spans.push({ start: token.start, end: last.end, rule: 'anchor.eventClause' });
        break;
      }
    }
  }
  return spans;
}

/**
 * The text with the brackets around a time blanked (spaces of the same length), when the brackets
 * hold that time and nothing else: *Ik rond (voor 1 juni) de cursus af*, I'll finish (by June 1) the
 * course. A verb and its particle, or its object, on either side of them belong to one clause.
 */
function timesUnbracketed(text: string, times: readonly Span[]): string {
  const blanked: number[] = [];
  for (const span of times) {
    const open = text[span.start - 1] === '(' ? span.start - 1 : text.slice(span.start - 2, span.start) === '( ' ? span.start - 2 : -1;
    const close = text[span.end] === ')' ? span.end : text.slice(span.end, span.end + 2) === ' )' ? span.end + 1 : -1;
    if (open >= 0 && close >= 0) blanked.push(open, close);
  }
  if (blanked.length === 0) return text;
  const chars = text.split('');
  for (const at of blanked) chars[at] = ' ';
  return chars.join('');
}
