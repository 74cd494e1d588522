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
]);

export function clausesOf(
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
