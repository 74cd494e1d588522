// Mutation testing of one module: `npm run mutate -- <module>` (e.g. `schedule`, `core`), or of the
// whole library without an argument. One module's source is mutated and judged by that module's
// tests only, so a run takes minutes instead of hours and the score is the module's own.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const module = process.argv[2];
const args = ['stryker', 'run', 'test/stryker.config.json'];
if (module !== undefined) {
  if (!existsSync(join(root, 'src', module)) || !existsSync(join(root, 'test', module))) {
    console.error(`No module ${module}: expected src/${module}/ and test/${module}/.`);
    process.exit(2);
  }
  args.push('--mutate', `src/${module}/**/*.ts,!src/${module}/**/index.ts,!src/${module}/**/lexicon/nl.ts,!src/${module}/**/lexicon/en.ts`);
}
// `--tests a.test.ts,b.test.ts` judges the mutants by those test files only: one file of a large
// module in minutes instead of an hour. The score is then a lower bound of the module's own.
const rest = process.argv.slice(3);
const at = rest.indexOf('--tests');
const tests = at >= 0 ? rest.splice(at, 2)[1] : undefined;
if (at >= 0 && (tests === undefined || tests.startsWith('--'))) {
  console.error('--tests needs a comma-separated list of test files.');
  process.exit(2);
}
// Further arguments go to Stryker as they are (e.g. `--concurrency 1` on a busy machine).
args.push(...rest);
const run = spawnSync('npx', args, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(module === undefined ? {} : { MUTATE_MODULE: module }),
    ...(tests === undefined ? {} : { MUTATE_TESTS: tests }),
  },
});
// The JSON report (artifacts/mutation/report.json) is kept per module, beside the others.
const report = join(root, 'artifacts', 'mutation', 'report.json');
if (module !== undefined && existsSync(report)) copyFileSync(report, join(root, 'artifacts', 'mutation', `${module}.json`));
process.exit(run.status ?? 1);
