// Turns a Lexicon (plain data) into matchers, once, at module load. Everything it returns is
// frozen, and no RegExp with the `g` flag is kept: a scan builds its own RegExp from the frozen
// source for every call, so no `lastIndex` is shared between calls.
//
// Linear time is part of the contract: every pattern is a sequence of whole-word guards, fixed
// words, alternations of fixed words and the bounded primitives below. There is no nested
// quantifier, no alternation under repetition and no `\s*`, because the text is plain (one space
// between words) before any pattern reads it. Verbs and word classes are looked up token by token.
import { gateOf, gateOfEntries } from './gate.js';
import type { CompiledRule, SlotSources } from './patterns.js';
import { after, before, compileTemplate, guardedAlternation } from './patterns.js';
import type { EvaluativeKind, Lang, Lexicon, RuleGroups, Template, VerbClass, WordClasses } from './types.js';
import type { VerbForm } from './verb-forms.js';
import { dutchForms, dutchSplitForms, englishForms } from './verb-forms.js';
import { settledLexicon } from './spelling.js';
export type { RuleGate } from './gate.js';
export type { CompiledRule, RuleMatch, ScanOptions } from './patterns.js';
export { compileTemplate, matchable, scan } from './patterns.js';
export type { VerbForm } from './verb-forms.js';

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
export type PhraseClass = keyof WordClasses | 'numberWords';

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

/**
 * A word class as a phrase lookup: keyed by each phrase's first word, the phrases of a key longest
 * first.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik wil in plaats van mailen bellen', { locale: 'nl' }).locale; // 'nl'
 * ```
 */
export function phraseLookup(entries: readonly string[]): Lookup<readonly string[]> {
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
  /**
   * The forms a word typed with a slip may be (see `slipBucket`): forms of six letters or more of a
   * verb of a real action without a particle, by their first letter and length.
   */
  readonly slipForms: Lookup<string>;
  /** Word classes as phrase sets: keyed by their first word, each entry the words of one phrase. */
  readonly words: { readonly [C in PhraseClass]: Lookup<readonly string[]> };
  readonly nouns: { readonly [C in NounClass]: Lookup<true> };
  /** The longest noun of any class, for the compound scan. */
  readonly longestNoun: number;
  readonly scopes: readonly { readonly id: string; readonly rules: readonly CompiledRule[] }[];
  readonly evaluative: CompiledEvaluative;
}

/** Verb classes a slip is never repaired to: a helping, vague or placeholder verb says too little to guess. */
const weakClasses: ReadonlySet<VerbClass> = new Set(['light', 'vague', 'placeholder']);

/** The key of the forms a word with a slip may be: the first letter (never slipped) and the length. */
export function slipBucket(first: string, length: number): string {
  return `${first}${length}`;
}

/** The forms of `slipForms`, by `slipBucket`. */
function slipFormsOf(verbMap: ReadonlyMap<string, readonly VerbForm[]>): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const [form, entries] of verbMap) {
    if (form.length < 6 || !/^\p{Ll}+$/u.test(form)) continue;
    if (!entries.some((entry) => entry.particle.length === 0 && !weakClasses.has(entry.verbClass))) continue;
    const key = slipBucket(form[0] as string, form.length);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [form]);
    else bucket.push(form);
  }
  return buckets;
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

/** A template as a rule: its RegExp source and the gate derived from the same template. */
function ruleOf(template: Template, slots: Lexicon['slots'], sources: SlotSources): CompiledRule {
  const gate = gateOf(template.pattern, slots);
  const source = compileTemplate(template, slots, sources);
  return gate === undefined ? { id: template.id, source } : { id: template.id, source, gate };
}

function compileEvaluative(lexicon: Lexicon, sources: SlotSources): CompiledEvaluative {
  const { evaluative } = lexicon;
  const rules = (templates: readonly Template[]): CompiledRule[] => templates.map((template) => ruleOf(template, lexicon.slots, sources));
  return {
    signals: evaluative.signals.map((template) => ({
      ...ruleOf(template, lexicon.slots, sources),
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
 * A value made on the first call and the same value after: a memo of one frozen value.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond de cursus af voor 1 juni', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Every form of every verb, and the Dutch split verbs by their stem, of a settled lexicon. */
function verbTables(lexicon: Lexicon): { verbMap: Map<string, VerbForm[]>; splitMap: Map<string, SplitVerb[]> } {
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
  return { verbMap, splitMap };
}

/** The word classes as phrase lookups and the noun classes as sets, of a settled lexicon. */
function wordTables(lexicon: Lexicon): Pick<CompiledLexicon, 'words' | 'nouns' | 'longestNoun'> {
  const words = {} as Record<PhraseClass, Lookup<readonly string[]>>;
  // Every word class of the lexicon, by its name in `WordClasses` (no list of names to keep in step).
  for (const name of Object.keys(lexicon.words) as (keyof WordClasses)[]) words[name] = phraseLookup(lexicon.words[name]);
  // Numbers written as words are the count slots' own words: one list, read as a class too.
  words.numberWords = phraseLookup([...(lexicon.slots['count'] ?? []), ...(lexicon.slots['fewCount'] ?? [])]);
  const nouns = {} as Record<NounClass, Lookup<true>>;
  let longestNoun = 0;
  for (const name of ['abstract', 'vehicles', 'deliverables', 'credentials', 'indicators', 'feelings'] as const) {
    nouns[name] = set(lexicon.words[name].filter((word) => !word.includes(' ')));
    for (const word of lexicon.words[name]) longestNoun = Math.max(longestNoun, word.length);
  }
  return { words, nouns, longestNoun };
}

/** The scope rules of a settled lexicon: what a deadline must leave room for. */
function scopeRules(lexicon: Lexicon): CompiledLexicon['scopes'] {
  return lexicon.scopes.map((scope) => {
    const source = `${before}${guardedAlternation(scope.entries, scope.except ?? [])}${after}`;
    const gate = gateOfEntries(scope.entries);
    return { id: scope.id, rules: [gate === undefined ? { id: scope.id, source } : { id: scope.id, source, gate }] };
  });
}

/**
 * The rules checkAgreement reads in both languages, compiled without the rest of the lexicon: the
 * training words and links to practice (a course's topic is no link to the work, in either language),
 * and the scopes a deadline must leave room for. A Dutch goal does not compile the English verbs.
 *
 * @internal
 * @example
 * ```ts
 * import { checkAgreement } from 'ontwikkelgesprek';
 * checkAgreement(
 *   { id: 'a1', what: 'Behaal het certificaat', who: 'e', when: '2027-03-20' },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'e', role: 'employee' }] },
 * ).smart.realistic.status; // 'unmet'
 * ```
 */
export function compileAdviceRules(written: Lexicon): {
  readonly training: readonly CompiledRule[];
  readonly practice: readonly CompiledRule[];
  readonly scopes: CompiledLexicon['scopes'];
} {
  const lexicon = settledLexicon(written);
  const sources: SlotSources = new Map();
  const group = (name: 'training' | 'practice'): CompiledRule[] =>
    lexicon.rules[name].map((template) => ruleOf(template, lexicon.slots, sources));
  return deepFreeze({ training: group('training'), practice: group('practice'), scopes: scopeRules(lexicon) });
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
export function compileLexicon(written: Lexicon): CompiledLexicon {
  // The text is read in settled spelling (see `settledSpelling`), so the entries are too.
  const lexicon = settledLexicon(written);
  const sources: SlotSources = new Map();
  const rules = {} as Record<keyof RuleGroups, CompiledRule[]>;
  for (const [group, templates] of Object.entries(lexicon.rules) as [keyof RuleGroups, readonly Template[]][]) {
    rules[group] = templates.map((template) => ruleOf(template, lexicon.slots, sources));
  }
  const { verbMap, splitMap } = verbTables(lexicon);
  return deepFreeze({
    locale: lexicon.locale,
    rules,
    verbs: lookup(verbMap),
    slipForms: lookup(slipFormsOf(verbMap)),
    splitVerbs: lookup(splitMap),
    ...wordTables(lexicon),
    scopes: scopeRules(lexicon),
    evaluative: compileEvaluative(lexicon, sources),
  });
}
