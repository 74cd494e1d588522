import type { Finding } from '../core/index.js';
import type { PlainText } from '../core/index.js';
import { deepFreeze, findingsFrom, originalSpan, plainText } from '../core/index.js';
import { lexicons } from './lexicon.js';
import { agreementsMessages } from './messages.js';
import type { CriterionStatus, EvidenceSpan, GoalTextAnalysis, GoalTextOptions, TextCriterionVerdict } from './schema.js';

const finding = findingsFrom(agreementsMessages);

type Lang = 'nl' | 'en';
type Lexicon = (typeof lexicons)[Lang];

/**
 * Texts longer than this are read only up to here: an agreement is a sentence or two, and the cap
 * keeps the analysis linear and fast whatever a caller pastes in.
 */
const maxAnalyzedLength = 5_000;

type Rule =
  | 'date'
  | 'start'
  | 'vagueTime'
  | 'frequency'
  | 'count'
  | 'deliverable'
  | 'measure'
  | 'vagueQuantity'
  | 'vagueVerb'
  | 'hedge'
  | 'vagueObject'
  | 'action'
  | 'name';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly rule: Rule;
}

/** Longest matches first, so "binnen drie maanden" wins over "drie maanden". */
function matchAll(text: string, patterns: readonly RegExp[], rule: Rule): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const value = match[0];
      const trimmed = value.trim();
      if (trimmed.length === 0) continue;
      const offset = value.indexOf(trimmed);
      spans.push({ start: start + offset, end: start + offset + trimmed.length, rule });
    }
  }
  return spans;
}

/**
 * Keeps the longest non-overlapping spans, in text order, also excluding spans that overlap `taken`.
 * Occupancy is kept per character, so the cost is the total length of the spans, not their count
 * squared, whatever a caller pastes in.
 */
function select(candidates: readonly Span[], taken: readonly Span[]): Span[] {
  if (candidates.length === 0) return [];
  let length = 0;
  for (const span of candidates) length = Math.max(length, span.end);
  const used = new Uint8Array(length);
  for (const span of taken) used.fill(1, Math.min(span.start, length), Math.min(span.end, length));
  const free = (span: Span): boolean => {
    for (let at = span.start; at < span.end; at++) if (used[at] === 1) return false;
    return true;
  };
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const span of sorted) {
    if (!free(span)) continue;
    used.fill(1, span.start, span.end);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** "more often presentations", "which degree": a result that is only wished for or asked about is no yardstick. */
const vagueOrQuestion =
  /(?:(?:vaker|meer|more|several|some|een aantal|enkele|welke|which|what kind of|wat voor)\s+(?:\p{L}+\s+)?|(?:iets met|something with)\s+(?:[\p{L}-]+\s+)?[\p{L}]*-?)$/iu;

const tokenPattern = /[\p{L}\p{N}'’]+/gu;

/** Which language is this? Counts function words of each; a tie goes to Dutch, the domain's own language. */
function detectLocale(text: string): Lang {
  let nl = 0;
  let en = 0;
  for (const match of text.toLowerCase().matchAll(tokenPattern)) {
    const token = match[0];
    if (lexicons.nl.stopwords.has(token)) nl++;
    if (lexicons.en.stopwords.has(token)) en++;
  }
  if (en === nl) {
    // Dutch spelling tells when function words do not: ij, oe, aa, uu are rare in English.
    const dutchish = (text.toLowerCase().match(/ij|oe|aa|uu|sch/g) ?? []).length;
    const englishish = (text.toLowerCase().match(/th|wh|ing\b|ou/g) ?? []).length;
    return englishish > dutchish ? 'en' : 'nl';
  }
  return en > nl ? 'en' : 'nl';
}

/** Capitalised words that do not start a sentence, and acronyms: names of tools, courses, clients. */
function namedThings(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}+#.-]*|[\p{L}]*\p{N}+[\p{L}]+[\p{L}\p{N}]*)(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const word = match[0].replace(/[.-]+$/, '');
    if (word.length < 2) continue;
    if (/^(?:I|Ik|I'll|I'd|Q[1-4])$/u.test(word)) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /[.!?:;\n]\s*$/u.test(before) || /^\s*[-*•]\s*$/u.test(before)) continue;
    spans.push({ start, end: start + word.length, rule: 'name' });
  }
  return spans;
}

interface Reading {
  readonly lang: Lang;
  readonly dates: Span[];
  readonly starts: Span[];
  readonly vagueTimes: Span[];
  readonly frequencies: Span[];
  readonly counts: Span[];
  readonly deliverables: Span[];
  readonly measures: Span[];
  readonly vagueQuantities: Span[];
  readonly vagueVerbs: Span[];
  readonly hedges: Span[];
  readonly vagueObjects: Span[];
  readonly actions: Span[];
  readonly names: Span[];
  readonly wordCount: number;
}

function read(text: string, lang: Lang): Reading {
  const lex: Lexicon = lexicons[lang];
  // A start ("vanaf 1 september") is read before dates so its date is not taken for a deadline.
  const starts = select(matchAll(text, lex.starts, 'start'), []);
  const dates = select(matchAll(text, lex.dates, 'date'), starts);
  const time = [...dates, ...starts];
  const frequencies = select(matchAll(text, lex.frequencies, 'frequency'), time);
  const counts = select(matchAll(text, lex.counts, 'count'), [...time, ...frequencies]);
  const measured = [...time, ...frequencies, ...counts];
  const vagueTimes = select(matchAll(text, [lex.vagueTimes], 'vagueTime'), measured);
  // "iets met presenteren doen": a verb inside a vague frame is not an action of its own.
  const vagueAll = matchAll(text, [lex.vagueVerbs], 'vagueVerb');
  const frames = vagueAll.filter((span) => text.slice(span.start, span.end).trim().split(/\s+/u).length >= 3);
  const deliverables = select(matchAll(text, [lex.deliverables], 'deliverable'), frames).filter(
    (span) =>
      !vagueOrQuestion.test(text.slice(Math.max(0, span.start - 32), span.start)) &&
      !/^\s+(?:more often|vaker|skills|vaardigheden)/iu.test(text.slice(span.end, span.end + 14)),
  );
  const measures = select(matchAll(text, [lex.measures], 'measure'), [...time, ...deliverables]);
  const vagueQuantities = select(matchAll(text, [lex.vagueQuantities], 'vagueQuantity'), [...measured, ...vagueTimes, ...measures]);
  const actions = select(matchAll(text, [lex.actions], 'action'), frames);
  const vagueVerbs = select(vagueAll, [...time, ...actions]);
  // "the May meeting": a capitalised May inside a sentence is the month, not the modal verb.
  const hedges = select(matchAll(text, [lex.hedges], 'hedge'), [...time, ...vagueTimes]).filter(
    (span) => !(text.slice(span.start, span.end) === 'May' && span.start > 0 && !/[.!?]\s*$/u.test(text.slice(0, span.start))),
  );
  // "afdeling Juridische Zaken": a capitalised word inside a sentence is a name, not a vague object.
  const vagueObjects = select(matchAll(text, [lex.vagueObjects], 'vagueObject'), [...measured, ...vagueQuantities, ...vagueVerbs]).filter(
    (span) =>
      !(
        span.start > 0 &&
        /^\p{Lu}/u.test(text.slice(span.start, span.end)) &&
        !/[.!?]\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start))
      ),
  );
  const names = select(namedThings(text), time);
  const wordCount = (text.match(tokenPattern) ?? []).length;
  return {
    lang,
    dates,
    starts,
    vagueTimes,
    frequencies,
    counts,
    deliverables,
    measures,
    vagueQuantities,
    vagueVerbs,
    hedges,
    vagueObjects,
    actions,
    names,
    wordCount,
  };
}

/** Evidence points into the caller's own text, so a host can highlight it where it was written. */
function evidence(plain: PlainText, original: string, spans: readonly Span[]): EvidenceSpan[] {
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((span) => {
      const { start, end } = originalSpan(plain, span.start, span.end);
      return { text: original.slice(start, end), start, end, rule: span.rule };
    });
}

function quote(text: string, spans: readonly Span[]): string {
  const seen: string[] = [];
  for (const span of spans) {
    const word = text.slice(span.start, span.end).toLowerCase();
    if (!seen.includes(word)) seen.push(word);
  }
  return seen.join('", "');
}

/**
 * The specificity score: concrete actions, results, numbers and names count for it; vague verbs,
 * hedges and vague objects against it. Exposed for the guide's explanation and the tests.
 */
function specificityScore(reading: Reading): { positive: number; negative: number } {
  const positive =
    2 * Math.min(reading.deliverables.length, 2) +
    Math.min(reading.actions.length, 2) +
    Math.min(reading.counts.length + reading.frequencies.length, 2) +
    Math.min(reading.names.length, 2) +
    (reading.measures.length > 0 ? 2 : 0);
  const negative =
    2 * Math.min(reading.vagueVerbs.length, 2) +
    2 * Math.min(reading.vagueObjects.length, 1) +
    (reading.vagueQuantities.length > 0 ? 2 : 0);
  const short = reading.wordCount < 4 ? 2 : 0;
  return { positive, negative: negative + short };
}

/**
 * Where a sentence may hold a second goal. The text is plain (one space between words), so each
 * alternative starts with a fixed character and nothing can backtrack over a run of blanks.
 */
const coordinator = {
  nl: /[,;] ?(?:en )?| (?:en|plus|&|daarnaast|verder) /u,
  en: /[,;] ?(?:and )?| (?:and|plus|&|as well as|also) /u,
} as const;

/** Words that tie the next clause to the same goal: a step of it ("and then present it"), not a new goal. */
const backReference = {
  nl: /(?<![\p{L}])(?:het|ze|hem|daar|daarna|vervolgens|deze|dit|die|dat|hun|de resultaten|de uitkomsten)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:it|them|then|this|these|that|which|who|their|its|the results|the outcome|the findings)(?![\p{L}])/iu,
} as const;

/** Words after which a full stop is an abbreviation, not a sentence end ("a.s.", "bijv.", "t/m."). */
const abbreviations: ReadonlySet<string> = new Set([
  'a',
  's',
  'z',
  't',
  'm',
  'i',
  'v',
  'd',
  'c',
  'e',
  'b',
  'g',
  'n',
  't/m',
  'etc',
  'bijv',
  'o.a',
  'mr',
  'dr',
  'ca',
  'nr',
  'incl',
]);

const sentenceMark = /[.!?]/u;
const wordBefore = /(?:^|[^\p{L}\p{N}/.])([\p{L}\p{N}/.]{1,5})$/u;

/**
 * Splits at sentence ends, semicolons, line breaks and bullets, but not inside "a.s." or "2.5". A
 * hand-written scan, so that a run of thousands of dots or question marks costs its length once.
 */
function sentences(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  let at = 0;
  const cut = (start: number, end: number): void => {
    if (start > from) parts.push({ start: from, end: start });
    from = end;
  };
  while (at < text.length) {
    const char = text[at] as string;
    if (char === ';' || char === '\n' || char === '\r') {
      let end = at + 1;
      while (end < text.length && (text[end] === ';' || text[end] === '\n' || text[end] === '\r')) end++;
      cut(at, end);
      at = end;
      continue;
    }
    if (sentenceMark.test(char)) {
      let end = at + 1;
      while (end < text.length && sentenceMark.test(text[end] as string)) end++;
      const closes = end === text.length || text[end] === ' ';
      const word = wordBefore.exec(text.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase();
      if (closes && (word === undefined || !abbreviations.has(word.replace(/\.$/u, '')))) cut(at, end);
      at = end;
      continue;
    }
    // A bullet: "-", "*" or "•" standing alone between blanks, or at the very start.
    if ((char === '-' || char === '*' || char === '•') && (at === 0 || text[at - 1] === ' ') && text[at + 1] === ' ') {
      cut(at === 0 ? 0 : at - 1, at + 2);
      at += 2;
      continue;
    }
    at++;
  }
  if (text.length > from) parts.push({ start: from, end: text.length });
  return parts.filter((part) => part.end > part.start);
}

function hasVerb(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start >= start && span.end <= end);
}

/** How many goals the text packs together: parts with a verb of their own, split at sentence ends and coordinations. */
function countGoals(text: string, reading: Reading): number {
  const verbs = [
    ...reading.actions,
    ...reading.vagueVerbs,
    ...reading.deliverables.filter((span) => /[a-z]{3,}(?:en|e|ed|ing)$/u.test(text.slice(span.start, span.end))),
  ];
  let goals = 0;
  for (const sentence of sentences(text)) {
    if (!hasVerb(verbs, sentence.start, sentence.end)) continue;
    let from = sentence.start;
    let parts = 0;
    const pattern = new RegExp(coordinator[reading.lang].source, 'gu');
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(pattern)) {
      const cut = sentence.start + match.index;
      const next = sentence.start + match.index + match[0].length;
      const rest = text.slice(next, Math.min(sentence.end, next + 120));
      // Only a split where both sides have a verb of their own and the right side is more than a tail.
      // "As a volunteer coach, I will ...": a role in front is no goal, even when its noun is also a verb.
      const role = /^ ?(?:as (?:an?|the|my|our)|als) [^,;]*$/iu.test(text.slice(from, cut));
      if (!role && hasVerb(verbs, from, cut) && hasVerb(verbs, next, sentence.end) && rest.split(/\s+/u).length >= 3) {
        const between = verbs.filter((span) => span.start >= next && span.end <= sentence.end);
        const firstVerb = between[0];
        // "a course and present it" counts twice, "improve planning and organisation" (no verb right after) once.
        const sameGoal = backReference[reading.lang].test(rest.split(/\s+/u).slice(0, 5).join(' '));
        if (firstVerb !== undefined && firstVerb.start - next <= 40 && !sameGoal) {
          parts++;
          from = next;
        }
      }
    }
    goals += parts + 1;
  }
  return goals;
}

function verdict(status: CriterionStatus, plain: PlainText, original: string, spans: readonly Span[]): TextCriterionVerdict {
  return { status, evidence: evidence(plain, original, spans) };
}

/**
 * Reads a goal written in Dutch or English and says whether it is specific, measurable and
 * time-bound, with the words that decided it, how many goals it packs together, and findings with
 * suggestions. Rule-based and offline: every verdict points at the words behind it. Never throws;
 * a non-string answers with a finding and `unknown` verdicts.
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
    original = original.slice(0, maxAnalyzedLength);
  }
  // White space, invisible characters and accents are settled once, here; every pattern after this
  // reads plain text, and evidence is mapped back to the caller's own text.
  const plain = plainText(original);
  const input = plain.text;
  if (input.length === 0) {
    findings.push(finding.warning('agreement.text.empty'));
    return unknownAnalysis(requested === 'auto' ? 'nl' : requested, findings);
  }
  const lang = requested === 'auto' ? detectLocale(input) : requested;
  const reading = read(input, lang);

  const timeSpans = [...reading.dates, ...reading.starts];
  const timeBound: CriterionStatus = timeSpans.length > 0 ? 'met' : 'unmet';
  if (timeBound === 'unmet') {
    if (reading.vagueTimes.length > 0) {
      findings.push(finding.warning('agreement.text.vagueTime', { params: { words: quote(input, reading.vagueTimes) } }));
    } else {
      findings.push(finding.warning('agreement.text.noDeadline'));
    }
  } else if (reading.dates.length === 0) {
    findings.push(finding.info('agreement.text.startOnly', { params: { words: quote(input, reading.starts) } }));
  }

  const measureSpans = [...reading.counts, ...reading.frequencies, ...reading.deliverables, ...reading.measures];
  const measurable: CriterionStatus = measureSpans.length > 0 ? 'met' : 'unmet';
  if (measurable === 'unmet') {
    if (reading.vagueQuantities.length > 0) {
      findings.push(finding.warning('agreement.text.vagueQuantity', { params: { words: quote(input, reading.vagueQuantities) } }));
    } else {
      findings.push(finding.warning('agreement.text.noMeasure'));
    }
  }

  const score = specificityScore(reading);
  // A hedge makes the whole agreement non-committal; otherwise concrete signals must outweigh vague ones.
  const specific: CriterionStatus =
    reading.hedges.length === 0 && (score.positive - score.negative >= 2 || (score.positive >= 1 && score.negative === 0))
      ? 'met'
      : 'unmet';
  const specificSpans =
    specific === 'met'
      ? [...reading.deliverables, ...reading.actions, ...reading.counts, ...reading.frequencies, ...reading.names, ...reading.measures]
      : [...reading.vagueVerbs, ...reading.hedges, ...reading.vagueObjects, ...reading.vagueQuantities];
  if (specific === 'unmet') {
    if (reading.vagueVerbs.length > 0) {
      findings.push(finding.warning('agreement.text.vagueVerb', { params: { words: quote(input, reading.vagueVerbs) } }));
    } else {
      findings.push(finding.warning('agreement.text.notSpecific'));
    }
  }
  if (reading.hedges.length > 0) {
    findings.push(finding.warning('agreement.text.hedge', { params: { words: quote(input, reading.hedges) } }));
  }

  const goals = countGoals(input, reading);
  if (goals > 1) findings.push(finding.info('agreement.text.multipleGoals', { params: { count: goals } }));

  return deepFreeze({
    locale: lang,
    specific: verdict(specific, plain, original, specificSpans),
    measurable: verdict(measurable, plain, original, measurable === 'met' ? measureSpans : reading.vagueQuantities),
    timeBound: verdict(timeBound, plain, original, timeBound === 'met' ? timeSpans : reading.vagueTimes),
    goals: Math.max(goals, 1),
    findings,
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

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function unknownAnalysis(locale: Lang, findings: Finding[]): GoalTextAnalysis {
  const none: TextCriterionVerdict = { status: 'unknown', evidence: [] };
  return deepFreeze({ locale, specific: none, measurable: none, timeBound: none, goals: 0, findings });
}
