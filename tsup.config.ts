import { defineConfig } from 'tsup';

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
});
