// When a course, credential or talk is named: by a name or topic beside it, a compound, a host, or what it leads to.
import type { CompiledLexicon, NounClass } from '../lexicon/index.js';
import type { ObjectWord } from './reading.js';
import { is, isCompound, nounClass } from './tokens.js';

/**
 * Prepositions whose phrase names the topic of a course or exam: "a course on negotiation", "de
 * cursus over de cao", and what it makes you: "de opleiding tot praktijkopleider".
 */
export const topicPrepositions: ReadonlySet<string> = new Set([
  'tot',
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

/** A learning vehicle or credential names its topic when a content word or name stands beside it. */
export function vehicleNamed(lex: CompiledLexicon, words: readonly ObjectWord[], index: number, topical = false): boolean {
  const word = words[index] as ObjectWord;
  // "de vca halen", "get my cpr": some credentials are their own name, however they are typed.
  if (is(lex, 'namedCredentials', word.token)) return true;
  // "mbo-diploma", "hbo-opleiding": a generic level in front of the hyphen names no diploma.
  const modifier = word.token.lower.includes('-') ? word.token.lower.slice(0, word.token.lower.lastIndexOf('-')) : '';
  const credential = word.kind === 'credentials' || word.nounKind === 'credentials';
  if (
    isCompound(lex, word.token.lower, word.kind as NounClass) &&
    !(credential && fieldCompound(lex, word.token.lower)) &&
    !lex.words.genericModifiers.has(word.token.lower) &&
    !lex.words.genericModifiers.has(modifier)
  ) {
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
    // A talk's topic may come after where and when it is given: "presentatie geven op teamdag in sept over ...".
    if (Math.abs(neighbour.token.index - word.token.index) > Math.abs(offset) + (topical ? 10 : 4)) continue;
    // A phrase after it names the topic only with a topic preposition: "a course on negotiation", not "a diploma in my pocket".
    // "een les bij een collega", a session by our mentor: whose lesson it is names it too.
    const host = /^(?:bij|by)$/u.test(neighbour.preposition ?? '') && is(lex, 'hostPeople', neighbour.token);
    // "a presentation on our new CRM": for a talk, "on our ..." is its topic, not a place.
    // "4 gesprekken met klanten", conversations with clients: with whom names a conversation.
    const topic = topical && /^(?:on|over|about|op):place$|^(?:with|met)$/u.test(neighbour.preposition ?? '');
    // "the webinar on the new WMS": a name after "on" is what a course or webinar is about, not where it is.
    const namedTopic = word.kind === 'vehicles' && neighbour.kind === 'name' && /^(?:on|op):place$/u.test(neighbour.preposition ?? '');
    if (
      offset > 0 &&
      neighbour.inPhrase &&
      neighbour.preposition !== word.preposition &&
      !(neighbour.preposition !== undefined && topicPrepositions.has(neighbour.preposition)) &&
      !host &&
      !topic &&
      !namedTopic
    )
      continue;
    if (offset < 0 && neighbour.inPhrase !== word.inPhrase) continue;
    // "a career conversation", "4 conversations with clients": a noun in front, or with whom, names a talk.
    const adjacent = offset === -1 && neighbour.token.index === word.token.index - 1;
    if (topical && (adjacent || topic) && neighbour.kind !== 'vague') return true;
    // "an accountancy exam": a field right before a credential says where it lies, not which one it is.
    if (offset === -1 && credential && is(lex, 'fieldModifiers', neighbour.token)) continue;
    // "de opleiding tot verpleegkundige": the role it leads to names it, whatever kind of noun that is.
    if (offset > 0 && neighbour.preposition === 'tot' && neighbour.kind !== 'vague') return true;
    // "een training over timemanagement", a course about giving feedback: what it is about names it.
    if (offset > 0 && (neighbour.preposition === 'over' || neighbour.preposition === 'about') && neighbour.kind === 'abstract') return true;
    // "de cursus timemanagement", de training klantvriendelijkheid: in Dutch a topic right behind it
    // names it, also in lower case where no capital shows the title. (English puts a noun after a
    // course to make a compound: "training options".)
    const apposition =
      lex.locale === 'nl' && offset === 1 && neighbour.token.index === word.token.index + 1 && neighbour.preposition === word.preposition;
    if (apposition && neighbour.kind === 'abstract') return true;
    if (neighbour.kind === 'name' || neighbour.kind === 'concrete' || neighbour.kind === 'deliverables' || neighbour.kind === 'indicators')
      return true;
  }
  return false;
}

/** "boekhoudexamen", "marketing-certificaat": a credential compounded with a field only. */
function fieldCompound(lex: CompiledLexicon, lower: string): boolean {
  for (const field of lex.words.fieldModifiers.keys()) {
    if (!lower.startsWith(field)) continue;
    const rest = lower.slice(field.length).replace(/^-/u, '');
    if (rest.length > 0 && nounClass(lex, rest) === 'credentials' && !rest.includes('-')) return true;
  }
  return false;
}
