import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds the package as users get it (tsup, npm pack), installs the tarball into a fresh project
 * and imports it from ESM and CommonJS.
 */
const root = join(import.meta.dirname, '..', '..');
let work = '';
let consumer = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ontwikkelgesprek-pack-'));
  const stage = join(work, 'stage');
  mkdirSync(stage);
  // Build into a staging copy so this test never races the gate's own build of dist/.
  run('npx', ['tsup', '--out-dir', join(stage, 'dist'), '--silent'], root);
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    writeFileSync(join(stage, file), readFileSync(join(root, file)));
  }
  const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], stage)
    .trim()
    .split('\n')
    .pop() as string;
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)], consumer);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('is importable from ESM and CommonJS with the same exports', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import * as main from 'ontwikkelgesprek';\nimport * as questions from 'ontwikkelgesprek/questions';\n` +
        `console.log(JSON.stringify({ main: Object.keys(main).sort(), questions: Object.keys(questions).sort(), nl: main.messages['input.required'].nl }));\n`,
    );
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const main = require('ontwikkelgesprek');\nconst questions = require('ontwikkelgesprek/questions');\n` +
        `console.log(JSON.stringify({ main: Object.keys(main).filter((k) => k !== 'default' && k !== '__esModule').sort(), questions: Object.keys(questions).filter((k) => k !== 'default' && k !== '__esModule').sort(), nl: main.messages['input.required'].nl }));\n`,
    );
    const esm = JSON.parse(run('node', ['esm.mjs'], consumer)) as { main: string[]; questions: string[]; nl: string };
    const cjs = JSON.parse(run('node', ['cjs.cjs'], consumer)) as { main: string[]; questions: string[]; nl: string };
    expect(esm.main.length).toBeGreaterThan(50);
    expect(cjs).toEqual(esm);
    expect(esm.nl).toBe('Dit veld is verplicht.');
  });

  it('keeps the built-in question bank out of the main entry point (ESM and CJS)', () => {
    const dist = join(consumer, 'node_modules', 'ontwikkelgesprek', 'dist');
    const reachable = (entry: string): string => {
      const seen = new Set<string>();
      const visit = (file: string): string => {
        if (seen.has(file)) return '';
        seen.add(file);
        const text = readFileSync(join(dist, file), 'utf8');
        const imports = [...text.matchAll(/(?:from\s*|require\(|import\()\s*["']\.\/([^"']+)["']/g)].map((m) => m[1] as string);
        return text + imports.map(visit).join('');
      };
      return visit(entry);
    };
    const bankText = 'fluitend naar huis';
    expect(reachable('questions.js')).toContain(bankText);
    expect(reachable('questions.cjs')).toContain(bankText);
    expect(reachable('index.js')).not.toContain(bankText);
    expect(reachable('index.cjs')).not.toContain(bankText);
  });

  it('ships only what users need', () => {
    const files = run('npm', ['ls', '--parseable', '--depth=0'], consumer);
    expect(files).toContain('ontwikkelgesprek');
    const installed = join(consumer, 'node_modules', 'ontwikkelgesprek');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'immer', 'zod']);
    const listing = run('find', ['.', '-type', 'f', '-not', '-path', './node_modules/*'], installed);
    expect(listing).not.toMatch(/\/src\/|\/test\/|\.test\.|tsconfig/);
  });
});
