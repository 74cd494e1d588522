// Remarks on how a goal was agreed ("zoals afgesproken met Ahmed", "as discussed with my manager")
// are about the conversation, not the goal, and a sentence on the support a goal needs ("Hiervoor
// heb ik steun van mijn leidinggevende nodig") names a condition, not a goal: the reader passes over
// both.
import type { CompiledLexicon } from '../lexicon/index.js';
import type { Token } from './tokens.js';
import { capitals, phraseAt, tokenize } from './tokens.js';
import { afterPostscript, isAsideSentence } from './asides.js';

/** At most this many tokens after the remark's phrase still belong to it: with whom, when or where. */
const maxTail = 8;

/** Marks that end a remark's tail. */
const tailEnds: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',', '(', ')', '\n', '•', '*', '|']);

/** Marks that end a sentence (or the text): a comma before a remark that runs to one goes with it. */
const sentenceEnds: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n']);

/** The end (a token index) of the remark whose phrase spans `at` to `phraseEnd`, with its tail if it has one. */
function remarkEnd(lex: CompiledLexicon, tokens: readonly Token[], phraseEnd: number): number {
  // "met Ahmed", "in ons gesprek van 3 maart", "with my manager": a tail opens with a preposition.
  if (phraseAt(lex, 'prepositions', tokens, phraseEnd) === 0) return phraseEnd;
  let end = phraseEnd;
  while (end < tokens.length && end - phraseEnd <= maxTail && !tailEnds.has((tokens[end] as Token).text)) end++;
  const closed = end >= tokens.length || tailEnds.has((tokens[end] as Token).text);
  return closed && end - phraseEnd <= maxTail ? end : phraseEnd;
}

/**
 * The text with each remark on how the goal was agreed, and each aside sentence, blanked out (spaces
 * of the same length, so every offset stays valid); with its tokens when nothing was blanked, so the
 * reader does not make them twice. A remark is its phrase (a lexicon list), a short tail that says
 * with whom or where, the brackets around it and the comma before it when it ends the sentence; an
 * aside is a whole sentence, or what follows a heading's colon (see `asideSentences`); dressing is a
 * hashtag, a list's tail or a signed name (see `dressing`). Linear: one pass over the tokens, each
 * phrase of a list tried at each word.
 */
export function withoutRemarks(text: string, lex: CompiledLexicon): { readonly text: string; readonly tokens?: readonly Token[] } {
  const tokens = tokenize(text, lex);
  let chars: string[] | undefined;
  const dressed = dressing(lex, tokens);
  const mask = new Uint8Array(text.length + 1);
  for (const [from, to] of dressed) mask.fill(1, from, to);
  const blanked = [
    ...salutation(lex, tokens),
    ...itemLabels(lex, tokens),
    ...glosses(tokens),
    ...dressed,
    ...asideSentences(lex, tokens, mask),
  ];
  for (const [from, to] of blanked) {
    chars ??= text.split('');
    chars.fill(' ', from, to);
  }
  for (let at = 0; at < tokens.length; at++) {
    const before = tokens[at - 1];
    const remark = phraseAt(lex, 'agreementRemarks', tokens, at);
    const bracketed = remark === 0 && before?.text === '(' ? phraseAt(lex, 'bracketedRemarks', tokens, at) : 0;
    const length = remark + bracketed;
    if (length === 0) continue;
    const end = remarkEnd(lex, tokens, at + length);
    const after = tokens[end];
    // "(discussed with my manager)" is a remark only when the brackets hold nothing else.
    if (bracketed > 0 && after?.text !== ')') continue;
    let from = (tokens[at] as Token).start;
    let to = (tokens[end - 1] as Token).end;
    if (before?.text === '(' && after?.text === ')') {
      from = before.start;
      to = after.end;
    } else if (before?.text === ',' && (after === undefined || sentenceEnds.has(after.text))) {
      from = before.start;
    }
    chars ??= text.split('');
    chars.fill(' ', from, to);
    at = end - 1;
  }
  // Untouched, the text's tokens are the reader's too: they are not made twice.
  return chars === undefined ? { text, tokens } : { text: chars.join('') };
}

/**
 * What dresses a message and says nothing about the goal: a hashtag ("#pop2027"), a list's tail at
 * the end of a sentence ("... af enz.") and a name signed after a dash at the very end (". - Sanne de
 * Vries").
 */
function dressing(lex: CompiledLexicon, tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const next = tokens[at + 1];
    // "#pop2027": a tag glued to a word; "#4521" (a ticket's number) names a thing and stays.
    if (token.text === '#' && next?.word === true && next.start === token.end && /^\p{L}/u.test(next.text))
      ranges.push([token.start, next.end]);
    const tail = token.word ? phraseAt(lex, 'listTails', tokens, at) : 0;
    if (tail > 0 && at > 0 && endsSentence(tokens, at + tail)) ranges.push([token.start, (tokens[at + tail - 1] as Token).end]);
  }
  return [...ranges, ...signature(lex, tokens)];
}

/** Does a sentence end at token `at` (a stop glued to the word before it may come first)? */
function endsSentence(tokens: readonly Token[], at: number): boolean {
  const stop = tokens[at];
  const after = stop?.text === '.' && stop.start === (tokens[at - 1] as Token).end ? tokens[at + 1] : stop;
  return after === undefined || sentenceEnds.has(after.text) || after.text === ',' || after.text === ')';
}

/** The dashes a signature may follow. */
const dashes: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);

/** At most this many words sign a message after a dash ("- Sanne de Vries"). */
const maxSignature = 5;

/**
 * A name signed after a dash that ends the text, after a sentence's end (". — Sanne", "!\n- Jan van
 * Dijk"): capitalised words and name particles (*de, van*), a stop after them at most. Without the
 * sentence's end ("cursus volgen - Excel Expert") the words after the dash may name what is done.
 */
function signature(lex: CompiledLexicon, tokens: readonly Token[]): [number, number][] {
  const dash = signatureDash(tokens, (at) => phraseAt(lex, 'nameParticles', tokens, at) > 0);
  return dash < 0 ? [] : [[(tokens[dash] as Token).start, (tokens[tokens.length - 1] as Token).end]];
}

/**
 * The index of the dash that opens a signature at the end of `tokens` (see `signature`), or -1;
 * `particle` tells a name's particle at a token. The language count asks it too, with the particles of
 * both languages: a signed name ("- Sanne de Vries") says nothing about the goal's language.
 */
export function signatureDash(tokens: readonly Token[], particle: (at: number) => boolean): number {
  let end = tokens.length;
  if (tokens[end - 1]?.text === '.') end--;
  let at = end - 1;
  while (at >= 0 && end - at <= maxSignature && (tokens[at] as Token).word) {
    if (!/^\p{Lu}/u.test((tokens[at] as Token).text) && !particle(at)) return -1;
    at--;
  }
  const dash = tokens[at];
  const before = tokens[at - 1];
  if (at === end - 1 || dash === undefined || !dashes.has(dash.text) || before === undefined || !sentenceEnds.has(before.text)) return -1;
  return /^\p{Lu}/u.test((tokens[at + 1] as Token).text) ? at : -1;
}

/** At most this many words spell out an abbreviation in brackets. */
const maxGloss = 6;

/**
 * The brackets right after an abbreviation that spell it out ("BHV (bedrijfshulpverlening)", "my
 * WMS (warehouse management system) training"): they say what the letters stand for, and would
 * otherwise part the name from the noun it names. Only words: a number or a mark inside is more.
 */
function glosses(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = 1; at < tokens.length; at++) {
    const open = tokens[at] as Token;
    const before = tokens[at - 1] as Token;
    if (open.text !== '(' || !before.word || capitals(before.text) < 2 || before.end !== open.start - 1) continue;
    let end = at + 1;
    while (end < tokens.length && end - at <= maxGloss && (tokens[end] as Token).word && !/\p{N}/u.test((tokens[end] as Token).text)) end++;
    const close = tokens[end];
    if (close?.text !== ')' || end === at + 1) continue;
    ranges.push([open.start, close.end]);
    at = end;
  }
  return ranges;
}

/** At most this many words name the reader after a greeting ("Beste Jan en Sevda,"). */
const maxAddressee = 4;

/** Marks that end a greeting. */
const greetingEnds: ReadonlySet<string> = new Set([',', ':', '!', '\n']);

/**
 * The range of the greeting that opens the text ("Hoi Marieke,", "Dear Tom and Priya:"), if it has
 * one: a greeting, at most four words and no digits, and the mark that ends it, with words after it.
 * A greeting word without that mark ("Beste verkoper van de regio worden") is part of the goal.
 */
function salutation(lex: CompiledLexicon, tokens: readonly Token[]): [number, number][] {
  const length = phraseAt(lex, 'greetings', tokens, 0);
  if (length === 0) return filler(lex, tokens, 0);
  let end = length;
  while (end - length < maxAddressee && tokens[end]?.word === true && !/\p{N}/u.test((tokens[end] as Token).text)) end++;
  const mark = tokens[end];
  if (mark === undefined || !greetingEnds.has(mark.text)) return [];
  if (!tokens.slice(end + 1).some((token) => token.word)) return [];
  return [[(tokens[0] as Token).start, mark.end], ...filler(lex, tokens, end + 1)];
}

/**
 * The filler that opens the text at token `at` ("ok dus", "so basically", "Nou,"), with the comma
 * after it: only before more words, and "so that" is a purpose, no filler.
 */
function filler(lex: CompiledLexicon, tokens: readonly Token[], at: number): [number, number][] {
  const length = phraseAt(lex, 'openingFillers', tokens, at);
  if (length === 0) return [];
  let end = at + length;
  if (tokens[end]?.text === ',') end++;
  const next = tokens[end];
  if (next === undefined || !next.word || next.lower === 'that') return [];
  return [[(tokens[at] as Token).start, (tokens[end - 1] as Token).end]];
}

/**
 * The label of an item before its colon (*Leerdoel:*, Focus:, To do:, Goal 2:), at the start of the
 * text or of a sentence, line or list item: a lexicon phrase, a number or not, the colon, and a word
 * somewhere after it.
 */
function itemLabels(lex: CompiledLexicon, tokens: readonly Token[]): [number, number][] {
  const labels: [number, number][] = [];
  let lastWord = tokens.length - 1;
  while (lastWord >= 0 && !(tokens[lastWord] as Token).word) lastWord--;
  for (let at = 0; at < tokens.length; at++) {
    const before = tokens[at - 1];
    if (before !== undefined && !itemEnds.has(before.text)) continue;
    const length = phraseAt(lex, 'itemLabels', tokens, at);
    if (length === 0) continue;
    let end = at + length;
    if (/^\p{N}{1,2}$/u.test(tokens[end]?.text ?? '')) end++;
    const colon = tokens[end];
    if (colon?.text !== ':' || end >= lastWord) continue;
    labels.push([(tokens[at] as Token).start, colon.end]);
  }
  return labels;
}

/** Marks that end a sentence or a list item, for the support a goal needs. */
const itemEnds: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n', '•', '*', '|']);

/**
 * The character ranges of the sentences (or list items) that are no goal: those that only say what
 * support a goal needs (a word of need and a kind of support in one sentence), why it matters or what
 * it brings (they open with a lexicon phrase: "Zo kan ik ...", "This will help ..."), or the problem it
 * starts from without an intent ("Ik merk dat ik moeite heb met plannen"), what was done before
 * ("Vorig jaar heb ik ..."), what is left open ("... zie ik nog wel") or not known yet ("Hoe precies
 * weet ik nog niet."), how the goal is felt ("Daar
 * heb ik zin in!") or that it was agreed ("Dit heb ik met Henk besproken."), a question to the reader ("Klopt
 * dat zo?") and a closing ("Groetjes, Sanne"). None when no other
 * sentence has words: then the aside is all the text says.
 */
function asideSentences(lex: CompiledLexicon, tokens: readonly Token[], dressed: Uint8Array): [number, number][] {
  const sentences: { from: number; to: number }[] = [];
  let from = 0;
  for (let at = 0; at <= tokens.length; at++) {
    const token = tokens[at];
    if (token !== undefined && !(!token.word && itemEnds.has(token.text))) continue;
    // A signature blanked as dressing is no sentence of its own.
    const words = tokens.slice(from, at).some((word) => word.word && dressed[word.start] !== 1);
    if (words) sentences.push({ from, to: at });
    from = at + 1;
  }
  const aside = (from: number, to: number): boolean => isAsideSentence(lex, tokens, from, to);
  const needing: [number, number][] = [];
  for (const { from, to } of sentences) {
    // "In de komende drie maanden: ik merk dat ...": a heading before a colon stays, it may head the
    // goals after the aside; only the aside after it is passed over (not after "PS:", its label).
    const colon = headingColon(tokens, from, to);
    const start = colon >= 0 && afterPostscript(lex, tokens, from, to) === from && aside(colon + 1, to) ? colon + 1 : from;
    if (start > from || aside(from, to)) needing.push([(tokens[start] as Token).start, (tokens[to - 1] as Token).end]);
  }
  if (needing.length === 0 || needing.length === sentences.length) return [];
  return needing;
}

/** A heading ends in a colon within this many tokens of its sentence's start. */
const maxHeading = 10;

/** The token index of the colon that ends a heading at the start of the sentence, with words after it, or -1. */
function headingColon(tokens: readonly Token[], from: number, to: number): number {
  for (let at = from + 1; at < Math.min(to - 1, from + maxHeading); at++) if ((tokens[at] as Token).text === ':') return at;
  return -1;
}
