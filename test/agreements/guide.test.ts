import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/index.js';
import { agreementSamples, agreementSeverities } from './samples.js';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'agreements.md'), 'utf8');

describe('docs/agreements.md', () => {
  it('lists every finding code with its Dutch and English message, as the catalogues render it', () => {
    for (const [code, params] of Object.entries(agreementSamples)) {
      const severity = agreementSeverities[code as keyof typeof agreementSeverities];
      const finding = { code, severity, path: [], params };
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(`| ${severity} |`);
      expect(row).toContain(findingMessage(finding, 'nl').replace(/\|/g, '\\|'));
      expect(row).toContain(findingMessage(finding, 'en').replace(/\|/g, '\\|'));
    }
  });

  it('lists no code that the catalogue does not have', () => {
    const listed = [...guide.matchAll(/^\| `(agreement\.[^`]+)` \|/gm)].map((match) => match[1] as string);
    expect(listed.filter((code) => !(code in agreementSamples))).toEqual([]);
  });
});
