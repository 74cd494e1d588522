// Objects: what a verb acts on, and how concrete that is.
import type { CompiledLexicon, NounClass } from '../lexicon/index.js';
import type { Clause } from './clauses.js';
import type { Verb } from './places.js';
import type { ObjectWord, Reading } from './reading.js';
import type { Token } from './tokens.js';
import { vehicleNamed } from './naming.js';
import { is, nounClass, phraseAt } from './tokens.js';

/** Quantity rules whose words are the counted thing, not a unit: "12 books", "twee nieuwe collega's". */
export const countingRules: ReadonlySet<string> = new Set([
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
export const objectWindow = 16;

/** What the object reader reads: the reading, the verb, and which characters are times, names or vague words. */
interface ObjectContext {
  readonly reading: Reading;
  readonly verb: Verb;
  readonly lex: CompiledLexicon;
  readonly verbTokens: ReadonlySet<number>;
  /** Times, hedges and amounts: no object. */
  readonly skip: Uint8Array;
  readonly nameCover: Uint8Array;
  readonly vagueObjectCover: Uint8Array;
  readonly vagueQuantityCover: Uint8Array;
  /** The verb's clause, and the end of the window its objects are read in. */
  readonly clause: Clause;
  readonly to: number;
}

/** The words found so far, and the phrase the reader is in: its preposition, whether it has its noun, whether it is counted vaguely. */
interface PhraseState {
  readonly words: ObjectWord[];
  preposition: string | undefined;
  phraseHasNoun: boolean;
  quantified: boolean;
}

/** The words a verb acts on: its clause minus function words, verbs, numbers, times and vague words. */
export function objectsOf(
  reading: Reading,
  verb: Verb,
  lex: CompiledLexicon,
  verbTokens: ReadonlySet<number>,
  skip: Uint8Array,
  nameCover: Uint8Array,
  vagueObjectCover: Uint8Array,
  vagueQuantityCover: Uint8Array,
): ObjectWord[] {
  const { clause, from, to } = windowOf(reading, verb, lex);
  const context: ObjectContext = { reading, verb, lex, verbTokens, skip, nameCover, vagueObjectCover, vagueQuantityCover, clause, to };
  const state: PhraseState = { words: [], preposition: undefined, phraseHasNoun: false, quantified: false };
  for (let k = from; k < to; k++) k += readWord(context, state, k);
  return state.words;
}

/** Reads the word at `k` into the state; answers how many tokens after it it took too (a phrase of several words). */
function readWord(context: ObjectContext, state: PhraseState, k: number): number {
  const { reading, verb, lex } = context;
  const token = reading.tokens[k] as Token;
  if (!token.word) return 0;
  // A verb after the head (a second verb, a particle) starts a new phrase.
  if (context.verbTokens.has(k)) {
    if (k > verb.head) {
      state.preposition = undefined;
      state.phraseHasNoun = false;
      state.quantified = false;
    }
    return 0;
  }
  // Times, hedges and amounts are no object, and a preposition inside them ("in het najaar") opens nothing.
  if (context.skip[token.start] === 1) return 0;
  const indefinite = phraseAt(lex, 'indefinite', reading.tokens, k);
  if (context.vagueQuantityCover[token.start] === 1 || indefinite > 0) {
    // "some tools", "een aantal trainingen", "certain webinars": an indefinite amount of things is
    // no concrete object; "more questions", "vaker presentaties" still are.
    if (indefinite === 0) return 0;
    state.quantified = true;
    return indefinite - 1;
  }
  if (readPreposition(context, state, k)) return 0;
  // A determiner after the phrase's noun starts the next noun phrase.
  if (is(lex, 'determiners', token)) {
    if (state.phraseHasNoun) {
      state.preposition = undefined;
      state.quantified = false;
    }
    return 0;
  }
  if (noObject(context, k)) return 0;
  return readNoun(context, state, k);
}

/** Reads a preposition at `k` (it opens a phrase, or continues one); answers whether the word was one. */
function readPreposition({ reading, lex, to }: ObjectContext, state: PhraseState, k: number): boolean {
  const token = reading.tokens[k] as Token;
  // A Dutch particle at the end of the window ("... op") is no preposition.
  const isPreposition =
    is(lex, 'prepositions', token) &&
    !(lex.locale === 'nl' && /^(?:af|op|in|uit|mee|over|aan|bij|door|voor|toe|terug)$/u.test(token.lower) && k === to - 1);
  if (!isPreposition) return false;
  const { words } = state;
  // "of"/"van" continue a noun phrase ("a version of the plan"); other prepositions open their own.
  // "leren van een collega": after a verb, "van" is "from", a phrase of its own.
  const opens = (token.lower !== 'of' && token.lower !== 'van') || words.length === 0 || words[words.length - 1]?.token.index !== k - 1;
  if (!opens) return true;
  // "in my pocket", "in mijn werk": a phrase with a possessive is a place, not a topic.
  const possessive =
    /^(?:in|op|at|on|binnen|inside|within)$/u.test(token.lower) &&
    /^(?:my|our|your|his|her|their|mijn|m'n|mn|onze|ons|je|jouw|zijn|haar|hun|the|de|het)$/u.test(reading.tokens[k + 1]?.lower ?? '');
  state.preposition = possessive ? `${token.lower}:place` : token.lower;
  state.phraseHasNoun = false;
  state.quantified = false;
  return true;
}

/** Words that are never an object: numbers, subjects, helping auxiliaries, quality words, English adverbs. */
function noObject({ reading, verb, lex, verbTokens, nameCover }: ObjectContext, k: number): boolean {
  const token = reading.tokens[k] as Token;
  if (/^\p{N}/u.test(token.text)) return true;
  // "20 uur besteden aan ...", "spend ten hours on ...": time spent is how much, not on what; what
  // the time goes to decides. (Running for 30 minutes is another matter: there the time is the task.)
  const before = reading.tokens[k - 1];
  const counted = before !== undefined && (/^\p{N}/u.test(before.text) || is(lex, 'numberWords', before));
  if (counted && is(lex, 'timeSpentUnits', token) && is(lex, 'spendingVerbs', reading.tokens[verb.head])) return true;
  // An auxiliary is skipped where it helps a verb ("wil ... leren", "want to"); as a noun it is an object ("the needs of").
  const helping =
    is(lex, 'auxiliaries', token) &&
    (k < verb.head || verbTokens.has(k + 1) || reading.tokens[k + 1]?.lower === 'to' || reading.tokens[k + 1]?.lower === 'te');
  if (is(lex, 'subjects', token) || helping || is(lex, 'quality', token)) return true;
  // "doordat", "because": the conjunction that opens a means is no thing acted on.
  if (is(lex, 'methodConjunctions', token) || is(lex, 'causeConjunctions', token)) return true;
  return lex.locale === 'en' && token.lower.length > 4 && token.lower.endsWith('ly') && nameCover[token.start] !== 1;
}

/** Reads a content word at `k`: a vague object, a name, or a noun (of several words, perhaps); answers the extra tokens taken. */
function readNoun({ reading, verb, lex, vagueObjectCover, nameCover, clause, to }: ObjectContext, state: PhraseState, k: number): number {
  const token = reading.tokens[k] as Token;
  const inPhrase = state.preposition !== undefined;
  const { preposition } = state;
  if (vagueObjectCover[token.start] === 1) {
    state.words.push({ token, kind: 'vague', inPhrase, named: false, preposition });
    return 0;
  }
  if (nameCover[token.start] === 1) {
    // "Ahmed gaat ...", "Sanne rondt ...": a name first in its clause, before the verb, is the subject.
    // Not before an infinitive: *VCA halen* is getting the VCA.
    const infinitive = (reading.tokens[verb.head] as Token).lower.endsWith('en');
    if (lex.locale === 'nl' && k === clause.from && k < verb.head && !verb.passive && !infinitive) return 0;
    // "VCA-diploma", "PRINCE2-certificaat": a name that is also a credential or a course keeps that kind.
    state.words.push({ token, kind: 'name', inPhrase, named: true, preposition, nounKind: nounClass(lex, token.lower) });
    state.phraseHasNoun = true;
    return 0;
  }
  if (is(lex, 'function', token)) return 0;
  // "Sanne wil ...", "Fatima gaat ...": first in its clause before a singular helping verb, a word is who does it.
  const helper = reading.tokens[k + 1];
  const subject = k === clause.from && k < verb.head && !verb.passive && helper !== undefined && is(lex, 'auxiliaries', helper);
  if (lex.locale === 'nl' && subject && !helper.lower.endsWith('en')) return 0;
  // "Rick haalt zijn targets", "Dan improves ...": a capitalised word first in its clause, right before
  // its verb and with no subject after that verb, is who does it (a manager writing in the third person).
  const after = reading.tokens[k + 2];
  // Only before a finite verb of the third person: *Spaans leren* is a thing learned.
  const finite =
    lex.locale === 'nl'
      ? !(reading.tokens[verb.head] as Token).lower.endsWith('en')
      : (reading.tokens[verb.head] as Token).lower.endsWith('s');
  const named = k === clause.from && k + 1 === verb.head && finite && !verb.passive && /^\p{Lu}/u.test(token.text);
  if (named && !(after !== undefined && is(lex, 'subjects', after))) return 0;
  // A noun of several words: "plan van aanpak", "contact person", "time management".
  const multi = nounPhraseAt(lex, reading.tokens, k, to);
  let kind: NounClass | undefined = multi?.kind;
  const length = multi?.length ?? 1;
  // "nieuwe", "goede": a generic modifier before its noun is no object of its own.
  if (kind === undefined && is(lex, 'genericModifiers', token) && nounClass(lex, token.lower) === undefined) return 0;
  kind ??= nounClass(lex, token.lower);
  state.phraseHasNoun = true;
  // "meer overleg", "a few things": a vague amount makes the object vague; "a few webinars on GDPR"
  // still says what they are (the amount is for measurable to judge).
  // "een paar dagen meelopen", a few hours a week: a vague length of time says how long, not what.
  const countable = kind === 'vehicles' || kind === 'credentials' || is(lex, 'timeSpentUnits', token);
  const before = reading.tokens[k - 1];
  const definiteBefore = before !== undefined && is(lex, 'definiteDeterminers', before);
  state.words.push({
    token,
    kind: state.quantified && !countable ? 'vague' : (kind ?? 'concrete'),
    inPhrase,
    named: false,
    preposition,
    ...(definiteBefore ? { definite: true } : {}),
  });
  return length - 1;
}

/** Where a verb's objects may stand: its clause (and a question it learns), near the verb. */
function windowOf(reading: Reading, verb: Verb, lex: CompiledLexicon): { clause: Clause; from: number; to: number } {
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
    // "when", "als" only right after the verb ("learn when to escalate"): in "say no to requests when my
    // schedule is full" the clause says when the act applies, not what it acts on.
    const condition = is(lex, 'conditionOpeners', opener) && next.from > Math.max(...verb.tokens) + 1;
    if (opener !== undefined && !condition && is(lex, 'questionOpeners', opener)) to = next.to;
  }
  // English active clauses: what stands before the verb is its subject, not its object.
  if (lex.locale === 'en' && !verb.passive) from = Math.max(from, verb.head);
  // An object stands near its verb: a window of words keeps a clause of thousands of verbs linear.
  from = Math.max(from, verb.head - objectWindow);
  to = Math.min(to, verb.head + objectWindow);
  return { clause, from, to };
}

/** A noun of several words at `k` that ends before `to`, with its class. */
function nounPhraseAt(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  k: number,
  to: number,
): { kind: NounClass; length: number } | undefined {
  for (const name of ['deliverables', 'indicators', 'abstract', 'credentials', 'vehicles', 'feelings'] as const) {
    const phrase = phraseAt(lex, name, tokens, k);
    if (phrase > 1 && k + phrase <= to) return { kind: name, length: phrase };
  }
  return undefined;
}

export type Concreteness = 'concrete' | 'unnamedVehicle' | 'abstract' | 'none' | 'vague';

/** What a verb acts on, judged: how concrete, what kind of thing, and the head words that decided. */
export interface ObjectJudgement {
  readonly kind: Concreteness;
  readonly deliverable: boolean;
  readonly credential: boolean;
  readonly vehicle: boolean;
  readonly indicator: boolean;
  readonly heads: readonly ObjectWord[];
}

/** Does the verb act on something concrete? The direct object decides; without one, the phrase after a preposition does. */
export function concreteness(lex: CompiledLexicon, words: readonly ObjectWord[], producing: boolean, learning = false): ObjectJudgement {
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
    // A presentation, a report or a talk says what only with its topic or title: "een presentatie
    // geven" is as unnamed as "een cursus volgen"; "over het nieuwe CRM" names it.
    // ("het rapport", "the report": the one both know of, named by the article.)
    const known = word.definite === true;
    // A conversation too: "4 gesprekken voeren", have 4 conversations say neither with whom nor about what.
    if (word.kind === 'deliverables' && is(lex, 'topicalDeliverables', word.token) && !known && !vehicleNamed(lex, words, index, true)) {
      if (kind !== 'concrete') kind = 'unnamedVehicle';
    } else if (word.kind === 'name' || word.kind === 'concrete' || word.kind === 'deliverables' || word.kind === 'indicators')
      kind = 'concrete';
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
