// Cold start, as a host meets it: every figure is taken in a fresh `node` process against the built
// `dist/`, because what a first call costs (V8 compiling the lexicon's patterns, tiering up the
// reader) is gone by the third call and invisible to any in-process benchmark.
//
//   npm run build && npx tsx test/bench/cold-start.ts [rounds] [filter] [--against <dist>]
//
// 10 rounds unless told; a filter (a part of a variant's name, e.g. analyzeGoalText) runs only the
// variants it names; `--against` also runs every package variant on another build (an earlier
// version's `dist/`), interleaved with this one, and prints the ratio earlier ÷ now per figure.
//
// Each round starts one process per variant, the variants in alternating order (forwards in even
// rounds, backwards in odd ones), so a burst of load on a shared machine falls on all of them alike.
// It prints median [min–max] over the rounds, in milliseconds: the `import` of the package and of zod
// alone (and their ratio per round), the 1st, 2nd and 3rd call of `analyzeGoalText` on a Dutch and an
// English goal of realistic length and on 5,000 characters of mostly white space, and the first call of
// `checkAgreement`, `isOpenQuestion` and `evaluativeSignals`; then how many modules each import loads.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
const positional = process.argv.slice(2).filter((_, index) => againstAt < 0 || (index + 2 !== againstAt && index + 2 !== againstAt + 1));
const rounds = Number(positional[0] ?? 10);
const filter = positional[1] ?? '';
/** The tag of the figures measured on the other build. */
const earlier = ' · earlier';

const goalNl =
  'Voor 1 juni 2027 rond ik de training Excel voor gevorderden af en daarna maak ik voor ons team een dashboard met de ' +
  'doorlooptijden per klant, dat ik in het teamoverleg van juni presenteer.';
const goalEn =
  'By the end of Q2 I will finish the advanced Excel course and build a dashboard of lead times per customer for the ' +
  'team, which I will present at the June team meeting.';
// "Ik ga presenteren" and words apart by long runs of every kind of blank, 5,000 characters in all.
const blanks = ' \t\n\u00a0\u2003  \t \n';
const whitespace = `Ik ga presenteren${`${blanks.repeat(40)}x`.repeat(20)}`.padEnd(5_000, ' ').slice(0, 5_000);
// The other hostile shapes of the linear-time tests, at the same length: digits, one word repeated.
const digits = `Ik ga ${'1234567890'.repeat(500)}`.slice(0, 5_000);
const words = `Ik ga ${'presenteren '.repeat(500)}`.slice(0, 5_000);

/** One variant: a script run in a fresh process that prints `{ name: milliseconds }` as JSON. */
interface Variant {
  readonly name: string;
  readonly script: string;
}

// Wall time and CPU time (user + system, all threads of the process: V8 compiles and collects on
// helper threads) of one expression; on a loaded machine the CPU time is the steadier of the two.
const time = (label: string, expression: string): string =>
  `{ const c = process.cpuUsage(); const t = performance.now(); sink.push(${expression}); const w = performance.now() - t; ` +
  `const u = process.cpuUsage(c); out[${JSON.stringify(label)}] = [w, (u.user + u.system) / 1000]; }`;

const probe = (body: string): string => `const out = {}; const sink = [];\n${body}\nprocess.stdout.write(JSON.stringify(out));`;

const importOnly = (name: string, specifier: string): Variant => ({
  name,
  script: probe(time(name, `await import(${JSON.stringify(specifier)})`)),
});

type Dist = (entry: string) => string;

const threeCalls = (dist: Dist, name: string, text: string, locale: 'nl' | 'en'): Variant => ({
  name,
  script: probe(
    [
      `const { analyzeGoalText } = await import(${JSON.stringify(dist('index'))});`,
      `const text = ${JSON.stringify(text)};`,
      ...[1, 2, 3].map((call) => time(`${name} call ${call}`, `analyzeGoalText(text, { locale: '${locale}' })`)),
    ].join('\n'),
  ),
});

const checkContext = `{ now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'e', role: 'employee' }] }`;

/** The variants that measure a build of the package, their names tagged (`tag` is '' for this build). */
const packageVariants = (dist: Dist, tag: string): Variant[] => [
  importOnly(`import ontwikkelgesprek${tag}`, dist('index')),
  importOnly(`import ontwikkelgesprek/agreements${tag}`, dist('agreements')),
  threeCalls(dist, `analyzeGoalText nl${tag}`, goalNl, 'nl'),
  threeCalls(dist, `analyzeGoalText en${tag}`, goalEn, 'en'),
  threeCalls(dist, `analyzeGoalText 5,000 blanks${tag}`, whitespace, 'nl'),
  threeCalls(dist, `analyzeGoalText 5,000 digits${tag}`, digits, 'nl'),
  threeCalls(dist, `analyzeGoalText 5,000 words${tag}`, words, 'nl'),
  {
    name: `checkAgreement${tag}`,
    script: probe(
      [
        `const { checkAgreement } = await import(${JSON.stringify(dist('index'))});`,
        time(
          `checkAgreement${tag} call 1`,
          `checkAgreement({ id: 'a1', what: ${JSON.stringify(goalNl)}, who: 'e', when: '2027-06-01' }, ${checkContext})`,
        ),
      ].join('\n'),
    ),
  },
  {
    name: `isOpenQuestion${tag}`,
    script: probe(
      [
        `const { isOpenQuestion } = await import(${JSON.stringify(dist('index'))});`,
        time(`isOpenQuestion${tag} call 1`, `isOpenQuestion('Kun je vertellen hoe het project met de nieuwe klant is verlopen?', 'nl')`),
      ].join('\n'),
    ),
  },
  {
    name: `evaluativeSignals${tag}`,
    script: probe(
      [
        `const { evaluativeSignals } = await import(${JSON.stringify(dist('index'))});`,
        time(
          `evaluativeSignals${tag} call 1`,
          `evaluativeSignals('Ik wil volgend jaar een hogere beoordeling en een extra periodiek', 'nl')`,
        ),
      ].join('\n'),
    ),
  },
];

const distOf =
  (directory: string): Dist =>
  (entry: string): string =>
    pathToFileURL(join(directory, `${entry}.js`)).href;
const dist = distOf(join(root, 'dist'));

const allVariants: readonly Variant[] = [
  importOnly('import zod', 'zod'),
  importOnly('import zod/mini', 'zod/mini'),
  ...packageVariants(dist, ''),
  ...(against === undefined ? [] : packageVariants(distOf(against), earlier)),
];

const variants = allVariants.filter((variant) => variant.name.includes(filter));

function run(script: string): { figures: Record<string, [number, number]>; wall: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (child.status !== 0) throw new Error(`probe failed (${child.status}): ${child.stderr}`);
  return { figures: JSON.parse(child.stdout) as Record<string, [number, number]>, wall };
}

interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

const format = (summary: Summary, digits: number): string =>
  `${summary.median.toFixed(digits)} [${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)}]`;

/** How many modules (files, not node: built-ins) an import loads, counted by a module hook. */
function modulesLoaded(specifier: string): number {
  const hooks = [
    'let port;',
    'export function initialize(data) { port = data.port; }',
    'export async function load(url, context, next) { if (!url.startsWith("node:")) port.postMessage(url); return next(url, context); }',
  ].join('\n');
  const script = [
    `import { register } from 'node:module';`,
    `import { MessageChannel } from 'node:worker_threads';`,
    'const { port1, port2 } = new MessageChannel();',
    'const seen = new Set();',
    'port1.on("message", (url) => seen.add(url));',
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)}, { data: { port: port2 }, transferList: [port2] });`,
    `await import(${JSON.stringify(specifier)});`,
    'await new Promise((done) => setTimeout(done, 100));',
    'port1.close();',
    'process.stdout.write(String(seen.size));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return Number(child.stdout);
}

// Printed variant by variant (each call's wall time, then its CPU time), the ratios last.
const samples = new Map<string, number[]>();
const record = (name: string, value: number): void => {
  const list = samples.get(name) ?? [];
  list.push(value);
  samples.set(name, list);
};

for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  const wall: Record<string, number> = {};
  for (const variant of order) {
    const result = run(variant.script);
    for (const [name, [wallTime, cpuTime]] of Object.entries(result.figures)) {
      record(name, wallTime);
      record(`${name} (cpu)`, cpuTime);
    }
    wall[variant.name] = result.wall;
    record(`${variant.name} (whole process)`, result.wall);
  }
  const last = (name: string): number => samples.get(name)?.at(-1) as number;
  if (wall['import zod'] !== undefined && wall['import ontwikkelgesprek'] !== undefined) {
    record('import ontwikkelgesprek ÷ import zod', last('import ontwikkelgesprek') / last('import zod'));
    record('import ontwikkelgesprek ÷ import zod (cpu)', last('import ontwikkelgesprek (cpu)') / last('import zod (cpu)'));
    record('whole process: ontwikkelgesprek ÷ zod', (wall['import ontwikkelgesprek'] as number) / (wall['import zod'] as number));
  }
  if (wall['import zod'] !== undefined && wall['import ontwikkelgesprek/agreements'] !== undefined)
    record('import ontwikkelgesprek/agreements ÷ import zod', last('import ontwikkelgesprek/agreements') / last('import zod'));
  // Paired per round: the other build's figure ÷ this build's.
  for (const name of [...samples.keys()].filter((key) => key.includes(earlier) && !key.includes('÷'))) {
    const now = name.replace(earlier, '');
    if (samples.get(name)?.length === round + 1 && samples.get(now)?.length === round + 1)
      record(`${now} earlier ÷ now`, last(name) / last(now));
  }
  process.stderr.write(`round ${round + 1}/${rounds}\n`);
}

console.log(`Cold start on node ${process.version}, ${rounds} fresh processes per variant, median [min–max]`);
console.log('(wall time; "cpu" is user + system time of all the process\'s threads):\n');
const ofVariant = (variant: Variant): [string, number[]][] =>
  [...samples].filter(
    ([name]) =>
      !name.includes('÷') &&
      (name === variant.name || name.startsWith(`${variant.name} `)) &&
      name.includes(earlier) === variant.name.includes(earlier),
  );
for (const [name, values] of [...variants.flatMap(ofVariant), ...[...samples].filter(([name]) => name.includes('÷'))]) {
  const ratio = name.includes('÷');
  console.log(`${name.padEnd(56)} ${format(summarise(values), ratio ? 2 : 1)}${ratio ? '' : ' ms'}`);
}
if (filter === '') console.log('\nModules loaded by the import (files, node: built-ins aside):');
for (const [name, specifier] of filter !== ''
  ? []
  : ([
      ['zod', 'zod'],
      ['zod/mini', 'zod/mini'],
      ['ontwikkelgesprek', dist('index')],
      ['ontwikkelgesprek/agreements', dist('agreements')],
    ] as const))
  console.log(`${name.padEnd(56)} ${modulesLoaded(specifier)}`);
