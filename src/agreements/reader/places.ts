// Places in a goal text: where a verb may stand, where a noun stands, and where a verb's particle is.
import type { CompiledLexicon, VerbClass, VerbForm } from '../lexicon/index.js';
import { hardBreak } from './clauses.js';
import type { Found } from './tables.js';
import { coverage } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt, tokenIndexAt } from './tokens.js';

export interface Verb {
  /** Tokens of the verb itself and of its particle, in text order. */
  readonly tokens: readonly number[];
  readonly head: number;
  readonly verbClass: VerbClass | 'unknown';
  readonly needs: VerbForm['needs'];
  readonly clause: number;
  readonly passive: boolean;
}

export function isVerbForm(lex: CompiledLexicon, token: Token | undefined): boolean {
  return token !== undefined && token.word && (lex.verbs.has(token.lower) || lex.splitVerbs.has(token.lower));
}

/** English words before which a word in a verb's place is still no verb. */
export function notAVerb(lex: CompiledLexicon, token: Token): boolean {
  return (
    !token.word ||
    is(lex, 'clauseOpeners', token) ||
    is(lex, 'methodConjunctions', token) ||
    is(lex, 'causeConjunctions', token) ||
    // "a mandatory or compulsory course": English adjective endings are never an unknown verb.
    (lex.locale === 'en' && !lex.verbs.has(token.lower) && /(?:ory|ful|ous|able|ible|less|ical)$/u.test(token.lower)) ||
    /^\p{N}/u.test(token.text) ||
    is(lex, 'determiners', token) ||
    is(lex, 'prepositions', token) ||
    is(lex, 'subjects', token) ||
    is(lex, 'auxiliaries', token) ||
    (is(lex, 'function', token) && !lex.verbs.has(token.lower)) ||
    // "Goal 1: ...": a word that names the goal is no order, even before a number.
    (is(lex, 'goalNouns', token) && !lex.verbs.has(token.lower)) ||
    is(lex, 'quality', token)
  );
}

/**
 * What the verb finder reads around every token, computed once per text so that every look-around
 * costs a bounded number of steps, whatever the length of the text.
 */
export interface VerbScan {
  readonly lex: CompiledLexicon;
  readonly tokens: readonly Token[];
  /** Characters inside a time or hedge: no verb stands there. */
  readonly timeCover: Uint8Array;
  /** Where each token's stretch between commas and sentence marks starts, and where it ends. */
  readonly segmentStart: Int32Array;
  readonly segmentEnd: Int32Array;
  /** Characters inside an identifier ("hal 3", "niveau 2"): its number counts nothing. */
  readonly identifierCover: Uint8Array;
  /** Characters inside an amount (a count, a frequency, a vague quantity). */
  readonly quantityCover: Uint8Array;
  /** The starts of the count words: "three" in "at least three books", "twee" in "twee nieuwe collega's". */
  readonly countTokens: ReadonlySet<number>;
  /** The verbs found so far, in the order found: some places depend on a verb before. */
  readonly verbs: Verb[];
  /** Tokens already taken by a verb. */
  readonly used: Set<number>;
}

export function verbScan(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array, found: Found): VerbScan {
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
  const quantityCover = coverage(tokens.at(-1)?.end ?? 0, [...found.quantity, ...found.frequency, ...found.vagueQuantity]);
  const countTokens = countTokensOf(tokens, found);
  const identifierCover = coverage(tokens.at(-1)?.end ?? 0, found.identifier);
  return { lex, tokens, timeCover, segmentStart, segmentEnd, identifierCover, quantityCover, countTokens, verbs: [], used: new Set() };
}

/** The count word of each count: after it comes the counted noun, never a verb. */
function countTokensOf(tokens: readonly Token[], found: Found): Set<number> {
  const countTokens = new Set<number>();
  for (const span of found.quantity) {
    if (/^quantity\.(?:count|countWords|hyphen|hyphenWords)$/u.test(span.rule)) countTokens.add(span.start);
    // "at least three books": the bound's last word is the count.
    if (/^quantity\.(?:bound|boundWords)$/u.test(span.rule)) {
      const after = tokenIndexAt(tokens, span.end);
      const last =
        (tokens[after] as Token | undefined)?.start === undefined || (tokens[after] as Token).start < span.end
          ? tokens[after]
          : tokens[after - 1];
      if (last !== undefined && last.end === span.end) countTokens.add(last.start);
    }
  }
  return countTokens;
}

export const blocked = (scan: VerbScan, token: Token): boolean => scan.timeCover[token.start] === 1;

/** A number that counts what follows it: not one in a time, nor one that numbers a thing ("de cursus niveau 2 afronden"). */
const countingNumber = (scan: VerbScan, token: Token): boolean =>
  /^\p{N}/u.test(token.text) && !blocked(scan, token) && scan.identifierCover[token.start] !== 1;
export const clauseEnd = (scan: VerbScan, at: number): number => scan.segmentEnd[at] ?? scan.tokens.length;
export const clauseStart = (scan: VerbScan, at: number): number => scan.segmentStart[at] ?? 0;
export const inQuantity = (scan: VerbScan, token: Token): boolean => scan.quantityCover[token.start] === 1;

/** Adverbs that stand between a subject or clause start and the verb without changing its place. */
const slotAdverbs: Readonly<Record<CompiledLexicon['locale'], RegExp>> = {
  en: /^(?:also|then|first|really|just|personally|actively|always|still|definitely|certainly|regularly|quickly|carefully|properly|often|please|gonna|finally|now|only|together|myself|soon|not|never|ever|even|maybe|perhaps|possibly|hopefully|ideally|again|immediately|directly|officially|successfully|fully)$/u,
  nl: /^(?:ook|eerst|daarna|dan|nog|zelf|echt|graag|even|ff|eens|gewoon|lekker|verder|weer|al|nu|vooral|idd|zeker|misschien|wellicht|eventueel|hopelijk|vaker|minder|meer|samen|persoonlijk|actief|opnieuw|direct|meteen)$/u,
};

/** Is this word passed over when looking back for the word that decides a verb's place? */
function skippedBefore(scan: VerbScan, token: Token): boolean {
  const { lex } = scan;
  if (blocked(scan, token) || slotAdverbs[lex.locale].test(token.lower) || is(lex, 'habitual', token)) return true;
  // Any other English adverb in -ly ("consistently", "routinely"), but not a verb in -ply ("apply").
  return lex.locale === 'en' && token.lower.length > 5 && /(?<!p)ly$/u.test(token.lower) && !lex.verbs.has(token.lower);
}

/** The previous word that decides the slot, skipping adverbs, hedges and times (none at a clause start). */
export function previousWord(scan: VerbScan, at: number): Token | undefined {
  const start = Math.max(clauseStart(scan, at), at - 8);
  for (let k = at - 1; k >= start; k--) {
    const token = scan.tokens[k] as Token;
    if (!token.word) return undefined;
    if (!skippedBefore(scan, token)) return token;
  }
  return undefined;
}

/** "de cursus bestektekenen in Revit volgen": an unknown word before a known verb at the end is its object. */
export function knownVerbLater(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  if (lex.locale !== 'nl') return false;
  const end = Math.min(clauseEnd(scan, at), at + 12);
  for (let k = at + 1; k < end; k++) {
    const later = tokens[k] as Token;
    // "verlengen en ik ga ... vragen": a coordinator before a subject starts a clause of its own.
    const coordinator = phraseAt(lex, 'coordinators', tokens, k);
    if ((coordinator > 0 || later.text === ',') && is(lex, 'subjects', tokens[k + Math.max(coordinator, 1)])) return false;
    if (later.word && lex.verbs.get(later.lower).some((form) => form.kind !== 'finite')) return true;
  }
  return false;
}

/** After a count comes the counted noun: "three books", "twee nieuwe collega's", "drie dingen". */
export function countBefore(scan: VerbScan, at: number): boolean {
  const before = scan.tokens[at - 1];
  return (
    before !== undefined && before.word && (scan.countTokens.has(before.start) ? !blocked(scan, before) : countingNumber(scan, before))
  );
}

/** "het celgetal onder de 200 houden": a Dutch infinitive that ends its clause after a number is the verb, not the thing counted. */
export function finalInfinitive(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  return lex.locale === 'nl' && clauseEnd(scan, at) === at + 1 && lex.verbs.get(token.lower).some((form) => form.kind === 'infinitive');
}

/** "Open incidents drop below 25": a verb that is also an adjective, before a bare noun, starts a noun phrase. */
function adjectival(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const next = tokens[at + 1];
  // ... only when a verb of its own follows: "Clear backlog tickets before the release" is an order.
  let verbLater = false;
  for (let k = at + 2; k < at + 8 && k < clauseEnd(scan, at); k++) if (isVerbForm(lex, tokens[k])) verbLater = true;
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
}

/** Is token `at` in a verb's place (as `form`, or as a word the lexicon does not know)? */
export function isSlot(scan: VerbScan, at: number, form: VerbForm | undefined): boolean {
  const { lex } = scan;
  const previous = previousWord(scan, at);
  // The first word of a clause (after adverbs, hedges and times): an imperative ("Draft the plan", "Lever het plan op").
  if (previous === undefined) return !(lex.locale === 'en' && adjectival(scan, at));
  // After a subject or an auxiliary, after "to" or "te", and a participle after "is" or "heb".
  if (is(lex, 'subjects', previous) || is(lex, 'auxiliaries', previous)) return true;
  if (previous.lower === 'te' || previous.lower === 'to') return true;
  if (is(lex, 'passiveAuxiliaries', previous) && (form?.kind === 'participle' || form?.kind === 'ing')) return true;
  return lex.locale === 'nl' ? dutchSlot(scan, at, form) : englishSlot(scan, at, form, previous);
}

/** Dutch places: before a subject ("Morgen bel ik"), and at the end of the clause (verb-final). */
function dutchSlot(scan: VerbScan, at: number, form: VerbForm | undefined): boolean {
  const { lex, tokens } = scan;
  const next = tokens[at + 1];
  if (next !== undefined && is(lex, 'subjects', next)) return true;
  // Verb-final: an infinitive or participle at the end of the clause, or before a phrase pushed
  // behind it ("structuur aanbrengen in mijn werk"); a finite form there is a noun ("in mijn werk").
  if (form?.kind !== 'finite') {
    const end = clauseEnd(scan, at);
    const after = tokens[at + 1];
    const before = tokens[at - 1];
    const tail = at === end - 1 || (after !== undefined && is(lex, 'prepositions', after));
    const headed = before !== undefined && before.word && !is(lex, 'determiners', before) && !is(lex, 'prepositions', before);
    if (tail && (form !== undefined || headed)) return true;
    // "Ik wil mijn registratie verlengen en ik ga ...": after an auxiliary, the word before a
    // coordinator or a comma closes its clause, so it stands at the end.
    const closes = after !== undefined && (after.text === ',' || phraseAt(lex, 'coordinators', tokens, at + 1) > 0);
    if (closes && headed && auxiliaryBefore(scan, at)) return true;
  }
  return false;
}

/** An auxiliary earlier in the clause, with no coordinator or comma between: "wil ... verlengen". */
function auxiliaryBefore(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  for (let k = at - 1; k >= clauseStart(scan, at) && k >= at - 8; k--) {
    const token = tokens[k] as Token;
    if (!token.word || phraseAt(lex, 'coordinators', tokens, k) > 0) return false;
    if (is(lex, 'auxiliaries', token)) return true;
  }
  return false;
}

/** English places: a gerund after a preposition, a verb after "and", a third-person form after its subject. */
function englishSlot(scan: VerbScan, at: number, form: VerbForm | undefined, previous: Token): boolean {
  const { lex, tokens, verbs } = scan;
  const token = tokens[at] as Token;
  if (/^(?:by|through|via|from|after|before|when|while|for|about|on|of|without)$/u.test(previous.lower) && form?.kind === 'ing')
    return true;
  if (/^(?:and|or|then|&)$/u.test(previous.lower) && (verbs.length > 0 || form !== undefined)) return true;
  // "the rota goes out", "Sanne completes": a third-person form after a noun, when no verb came before.
  // (A verb before counts only in the same clause: "Learn how the pricing engine works".)
  let opener = clauseStart(scan, at);
  for (let k = at - 1; k > opener && k >= at - 12; k--) if (phraseAt(lex, 'clauseOpeners', tokens, k) > 0) opener = k;
  const verbBefore = verbs.some((verb) => verb.head < at && verb.head >= opener);
  const nounBefore = !is(lex, 'determiners', previous) && !is(lex, 'prepositions', previous);
  if (form?.kind === 'finite' && /s$/u.test(token.lower) && nounBefore && !verbBefore) return true;
  // "Open incidents drop below 25", "costs go down": a plural subject before a verb of change.
  return form?.verbClass === 'change' && form.kind === 'infinitive' && /s$/u.test(previous.lower) && !is(lex, 'determiners', previous);
}

/** A word right after a number, a determiner or a preposition is a noun: "12 boeken", "op zak", "the plan". */
export function nounPlace(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const before = tokens[at - 1];
  if (before === undefined || !before.word) return false;
  if (countingNumber(scan, before)) return true;
  const token = tokens[at] as Token;
  // "het samenvatten" after "ga", "zijn afgeletterd", "het staat online": these words are also pronouns or verbs.
  // ... but only as a verb at the end ("ga het samenvatten", "zijn afgeletterd") or right after a
  // pronoun that opens the clause ("Het staat online"); "tijdens het overleg" is a noun.
  const nonFinite = lex.verbs.get(token.lower).some((form) => form.kind !== 'finite');
  const opensClause = clauseStart(scan, at) === at - 1;
  // "voor het bouwen", "bij het sorteren": after a preposition "het" + infinitive is a noun.
  const afterPreposition = is(lex, 'prepositions', tokens[at - 2]);
  if (
    is(lex, 'pronouns', before) &&
    lex.verbs.has(token.lower) &&
    nounClass(lex, token.lower) === undefined &&
    (nonFinite || opensClause) &&
    !afterPreposition
  )
    return false;
  if (is(lex, 'determiners', before) && !is(lex, 'quantifiers', before)) return true;
  // "from now on be patient": a preposition that ends a time phrase governs nothing after it.
  return (
    is(lex, 'prepositions', before) &&
    !blocked(scan, before) &&
    before.lower !== 'te' &&
    before.lower !== 'to' &&
    !(lex.locale === 'en' && /ing$/u.test(token.lower))
  );
}

/** Does `particle` stand at token `at`? */
function particleAt(tokens: readonly Token[], at: number, particle: readonly string[]): boolean {
  for (let p = 0; p < particle.length; p++) if ((tokens[at + p] as Token).lower !== particle[p]) return false;
  return true;
}

/**
 * The particle of a verb later in its clause ("rond ... af", "set ... up"), within `window` words.
 * Words of a date or period do not count against the window: "rond [voor het einde van het
 * schooljaar] het dossier af" is as close as "rond het dossier af". Bounded: at most twice the window.
 */
export function particleAfter(scan: VerbScan, at: number, particle: readonly string[], window: number): number[] | undefined {
  const { tokens } = scan;
  let reach = at + window + particle.length + 1;
  for (let k = at + 1; k < reach && k < at + 2 * window + particle.length + 1 && k < tokens.length; k++)
    if (blocked(scan, tokens[k] as Token)) reach++;
  const end = Math.min(clauseEnd(scan, at), reach);
  for (let k = at + 1; k + particle.length <= end; k++) {
    // The preposition that opens a time is the time's ("books ... in Q2" is no "book in").
    let fits = particleAt(tokens, k, particle) && scan.timeCover[(tokens[k] as Token).start] !== 1;
    if (fits && scan.lex.locale === 'nl' && particle.length === 1 && !closesClause(scan, k + particle.length)) fits = false;
    if (fits) return particle.map((_, p) => k + p);
  }
  return undefined;
}

/**
 * A Dutch particle ends the clause or stands before what is pushed behind it; "voor het diploma"
 * is a preposition with its noun phrase, not the particle of "doe ... voor". A time after it ends
 * the clause too, whatever word opens it ("rond de cursus af uiterlijk eind maart", "af eind Q3").
 */
function closesClause(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const following = tokens[at];
  return (
    following === undefined ||
    !following.word ||
    scan.timeCover[following.start] === 1 ||
    lex.verbs.has(following.lower) ||
    following.lower === 'te' ||
    phraseAt(lex, 'clauseOpeners', tokens, at) > 0 ||
    (is(lex, 'prepositions', following) && !is(lex, 'determiners', following))
  );
}

/** The particle of a Dutch verb right before it: "af te ronden", "in kaart brengen", "op te stellen". */
export function particleBefore(scan: VerbScan, at: number, particle: readonly string[]): number[] | undefined {
  for (const gap of [0, 1]) {
    const first = at - gap - particle.length;
    if (first < 0) continue;
    if (gap === 1 && scan.tokens[at - 1]?.lower !== 'te') continue;
    if (particleAt(scan.tokens, first, particle)) return particle.map((_, p) => first + p);
  }
  return undefined;
}

/**
 * "ik behaal het certificaat veilig werken langs de weg", *Jeroen volgt de training klantgericht
 * communiceren*: in Dutch a course or certificate is often named by what it teaches, an infinitive
 * right behind it (an adverb or two between), also in lower case where no capital shows the title. It
 * is the title, not a verb, when the clause has a full verb of its own besides it ("de cursus snel
 * afronden" has none, "ik ga de scholing wondzorg volgen" only an auxiliary: there the infinitive is the verb).
 */
export function inTitle(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  if (lex.locale !== 'nl' || !lex.verbs.get((tokens[at] as Token).lower).some((form) => form.kind === 'infinitive')) return false;
  let noun = -1;
  for (let k = at - 1; k >= Math.max(clauseStart(scan, at), at - 3); k--) {
    const token = tokens[k] as Token;
    const kind = nounClass(lex, token.lower);
    if (kind === 'vehicles' || kind === 'credentials') {
      noun = k;
      break;
    }
    if (!token.word || is(lex, 'function', token) || is(lex, 'prepositions', token) || isVerbForm(lex, token)) return false;
  }
  if (noun < 0 || noun === at - 1) return false;
  const from = Math.max(clauseStart(scan, at), at - 12);
  const to = Math.min(clauseEnd(scan, at), at + 12);
  // ("Ik ga de scholing wondzorg volgen": beside an auxiliary or a wish the infinitive is the verb.)
  const fullVerb = (token: Token): boolean => isVerbForm(lex, token) && !is(lex, 'auxiliaries', token) && !is(lex, 'wishVerbs', token);
  // Only within its part of the clause, up to "en", "of" or a mark either way: "de cursus Excel afronden
  // en vaker feedback vragen", *de training volgen en het certificaat ook echt halen* have two verbs.
  for (let k = noun - 1; k >= from; k--) {
    const token = tokens[k] as Token;
    if (!token.word || is(lex, 'coordinators', token)) break;
    if (fullVerb(token)) return true;
  }
  for (let k = at + 1; k < to; k++) {
    const token = tokens[k] as Token;
    if (!token.word || is(lex, 'coordinators', token)) return false;
    if (fullVerb(token)) return true;
  }
  return false;
}
