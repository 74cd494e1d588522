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
    const outDir = join(root, 'node_modules', '.cache', 'tsdoc-examples');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    const origin = new Map<string, string>();
    declarations.forEach((declaration, i) => {
      examplesOf(declaration.docs).forEach((code, j) => {
        const file = join(outDir, `example_${i}_${j}.ts`);
        writeFileSync(file, `${code}\nexport {};\n`);
        files.push(file);
        origin.set(file, `${declaration.file}: ${declaration.name}`);
      });
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
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => {
        const where = origin.get(diagnostic.file?.fileName ?? '') ?? '?';
        return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(files.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 120_000);
});
