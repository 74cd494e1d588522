import type { CompiledLexicon, CompiledRule, Lexicon, Template } from '../../../src/agreements/lexicon/index.js';

/** Every rule list a scan runs over: the goal groups, the scopes and the evaluative rules. */
export function ruleLists(lexicon: CompiledLexicon): [string, readonly CompiledRule[]][] {
  const { signals, exclusions, payrollTopic, appraiserRole } = lexicon.evaluative;
  return [
    ...Object.entries(lexicon.rules),
    ...lexicon.scopes.map((scope): [string, readonly CompiledRule[]] => [`scope ${scope.id}`, scope.rules]),
    ['evaluative.signals', signals],
    ['evaluative.exclusions', exclusions],
    ['evaluative.payrollTopic', payrollTopic],
    ['evaluative.appraiserRole', appraiserRole],
  ];
}

/** The words a lexicon is made of: slot entries, the literal words of its templates, the words of its examples. */
export function wordsOf(lexicon: Lexicon): string[] {
  const templates: Template[] = [
    ...(Object.values(lexicon.rules) as (readonly Template[])[]).flat(),
    ...lexicon.evaluative.signals,
    ...lexicon.evaluative.exclusions,
    ...lexicon.evaluative.payrollTopic,
    ...lexicon.evaluative.appraiserRole,
  ];
  const literals = templates.flatMap((template) =>
    template.pattern
      .replace(/\{[^{}]*\}/gu, ' ')
      .split(/[ |?]/u)
      .filter((word) => word !== ''),
  );
  const examples = templates.flatMap((template) =>
    [...template.match, ...(template.noMatch ?? [])].flatMap((example) => example.replace(/[[\]]/gu, '').split(' ')),
  );
  const scopes = lexicon.scopes.flatMap((scope) => [...scope.entries, ...(scope.except ?? [])]);
  return [...new Set([...Object.values(lexicon.slots).flat(), ...literals, ...examples, ...scopes])];
}
