// The sentences of a goal text that say something about the goal but set none: the support it needs,
// the problem it starts from, a look back, what is left open or not known yet, how it is felt, that it
// was agreed. `withoutRemarks` passes them over when another sentence holds the goal.
import type { CompiledLexicon } from '../lexicon/index.js';
import type { Token } from './tokens.js';
import { phraseAt } from './tokens.js';

/** Marks that end a sentence. */
const sentenceEnds: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n']);

/** Does the sentence from token `from` to `to` say that a kind of support is needed ("need to" is a goal: "I need to finish")? */
function needsSupport(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  let need = false;
  let support = false;
  for (let at = from; at < to; at++) {
    const token = tokens[at] as Token;
    if (!token.word) continue;
    if (phraseAt(lex, 'needWords', tokens, at) > 0 && tokens[at + 1]?.lower !== 'to') need = true;
    if (phraseAt(lex, 'supportKinds', tokens, at) > 0) support = true;
  }
  return need && support;
}

/** Is the sentence a problem statement ("Ik merk dat ik moeite heb met plannen") that says no intent? */
function problemOnly(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  // "Omdat ik merk dat ..., volg ik ...": a problem in a clause of its own leads up to the goal.
  if (phraseAt(lex, 'clauseOpeners', tokens, from) > 0) return false;
  let problem = false;
  for (let at = from; at < to; at++) {
    if (!(tokens[at] as Token).word) continue;
    if (phraseAt(lex, 'intentWords', tokens, at) > 0) return false;
    // The problem is what the sentence is about when it comes first ("In mijn rol merk ik dat ...").
    if (at - from < problemReach && phraseAt(lex, 'problemPhrases', tokens, at) > 0) problem = true;
  }
  return problem;
}

/**
 * Is the sentence a short look back ("Vorig jaar heb ik de basiscursus gedaan.")? It opens with a time
 * in the past, says no intent, is one clause (no comma, colon or semicolon: "Vorige maand startte ik
 * met de module; die rond ik voor 1 maart af" goes on to a goal) and ends as a sentence does.
 */
function lookingBack(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  const end = tokens[to];
  if (end !== undefined && !sentenceEnds.has(end.text)) return false;
  return end?.text !== ';' && phraseAt(lex, 'pastTimes', tokens, from) > 0 && oneClauseWithoutIntent(lex, tokens, from, to);
}

/** Is the sentence one clause (no comma, colon or semicolon) without a word of intent? */
function oneClauseWithoutIntent(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const token = tokens[at] as Token;
    if (!token.word && /^[,:;]$/u.test(token.text)) return false;
    if (token.word && phraseAt(lex, 'intentWords', tokens, at) > 0) return false;
  }
  return true;
}

/** Does the sentence leave the goal open ("Wat het precies wordt, zie ik nog wel", "I'll see what works")? */
function openEnding(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((tokens[at] as Token).word && phraseAt(lex, 'openEndings', tokens, at) > 0) return true;
  return false;
}

/**
 * Does the sentence only say the writer does not know yet ("Hoe precies weet ik nog niet.", I do not
 * know exactly how yet.)? One clause (no comma, colon or semicolon: "Ik weet nog niet hoe, maar voor 1
 * juni ..." holds a goal) with a phrase of the lexicon list `unsure` and no word of intent.
 */
function unsureOnly(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  let unsure = false;
  for (let at = from; at < to && !unsure; at++) unsure = phraseAt(lex, 'unsure', tokens, at) > 0;
  return unsure && oneClauseWithoutIntent(lex, tokens, from, to);
}

/** At most this many words in a sentence that says how the goal is felt or that it was agreed. */
const maxShortAside = 12;

/**
 * Is the sentence a short aside of one kind: how the goal is felt ("Daar heb ik echt zin in!", I'm
 * really looking forward to it), or that it was agreed ("Dit heb ik met Henk besproken.", I discussed
 * this with Henk: a word of agreeing and one that points back)? One clause (no comma or colon: "De
 * cursus afronden, daar heb ik zin in" holds the goal), a phrase of the kind and no word of intent.
 */
function shortAside(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  kind: 'feelingAsides' | 'agreedVerbs',
): boolean {
  let words = 0;
  let phrase = false;
  let pointer = kind === 'feelingAsides';
  let moodVerb = -1;
  for (let at = from; at < to; at++) {
    const token = tokens[at] as Token;
    if (!token.word) {
      if (token.text === ',' || token.text === ':') return false;
      continue;
    }
    if (++words > maxShortAside || phraseAt(lex, 'intentWords', tokens, at) > 0) return false;
    if (phraseAt(lex, kind, tokens, at) > 0) phrase = true;
    if (phraseAt(lex, 'agreedPointers', tokens, at) > 0) pointer = true;
    if (kind === 'feelingAsides' && phraseAt(lex, 'moodVerbs', tokens, at) > 0) moodVerb = words;
    if (kind === 'feelingAsides' && moodVerb >= 0 && words - moodVerb <= maxMoodReach && mood(lex, tokens, at, to)) phrase = true;
  }
  return phrase && pointer;
}

/** A mood stands at most this many words after its verb ("Ik ben er echt heel blij mee"). */
const maxMoodReach = 4;

/**
 * Is the word at `at` a mood that ends what the sentence says: no number in the sentence after it,
 * and no clause or infinitive after it ("blij als ik slaag", motivated to pass), which would name an
 * outcome or a goal?
 */
function mood(lex: CompiledLexicon, tokens: readonly Token[], at: number, to: number): boolean {
  if (phraseAt(lex, 'moods', tokens, at) === 0) return false;
  for (let next = at + 1; next < to; next++) {
    const token = tokens[next] as Token;
    if (!token.word) continue;
    if (/\p{N}/u.test(token.text) || phraseAt(lex, 'clauseOpeners', tokens, next) > 0) return false;
    if (token.lower === 'om' || token.lower === 'to') return false;
  }
  return true;
}

/**
 * Where the sentence from token `from` says what it says: after an afterthought's label and its colon
 * ("PS: daar heb ik zin in!"), else at its start.
 */
export function afterPostscript(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): number {
  const label = phraseAt(lex, 'postscripts', tokens, from);
  if (label === 0) return from;
  const next = from + label;
  return next < to && tokens[next]?.text === ':' ? next + 1 : next;
}

/** A problem statement names its problem within this many tokens of its start. */
const problemReach = 8;

/**
 * Is the sentence from token `from` to `to` an aside of one of the kinds above, a reason or benefit
 * (it opens with a phrase of `whyOpeners`), a closing, or a question to the reader ("Klopt dat zo?")?
 */
export function isAsideSentence(lex: CompiledLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  const said = afterPostscript(lex, tokens, from, to);
  return (
    needsSupport(lex, tokens, from, to) ||
    phraseAt(lex, 'whyOpeners', tokens, from) > 0 ||
    problemOnly(lex, tokens, from, to) ||
    lookingBack(lex, tokens, from, to) ||
    openEnding(lex, tokens, from, to) ||
    unsureOnly(lex, tokens, from, to) ||
    shortAside(lex, tokens, said, to, 'feelingAsides') ||
    shortAside(lex, tokens, said, to, 'agreedVerbs') ||
    phraseAt(lex, 'closings', tokens, from) > 0 ||
    tokens[to]?.text === '?'
  );
}
