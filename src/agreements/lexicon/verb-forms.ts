// Verb forms: the inflections of Dutch and English verbs, made from the infinitive.
import type { VerbClass } from './types.js';

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

export const vowels = 'aeiou';

export function isConsonant(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char) && !vowels.includes(char) && char !== 'y';
}

/** Dutch verbs in -eren with a schwa: their stem keeps one e (lever, verander), unlike loan verbs (organiseer). */
export const dutchSchwaEren: ReadonlySet<string> = new Set([
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
export function dutchStem(infinitive: string): string {
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
export function needsOf(entry: string): { bare: string; needs: VerbForm['needs'] } {
  const [head = '', ...rest] = entry.split(':');
  const marker = head.at(-1);
  if (marker === '?' || marker === '~')
    return { bare: [head.slice(0, -1), ...rest].join(':'), needs: marker === '?' ? 'credential' : 'vehicle' };
  return { bare: entry, needs: undefined };
}

/** 't kofschip: the participle ends in t after a voiceless consonant of the infinitive's stem, else in d. */
export function dutchParticiple(infinitive: string, stem: string): string {
  const unstressed = /^(?:be|ge|her|er|ont|ver)/.test(infinitive);
  const raw = infinitive.endsWith('en') ? infinitive.slice(0, -2) : stem;
  const voiceless = /(?:t|k|f|s|ch|p|x)$/.test(raw.replace(/(.)\1$/, '$1'));
  const ending = stem.endsWith('t') || stem.endsWith('d') ? '' : voiceless ? 't' : 'd';
  return `${unstressed ? '' : 'ge'}${stem}${ending}`;
}

export function dutchForms(entry: string): {
  lemma: string;
  particle: string[];
  forms: [string, VerbForm['kind']][];
  needs: VerbForm['needs'];
} {
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
export function dutchSplitForms(entry: string): { stem: string; base: string; participle: string; particle: string[] } | undefined {
  const { bare } = needsOf(entry);
  const [head = '', stemOverride = '', participleOverride = ''] = bare.split(':');
  if (!head.includes('|')) return undefined;
  const [particleText, base] = head.split('|') as [string, string];
  const stem = stemOverride || dutchStem(base);
  return { stem, base, participle: participleOverride || dutchParticiple(base, stem), particle: particleText.split(' ') };
}

/** English forms by the spelling rules; irregular past and participle come from the data. */
export function englishForms(entry: string): {
  lemma: string;
  particle: string[];
  forms: [string, VerbForm['kind']][];
  needs: VerbForm['needs'];
} {
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
