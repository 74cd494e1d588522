// Special-category personal data (AVG/GDPR art. 9 and 10) in free text: health, belief, union
// membership, origin, orientation, convictions and political affiliation. A development file is no
// place for them; the detector flags them where they are written, with the words that gave them away,
// so the writer can keep them out (health belongs with the company doctor). Words, not patterns: the
// text is read once into its plain form and into words, and every rule looks at most a few words
// around one word, so the time grows linearly with the text.
import type { Finding } from '../core/index.js';
import { deepFreeze, originalSpan, plainText } from '../core/index.js';
import { finding } from '../locales/index.js';

/**
 * A category of special personal data (*bijzondere persoonsgegevens*, art. 9 and 10 AVG): health
 * (illness, pregnancy, diagnoses, therapy), religion or belief, trade-union membership, ethnic
 * origin, sexual orientation, criminal records, political opinions.
 *
 * @example
 * ```ts
 * import { sensitiveDataHints, type SensitiveCategory } from 'ontwikkelgesprek';
 * const found: SensitiveCategory[] = sensitiveDataHints('Na mijn burn-out bouw ik rustig op.', 'nl').matches.map((m) => m.category);
 * found; // ['health']
 * ```
 */
export type SensitiveCategory =
  | 'health'
  | 'religion'
  | 'unionMembership'
  | 'ethnicOrigin'
  | 'sexualOrientation'
  | 'criminalRecord'
  | 'politicalOpinion';

/**
 * Words in a text that reveal special personal data: the category, the words as written, and where
 * they stand in the text as given (`start` and `end`, `text.slice(start, end)` is `text`).
 *
 * @example
 * ```ts
 * import { sensitiveDataHints, type SensitiveMatch } from 'ontwikkelgesprek';
 * const text = 'I have been off sick since May.';
 * const match: SensitiveMatch | undefined = sensitiveDataHints(text, 'en').matches[0];
 * match?.text; // 'off sick'
 * match && text.slice(match.start, match.end); // 'off sick'
 * ```
 */
export interface SensitiveMatch {
  readonly category: SensitiveCategory;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What {@link sensitiveDataHints} found: every match, and one warning per category
 * (`privacy.sensitiveData`, with the words as evidence) advising to keep it out of the file.
 *
 * @example
 * ```ts
 * import { sensitiveDataHints, type SensitiveDataHints } from 'ontwikkelgesprek';
 * const hints: SensitiveDataHints = sensitiveDataHints('Ik wil beter leren presenteren.', 'nl');
 * hints.findings.length; // 0
 * ```
 */
export interface SensitiveDataHints {
  readonly matches: readonly SensitiveMatch[];
  readonly findings: readonly Finding[];
}

/** The categories in the order findings are reported. */
const sensitiveCategories: readonly SensitiveCategory[] = Object.freeze([
  'health',
  'religion',
  'unionMembership',
  'ethnicOrigin',
  'sexualOrientation',
  'criminalRecord',
  'politicalOpinion',
]);

/** Texts are read up to this length: the longest free text the library stores. */
const maxLength = 20_000;
/**
 * A long text is read in pieces of about this length, cut at a blank: each piece costs the same, so
 * the time grows with the text (reading 20,000 characters in one go costs more than four times 5,000).
 */
const pieceLength = 4_000;
/** How many words around a word are looked at for a person (a cue) or for a context that cancels it. */
const cueWindow = 5;
const nearWindow = 6;

// ------------------------------------------------------------------------------------------ lexicon
//
// Each entry: words separated by `_` (a phrase), `*` at the end of a word for a prefix, then a mark:
//   `!` strong: it reveals the category on its own ("burn-out", "zwanger");
//   `~` personal: only when a person is near (ik, mijn, I, my, she ...), since the word is also a
//       topic of the work ("ziekte", "kerk", "vakbond");
//   `^` as `~`, but written with capitals ("FNV", "VVD", "Labour"): the lower-case word means something else.

type Mark = '!' | '~' | '^';

interface Entry {
  readonly words: readonly string[];
  readonly prefix: boolean;
  readonly mark: Mark;
  readonly category: SensitiveCategory;
  /** The next word must be one of these. */
  readonly before?: ReadonlySet<string> | undefined;
  /** The next word must not be one of these. */
  readonly notBefore?: ReadonlySet<string> | undefined;
  /** None of these may be in the few words before. */
  readonly notAfter?: ReadonlySet<string> | undefined;
  /** None of these may be in the words after (a church that is a client). */
  readonly notNear?: ReadonlySet<string> | undefined;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Nouns that make the word before them a topic of the work: "ziekteverzuimbeleid", "sick leave dashboard". */
const topicNouns = set(`beleid policy policies dashboard registratie registration app tool module project training cursus course workshop
  conference congres team afdeling department service dienst programma programme program rapport report data wet law system systeem
  preventie prevention regeling scheme onderzoek research portal portaal`);
const clients = set(`klant klanten client clients customer customers opdrachtgever opdrachtgevers account`);
const persons = set(`engineer engineers woman women man men colleague colleagues employee employees person people developer manager
  professional professionals staff vrouw vrouwen collega collega's medewerker medewerkers mensen ontwikkelaar`);
const originNouns = set(`achtergrond afkomst nederlander nederlanders wortels heritage background descent roots origin`);
const originAdjectives = `marokkaanse! turkse! surinaamse! antilliaanse! caribische! molukse! koerdische! somalische! eritrese!
  syrische! afghaanse! afrikaanse! aziatische! indische! indonesische! chinese! ghanese! nigeriaanse! poolse! roma! nigerian!
  moroccan! turkish! surinamese! caribbean! somali! eritrean! syrian! afghan! african! asian! indian! pakistani! bangladeshi!
  ghanaian! jamaican! polish! kurdish! romani!`;
/** "sick of waiting", "sick and tired", "sick with worry", "ziek goed", "ziek van": figures of speech. */
const idiomatic = new Set([
  ...topicNouns,
  ...set('of and with goed mooi vet gaaf leuk enthousiast lekker hard druk cool grappig veel snel sterk blij van'),
]);
/** "stel ik geen diagnoses": the diagnoses of a profession, or none. */
const professional = set('stel stelt stellen stelde make makes making geen no');

function entries(category: SensitiveCategory, source: string, extra: Partial<Entry> = {}): Entry[] {
  return source
    .trim()
    .split(/\s+/u)
    .map((item) => {
      const mark = item.slice(-1) as Mark;
      const body = item.slice(0, -1);
      const prefix = body.endsWith('*');
      const words = (prefix ? body.slice(0, -1) : body).split('_');
      return { words: mark === '^' ? words : words.map((w) => w.toLowerCase()), prefix, mark, category, ...extra };
    });
}

const lexicon: readonly Entry[] = [
  ...entries(
    'health',
    `burn-out! burnout! burn-outklachten! burned_out! burnt_out! overspannen! overspannenheid! zwanger*! pregnan*! miskraam!
     miscarriage! depressi*! chemo*! diagnosed! long_covid! ziekgemeld! ziek_gemeld! ziek_melden! ziekmelding! ziek_thuis!
     off_sick! called_in_sick! signed_off~ sick_leave~ ziekteverlof~ ziekte~ ziektes~ illness~ kanker~ cancer~
     therapie~ therapeut~ therapy~ therapist~ psycholoog~ psychiater~ psychologist~ psychiatrist~
     medicatie~ medicijnen~ medication~ operatie~ geopereerd~ surgery~ bedrijfsarts~ huisarts~ doctor~ occupational_health~
     mental_health~ re-integratie*~ reintegration~ hernia~ rugklachten~ klachten~ migraine*~ dementie~ dementia~ epilepsie~ epilepsy~
     epileptic~ autisme~ autism~ autistic~ adhd~ dyslexie~ dyslexia~ dyslexic~ diabetes~ anxiety~ angststoornis~ paniekaanvallen~
     panic_attacks~ injury~ blessure~ handicap~ disability~ disabled~ hoofdpijn~
     bevalling*~ maternity_leave~ arbeidsongeschikt*! ziektewet~ fysiotherap*~ physiotherap*~ revalidatie~ rehabilitation~
     ziekenhuisopname! lag_in_het_ziekenhuis! in_hospital~ ptss~ ptsd~ bipolair~ bipolar~ ocd~ dwangstoornis~ eetstoornis~
     eating_disorder~ slapeloosheid~ insomnia~ hartaanval~ heart_attack~ sick_note~ fit_note~`,
    { notBefore: topicNouns },
  ),
  ...entries('health', `diagnose~ diagnoses~ diagnosis~`, { notBefore: topicNouns, notAfter: professional }),
  ...entries('health', `ziek~ sick~ ill~`, { notBefore: idiomatic }),
  ...entries('religion', `moskee~ mosque~ kerk~ church~ synagoge~ synagogue~ tempel~ temple~ kerkdienst~ mass~`, {
    notNear: clients,
    notBefore: topicNouns,
  }),
  ...entries(
    'religion',
    `mijn_geloof! my_faith! ramadan~ suikerfeest~ offerfeest~ eid~ yom_kippur~ sabbat~ sabbath~ bidden~ pray~ prayer~ gebed~ gelovig~
     christen~ christian~ katholiek~ catholic~ protestant~ moslim~ muslim~ joods~ jewish~ hindoe~ hindu~ boeddhist~ buddhist~
     islam~ islamitisch*~ atheïst~ atheist~ bijbel~ bible~ koran~ quran~
     sikh~ hoofddoek~ headscarf~ hijab~ tulband~ turban~ keppel~ kippah~ kerkenraad~ parochie~ parish~ imam~ dominee~`,
  ),
  ...entries(
    'unionMembership',
    `vakbondslid! vakbondslidmaatschap! lid_van_de_vakbond! lid_van_een_vakbond! member_of_a_union! kaderlid! union_rep! union_member! member_of_the_union! shop_steward! vakbond~ union~
     trade_union~ FNV^ CNV^ VCP^ Unite^ Unison^`,
    { notAfter: set('met with tegen against european europese credit') },
  ),
  ...entries(
    'ethnicOrigin',
    `migratieachtergrond! person_of_colour! people_of_colour! person_of_color! van_kleur! afkomst~ etniciteit~ ethnicity~ heritage~`,
  ),
  ...entries('ethnicOrigin', originAdjectives, { before: originNouns, mark: '!' }),
  ...entries('ethnicOrigin', `black! zwarte!`, { before: persons }),
  ...entries(
    'sexualOrientation',
    `homo! homoseksueel! homoseksuele! lesbisch! lesbienne! lesbian! gay! biseksueel! bisexual! queer! uit_de_kast!
     coming_out~ came_out~`,
  ),
  ...entries(
    'criminalRecord',
    `strafblad! taakstraf! celstraf! criminal_record! prison_sentence! veroordeling~ veroordeeld~ conviction~ convicted~ gevangenis~
     prison~ jail~ detentie~ gedetineerd~`,
  ),
  ...entries(
    'politicalOpinion',
    `politieke_partij~ political_party~ party_member! partijlid! gemeenteraad~ gemeenteraadslid~ raadslid~ councillor~ VVD^ PVV^ CDA^
     D66^ GroenLinks^ PvdA^ ChristenUnie^ SGP^ PvdD^ JA21^ FvD^ BBB^ Labour^ Conservative^ Conservatives^ Tory^ Tories^
     Green_Party^ Lib_Dems^ Democrat^ Democrats^ Republican^ Republicans^`,
    // "een presentatie voor de gemeenteraad", "I report to the councillor": the council as audience.
    { notAfter: set('voor aan bij for to with met') },
  ),
];

/** Entries by their first word (prefix entries under every prefix length they have). */
const byFirst = new Map<string, Entry[]>();
const prefixLengths = new Set<number>();
for (const entry of lexicon) {
  const first = entry.words[0] as string;
  if (entry.prefix && entry.words.length === 1) prefixLengths.add(first.length);
  const list = byFirst.get(first) ?? [];
  list.push(entry);
  byFirst.set(first, list);
}

/** Words that put a person in the sentence: the writer, or someone the writer speaks of. */
const cues = set(`ik me mij mijn m'n mezelf hij zij haar i i'm i've i'd i'll me my myself mine he she his her him he's she's`);
/** Phrases that use a health word about the work: "health and safety", "arbo". */
const cancelled = [['health', 'and', 'safety']];

// ------------------------------------------------------------------------------------------ reading

interface Word {
  readonly lower: string;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

const letter = /^[\p{L}\p{N}]$/u;
const isWordChar = (char: string): boolean => letter.test(char);

/** The words of a plain text with their positions, in one pass; `.`, `;`, `!`, `?` and line breaks end a sentence. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (!isWordChar(char)) {
      if (char === '.' || char === ';' || char === '!' || char === '?' || char === '\n') sentence++;
      index++;
      continue;
    }
    const start = index;
    // Letters and digits, joined by one hyphen or apostrophe ("burn-out", "I'm", "collega's").
    while (index < text.length) {
      const here = text.charAt(index);
      if (isWordChar(here)) index++;
      else if ((here === '-' || here === "'" || here === '’') && isWordChar(text.charAt(index + 1))) index += 2;
      else break;
    }
    const exact = text.slice(start, index).replace(/’/gu, "'");
    words.push({ lower: exact.toLowerCase(), exact, start, end: index, sentence });
  }
  return words;
}

/** Does the entry start at word `at`? The number of words it covers, or 0. */
function covers(entry: Entry, words: readonly Word[], at: number): number {
  for (let k = 0; k < entry.words.length; k++) {
    const word = words[at + k];
    if (word === undefined) return 0;
    const form = entry.mark === '^' ? word.exact : word.lower;
    const wanted = entry.words[k] as string;
    const last = k === entry.words.length - 1;
    if (!(form === wanted || (last && entry.prefix && form.startsWith(wanted)))) return 0;
  }
  return entry.words.length;
}

function near(words: readonly Word[], at: number, from: number, to: number, wanted: ReadonlySet<string>): boolean {
  const sentence = (words[at] as Word).sentence;
  for (let k = Math.max(0, from); k <= Math.min(words.length - 1, to); k++) {
    const word = words[k] as Word;
    if (k !== at && word.sentence === sentence && wanted.has(word.lower)) return true;
  }
  return false;
}

/** Is the entry at `at` (covering `length` words) a reason to flag, given the words around it? */
function holds(entry: Entry, words: readonly Word[], at: number, length: number): boolean {
  const next = words[at + length];
  const nextWord = next !== undefined && next.sentence === (words[at] as Word).sentence ? next.lower : undefined;
  if (entry.before !== undefined && (nextWord === undefined || !entry.before.has(nextWord))) return false;
  if (entry.notBefore !== undefined && nextWord !== undefined && entry.notBefore.has(nextWord)) return false;
  if (entry.notAfter !== undefined && near(words, at, at - 2, at - 1, entry.notAfter)) return false;
  if (entry.notNear !== undefined && near(words, at, at + length, at + length + nearWindow, entry.notNear)) return false;
  if (entry.mark === '!') return true;
  return near(words, at, at - cueWindow, at + length - 1 + cueWindow, cues);
}

/** The entries that may start at a word: by the whole word, and by its prefixes. */
function candidates(word: Word): Entry[] {
  const found = [...(byFirst.get(word.lower) ?? []), ...(word.exact !== word.lower ? (byFirst.get(word.exact) ?? []) : [])];
  for (const length of prefixLengths) {
    if (word.lower.length > length) {
      for (const entry of byFirst.get(word.lower.slice(0, length)) ?? []) if (entry.prefix) found.push(entry);
    }
  }
  return found;
}

/** The words covered by a phrase that cancels (e.g. "health and safety"). */
function cancelledWords(words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  words.forEach((word, at) => {
    for (const phrase of cancelled) {
      if (word.lower !== phrase[0]) continue;
      if (phrase.every((wanted, k) => words[at + k]?.lower === wanted)) for (let k = 0; k < phrase.length; k++) out.add(at + k);
    }
  });
  return out;
}

/**
 * Flags special-category personal data in a free text: health (illness, pregnancy, diagnoses,
 * therapy, *burn-out*, *ziek*, *zwanger*, *overspannen*), religion (*moskee*, *kerk* as the writer's
 * own), trade-union membership (*vakbond*), ethnic origin, sexual orientation, criminal records and
 * political affiliation, with the words that gave it away and where they stand. A word that is also a
 * topic of the work counts only when a person is near it ("mijn kerk", not "de kerk als klant"); a
 * figure of speech does not count ("ziek goed idee", "sick of waiting"). `locale` is the language of
 * the text (the detector reads Dutch and English words in either, as bilingual teams mix them).
 * Each category found gives one warning, `privacy.sensitiveData`, advising to keep it out of the
 * development file: health belongs with the company doctor (*bedrijfsarts*). Hints, not a verdict:
 * measured on a labelled set of Dutch and English texts (see docs/privacy.md). The text is read once
 * into its plain form; time grows linearly with its length (read up to 20,000 characters). Never throws.
 *
 * @example
 * ```ts
 * import { findingMessage, sensitiveDataHints } from 'ontwikkelgesprek';
 * const hints = sensitiveDataHints('Sinds mijn burn-out werk ik liever niet na 17.00 uur.', 'nl');
 * hints.matches.map((match) => match.text); // ['burn-out']
 * findingMessage(hints.findings[0]!, 'nl'); // 'Deze tekst lijkt iets te zeggen over iemands gezondheid (‘burn-out’). ...'
 * sensitiveDataHints('Dat is een ziek goed idee!', 'nl').matches.length; // 0
 * sensitiveDataHints('We hebben de kerk als nieuwe klant binnengehaald.', 'nl').matches.length; // 0
 * ```
 */
export function sensitiveDataHints(text: string, locale: 'nl' | 'en'): SensitiveDataHints {
  void locale;
  if (typeof text !== 'string' || text.length === 0) return deepFreeze({ matches: [], findings: [] });
  const given = text.length > maxLength ? text.slice(0, maxLength) : text;
  const matches: SensitiveMatch[] = [];
  for (let from = 0; from < given.length; ) {
    const to = pieceEnd(given, from);
    matchesIn(given, from, to, matches);
    from = to;
  }
  return deepFreeze({ matches, findings: findingsOf(matches) });
}

/** Where the piece from `from` ends: at the last blank before the piece length (or at it, when there is none). */
function pieceEnd(text: string, from: number): number {
  const limit = from + pieceLength;
  if (limit >= text.length) return text.length;
  for (let at = limit; at > limit - 200; at--) if (/\s/u.test(text.charAt(at))) return at;
  return limit;
}

/** The matches in `text[from, to)`, with spans in the whole text. */
function matchesIn(text: string, from: number, to: number, matches: SensitiveMatch[]): void {
  const plain = plainText(text.slice(from, to));
  const words = wordsOf(plain.text);
  const skip = cancelledWords(words);
  let at = 0;
  while (at < words.length) {
    let taken = 0;
    if (!skip.has(at)) {
      for (const entry of candidates(words[at] as Word)) {
        const length = covers(entry, words, at);
        if (length === 0 || !holds(entry, words, at, length)) continue;
        const span = originalSpan(plain, (words[at] as Word).start, (words[at + length - 1] as Word).end);
        const start = from + span.start;
        const end = from + span.end;
        matches.push({ category: entry.category, text: text.slice(start, end), start, end });
        taken = length;
        break;
      }
    }
    at += Math.max(1, taken);
  }
}

/** One warning per category, in the categories' order, with its words (each once, at most five). */
function findingsOf(matches: readonly SensitiveMatch[]): Finding[] {
  return sensitiveCategories.flatMap((category) => {
    const words = [...new Set(matches.filter((match) => match.category === category).map((match) => match.text))].slice(0, 5);
    return words.length === 0 ? [] : [finding.warning('privacy.sensitiveData', { params: { category, evidence: words } })];
  });
}
