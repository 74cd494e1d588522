import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every public export carries TSDoc with an `@example`, and every example compiles against the
 * package's own entry points (mapped to src/), so the docs cannot drift from the code.
 */
const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Documented {
  readonly file: string;
  readonly name: string;
  readonly docs: string;
}

/** Exported declarations with their leading JSDoc (empty when there is none). */
function exportedDeclarations(file: string): Documented[] {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Documented[] = [];
  for (const statement of sourceFile.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    let name: string | undefined;
    if (ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement)) {
      name = statement.name?.text;
    } else if (ts.isVariableStatement(statement)) {
      name = statement.declarationList.declarations.map((d) => d.name.getText(sourceFile)).join(',');
    }
    if (name === undefined) continue;
    const docs = ts
      .getJSDocCommentsAndTags(statement)
      .map((node) => node.getFullText(sourceFile))
      .join('\n');
    const leading = (ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [])
      .map((range) => text.slice(range.pos, range.end))
      .filter((comment) => comment.startsWith('/**'))
      .join('\n');
    found.push({ file: relative(root, file), name, docs: docs || leading });
  }
  return found;
}

function examplesOf(docs: string): string[] {
  const body = docs
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').replace(/^\s*\/\*\*\s?/, ''))
    .join('\n');
  const at = body.indexOf('@example');
  if (at < 0) return [];
  return [...body.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

const declarations = sourceFiles(src).flatMap(exportedDeclarations);

describe('TSDoc examples', () => {
  it('documents every exported declaration with an @example', () => {
    const undocumented = declarations
      .filter((declaration) => examplesOf(declaration.docs).length === 0)
      .map((declaration) => `${declaration.file}: ${declaration.name}`);
    expect(undocumented).toEqual([]);
  });

  it('compiles every example against the public entry points', () => {
    const examples = declarations.flatMap((declaration) =>
      examplesOf(declaration.docs).map((code) => ({ code, origin: `${declaration.file}: ${declaration.name}` })),
    );
    expect(examples.length).toBeGreaterThan(50);
    expect(compileProblems('tsdoc', examples)).toEqual([]);
  }, 120_000);

  it('compiles the TypeScript blocks of the README and the guides', () => {
    const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    const examples = documents.flatMap((document) =>
      [...readFileSync(join(root, document), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)]
        .map((match) => match[1] as string)
        .filter((code) => code.includes("from 'ontwikkelgesprek"))
        .map((code, index) => ({ code, origin: `${document} block ${index + 1}` })),
    );
    expect(examples.length).toBeGreaterThan(10);
    expect(compileProblems('markdown', examples)).toEqual([]);
  }, 120_000);
});

/** Type-checks each snippet as its own module, with the package name mapped to src/. */
function compileProblems(kind: string, examples: readonly { code: string; origin: string }[]): string[] {
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
  const program = ts.createProgram(files, {
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
    paths: {
      ontwikkelgesprek: ['src/index.ts'],
      'ontwikkelgesprek/questions': ['src/questions/entry.ts'],
    },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
    .map((diagnostic) => `${origin.get(diagnostic.file?.fileName ?? '') ?? '?'}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}
