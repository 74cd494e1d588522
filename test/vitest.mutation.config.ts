import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The unit project alone, for mutation testing (`npm run mutate`): every mutant is judged by the
 * module tests and their properties; packing, guides and linear-time ratios add nothing there.
 */
export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      // `npm run mutate -- <module>` judges a module's mutants by that module's tests alone, and
      // `--tests a,b` by those files alone.
      include: process.env['MUTATE_TESTS']
        ? process.env['MUTATE_TESTS'].split(',').map((file) => file.trim())
        : [process.env['MUTATE_MODULE'] ? `test/${process.env['MUTATE_MODULE']}/**/*.test.ts` : 'test/**/*.test.ts'],
      exclude: [
        'test/package/**',
        'test/docs/**',
        'test/examples.test.ts',
        'test/linear-time.test.ts',
        'test/robustness.test.ts',
        'test/architecture.test.ts',
      ],
      pool: 'threads',
      reporters: ['default'],
    },
  }),
);
