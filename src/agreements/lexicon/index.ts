// The two lexicons, compiled once at module load (pure and frozen), and the few views that
// checkAgreement needs (training and practice words, the scopes a deadline must leave room for).
import type { CompiledLexicon, CompiledRule } from './compile.js';
import type { Lookup } from './compile.js';
import { compileAdviceRules, compileLexicon, once, phraseLookup, phraseWords } from './compile.js';
import { settledSpelling } from './spelling.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { Lang, Lexicon } from './types.js';
import type { FindingParamsOf } from '../../locales/index.js';

/** What a deadline must leave room for. */
type AgreementScope = FindingParamsOf<'agreement.smart.realistic.tooClose'>['scope'];

export type {
  CompiledEvaluative,
  CompiledLexicon,
  CompiledRule,
  Lookup,
  NounClass,
  PhraseClass,
  RuleGate,
  RuleMatch,
  ScanOptions,
  SplitVerb,
  VerbForm,
} from './compile.js';
export { compileLexicon, compileTemplate, matchable, phraseLookup, phraseWords, scan, slipBucket } from './compile.js';
export { settledSpelling } from './spelling.js';
export type {
  EvaluativeKind,
  EvaluativeLexicon,
  EvaluativeTemplate,
  Example,
  Lang,
  Lexicon,
  RuleGroups,
  Template,
  VerbClass,
  VerbGroup,
  WordClasses,
} from './types.js';

/**
 * The lexicons as data, per language (internal; the lint and example tests read them).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond de cursus af voor 1 juni', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export const lexiconData: Readonly<Record<Lang, Lexicon>> = Object.freeze({ nl, en });

/**
 * The lexicons compiled into matchers, per language.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Within six weeks I will give a talk', { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export const compiled: Readonly<Record<Lang, CompiledLexicon>> = lazyLexicons();

/**
 * Each language is compiled on first use, not at import: a host that imports the package for its
 * conversations or plans does not pay for the goal reader's word lists, and one that reads only Dutch
 * never compiles the English ones. The compiled lexicon is frozen; the getter only remembers it.
 */
function lazyLexicons(): Readonly<Record<Lang, CompiledLexicon>> {
  return perLanguage(compileLexicon);
}

/** A frozen view with a value per language, each made from that language's lexicon data when first read. */
function perLanguage<T>(make: (lexicon: Lexicon) => T): Readonly<Record<Lang, T>> {
  const view = {};
  Object.defineProperty(view, 'nl', { enumerable: true, get: once(() => make(nl)) });
  Object.defineProperty(view, 'en', { enumerable: true, get: once(() => make(en)) });
  return Object.freeze(view) as Readonly<Record<Lang, T>>;
}

/**
 * The first words of each language's stopword phrases, for telling the language of a text: the same
 * words the compiled lexicon's `words.stopwords` is keyed by, read from the data without compiling the
 * rest, so detecting the language does not compile both lexicons.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik wil beter leren plannen', { locale: 'auto' }).locale; // 'nl'
 * ```
 */
export const stopwordStarts: Readonly<Record<Lang, { has(word: string): boolean }>> = lazyStopwords();

function lazyStopwords(): Readonly<Record<Lang, { has(word: string): boolean }>> {
  const firstWords = (lexicon: Lexicon): ReadonlySet<string> =>
    new Set(lexicon.words.stopwords.map((entry) => phraseWords(entry)[0]).filter((word): word is string => word !== undefined));
  const nlWords = once(() => firstWords(nl));
  const enWords = once(() => firstWords(en));
  return Object.freeze({
    nl: Object.freeze({ has: (word: string) => nlWords().has(word) }),
    en: Object.freeze({ has: (word: string) => enWords().has(word) }),
  });
}

/**
 * The particles of a surname (*van*, *de*, *von*) per language, as the compiled lexicon's
 * `words.nameParticles`, read from the data without compiling the rest: telling the language of a
 * text looks for a signed name in both languages, and compiled both lexicons for it.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik rond de cursus af voor 1 juni. - Sanne van Dijk', { locale: 'auto' }).locale; // 'nl'
 * ```
 */
export const nameParticles: Readonly<Record<Lang, Lookup<readonly string[]>>> = perLanguage((lexicon) =>
  phraseLookup(lexicon.words.nameParticles.map((entry) => settledSpelling(entry, lexicon.locale))),
);

/**
 * The words that never end a sentence, in either language (see `WordClasses.neverLast`), read from
 * the data without compiling a lexicon: the plain text is made before the language is told.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('I will finish the course by the end of 🙂 June.', { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export const neverLast: { has(word: string): boolean } = lazyNeverLast();

function lazyNeverLast(): { has(word: string): boolean } {
  const words = once(
    () =>
      new Set([nl, en].flatMap((lexicon) => lexicon.words.neverLast.map((word) => settledSpelling(word, lexicon.locale).toLowerCase()))),
  );
  return Object.freeze({ has: (word: string) => words().has(word) });
}

/** One RegExp (without the `g` flag) for a group of rules, built afresh on every read. */
function union(rules: readonly CompiledRule[]): RegExp {
  return new RegExp(rules.map((rule) => `(?:${rule.source})`).join('|'), 'iu');
}

/** The training, practice and scope rules per language, each compiled on first use (see `compileAdviceRules`). */
const adviceRules = perLanguage(compileAdviceRules);

function freshPatterns(lang: Lang): { readonly training: RegExp; readonly practice: RegExp } {
  const view = {};
  // Getters hand out a new RegExp on every read: no lastIndex is ever shared between callers.
  Object.defineProperty(view, 'training', { enumerable: true, get: () => union(adviceRules[lang].training) });
  Object.defineProperty(view, 'practice', { enumerable: true, get: () => union(adviceRules[lang].practice) });
  return Object.freeze(view) as { readonly training: RegExp; readonly practice: RegExp };
}

/**
 * Training words and links to practice, per language, for the practice-link hint of checkAgreement.
 *
 * @internal
 * @example
 * ```ts
 * import { checkAgreement } from 'ontwikkelgesprek';
 * const report = checkAgreement(
 *   { id: 'a1', what: 'Ik volg de training Excel', who: 'e', when: '2027-06-01' },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'e', role: 'employee' }] },
 * );
 * report.findings.some((f) => f.code === 'agreement.practice.missingLink'); // true
 * ```
 */
export const lexicons: Readonly<Record<Lang, { readonly training: RegExp; readonly practice: RegExp }>> = Object.freeze({
  nl: freshPatterns('nl'),
  en: freshPatterns('en'),
});

/** How many days a deadline must leave for each scope, and how the finding names it. */
const scopeTable = [
  { id: 'degree', minimumDays: 180, label: { nl: 'een opleiding met diploma', en: 'a degree programme' } },
  { id: 'language', minimumDays: 90, label: { nl: 'een taalniveau', en: 'a language level' } },
  { id: 'certificate', minimumDays: 28, label: { nl: 'een certificaat of examen', en: 'a certificate or exam' } },
  { id: 'course', minimumDays: 14, label: { nl: 'een cursus of training', en: 'a course or training' } },
  { id: 'deliverable', minimumDays: 5, label: { nl: 'een presentatie, workshop of rapport', en: 'a presentation, workshop or report' } },
] as const;

/**
 * Minimum lead times by scope, in both languages: a deadline closer than this is unrealistic for
 * what the text names. Checked in order; the first match decides.
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
export const scopes: readonly {
  readonly id: AgreementScope;
  readonly pattern: RegExp;
  readonly minimumDays: number;
  readonly label: { readonly nl: string; readonly en: string };
}[] = Object.freeze(
  scopeTable.map((scope) => {
    const rules = () =>
      [...adviceRules.nl.scopes, ...adviceRules.en.scopes]
        .filter((candidate) => candidate.id === scope.id)
        .flatMap((candidate) => candidate.rules);
    const view = { id: scope.id, minimumDays: scope.minimumDays, label: scope.label };
    Object.defineProperty(view, 'pattern', { enumerable: true, get: () => union(rules()) });
    return Object.freeze(view) as {
      readonly id: AgreementScope;
      readonly pattern: RegExp;
      readonly minimumDays: number;
      readonly label: { readonly nl: string; readonly en: string };
    };
  }),
);
