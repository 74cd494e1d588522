import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../src/core/index.js';
import { en, nl } from '../src/locales/index.js';
import { agreementsMessages } from '../src/agreements/index.js';
import { messages } from '../src/messages.js';

const catalogues = {
  agreementsMessages,
};

/** Finding codes start with one of these prefixes; see DESIGN.md (stable dotted codes). */
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
        const entry = messages[code];
        const inCatalogues = code in nl.messages && code in en.messages;
        if (!inCatalogues && (!entry?.nl.trim() || !entry.en.trim())) missing.push(`${code} (${file})`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [code, text] of Object.entries(messages)) {
      expect([code, placeholdersOf(text.nl).sort()]).toEqual([code, placeholdersOf(text.en).sort()]);
    }
  });

  it('never lets two modules claim the same code', () => {
    const owners = new Map<string, string>();
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const code of Object.keys(catalogue)) {
        expect(owners.get(code), `${code} is defined in ${owners.get(code)} and ${name}`).toBeUndefined();
        owners.set(code, name);
      }
    }
    expect(owners.size).toBe(Object.keys(messages).length);
    // A code lives either in a module's old table or in the language catalogues, never in both.
    for (const code of Object.keys(nl.messages)) expect(owners.get(code), code).toBeUndefined();
  });

  it('keeps codes stable and dotted', () => {
    for (const code of [...Object.keys(messages), ...Object.keys(nl.messages)]) {
      expect(code).toMatch(new RegExp(`^(${codePrefixes.join('|')})(\\.[a-zA-Z0-9_]+)+$`));
    }
  });
});
