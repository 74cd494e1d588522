// The judgement: specific, measurable and time-bound from a reading, with the evidence that decided.
import type { CriterionStatus } from '../types.js';
import { countVerb } from './actions.js';
import type { Clause } from './clauses.js';
import { clauseOf } from './clauses.js';
import type { JudgeContext, Tally } from './judging.js';
import { judgeContext, spanOf } from './judging.js';
import type { Reading } from './reading.js';
import type { Span } from './tables.js';
import { coverage, nameCap, select, specificThreshold, specificWeights, vagueCap } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt, tokenIndexAt } from './tokens.js';

// ---------------------------------------------------------------------------------------------
// Judgement
// ---------------------------------------------------------------------------------------------

export interface Judgement {
  readonly specific: CriterionStatus;
  readonly measurable: CriterionStatus;
  readonly timeBound: CriterionStatus;
  readonly evidence: { readonly specific: Span[]; readonly measurable: Span[]; readonly timeBound: Span[] };
  readonly notes: {
    readonly vague: Span[];
    readonly placeholders: Span[];
    readonly unnamed: Span[];
    readonly attendance: Span[];
    readonly indicatorOnly: boolean;
    readonly targets: Span[];
  };
}

/** A limit of minutes, hours or days (*binnen een dag*, within 24 hours). */
const shortUnit = /(?:minuut|minuten|uur|uren|dag|dagen|werkdag|werkdagen|minute|minutes|hour|hours|day|days)$/u;
/** What may stand between such a limit and the occurrence it follows (*binnen een dag na elk overleg*). */
const occurrenceGap = /^[\s,]*(?:(?:op|na|van|bij|voor|of|after|for|on)\s+)?$/u;
/**
 * What recurs, and what is done each time, between "each" and the limit: *bij elke nieuwe aanmelding
 * binnen 5 werkdagen*, for each new referral I do a home visit within 5 working days. At most six words
 * of one sentence (the gap is sliced to 50 characters before it is tested).
 */
const occurrenceNoun = /^[\s,]*[\p{L}\p{N}'’-]+(?:[\s,]+[\p{L}\p{N}'’-]+){0,5}[\s,]+$/u;

/**
 * Limits that restart with every occurrence: *na elk teamoverleg binnen een dag*, within a day of
 * every call. A response time says how fast each time, not by when the goal is reached, so it is no
 * deadline (a bounded period next to a frequency, *binnen acht weken elke dag*, still is: its unit is
 * longer than a day).
 */
function responseTimes(reading: Reading): ReadonlySet<Span> {
  const found = new Set<Span>();
  // Sorted by place; each limit looks only at its nearest occurrence on either side, so a long text
  // full of both costs time in proportion to its length.
  const every = reading.spans.frequency.filter((span) => span.rule.startsWith('frequency.every')).sort((a, b) => a.start - b.start);
  if (every.length === 0) return found;
  const touches = (from: number, to: number): boolean =>
    to >= from && to - from <= 12 && occurrenceGap.test(reading.text.slice(from, to).toLowerCase());
  // Before the limit, the occurrence may still name what recurs: "each new referral", *elke aanmelding*.
  const follows = (from: number, to: number): boolean =>
    touches(from, to) || (to >= from && to - from <= 50 && occurrenceNoun.test(reading.text.slice(from, to)));
  const limits = reading.spans.deadline.filter((span) => span.rule.startsWith('period.within')).sort((a, b) => a.start - b.start);
  let after = 0;
  for (const span of limits) {
    while (after < every.length && (every[after] as Span).start < span.end) after++;
    const next = every[after];
    const previous = after > 0 ? every[after - 1] : undefined;
    const near =
      (next !== undefined && touches(span.end, next.start)) ||
      (previous !== undefined && previous.end <= span.start && follows(previous.end, span.start));
    if (near && shortUnit.test(reading.text.slice(span.start, span.end).toLowerCase().trimEnd())) found.add(span);
  }
  return found;
}

/** Marks that end a sentence, for an open ending that leaves a deadline before it open. */
const sentenceMarks: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n']);

/**
 * Deadlines left open in their own sentence: *liefst nog dit jaar, maar we zien wel*, ideally this
 * year but we'll see how busy it gets. The writer does not commit to the date, so it bounds nothing.
 * One pass from the end keeps the nearest open ending ahead in the sentence.
 */
function hedgedDeadlines(context: JudgeContext, reading: Reading): ReadonlySet<Span> {
  const { tokens } = reading;
  const openAhead = new Int32Array(tokens.length + 1).fill(-1);
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (!token.word && sentenceMarks.has(token.text)) openAhead[at] = -1;
    else openAhead[at] = token.word && phraseAt(context.lex, 'openEndings', tokens, at) > 0 ? at : (openAhead[at + 1] ?? -1);
  }
  const hedged = new Set<Span>();
  for (const span of reading.spans.deadline) {
    const at = tokenIndexAt(tokens, span.start);
    if (at >= 0 && (openAhead[at] ?? -1) >= 0) hedged.add(span);
  }
  return hedged;
}

/** Judges a reading: every verb adds to a tally, then outcomes and bare targets, then the specific-score decides. */
/**
 * Has the goal no verb of its own? A verb in a purpose clause ("..., zodat ik me prettiger voel", so
 * that I feel better) says why, not what: "klanttevredenheid minimaal een 8, zodat ..." stays a target.
 */
function withoutOwnVerb(reading: Reading): boolean {
  return reading.verbs.every((verb) => reading.clauses[verb.clause]?.role === 'purpose');
}

export function judge(reading: Reading, trace?: string[]): Judgement {
  const context = judgeContext(reading);
  const { spans } = reading;
  const tally: Tally = {
    actions: context.namedFrames.length > 0 ? 1 : 0,
    methodActions: 0,
    purposeActions: 0,
    targets: 0,
    specificEvidence: [],
    measurableEvidence: [...context.measureSpans],
    vague: [...context.frames],
    placeholders: [...context.placeholders],
    unnamed: [],
    attendance: [],
    targetSpans: [],
    seenHeads: new Set(),
  };
  for (const verb of reading.verbs) countVerb(context, tally, verb, trace);
  countResults(context, tally);
  countNominalMeans(context, tally);
  if (tally.targets === 0 && tally.actions === 0 && context.hasNumbers) countBareTarget(context, tally);
  if (tally.targets === 0 && tally.actions === 0) countBoundedThing(context, tally);
  const verbless = withoutOwnVerb(reading);
  if (verbless && tally.actions === 0) countNamedCredential(context, tally);
  // "Doel: certificaat PRINCE2. Actie: examen afleggen": the unnamed exam is the credential the text names.
  else if (tally.actions === 0 && tally.unnamed.length > 0 && countNamedCredential(context, tally)) tally.unnamed.length = 0;
  if (verbless && tally.actions === 0 && reading.spans.frequency.length > 0) countRecurringActivity(context, tally);
  const specific: CriterionStatus = specificScore(reading, tally, trace) >= specificThreshold ? 'met' : 'unmet';
  tally.specificEvidence.push(...tally.targetSpans, ...reading.names);
  const measurable: CriterionStatus = tally.measurableEvidence.length > 0 ? 'met' : 'unmet';
  const responses = responseTimes(reading);
  const hedged = hedgedDeadlines(context, reading);
  const timeSpans = [
    ...spans.start,
    ...spans.deadline.filter((span) => !responses.has(span) && !hedged.has(span)),
    ...reading.eventClauses,
  ];
  const timeBound: CriterionStatus = timeSpans.length > 0 ? 'met' : 'unmet';
  const { vague, placeholders, unnamed } = tally;
  return {
    specific,
    measurable,
    timeBound,
    evidence: {
      specific:
        specific === 'met'
          ? select(tally.specificEvidence, [])
          : select([...vague, ...placeholders, ...spans.vagueObject, ...spans.vagueQuantity, ...unnamed], []),
      measurable: measurable === 'met' ? select(tally.measurableEvidence, []) : select([...spans.vagueQuantity], []),
      timeBound: timeBound === 'met' ? select(timeSpans, []) : select([...spans.vagueTime], []),
    },
    notes: {
      vague,
      placeholders,
      unnamed,
      attendance: tally.attendance,
      indicatorOnly: specific === 'met' && tally.actions === 0 && tally.targets > 0,
      targets: tally.targetSpans,
    },
  };
}

/** A result that is there: "my first episode goes live", "er ligt een voorstel", "the plan is ready" (twice at most). */
function countResults(context: JudgeContext, tally: Tally): void {
  const { reading, lex, nameCover } = context;
  const { tokens } = reading;
  let results = 0;
  for (const span of reading.spans.outcome) {
    // "doorgroeien naar teamleider", become a first aider: taking on a named role is the act itself.
    if (span.rule.startsWith('outcome.role')) {
      tally.actions++;
      tally.specificEvidence.push({ ...span, rule: 'action.role' });
      continue;
    }
    if (!/^outcome\.(?:state|exists)$/u.test(span.rule)) continue;
    const at = tokenIndexAt(tokens, span.start);
    const clause = reading.clauses[clauseOf(reading.clauses, at)] as Clause;
    // Only the words near the outcome count, so that a long clause costs a bounded look.
    const near = tokens.slice(Math.max(clause.from, at - 12), Math.min(clause.to, at + 12));
    const result = near.some((token) => token.word && (nameCover[token.start] === 1 || nounClass(lex, token.lower) === 'deliverables'));
    if (results >= 2) break;
    if (result) {
      tally.actions++;
      results++;
      tally.specificEvidence.push({ ...span, rule: 'action.result' });
    }
  }
}

/**
 * "fewer invoice errors by a second check on every invoice", *minder fouten door een tweede controle*:
 * a result with no verb at all, whose means is a thing done (an article or a count, then a noun that
 * is no abstraction, feeling, course or credential), is as concrete as that means.
 */
function countNominalMeans(context: JudgeContext, tally: Tally): void {
  const { reading, lex, skip } = context;
  const { tokens } = reading;
  if (!withoutOwnVerb(reading) || tally.actions > 0) return;
  for (let at = 0; at < tokens.length; at++) {
    const length = phraseAt(lex, 'meansPrepositions', tokens, at);
    const opener = tokens[at + length];
    // "by June", "door de week": a word of a date or an amount is no means.
    if (length === 0 || skip[(tokens[at] as Token).start] === 1 || opener === undefined) continue;
    if (!is(lex, 'determiners', opener) && !/^\p{N}/u.test(opener.text) && !is(lex, 'numberWords', opener)) continue;
    let head: Token | undefined;
    for (let k = at + length + 1; k < tokens.length && k <= at + length + 5; k++) {
      const token = tokens[k] as Token;
      if (!token.word || is(lex, 'prepositions', token) || is(lex, 'function', token) || skip[token.start] === 1) break;
      head = token;
    }
    const kind = head === undefined ? undefined : nounClass(lex, head.lower);
    if (head === undefined || (kind !== undefined && kind !== 'deliverables' && kind !== 'indicators')) continue;
    tally.actions++;
    tally.methodActions++;
    tally.specificEvidence.push(...spanOf(reading, [head.index], 'action.means'));
    return;
  }
}

/** A target with no verb of its own: "het aantal klachten daalt naar 5", "de maandafsluiting is binnen vijf dagen klaar". */
function countBareTarget(context: JudgeContext, tally: Tally): void {
  const { reading, lex, skip, verbTokens } = context;
  const { tokens } = reading;
  // "three times as productive": a multiplier after a count is no indicator, even when it is "time".
  const countStart = coverage(reading.text.length, context.countWords);
  const multiplier = (token: Token): boolean =>
    /^(?:times|time|keer|maal)$/u.test(token.lower) && countStart[tokens[token.index - 1]?.start ?? -1] === 1;
  const indicatorWord = tokens.find(
    (token) =>
      token.word &&
      !verbTokens.has(token.index) &&
      nounClass(lex, token.lower) === 'indicators' &&
      skip[token.start] !== 1 &&
      !multiplier(token) &&
      // "my numbers", *mijn cijfers*: one's own figures name no indicator.
      phraseAt(lex, 'ownFigures', tokens, token.index - 1) < 2,
  );
  if (indicatorWord === undefined) return;
  // "de doorlooptijd omlaag naar 3 dagen", throughput up to 40 a day: with no verb at all, an
  // indicator with an amount after it is the target itself.
  const verbless = withoutOwnVerb(reading) && reading.spans.quantity.some((span) => span.start > indicatorWord.start);
  if (verbless || reading.verbs.some((verb) => verb.verbClass === 'change' || verb.verbClass === 'light' || verb.verbClass === 'pass')) {
    tally.targets++;
    tally.targetSpans.push(...spanOf(reading, [indicatorWord.index], 'target'));
  }
}

/** Quantities that cap or rule out a count: *geen ... zonder*, no more than one a month. */
const boundRules: ReadonlySet<string> = new Set(['quantity.zeroWithout', 'quantity.bound', 'quantity.boundWords']);

/**
 * "no more than one late handover per month", *geen klantgesprek zonder verslag*: with no verb at all,
 * a rate of a concrete thing of the work (a bound with a frequency or a bounded period after it), or an act never done
 * without its companion, is a target on how often it happens (specific by common usage, like a
 * target on an indicator): the thing counted is the noun after the bound, or before *zonder*, without.
 */
function countBoundedThing(context: JudgeContext, tally: Tally): void {
  const { reading, lex, skip } = context;
  const { tokens } = reading;
  if (!withoutOwnVerb(reading)) return;
  for (const span of reading.spans.quantity) {
    if (!boundRules.has(span.rule)) continue;
    let last = tokenIndexAt(tokens, span.end);
    if ((tokens[last] as Token).start >= span.end) last--;
    // *geen overuren*, no client call without: the thing is the cap's last noun; after a bound it follows.
    // A cap is a rate per unit of time or over a bounded period (no more than one no-show in the next three months).
    const over = (time: Span): boolean => time.start > span.end;
    if (span.rule !== 'quantity.zeroWithout' && !reading.spans.frequency.some(over) && !reading.spans.deadline.some(over)) continue;
    let head: Token | undefined = span.rule === 'quantity.zeroWithout' ? tokens[last - 1] : undefined;
    for (let k = last + 1; span.rule.startsWith('quantity.bound') && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (!token.word || skip[token.start] === 1 || is(lex, 'prepositions', token) || is(lex, 'determiners', token)) break;
      // *te late*: a particle before the adjective is passed over.
      if (!is(lex, 'function', token)) head = token;
    }
    const kind = head === undefined ? undefined : nounClass(lex, head.lower);
    if (head === undefined || (kind !== undefined && kind !== 'deliverables' && kind !== 'indicators')) continue;
    tally.targets++;
    tally.targetSpans.push(...spanOf(reading, [head.index], 'target'));
    return;
  }
}

/**
 * "Goal: Google Analytics certification / Due: wk 23", *Doel: VCA*: with no verb at all, a named
 * credential is the goal of obtaining it: it says what, and it happens or not (an outcome).
 */
function countNamedCredential(context: JudgeContext, tally: Tally): boolean {
  const { reading, lex, nameCover } = context;
  for (const token of reading.tokens) {
    if (!token.word || nounClass(lex, token.lower) !== 'credentials') continue;
    const after = reading.tokens[token.index + 1];
    // "het PRINCE2-certificaat", "Google Analytics certification", "certificaat PRINCE2": a name beside it,
    // or in the words right before it ("prince2 foundation certificate", typed without capitals).
    const named =
      nameCover[token.start] === 1 ||
      is(lex, 'namedCredentials', token) ||
      nameRightBefore(context, token.index) ||
      (after !== undefined && nameCover[after.start] === 1) ||
      codeAfter(context, token.index);
    if (!named) continue;
    tally.actions++;
    tally.specificEvidence.push(...spanOf(reading, [token.index], 'action.credential'));
    tally.measurableEvidence.push(...spanOf(reading, [token.index], 'outcome.credential'));
    return true;
  }
  return false;
}

/** A name among the (at most three) words right before token `index`, with no function word between. */
function nameRightBefore(context: JudgeContext, index: number): boolean {
  const { reading, lex, nameCover } = context;
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const token = reading.tokens[at] as Token;
    if (!token.word || is(lex, 'function', token)) return false;
    if (nameCover[token.start] === 1) return true;
  }
  return false;
}

/** "rijbewijs B", driving licence cat b, HGV class 2: a short code after a credential (with its grade word) says which. */
function codeAfter(context: JudgeContext, index: number): boolean {
  const { reading, lex } = context;
  const grade = phraseAt(lex, 'credentialGrades', reading.tokens, index + 1);
  const code = reading.tokens[index + 1 + grade];
  if (code === undefined || !code.word || is(lex, 'function', code)) return false;
  // After a grade word any short code; without one only what cannot be a word: one letter, two
  // capitals, letters with a digit (B, CE, C1E). A bare number after it is a count, not a code.
  return grade > 0
    ? /^(?:\p{L}{1,2}|\p{L}{0,3}\p{N}{1,2}\p{L}?)$/u.test(code.text)
    : /^(?:\p{L}|\p{Lu}{2}|\p{L}{1,3}\p{N}{1,2}\p{L}?)$/u.test(code.text);
}

/**
 * *Tot de zomervakantie elke vrijdag 30 min. intervisie met mijn buddy*, a home visit within five
 * days of every referral: with no verb at all, a thing one does, with how often, is doing it.
 */
function countRecurringActivity(context: JudgeContext, tally: Tally): void {
  const { reading, lex } = context;
  for (const token of reading.tokens) {
    const length = token.word ? phraseAt(lex, 'recurringActivities', reading.tokens, token.index) : 0;
    if (length === 0) continue;
    tally.actions++;
    tally.specificEvidence.push(
      ...spanOf(
        reading,
        reading.tokens.slice(token.index, token.index + length).map((t) => t.index),
        'action.activity',
      ),
    );
    return;
  }
}

/** The specific-score of the tally, by the weights of `specificWeights`. */
function specificScore(reading: Reading, tally: Tally, trace?: string[]): number {
  const { actions, targets, purposeActions, vague, placeholders } = tally;
  const named = Math.min(reading.names.length, nameCap);
  let score =
    specificWeights.action * Math.min(actions, 2) +
    specificWeights.target * Math.min(targets, 1) +
    specificWeights.name * named +
    // "Get another licence so I can be put on more shifts": what the purpose says does not name the
    // licence, so it does not carry a goal whose own object is unnamed.
    (actions === 0 && tally.unnamed.length === 0 ? specificWeights.purposeAction * Math.min(purposeActions, 1) : 0);
  // A vague aim with a concrete means ("beter leren omgaan met lastige gesprekken door elke maand de
  // intervisie voor te zitten") is as concrete as the means: the vague words do not pull it down.
  // A vague verb inside a role change ("doorgroeien" in "doorgroeien naar teamleider") is that change.
  const roles = reading.spans.outcome.filter((span) => span.rule.startsWith('outcome.role'));
  const ownVague = vague.filter((span) => !roles.some((role) => role.start <= span.start && span.end <= role.end));
  const vagueCount = tally.methodActions > 0 ? 0 : Math.min(ownVague.length, vagueCap);
  score += specificWeights.vague * vagueCount;
  if (placeholders.length > 0) score += specificWeights.placeholder;
  if (reading.spans.vagueObject.length > 0 && actions === 0) score += specificWeights.vagueObject;
  trace?.push(
    `score ${score}: actions ${actions}, targets ${targets}, names ${named}, vague ${vagueCount}, placeholders ${placeholders.length}, vague objects ${reading.spans.vagueObject.length}`,
  );
  return score;
}
