// Clauses: where a goal text breaks into a main clause, a purpose, a method or a subordinate clause.
import type { CompiledLexicon } from '../lexicon/index.js';
import type { Token } from './tokens.js';
import { is, phraseAt } from './tokens.js';

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

export type ClauseRole = 'main' | 'purpose' | 'method' | 'sub';

export interface Clause {
  readonly from: number;
  readonly to: number;
  readonly role: ClauseRole;
}

export const hardBreak: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\n', '|', '·', '*']);

/** Words after which an English "to" is part of the verb ("want to"), not a purpose clause. */
export const toTakers: ReadonlySet<string> = new Set([
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
  // The third person, as a manager writes a goal down ("Lisa learns to work with Looker").
  'learns',
  'intends',
  'decides',
  'starts',
  'continues',
  'expects',
  'chooses',
  'agrees',
  'manages',
  'wishes',
  'strives',
  'likes',
  'loves',
  'prefers',
  'begins',
  'helps',
  'promises',
  'commits',
]);

/** What the clause cutter reads: the tokens, where verbs are, and which tokens are times or amounts. */
interface ClauseContext {
  readonly lex: CompiledLexicon;
  readonly tokens: readonly Token[];
  /** A verb form of the lexicon at this token. */
  readonly isVerbAt: (at: number) => boolean;
  /** A token inside a time, frequency or vague amount: no clause starts or ends there. */
  readonly blocked: (token: Token) => boolean;
  /** Any verb the reading found at this token, also one the lexicon does not know. */
  readonly anyVerbAt: (at: number) => boolean;
}

/** The clauses cut so far, where the open one starts and what role it has. */
interface ClauseCut {
  readonly clauses: Clause[];
  from: number;
  role: ClauseRole;
}

/** Ends the open clause before token `to` (when it has any tokens) and opens one of role `next` there. */
function close(cut: ClauseCut, to: number, next: ClauseRole): void {
  if (to > cut.from) cut.clauses.push({ from: cut.from, to, role: cut.role });
  cut.from = to;
  cut.role = next;
}

/**
 * Cuts a goal text into clauses, in text order, covering every token: at sentence marks and commas,
 * and where a purpose ("om ... te", "to"), a method ("door ... te", "by ...ing") or another clause opens.
 */
export function clausesOf(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  isVerbAt: (at: number) => boolean,
  blocked: (token: Token) => boolean,
  anyVerbAt: (at: number) => boolean = isVerbAt,
): Clause[] {
  const context: ClauseContext = { lex, tokens, isVerbAt, blocked, anyVerbAt };
  const cut: ClauseCut = { clauses: [], from: 0, role: 'main' };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (!token.word) {
      // The mark itself belongs to no clause: the next one starts after it.
      if (breaksAt(context, at)) {
        close(cut, at, 'main');
        cut.from = at + 1;
      }
      continue;
    }
    const opened = opensAt(context, at, cut.from);
    if (opened !== undefined) {
      close(cut, at, opened.role);
      // The "om" or "to" after an announced goal belongs to no clause: the goal starts after it.
      if (opened.announced === true) cut.from = at + opened.length;
      at += opened.length - 1;
    }
  }
  close(cut, tokens.length, 'main');
  return cut.clauses;
}

/** Does the mark at `at` end a clause: a sentence mark, a dash between spaces, a comma outside a list of dates? */
function breaksAt({ tokens, blocked }: ClauseContext, at: number): boolean {
  const token = tokens[at] as Token;
  if (hardBreak.has(token.text)) return true;
  if (token.text === '-' && (tokens[at - 1]?.end ?? -1) < token.start && (tokens[at + 1]?.start ?? Infinity) > token.end) return true;
  // "op 2 aug., 3 sep. en 4 nov.": a comma inside a list of dates separates no clauses.
  const inList =
    tokens[at - 1] !== undefined && tokens[at + 1] !== undefined && blocked(tokens[at - 1] as Token) && blocked(tokens[at + 1] as Token);
  return token.text === ',' && !inList;
}

/** The clause that opens at word `at` (its opener's length and role), if one does: a purpose, a method, another clause. */
function opensAt(context: ClauseContext, at: number, from: number): { length: number; role: ClauseRole; announced?: true } | undefined {
  const purpose = purposeAt(context, at);
  // "Mijn doel is om ...", "My goal is to ...": what follows is the goal itself, a main clause.
  if (purpose > 0 && announcedGoal(context.lex, context.tokens, at)) return { length: purpose, role: 'main', announced: true };
  if (purpose > 0) return { length: purpose, role: 'purpose' };
  const method = methodAt(context, at);
  if (method > 0) return { length: method, role: 'method' };
  const cause = causeAt(context, at);
  if (cause > 0) return { length: cause, role: 'method' };
  return openerAt(context, at, from);
}

/** How far back a cause looks for a verb of the result it explains: a bounded look keeps long texts linear. */
const causeLookBack = 12;

/**
 * "Fewer invoice errors, because every invoice gets checked", *minder fouten, omdat ...*: after a
 * result without a verb of its own, the cause is its means. After a verb it is only a reason.
 */
function causeAt({ lex, tokens, anyVerbAt }: ClauseContext, at: number): number {
  const cause = phraseAt(lex, 'causeConjunctions', tokens, at);
  if (cause === 0) return 0;
  let words = 0;
  for (let k = at - 1; k >= 0 && k >= at - causeLookBack; k--) {
    const token = tokens[k] as Token;
    if (!token.word && hardBreak.has(token.text)) break;
    if (anyVerbAt(k)) return 0;
    if (token.word) words++;
  }
  return words > 0 ? cause : 0;
}

/** Is there a "te" ahead in the same sentence, within a few words (for "om ... te")? */
function teAhead(tokens: readonly Token[], at: number, accept: (k: number) => boolean = () => true): boolean {
  for (let k = at + 1; k < tokens.length && k < at + 12; k++) {
    const later = tokens[k] as Token;
    if (!later.word && hardBreak.has(later.text)) return false;
    if (later.lower === 'te' && accept(k)) return true;
  }
  return false;
}

/** How far back from a verb of being a goal noun may stand: "my main goal for this year is to". */
const goalNounReach = 6;

/**
 * Does a goal noun announce what follows (*Mijn doel is om ...*, *van plan om*, My goal is to ...)?
 * Then the infinitive at `at` states the goal itself, not its purpose.
 */
function announcedGoal(lex: CompiledLexicon, tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (previous === undefined || !previous.word) return false;
  if (phraseAt(lex, 'goalNouns', tokens, at - 1) > 0) return true;
  if (phraseAt(lex, 'copulas', tokens, at - 1) === 0) return false;
  for (let k = at - 2; k >= 0 && k >= at - 1 - goalNounReach; k--) {
    const token = tokens[k] as Token;
    if (!token.word && hardBreak.has(token.text)) return false;
    if (token.word && phraseAt(lex, 'goalNouns', tokens, k) > 0) return true;
  }
  return false;
}

/** The length of a purpose opener at `at` that opens a purpose clause, or 0. */
function purposeAt({ lex, tokens, isVerbAt }: ClauseContext, at: number): number {
  const purpose = phraseAt(lex, 'purpose', tokens, at);
  if (purpose !== 1) return purpose;
  const token = tokens[at] as Token;
  const previous = tokens[at - 1];
  // "So I'll build a checklist.": "so" opening a sentence before an intent is "therefore", no purpose.
  if (lex.locale === 'en' && token.lower === 'so' && (previous === undefined || (!previous.word && hardBreak.has(previous.text)))) {
    const subject = tokens[at + 1]?.word === true ? 1 : 0;
    if (phraseAt(lex, 'intentWords', tokens, at + 1) > 0 || phraseAt(lex, 'intentWords', tokens, at + 1 + subject) > 0) return 0;
  }
  // "to" is a purpose clause only when a verb follows and no verb of wanting precedes.
  if (lex.locale === 'en' && token.lower === 'to')
    return !(previous !== undefined && toTakers.has(previous.lower)) && isVerbAt(at + 1) ? purpose : 0;
  // "om" only with its "te": "om te leren", not "om vijf uur".
  if (lex.locale === 'nl' && token.lower === 'om') return teAhead(tokens, at) ? purpose : 0;
  return purpose;
}

/** The length of a method opener at `at` that opens a method clause, or 0. */
function methodAt({ lex, tokens, isVerbAt }: ClauseContext, at: number): number {
  // "minder fouten, doordat voortaan elke factuur wordt gecontroleerd": the means as a clause.
  const conjunction = phraseAt(lex, 'methodConjunctions', tokens, at);
  if (conjunction > 0) return conjunction;
  const method = phraseAt(lex, 'method', tokens, at);
  if (method === 0) return 0;
  const next = tokens[at + method];
  // "by making ten calls", "door drie keer per week te sporten": a method only when a verb follows.
  if (lex.locale === 'en') return next !== undefined && /ing$/u.test(next.lower) && next.lower.length > 4 ? method : 0;
  // "door digitaal te archiveren": an infinitive the lexicon does not know still opens the method.
  return teAhead(tokens, at, (k) => isVerbAt(k + 1) || /^\p{L}{3,}en$/u.test(tokens[k + 1]?.lower ?? '')) ? method : 0;
}

/** Coordinators join clauses of equal rank: what follows them is a main clause again. */
function isCoordinator(lex: CompiledLexicon, word: string): boolean {
  return lex.words.coordinators.get(word).length > 0 || /^(?:of|or|maar|but|then|daarna|vervolgens)$/u.test(word);
}

/** A clause opener at `at` ("dat", "because", "en" before a verb), with the role of the clause it opens. */
function openerAt(context: ClauseContext, at: number, from: number): { length: number; role: ClauseRole } | undefined {
  const { lex, tokens, blocked } = context;
  const opener = phraseAt(lex, 'clauseOpeners', tokens, at);
  if (opener === 0) return undefined;
  const token = tokens[at] as Token;
  const previous = tokens[at - 1];
  // "i.p.v. een mail": an opener that is also a preposition, before a noun phrase, is the preposition.
  const prepositional = phraseAt(lex, 'prepositions', tokens, at) >= opener && is(lex, 'determiners', tokens[at + opener]);
  // "3 sep. en 4 nov.": "en" inside a list of dates joins dates, not clauses.
  const dateList =
    previous !== undefined && blocked(previous) && tokens[at + opener] !== undefined && blocked(tokens[at + opener] as Token);
  // After a comma an opener still opens its kind of clause: ", although it is work".
  const afterCommaOpener = at === from && previous !== undefined && !previous.word && previous.text === ',';
  if (!(at > from || afterCommaOpener) || blocked(token) || prepositional || dateList) return undefined;
  if (openerVetoes.some((veto) => veto(context, at, opener))) return undefined;
  const word = token.lower;
  // "Ik zorg dat alle lijsten kloppen", "make sure that ...": what is made sure of is the goal itself.
  const ensured = relativeWords.test(word) && previous !== undefined && /^(?:zorgen|zorg|ervoor|sure|ensure)$/u.test(previous.lower);
  return { length: opener, role: isCoordinator(lex, word) || ensured ? 'main' : 'sub' };
}

const relativeWords = /^(?:dat|die|that)$/u;

/** A rule under which a clause opener at `at` (of `opener` words) opens no clause after all. */
type OpenerVeto = (context: ClauseContext, at: number, opener: number) => boolean;

/**
 * The rules under which an opener stays inside its clause, one per kind of word; any one of them
 * keeps the clause open.
 */
const openerVetoes: readonly OpenerVeto[] = [
  // "wat", "hoe", "which": an object clause only after a verb ("leren hoe ...") or a comma; "how to" always.
  ({ tokens, isVerbAt }, at) => {
    const word = (tokens[at] as Token).lower;
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    const questionWord = /^(?:wat|welke|waar|wie|what|which|where|who|whom)$/u.test(word);
    const howTo = (word === 'how' && next?.lower === 'to') || (word === 'hoe' && (next?.lower === 'je' || next?.lower === 'ik'));
    return questionWord && !howTo && !(previous !== undefined && (!previous.word ? previous.text === ',' : isVerbAt(at - 1)));
  },
  // "als uitvoerder", "as a team": a role, not a clause; "als ze zeggen", "as I said": a clause.
  // A pronoun that names no one ("als iets goed gaat", "as it happens") is never a role either.
  ({ lex, tokens }, at, opener) => {
    const word = (tokens[at] as Token).lower;
    if ((word !== 'als' && word !== 'as') || opener !== 1) return false;
    const pronoun = /^(?:iets|niets|alles|het|er|dat|dit|something|nothing|everything|it|things|that|this)$/u.test(
      tokens[at + 1]?.lower ?? '',
    );
    return !(pronoun || [tokens[at + 1], tokens[at + 2]].some((candidate) => is(lex, 'subjects', candidate)));
  },
  // "Jij kunt dus vóór de zomer ...": mid-clause "dus" is an adverb; after a comma it joins a clause.
  ({ tokens }, at) => {
    const previous = tokens[at - 1];
    return (tokens[at] as Token).lower === 'dus' && previous !== undefined && (previous.word || previous.text !== ',');
  },
  // "dat", "die", "that" open a clause only after a comma or a verb of saying or making sure.
  ({ tokens }, at) => {
    const previous = tokens[at - 1];
    const afterComma = previous !== undefined && !previous.word && previous.text === ',';
    return (
      relativeWords.test((tokens[at] as Token).lower) &&
      !afterComma &&
      !(previous !== undefined && /^(?:zorgen|zorg|ervoor|zeggen|zeg|denk|wil|sure|ensure|so|weet|merk|hoop|vind)$/u.test(previous.lower))
    );
  },
  // "my CPR and BLS certificates", "a lunch talk and a speech": "and" between noun phrases joins
  // them; it starts a clause only when a verb follows before the next comma (a bounded look).
  ({ lex, tokens, anyVerbAt }, at, opener) => {
    const word = (tokens[at] as Token).lower;
    if (!isCoordinator(lex, word) || !/^(?:and|en|or|of)$/u.test(word)) return false;
    for (let k = at + opener; k < tokens.length && k < at + opener + 6; k++) {
      const later = tokens[k] as Token;
      if (!later.word && (hardBreak.has(later.text) || later.text === ',')) break;
      if (later.word && anyVerbAt(k)) return false;
    }
    return true;
  },
];

/** The clause a token is in, by binary search: clauses are in text order and cover every token. */
export function clauseOf(clauses: readonly Clause[], at: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((clauses[middle] as Clause).from <= at) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
