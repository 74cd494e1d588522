// What the judgement reads of a reading (computed once per text), and the tally it keeps while it reads.
import type { CompiledLexicon } from '../lexicon/index.js';
import { compiled } from '../lexicon/index.js';
import type { Clause } from './clauses.js';
import { clauseOf } from './clauses.js';
import { countingRules } from './objects.js';
import type { Reading } from './reading.js';
import type { Span } from './tables.js';
import { coverage } from './tables.js';
import type { Token } from './tokens.js';
import { finishedByDeadline, is, phraseAt, phraseSpans, tokenIndexAt } from './tokens.js';

/** What the judgement reads at every verb: covers, clause sets and frames of the reading, computed once. */
export interface JudgeContext {
  readonly reading: Reading;
  readonly lex: CompiledLexicon;
  /** The count words of the counts ("12" of "12 books"): the counted thing after them is an object. */
  readonly countWords: readonly Span[];
  /** Words an object never is: times, hedges, units and amounts. */
  readonly skip: Uint8Array;
  readonly nameCover: Uint8Array;
  readonly vagueObjectCover: Uint8Array;
  readonly vagueQuantityCover: Uint8Array;
  /** The text names a habit ("voortaan", "from now on"). */
  readonly habitText: boolean;
  /** Clauses with a quality word ("beter", "more carefully"): their action is a manner, not a result. */
  readonly qualityClauses: ReadonlySet<number>;
  /** Clauses with a vague amount ("vaker", "more often"): a behaviour repeated more, not one result. */
  readonly vagueAmountClauses: ReadonlySet<number>;
  /** Clauses with a frequency comparative ("vaker", "less often"): a behaviour done more or less often. */
  readonly frequencyClauses: ReadonlySet<number>;
  /** Clauses with a counted frequency (*één keer per week*, twice a month; not weekly, every review). */
  readonly frequencyCountClauses: ReadonlySet<number>;
  /** Clauses with a verb of learning. */
  readonly learnClauses: ReadonlySet<number>;
  /** How many verbs other than auxiliaries each clause has. */
  readonly clausesWithVerbs: ReadonlyMap<number, number>;
  /** The last verb head of each clause (a token index): a verb before it helps another. */
  readonly lastVerbHeads: ReadonlyMap<number, number>;
  readonly verbTokens: ReadonlySet<number>;
  /** Frames about getting better at a named tool: learning it. */
  readonly namedFrames: readonly Span[];
  /** The vague frames that stay vague. */
  readonly frames: readonly Span[];
  /** Vague frames and placeholders: a verb inside them is no action of its own. */
  readonly frameCover: Uint8Array;
  /** Where a move to a job it does not name stands (*de overstap maken naar een baan*): a verb there is that move, no action. */
  readonly switchCover: Uint8Array;
  /** Clauses with a placeholder phrase: a light or unclassed verb there carries it ("breng ... op orde"). */
  /** The placeholders that stand for the goal's action (not the topic of a thing: "a session on dealing with X"). */
  readonly placeholders: readonly Span[];
  readonly placeholderClauses: ReadonlySet<number>;
  /** Counts, frequencies, outcomes and durations: each makes a goal measurable. */
  readonly measureSpans: readonly Span[];
  readonly hasNumbers: boolean;
  /** The starts of the counting quantities. */
  readonly countStarts: ReadonlySet<number>;
}

/** What the judgement has counted so far. */
export interface Tally {
  actions: number;
  /** Concrete actions in a method clause ("door elke maand de intervisie voor te zitten"). */
  methodActions: number;
  purposeActions: number;
  targets: number;
  readonly specificEvidence: Span[];
  readonly measurableEvidence: Span[];
  readonly vague: Span[];
  readonly placeholders: Span[];
  readonly unnamed: Span[];
  readonly attendance: Span[];
  readonly targetSpans: Span[];
  /** Verb heads already counted: another reading of the same words counts once. */
  readonly seenHeads: Set<number>;
}

/** One span per run of adjacent tokens, so a split verb ("rond ... af") never covers the words between. */
export function spanOf(reading: Reading, indexes: readonly number[], rule: string): Span[] {
  const spans: Span[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first !== undefined && last !== undefined) spans.push({ start: first.start, end: last.end, rule });
    run = [];
  };
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const token = reading.tokens[index] as Token;
    const last = run[run.length - 1];
    if (last !== undefined && last.index !== index - 1) flush();
    run.push(token);
  }
  flush();
  return spans;
}

export function judgeContext(reading: Reading): JudgeContext {
  const lex = compiled[reading.lang];
  const { spans, tokens } = reading;
  const length = reading.text.length;
  // Words an object never is: times, hedges, units and amounts (but the counted thing is: "12 books").
  const countWords = spans.quantity
    .filter((span) => countingRules.has(span.rule))
    .map((span) => ({ ...span, end: tokens[tokenIndexAt(tokens, span.start)]?.end ?? span.start }));
  const skip = coverage(length, [
    ...spans.start,
    ...spans.deadline,
    ...spans.vagueTime,
    ...spans.frequency.map((span) => everyThingQuantifier(reading, lex, span)),
    ...spans.hedge,
    ...spans.quantity.filter((span) => !countingRules.has(span.rule)),
    ...countWords,
    // A learning platform is where a course is taken: no thing acted on, no topic ("a course on Udemy").
    ...phraseSpans(lex, 'learningPlatforms', tokens),
  ]);
  const verbTokens = new Set(reading.verbs.flatMap((verb) => verb.tokens));
  const { frames, namedFrames } = framesOf(reading, verbTokens);
  const placeholders = spans.placeholder.filter((span) => !topical(reading, verbTokens, span));
  // The clauses where the person makes or gives something: approval there is given, not received.
  const producing = new Set(reading.verbs.filter((verb) => verb.verbClass === 'produce' && !verb.passive).map((verb) => verb.clause));
  // A period of doing something is an amount too: "for two days", "acht weken lang"; but not of doing
  // something more or less often ("for the next 6 weeks I'll interrupt colleagues less often"): the
  // change itself has no count.
  const vagueClauses = new Set(spans.vagueQuantity.map((span) => clauseOf(reading.clauses, tokenIndexAt(tokens, span.start))));
  const deadlineStarts = new Set(spans.deadline.map((span) => span.start));
  const durations = spans.deadline.filter(
    (span) =>
      /^period\.(?:for|forOne|forDigits|long|longOne|gedurende)$/u.test(span.rule) &&
      !vagueClauses.has(clauseOf(reading.clauses, tokenIndexAt(tokens, span.start))),
  );
  return {
    reading,
    lex,
    countWords,
    skip,
    nameCover: coverage(length, reading.names),
    vagueObjectCover: coverage(length, spans.vagueObject),
    vagueQuantityCover: coverage(length, spans.vagueQuantity),
    habitText: tokens.some((token) => phraseAt(lex, 'habitual', tokens, token.index) > 0),
    ...clauseSetsOf(reading, lex),
    verbTokens,
    namedFrames,
    frames,
    frameCover: coverage(length, [...frames, ...spans.placeholder]),
    switchCover: coverage(
      length,
      spans.outcome.filter((span) => span.rule === 'outcome.jobSwitch'),
    ),
    placeholders,
    placeholderClauses: new Set(placeholders.map((span) => clauseOf(reading.clauses, tokenIndexAt(tokens, span.start)))),
    measureSpans: [
      ...spans.quantity,
      ...spans.frequency,
      ...spans.outcome.filter((span) => !givenApproval(reading, producing, span)),
      ...durations,
      // "..., done by end of October", *Af voor 9 december*: finished by a date or not.
      ...tokens
        .filter((token) => finishedByDeadline(lex, tokens, deadlineStarts, token.index))
        .map((token) => ({ start: token.start, end: token.end, rule: 'outcome.doneBy' })),
    ],
    hasNumbers: spans.quantity.length > 0 || spans.outcome.length > 0,
    countStarts: new Set(spans.quantity.filter((span) => countingRules.has(span.rule)).map((span) => span.start)),
  };
}

/**
 * "reageren op elke klantmail", check every invoice: a frequency that is "every" before a thing says
 * how often, and the thing is still what the verb acts on (only the quantifier is no object).
 * "na elk klantgesprek", after every call: with a preposition in front it is a time, not an object.
 */
function everyThingQuantifier(reading: Reading, lex: CompiledLexicon, span: Span): Span {
  if (span.rule !== 'frequency.everyThing') return span;
  const { tokens } = reading;
  const at = tokenIndexAt(tokens, span.start);
  const first = tokens[at];
  const thing = tokens[at + 1];
  if (first === undefined || is(lex, 'prepositions', first) || thing === undefined || thing.end > span.end) return span;
  // "make sure every cleaner has had a one-to-one": a verb after it in its clause makes the thing its subject.
  const clause = clauseOf(reading.clauses, at);
  const later = reading.verbs.filter((verb) => verb.clause === clause && verb.head > at + 1);
  // Dutch puts the verb last ("ik ga elke factuur controleren", "door elke factuur te controleren"):
  // there the thing is the subject only with no subject before it and no "te" before the verb.
  const from = (reading.clauses[clause] as Clause).from;
  const dutchObject =
    lex.locale === 'nl' &&
    (tokens.slice(from, at).some((token) => is(lex, 'subjects', token)) || later.some((verb) => tokens[verb.head - 1]?.lower === 'te'));
  return later.length > 0 && !dutchObject ? span : { ...span, end: first.end };
}

/**
 * Approval the person gives ("geef ik leerlingen vaker positieve feedback", give praise) is their
 * behaviour, not an approval they receive: no outcome that happened or not.
 */
function givenApproval(reading: Reading, producing: ReadonlySet<number>, span: Span): boolean {
  return span.rule === 'outcome.approval' && producing.has(clauseOf(reading.clauses, tokenIndexAt(reading.tokens, span.start)));
}

/** The clauses with a quality word, a vague amount or a verb of learning, and how many verbs each clause has. */
function clauseSetsOf(
  reading: Reading,
  lex: CompiledLexicon,
): Pick<
  JudgeContext,
  | 'qualityClauses'
  | 'vagueAmountClauses'
  | 'frequencyClauses'
  | 'frequencyCountClauses'
  | 'learnClauses'
  | 'clausesWithVerbs'
  | 'lastVerbHeads'
> {
  const { tokens } = reading;
  const qualityClauses = new Set<number>();
  for (const token of tokens) if (is(lex, 'quality', token)) qualityClauses.add(clauseOf(reading.clauses, token.index));
  // "vaker presentaties geven", "more often": a behaviour repeated more, not one result that happens or not.
  const vagueAmountClauses = new Set<number>();
  for (const span of reading.spans.vagueQuantity) vagueAmountClauses.add(clauseOf(reading.clauses, tokenIndexAt(tokens, span.start)));
  // "nauwkeuriger uitvoeren", "help colleagues faster": a concrete act done in another way, no count.
  for (const token of tokens)
    if (phraseAt(lex, 'manner', tokens, token.index) > 0) vagueAmountClauses.add(clauseOf(reading.clauses, token.index));
  const frequencyClauses = new Set<number>();
  for (const token of tokens)
    if (phraseAt(lex, 'frequencyComparatives', tokens, token.index) > 0) frequencyClauses.add(clauseOf(reading.clauses, token.index));
  const frequencyCountClauses = new Set<number>();
  for (const span of reading.spans.frequency)
    if (countedFrequency.has(span.rule)) frequencyCountClauses.add(clauseOf(reading.clauses, tokenIndexAt(tokens, span.start)));
  const learnClauses = new Set(reading.verbs.filter((verb) => verb.verbClass === 'learn').map((verb) => verb.clause));
  // Auxiliaries that are also light verbs ("ga", "will", "have") are no action when another verb follows in the clause.
  const clausesWithVerbs = new Map<number, number>();
  for (const verb of reading.verbs)
    if (!is(lex, 'auxiliaries', tokens[verb.head])) clausesWithVerbs.set(verb.clause, (clausesWithVerbs.get(verb.clause) ?? 0) + 1);
  const lastVerbHeads = new Map<number, number>();
  for (const verb of reading.verbs) lastVerbHeads.set(verb.clause, Math.max(lastVerbHeads.get(verb.clause) ?? -1, verb.head));
  return { qualityClauses, vagueAmountClauses, frequencyClauses, frequencyCountClauses, learnClauses, clausesWithVerbs, lastVerbHeads };
}

/** Frequency rules that count how many times: once a week, *twee keer per maand*. */
const countedFrequency: ReadonlySet<string> = new Set([
  'frequency.timesPer',
  'frequency.timesPerWords',
  'frequency.onceTwice',
  'frequency.onceTwicePlural',
]);

/**
 * Does `span` name what a thing is about ("een training over het omgaan met agressie", a session on
 * dealing with aggression): a topic word, perhaps an article, and a word before it that is no verb?
 * A vague frame or placeholder there is the topic, not what the person will do.
 */
export function topical(reading: Reading, verbTokens: ReadonlySet<number>, span: Span): boolean {
  const lex = compiled[reading.lang];
  const { tokens } = reading;
  let at = tokenIndexAt(tokens, span.start) - 1;
  if (is(lex, 'determiners', tokens[at])) at--;
  const before = tokens[at - 1];
  return is(lex, 'topicPrepositions', tokens[at]) && before?.word === true && !verbTokens.has(at - 1);
}

/** The vague frames that stay vague, and those about getting better at a named tool (learning it). */
function framesOf(reading: Reading, verbTokens: ReadonlySet<number>): { frames: Span[]; namedFrames: Span[] } {
  const { spans, tokens } = reading;
  // A verb of several words is more telling than a vague frame over part of it: "become more familiar
  // with" is learning, though "become more" alone is vague.
  const phrasal = coverage(
    reading.text.length,
    reading.verbs
      .filter((verb) => verb.tokens.length > 1 && /^(?:learn|produce|pass|attend|activity)$/u.test(verb.verbClass))
      .flatMap((verb) => spanOf(reading, verb.tokens, 'verb')),
  );
  // "get better at using Excel", "beter worden in het gebruik van Excel": a frame about a named tool is learning it.
  const namedFrames = spans.vagueFrame.filter((span) => {
    // Only "getting better at" something; "iets doen met Power BI" stays a vague frame.
    if (!/(?:beter|better)/u.test(reading.text.slice(span.start, span.end).toLowerCase())) return false;
    const at = tokenIndexAt(tokens, span.end);
    const clause = reading.clauses[clauseOf(reading.clauses, Math.max(0, at - 1))] as Clause;
    return tokens.slice(at, Math.min(clause.to, at + 8)).some((token) => reading.names.some((name) => name.start === token.start));
  });
  const frames = spans.vagueFrame.filter(
    (span) =>
      phrasal[span.start] !== 1 && phrasal[span.end - 1] !== 1 && !namedFrames.includes(span) && !topical(reading, verbTokens, span),
  );
  return { frames, namedFrames };
}

/** Is the word counted: "drie nieuwe desembroden", "one customer call"? */
export function countTokenBefore(context: JudgeContext, token: Token): boolean {
  const { tokens } = context.reading;
  for (let k = token.index - 1; k >= 0 && k >= token.index - 3; k--) if (context.countStarts.has((tokens[k] as Token).start)) return true;
  return false;
}
