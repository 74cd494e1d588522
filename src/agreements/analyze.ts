import type { Finding, PlainText } from '../core/index.js';
import {
  deepFreeze,
  emojiBetweenWordsDropped,
  emphasisUnmarked,
  isList,
  namesUnquoted,
  ordinaryCase,
  originalSpan,
  plainText,
  englishContractionsSpelledOut,
  shortFormsSpelledOut,
} from '../core/index.js';
import type { FindingParamsOf } from '../locales/index.js';
import { finding } from '../locales/index.js';
import type { Lang } from './lexicon/index.js';
import { compiled, neverLast, stopwordStarts } from './lexicon/index.js';
import { countGoals, evidence, localeOf, quote } from './reader/goals.js';
import type { Judgement } from './reader/judge.js';
import type { EachGoal, GoalShortfall } from './reader/each-goal.js';
import { judgeEachGoal } from './reader/each-goal.js';
import { openingAim } from './reader/aim.js';
import { judge } from './reader/judge.js';
import type { Reading } from './reader/reading.js';
import { deficitOnly, mayBeTimeBound, read } from './reader/reading.js';
import type { Span } from './reader/tables.js';
import { maxAnalyzedLength } from './reader/tables.js';
import type { Token } from './reader/tokens.js';
import type { CriterionStatus, GoalTextAnalysis, GoalTextOptions, TextCriterionVerdict } from './types.js';

function verdict(status: CriterionStatus, plain: PlainText, original: string, spans: readonly Span[]): TextCriterionVerdict {
  return { status, evidence: evidence(plain, original, spans) };
}

/**
 * Reads a goal written in Dutch or English and says whether it is specific, measurable and
 * time-bound, with the words that decided it, how many goals it packs together, and findings with
 * suggestions. Rule-based and offline: every verdict points at the words behind it, and each rule
 * id is in the evidence. Never throws; a non-string answers with a finding and `unknown` verdicts.
 *
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * const good = analyzeGoalText('Ik wil voor 1 juni mijn Scrum-certificaat halen', { locale: 'auto' });
 * good.locale; // 'nl'
 * good.timeBound.status; // 'met'
 * good.timeBound.evidence[0]?.text; // 'voor 1 juni'
 * const vague = analyzeGoalText('Try to communicate better soon', { locale: 'en' });
 * vague.timeBound.status; // 'unmet'
 * vague.findings.map((f) => f.code); // includes 'agreement.text.vagueTime'
 * ```
 */
export function analyzeGoalText(text: unknown, options: GoalTextOptions): GoalTextAnalysis {
  const findings: Finding[] = [];
  const requested = readLocaleOption(options, findings);
  if (typeof text !== 'string') {
    findings.push(finding.error('agreement.text.invalid', { params: { received: kindOf(text) } }));
    return unknownAnalysis(requested === 'auto' ? 'nl' : requested, findings);
  }
  let original = text;
  if (original.length > maxAnalyzedLength) {
    findings.push(finding.warning('agreement.text.truncated', { params: { limit: maxAnalyzedLength } }));
    original = atSentenceEnd(original.slice(0, maxAnalyzedLength));
  }
  // White space, invisible characters and accents are settled once, here; every pattern after this
  // reads plain text, and evidence is mapped back to the caller's own text.
  const plain = goalPlainText(original);
  const input = listItemsApart(loneItemNumber(wrapsJoined(ordinaryCase(plain.text, functionWord))));
  if (input.length === 0) {
    findings.push(finding.warning('agreement.text.empty'));
    return unknownAnalysis(requested === 'auto' ? 'nl' : requested, findings);
  }
  let { lang, reading, judged } = readIn(input, requested);
  const aim = openingAim(input, reading);
  if (aim !== undefined) {
    // The opening aim only introduces the goal: the text is judged on the sentences that work it out.
    // Blanked, not cut, so every offset still points into the caller's text.
    reading = read(`${' '.repeat(aim.end)}${input.slice(aim.end)}`, lang);
    judged = judge(reading);
  }
  const each = judgeEachGoal(reading, judged);
  const { spans } = reading;

  findings.push(...criterionFindings(input, reading, judged));
  if (spans.hedge.length > 0) {
    findings.push(finding.warning('agreement.text.hedge', { params: { words: quote(input, spans.hedge) } }));
  }

  const deficit = deficitOnly(reading);
  if (deficit.length > 0) findings.push(finding.info('agreement.text.deficit', { params: { words: quote(input, deficit) } }));

  const goals = countGoals(reading);
  if (goals > 1) findings.push(finding.info('agreement.text.multipleGoals', { params: { count: goals } }));
  findings.push(...shortfallFindings(each, plain, original));

  return deepFreeze({
    locale: lang,
    specific: verdict(each.specific, plain, original, evidenceOf(each, judged, 'specific')),
    measurable: verdict(each.measurable, plain, original, evidenceOf(each, judged, 'measurable')),
    timeBound: verdict(each.timeBound, plain, original, evidenceOf(each, judged, 'timeBound')),
    goals: Math.max(goals, 1),
    findings,
  });
}

/**
 * Function words decide the language, but a short or mixed text can outvote its own date: in
 * "A I voor 1 juni" two one-letter words look English. A date is written in one language only, so
 * when the detected language finds no time bound and the other language does, with a word the
 * detected language does not use ("juni", "binnen"), the text is read in the other one. Words both
 * languages share ("over 2026") do not switch it. A caller who names the language is taken at their word.
 */
function readIn(input: string, requested: 'nl' | 'en' | 'auto'): { lang: Lang; reading: Reading; judged: Judgement } {
  const located = requested === 'auto' ? localeOf(input) : { lang: requested, undecided: false };
  // Only a short text goes without any word that tells its language ("pass ITIL4"); a long one without
  // is no goal either way, and reading it twice would only double its cost.
  const undecided = located.undecided && input.length <= undecidedLength;
  const lang = located.lang;
  const reading = read(input, lang);
  const judged = judge(reading);
  if (requested !== 'auto' || (judged.timeBound !== 'unmet' && !undecided)) return { lang, reading, judged };
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  // The second reading is for a date in the other language: in a long text with none, no need to read
  // it whole (a short one costs less to read than to look at first).
  if (!undecided && input.length > lookFirstLength && !mayBeTimeBound(input, other)) return { lang, reading, judged };
  const otherReading = read(input, other);
  const otherJudged = judge(otherReading);
  const dated = datedOnlyIn(input, lang, judged, otherJudged);
  // Neither function words nor spelling told ("pass ITIL4"): the language its date is written in
  // ("the we voor 1 juni": read in English, "voor 1" looked like an action and a count), else the
  // language in which the text says more.
  if (undecided && !dated && !datedOnlyIn(input, other, otherJudged, judged)) {
    return metCount(otherJudged) > metCount(judged)
      ? { lang: other, reading: otherReading, judged: otherJudged }
      : { lang, reading, judged };
  }
  return dated ? { lang: other, reading: otherReading, judged: otherJudged } : { lang, reading, judged };
}

/**
 * Whether only the other language finds the text's deadline, with a word the detected language does
 * not use ("juni", "binnen"; not "over 2026", which both share).
 */
function datedOnlyIn(input: string, lang: Lang, judged: Judgement, otherJudged: Judgement): boolean {
  if (judged.timeBound !== 'unmet' || otherJudged.timeBound !== 'met') return false;
  return otherJudged.evidence.timeBound.some((span) =>
    (input.slice(span.start, span.end).match(/\p{L}+/gu) ?? []).some((word) => !stopwordStarts[lang].has(word.toLowerCase())),
  );
}

/** From this length on, a text is looked at for a date in the other language before it is read in it. */
const lookFirstLength = 500;

/** The longest text read in both languages when no word tells which it is in. */
const undecidedLength = 300;

/** How many criteria a judgement finds met. */
function metCount(judged: Judgement): number {
  return (judged.specific === 'met' ? 1 : 0) + (judged.measurable === 'met' ? 1 : 0) + (judged.timeBound === 'met' ? 1 : 0);
}

/**
 * A text cut at the limit ends at its last sentence end, if one is near: half a sentence ("Ik geef
 * voor 1 ju") would be judged as a goal of its own. A scan back over at most 500 characters.
 */
function atSentenceEnd(cut: string): string {
  for (let at = cut.length - 1; at >= Math.max(0, cut.length - 500); at--) {
    const char = cut[at];
    if (char === '.' || char === '!' || char === '?' || char === '\n') return cut.slice(0, at + 1);
  }
  return cut;
}

/** The goal that falls short, quoted as the caller wrote it. */
/**
 * The evidence of a verdict: the whole text's, or, when one goal falls short of a criterion the
 * whole text meets, that goal's own words (no verdict without evidence).
 */
function evidenceOf(each: EachGoal, judged: Judgement, criterion: GoalShortfall['criterion']): readonly Span[] {
  if (each[criterion] === judged[criterion]) return judged.evidence[criterion];
  return each.shortfalls.find((shortfall) => shortfall.criterion === criterion)?.evidence ?? [];
}

/** Why the whole text meets a criterion or not, as findings with the words that decided. */
function criterionFindings(input: string, reading: Reading, judged: Judgement): Finding[] {
  const { spans } = reading;
  const found: Finding[] = [];
  if (judged.timeBound === 'unmet') {
    if (spans.vagueTime.length > 0) {
      found.push(finding.warning('agreement.text.vagueTime', { params: { words: quote(input, spans.vagueTime) } }));
    } else {
      found.push(finding.warning('agreement.text.noDeadline'));
    }
  } else if (spans.deadline.length === 0 && reading.eventClauses.length === 0) {
    found.push(finding.info('agreement.text.startOnly', { params: { words: quote(input, spans.start) } }));
  }

  if (judged.measurable === 'unmet') {
    if (judged.notes.attendance.length > 0) {
      found.push(finding.warning('agreement.text.attendanceOnly', { params: { words: quote(input, judged.notes.attendance) } }));
    } else if (spans.vagueQuantity.length > 0) {
      found.push(finding.warning('agreement.text.vagueQuantity', { params: { words: quote(input, spans.vagueQuantity) } }));
    } else {
      found.push(finding.warning('agreement.text.noMeasure'));
    }
  }

  if (judged.specific === 'unmet') {
    if (judged.notes.vague.length > 0 || judged.notes.placeholders.length > 0) {
      found.push(
        finding.warning('agreement.text.vagueVerb', {
          params: { words: quote(input, [...judged.notes.vague, ...judged.notes.placeholders]) },
        }),
      );
    } else if (judged.notes.unnamed.length > 0) {
      found.push(finding.warning('agreement.text.unnamed', { params: { words: quote(input, judged.notes.unnamed) } }));
    } else {
      found.push(finding.warning('agreement.text.notSpecific'));
    }
  } else if (judged.notes.indicatorOnly) {
    found.push(finding.info('agreement.text.indicatorOnly'));
  }
  return found;
}

function shortfallFindings(each: EachGoal, plain: PlainText, original: string): Finding[] {
  return each.shortfalls.map((shortfall) => {
    const span = originalSpan(plain, shortfall.start, shortfall.end);
    const goal = original.slice(span.start, span.end).trim();
    return finding.warning('agreement.text.goalFallsShort', { params: { criterion: shortfall.criterion, goal } });
  });
}

function readLocaleOption(options: unknown, findings: Finding[]): 'nl' | 'en' | 'auto' {
  let locale: unknown;
  try {
    locale = options !== null && typeof options === 'object' ? (options as { locale?: unknown }).locale : undefined;
  } catch {
    locale = undefined;
  }
  if (locale === 'nl' || locale === 'en' || locale === 'auto') return locale;
  findings.push(finding.warning('agreement.options.invalid', { path: ['locale'], params: { locale: safeString(locale) } }));
  return 'auto';
}

function safeString(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 40);
  return kindOf(value);
}

function kindOf(value: unknown): FindingParamsOf<'agreement.text.invalid'>['received'] {
  if (value === null) return 'null';
  if (isList(value)) return 'array';
  return typeof value as FindingParamsOf<'agreement.text.invalid'>['received'];
}

function unknownAnalysis(locale: Lang, findings: Finding[]): GoalTextAnalysis {
  const none: TextCriterionVerdict = { status: 'unknown', evidence: [] };
  return deepFreeze({ locale, specific: none, measurable: none, timeBound: none, goals: 0, findings });
}

/**
 * What the analyzer read in a text, for the lexicon's own tests: the spans of every rule group and
 * the verbs with their class. Not part of the public API.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond de cursus af', { locale: 'nl' }).measurable.evidence[0]?.rule; // 'action.pass'
 * ```
 */
export function explainGoalText(
  text: string,
  lang: Lang,
): { spans: Record<string, { text: string; rule: string }[]>; verbs: { text: string; verbClass: string }[]; trace: string[] } {
  const plain = listItemsApart(loneItemNumber(wrapsJoined(ordinaryCase(goalPlainText(text).text, functionWord))));
  const reading = read(plain, lang);
  const trace: string[] = [];
  judge(reading, trace);
  trace.unshift(
    `clauses: ${reading.clauses
      .map(
        (clause) =>
          `[${clause.role}: ${reading.tokens
            .slice(clause.from, clause.to)
            .map((token) => token.text)
            .join(' ')}]`,
      )
      .join(' ')}`,
  );
  const spans: Record<string, { text: string; rule: string }[]> = {};
  for (const [group, list] of Object.entries(reading.spans))
    spans[group] = list.map((span) => ({ text: plain.slice(span.start, span.end), rule: span.rule }));
  spans.names = reading.names.map((span) => ({ text: plain.slice(span.start, span.end), rule: span.rule }));
  const verbs = reading.verbs.map((verb) => ({
    // From the text as written, not as read: the reading settles spelling ("Organize" as "Organise").
    text: verb.tokens
      .map((k) => {
        const token = reading.tokens[k] as Token;
        return plain.slice(token.start, token.end);
      })
      .join(' '),
    verbClass: verb.verbClass,
  }));
  return { spans, verbs, trace };
}

/**
 * A numbered list written on one line ("1) de BLS-training halen 2) meer betrokken zijn") has its
 * numbers read as list marks, not as a day or a count: each "2)" or "b)" after a blank becomes a
 * semicolon, which ends an item as a line break does; not one that closes a bracket ("(by 15)"). Offsets stay the same, so evidence still
 * points into the caller's text.
 */
function listItemsApart(text: string): string {
  let out = '';
  let from = 0;
  // How many brackets are open before `at`: "(by September 15) I'll ..." closes one, it numbers nothing.
  let depth = 0;
  let counted = 0;
  for (let at = text.indexOf(')'); at > 0; at = text.indexOf(')', at + 1)) {
    for (; counted < at; counted++) {
      if (text[counted] === '(') depth++;
      else if (text[counted] === ')' && depth > 0) depth--;
    }
    if (depth > 0 || (text[at + 1] !== undefined && text[at + 1] !== ' ')) continue;
    let start = at;
    while (start > 0 && at - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start === at && at >= 1 && isListLetter(text.charCodeAt(at - 1))) start = at - 1;
    if (start === at || (start > 0 && text[start - 1] !== ' ')) continue;
    out += `${text.slice(from, start)}${' '.repeat(at - start)};`;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * "1. " or "1) " in front of a text with no second item is the number of a list of one: blanked, so
 * the goal starts where its words do. Offsets stay the same.
 */
function loneItemNumber(text: string): string {
  const lead = /^(\s*)1[.)](?=\s+\S)/u.exec(text);
  if (lead === null || /\s2[.)]\s/u.test(text)) return text;
  const at = (lead[1] as string).length;
  return `${text.slice(0, at)}  ${text.slice(at + 2)}`;
}

/**
 * A line that ends in an article, a preposition or "and" ("voor de", "before", "per", *en*) does not
 * end there: the mail program or the text box wrapped it ("'k wil voor\nde zomer me BHV halen").
 * Such a break reads as a space, whoever writes in lower case; a break before a list mark stays a
 * break. One pass; offsets stay the same.
 */
function wrapsJoined(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at > 0; at = text.indexOf('\n', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= 12 && /\p{L}/u.test(text[start - 1] as string)) start--;
    const word = text.slice(start, at).toLowerCase();
    const next = text[at + 1] ?? '';
    if (start === at || (start > 0 && /\p{L}/u.test(text[start - 1] as string)) || !/[\p{L}\p{N}]/u.test(next) || !openLineEnd(word))
      continue;
    // "...voor\n2) ...": a numbered item after it is a list all the same.
    if (/^\p{N}{1,2}[.)] /u.test(text.slice(at + 1, at + 5))) continue;
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const openLineEnd = (word: string): boolean =>
  (['nl', 'en'] as const).some((lang) => {
    const words = compiled[lang].words;
    return words.determiners.get(word).length > 0 || words.prepositions.get(word).length > 0 || words.coordinators.get(word).length > 0;
  });

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** a) to h): the letters people number a short list with. */
const isListLetter = (code: number): boolean => code >= 97 && code <= 104;

/** A word either language uses to build sentences, not to name things (*mijn, over, aan*, my, at). */
const functionWord = (word: string): boolean => stopwordStarts.nl.has(word) || stopwordStarts.en.has(word);

/**
 * A goal's text in plain form, with every pass that keeps the map back to the caller's text: marks of
 * emphasis and an emoji between words passed over, short forms spelled out, quotes around a name dropped.
 */
function goalPlainText(original: string): PlainText {
  const decorated = emphasisUnmarked(plainText(original));
  const spelled = englishContractionsSpelledOut(shortFormsSpelledOut(emojiBetweenWordsDropped(decorated, (word) => neverLast.has(word))));
  return namesUnquoted(spelled);
}
