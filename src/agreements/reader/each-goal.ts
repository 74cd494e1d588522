// A text with several goals meets a criterion only when every goal in it does: "renew my BIG
// registration and ask colleagues for feedback more often" has a measure for the first goal only.
import { compiled } from '../lexicon/index.js';
import type { CriterionStatus } from '../types.js';
import { goalParts } from './goals.js';
import type { Judgement } from './judge.js';
import { judge } from './judge.js';
import type { Reading } from './reading.js';
import { read } from './reading.js';
import type { Span } from './tables.js';
import type { Token } from './tokens.js';
import { is } from './tokens.js';

/** A criterion one goal of the text falls short of, with that goal's place in the text. */
export interface GoalShortfall {
  readonly criterion: 'specific' | 'measurable' | 'timeBound';
  readonly start: number;
  readonly end: number;
  /** The words of that goal that decided, in the reading's text (the whole goal when no word did). */
  readonly evidence: readonly Span[];
}

export interface EachGoal {
  readonly specific: CriterionStatus;
  readonly measurable: CriterionStatus;
  readonly timeBound: CriterionStatus;
  /** For each criterion the whole text meets, the first goal that does not. */
  readonly shortfalls: readonly GoalShortfall[];
}

type Part = { start: number; end: number };

/**
 * Judges each goal of a text on its own (the steps under one deadline too): a measure or a deadline
 * for one goal does not make another measurable or time-bound.
 * - A goal falls short of measurable on words of its own that say so: a vague amount or frame
 *   ("vaker", "be more patient") or mere attendance ("volg ik de training").
 * - A goal without time words of its own is covered by a deadline in front of all goals ("Voor het
 *   eind van het jaar volg ik ... en pas ik ... toe"), or at the end of the text ("finish the course
 *   and run one drill by 31 October"); a deadline inside an earlier goal does not reach a step that
 *   comes "daarna", "and then" ("Ik rond in Q1 de opleiding af en begeleid daarna twee collega's":
 *   no end for the second). A goal with only a vague or open-ended
 *   time ("and be more patient from now on") is not time-bound, whatever the others say.
 * - A separate goal, or a step that comes "and then", that is only a vague aim ("en minder
 *   overwerken", "and then I want more responsibility") falls short of specific; another step of
 *   one goal does not, since what one step names often makes the next concrete.
 */
export function judgeEachGoal(reading: Reading, whole: Judgement): EachGoal {
  const steps = goalParts(reading, { steps: true });
  if (steps.length < 2) return { specific: whole.specific, measurable: whole.measurable, timeBound: whole.timeBound, shortfalls: [] };
  const goals = goalParts(reading);
  // A text that repeats one goal ("Excel leren. Excel leren. ...") reads each distinct goal once.
  const readings = new Map<string, { own: Reading; judged: Judgement }>();
  const shortfalls: GoalShortfall[] = [];
  const fallsShort = (criterion: GoalShortfall['criterion'], part: Part, words: readonly Span[]): void => {
    if (whole[criterion] === 'met' && !shortfalls.some((known) => known.criterion === criterion)) {
      const evidence =
        words.length > 0
          ? words.map((span) => ({ ...span, start: span.start + part.start, end: span.end + part.start }))
          : [{ start: part.start, end: part.end, rule: 'goal.fallsShort' }];
      shortfalls.push({ criterion, ...part, evidence });
    }
  };
  const lex = compiled[reading.lang];
  const goalCovered = coveringTimes(reading, goals);
  const stepCovered = coveringTimes(reading, steps);
  const criteria = ['specific', 'measurable', 'timeBound'] as const;
  // Parts, goals and times are in text order: one pointer each keeps a text of many goals linear.
  const times = [...reading.spans.deadline, ...reading.eventClauses].sort((a, b) => a.start - b.start);
  let goal = 0;
  let time = 0;
  for (const [index, part] of steps.entries()) {
    // Only the first shortfall of a criterion the whole text meets is reported: once each has one
    // (or the whole text already fails it), the other goals change nothing.
    if (criteria.every((criterion) => whole[criterion] !== 'met' || shortfalls.some((known) => known.criterion === criterion))) break;
    const { own, judged } = readPart(readings, reading.text.slice(part.start, part.end), reading.lang);
    while (goal < goals.length && (goals[goal] as Part).end < part.end) goal++;
    while (time < times.length && (times[time] as Span).start < part.start) time++;
    const separate = goals.length > 1 && goal < goals.length && (goals[goal] as Part).start === part.start;
    const afterwards =
      own.tokens.some((token) => is(lex, 'sequencing', token)) ||
      is(
        lex,
        'stepOpeners',
        own.tokens.find((token) => token.word),
      );
    // A separate goal, or what comes "and then", that is only a vague aim ("en minder overwerken",
    // "and then I want more responsibility") is not made concrete by the goal beside it; a step of
    // one goal may be (its method names it).
    const words = ownWords(own, judged);
    // "... and get better at supervising new cleaners": a step that names nothing before it stands alone.
    const refersBack = own.tokens.some((token) => refersBackAt(own, token));
    if ((separate || afterwards || words.quality || !refersBack) && judged.specific === 'unmet' && words.vague.length > 0)
      fallsShort('specific', part, words.vague);
    // A separate goal that leaves open which course or diploma ("3) een cursus afronden") is not made specific by its neighbours.
    // ("pass the state exam", the one the goal before prepares for, names it by its article.)
    const unnamed = judged.notes.unnamed.filter((span) => !definiteBefore(own, span));
    if (separate && listItem(reading.text, part.start) && judged.specific === 'unmet' && unnamed.length > 0)
      fallsShort('specific', part, unnamed);
    if (judged.measurable === 'unmet' && words.unmeasured.length > 0) fallsShort('measurable', part, words.unmeasured);
    // A time the whole text reads inside this step is its own, even when the step alone reads it less well.
    let timeInside = false;
    for (let at = time; at < times.length && (times[at] as Span).start < part.end && !timeInside; at++)
      timeInside = (times[at] as Span).end <= part.end;
    if (judged.timeBound === 'met' || timeInside) continue;
    const ownTime: Span[] = [...own.spans.vagueTime, ...own.spans.start, ...own.spans.deadline, ...own.eventClauses];
    // A separate goal needs a deadline that reaches it; a step of one goal only falls out from
    // under the deadline when it comes "daarna", "and then".
    // What comes "daarna" on something new starts after the first step's deadline; on what the first
    // step made ("en bespreek het daarna") it is still that goal.
    const pointsBack = own.tokens.some(
      (token) => refersBackAt(own, token) && !is(lex, 'sequencing', token) && !is(lex, 'stepOpeners', token),
    );
    const later = afterwards && !pointsBack;
    const uncovered = separate ? !goalCovered(goal, later) : !stepCovered(index, later) && afterwards;
    if (ownTime.length > 0 || uncovered) fallsShort('timeBound', part, own.spans.vagueTime);
  }
  const status = (criterion: GoalShortfall['criterion']): CriterionStatus =>
    shortfalls.some((known) => known.criterion === criterion) ? 'unmet' : whole[criterion];
  return { specific: status('specific'), measurable: status('measurable'), timeBound: status('timeBound'), shortfalls };
}

function readPart(
  readings: Map<string, { own: Reading; judged: Judgement }>,
  text: string,
  lang: Reading['lang'],
): { own: Reading; judged: Judgement } {
  const known = readings.get(text);
  if (known !== undefined) return known;
  const own = read(text, lang);
  const fresh = { own, judged: judge(own) };
  readings.set(text, fresh);
  return fresh;
}

/**
 * The words of one goal that make it fall short on its own: vague words (and, without a verb of its
 * own, as in "I want more responsibility" or "en word ik een betere collega", a vague amount or a
 * quality word) for specific; a vague amount, a vague word or attending a course for measurable.
 */
function ownWords(own: Reading, judged: Judgement): { vague: Span[]; unmeasured: Span[]; quality: boolean } {
  const lex = compiled[own.lang];
  // A purpose clause ("..., zodat ik beter voorbereid ben", so that I am better prepared) says why:
  // its verb, its vague words and its quality words are not the goal's own.
  const purpose = purposeCover(own);
  const ownSpan = (span: { start: number }): boolean => purpose[span.start] !== 1;
  const verbless = own.verbs.every((verb) => verb.verbClass === 'light' || own.clauses[verb.clause]?.role === 'purpose');
  const quality: Span[] = verbless
    ? own.tokens
        .filter((token) => is(lex, 'quality', token) && ownSpan(token))
        .map((token) => ({ start: token.start, end: token.end, rule: 'vague.quality' }))
    : [];
  const vagueObject = own.spans.vagueObject.filter(ownSpan);
  const vagueQuantity = own.spans.vagueQuantity.filter(ownSpan);
  const vague = [...judged.notes.vague, ...judged.notes.placeholders, ...(verbless ? [...vagueObject, ...vagueQuantity, ...quality] : [])];
  // Attending counts against a step only when a course, training or webinar is attended ("volg
  // ik de training"); taking part in a race or a meeting is an event that happened or not.
  const learning = own.tokens.some((token) => token.word && lex.nouns.vehicles.has(token.lower));
  const unmeasured = [...vagueQuantity, ...judged.notes.vague, ...quality, ...(learning ? judged.notes.attendance : [])];
  return { vague, unmeasured, quality: quality.length > 0 };
}

/** 1 at each character of a purpose clause of `own`. */
function purposeCover(own: Reading): Uint8Array {
  const cover = new Uint8Array(own.text.length + 1);
  for (const clause of own.clauses) {
    if (clause.role !== 'purpose') continue;
    const first = own.tokens[clause.from];
    const last = own.tokens[clause.to - 1];
    if (first !== undefined && last !== undefined) cover.fill(1, first.start, last.end);
  }
  return cover;
}

/** Whether a definite article stands right before the word of `span` ("the state exam", *het examen*). */
function definiteBefore(own: Reading, span: Span): boolean {
  const at = own.tokens.findIndex((token) => token.start === span.start);
  const before = at > 0 ? own.tokens[at - 1] : undefined;
  return before !== undefined && is(compiled[own.lang], 'definiteDeterminers', before);
}

/** A word that points back ("it", *daarna*, *die*), not an article before a word ("het begeleiden", this course). */
function refersBackAt(own: Reading, token: Token): boolean {
  const lex = compiled[own.lang];
  if (!is(lex, 'backReferences', token) && !is(lex, 'pronouns', token)) return false;
  const next = own.tokens[token.index + 1];
  const article = next !== undefined && next.word && !is(lex, 'prepositions', next) && !is(lex, 'sequencing', next);
  return !(is(lex, 'determiners', token) && article);
}

/** Does the part at `start` open an item of a list (after a line break, a bullet or a semicolon, spaces aside)? */
function listItem(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text[at] === ' ') at--;
  // "1. ", "2) ": the item's number stands between the break and the item.
  if (at >= 1 && (text[at] === '.' || text[at] === ')') && /\d/u.test(text[at - 1] as string)) {
    at--;
    while (at >= 0 && /\d/u.test(text[at] as string)) at--;
    while (at >= 0 && text[at] === ' ') at--;
  }
  return at >= 0 && listSeparator(text, at);
}

/** A bullet (" - ", "•", "*"), a semicolon or a line break at `at`: the end of a list item. */
function listSeparator(text: string, at: number): boolean {
  const char = text[at];
  if (char === ';' || char === '\n' || char === '•') return true;
  return (char === '-' || char === '*') && text[at - 1] === ' ' && text[at + 1] === ' ';
}

/** The number of a list item ("1. ", "2) ", first in the text or after a space or a colon), or a mark that opens the text as one ("- ", "; "). */
const numberedItem = /(?:^|[\s:])\d{1,2}[.)] |^ *[;•*-] /u;

/** Is part `index` covered by a deadline in front of every goal, by one in the last goal after it, or by one after all goals? */
function coveringTimes(reading: Reading, parts: readonly Part[]): (index: number, afterwards?: boolean) => boolean {
  const times: Span[] = [...reading.spans.deadline, ...reading.spans.start, ...reading.eventClauses];
  const first = reading.verbs[0];
  const firstHead = first === undefined ? 0 : (reading.tokens[first.head] as Token).start;
  const opening = parts[0]?.start ?? 0;
  // "Doelen: - BIG-herregistratie rond voor 1/9 - elke maand ...": a time in a list item of its own
  // (a bullet, a semicolon or a line break after it) is that item's, not in front of all goals;
  // "Voor Xmas: - ... - ..." heads the list with a colon.
  let lastSeparator = -1;
  for (let at = Math.min(opening, reading.text.length) - 1; at >= 0 && lastSeparator < 0; at--)
    if (listSeparator(reading.text, at)) lastSeparator = at;
  // "- In Q2 de PRINCE2 halen en beter plannen": a bullet that opens the text opens its first item.
  const bullet = /^ *[-*] /u.exec(reading.text);
  const numbered = bullet !== null && numberedItem.test(reading.text.slice(bullet[0].length));
  if (lastSeparator < 0 && bullet !== null && !numbered && bullet[0].length <= opening) lastSeparator = bullet[0].length - 2;
  const heading = (span: Span): boolean => /^\s{0,3}:/u.test(reading.text.slice(span.end, span.end + 4));
  const front = times.filter((span) => span.start < firstHead || span.end <= opening);
  const headed = front.some(heading);
  // "1. voor 1/10 de BHV-cursus afronden 2. ...": a time after the first item's number is that item's.
  const marker = numberedItem.exec(reading.text);
  const itemStart = marker === null ? reading.text.length : marker.index;
  const frontsAll = lastSeparator < 0 && front.some((span) => span.start < itemStart);
  // "1) voor eind maart de BLS halen 2) ...": where the first goal is itself a list item, a time in it
  // is that item's, and reaches no goal after the next list mark.
  const separators = new Int32Array(reading.text.length + 1);
  for (let at = 0; at < reading.text.length; at++) separators[at + 1] = (separators[at] ?? 0) + (listSeparator(reading.text, at) ? 1 : 0);
  const inItem = front.filter((span) => lastSeparator >= 0 && lastSeparator < span.end);
  const latest = inItem.reduce((end, span) => Math.max(end, span.end), -1);
  const sameItem = (index: number): boolean => {
    const start = (parts[index] as Part).start;
    return latest >= 0 && (separators[Math.max(latest, start)] ?? 0) === (separators[Math.min(latest, start)] ?? 0);
  };
  const last = parts[parts.length - 1] as Part;
  const trailing = times.some((span) => span.start >= last.start);
  // "... and debrief each one. Deadline: before half-term.": a time after the last goal, in words of
  // its own, is at the very end of all of them and covers the last goal too.
  const after = times.some((span) => span.start >= last.end);
  // What comes "daarna", "and then" starts after the first step's deadline: a time in front reaches it
  // only as a heading ("Voor Xmas: ..."), one after it does ("... and then build it by June").
  return (index, afterwards = false) =>
    headed || (!afterwards && (frontsAll || sameItem(index))) || after || (trailing && index < parts.length - 1);
}
