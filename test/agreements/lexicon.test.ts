import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { explainGoalText } from '../../src/agreements/analyze.js';
import { compileTemplate, lexiconData, phraseWords, scan } from '../../src/agreements/lexicon/index.js';
import type { Lexicon, RuleGroups, Template } from '../../src/agreements/lexicon/index.js';
import { plainText } from '../../src/core/index.js';

/** The text of an example without its brackets, and the bracketed parts in order. */
function parseExample(example: string): { text: string; marked: string[] } {
  const marked = [...example.matchAll(/\[([^\]]*)\]/gu)].map((match) => match[1] as string);
  return { text: example.replace(/[[\]]/gu, ''), marked };
}

const locales = ['nl', 'en'] as const;

/** Every template of a lexicon: the goal rules by group, and the evaluative rules (evaluativeSignals). */
function templatesOf(lexicon: Lexicon): { group: string; template: Template }[] {
  const { signals, exclusions, payrollTopic, appraiserRole } = lexicon.evaluative;
  const evaluative: [string, readonly Template[]][] = [
    ['evaluative.signals', signals],
    ['evaluative.exclusions', exclusions],
    ['evaluative.payrollTopic', payrollTopic],
    ['evaluative.appraiserRole', appraiserRole],
  ];
  return [...(Object.entries(lexicon.rules) as [keyof RuleGroups, readonly Template[]][]), ...evaluative].flatMap(([group, templates]) =>
    templates.map((template) => ({ group, template })),
  );
}

/**
 * Every example text of a lexicon, for the check that no entry goes unexercised: its own examples
 * and the labelled sets that the figure tests read (the tuning corpus and the evaluative texts).
 */
function allExamples(lexicon: Lexicon): string[] {
  const labelled = (file: string, textFrom: number): string[] =>
    readFileSync(join(import.meta.dirname, file), 'utf8')
      .split('\n')
      .filter((row) => row.startsWith(`${lexicon.locale}|`))
      .map((row) => row.split('|').slice(textFrom).join('|'));
  return [
    ...templatesOf(lexicon).flatMap(({ template }) => [...template.match, ...(template.noMatch ?? [])]),
    ...lexicon.verbs.flatMap((group) => group.examples),
    ...lexicon.goals.map(([text]) => text),
    ...labelled('corpus.txt', 5),
    ...labelled('evaluative.txt', 2),
    ...labelled('deficit.txt', 2),
  ].map((example) => parseExample(example).text.toLowerCase());
}

/** Does the entry occur as whole words in the text? */
function occurs(entry: string, text: string): boolean {
  const words = phraseWords(entry).join(' ');
  if (words === '') return true;
  let at = text.indexOf(words);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(words, at + 1);
  }
  return false;
}

describe.each(locales)('the %s lexicon: every template finds what its examples mark', (locale) => {
  const lexicon = lexiconData[locale];
  it.each(templatesOf(lexicon).map(({ group, template }) => [`${group} ${template.id} "${template.pattern}"`, template] as const))(
    '%s',
    (_, template) => {
      const source = compileTemplate(template, lexicon.slots);
      expect(template.match.length, 'a template needs at least one example').toBeGreaterThan(0);
      for (const example of template.match) {
        const { text, marked } = parseExample(example);
        const plain = plainText(text).text;
        const found = scan([{ id: template.id, source }], plain)
          .sort((a, b) => a.start - b.start)
          .map((match) => plain.slice(match.start, match.end));
        expect([example, found]).toEqual([example, marked]);
      }
      for (const example of template.noMatch ?? []) {
        const plain = plainText(example).text;
        expect([example, scan([{ id: template.id, source }], plain).map((match) => plain.slice(match.start, match.end))]).toEqual([
          example,
          [],
        ]);
      }
    },
  );
});

/** A sample for each built-in shape, so a template can be filled in. */
const samples: Readonly<Record<string, string>> = {
  day: '15',
  year: '2027',
  planYear: '2027',
  int: '3',
  number: '3',
  money: '€500',
  percent: '20%',
  iso: '2027-06-01',
  dmy: '01-06-2027',
  dm: '1/6',
  quarter: 'Q3',
  word: 'planning',
  level: 'B2',
  time: '9',
  any: 'echt',
};

/**
 * The template filled in with one entry of one slot: that slot's parts are kept (optional or not),
 * every other optional part is left out, other slots take their first entry, literal alternatives
 * their first word. Undefined when the slot is only in an optional piece glued to a word.
 */
function instantiate(pattern: string, slots: Lexicon['slots'], slot: string, entry: string): string {
  const fill = (body: string): string =>
    body.replace(/\{([^{}]*)\}|([^{}]+)/gu, (_, brace: string | undefined, literal: string | undefined) => {
      if (literal !== undefined) return literal.split('|')[0] as string;
      const optional = (brace as string).endsWith('?');
      const name = optional ? (brace as string).slice(0, -1) : (brace as string);
      if (name.startsWith('#')) return optional ? '' : (samples[name.slice(1)] as string);
      if (name === slot) return entry;
      return optional ? '' : ((slots[name] as readonly string[])[0] as string);
    });
  const parts: string[] = [];
  for (const token of pattern.split(' ')) {
    const single = /^\{[^{}]*\?\}$/u.test(token);
    const optional = single || (token.endsWith('?') && !token.endsWith('?}') && token.length > 1);
    const mentions = token.includes(`{${slot}}`) || token.includes(`{${slot}?}`);
    if (optional && !mentions) continue;
    parts.push(fill(single ? token : optional ? token.slice(0, -1) : token));
  }
  return parts.filter((part) => part !== '').join(' ');
}

describe.each(locales)('the %s lexicon: every slot entry, filled into each template that uses it, is found', (locale) => {
  const lexicon = lexiconData[locale];
  it.each(templatesOf(lexicon).map(({ group, template }) => [`${group} ${template.id}`, template] as const))('%s', (_, template) => {
    const source = compileTemplate(template, lexicon.slots);
    const missed: string[] = [];
    for (const slot of Object.keys(lexicon.slots)) {
      if (!template.pattern.includes(`{${slot}}`) && !template.pattern.includes(`{${slot}?}`)) continue;
      for (const entry of lexicon.slots[slot] as readonly string[]) {
        const text = plainText(instantiate(template.pattern, lexicon.slots, slot, entry)).text;
        const whole = scan([{ id: template.id, source }], text).some((match) => match.start === 0 && match.end === text.length);
        if (!whole) missed.push(`${slot}: "${text}"`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe.each(locales)('the %s lexicon: every verb is found in its examples, in its class', (locale) => {
  const lexicon = lexiconData[locale];
  it.each(lexicon.verbs.flatMap((group) => group.examples.map((example) => [group.class, example] as const)))(
    '%s: %s',
    (verbClass, example) => {
      const { text, marked } = parseExample(example);
      const { verbs } = explainGoalText(text, locale);
      const wanted = marked.join(' ').toLowerCase();
      const match = verbs.find((verb) => verb.text.toLowerCase() === wanted && verb.verbClass === verbClass);
      expect([example, match === undefined ? verbs : 'found']).toEqual([example, 'found']);
    },
  );
});

describe.each(locales)('the %s lexicon: example goals get their verdicts', (locale) => {
  const lexicon = lexiconData[locale];
  it.each(lexicon.goals.map(([text, verdicts]) => [text, verdicts] as const))('%s -> %s', (text, verdicts) => {
    const analysis = analyzeGoalText(text, { locale });
    const got = `${analysis.specific.status === 'met' ? 'S' : 's'}${analysis.measurable.status === 'met' ? 'M' : 'm'}${analysis.timeBound.status === 'met' ? 'T' : 't'}`;
    expect([text, got]).toEqual([text, verdicts]);
  });
});

describe.each(locales)('the %s lexicon: lint', (locale) => {
  const lexicon = lexiconData[locale];
  const examples = allExamples(lexicon);

  it('has no duplicate entries in any list', () => {
    const lists: [string, readonly string[]][] = [
      ...Object.entries(lexicon.slots).map(([name, list]) => [`slot ${name}`, list] as [string, readonly string[]]),
      ...Object.entries(lexicon.words).map(([name, list]) => [`words ${name}`, list] as [string, readonly string[]]),
      ...Object.entries(lexicon.evaluative.words).map(([name, list]) => [`evaluative words ${name}`, list] as [string, readonly string[]]),
      ...lexicon.verbs.map((group) => [`verbs ${group.class}`, group.verbs] as [string, readonly string[]]),
      ...lexicon.scopes.map((scope) => [`scope ${scope.id}`, scope.entries] as [string, readonly string[]]),
    ];
    const duplicates = lists.flatMap(([name, list]) =>
      list.filter((entry, index) => list.indexOf(entry) !== index).map((entry) => `${name}: ${entry}`),
    );
    expect(duplicates).toEqual([]);
    const ids = templatesOf(lexicon).map(({ group, template }) => `${group} ${template.id}`);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has no unused category: every slot is used by a template, every rule group has a template', () => {
    const patterns = templatesOf(lexicon)
      .map(({ template }) => template.pattern)
      .join(' ');
    // A slot the evaluative guard reads by name counts as used.
    const readByCode = new Set(['workNoun']);
    const unused = Object.keys(lexicon.slots).filter(
      (name) => !patterns.includes(`{${name}}`) && !patterns.includes(`{${name}?}`) && !readByCode.has(name),
    );
    expect(unused).toEqual([]);
    for (const [group, templates] of Object.entries(lexicon.rules)) expect([group, templates.length > 0]).toEqual([group, true]);
    for (const [name, list] of Object.entries(lexicon.words)) expect([name, list.length > 0]).toEqual([name, true]);
  });

  it('exercises every entry in some example', () => {
    // Slot entries are exercised by the fill-in test above (each template, filled with each entry);
    // word classes, scopes and the evaluative word lists need a written example.
    const unexercised: string[] = [];
    for (const [name, list] of [...Object.entries(lexicon.words), ...Object.entries(lexicon.evaluative.words)]) {
      for (const entry of list) if (!examples.some((example) => occurs(entry, example))) unexercised.push(`${name}: ${entry}`);
    }
    for (const group of lexicon.verbs) {
      const groupExamples = group.examples.map((example) => parseExample(example).text.toLowerCase());
      for (const entry of group.verbs) {
        // The entry is exercised when its lemma or a form of it is in one of its group's examples.
        const head = (entry.split(':')[0] as string).replace(/[?~]$/u, '');
        const forms = [
          head.replace('|', ''),
          head.replace('|', ' '),
          ...entry
            .split(':')
            .slice(1)
            .flatMap((part) => part.split('/')),
        ].filter((form) => form !== '');
        const [particle, base] = head.includes('|') ? head.split('|') : ['', head];
        const stemOk = groupExamples.some(
          (example) =>
            base !== undefined &&
            example.includes(base.slice(0, Math.max(3, base.length - 3))) &&
            (particle === '' || example.includes(particle as string)),
        );
        if (!forms.some((form) => groupExamples.some((example) => example.includes(form))) && !stemOk)
          unexercised.push(`verbs ${group.class}: ${entry}`);
      }
    }
    for (const scope of lexicon.scopes)
      for (const entry of scope.entries)
        if (!examples.some((example) => occurs(entry, example))) unexercised.push(`scope ${scope.id}: ${entry}`);
    expect(unexercised).toEqual([]);
  });
});
