import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../src/locales/index.js';

/** Finding codes start with one of these prefixes (stable dotted codes; see ARCHITECTURE.md, “Findings are data”). */
const codePrefixes = [
  'input',
  'date',
  'money',
  'agreement',
  'question',
  'agenda',
  'schedule',
  'conversation',
  'plan',
  'budget',
  'dialogue',
  'privacy',
  'report',
  'storage',
  'feedback',
  'competence',
];
const codeLiteral = new RegExp(`['"\`]((?:${codePrefixes.join('|')})\\.[a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)*)['"\`]`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalogue', () => {
  it('has a Dutch and an English text for every code used anywhere in src/', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(join(import.meta.dirname, '..', 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(codeLiteral)) {
        const code = match[1] as string;
        if (/\.(ts|js|md|json)$/.test(code)) continue;
        seen++;
        if (!(code in nl.messages && code in en.messages)) missing.push(`${code} (${file})`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('keeps codes stable and dotted', () => {
    for (const code of [...Object.keys(nl.messages), ...Object.keys(en.messages)]) {
      expect(code).toMatch(new RegExp(`^(${codePrefixes.join('|')})(\\.[a-zA-Z0-9_]+)+$`));
    }
  });
});
