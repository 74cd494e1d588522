import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementsMessages } from '../../src/agreements/index.js';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'agreements.md'), 'utf8');

describe('docs/agreements.md', () => {
  it('lists every finding code with its Dutch and English message, as in the catalogue', () => {
    for (const [code, text] of Object.entries(agreementsMessages)) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(text.nl.replace(/\|/g, '\\|'));
      expect(row).toContain(text.en.replace(/\|/g, '\\|'));
    }
  });

  it('lists no code that the catalogue does not have', () => {
    const listed = [...guide.matchAll(/^\| `(agreement\.[^`]+)` \|/gm)].map((match) => match[1] as string);
    expect(listed.filter((code) => !(code in agreementsMessages))).toEqual([]);
  });
});
