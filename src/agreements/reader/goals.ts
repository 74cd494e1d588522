// Language, evidence, quoted words, sentences, and how many goals one text holds.
import type { PlainText } from '../../core/index.js';
import { originalSpan } from '../../core/index.js';
import type { CompiledLexicon, Lang } from '../lexicon/index.js';
import { compiled, nameParticles, stopwordStarts } from '../lexicon/index.js';
import type { EvidenceSpan } from '../types.js';
import type { Reading } from './reading.js';
import type { Span } from './tables.js';
import { coverage } from './tables.js';
import type { Token } from './tokens.js';
import { signatureDash } from './remarks.js';
import { finishedByDeadline, is, monthStop, phraseAt, phraseIn, tokenIndexAt, tokenize } from './tokens.js';

// ---------------------------------------------------------------------------------------------
// Language, goals, evidence
// ---------------------------------------------------------------------------------------------

/**
 * The language of a text, and whether anything told: function words first, then Dutch or English
 * spelling. A text with neither ("pass ITIL4") is `undecided`, and read in Dutch, the domain's own
 * language, by default.
 */
export function localeOf(text: string): { lang: Lang; undecided: boolean } {
  let nl = 0;
  let en = 0;
  const tokens = tokenize(text);
  const particle = (at: number): boolean => (['nl', 'en'] as const).some((lang) => phraseIn(nameParticles[lang], tokens, at) > 0);
  const signed = signatureDash(tokens, particle);
  for (const token of signed < 0 ? tokens : tokens.slice(0, signed)) {
    if (!token.word) continue;
    if (stopwordStarts.nl.has(token.lower)) nl++;
    if (stopwordStarts.en.has(token.lower)) en++;
  }
  if (en === nl) {
    // Dutch spelling tells when function words do not: ij, oe, aa, uu are rare in English.
    const lower = text.toLowerCase();
    const dutchish = (lower.match(/ij|oe|aa|uu|sch|heid|oo|en\b/g) ?? []).length;
    const englishish = (lower.match(/th|wh|ing\b|ou|tion|ness|ive\b|y\b|ea|sh\b|ck\b/g) ?? []).length;
    return { lang: englishish > dutchish ? 'en' : 'nl', undecided: englishish === dutchish };
  }
  return { lang: en > nl ? 'en' : 'nl', undecided: false };
}

/** Evidence points into the caller's own text, so a host can highlight it where it was written. */
export function evidence(plain: PlainText, original: string, spans: readonly Span[]): EvidenceSpan[] {
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((span) => {
      const { start, end } = originalSpan(plain, span.start, span.end);
      return { text: original.slice(start, end), start, end, rule: span.rule };
    });
}

export function quote(text: string, spans: readonly Span[]): string[] {
  const seen: string[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const word = text.slice(span.start, span.end).toLowerCase();
    if (!seen.includes(word)) seen.push(word);
  }
  return seen;
}

export const sentenceMark = /[.!?]/u;
export const wordBefore = /(?:^|[^\p{L}\p{N}/.])([\p{L}\p{N}/.]{1,7})$/u;

/**
 * Splits at sentence ends, semicolons, line breaks and bullets, but not inside "a.s." or "2.5". A
 * hand-written scan, so that a run of thousands of dots or question marks costs its length once.
 */
export function sentences(text: string, lex: CompiledLexicon): { start: number; end: number }[] {
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
      const word = wordBefore.exec(text.slice(Math.max(0, at - 8), at))?.[1]?.toLowerCase();
      const abbreviation = word !== undefined && lex.words.abbreviations.get(word.replace(/\.$/u, '')).length > 0;
      if (closes && (!abbreviation || monthStop(lex, word, text[end + 1]))) cut(at, end);
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

/**
 * The offsets where goals have their verb. A copula or a verb of wanting heads a goal when no other
 * verb follows it in its clause ("and be more patient from now on", "and then I want more
 * responsibility"); other light verbs never do, and in "ik wil ... verlengen" the head is "verlengen".
 */
function goalHeads(reading: Reading): number[] {
  const { tokens } = reading;
  const lex = compiled[reading.lang];
  const deadlineStarts = new Set(reading.spans.deadline.map((span) => span.start));
  const candidates = reading.verbs.filter(
    (verb) => !(verb as { alternative?: boolean }).alternative && !finishedByDeadline(lex, tokens, deadlineStarts, verb.head),
  );
  // "..., zodat ik beter voorbereid ben", so that I am better prepared: a verb of a purpose clause says
  // why, it heads no goal (unless the text has no other verb).
  const purpose = (verb: (typeof candidates)[number]): boolean => reading.clauses[verb.clause]?.role === 'purpose';
  const main = candidates.some((verb) => !purpose(verb)) ? candidates.filter((verb) => !purpose(verb)) : candidates;
  return main
    .filter(
      (verb) =>
        verb.verbClass !== 'light' ||
        ((is(compiled[reading.lang], 'copulas', tokens[verb.head]) || is(compiled[reading.lang], 'wishVerbs', tokens[verb.head])) &&
          !main.some((other) => other.verbClass !== 'light' && other.head > verb.head && other.clause === verb.clause)),
    )
    .map((verb) => (tokens[verb.head] as Token).start);
}

/** Does any of `spans` cover a character in [start, end)? Prefix counts: each question is O(1). */
function anyWithin(length: number, spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const cover = coverage(length, spans as Span[]);
  const before = new Int32Array(length + 1);
  for (let at = 0; at < length; at++) before[at + 1] = (before[at] ?? 0) + (cover[at] ?? 0);
  return (start, end) => (before[Math.min(end, length)] ?? 0) - (before[Math.min(start, length)] ?? 0) > 0;
}

/** How many goals the text packs together: parts with a verb of their own, split at sentence ends and coordinations. */
export function countGoals(reading: Reading): number {
  return goalParts(reading).length;
}

/**
 * "Lisa ontwikkelt vóór blok 3 drie opdrachten. Ze test ze eerst zelf met één klas.": a sentence
 * without a time of its own that does a step first, on what the goal before it made, is part of that
 * goal, which then ends where the sentence ends.
 */
function joinsPrevious(
  reading: Reading,
  goals: { start: number; end: number }[],
  sentence: { start: number; end: number },
  hasTime: (start: number, end: number) => boolean,
): boolean {
  const previous = goals[goals.length - 1];
  if (previous === undefined || hasTime(sentence.start, sentence.end) || !opensPriorStep(reading, sentence)) return false;
  previous.end = sentence.end;
  return true;
}

/**
 * Does a word among the sentence's first eight say its step comes first ("eerst", beforehand; not after
 * "the": "the first module"), and another point back to what the goal named ("ze", them)?
 */
function opensPriorStep(reading: Reading, sentence: { start: number; end: number }): boolean {
  const lex = compiled[reading.lang];
  const { tokens } = reading;
  let words = 0;
  let first = false;
  let back = false;
  for (let at = tokenIndexAt(tokens, sentence.start); at >= 0 && at < tokens.length && words < 8; at++) {
    const token = tokens[at] as Token;
    if (token.end > sentence.end) break;
    if (!token.word) continue;
    words++;
    if (phraseAt(lex, 'priorSteps', tokens, at) > 0 && !is(lex, 'determiners', tokens[at - 1])) first = true;
    // It works on what the goal named ("test ze", try them out): a step of that goal, not a wish of its own.
    const next = tokens[at + 1];
    const article = is(lex, 'determiners', token) && next?.word === true && !is(lex, 'prepositions', next);
    if (words > 1 && phraseAt(lex, 'backReferences', tokens, at) > 0 && !article) back = true;
  }
  return first && back;
}

/** A coordinator inside a method or purpose clause joins the steps of that means, not two goals. */
function meansCoverOf(reading: Reading): Uint8Array {
  const { tokens } = reading;
  const cover = new Uint8Array(reading.text.length);
  for (const clause of reading.clauses) {
    if (clause.role !== 'method' && clause.role !== 'purpose') continue;
    const first = tokens[clause.from];
    const last = tokens[clause.to - 1];
    if (first !== undefined && last !== undefined) cover.fill(1, first.start, last.end);
  }
  return cover;
}

/** Where a part may end at token `k` (a comma or semicolon, or a coordinator after a word), and where the next one starts. */
function cutAt(
  reading: Reading,
  k: number,
  fromToken: number,
  end: number,
): { cut: number; next: number; resumeToken: number } | undefined {
  const lex = compiled[reading.lang];
  const { tokens } = reading;
  const token = tokens[k] as Token;
  if (!token.word && (token.text === ',' || token.text === ';')) {
    const ampersand = tokens[k + 1]?.text === '&' ? 1 : 0;
    const resumeToken = k + 1 + (ampersand || phraseAt(lex, 'coordinators', tokens, k + 1));
    return { cut: token.start, next: Math.min(tokens[resumeToken]?.start ?? end, end), resumeToken };
  }
  // "... af voor 1 juli & start daarna ...": an ampersand between words joins goals as "en" does.
  const coordinator = token.word ? phraseAt(lex, 'coordinators', tokens, k) : token.text === '&' ? 1 : 0;
  if (coordinator === 0 || !tokens[k - 1]?.word || k <= fromToken) return undefined;
  const resumeToken = k + coordinator;
  return { cut: token.start, next: Math.min(tokens[resumeToken]?.start ?? end, end), resumeToken };
}

/** For each offset, the first goal head at or after it (-1: none), so each cut asks in one step. */
function nextHeadFrom(heads: readonly number[], length: number): Int32Array {
  const nextHead = new Int32Array(length + 1).fill(-1);
  const headSet = new Set(heads);
  for (let at = length - 1; at >= 0; at--) nextHead[at] = headSet.has(at) ? at : (nextHead[at + 1] ?? -1);
  return nextHead;
}

/** Whether a later part points back at the earlier one ("... en dat ook ..."): then it is the same goal. */
function pointsBack(reading: Reading, restWords: readonly Token[]): boolean {
  const lex = compiled[reading.lang];
  const { tokens } = reading;
  // ("in het werkoverleg": after a preposition "het" is an article, it points back to nothing.)
  const article = (at: number): boolean => is(lex, 'determiners', tokens[at]) && is(lex, 'prepositions', tokens[at - 1]);
  return restWords.some((candidate) => phraseAt(lex, 'backReferences', tokens, candidate.index) > 0 && !article(candidate.index));
}

/**
 * The goals a text packs together, as character ranges of the text: each part has a verb of its own.
 * Text around them without a verb ("Voor 1 juni." as a sentence of its own) belongs to no part. With
 * `steps`, a step that comes "daarna" or "and then" is a part too, also under one deadline.
 */
export function goalParts(reading: Reading, { steps = false }: { steps?: boolean } = {}): { start: number; end: number }[] {
  const lex = compiled[reading.lang];
  const { tokens, text } = reading;
  const heads = goalHeads(reading);
  const hasVerb = anyWithin(
    text.length,
    heads.map((start) => ({ start, end: start + 1 })),
  );
  const nextVerb = nextHeadFrom(heads, text.length);
  // Parts under one deadline are steps of one goal ("Within two months I will analyse the figures
  // and write a report"); a part with a deadline of its own is a goal of its own. A vague or
  // open-ended time is a time of its own too: "by June, and be more patient from now on". With
  // `steps`, each step under the deadline is a part ("Voor EOY: VCA halen en beter communiceren"), so
  // a state or wish after it ("en word ik een betere collega") is judged on its own too.
  const { spans } = reading;
  const hasTime = anyWithin(text.length, [...spans.start, ...spans.deadline, ...spans.vagueTime, ...reading.eventClauses]);
  const hasVagueAmount = anyWithin(text.length, spans.vagueQuantity);
  const meansCover = meansCoverOf(reading);
  const goals: { start: number; end: number }[] = [];
  for (const sentence of sentences(text, lex)) {
    if (!hasVerb(sentence.start, sentence.end) || joinsPrevious(reading, goals, sentence, hasTime)) continue;
    let from = sentence.start;
    let fromToken = tokenIndexAt(tokens, sentence.start);
    let commaSinceFrom = false;
    // Where a role in front may open: the part's start, or after a colon, which ends what stood before
    // it ("Als teamleider: ...", a condition "Als de planning het toelaat: ...") and may open a role
    // ("If time allows: As a care assistant I will ...").
    let roleToken = fromToken;
    for (let k = fromToken; k < tokens.length && (tokens[k] as Token).end <= sentence.end; k++) {
      const token = tokens[k] as Token;
      const at = cutAt(reading, k, fromToken, sentence.end);
      if (!token.word && token.text === ':') {
        roleToken = k + 1;
        commaSinceFrom = false;
      }
      if (at === undefined) continue;
      const { cut, next, resumeToken } = at;
      // "As a volunteer coach, I will ...": a role in front is no goal, even when its noun is also a verb.
      const role = phraseAt(lex, 'rolePrefixes', tokens, roleToken) > 0 && !commaSinceFrom;
      // (The words of a purpose or method clause are not the later part's own: "doen en afronden, zodat ik ...".)
      const restWords = tokens
        .slice(resumeToken, resumeToken + 5)
        .filter((candidate) => candidate.word && candidate.end <= sentence.end && meansCover[candidate.start] !== 1);
      // ... unless the later part is a habit of its own, with a vague amount ("en ik ga vaker ...").
      // (With `steps`, a step that comes "daarna", "and then" is a part too: it is judged on its own.)
      const step = steps && (restWords.some((candidate) => is(lex, 'sequencing', candidate)) || is(lex, 'stepOpeners', restWords[0]));
      const sharedDeadline = !steps && hasTime(sentence.start, cut) && !hasTime(next, sentence.end) && !hasVagueAmount(next, sentence.end);
      // "... by exercising three times a week and cutting out sugary drinks": what follows a means goes on with it.
      const afterMeans = steps && meansCover[tokens[k - 1]?.start ?? -1] === 1;
      const means = meansCover[cut] === 1 || meansCover[from] === 1 || meansCover[next] === 1 || afterMeans;
      if (
        !role &&
        !sharedDeadline &&
        !means &&
        hasVerb(from, cut) &&
        (hasVerb(next, sentence.end) || step) &&
        restWords.length >= (steps ? 2 : 3)
      ) {
        const firstVerb = nextVerb[next] ?? -1;
        // "en daarna ook het certificaat reachtruck": a step without a verb of its own shares the first one's.
        const elliptic = step && !hasVerb(next, sentence.end);
        if (
          ((firstVerb >= 0 && firstVerb < sentence.end && firstVerb - next <= 40) || elliptic) &&
          (step || !pointsBack(reading, restWords))
        ) {
          goals.push({ start: from, end: cut });
          from = next;
          fromToken = resumeToken;
          roleToken = resumeToken;
          commaSinceFrom = false;
          continue;
        }
      }
      if (!token.word && token.text === ',') commaSinceFrom = true;
    }
    goals.push({ start: from, end: sentence.end });
  }
  return goals;
}
