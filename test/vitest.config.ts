import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { entryPoints } from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three projects, run one after the other: `unit` (every module's tests, properties included: the
 * fast loop, `npm run test:fast`), `integration` (packing and installing the package, compiling and
 * running every example and guide block, the browser page, fuzzing every export) and `linear-time`
 * (growth ratios on long hostile text, alone). `npm test` runs all three.
 */
const integration = [
  'test/package/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/examples.test.ts',
  'test/examples/**/*.test.ts',
  'test/linear-time.test.ts',
  'test/robustness.test.ts',
];

/** `ontwikkelgesprek` and its subpaths point at the sources, so examples and guides run as users write them. */
const alias = Object.entries(entryPoints)
  .sort(([a], [b]) => b.length - a.length)
  .map(([name, file]) => ({
    find: name === 'index' ? /^ontwikkelgesprek$/ : new RegExp(`^ontwikkelgesprek/${name}$`),
    replacement: `${root}${file}`,
  }));

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-report.json' },
    testTimeout: 60_000,
    setupFiles: ['test/fast-check.setup.ts'],
    hookTimeout: 240_000,
    // Benchmarks belong to the unit project alone; with `extends: true` every project would run each.
    benchmark: { include: [] },
    coverage: { include: ['src/**/*.ts'], reporter: ['text-summary'] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: integration,
          pool: 'threads',
          benchmark: { include: ['test/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: integration,
          exclude: ['test/linear-time.test.ts'],
          pool: 'forks',
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Growth ratios are measured last and alone: beside a browser or a packing test, a ratio of
        // CPU times still moves with the caches and the collector the other processes disturb.
        extends: true,
        test: {
          name: 'linear-time',
          include: ['test/linear-time.test.ts'],
          pool: 'forks',
          // Each sample starts from a collected heap, so garbage left by the last one is not timed;
          // a young generation of fixed size keeps the collector's pace the same at n and at 2n.
          execArgv: ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
