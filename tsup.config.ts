import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import ts from 'typescript';

/**
 * The package's entry points: the main entry (everything but the schemas and the built-in question
 * bank), one per module, the schemas, and each built-in language on its own. `package.json`
 * `exports` and `docs/typedoc.json` list the same entries (test/package/entries.test.ts checks).
 */
export const entryPoints: Readonly<Record<string, string>> = {
  index: 'src/index.ts',
  agreements: 'src/agreements/index.ts',
  questions: 'src/questions/entry.ts',
  agenda: 'src/agenda/index.ts',
  schedule: 'src/schedule/index.ts',
  conversation: 'src/conversation/index.ts',
  plan: 'src/plan/index.ts',
  dialogue: 'src/dialogue/index.ts',
  privacy: 'src/privacy/index.ts',
  report: 'src/report/index.ts',
  feedback: 'src/feedback/index.ts',
  storage: 'src/storage/index.ts',
  schemas: 'src/schemas/index.ts',
  'locales/nl': 'src/locales/nl/index.ts',
  'locales/en': 'src/locales/en/index.ts',
};

/** The properties of the goal reader's lexicons that only the tests read: each rule's and verb group's examples, and the example goals. */
const exampleProperties: ReadonlySet<string> = new Set(['match', 'noMatch', 'examples', 'goals']);

/**
 * The lexicon source without its examples. They sit beside each rule in the source, where a maintainer
 * reads and changes them together and the lexicon tests check each rule against them, but the
 * analyzer never reads them: they are about half of the lexicons' bytes.
 */
export function withoutExamples(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const strip: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (property) => !(ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && exampleProperties.has(property.name.text)),
        );
        return ts.visitEachChild(ts.factory.updateObjectLiteralExpression(node, kept), visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const [stripped] = ts.transform(file, [strip]).transformed;
  return ts.createPrinter({ removeComments: true }).printFile(stripped as ts.SourceFile);
}

/** Ships the goal reader's lexicons without their examples (see `withoutExamples`). */
const lexiconsWithoutExamples: Plugin = {
  name: 'lexicons-without-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]agreements[\\/]lexicon[\\/](?:nl|en)\.ts$/ }, async ({ path }) => ({
      contents: withoutExamples(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

export default defineConfig({
  entry: { ...entryPoints },
  // ES modules only: Node 20.19 and later `require()` them, so CommonJS hosts keep working, and the
  // package ships each file once instead of twice (the CommonJS copy doubled the tarball).
  format: ['esm'],
  dts: true,
  // No source maps in the package: the code is not minified, and maps would double the tarball.
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
  esbuildPlugins: [lexiconsWithoutExamples],
});
