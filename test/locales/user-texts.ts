// Every user-facing text of one built-in language, for the tests that read them all (nl.test.ts,
// en.test.ts): each finding code rendered with realistic params, every label of every family, every
// built-in question and the built-in conversation templates' texts.
import type { Catalogue, Finding, FindingCode } from '../../src/index.js';
import { conversationTemplates, findingMessage } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { samples } from './samples.js';

export function userTexts(catalogue: Catalogue, lang: 'nl' | 'en'): [where: string, text: string][] {
  const texts: [string, string][] = (Object.keys(samples) as FindingCode[]).map((code) => [
    code,
    findingMessage({ code, severity: 'warning', path: [], params: samples[code] } as Finding, catalogue),
  ]);
  for (const [family, labels] of Object.entries(catalogue.labels)) {
    for (const [id, label] of Object.entries(labels as Record<string, string>)) texts.push([`${family}.${id}`, label]);
  }
  for (const question of builtInQuestions) texts.push([question.id, question.text[lang]]);
  const walk = (value: unknown, where: string): void => {
    if (value === null || typeof value !== 'object') return;
    const text = (value as Record<string, unknown>)[lang];
    if (typeof text === 'string') texts.push([where, text]);
    for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  walk(conversationTemplates, 'template');
  return texts;
}
