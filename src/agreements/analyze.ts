import type { Finding } from '../core/index.js';
import type { PlainText } from '../core/index.js';
import type { WordToken } from '../core/index.js';
import { deepFreeze, originalSpan, plainText, tokenizeWords } from '../core/index.js';
import { type FindingParamsOf, finding } from '../locales/index.js';
import type { CompiledLexicon, Lang, NounClass, PhraseClass, RuleGroups, RuleMatch, VerbClass, VerbForm } from './lexicon/index.js';
import { compiled, scan } from './lexicon/index.js';
import type { CriterionStatus, EvidenceSpan, GoalTextAnalysis, GoalTextOptions, TextCriterionVerdict } from './schema.js';

/**
 * Texts longer than this are read only up to here: an agreement is a sentence or two, and the cap
 * keeps the analysis linear and fast whatever a caller pastes in.
 */
const maxAnalyzedLength = 5_000;

/** A span of the plain text, with the rule that found it. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

// ---------------------------------------------------------------------------------------------
// Tables: the order in which phrase rules claim the text, and the weights of the specific-score.
// ---------------------------------------------------------------------------------------------

/**
 * Rule priority: a group claims its spans before the groups after it, and a later group never
 * reads a span an earlier one claimed (longest match first within a group). A start date is read
 * before dates so "vanaf 1 september" is not taken for a deadline; an identifier ("hal 3") before
 * counts so its number counts nothing; a feeling ("40% calmer") before quantities so its number is
 * no measure.
 */
const rulePriority: readonly { readonly group: keyof RuleGroups; readonly after: readonly (keyof RuleGroups)[] }[] = [
  { group: 'start', after: [] },
  { group: 'deadline', after: ['start'] },
  { group: 'vagueTime', after: ['start', 'deadline'] },
  { group: 'identifier', after: ['start', 'deadline'] },
  { group: 'feeling', after: ['start', 'deadline'] },
  { group: 'frequency', after: ['start', 'deadline', 'identifier', 'feeling'] },
  { group: 'quantity', after: ['start', 'deadline', 'vagueTime', 'identifier', 'feeling', 'frequency'] },
  { group: 'outcome', after: ['start', 'deadline'] },
  { group: 'vagueQuantity', after: ['start', 'deadline', 'frequency', 'outcome'] },
  { group: 'vagueFrame', after: ['start', 'deadline'] },
  { group: 'placeholder', after: ['start', 'deadline'] },
  { group: 'hedge', after: ['start', 'deadline', 'vagueTime'] },
  { group: 'vagueObject', after: ['start', 'deadline'] },
  { group: 'notDeficit', after: ['start', 'deadline'] },
  { group: 'deficit', after: ['start', 'deadline', 'notDeficit'] },
];

/**
 * The weights of the specific-score. A goal is specific when its score reaches `specificThreshold`:
 * one concrete action with its object does, and so does a target on a named indicator or a named
 * thing (a course, a tool) next to an action; a vague verb or placeholder as the main action pulls
 * it back down, unless a concrete action in a method clause ("by finishing the Excel course") or a
 * target carries it.
 */
const specificWeights = {
  /** A concrete action with its object: write the report, lead a session, attend the Revit course. */
  action: 3,
  /** A target on a named indicator: the number of complaints falls to 5 a month. */
  target: 3,
  /** A concrete action in a purpose clause: "make more time to onboard new colleagues". */
  purposeAction: 2,
  /** A name (a tool, a course, a client): counted up to `nameCap` times. */
  name: 1,
  /** A vague verb or frame as the main action: improve, work on, do something with. Counted up to twice. */
  vague: -2,
  /** A placeholder action: het oppakken, take care of it. */
  placeholder: -3,
  /** A vague object as the only object: something, things. */
  vagueObject: -2,
} as const;
const nameCap = 2;
const vagueCap = 2;
const specificThreshold = 2;

/** Verb classes that make a concrete action when they have a concrete object. */
const actionClasses: ReadonlySet<VerbClass | 'unknown'> = new Set(['produce', 'event', 'pass', 'attend', 'learn', 'activity', 'unknown']);
/** Verb classes whose action with a concrete object is itself an observable result. */
const resultClasses: ReadonlySet<VerbClass | 'unknown'> = new Set(['produce', 'event']);
/** When a form could be several verbs, the more telling class wins. */
const classOrder: readonly (VerbClass | 'unknown')[] = [
  'pass',
  'produce',
  'event',
  'change',
  'attend',
  'learn',
  'activity',
  'placeholder',
  'vague',
  'unknown',
  'light',
];

// ---------------------------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------------------------

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

/** Marks the characters a set of spans covers, for quick "is this token inside" questions. */
function coverage(length: number, spans: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const span of spans) covered.fill(1, span.start, span.end);
  return covered;
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

type Token = WordToken;

/** Words and punctuation of the plain text, by the shared linear scan. */
/**
 * The tokens of a text, without the full stop of an abbreviation ("i.p.v.", "5 mrt. de cijfers",
 * "ca. 20"): that stop ends no clause. A one-letter word ends its sentence unless the text goes on
 * in lower case ("plan B. Ik ..." is two sentences).
 */
function tokenize(text: string, lex?: CompiledLexicon): Token[] {
  const tokens = tokenizeWords(text);
  if (lex === undefined) return tokens;
  const kept: Token[] = [];
  tokens.forEach((token, at) => {
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    const abbreviation =
      token.text === '.' &&
      previous !== undefined &&
      previous.word &&
      previous.end === token.start &&
      lex.words.abbreviations.get(previous.lower).some((phrase) => phrase.length === 1) &&
      (previous.lower.length >= 2 || (next !== undefined && next.word && /^[\p{Ll}\p{N}]/u.test(next.text)));
    if (!abbreviation) kept.push(kept.length === at ? token : { ...token, index: kept.length });
  });
  return kept;
}

/** The longest phrase of a word class that starts at token `at` (its length in tokens, 0 when none). */
function phraseAt(lex: CompiledLexicon, name: PhraseClass, tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first === undefined || !first.word) return 0;
  for (const phrase of lex.words[name].get(first.lower)) {
    let fits = true;
    for (let k = 1; k < phrase.length; k++) {
      const token = tokens[at + k];
      if (token === undefined || token.lower !== phrase[k]) {
        fits = false;
        break;
      }
    }
    if (fits) return phrase.length;
  }
  return 0;
}

function is(lex: CompiledLexicon, name: PhraseClass, token: Token | undefined): boolean {
  return token !== undefined && token.word && lex.words[name].get(token.lower).some((phrase) => phrase.length === 1);
}

/** Noun classes whose words also name a compound by its last part. */
const compoundClasses: readonly NounClass[] = ['credentials', 'vehicles', 'deliverables', 'indicators'];

/** Plural and compound-aware noun lookup: "checklists", "overdrachtschecklist", "cursussen", "analyses". */
function nounClass(lex: CompiledLexicon, lower: string): NounClass | undefined {
  const order: readonly NounClass[] = ['credentials', 'vehicles', 'deliverables', 'indicators', 'feelings', 'abstract'];
  const candidates = [lower];
  if (lower.endsWith("'s")) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('s')) candidates.push(lower.slice(0, -1));
  if (lower.endsWith('es')) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('en')) {
    const stem = lower.slice(0, -2);
    candidates.push(stem, stem.replace(/(.)\1$/u, '$1'), `${stem.slice(0, -1)}${stem.at(-2) ?? ''}${stem.at(-1) ?? ''}`);
  }
  if (lower.endsWith('n')) candidates.push(lower.slice(0, -1));
  for (const name of order) {
    if (candidates.some((candidate) => lex.nouns[name].has(candidate))) return name;
  }
  // Dutch compounds: the last part decides (overdrachtschecklist, heftruckcertificaat, verbeterplan);
  // only for things, not for abstract words, whose short forms hide in too many words (aanbe-ding).
  if (lex.locale === 'nl') {
    for (const candidate of candidates) {
      for (let cut = Math.max(3, candidate.length - lex.longestNoun); cut <= candidate.length - 3; cut++) {
        const tail = candidate.slice(cut).replace(/^[-]/u, '');
        for (const name of compoundClasses) if (lex.nouns[name].has(tail)) return name;
      }
    }
  }
  return undefined;
}

/** Is this a Dutch compound (a prefix before a known noun)? Then it names its topic (heftruckcursus). */
function isCompound(lex: CompiledLexicon, lower: string, name: NounClass): boolean {
  if (lex.nouns[name].has(lower) || lex.nouns[name].has(lower.replace(/(?:en|s|'s)$/u, '')))
    return lower.includes('-') && !lex.nouns[name].has(lower);
  return lex.locale === 'nl' || lower.includes('-');
}

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

type ClauseRole = 'main' | 'purpose' | 'method' | 'sub';

interface Clause {
  readonly from: number;
  readonly to: number;
  readonly role: ClauseRole;
}

const hardBreak: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\n', '|', '·', '*']);

/** Words after which an English "to" is part of the verb ("want to"), not a purpose clause. */
const toTakers: ReadonlySet<string> = new Set([
  'planned',
  'wanted',
  'needed',
  'decided',
  'hoped',
  'tried',
  'aimed',
  'intended',
  'agreed',
  'managed',
  'promised',
  'chose',
  'expected',
  'wished',
  'want',
  'get',
  'wants',
  'need',
  'needs',
  'like',
  'love',
  'going',
  'plan',
  'plans',
  'aim',
  'aims',
  'try',
  'tries',
  'hope',
  'hopes',
  'able',
  'how',
  'learn',
  'intend',
  'decide',
  'start',
  'continue',
  'expect',
  'choose',
  'agree',
  'manage',
  'wish',
  'strive',
  'have',
  'has',
  'used',
  'ought',
  'got',
  'gonna',
  'wanna',
  "'d",
  'would',
  'prefer',
  'begin',
  'help',
  'tend',
  'seem',
  'afford',
  'dare',
  'promise',
  'commit',
  'committed',
  'way',
  'what',
  'where',
  'when',
  'which',
]);

function clausesOf(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  isVerbAt: (at: number) => boolean,
  blocked: (token: Token) => boolean,
  anyVerbAt: (at: number) => boolean = isVerbAt,
): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let role: ClauseRole = 'main';
  const close = (to: number, next: ClauseRole): void => {
    if (to > from) clauses.push({ from, to, role });
    from = to;
    role = next;
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (!token.word) {
      if (
        hardBreak.has(token.text) ||
        (token.text === '-' && (tokens[at - 1]?.end ?? -1) < token.start && (tokens[at + 1]?.start ?? Infinity) > token.end)
      ) {
        close(at, 'main');
        from = at + 1;
        continue;
      }
      // "op 2 aug., 3 sep. en 4 nov.": a comma inside a list of dates separates no clauses.
      const inList =
        tokens[at - 1] !== undefined &&
        tokens[at + 1] !== undefined &&
        blocked(tokens[at - 1] as Token) &&
        blocked(tokens[at + 1] as Token);
      if (token.text === ',' && !inList) {
        close(at, 'main');
        from = at + 1;
      }
      continue;
    }
    const previous = tokens[at - 1];
    const purpose = phraseAt(lex, 'purpose', tokens, at);
    if (purpose > 0) {
      // "to" is a purpose clause only when a verb follows and no verb of wanting precedes.
      const english = lex.locale === 'en' && token.lower === 'to' && purpose === 1;
      const dutchOm = lex.locale === 'nl' && token.lower === 'om' && purpose === 1;
      let opens = true;
      if (english) opens = !(previous !== undefined && toTakers.has(previous.lower)) && isVerbAt(at + 1);
      if (dutchOm) {
        opens = false;
        for (let k = at + 1; k < tokens.length && k < at + 12; k++) {
          const later = tokens[k] as Token;
          if (!later.word && hardBreak.has(later.text)) break;
          if (later.lower === 'te') {
            opens = true;
            break;
          }
        }
      }
      if (opens) {
        close(at, 'purpose');
        at += purpose - 1;
        continue;
      }
    }
    const method = phraseAt(lex, 'method', tokens, at);
    if (method > 0) {
      const next = tokens[at + method];
      // "by making ten calls", "door drie keer per week te sporten": a method only when a verb follows.
      let opens = false;
      if (lex.locale === 'en') opens = next !== undefined && /ing$/u.test(next.lower) && next.lower.length > 4;
      else {
        for (let k = at + 1; k < tokens.length && k < at + 12; k++) {
          const later = tokens[k] as Token;
          if (!later.word && hardBreak.has(later.text)) break;
          // "door digitaal te archiveren": an infinitive the lexicon does not know still opens the method.
          if (later.lower === 'te' && (isVerbAt(k + 1) || /^\p{L}{3,}en$/u.test(tokens[k + 1]?.lower ?? ''))) {
            opens = true;
            break;
          }
        }
      }
      if (opens) {
        close(at, 'method');
        at += method - 1;
        continue;
      }
    }
    const opener = phraseAt(lex, 'clauseOpeners', tokens, at);
    // "i.p.v. een mail": an opener that is also a preposition, before a noun phrase, is the preposition.
    const prepositional = opener > 0 && phraseAt(lex, 'prepositions', tokens, at) >= opener && is(lex, 'determiners', tokens[at + opener]);
    // "3 sep. en 4 nov.": "en" inside a list of dates joins dates, not clauses.
    const dateList =
      opener > 0 &&
      previous !== undefined &&
      blocked(previous) &&
      tokens[at + opener] !== undefined &&
      blocked(tokens[at + opener] as Token);
    // After a comma an opener still opens its kind of clause: ", although it is work".
    const afterCommaOpener = at === from && previous !== undefined && !previous.word && previous.text === ',';
    if (opener > 0 && (at > from || afterCommaOpener) && !blocked(token) && !prepositional && !dateList) {
      const word = token.lower;
      // "wat", "hoe", "which": an object clause only after a verb ("leren hoe ...") or a comma; "how to" always.
      const questionWord = /^(?:wat|welke|waar|wie|what|which|where|who|whom)$/u.test(word);
      const next = tokens[at + 1];
      const howTo = (word === 'how' && next?.lower === 'to') || (word === 'hoe' && (next?.lower === 'je' || next?.lower === 'ik'));
      if (questionWord && !howTo && !(previous !== undefined && (!previous.word ? previous.text === ',' : isVerbAt(at - 1)))) continue;
      // "als uitvoerder", "as a team": a role, not a clause; "als ze zeggen", "as I said": a clause.
      if ((word === 'als' || word === 'as') && opener === 1) {
        // A pronoun that names no one ("als iets goed gaat", "as it happens") is never a role either.
        const pronoun = /^(?:iets|niets|alles|het|er|dat|dit|something|nothing|everything|it|things|that|this)$/u.test(
          tokens[at + 1]?.lower ?? '',
        );
        const subject = pronoun || [tokens[at + 1], tokens[at + 2]].some((candidate) => is(lex, 'subjects', candidate));
        if (!subject) continue;
      }
      // "dat", "die", "that" open a clause only after a comma or a verb of saying or making sure.
      // "Jij kunt dus vóór de zomer ...": mid-clause "dus" is an adverb; after a comma it joins a clause.
      if (word === 'dus' && previous !== undefined && (previous.word || previous.text !== ',')) continue;
      const relative = word === 'dat' || word === 'die' || word === 'that';
      const afterComma = previous !== undefined && !previous.word && previous.text === ',';
      if (
        relative &&
        !afterComma &&
        !(previous !== undefined && /^(?:zorgen|zorg|ervoor|zeggen|zeg|denk|wil|sure|ensure|so|weet|merk|hoop|vind)$/u.test(previous.lower))
      )
        continue;
      const coordinate =
        lex.words.coordinators.get(word).length > 0 ||
        word === 'of' ||
        word === 'or' ||
        word === 'maar' ||
        word === 'but' ||
        word === 'then' ||
        word === 'daarna' ||
        word === 'vervolgens';
      // "my CPR and BLS certificates", "a lunch talk and a speech": "and" between noun phrases joins
      // them; it starts a clause only when a verb follows before the next comma (a bounded look).
      if (coordinate && (word === 'and' || word === 'en' || word === 'or' || word === 'of')) {
        let verbAhead = false;
        for (let k = at + opener; k < tokens.length && k < at + opener + 6; k++) {
          const later = tokens[k] as Token;
          if (!later.word && (hardBreak.has(later.text) || later.text === ',')) break;
          if (later.word && anyVerbAt(k)) {
            verbAhead = true;
            break;
          }
        }
        if (!verbAhead) continue;
      }
      // "Ik zorg dat alle lijsten kloppen", "make sure that ...": what is made sure of is the goal itself.
      const ensured = relative && previous !== undefined && /^(?:zorgen|zorg|ervoor|sure|ensure)$/u.test(previous.lower);
      close(at, coordinate || ensured ? 'main' : 'sub');
      at += opener - 1;
    }
  }
  close(tokens.length, 'main');
  return clauses;
}

// ---------------------------------------------------------------------------------------------
// Verbs and their objects
// ---------------------------------------------------------------------------------------------

interface Verb {
  /** Tokens of the verb itself and of its particle, in text order. */
  readonly tokens: readonly number[];
  readonly head: number;
  readonly verbClass: VerbClass | 'unknown';
  readonly needs: VerbForm['needs'];
  readonly clause: number;
  readonly passive: boolean;
}

interface ObjectWord {
  readonly token: Token;
  readonly kind: NounClass | 'concrete' | 'name' | 'vague';
  readonly inPhrase: boolean;
  readonly named: boolean;
  readonly preposition: string | undefined;
  /** For a name: the noun class its last part has ("VCA-diploma" is a credential). */
  readonly nounKind?: NounClass | undefined;
}

interface Reading {
  readonly lang: Lang;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly spans: { readonly [G in keyof RuleGroups]: readonly Span[] };
  readonly names: readonly Span[];
  readonly clauses: readonly Clause[];
  readonly verbs: readonly Verb[];
  readonly eventClauses: readonly Span[];
}

/** How many capital letters a word has (a loop: a pattern with ".*" would backtrack on a long word). */
function capitals(word: string): number {
  let count = 0;
  for (const char of word) if (char !== char.toLowerCase() && char === char.toUpperCase()) count++;
  return count;
}

/** Capitalised words that do not start a sentence, and acronyms: names of tools, courses, clients. */
function namedThings(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (!token.word) continue;
    const first = token.text[0] as string;
    const acronym = capitals(token.text) >= 2 || /\p{L}\p{N}|\p{N}\p{L}/u.test(token.text);
    if (!/\p{Lu}/u.test(first) && !acronym) continue;
    if (/^(?:I|I'll|I'd|I'm|I've|Ik|Q[1-4]|OK)$/u.test(token.text)) continue;
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
const remedyClasses: ReadonlySet<Verb['verbClass']> = new Set([
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
function deficitOnly(reading: Reading): readonly Span[] {
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
function verbsOutOfTime(lex: CompiledLexicon, text: string, spans: readonly Span[]): Span[] {
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

function read(text: string, lang: Lang): Reading {
  const lex = compiled[lang];
  const found = {} as Record<keyof RuleGroups, Span[]>;
  for (const { group, after } of rulePriority) {
    const taken = after.flatMap((earlier) => found[earlier] ?? []);
    found[group] = select(scan(lex.rules[group], text) as RuleMatch[], taken);
  }
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
  const tokens = tokenize(text, lex);
  const time = [...found.start, ...found.deadline, ...found.vagueTime];
  const timeCover = coverage(text.length, time);
  const frequencyCover = coverage(text.length, found.frequency);
  const names = select(namedThings(tokens), time);
  const verbs = findVerbs(lex, tokens, coverage(text.length, [...time, ...found.hedge]), found);
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

/** The clause a token is in, by binary search: clauses are in text order and cover every token. */
function clauseOf(clauses: readonly Clause[], at: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((clauses[middle] as Clause).from <= at) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** The index of the first token that starts at or after a character offset, by binary search. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, tokens.length - 1);
}

function isVerbForm(lex: CompiledLexicon, token: Token | undefined): boolean {
  return token !== undefined && token.word && (lex.verbs.has(token.lower) || lex.splitVerbs.has(token.lower));
}

/**
 * "before the season starts", "voordat de bouw start": a deadline tied to an event, read as a
 * window of a few words between the conjunction and the event's verb.
 */
function eventClauseDeadlines(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array): Span[] {
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

/** English words before which a word in a verb's place is still no verb. */
function notAVerb(lex: CompiledLexicon, token: Token): boolean {
  return (
    !token.word ||
    is(lex, 'clauseOpeners', token) ||
    // "a mandatory or compulsory course": English adjective endings are never an unknown verb.
    (lex.locale === 'en' && !lex.verbs.has(token.lower) && /(?:ory|ful|ous|able|ible|less|ical)$/u.test(token.lower)) ||
    /^\p{N}/u.test(token.text) ||
    is(lex, 'determiners', token) ||
    is(lex, 'prepositions', token) ||
    is(lex, 'subjects', token) ||
    is(lex, 'auxiliaries', token) ||
    (is(lex, 'function', token) && !lex.verbs.has(token.lower)) ||
    is(lex, 'quality', token)
  );
}

/**
 * Finds the verbs: forms from the lexicon (and, in a verb's place, words the lexicon does not know),
 * split Dutch verbs with their particle later in the clause, English phrasal verbs with theirs.
 * Ambiguous forms (a noun too: "plan", "werk", "call") count only in a verb's place.
 */
function findVerbs(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array, found: Record<keyof RuleGroups, Span[]>): Verb[] {
  const verbs: Verb[] = [];
  const used = new Set<number>();
  const blocked = (token: Token): boolean => timeCover[token.start] === 1;
  // Where each token's stretch between commas and sentence marks starts and ends: computed once, so
  // every look-around below costs a bounded number of steps, whatever the length of the text.
  const segmentStart = new Int32Array(tokens.length);
  const segmentEnd = new Int32Array(tokens.length);
  const isBreak = (token: Token): boolean => !token.word && (hardBreak.has(token.text) || token.text === ',');
  for (let k = 0, start = 0; k < tokens.length; k++) {
    if (isBreak(tokens[k] as Token)) start = k + 1;
    segmentStart[k] = start;
  }
  for (let k = tokens.length - 1, end = tokens.length; k >= 0; k--) {
    if (isBreak(tokens[k] as Token)) end = k;
    segmentEnd[k] = end;
  }
  const clauseEnd = (at: number): number => segmentEnd[at] ?? tokens.length;
  const clauseStart = (at: number): number => segmentStart[at] ?? 0;
  /** The previous word that decides the slot, skipping adverbs, hedges and times. */
  const previousWord = (at: number): Token | undefined => {
    const start = Math.max(clauseStart(at), at - 8);
    for (let k = at - 1; k >= start; k--) {
      const token = tokens[k] as Token;
      if (!token.word) return undefined;
      if (blocked(token)) continue;
      if (
        lex.locale === 'en' &&
        /^(?:also|then|first|really|just|personally|actively|always|still|definitely|certainly|regularly|quickly|carefully|properly|often|please|gonna|finally|now|only|together|myself|soon|not|never|ever|even|maybe|perhaps|possibly|hopefully|ideally|again|immediately|directly|officially|successfully|fully)$/u.test(
          token.lower,
        )
      )
        continue;
      // Any other English adverb in -ly ("consistently", "routinely"), but not a verb in -ply ("apply").
      if (lex.locale === 'en' && token.lower.length > 5 && /(?<!p)ly$/u.test(token.lower) && !lex.verbs.has(token.lower)) continue;
      if (is(lex, 'habitual', token)) continue;
      if (
        lex.locale === 'nl' &&
        /^(?:ook|eerst|daarna|dan|nog|zelf|echt|graag|even|ff|eens|gewoon|lekker|verder|weer|al|nu|vooral|idd|zeker|misschien|wellicht|eventueel|hopelijk|vaker|minder|meer|samen|persoonlijk|actief|opnieuw|direct|meteen)$/u.test(
          token.lower,
        )
      )
        continue;
      return token;
    }
    return undefined;
  };
  const quantityCover = coverage(tokens.at(-1)?.end ?? 0, [...found.quantity, ...found.frequency, ...found.vagueQuantity]);
  const inQuantity = (token: Token): boolean => quantityCover[token.start] === 1;
  /** "de cursus bestektekenen in Revit volgen": an unknown word before a known verb at the end is its object. */
  const knownVerbLater = (at: number): boolean => {
    if (lex.locale !== 'nl') return false;
    const end = Math.min(clauseEnd(at), at + 12);
    for (let k = at + 1; k < end; k++) {
      const later = tokens[k] as Token;
      if (later.word && lex.verbs.get(later.lower).some((form) => form.kind !== 'finite')) return true;
    }
    return false;
  };
  /** A count word before: "twee nieuwe collega's" counts people, "drie dingen" counts things. */
  // The count word of each count: "three" in "at least three books", "twee" in "twee nieuwe collega's".
  const countTokens = new Set<number>();
  for (const span of found.quantity) {
    if (/^quantity\.(?:count|countWords|hyphen|hyphenWords)$/u.test(span.rule)) countTokens.add(span.start);
    if (/^quantity\.(?:bound|boundWords)$/u.test(span.rule)) {
      const after = tokenIndexAt(tokens, span.end);
      const last =
        (tokens[after] as Token | undefined)?.start === undefined || (tokens[after] as Token).start < span.end
          ? tokens[after]
          : tokens[after - 1];
      if (last !== undefined && last.end === span.end) countTokens.add(last.start);
    }
  }
  const countBefore = (at: number): boolean => {
    const before = tokens[at - 1];
    // After a count comes the counted noun: "three books", "twee nieuwe collega's".
    return before !== undefined && before.word && (countTokens.has(before.start) || /^\p{N}/u.test(before.text)) && !blocked(before);
  };
  /** "Open incidents drop below 25": a verb that is also an adjective, before a bare noun, starts a noun phrase. */
  const adjectival = (at: number): boolean => {
    const next = tokens[at + 1];
    // ... only when a verb of its own follows: "Clear backlog tickets before the release" is an order.
    let verbLater = false;
    for (let k = at + 2; k < at + 8 && k < clauseEnd(at); k++) if (isVerbForm(lex, tokens[k])) verbLater = true;
    return (
      verbLater &&
      lex.words.adjectiveVerbs.get((tokens[at] as Token).lower).length > 0 &&
      next !== undefined &&
      next.word &&
      !is(lex, 'determiners', next) &&
      !/^\p{N}/u.test(next.text) &&
      !/\p{Lu}/u.test(next.text[0] ?? '') &&
      !is(lex, 'function', next) &&
      !is(lex, 'prepositions', next)
    );
  };
  const isSlot = (at: number, form: VerbForm | undefined): boolean => {
    const token = tokens[at] as Token;
    const previous = previousWord(at);
    const next = tokens[at + 1];
    // The first word of a clause (after adverbs, hedges and times): an imperative ("Draft the plan", "Lever het plan op").
    if (previous === undefined) return !(lex.locale === 'en' && adjectival(at));
    if (previous !== undefined && (is(lex, 'subjects', previous) || is(lex, 'auxiliaries', previous))) return true;
    if (previous !== undefined && (previous.lower === 'te' || previous.lower === 'to')) return true;
    if (previous !== undefined && is(lex, 'passiveAuxiliaries', previous) && (form?.kind === 'participle' || form?.kind === 'ing'))
      return true;
    if (lex.locale === 'nl') {
      if (next !== undefined && is(lex, 'subjects', next)) return true;
      // Verb-final: an infinitive or participle at the end of the clause, or before a phrase pushed
      // behind it ("structuur aanbrengen in mijn werk"); a finite form there is a noun ("in mijn werk").
      if (form?.kind !== 'finite') {
        const end = clauseEnd(at);
        const after = tokens[at + 1];
        const before = tokens[at - 1];
        const tail = at === end - 1 || (after !== undefined && is(lex, 'prepositions', after));
        const headed = before !== undefined && before.word && !is(lex, 'determiners', before) && !is(lex, 'prepositions', before);
        if (tail && (form !== undefined || headed)) return true;
      }
    } else {
      if (
        previous !== undefined &&
        /^(?:by|through|via|from|after|before|when|while|for|about|on|of|without)$/u.test(previous.lower) &&
        form?.kind === 'ing'
      )
        return true;
      if (previous !== undefined && /^(?:and|or|then|&)$/u.test(previous.lower) && (verbs.length > 0 || form !== undefined)) return true;
      // "the rota goes out", "Sanne completes": a third-person form after a noun, when no verb came before.
      // (A verb before counts only in the same clause: "Learn how the pricing engine works".)
      let opener = clauseStart(at);
      for (let k = at - 1; k > opener && k >= at - 12; k--) if (phraseAt(lex, 'clauseOpeners', tokens, k) > 0) opener = k;
      const verbBefore = verbs.some((verb) => verb.head < at && verb.head >= opener);
      if (
        previous !== undefined &&
        form?.kind === 'finite' &&
        /s$/u.test(token.lower) &&
        !is(lex, 'determiners', previous) &&
        !is(lex, 'prepositions', previous) &&
        !verbBefore
      )
        return true;
      // "Open incidents drop below 25", "costs go down": a plural subject before a verb of change.
      if (
        previous !== undefined &&
        form?.verbClass === 'change' &&
        form.kind === 'infinitive' &&
        /s$/u.test(previous.lower) &&
        !is(lex, 'determiners', previous)
      )
        return true;
    }
    return false;
  };
  const particleAfter = (at: number, particle: readonly string[], window: number): number[] | undefined => {
    // Words of a date or period do not count against the window: "rond [voor het einde van het
    // schooljaar] het dossier af" is as close as "rond het dossier af". Bounded: at most twice the window.
    let reach = at + window + particle.length + 1;
    for (let k = at + 1; k < reach && k < at + 2 * window + particle.length + 1 && k < tokens.length; k++)
      if (blocked(tokens[k] as Token)) reach++;
    const end = Math.min(clauseEnd(at), reach);
    for (let k = at + 1; k + particle.length <= end; k++) {
      let fits = true;
      for (let p = 0; p < particle.length; p++) {
        if ((tokens[k + p] as Token).lower !== particle[p]) {
          fits = false;
          break;
        }
      }
      // A Dutch particle ends the clause or stands before what is pushed behind it; "voor het
      // diploma" is a preposition with its noun phrase, not the particle of "doe ... voor".
      const following = tokens[k + particle.length];
      const closesClause =
        following === undefined ||
        !following.word ||
        lex.verbs.has(following.lower) ||
        following.lower === 'te' ||
        phraseAt(lex, 'clauseOpeners', tokens, k + particle.length) > 0 ||
        (is(lex, 'prepositions', following) && !is(lex, 'determiners', following));
      if (fits && lex.locale === 'nl' && particle.length === 1 && !closesClause) fits = false;
      if (fits) return particle.map((_, p) => k + p);
    }
    return undefined;
  };
  const particleBefore = (at: number, particle: readonly string[]): number[] | undefined => {
    // "af te ronden", "in kaart brengen", "op te stellen".
    for (const gap of [0, 1]) {
      const first = at - gap - particle.length;
      if (first < 0) continue;
      if (gap === 1 && tokens[at - 1]?.lower !== 'te') continue;
      let fits = true;
      for (let p = 0; p < particle.length; p++) {
        if ((tokens[first + p] as Token).lower !== particle[p]) {
          fits = false;
          break;
        }
      }
      if (fits) return particle.map((_, p) => first + p);
    }
    return undefined;
  };

  // Two passes: verbs of several words first (a split verb, a phrasal verb), so that "laten" in
  // "laten weten" is read as part of that verb, not as a verb of its own; then single words.
  /** A word right after a number, a determiner or a preposition is a noun: "12 boeken", "op zak", "the plan". */
  const nounPlace = (at: number): boolean => {
    const before = tokens[at - 1];
    if (before === undefined || !before.word) return false;
    if (/^\p{N}/u.test(before.text) && !blocked(before)) return true;
    const token = tokens[at] as Token;
    // "het samenvatten" after "ga", "zijn afgeletterd", "het staat online": these words are also pronouns or verbs.
    // ... but only as a verb at the end ("ga het samenvatten", "zijn afgeletterd") or right after a
    // pronoun that opens the clause ("Het staat online"); "tijdens het overleg" is a noun.
    const pronounLike = /^(?:het|dat|dit|die|zijn|haar|je|hun|ze|it|that|this|her|his)$/u.test(before.lower);
    const nonFinite = lex.verbs.get(token.lower).some((form) => form.kind !== 'finite');
    const opensClause = clauseStart(at) === at - 1;
    // "voor het bouwen", "bij het sorteren": after a preposition "het" + infinitive is a noun.
    const afterPreposition = is(lex, 'prepositions', tokens[at - 2]);
    if (
      pronounLike &&
      lex.verbs.has(token.lower) &&
      nounClass(lex, token.lower) === undefined &&
      (nonFinite || opensClause) &&
      !afterPreposition
    )
      return false;
    const quantifier =
      /^(?:meer|minder|veel|weinig|enkele|elke|iedere|ieder|elk|alle|more|less|many|much|few|every|each|all|some|any|most|several|no|geen)$/u.test(
        before.lower,
      );
    if (is(lex, 'determiners', before) && !quantifier) return true;
    if (
      is(lex, 'prepositions', before) &&
      before.lower !== 'te' &&
      before.lower !== 'to' &&
      !(lex.locale === 'en' && /ing$/u.test(token.lower))
    )
      return true;
    return false;
  };
  for (const pass of ['multi', 'single'] as const) {
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      if (!token.word || used.has(at) || blocked(token)) continue;
      if (pass === 'single' && (nounPlace(at) || countBefore(at))) continue;
      const candidates: { verbClass: VerbClass | 'unknown'; needs: VerbForm['needs']; tokens: number[]; form?: VerbForm }[] = [];
      if (pass === 'multi') {
        // Split Dutch verbs: "rond ... af", "we ronden ... af", "af te ronden".
        for (const split of lex.splitVerbs.get(token.lower)) {
          const before = particleBefore(at, split.particle);
          // The infinitive ("brengen") has its particle before it ("in te brengen", "inbrengen"); only
          // as a plural finite verb ("we brengen het voorstel in") does it come after.
          const finitePlural = token.lower !== split.base || is(lex, 'subjects', tokens[at + 1]) || is(lex, 'subjects', previousWord(at));
          const after = before === undefined && finitePlural ? particleAfter(at, split.particle, 12) : undefined;
          const particle = before ?? after;
          if (particle === undefined || particle.some((k) => used.has(k))) continue;
          candidates.push({ verbClass: split.verbClass, needs: split.needs, tokens: [...particle, at].sort((a, b) => a - b) });
        }
        for (const form of lex.verbs.get(token.lower)) {
          if (form.particle.length === 0) continue;
          const particle =
            particleAfter(at, form.particle, lex.locale === 'en' ? 4 : 0) ??
            (lex.locale === 'nl' ? particleBefore(at, form.particle) : undefined);
          if (particle === undefined || particle.some((k) => used.has(k))) continue;
          if (lex.locale === 'en' && !isSlot(at, form)) continue;
          candidates.push({ verbClass: form.verbClass, needs: form.needs, tokens: [at, ...particle].sort((a, b) => a - b), form });
        }
      } else {
        // "spot-check", "double-check", "co-host": an English verb with a short prefix is that verb.
        const hyphen = token.lower.lastIndexOf('-');
        const key =
          lex.locale === 'en' && !lex.verbs.has(token.lower) && hyphen > 0 && hyphen <= 6 ? token.lower.slice(hyphen + 1) : token.lower;
        for (const form of lex.verbs.get(key)) {
          if (form.particle.length > 0) continue;
          const ambiguous =
            lex.locale === 'en' ||
            (form.kind === 'finite' &&
              (nounClass(lex, token.lower) !== undefined ||
                is(lex, 'function', token) ||
                is(lex, 'prepositions', token) ||
                is(lex, 'determiners', token)));
          if (ambiguous && !isSlot(at, form)) continue;
          candidates.push({ verbClass: form.verbClass, needs: form.needs, tokens: [at], form });
        }
        // A word the lexicon does not know, in a verb's place: an action all the same (restyle, uitfaseren).
        const nounImperative = lex.locale === 'en' && previousWord(at) === undefined && is(lex, 'determiners', tokens[at + 1]);
        // A participle the lexicon does not know, after "heb", "is", "have", "been": "gecategoriseerd", "restocked".
        const helper = tokens.slice(Math.max(clauseStart(at), at - 12), at).some((candidate) => is(lex, 'passiveAuxiliaries', candidate));
        const unknownParticiple =
          candidates.length === 0 &&
          helper &&
          ((lex.locale === 'nl' && /^(?:[a-zé]{0,8})ge[a-zé]{3,}(?:d|t)$/u.test(token.lower)) ||
            (lex.locale === 'en' && token.lower.length > 5 && token.lower.endsWith('ed')));
        if (unknownParticiple)
          candidates.push({
            verbClass: 'unknown',
            needs: undefined,
            tokens: [at],
            form: { lemma: token.lower, verbClass: 'produce', particle: [], needs: undefined, kind: 'participle' },
          });
        if (
          candidates.length === 0 &&
          !notAVerb(lex, token) &&
          (nounClass(lex, token.lower) === undefined || nounImperative) &&
          !inQuantity(token) &&
          isSlot(at, undefined)
        ) {
          const previous = previousWord(at);
          const next = tokens[at + 1];
          // "drukke diensten": after an inflected adjective comes a noun, not an infinitive.
          const afterAdjective =
            previous !== undefined && previous.lower.endsWith('e') && !lex.verbs.has(previous.lower) && !is(lex, 'function', previous);
          const dutchInfinitive =
            lex.locale === 'nl' &&
            token.lower.length > 4 &&
            token.lower.endsWith('en') &&
            previous !== undefined &&
            !knownVerbLater(at) &&
            !afterAdjective;
          const dutchSlot = lex.locale === 'nl' && (dutchInfinitive || is(lex, 'subjects', next) || is(lex, 'subjects', previous));
          // An unknown English word first in its clause is an imperative only before what it acts on: "Restyle the menu".
          const objectNext =
            next !== undefined &&
            next.word &&
            (is(lex, 'determiners', next) || /^\p{N}/u.test(next.text) || /^(?:it|them|him|her|me|us|myself)$/u.test(next.lower));
          const englishSlot =
            lex.locale === 'en' &&
            !/(?:ly|ness|tion|ment|ity)$/u.test(token.lower) &&
            !/\p{Lu}/u.test(token.text.slice(1)) &&
            (previous !== undefined || objectNext);
          // After a verb comes its object: "Ask residents", "Greet guests".
          const afterVerb =
            previous !== undefined && lex.verbs.has(previous.lower) && !is(lex, 'auxiliaries', previous) && !is(lex, 'subjects', previous);
          if ((dutchSlot || englishSlot) && !afterVerb) candidates.push({ verbClass: 'unknown', needs: undefined, tokens: [at] });
        }
      }
      if (candidates.length === 0) continue;
      // More words (a particle found) first, then the more telling class.
      candidates.sort((a, b) => b.tokens.length - a.tokens.length || classOrder.indexOf(a.verbClass) - classOrder.indexOf(b.verbClass));
      // "me inwerken in de cao": working oneself in is learning; "drie kelners inwerken" is onboarding.
      for (const candidate of candidates) {
        const reflexive = candidate.tokens.some((k) => /^(?:me|mij|mezelf|zich|zichzelf|ons)$/u.test(tokens[k - 1]?.lower ?? ''));
        if (
          lex.locale === 'nl' &&
          candidate.verbClass === 'produce' &&
          reflexive &&
          lex.words.reflexiveLearning.get(token.lower).length > 0
        )
          candidate.verbClass = 'learn';
      }
      const best = candidates[0] as (typeof candidates)[number];
      const alternatives = candidates.filter((candidate) => candidate.tokens.length === best.tokens.length);
      const passive = isPassive(lex, tokens, at, best.form);
      const verb: Verb = { tokens: best.tokens, head: at, verbClass: best.verbClass, needs: best.needs, clause: 0, passive };
      // Keep the other readings of the same words: the object decides between them later.
      verbs.push(verb);
      for (const alternative of alternatives.slice(1)) {
        if (alternative.verbClass !== best.verbClass || alternative.needs !== best.needs)
          verbs.push({ ...verb, verbClass: alternative.verbClass, needs: alternative.needs, alternative: true } as Verb);
      }
      for (const k of best.tokens) used.add(k);
    }
  }
  verbs.sort((a, b) => a.head - b.head);
  void found;
  return verbs;
}

function isPassive(lex: CompiledLexicon, tokens: readonly Token[], at: number, form: VerbForm | undefined): boolean {
  // "is cleared": a regular English past is also the participle, whichever form was picked.
  const participle =
    form?.kind === 'participle' ||
    (form !== undefined && lex.verbs.get((tokens[at] as Token).lower).some((candidate) => candidate.kind === 'participle'));
  if (!participle) return false;
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const token = tokens[k] as Token;
    if (!token.word && (hardBreak.has(token.text) || token.text === ',')) break;
    if (is(lex, 'passiveAuxiliaries', token)) return true;
  }
  for (let k = at + 1; k < tokens.length && k <= at + 2; k++) {
    const token = tokens[k] as Token;
    if (is(lex, 'passiveAuxiliaries', token)) return true;
  }
  return false;
}

/** Quantity rules whose words are the counted thing, not a unit: "12 books", "twee nieuwe collega's". */
const countingRules: ReadonlySet<string> = new Set([
  'quantity.count',
  'quantity.countWords',
  'quantity.hyphen',
  'quantity.hyphenWords',
  'quantity.all',
  'quantity.zero',
  'quantity.money',
  'quantity.moneyWord',
]);

/** How many words on either side of a verb are read for its object. */
const objectWindow = 16;

/** Prepositions whose phrase names the topic of a course or exam: "a course on negotiation", "de cursus over de cao". */
const topicPrepositions: ReadonlySet<string> = new Set([
  'over',
  'in',
  'van',
  'voor',
  'rond',
  'rondom',
  'op',
  'on',
  'about',
  'of',
  'for',
  'around',
]);

/** The words a verb acts on: its clause minus function words, verbs, numbers, times and vague words. */
function objectsOf(
  reading: Reading,
  verb: Verb,
  lex: CompiledLexicon,
  verbTokens: ReadonlySet<number>,
  skip: Uint8Array,
  nameCover: Uint8Array,
  vagueObjectCover: Uint8Array,
  vagueQuantityCover: Uint8Array,
): ObjectWord[] {
  const clause = reading.clauses[verb.clause] as Clause;
  let from = clause.from;
  let to = clause.to;
  // Learning takes a question as its object: "learn how the pricing engine works", "leren hoe de kassa werkt".
  if (
    (verb.verbClass === 'learn' || verb.verbClass === 'unknown' || verb.verbClass === 'activity' || verb.verbClass === 'produce') &&
    reading.clauses[verb.clause + 1]?.role === 'sub'
  ) {
    const next = reading.clauses[verb.clause + 1] as Clause;
    const opener = reading.tokens[next.from];
    if (opener !== undefined && /^(?:how|what|which|where|why|hoe|wat|welke|waar|waarom|wie|who)$/u.test(opener.lower)) to = next.to;
  }
  // English active clauses: what stands before the verb is its subject, not its object.
  if (lex.locale === 'en' && !verb.passive) from = Math.max(from, verb.head);
  // An object stands near its verb: a window of words keeps a clause of thousands of verbs linear.
  from = Math.max(from, verb.head - objectWindow);
  to = Math.min(to, verb.head + objectWindow);
  const words: ObjectWord[] = [];
  let preposition: string | undefined;
  let phraseHasNoun = false;
  let quantified = false;
  for (let k = from; k < to; k++) {
    const token = reading.tokens[k] as Token;
    if (!token.word) continue;
    if (verbTokens.has(k)) {
      if (k > verb.head) {
        preposition = undefined;
        phraseHasNoun = false;
        quantified = false;
      }
      continue;
    }
    // Times, hedges and amounts are no object, and a preposition inside them ("in het najaar") opens nothing.
    if (skip[token.start] === 1) continue;
    const indefinite = phraseAt(lex, 'indefinite', reading.tokens, k);
    if (vagueQuantityCover[token.start] === 1 || indefinite > 0) {
      // "some tools", "een aantal trainingen", "certain webinars": an indefinite amount of things is
      // no concrete object; "more questions", "vaker presentaties" still are.
      if (indefinite > 0) {
        quantified = true;
        k += indefinite - 1;
      }
      continue;
    }
    const isPreposition =
      is(lex, 'prepositions', token) &&
      !(lex.locale === 'nl' && /^(?:af|op|in|uit|mee|over|aan|bij|door|voor|toe|terug)$/u.test(token.lower) && k === to - 1);
    // "of"/"van" continue a noun phrase ("a version of the plan"); other prepositions open their own.
    if (isPreposition && token.lower !== 'of' && token.lower !== 'van') {
      // "in my pocket", "in mijn werk": a phrase with a possessive is a place, not a topic.
      const possessive =
        /^(?:in|op|at|on|binnen|inside|within)$/u.test(token.lower) &&
        /^(?:my|our|your|his|her|their|mijn|m'n|mn|onze|ons|je|jouw|zijn|haar|hun|the|de|het)$/u.test(reading.tokens[k + 1]?.lower ?? '');
      preposition = possessive ? `${token.lower}:place` : token.lower;
      phraseHasNoun = false;
      quantified = false;
      continue;
    }
    // "leren van een collega": after a verb, "van" is "from", a phrase of its own.
    if (isPreposition && (words.length === 0 || words[words.length - 1]?.token.index !== k - 1)) {
      preposition = token.lower;
      phraseHasNoun = false;
      quantified = false;
      continue;
    }
    if (isPreposition) continue;
    if (is(lex, 'determiners', token)) {
      if (phraseHasNoun) {
        preposition = undefined;
        quantified = false;
      }
      continue;
    }
    if (/^\p{N}/u.test(token.text)) continue;
    // An auxiliary is skipped where it helps a verb ("wil ... leren", "want to"); as a noun it is an object ("the needs of").
    const helping =
      is(lex, 'auxiliaries', token) &&
      (k < verb.head || verbTokens.has(k + 1) || reading.tokens[k + 1]?.lower === 'to' || reading.tokens[k + 1]?.lower === 'te');
    if (is(lex, 'subjects', token) || helping || is(lex, 'quality', token)) continue;
    if (lex.locale === 'en' && token.lower.length > 4 && token.lower.endsWith('ly') && nameCover[token.start] !== 1) continue;
    const inPhrase = preposition !== undefined;
    if (vagueObjectCover[token.start] === 1) {
      words.push({ token, kind: 'vague', inPhrase, named: false, preposition });
      continue;
    }
    if (nameCover[token.start] === 1) {
      // "Ahmed gaat ...", "Sanne rondt ...": a name first in its clause, before the verb, is the subject.
      if (lex.locale === 'nl' && k === clause.from && k < verb.head && !verb.passive) continue;
      // "VCA-diploma", "PRINCE2-certificaat": a name that is also a credential or a course keeps that kind.
      words.push({ token, kind: 'name', inPhrase, named: true, preposition, nounKind: nounClass(lex, token.lower) });
      phraseHasNoun = true;
      continue;
    }
    if (is(lex, 'function', token)) continue;
    // A noun of several words: "plan van aanpak", "contact person", "time management".
    let kind: NounClass | undefined;
    let length = 1;
    for (const name of ['deliverables', 'indicators', 'abstract', 'credentials', 'vehicles', 'feelings'] as const) {
      const phrase = phraseAt(lex, name, reading.tokens, k);
      if (phrase > 1 && k + phrase <= to) {
        kind = name;
        length = phrase;
        break;
      }
    }
    if (kind === undefined && is(lex, 'genericModifiers', token) && nounClass(lex, token.lower) === undefined) continue;
    kind ??= nounClass(lex, token.lower);
    phraseHasNoun = true;
    words.push({ token, kind: quantified ? 'vague' : (kind ?? 'concrete'), inPhrase, named: false, preposition });
    k += length - 1;
  }
  return words;
}

/** A learning vehicle or credential names its topic when a content word or name stands beside it. */
function vehicleNamed(lex: CompiledLexicon, words: readonly ObjectWord[], index: number): boolean {
  const word = words[index] as ObjectWord;
  // "de vca halen", "get my cpr": some credentials are their own name, however they are typed.
  if (is(lex, 'namedCredentials', word.token)) return true;
  if (isCompound(lex, word.token.lower, word.kind as NounClass) && !lex.words.genericModifiers.has(word.token.lower)) {
    const stripped = word.token.lower.replace(/(?:en|s|'s)$/u, '');
    if (
      !lex.nouns.vehicles.has(word.token.lower) &&
      !lex.nouns.vehicles.has(stripped) &&
      !lex.nouns.credentials.has(word.token.lower) &&
      !lex.nouns.credentials.has(stripped)
    )
      return true;
  }
  for (const offset of [-3, -2, -1, 1, 2, 3]) {
    const neighbour = words[index + offset];
    if (neighbour === undefined) continue;
    if (Math.abs(neighbour.token.index - word.token.index) > Math.abs(offset) + 4) continue;
    // A phrase after it names the topic only with a topic preposition: "a course on negotiation", not "a diploma in my pocket".
    if (
      offset > 0 &&
      neighbour.inPhrase &&
      neighbour.preposition !== word.preposition &&
      !(neighbour.preposition !== undefined && topicPrepositions.has(neighbour.preposition))
    )
      continue;
    if (offset < 0 && neighbour.inPhrase !== word.inPhrase) continue;
    if (neighbour.kind === 'name' || neighbour.kind === 'concrete' || neighbour.kind === 'deliverables' || neighbour.kind === 'indicators')
      return true;
  }
  return false;
}

type Concreteness = 'concrete' | 'unnamedVehicle' | 'abstract' | 'none' | 'vague';

/** Does the verb act on something concrete? The direct object decides; without one, the phrase after a preposition does. */
function concreteness(
  lex: CompiledLexicon,
  words: readonly ObjectWord[],
  producing: boolean,
  learning = false,
): { kind: Concreteness; deliverable: boolean; credential: boolean; vehicle: boolean; indicator: boolean; heads: readonly ObjectWord[] } {
  // A noun phrase is judged by its head, its last word ("een frisse start" is a start), or by a name in it.
  const heads = words.filter((word, index) => {
    const next = words[index + 1];
    const sameNounPhrase = next !== undefined && next.token.index === word.token.index + 1 && next.preposition === word.preposition;
    // A possessive counts too: "the intern's work" is about the intern.
    return !sameNounPhrase || word.kind === 'name' || word.kind === 'vague' || /'s$/u.test(word.token.lower);
  });
  const direct = heads.filter((word) => !word.inPhrase);
  // What one learns from ("from the seniors", "van een collega") is a source, not the subject learned.
  const topical = learning ? heads.filter((word) => !(word.inPhrase && /^(?:from|van|of)$/u.test(word.preposition ?? ''))) : heads;
  const pick = direct.length > 0 ? direct : topical;
  let kind: Concreteness = pick.length === 0 ? 'none' : 'abstract';
  let deliverable = false;
  let credential = false;
  let vehicle = false;
  let indicator = false;
  // What kind of thing it is (a course, a credential, a deliverable) any word of the phrase may say:
  // "de scholing wondzorg", "the webinar series on ...".
  const scope = direct.length > 0 ? words.filter((word) => !word.inPhrase) : words;
  for (const word of scope) {
    const kindOf = word.kind === 'name' ? word.nounKind : word.kind;
    if (kindOf === 'credentials') credential = true;
    if (kindOf === 'vehicles') vehicle = true;
    if (kindOf === 'indicators') indicator = true;
    if (kindOf === 'deliverables') deliverable = true;
  }
  for (const word of scope) {
    if ((word.kind === 'credentials' || word.kind === 'vehicles') && !pick.includes(word)) {
      // A course or credential as a modifier ("the training klantvriendelijkheid"): named when the phrase names it.
      if (vehicleNamed(lex, words, words.indexOf(word))) kind = 'concrete';
    }
  }
  for (const word of pick) {
    const index = words.indexOf(word);
    if (word.kind === 'vague' && kind !== 'concrete') kind = 'vague';
    if (word.kind === 'name' || word.kind === 'concrete' || word.kind === 'deliverables' || word.kind === 'indicators') kind = 'concrete';
    if (word.kind === 'credentials' || word.kind === 'vehicles') {
      // Giving a workshop or a training is as concrete as giving a presentation.
      if (producing && word.kind === 'vehicles') {
        kind = 'concrete';
        deliverable = true;
      } else if (vehicleNamed(lex, words, index)) kind = 'concrete';
      else if (kind !== 'concrete') kind = 'unnamedVehicle';
    }
  }
  // "share experiences on difficult cases", "mijn mening geven tijdens het overleg": an abstract
  // object with a concrete phrase beside it (not a place of one's own, "in mijn werk") is concrete.
  // A feeling stays a feeling wherever it is felt: "rustiger blijven in gesprekken met klanten".
  if (kind === 'abstract' && direct.length > 0 && !learning && !direct.some((word) => word.kind === 'feelings')) {
    // ... but "balans tussen werk en privé", "balance between work and life" only relates two abstractions.
    const phrase = heads.find(
      (word) =>
        word.inPhrase &&
        !(word.preposition ?? '').endsWith(':place') &&
        !/^(?:tussen|between)$/u.test(word.preposition ?? '') &&
        (word.kind === 'concrete' || word.kind === 'name' || word.kind === 'deliverables'),
    );
    if (phrase !== undefined) kind = 'concrete';
  }
  return { kind, deliverable, credential, vehicle, indicator, heads: pick };
}

// ---------------------------------------------------------------------------------------------
// Judgement
// ---------------------------------------------------------------------------------------------

interface Judgement {
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

function spanOf(reading: Reading, indexes: readonly number[], rule: string): Span[] {
  // One span per run of adjacent tokens, so a split verb ("rond ... af") never covers the words between.
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

function judge(reading: Reading, trace?: string[]): Judgement {
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
    ...spans.frequency,
    ...spans.hedge,
    ...spans.quantity.filter((span) => !countingRules.has(span.rule)),
    ...countWords,
  ]);
  const nameCover = coverage(length, reading.names);
  const vagueObjectCover = coverage(length, spans.vagueObject);
  const vagueQuantityCover = coverage(length, spans.vagueQuantity);
  const habitText = tokens.some((token) => phraseAt(lex, 'habitual', tokens, token.index) > 0);
  const qualityClauses = new Set<number>();
  for (const token of tokens) if (is(lex, 'quality', token)) qualityClauses.add(clauseOf(reading.clauses, token.index));
  // "vaker presentaties geven", "more often": a behaviour repeated more, not one result that happens or not.
  const vagueAmountClauses = new Set<number>();
  for (const span of spans.vagueQuantity) vagueAmountClauses.add(clauseOf(reading.clauses, tokenIndexAt(tokens, span.start)));
  const verbTokens = new Set(reading.verbs.flatMap((verb) => verb.tokens));
  // A verb of several words is more telling than a vague frame over part of it: "become more familiar
  // with" is learning, though "become more" alone is vague.
  const phrasal = coverage(
    length,
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
  const frames = spans.vagueFrame.filter((span) => phrasal[span.start] !== 1 && phrasal[span.end - 1] !== 1 && !namedFrames.includes(span));
  const frameCover = coverage(length, [...frames, ...spans.placeholder]);
  // A period of doing something is an amount too: "for two days", "acht weken lang".
  const durations = spans.deadline.filter((span) => /^period\.(?:for|forDigits|long|gedurende)$/u.test(span.rule));
  const measureSpans = [...spans.quantity, ...spans.frequency, ...spans.outcome, ...durations];
  const hasNumbers = spans.quantity.length > 0 || spans.outcome.length > 0;
  // Auxiliaries that are also light verbs ("ga", "will", "have") are no action when another verb follows in the clause.
  const countStarts = new Set(spans.quantity.filter((span) => countingRules.has(span.rule)).map((span) => span.start));
  /** Is the word counted: "drie nieuwe desembroden", "one customer call"? */
  const countTokenBefore = (token: Token): boolean => {
    for (let k = token.index - 1; k >= 0 && k >= token.index - 3; k--) if (countStarts.has((tokens[k] as Token).start)) return true;
    return false;
  };
  const learnClauses = new Set(reading.verbs.filter((verb) => verb.verbClass === 'learn').map((verb) => verb.clause));
  const clausesWithVerbs = new Map<number, number>();
  for (const verb of reading.verbs)
    if (!is(lex, 'auxiliaries', tokens[verb.head])) clausesWithVerbs.set(verb.clause, (clausesWithVerbs.get(verb.clause) ?? 0) + 1);

  let score = 0;
  let actions = namedFrames.length > 0 ? 1 : 0;
  let purposeActions = 0;
  let targets = 0;
  let vagueCount = 0;
  const specificEvidence: Span[] = [];
  const measurableEvidence: Span[] = [...measureSpans];
  const vague: Span[] = [...frames];
  const placeholders: Span[] = [...spans.placeholder];
  const unnamed: Span[] = [];
  const attendance: Span[] = [];
  const targetSpans: Span[] = [];
  const seenHeads = new Set<number>();

  for (const verb of reading.verbs) {
    const clause = reading.clauses[verb.clause] as Clause;
    const head = tokens[verb.head] as Token;
    if (frameCover[head.start] === 1) continue;
    if (verb.verbClass === 'light' && is(lex, 'auxiliaries', head) && (clausesWithVerbs.get(verb.clause) ?? 0) > 0) continue;
    const words = objectsOf(reading, verb, lex, verbTokens, skip, nameCover, vagueObjectCover, vagueQuantityCover);
    // "Ik start een opleiding", "begin a course": starting a course is taking it, not making it.
    const starting = /^(?:start|starts|started|starten|startte|begin|begins|began|begun|beginnen|begint)$/u.test(head.lower);
    const found = concreteness(
      lex,
      words,
      (verb.verbClass === 'produce' || verb.verbClass === 'unknown') && !starting,
      verb.verbClass === 'learn',
    );
    // "ask what matters most to them", "navragen hoe het gaat": the question asked is the object.
    const opener = reading.clauses[verb.clause + 1]?.role === 'sub' ? tokens[(reading.clauses[verb.clause + 1] as Clause).from] : undefined;
    const asks =
      verb.verbClass === 'event' &&
      found.kind === 'none' &&
      opener !== undefined &&
      /^(?:how|what|which|whether|why|if|who|whom|where|when|hoe|wat|welke|waarom|of|wie|waar|wanneer)$/u.test(opener.lower);
    const object = asks ? { ...found, kind: 'concrete' as const } : found;
    let verbClass = verb.verbClass;
    trace?.push(
      `${head.text}: ${verb.verbClass}${verb.needs ? `(${verb.needs})` : ''} in ${clause.role}; objects ${words.map((word) => `${word.token.text}/${word.kind}${word.inPhrase ? `/${word.preposition ?? 'pp'}` : ''}`).join(' ')} -> ${object.kind}`,
    );
    // A form that needs a credential or a course ("take", "doen", "halen?") is only that verb with one.
    if (verb.needs === 'credential' && !object.credential) continue;
    if (verb.needs === 'vehicle' && !object.vehicle && !object.credential) continue;
    if (verb.needs === 'vehicle' && object.credential && !object.vehicle) continue;
    if (seenHeads.has(verb.head)) continue;
    seenHeads.add(verb.head);
    // A light verb or an activity with something produced or held is that action: "een workshop geven",
    // "aanspreekpunt worden", "prepare a demo".
    const directDeliverable = words.some((word) => !word.inPhrase && word.kind === 'deliverables');
    if (verbClass === 'light' && (object.deliverable || (object.kind === 'concrete' && (object.vehicle || object.credential))))
      verbClass = 'produce';
    // "drie nieuwe desembroden in het assortiment hebben", "have one customer call a week observed".
    const countedObject = words.some((word) => !word.inPhrase && word.kind === 'concrete' && countTokenBefore(word.token));
    if (verbClass === 'light' && countedObject && is(lex, 'passiveAuxiliaries', head)) verbClass = 'produce';
    // "help them make a schedule" yields the schedule; "use the template" yields nothing new.
    const using = /^(?:gebruik|gebruiken|gebruikt|gebruikte|toepassen|pas|past|toegepast|use|uses|used|using|apply|applies|applied)$/u.test(
      head.lower,
    );
    if ((verbClass === 'activity' || verbClass === 'unknown') && directDeliverable && !using) verbClass = 'produce';
    // "heb ik de klachten gecategoriseerd", "I will have restocked the folder": a completed act.
    if (verbClass === 'unknown' && verb.passive) verbClass = 'produce';
    const rule = `action.${verbClass}`;
    // The evidence shows the verb with the head of what it acts on: "lever ... rapport ... op", "Give ... presentation".
    const acted = [...verb.tokens, ...object.heads.filter((word) => word.kind !== 'vague').map((word) => word.token.index)];
    const counted = clause.role === 'main' || clause.role === 'method' || clause.role === 'purpose';
    const purpose = clause.role === 'purpose';
    // "beter bekend raken met ons CRM-systeem": learning a named thing stays concrete beside "beter".
    const namedLearning = verbClass === 'learn' && words.some((word) => word.kind === 'name');
    const downgraded = qualityClauses.has(verb.clause) && verbClass !== 'pass' && !namedLearning;
    // "een diploma op zak hebben", "get my licence": holding a credential is a pass/fail outcome.
    if (verbClass === 'light' && object.credential && clause.role !== 'purpose')
      measurableEvidence.push(...spanOf(reading, verb.tokens, 'action.pass'));
    // "plezier halen uit mijn werk": a pass verb with only an abstract object has no pass/fail outcome.
    const abstractOnly =
      object.kind === 'abstract' ||
      object.kind === 'vague' ||
      (object.kind === 'none' &&
        !/^(?:slaag|slagen|geslaagd|studeer|afstuderen|afgestudeerd|graduate|graduated|qualify|qualified|pass|passed|certified|gecertificeerd)$/u.test(
          head.lower,
        ));
    if (verbClass === 'pass' && (verb.needs === undefined || object.credential) && clause.role !== 'purpose' && !abstractOnly) {
      measurableEvidence.push(...spanOf(reading, acted, rule));
    }
    if (!counted) continue;
    // In a purpose clause only a concrete action counts, and for less: a vague aim there is no fault.
    if (purpose) {
      if (actionClasses.has(verbClass) && object.kind === 'concrete' && !downgraded) {
        purposeActions++;
        specificEvidence.push(...spanOf(reading, verb.tokens, rule));
      }
      continue;
    }
    if (verbClass === 'placeholder') {
      placeholders.push(...spanOf(reading, verb.tokens, 'placeholder.verb'));
      continue;
    }
    // "learn to work with the ERP", "leren werken met": a verb after a verb of learning is what is learned.
    if (verbClass === 'vague' && learnClauses.has(verb.clause) && !downgraded) continue;
    if (verbClass === 'vague' || (verbClass === 'change' && !hasNumbers) || downgraded) {
      // "Improve the score from 7 to 8" is a target; "improve my communication" is not.
      if ((verbClass === 'vague' || verbClass === 'change') && hasNumbers && (object.indicator || object.kind === 'concrete')) {
        targets++;
        targetSpans.push(...spanOf(reading, verb.tokens, 'target'));
        continue;
      }
      if (verbClass === 'change' && !hasNumbers && object.kind !== 'concrete') continue;
      vague.push(...spanOf(reading, verb.tokens, 'vague.verb'));
      continue;
    }
    if (verbClass === 'change') {
      if (object.indicator || object.kind === 'concrete') {
        targets++;
        targetSpans.push(...spanOf(reading, verb.tokens, 'target'));
      }
      continue;
    }
    if (!actionClasses.has(verbClass)) continue;
    if (object.kind === 'concrete') {
      actions++;
      specificEvidence.push(...spanOf(reading, acted, rule));
      const repeated =
        vagueAmountClauses.has(verb.clause) ||
        (reading.clauses[verb.clause + 1]?.role === 'sub' && vagueAmountClauses.has(verb.clause + 1));
      // A one-off act ("call the client", "check the records") is a result in the goal's own clause,
      // not as the means of a method clause, nor in a habit that should happen more or less often.
      // "Voortaan mijn mails in blokken afhandelen", "from now on": a habit, unless a count or frequency says how much.
      const habitual =
        (verbClass === 'event' && (clause.role === 'method' || spans.vagueQuantity.length > 0)) || (habitText && verbClass !== 'pass');
      if (resultClasses.has(verbClass) && !repeated && !habitual) measurableEvidence.push(...spanOf(reading, acted, rule));
      if (verbClass === 'attend') attendance.push(...spanOf(reading, verb.tokens, rule));
    } else if (object.kind === 'unnamedVehicle') {
      unnamed.push(
        ...words
          .filter((word) => word.kind === 'vehicles' || word.kind === 'credentials')
          .flatMap((word) => spanOf(reading, [word.token.index], 'unnamed')),
      );
    }
  }

  // A result that is there: "my first episode goes live", "er ligt een voorstel", "the plan is ready".
  let results = 0;
  for (const span of spans.outcome) {
    if (!/^outcome\.(?:state|exists)$/u.test(span.rule)) continue;
    const at = tokenIndexAt(tokens, span.start);
    const clause = reading.clauses[clauseOf(reading.clauses, at)] as Clause;
    // Only the words near the outcome count, so that a long clause costs a bounded look.
    const near = tokens.slice(Math.max(clause.from, at - 12), Math.min(clause.to, at + 12));
    const result = near.some((token) => token.word && (nameCover[token.start] === 1 || nounClass(lex, token.lower) === 'deliverables'));
    if (results >= 2) break;
    if (result) {
      actions++;
      results++;
      specificEvidence.push({ ...span, rule: 'action.result' });
    }
  }

  // A target with no verb of its own: "het aantal klachten daalt naar 5", "de maandafsluiting is binnen vijf dagen klaar".
  if (targets === 0 && actions === 0 && hasNumbers) {
    // "three times as productive": a multiplier after a count is no indicator, even when it is "time".
    const countStart = coverage(length, countWords);
    const multiplier = (token: Token): boolean =>
      /^(?:times|time|keer|maal)$/u.test(token.lower) && countStart[tokens[token.index - 1]?.start ?? -1] === 1;
    const indicatorWord = tokens.find(
      (token) =>
        token.word &&
        !verbTokens.has(token.index) &&
        nounClass(lex, token.lower) === 'indicators' &&
        skip[token.start] !== 1 &&
        !multiplier(token),
    );
    if (
      indicatorWord !== undefined &&
      reading.verbs.some((verb) => verb.verbClass === 'change' || verb.verbClass === 'light' || verb.verbClass === 'pass')
    ) {
      targets++;
      targetSpans.push(...spanOf(reading, [indicatorWord.index], 'target'));
    }
  }

  const named = Math.min(reading.names.length, nameCap);
  score +=
    specificWeights.action * Math.min(actions, 2) +
    specificWeights.target * Math.min(targets, 1) +
    specificWeights.name * named +
    (actions === 0 ? specificWeights.purposeAction * Math.min(purposeActions, 1) : 0);
  vagueCount = Math.min(vague.length, vagueCap);
  score += specificWeights.vague * vagueCount;
  if (placeholders.length > 0) score += specificWeights.placeholder;
  if (spans.vagueObject.length > 0 && actions === 0) score += specificWeights.vagueObject;
  const specific: CriterionStatus = score >= specificThreshold ? 'met' : 'unmet';
  trace?.push(
    `score ${score}: actions ${actions}, targets ${targets}, names ${named}, vague ${vagueCount}, placeholders ${placeholders.length}, vague objects ${spans.vagueObject.length}`,
  );
  specificEvidence.push(...targetSpans, ...reading.names);

  const measurable: CriterionStatus = measurableEvidence.length > 0 ? 'met' : 'unmet';
  const timeSpans = [...spans.start, ...spans.deadline, ...reading.eventClauses];
  const timeBound: CriterionStatus = timeSpans.length > 0 ? 'met' : 'unmet';
  return {
    specific,
    measurable,
    timeBound,
    evidence: {
      specific:
        specific === 'met'
          ? select(specificEvidence, [])
          : select([...vague, ...placeholders, ...spans.vagueObject, ...spans.vagueQuantity, ...unnamed], []),
      measurable: measurable === 'met' ? select(measurableEvidence, []) : select([...spans.vagueQuantity], []),
      timeBound: timeBound === 'met' ? select(timeSpans, []) : select([...spans.vagueTime], []),
    },
    notes: {
      vague,
      placeholders,
      unnamed,
      attendance,
      indicatorOnly: specific === 'met' && actions === 0 && targets > 0,
      targets: targetSpans,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Language, goals, evidence
// ---------------------------------------------------------------------------------------------

/** Which language is this? Counts function words of each; a tie goes to Dutch, the domain's own language. */
function detectLocale(text: string): Lang {
  let nl = 0;
  let en = 0;
  for (const token of tokenize(text.toLowerCase())) {
    if (!token.word) continue;
    if (compiled.nl.words.stopwords.get(token.lower).length > 0) nl++;
    if (compiled.en.words.stopwords.get(token.lower).length > 0) en++;
  }
  if (en === nl) {
    // Dutch spelling tells when function words do not: ij, oe, aa, uu are rare in English.
    const lower = text.toLowerCase();
    const dutchish = (lower.match(/ij|oe|aa|uu|sch|heid|ee|oo|en\b/g) ?? []).length;
    const englishish = (lower.match(/th|wh|ing\b|ou|tion|ness|ive\b|y\b|ea|sh\b|ck\b/g) ?? []).length;
    return englishish > dutchish ? 'en' : 'nl';
  }
  return en > nl ? 'en' : 'nl';
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

function quote(text: string, spans: readonly Span[]): string[] {
  const seen: string[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const word = text.slice(span.start, span.end).toLowerCase();
    if (!seen.includes(word)) seen.push(word);
  }
  return seen;
}

const sentenceMark = /[.!?]/u;
const wordBefore = /(?:^|[^\p{L}\p{N}/.])([\p{L}\p{N}/.]{1,7})$/u;

/**
 * Splits at sentence ends, semicolons, line breaks and bullets, but not inside "a.s." or "2.5". A
 * hand-written scan, so that a run of thousands of dots or question marks costs its length once.
 */
function sentences(text: string, lex: CompiledLexicon): { start: number; end: number }[] {
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
      if (closes && (word === undefined || lex.words.abbreviations.get(word.replace(/\.$/u, '')).length === 0)) cut(at, end);
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

/** How many goals the text packs together: parts with a verb of their own, split at sentence ends and coordinations. */
function countGoals(reading: Reading): number {
  const lex = compiled[reading.lang];
  const { tokens, text } = reading;
  const heads = reading.verbs
    .filter((verb) => verb.verbClass !== 'light' && !(verb as { alternative?: boolean }).alternative)
    .map((verb) => (tokens[verb.head] as Token).start);
  // Prefix counts and "next verb from here" over character offsets: every question below is O(1).
  const verbsBefore = new Int32Array(text.length + 1);
  for (const start of heads) verbsBefore[start + 1] = (verbsBefore[start + 1] ?? 0) + 1;
  for (let at = 1; at <= text.length; at++) verbsBefore[at] = (verbsBefore[at] ?? 0) + (verbsBefore[at - 1] ?? 0);
  const nextVerb = new Int32Array(text.length + 1).fill(-1);
  const headSet = new Set(heads);
  for (let at = text.length - 1; at >= 0; at--) nextVerb[at] = headSet.has(at) ? at : (nextVerb[at + 1] ?? -1);
  const hasVerb = (start: number, end: number): boolean => (verbsBefore[Math.min(end, text.length)] ?? 0) - (verbsBefore[start] ?? 0) > 0;
  // Parts under one deadline are steps of one goal ("Within two months I will analyse the figures
  // and write a report"); a part with a deadline of its own is a goal of its own.
  const timeCover = coverage(text.length, [...reading.spans.start, ...reading.spans.deadline, ...reading.eventClauses]);
  const timeBefore = new Int32Array(text.length + 1);
  for (let at = 0; at < text.length; at++) timeBefore[at + 1] = (timeBefore[at] ?? 0) + (timeCover[at] ?? 0);
  const hasTime = (start: number, end: number): boolean => (timeBefore[Math.min(end, text.length)] ?? 0) - (timeBefore[start] ?? 0) > 0;
  // A coordinator inside a method or purpose clause joins the steps of that means, not two goals.
  const meansCover = new Uint8Array(text.length);
  for (const clause of reading.clauses) {
    if (clause.role !== 'method' && clause.role !== 'purpose') continue;
    const first = tokens[clause.from];
    const last = tokens[clause.to - 1];
    if (first !== undefined && last !== undefined) meansCover.fill(1, first.start, last.end);
  }
  let goals = 0;
  for (const sentence of sentences(text, lex)) {
    if (!hasVerb(sentence.start, sentence.end)) continue;
    let from = sentence.start;
    let fromToken = tokenIndexAt(tokens, sentence.start);
    let commaSinceFrom = false;
    let parts = 0;
    for (let k = fromToken; k < tokens.length && (tokens[k] as Token).end <= sentence.end; k++) {
      const token = tokens[k] as Token;
      let cut = -1;
      let next = -1;
      let resumeToken = -1;
      if (!token.word && (token.text === ',' || token.text === ';')) {
        cut = token.start;
        const coordinator = phraseAt(lex, 'coordinators', tokens, k + 1);
        resumeToken = k + 1 + coordinator;
        next = tokens[resumeToken]?.start ?? sentence.end;
      } else if (token.word) {
        const coordinator = phraseAt(lex, 'coordinators', tokens, k);
        if (coordinator > 0 && tokens[k - 1]?.word && k > fromToken) {
          cut = token.start;
          resumeToken = k + coordinator;
          next = tokens[resumeToken]?.start ?? sentence.end;
        }
      }
      if (cut < 0) continue;
      next = Math.min(next, sentence.end);
      // "As a volunteer coach, I will ...": a role in front is no goal, even when its noun is also a verb.
      const role = phraseAt(lex, 'rolePrefixes', tokens, fromToken) > 0 && !commaSinceFrom;
      const restWords = tokens.slice(resumeToken, resumeToken + 5).filter((candidate) => candidate.word && candidate.end <= sentence.end);
      const sharedDeadline = hasTime(sentence.start, cut) && !hasTime(next, sentence.end);
      const means = meansCover[cut] === 1 || meansCover[from] === 1 || meansCover[next] === 1;
      if (!role && !sharedDeadline && !means && hasVerb(from, cut) && hasVerb(next, sentence.end) && restWords.length >= 3) {
        const firstVerb = nextVerb[next] ?? -1;
        const sameGoal = restWords.some((candidate) => phraseAt(lex, 'backReferences', tokens, candidate.index) > 0);
        if (firstVerb >= 0 && firstVerb < sentence.end && firstVerb - next <= 40 && !sameGoal) {
          parts++;
          from = next;
          fromToken = resumeToken;
          commaSinceFrom = false;
          continue;
        }
      }
      if (!token.word && token.text === ',') commaSinceFrom = true;
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
  const judged = judge(reading);
  const { spans } = reading;

  if (judged.timeBound === 'unmet') {
    if (spans.vagueTime.length > 0) {
      findings.push(finding.warning('agreement.text.vagueTime', { params: { words: quote(input, spans.vagueTime) } }));
    } else {
      findings.push(finding.warning('agreement.text.noDeadline'));
    }
  } else if (spans.deadline.length === 0 && reading.eventClauses.length === 0) {
    findings.push(finding.info('agreement.text.startOnly', { params: { words: quote(input, spans.start) } }));
  }

  if (judged.measurable === 'unmet') {
    if (judged.notes.attendance.length > 0) {
      findings.push(finding.warning('agreement.text.attendanceOnly', { params: { words: quote(input, judged.notes.attendance) } }));
    } else if (spans.vagueQuantity.length > 0) {
      findings.push(finding.warning('agreement.text.vagueQuantity', { params: { words: quote(input, spans.vagueQuantity) } }));
    } else {
      findings.push(finding.warning('agreement.text.noMeasure'));
    }
  }

  if (judged.specific === 'unmet') {
    if (judged.notes.vague.length > 0 || judged.notes.placeholders.length > 0) {
      findings.push(
        finding.warning('agreement.text.vagueVerb', {
          params: { words: quote(input, [...judged.notes.vague, ...judged.notes.placeholders]) },
        }),
      );
    } else if (judged.notes.unnamed.length > 0) {
      findings.push(finding.warning('agreement.text.unnamed', { params: { words: quote(input, judged.notes.unnamed) } }));
    } else {
      findings.push(finding.warning('agreement.text.notSpecific'));
    }
  } else if (judged.notes.indicatorOnly) {
    findings.push(finding.info('agreement.text.indicatorOnly'));
  }
  if (spans.hedge.length > 0) {
    findings.push(finding.warning('agreement.text.hedge', { params: { words: quote(input, spans.hedge) } }));
  }

  const deficit = deficitOnly(reading);
  if (deficit.length > 0) findings.push(finding.info('agreement.text.deficit', { params: { words: quote(input, deficit) } }));

  const goals = countGoals(reading);
  if (goals > 1) findings.push(finding.info('agreement.text.multipleGoals', { params: { count: goals } }));

  return deepFreeze({
    locale: lang,
    specific: verdict(judged.specific, plain, original, judged.evidence.specific),
    measurable: verdict(judged.measurable, plain, original, judged.evidence.measurable),
    timeBound: verdict(judged.timeBound, plain, original, judged.evidence.timeBound),
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

function kindOf(value: unknown): FindingParamsOf<'agreement.text.invalid'>['received'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
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
  const plain = plainText(text).text;
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
    text: verb.tokens.map((k) => (reading.tokens[k] as Token).text).join(' '),
    verbClass: verb.verbClass,
  }));
  return { spans, verbs, trace };
}
