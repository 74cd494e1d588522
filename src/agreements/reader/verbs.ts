// Verbs: which words of a goal text are verbs, of which class, and whether they are passive.
import type { CompiledLexicon, VerbClass, VerbForm } from '../lexicon/index.js';
import { hardBreak } from './clauses.js';
import type { Verb } from './reading.js';
import { isVerbForm, notAVerb, tokenIndexAt } from './reading.js';
import type { Found } from './tables.js';
import { classOrder, coverage } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt } from './tokens.js';

/**
 * Finds the verbs: forms from the lexicon (and, in a verb's place, words the lexicon does not know),
 * split Dutch verbs with their particle later in the clause, English phrasal verbs with theirs.
 * Ambiguous forms (a noun too: "plan", "werk", "call") count only in a verb's place.
 */
export function findVerbs(lex: CompiledLexicon, tokens: readonly Token[], timeCover: Uint8Array, found: Found): Verb[] {
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
