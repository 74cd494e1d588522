// Verbs: which words of a goal text are verbs, of which class, and whether they are passive.
import type { CompiledLexicon, VerbClass, VerbForm } from '../lexicon/index.js';
import { slipBucket } from '../lexicon/index.js';
import { hardBreak } from './clauses.js';
import type { Verb, VerbScan } from './places.js';
import {
  blocked,
  clauseEnd,
  clauseStart,
  countBefore,
  finalInfinitive,
  inTitle,
  inQuantity,
  isSlot,
  isVerbForm,
  knownVerbLater,
  notAVerb,
  nounPlace,
  particleAfter,
  particleBefore,
  previousWord,
  verbScan,
} from './places.js';
import type { Found } from './tables.js';
import { classOrder } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt } from './tokens.js';

/** One reading of the words at a token as a verb; the finder keeps the best and its equals. */
interface Candidate {
  verbClass: VerbClass | 'unknown';
  needs: VerbForm['needs'];
  tokens: number[];
  form?: VerbForm;
  /** A participle after what it is done to, with no verb of its own in the clause ("module 3 finished"): passive. */
  afterObject?: boolean;
}

/**
 * Finds the verbs: forms from the lexicon (and, in a verb's place, words the lexicon does not know),
 * split Dutch verbs with their particle later in the clause, English phrasal verbs with theirs.
 * Ambiguous forms (a noun too: "plan", "werk", "call") count only in a verb's place.
 */
export function findVerbs(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array, found: Found): Verb[] {
  const scan = verbScan(lex, tokens, timeCover, found);
  // Two passes: verbs of several words first (a split verb, a phrasal verb), so that "laten" in
  // "laten weten" is read as part of that verb, not as a verb of its own; then single words.
  for (const pass of ['multi', 'single'] as const) {
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      if (!token.word || scan.used.has(at) || blocked(scan, token) || inName(tokens, at) || inTitle(scan, at)) continue;
      if (
        pass === 'single' &&
        (nounPlace(scan, at) || countBefore(scan, at)) &&
        !participleAfterObject(scan, at) &&
        !finalInfinitive(scan, at)
      )
        continue;
      const candidates = pass === 'multi' ? multiWordCandidates(scan, at) : singleWordCandidates(scan, at);
      if (candidates.length > 0) addVerb(scan, at, candidates);
    }
  }
  return [...scan.verbs].sort((a, b) => a.head - b.head);
}

/** Is there a verb form from `from` on, before a clause of its own opens (a bounded look)? */
function verbLater(scan: VerbScan, from: number): boolean {
  const { lex, tokens } = scan;
  const end = Math.min(clauseEnd(scan, from), from + 12);
  for (let k = from; k < end; k++) {
    const token = tokens[k] as Token;
    if (is(lex, 'purpose', token) || phraseAt(lex, 'clauseOpeners', tokens, k) > 0) return false;
    if (isVerbForm(lex, token) && !blocked(scan, token)) return true;
  }
  return false;
}

/** "de cursus Lean Yellow Belt": a capitalised word right after another is part of a name, no verb ("belt"). */
function inName(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const capital = (token: Token | undefined): boolean => token !== undefined && token.word && /^\p{Lu}\p{Ll}/u.test(token.text);
  return capital(tokens[at]) && capital(previous);
}

/** Verbs of several words at `at`: a split Dutch verb with its particle, a phrasal verb with its own. */
function multiWordCandidates(scan: VerbScan, at: number): Candidate[] {
  const { lex, tokens, used } = scan;
  const token = tokens[at] as Token;
  const candidates: Candidate[] = [];
  // Split Dutch verbs: "rond ... af", "we ronden ... af", "af te ronden".
  for (const split of lex.splitVerbs.get(token.lower)) {
    const before = particleBefore(scan, at, split.particle);
    // The infinitive ("brengen") has its particle before it ("in te brengen", "inbrengen"); only
    // as a plural finite verb ("we brengen het voorstel in") does it come after.
    const finitePlural = token.lower !== split.base || is(lex, 'subjects', tokens[at + 1]) || is(lex, 'subjects', previousWord(scan, at));
    const after = before === undefined && finitePlural ? particleAfter(scan, at, split.particle, 12) : undefined;
    const particle = before ?? after;
    if (particle === undefined || particle.some((k) => used.has(k))) continue;
    candidates.push({ verbClass: split.verbClass, needs: split.needs, tokens: [...particle, at].sort((a, b) => a - b) });
  }
  // "klaar met module 3", done with the course: being through with a course is finishing it (a
  // course it must be: "klaar met uitstellen", done with waiting, is no outcome).
  const completion = phraseAt(lex, 'completionPhrases', tokens, at);
  const through = Array.from({ length: completion }, (_, k) => at + k);
  if (completion > 1 && !through.some((k) => used.has(k) || blocked(scan, tokens[k] as Token)))
    candidates.push({ verbClass: 'pass', needs: 'vehicle', tokens: through });
  // "ik wil mee met de accountmanager", I want along with the driver: a wish and a particle of going,
  // with no verb of their own, are going along (attending).
  const along = tokens[at + 1];
  if (is(lex, 'wishVerbs', token) && is(lex, 'goingParticles', along) && !used.has(at + 1) && !verbLater(scan, at + 2))
    candidates.push({ verbClass: 'attend', needs: undefined, tokens: [at, at + 1] });
  // Forms with a particle of their own: "set ... up", "kom ... op".
  for (const form of lex.verbs.get(token.lower)) {
    if (form.particle.length === 0) continue;
    const particle =
      particleAfter(scan, at, form.particle, lex.locale === 'en' ? 4 : 0) ??
      (lex.locale === 'nl' ? particleBefore(scan, at, form.particle) : undefined);
    if (particle === undefined || particle.some((k) => used.has(k))) continue;
    if (lex.locale === 'en' && !isSlot(scan, at, form)) continue;
    candidates.push({ verbClass: form.verbClass, needs: form.needs, tokens: [at, ...particle].sort((a, b) => a - b), form });
  }
  return candidates;
}

/**
 * A word no list of the lexicon knows, of six to twenty-four letters: only such a word may be a verb
 * typed with a slip (a longer run of letters is no verb, and trying every slip of it would cost the
 * square of its length).
 */
function unknownWord(lex: CompiledLexicon, token: Token, order = false): boolean {
  return (
    (/^\p{Ll}{6,24}$/u.test(token.text) || (order && /^\p{L}\p{Ll}{4}$/u.test(token.text))) &&
    nounClass(lex, token.lower) === undefined &&
    !is(lex, 'function', token) &&
    !is(lex, 'prepositions', token) &&
    !is(lex, 'determiners', token) &&
    !lex.splitVerbs.has(token.lower)
  );
}

/**
 * "finsh the GDPR refresher", I will finsh the course: an English word of five letters first in its
 * clause or after a helping verb, and right before a determiner, stands where only a verb does, so it
 * may be a six-letter verb with a letter left out. Elsewhere a short word has real look-alikes
 * (lunch, launch; weken, werken) and is never guessed.
 */
function order(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const previous = previousWord(scan, at);
  return lex.locale === 'en' && (previous === undefined || is(lex, 'auxiliaries', previous)) && is(lex, 'determiners', tokens[at + 1]);
}

/** Is `word` the `form` with one letter left out (`form` one longer), or with two neighbours swapped? */
function oneSlipFrom(form: string, word: string): boolean {
  let at = 0;
  while (at < word.length && form[at] === word[at]) at++;
  if (form.length === word.length + 1) return form.slice(at + 1) === word.slice(at);
  return (
    form.length === word.length &&
    at + 1 < word.length &&
    form[at] === word[at + 1] &&
    form[at + 1] === word[at] &&
    form.slice(at + 2) === word.slice(at + 2)
  );
}

/**
 * The verb form a word is with one slip of the keyboard repaired ("complte" is "complete", "afonden"
 * is "afronden"): one letter left out or two neighbours swapped, never the first letter. Only a form
 * of six letters or more of a verb of a real action (the lexicon's `slipForms`), and only when
 * exactly one form fits. The word is compared with the forms of its first letter and of its length
 * or one more, without building a single string, so a text of unknown words stays fast.
 */
function repairedVerb(lex: CompiledLexicon, word: string): string | undefined {
  const first = word[0] as string;
  const fits = [...lex.slipForms.get(slipBucket(first, word.length + 1)), ...lex.slipForms.get(slipBucket(first, word.length))].filter(
    (form) => oneSlipFrom(form, word),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** A single word at `at`: a known form (in a verb's place when it is ambiguous), or an unknown word in one. */
function singleWordCandidates(scan: VerbScan, at: number): Candidate[] {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  const candidates: Candidate[] = [];
  // "spot-check", "double-check", "co-host": an English verb with a short prefix is that verb.
  const hyphen = token.lower.lastIndexOf('-');
  const prefixed =
    lex.locale === 'en' && !lex.verbs.has(token.lower) && hyphen > 0 && hyphen <= 6 ? token.lower.slice(hyphen + 1) : token.lower;
  const key = lex.verbs.has(prefixed) || !unknownWord(lex, token, order(scan, at)) ? prefixed : (repairedVerb(lex, prefixed) ?? prefixed);
  const afterObject = participleAfterObject(scan, at);
  for (const form of lex.verbs.get(key)) {
    if (form.particle.length > 0) continue;
    if (afterObject) {
      if (form.kind === 'participle') candidates.push({ verbClass: form.verbClass, needs: form.needs, tokens: [at], form, afterObject });
      continue;
    }
    // Every English form, and a Dutch finite form that is also a noun or a function word, is a verb only in a verb's place.
    const ambiguous =
      lex.locale === 'en' ||
      (form.kind === 'finite' &&
        (nounClass(lex, token.lower) !== undefined ||
          is(lex, 'function', token) ||
          is(lex, 'prepositions', token) ||
          is(lex, 'determiners', token)));
    if (ambiguous && !isSlot(scan, at, form)) continue;
    candidates.push({ verbClass: form.verbClass, needs: form.needs, tokens: [at], form });
  }
  if (candidates.length === 0 && unknownParticiple(scan, at))
    candidates.push({
      verbClass: 'unknown',
      needs: undefined,
      tokens: [at],
      form: { lemma: token.lower, verbClass: 'produce', particle: [], needs: undefined, kind: 'participle' },
    });
  if (candidates.length === 0 && unknownVerb(scan, at)) candidates.push({ verbClass: 'unknown', needs: undefined, tokens: [at] });
  return candidates;
}

/** Verb classes whose participle after a thing says the thing is done: finished, submitted, written, checked. */
const doneClasses: ReadonlySet<VerbClass> = new Set(['pass', 'produce', 'event']);

/**
 * "module 3 finished by week 14", the report submitted by May: an English participle of a verb that
 * makes or completes, right after the noun it is done to, with no verb before it in its clause, and
 * before a preposition or the end, says the thing is done (a passive without its "is"). Not before a
 * noun ("the finished report"), nor after a determiner, a preposition, a subject or a helping verb.
 */
function participleAfterObject(scan: VerbScan, at: number): boolean {
  const { lex, tokens, verbs } = scan;
  const token = tokens[at] as Token;
  if (lex.locale !== 'en' || !lex.verbs.get(token.lower).some((form) => form.kind === 'participle' && doneClasses.has(form.verbClass)))
    return false;
  const before = tokens[at - 1];
  const start = clauseStart(scan, at);
  if (before === undefined || !before.word || at - 1 < start || blocked(scan, before)) return false;
  if (
    (['determiners', 'prepositions', 'subjects', 'auxiliaries', 'passiveAuxiliaries', 'function'] as const).some((name) =>
      is(lex, name, before),
    )
  )
    return false;
  if (verbs.some((verb) => verb.head >= start && verb.head < at)) return false;
  const next = tokens[at + 1];
  return next === undefined || !next.word || is(lex, 'prepositions', next) || blocked(scan, next);
}

/** A participle the lexicon does not know, after "heb", "is", "have", "been": "gecategoriseerd", "restocked". */
function unknownParticiple(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  const helper = tokens.slice(Math.max(clauseStart(scan, at), at - 12), at).some((candidate) => is(lex, 'passiveAuxiliaries', candidate));
  return (
    helper &&
    ((lex.locale === 'nl' && /^(?:[a-zé]{0,8})ge[a-zé]{3,}(?:d|t)$/u.test(token.lower)) ||
      (lex.locale === 'en' && token.lower.length > 5 && token.lower.endsWith('ed')))
  );
}

/** A word the lexicon does not know, in a verb's place: an action all the same (restyle, uitfaseren). */
function unknownVerb(scan: VerbScan, at: number): boolean {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  // "Plan the review": a word first in its clause before a determiner is an order, even when it is a noun too.
  const nounImperative = lex.locale === 'en' && previousWord(scan, at) === undefined && is(lex, 'determiners', tokens[at + 1]);
  // A word of one or two letters is no verb the lexicon missed ("certificate to hr": an abbreviation in lower case).
  if (
    token.lower.length <= 2 ||
    notAVerb(lex, token) ||
    (nounClass(lex, token.lower) !== undefined && !nounImperative) ||
    inQuantity(scan, token) ||
    !isSlot(scan, at, undefined)
  )
    return false;
  const previous = previousWord(scan, at);
  const slot = lex.locale === 'nl' ? unknownDutchSlot(scan, at, previous) : unknownEnglishSlot(scan, at, previous);
  // After a verb comes its object: "Ask residents", "Greet guests".
  const afterVerb =
    previous !== undefined && lex.verbs.has(previous.lower) && !is(lex, 'auxiliaries', previous) && !is(lex, 'subjects', previous);
  // "Gedurende het schooljaar geef ik leerlingen ...": after a verb and its subject comes the object.
  const verbBefore = previous === undefined ? undefined : tokens[previous.index - 1];
  const inverted =
    lex.locale === 'nl' &&
    is(lex, 'subjects', previous) &&
    verbBefore !== undefined &&
    lex.verbs.has(verbBefore.lower) &&
    !is(lex, 'auxiliaries', verbBefore) &&
    !is(lex, 'subjects', verbBefore);
  return slot && !afterVerb && !inverted;
}

/** An unknown Dutch word is a verb as an infinitive ("-en") in its place, or beside a subject. */
function unknownDutchSlot(scan: VerbScan, at: number, previous: Token | undefined): boolean {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  // "drukke diensten": after an inflected adjective comes a noun, not an infinitive. Nouns in -ie and
  // -age are no adjectives ("mijn registratie verlengen", "de rapportage automatiseren").
  const afterAdjective =
    previous !== undefined &&
    previous.lower.endsWith('e') &&
    !/(?:ie|age)$/u.test(previous.lower) &&
    !lex.verbs.has(previous.lower) &&
    !is(lex, 'function', previous);
  const dutchInfinitive =
    token.lower.length > 4 && token.lower.endsWith('en') && previous !== undefined && !knownVerbLater(scan, at) && !afterAdjective;
  return dutchInfinitive || is(lex, 'subjects', tokens[at + 1]) || is(lex, 'subjects', previous);
}

/** An unknown English word first in its clause is an imperative only before what it acts on: "Restyle the menu". */
function unknownEnglishSlot(scan: VerbScan, at: number, previous: Token | undefined): boolean {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  const objectNext =
    next !== undefined &&
    next.word &&
    (is(lex, 'determiners', next) ||
      /^\p{N}/u.test(next.text) ||
      is(lex, 'numberWords', next) ||
      /^(?:it|them|him|her|me|us|myself)$/u.test(next.lower));
  // Nouns and adverbs by their ending, and words with capitals or digits inside (names, exam codes
  // typed in lower case: "az-900"), are no verbs.
  return (
    !/(?:ly|ness|tion|ment|ity)$/u.test(token.lower) && !/\p{Lu}|\p{N}/u.test(token.text.slice(1)) && (previous !== undefined || objectNext)
  );
}

/** Keeps the best reading at `at` as a verb, with the other readings of the same words beside it. */
function addVerb(scan: VerbScan, at: number, candidates: Candidate[]): void {
  const { lex, tokens } = scan;
  const token = tokens[at] as Token;
  // More words (a particle found) first, then the more telling class.
  candidates.sort((a, b) => b.tokens.length - a.tokens.length || classOrder.indexOf(a.verbClass) - classOrder.indexOf(b.verbClass));
  // "me inwerken in de cao": working oneself in is learning; "drie kelners inwerken" is onboarding.
  for (const candidate of candidates) {
    const reflexive = candidate.tokens.some((k) => /^(?:me|mij|mezelf|zich|zichzelf|ons)$/u.test(tokens[k - 1]?.lower ?? ''));
    if (lex.locale === 'nl' && candidate.verbClass === 'produce' && reflexive && lex.words.reflexiveLearning.get(token.lower).length > 0)
      candidate.verbClass = 'learn';
  }
  const best = candidates[0] as Candidate;
  const alternatives = candidates.filter((candidate) => candidate.tokens.length === best.tokens.length);
  const passive = best.afterObject === true || isPassive(lex, tokens, at, best.form);
  const verb: Verb = { tokens: best.tokens, head: at, verbClass: best.verbClass, needs: best.needs, clause: 0, passive };
  scan.verbs.push(verb);
  // Keep the other readings of the same words: the object decides between them later.
  for (const alternative of alternatives.slice(1)) {
    if (alternative.verbClass !== best.verbClass || alternative.needs !== best.needs)
      scan.verbs.push({ ...verb, verbClass: alternative.verbClass, needs: alternative.needs, alternative: true } as Verb);
  }
  for (const k of best.tokens) scan.used.add(k);
}

/** Is the verb at `at` passive: a participle with "is", "wordt", "been" near it in its clause? */
export function isPassive(lex: CompiledLexicon, tokens: readonly Token[], at: number, form: VerbForm | undefined): boolean {
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
