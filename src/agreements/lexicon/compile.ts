// Turns a Lexicon (plain data) into matchers, once, at module load. Everything it returns is
// frozen, and no RegExp with the `g` flag is kept: a scan builds its own RegExp from the frozen
// source for every call, so no `lastIndex` is shared between calls.
//
// Linear time is part of the contract: every pattern is a sequence of whole-word guards, fixed
// words, alternations of fixed words and the bounded primitives below. There is no nested
// quantifier, no alternation under repetition and no `\s*`, because the text is plain (one space
// between words) before any pattern reads it. Verbs and word classes are looked up token by token.
import type { EvaluativeKind, Lang, Lexicon, RuleGroups, Template, VerbClass } from './types.js';

/** Letters or digits may not touch a match on either side (\b is ASCII-only and breaks on vóór). */
const before = '(?<![\\p{L}\\p{N}_])';
const after = '(?![\\p{L}\\p{N}_])';

/** Built-in shapes a template may use as `{#name}`: each is bounded or linear on its own. */
const primitives: Readonly<Record<string, string>> = Object.freeze({
  day: '\\d{1,2}',
  year: '(?:19|20)\\d{2}',
  int: '\\d{1,4}',
  number: '\\d+(?:[.,]\\d+)?',
  money: '[€$£] ?\\d+(?:[.,]\\d+)?(?:[.,]\\d+)?k?',
  percent: '\\d+(?:[.,]\\d+)? ?%',
  iso: '\\d{4}-\\d{2}-\\d{2}',
  dmy: '\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})',
  dm: '\\d{1,2}[-/]\\d{1,2}',
  quarter: '[qQ][1-4]',
  word: "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*",
  level: '[abcABC][12]',
  time: '\\d{1,2}(?:[:.]\\d{2})?',
  /** Any one word with its punctuation ("'voldoende'"): only ever optional and a few in a row. */
  any: '[^ \\n]+',
});

/** Escapes a literal for use inside a RegExp. */
function escapeLiteral(text: string): string {
  // Only syntax characters: in Unicode mode an escaped "-" or "'" is itself a syntax error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literals, longest first so that "binnen een half jaar" wins over "binnen een". */
function alternation(entries: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map(escapeLiteral).join('|')})`;
}

/**
 * An alternation of entries where an exception phrase that begins with an entry ("degree of")
 * becomes a negative lookahead after it, and one that ends with it ("scrum master") a negative
 * lookbehind before it: fixed words only, so the lookarounds are bounded.
 */
function guardedAlternation(entries: readonly string[], except: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted
    .map((entry) => {
      const ahead = except
        .filter((phrase) => phrase.startsWith(`${entry} `))
        .map((phrase) => `(?! ${escapeLiteral(phrase.slice(entry.length + 1))}${after})`);
      const behind = except
        .filter((phrase) => phrase.endsWith(` ${entry}`))
        .map((phrase) => `(?<!${escapeLiteral(phrase.slice(0, -entry.length))})`);
      return `${behind.join('')}${escapeLiteral(entry)}${ahead.join('')}`;
    })
    .join('|')})`;
}

/** The RegExp source of one piece: `{slot}`, `{#primitive}`, or literal words with `|` alternatives. */
function piece(body: string, slots: Readonly<Record<string, readonly string[]>>, template: string): string {
  if (body.startsWith('{') && body.endsWith('}')) {
    const name = body.slice(1, -1);
    if (name.startsWith('#')) {
      const primitive = primitives[name.slice(1)];
      if (primitive === undefined) throw new Error(`template "${template}": unknown primitive ${name}`);
      return `(?:${primitive})`;
    }
    const entries = slots[name];
    if (entries === undefined || entries.length === 0) throw new Error(`template "${template}": unknown slot ${name}`);
    return alternation(entries);
  }
  return alternation(body.split('|'));
}

/**
 * One space-separated part of a template: pieces glued together (`{#day}{ordinal?}`, `{edge}-{month}`),
 * each `{...?}` piece optional on its own; a `?` after the whole part makes the part optional.
 */
function part(token: string, slots: Readonly<Record<string, readonly string[]>>, template: string): { source: string; optional: boolean } {
  // "{#year?}" alone is an optional part; "{#day}{ordinal?}" is a part with an optional piece.
  const single = /^\{[^{}]*\?\}$/u.test(token);
  const optional = single || (token.endsWith('?') && !token.endsWith('?}') && token.length > 1);
  const body = single ? `{${token.slice(1, -2)}}` : optional ? token.slice(0, -1) : token;
  let source = '';
  let at = 0;
  while (at < body.length) {
    if (body[at] === '{') {
      const close = body.indexOf('}', at);
      if (close < 0) throw new Error(`template "${template}": unclosed brace`);
      const inner = body.slice(at + 1, close);
      const pieceOptional = inner.endsWith('?');
      const compiled = piece(`{${pieceOptional ? inner.slice(0, -1) : inner}}`, slots, template);
      source += pieceOptional ? `${compiled}?` : compiled;
      at = close + 1;
    } else {
      const next = body.indexOf('{', at);
      const literal = body.slice(at, next < 0 ? body.length : next);
      source += piece(literal, slots, template);
      at += literal.length;
    }
  }
  return { source, optional };
}

/**
 * Compiles a template into the source of a whole-word, case-insensitive RegExp: optional parts
 * before the first required one carry their space after them, later ones before them, so a match
 * never starts or ends with a blank.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Binnen drie maanden rond ik het af', { locale: 'nl' }).timeBound.evidence[0]?.text; // 'Binnen drie maanden'
 * ```
 */
export function compileTemplate(template: Pick<Template, 'pattern'>, slots: Readonly<Record<string, readonly string[]>>): string {
  const parts = template.pattern.split(' ').map((token) => part(token, slots, template.pattern));
  const first = parts.findIndex((candidate) => !candidate.optional);
  if (first < 0) throw new Error(`template "${template.pattern}" has no required part`);
  let source = '';
  parts.forEach((candidate, index) => {
    if (index < first) source += `(?:${candidate.source} )?`;
    else if (index === first) source += candidate.source;
    else source += candidate.optional ? `(?: ${candidate.source})?` : ` ${candidate.source}`;
  });
  return `${before}${source}${after}`;
}

/**
 * A compiled phrase rule: its id and RegExp source. `scan` builds a fresh RegExp per call.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond het af voor 1 juni', { locale: 'nl' }).timeBound.evidence[0]?.rule; // 'calendar.dayMonth'
 * ```
 */
export interface CompiledRule {
  readonly id: string;
  readonly source: string;
}

/**
 * A match of a phrase rule in the text.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Swim twice a week', { locale: 'en' }).measurable.evidence[0]?.rule; // 'frequency.onceTwice'
 * ```
 */
export interface RuleMatch {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/**
 * Every match of the rules in the text, each rule with its own fresh RegExp (no shared `lastIndex`).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Lees 12 boeken', { locale: 'nl' }).measurable.evidence[0]?.text; // '12 boeken'
 * ```
 */
export function scan(rules: readonly CompiledRule[], text: string): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(new RegExp(rule.source, 'giu'))) {
      if (match[0].length === 0) continue;
      found.push({ start: match.index, end: match.index + match[0].length, rule: rule.id });
    }
  }
  return found;
}

/**
 * A verb form found in the lexicon: which verb, its class, the particle a split form still needs
 * (*rond* needs *af*), and what object it needs to be that verb.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond de cursus Excel af', { locale: 'nl' }).specific.status; // 'met'
 * ```
 */
export interface VerbForm {
  readonly lemma: string;
  readonly verbClass: VerbClass;
  /** Words that must follow later in the clause (Dutch split verbs, English phrasal verbs). */
  readonly particle: readonly string[];
  /** Only with an object of this kind: a credential (exam, certificate) or a learning vehicle (course). */
  readonly needs: 'credential' | 'vehicle' | undefined;
  readonly kind: 'infinitive' | 'finite' | 'participle' | 'ing';
}

const vowels = 'aeiou';

function isConsonant(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char) && !vowels.includes(char) && char !== 'y';
}

/** Dutch verbs in -eren with a schwa: their stem keeps one e (lever, verander), unlike loan verbs (organiseer). */
const dutchSchwaEren: ReadonlySet<string> = new Set([
  'leveren',
  'veranderen',
  'verbeteren',
  'verminderen',
  'vergaderen',
  'herinneren',
  'bewonderen',
  'verzekeren',
  'hinderen',
  'verhinderen',
  'roosteren',
  'luisteren',
  'letteren',
  'weigeren',
  'schilderen',
  'sleutelen',
  'evenaren',
  'tekenen',
  'rekenen',
  'openen',
]);

/** The Dutch present stem (ik-form) of an infinitive by the spelling rules; irregular ones come from the data. */
function dutchStem(infinitive: string): string {
  // Loan verbs in -eren are stressed on that syllable: organiseer, evalueer, sorteer.
  if (infinitive.endsWith('eren') && !dutchSchwaEren.has(infinitive) && infinitive.length > 6) return `${infinitive.slice(0, -4)}eer`;
  let stem = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  const last = stem.at(-1);
  const previous = stem.at(-2);
  if (last !== undefined && last === previous && isConsonant(last)) return stem.slice(0, -1);
  // An open syllable (ma-ken, le-zen) doubles its vowel in the closed stem (maak, lees); an
  // unstressed -el, -er, -en of a longer stem does not (regel, lever).
  const vowel = stem.at(-2);
  const beforeVowel = stem.at(-3);
  const syllables = (stem.match(/[aeiouy]+/g) ?? []).length;
  const schwa = syllables > 1 && /(?:el|er|en)$/.test(stem);
  if (
    vowel !== undefined &&
    'aeou'.includes(vowel) &&
    isConsonant(last) &&
    last !== 'w' &&
    last !== 'j' &&
    (beforeVowel === undefined || isConsonant(beforeVowel)) &&
    !schwa
  ) {
    stem = `${stem.slice(0, -1)}${vowel}${last}`;
  }
  if (stem.endsWith('v')) stem = `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}s`;
  return stem;
}

/** A verb entry's marker: `?` needs a credential as object, `~` a learning vehicle; on the entry or on its head. */
function needsOf(entry: string): { bare: string; needs: VerbForm['needs'] } {
  const [head = '', ...rest] = entry.split(':');
  const marker = head.at(-1);
  if (marker === '?' || marker === '~')
    return { bare: [head.slice(0, -1), ...rest].join(':'), needs: marker === '?' ? 'credential' : 'vehicle' };
  return { bare: entry, needs: undefined };
}

/** 't kofschip: the participle ends in t after a voiceless consonant of the infinitive's stem, else in d. */
function dutchParticiple(infinitive: string, stem: string): string {
  const unstressed = /^(?:be|ge|her|er|ont|ver)/.test(infinitive);
  const raw = infinitive.endsWith('en') ? infinitive.slice(0, -2) : stem;
  const voiceless = /(?:t|k|f|s|ch|p|x)$/.test(raw.replace(/(.)\1$/, '$1'));
  const ending = stem.endsWith('t') || stem.endsWith('d') ? '' : voiceless ? 't' : 'd';
  return `${unstressed ? '' : 'ge'}${stem}${ending}`;
}

function dutchForms(entry: string): { lemma: string; particle: string[]; forms: [string, VerbForm['kind']][]; needs: VerbForm['needs'] } {
  const { bare, needs } = needsOf(entry);
  const [head = '', stemOverride = '', participleOverride = '', extra = ''] = bare.split(':');
  const [particleText, base] = head.includes('|') ? (head.split('|') as [string, string]) : ['', head];
  const particle = particleText === '' ? [] : particleText.split(' ');
  const stem = stemOverride || dutchStem(base);
  const participle = participleOverride || dutchParticiple(base, stem);
  const joined = particle.join('');
  const forms: [string, VerbForm['kind']][] = [];
  if (particle.length === 0) {
    forms.push([base, 'infinitive'], [stem, 'finite'], [stem.endsWith('t') ? stem : `${stem}t`, 'finite'], [participle, 'participle']);
  } else if (particle.length === 1) {
    forms.push([`${joined}${base}`, 'infinitive'], [`${joined}${participle}`, 'participle']);
  }
  for (const form of extra.split('/').filter((word) => word !== '')) forms.push([form, 'finite']);
  return { lemma: `${particle.join(' ')}${particle.length > 0 ? ' ' : ''}${base}`.trim(), particle, forms, needs };
}

/** The split forms of a Dutch separable verb: the finite stem (rond ... af) and the infinitive after te (af te ronden). */
function dutchSplitForms(entry: string): { stem: string; base: string; participle: string; particle: string[] } | undefined {
  const { bare } = needsOf(entry);
  const [head = '', stemOverride = '', participleOverride = ''] = bare.split(':');
  if (!head.includes('|')) return undefined;
  const [particleText, base] = head.split('|') as [string, string];
  const stem = stemOverride || dutchStem(base);
  return { stem, base, participle: participleOverride || dutchParticiple(base, stem), particle: particleText.split(' ') };
}

/** English forms by the spelling rules; irregular past and participle come from the data. */
function englishForms(entry: string): { lemma: string; particle: string[]; forms: [string, VerbForm['kind']][]; needs: VerbForm['needs'] } {
  const { bare, needs } = needsOf(entry);
  const [head = '', pastOverride = '', participleOverride = '', extra = ''] = bare.split(':');
  const [verb = '', ...particle] = head.split(' ');
  const last = verb.at(-1) ?? '';
  const doubles = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) && verb.length <= 4;
  const third = /(?:s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const ing = /ie$/.test(verb)
    ? `${verb.slice(0, -2)}ying`
    : /[^e]e$/.test(verb) && verb !== 'be'
      ? `${verb.slice(0, -1)}ing`
      : doubles
        ? `${verb}${last}ing`
        : `${verb}ing`;
  const regular = /e$/.test(verb)
    ? `${verb}d`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ied`
      : doubles
        ? `${verb}${last}ed`
        : `${verb}ed`;
  const past = pastOverride || regular;
  const participle = participleOverride || past;
  const forms: [string, VerbForm['kind']][] = [
    [verb, 'infinitive'],
    [third, 'finite'],
    [ing, 'ing'],
    [past, 'finite'],
    [participle, 'participle'],
  ];
  for (const form of extra.split('/').filter((word) => word !== '')) forms.push([form, 'finite']);
  return { lemma: head, particle, forms, needs };
}

/**
 * A read-only view on a map: the map itself is never reachable, so nothing can change it after
 * the module loaded.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Beter plannen', { locale: 'nl' }).specific.status; // 'unmet'
 * ```
 */
export interface Lookup<T> {
  get(key: string): readonly T[];
  has(key: string): boolean;
  keys(): readonly string[];
}

function lookup<T>(entries: Map<string, T[]>): Lookup<T> {
  const keys = Object.freeze([...entries.keys()]);
  for (const value of entries.values()) Object.freeze(value);
  return Object.freeze({
    get: (key: string): readonly T[] => entries.get(key) ?? [],
    has: (key: string): boolean => entries.has(key),
    keys: (): readonly string[] => keys,
  });
}

function set(words: readonly string[]): Lookup<true> {
  const map = new Map<string, true[]>();
  for (const word of words) map.set(word.toLowerCase(), [true]);
  return lookup(map);
}

/**
 * A Dutch split verb: its stem, what must follow later in the clause, and the infinitive after te.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik stel voor 1 mei een plan op', { locale: 'nl' }).specific.status; // 'met'
 * ```
 */
export interface SplitVerb {
  readonly lemma: string;
  readonly verbClass: VerbClass;
  readonly particle: readonly string[];
  readonly needs: VerbForm['needs'];
  /** The base infinitive that may follow "particle te" (af te ronden). */
  readonly base: string;
}

/**
 * Noun classes matched with their plurals and, in Dutch, as the tail of a compound.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Er wordt een overdrachtschecklist opgesteld', { locale: 'nl' }).measurable.status; // 'met'
 * ```
 */
export type NounClass = 'abstract' | 'vehicles' | 'deliverables' | 'credentials' | 'indicators' | 'feelings';

/**
 * Word classes read as phrases, token by token.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('I will set up a dashboard', { locale: 'en' }).specific.status; // 'met'
 * ```
 */
export type PhraseClass =
  | 'habitual'
  | 'namedCredentials'
  | 'subjects'
  | 'auxiliaries'
  | 'passiveAuxiliaries'
  | 'determiners'
  | 'prepositions'
  | 'function'
  | 'purpose'
  | 'method'
  | 'clauseOpeners'
  | 'genericModifiers'
  | 'quality'
  | 'stopwords'
  | 'coordinators'
  | 'backReferences'
  | 'abbreviations'
  | 'rolePrefixes'
  | 'adjectiveVerbs'
  | 'indefinite'
  | 'reflexiveLearning'
  | 'eventOpeners'
  | 'eventVerbs'
  | NounClass;

const phraseClasses: readonly PhraseClass[] = [
  'habitual',
  'namedCredentials',
  'subjects',
  'auxiliaries',
  'passiveAuxiliaries',
  'determiners',
  'prepositions',
  'function',
  'purpose',
  'method',
  'clauseOpeners',
  'genericModifiers',
  'quality',
  'stopwords',
  'coordinators',
  'backReferences',
  'abbreviations',
  'rolePrefixes',
  'adjectiveVerbs',
  'indefinite',
  'reflexiveLearning',
  'eventOpeners',
  'eventVerbs',
  'abstract',
  'vehicles',
  'deliverables',
  'credentials',
  'indicators',
  'feelings',
];

/**
 * The words of a phrase as the tokenizer will see them: lower case, no trailing full stop.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik geef i.p.v. een mail een presentatie', { locale: 'nl' }).measurable.status; // 'met'
 * ```
 */
export function phraseWords(entry: string): string[] {
  return entry
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(/\.$/u, ''))
    .filter((word) => word !== '');
}

function phrases(entries: readonly string[]): Lookup<readonly string[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const entry of entries) {
    const words = phraseWords(entry);
    const first = words[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(Object.freeze(words));
    // Longest first, so a lookup finds "in order to" before "in".
    list.sort((a, b) => b.length - a.length);
    map.set(first, list);
  }
  return lookup(map);
}

/**
 * A lexicon ready for the analyzer: rules compiled, verbs expanded into their forms, word classes
 * as read-only sets.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('I will set the dashboard up by Friday', { locale: 'en' }).specific.status; // 'met'
 * ```
 */
export interface CompiledLexicon {
  readonly locale: Lang;
  readonly rules: { readonly [G in keyof RuleGroups]: readonly CompiledRule[] };
  readonly verbs: Lookup<VerbForm>;
  /** Dutch: stems of split verbs (rond → af); English: the verb of a phrasal verb (set → up). */
  readonly splitVerbs: Lookup<SplitVerb>;
  /** Word classes as phrase sets: keyed by their first word, each entry the words of one phrase. */
  readonly words: { readonly [C in PhraseClass]: Lookup<readonly string[]> };
  readonly nouns: { readonly [C in NounClass]: Lookup<true> };
  /** The longest noun of any class, for the compound scan. */
  readonly longestNoun: number;
  readonly scopes: readonly { readonly id: string; readonly rules: readonly CompiledRule[] }[];
  readonly evaluative: CompiledEvaluative;
}

/**
 * The appraisal and pay rules of a lexicon, compiled.
 *
 * @internal
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * evaluativeSignals('Ask for a raise', 'en')[0]?.kind; // 'pay'
 * ```
 */
export interface CompiledEvaluative {
  readonly signals: readonly (CompiledRule & { readonly kind: EvaluativeKind; readonly owned: boolean })[];
  readonly exclusions: readonly CompiledRule[];
  readonly payrollTopic: readonly CompiledRule[];
  readonly appraiserRole: readonly CompiledRule[];
  readonly owners: Lookup<true>;
  readonly self: Lookup<true>;
  readonly time: Lookup<true>;
  readonly determiners: Lookup<true>;
  readonly work: Lookup<true>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function compileEvaluative(lexicon: Lexicon): CompiledEvaluative {
  const { evaluative } = lexicon;
  const rules = (templates: readonly Template[]): CompiledRule[] =>
    templates.map((template) => ({ id: template.id, source: compileTemplate(template, lexicon.slots) }));
  return {
    signals: evaluative.signals.map((template) => ({
      id: template.id,
      source: compileTemplate(template, lexicon.slots),
      kind: template.kind,
      owned: template.owned === true,
    })),
    exclusions: rules(evaluative.exclusions),
    payrollTopic: rules(evaluative.payrollTopic),
    appraiserRole: rules(evaluative.appraiserRole),
    owners: set(evaluative.words.owners),
    self: set(evaluative.words.self),
    time: set(evaluative.words.time),
    determiners: set(evaluative.words.determiners),
    work: set(lexicon.slots['workNoun'] ?? []),
  };
}

/**
 * Compiles a lexicon. Throws on a malformed template, which the lexicon tests would catch first.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Within six weeks I will give a talk', { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const rules = {} as Record<keyof RuleGroups, CompiledRule[]>;
  for (const [group, templates] of Object.entries(lexicon.rules) as [keyof RuleGroups, readonly Template[]][]) {
    rules[group] = templates.map((template) => ({ id: template.id, source: compileTemplate(template, lexicon.slots) }));
  }
  const verbMap = new Map<string, VerbForm[]>();
  const splitMap = new Map<string, SplitVerb[]>();
  const add = (form: string, entry: VerbForm): void => {
    const key = form.toLowerCase();
    const list = verbMap.get(key) ?? [];
    if (!list.some((known) => known.lemma === entry.lemma && known.verbClass === entry.verbClass && known.kind === entry.kind))
      list.push(entry);
    verbMap.set(key, list);
  };
  for (const group of lexicon.verbs) {
    for (const entry of group.verbs) {
      const expanded = lexicon.locale === 'nl' ? dutchForms(entry) : englishForms(entry);
      for (const [form, kind] of expanded.forms) {
        add(form, {
          lemma: expanded.lemma,
          verbClass: group.class,
          particle: lexicon.locale === 'en' ? expanded.particle : [],
          needs: expanded.needs,
          kind,
        });
      }
      const split = lexicon.locale === 'nl' ? dutchSplitForms(entry) : undefined;
      if (split !== undefined) {
        for (const form of [split.stem, split.stem.endsWith('t') ? split.stem : `${split.stem}t`, split.base]) {
          const list = splitMap.get(form) ?? [];
          list.push({ lemma: expanded.lemma, verbClass: group.class, particle: split.particle, needs: expanded.needs, base: split.base });
          splitMap.set(form, list);
        }
        // "heb ik in kaart gebracht": the participle after a multi-word particle.
        if (split.particle.length > 1)
          add(split.participle, {
            lemma: expanded.lemma,
            verbClass: group.class,
            particle: split.particle,
            needs: expanded.needs,
            kind: 'participle',
          });
      }
    }
  }
  const words = {} as Record<PhraseClass, Lookup<readonly string[]>>;
  for (const name of phraseClasses) words[name] = phrases(lexicon.words[name]);
  const nouns = {} as Record<NounClass, Lookup<true>>;
  let longestNoun = 0;
  for (const name of ['abstract', 'vehicles', 'deliverables', 'credentials', 'indicators', 'feelings'] as const) {
    nouns[name] = set(lexicon.words[name].filter((word) => !word.includes(' ')));
    for (const word of lexicon.words[name]) longestNoun = Math.max(longestNoun, word.length);
  }
  return deepFreeze({
    locale: lexicon.locale,
    rules,
    verbs: lookup(verbMap),
    splitVerbs: lookup(splitMap),
    words,
    nouns,
    longestNoun,
    scopes: lexicon.scopes.map((scope) => ({
      id: scope.id,
      rules: [{ id: scope.id, source: `${before}${guardedAlternation(scope.entries, scope.except ?? [])}${after}` }],
    })),
    evaluative: compileEvaluative(lexicon),
  });
}
