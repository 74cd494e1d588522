import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { entryPoints } from '../../tsup.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The page imports `ontwikkelgesprek` as a host would; the alias points it at the library's sources,
 * so the page always shows the code of this checkout without a build of the package first.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: Object.entries(entryPoints)
      .sort(([a], [b]) => b.length - a.length)
      .map(([name, file]) => ({
        find: name === 'index' ? /^ontwikkelgesprek$/u : new RegExp(`^ontwikkelgesprek/${name}$`, 'u'),
        replacement: `${root}${file}`,
      })),
  },
  // The library with its lexicons and built-in question bank is one chunk of about 600 kB (195 kB gzipped).
  build: { outDir: `${root}artifacts/web`, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
});
