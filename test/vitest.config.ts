import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-report.json' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: { include: ['src/**/*.ts'], reporter: ['text-summary'] },
  },
});
