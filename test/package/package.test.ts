import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../../tsup.config.js';

/**
 * Builds the package as users get it (tsup, npm pack), installs the tarball into a fresh project
 * and imports it from ESM and CommonJS. The package is ES modules only; CommonJS hosts load it with
 * `require()`, which Node supports from 20.19 (the package's `engines`).
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
  it('is importable from ESM and, through require(), from CommonJS with the same exports, at every entry point', () => {
    const specifiers = Object.keys(entryPoints).map((name) => (name === 'index' ? 'ontwikkelgesprek' : `ontwikkelgesprek/${name}`));
    const keys = (expression: string): string => `Object.keys(${expression}).filter((k) => k !== 'default' && k !== '__esModule').sort()`;
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `${specifiers.map((specifier, index) => `import * as m${index} from '${specifier}';`).join('\n')}\n` +
        `console.log(JSON.stringify({ entries: [${specifiers.map((_, index) => keys(`m${index}`)).join(', ')}], ` +
        `nl: m0.findingMessage({ code: 'input.required', severity: 'error', path: [], params: {} }, 'nl') }));\n`,
    );
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `${specifiers.map((specifier, index) => `const m${index} = require('${specifier}');`).join('\n')}\n` +
        `console.log(JSON.stringify({ entries: [${specifiers.map((_, index) => keys(`m${index}`)).join(', ')}], ` +
        `nl: m0.findingMessage({ code: 'input.required', severity: 'error', path: [], params: {} }, 'nl') }));\n`,
    );
    const esm = JSON.parse(run('node', ['esm.mjs'], consumer)) as { entries: string[][]; nl: string };
    const cjs = JSON.parse(run('node', ['cjs.cjs'], consumer)) as { entries: string[][]; nl: string };
    expect(esm.entries[0]?.length).toBeGreaterThan(50);
    for (const entry of esm.entries) expect(entry.length).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
    expect(esm.nl).toBe('Dit veld is verplicht.');
  });

  it('lists the same entry points in tsup, package.json and typedoc', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const exported = Object.keys(manifest.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? 'index' : key.slice(2)))
      .sort();
    expect(exported).toEqual(Object.keys(entryPoints).sort());
    const typedoc = JSON.parse(readFileSync(join(root, 'docs', 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    expect(typedoc.entryPoints.map((file) => file.replace(/^\.\.\//u, '')).sort()).toEqual(Object.values(entryPoints).sort());
  });

  it('keeps the built-in question bank out of the main entry point', () => {
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
    expect(reachable('index.js')).not.toContain(bankText);
  });

  it('ships only what users need', () => {
    const files = run('npm', ['ls', '--parseable', '--depth=0'], consumer);
    expect(files).toContain('ontwikkelgesprek');
    const installed = join(consumer, 'node_modules', 'ontwikkelgesprek');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'immer', 'zod']);
    const listing = run('find', ['.', '-type', 'f', '-not', '-path', './node_modules/*'], installed);
    expect(listing).not.toMatch(/\/src\/|\/test\/|\.test\.|tsconfig/);
    // One format: no CommonJS copies of the code or of the declarations.
    expect(listing).not.toMatch(/\.cjs$|\.d\.cts$/m);
    expect(manifest).toMatchObject({ engines: { node: '>=20.19' } });
  });
});
