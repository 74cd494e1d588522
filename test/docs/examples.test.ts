import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../../tsup.config.js';
import { instrument } from './doctest.js';

/**
 * Every public export carries TSDoc with an `@example`; every example, and every TypeScript block of
 * the README and the guides, compiles against the package's entry points (mapped to src/) and runs,
 * and every `// value` claim in it is checked (see doctest.ts). The docs cannot drift from the code.
 */
const root = join(import.meta.dirname, '..', '..');
const packageName = 'ontwikkelgesprek';

/** `ontwikkelgesprek` and `ontwikkelgesprek/<entry>` mapped to the source files. */
const paths: Record<string, string[]> = Object.fromEntries(
  Object.entries(entryPoints).map(([name, file]) => [name === 'index' ? packageName : `${packageName}/${name}`, [file]]),
);

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  baseUrl: root,
  paths,
};

interface Example {
  readonly code: string;
  readonly origin: string;
}

function examplesOf(docs: string): string[] {
  const at = docs.indexOf('@example');
  if (at < 0) return [];
  return [...docs.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

/** The public exports of every entry point, each with the examples of its declarations. */
function publicExports(): { name: string; origin: string; examples: string[] }[] {
  const files = Object.values(entryPoints).map((file) => join(root, file));
  const program = ts.createProgram(files, compilerOptions);
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Declaration>();
  const found: { name: string; origin: string; examples: string[] }[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        if (seen.has(declaration)) continue;
        seen.add(declaration);
        const owner = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
        const docs = ts
          .getJSDocCommentsAndTags(owner)
          .map((node) => node.getFullText())
          .join('\n')
          .split('\n')
          .map((line) => line.replace(/^\s*\*\s?/, '').replace(/^\s*\/\*\*\s?/, ''))
          .join('\n');
        const origin = `${relative(root, declaration.getSourceFile().fileName)}: ${exported.name}`;
        found.push({ name: exported.name, origin, examples: examplesOf(docs) });
      }
    }
  }
  return found;
}

const exported = publicExports();
const tsdocExamples: Example[] = exported.flatMap((entry) => entry.examples.map((code) => ({ code, origin: entry.origin })));
const guideExamples: Example[] = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
].flatMap((document) =>
  [...readFileSync(join(root, document), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1] as string)
    .filter((code) => code.includes(`from '${packageName}`))
    .map((code, index) => ({ code, origin: `${document} block ${index + 1}` })),
);

describe('examples in the docs', () => {
  it('documents every public export with an @example', () => {
    expect(exported.length).toBeGreaterThan(50);
    expect(exported.filter((entry) => entry.examples.length === 0).map((entry) => entry.origin)).toEqual([]);
  });

  it('compiles every TSDoc example against the entry points', () => {
    expect(compileProblems('tsdoc', tsdocExamples)).toEqual([]);
  }, 180_000);

  it('compiles the TypeScript blocks of the README and the guides', () => {
    expect(guideExamples.length).toBeGreaterThan(10);
    expect(compileProblems('markdown', guideExamples)).toEqual([]);
  }, 180_000);

  it('runs every example and checks every `// value` claim in it', async () => {
    const dir = join(root, 'test', 'docs', '.run');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const claims = join(dir, 'claims.ts');
    writeFileSync(
      claims,
      `import { checkClaim } from '../doctest.js';\nexport function __claim(value: () => unknown, claim: Parameters<typeof checkClaim>[1], origin: string): void {\n  checkClaim(value(), claim, origin);\n}\n`,
    );
    let checked = 0;
    const failures: string[] = [];
    const all = [...tsdocExamples, ...guideExamples];
    for (const [index, example] of all.entries()) {
      // Type-level examples (`declare const x: T`) have nothing to run.
      if (/^\s*declare /mu.test(example.code)) continue;
      const instrumented = instrument(example.code, './claims.js', example.origin);
      const file = join(dir, `example_${index}.ts`);
      writeFileSync(file, `${instrumented.code}\nexport {};\n`);
      try {
        await import(/* @vite-ignore */ file);
        checked += instrumented.claims;
      } catch (error) {
        failures.push(`${example.origin}: ${error instanceof Error ? error.message.split('\n').slice(0, 6).join(' ') : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 240_000);
});

/** Type-checks each snippet as its own module, with the package's entry points mapped to src/. */
function compileProblems(kind: string, examples: readonly Example[]): string[] {
  const outDir = join(root, 'node_modules', '.cache', `${kind}-examples`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const origin = new Map<string, string>();
  const files = examples.map((example, index) => {
    const file = join(outDir, `example_${index}.ts`);
    writeFileSync(file, `${example.code}\nexport {};\n`);
    origin.set(file, example.origin);
    return file;
  });
  const program = ts.createProgram(files, compilerOptions);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
    .map(
      (diagnostic) =>
        `${origin.get(diagnostic.file?.fileName ?? '') ?? '?'}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
}
