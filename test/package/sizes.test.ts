import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../../tsup.config.js';

/**
 * Sizes are deterministic, so they are gated (times are not; see `npm run bench`). Measured on the
 * built package (`dist/`, which `npm test` builds before the tests): what a host's bundler ships for
 * each entry point and for a few functions on their own (esbuild, minified, gzip level 9), the type
 * declarations, the API reference and the packed tarball.
 */
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

/** Budgets in bytes. Each figure may only go down; the guide prints the measured values. */
const budgets = {
  'checkAgreement alone': 25_000,
  'main entry, everything': 45_000,
  '.d.ts, all files': 150_000,
  'docs/api': 3_000_000,
  'packed tarball': 300_000,
} as const;

/** The same figures as they stand today, while the work towards the budgets goes on: a ratchet. */
const ceilings: Readonly<Record<keyof typeof budgets, number>> = {
  // The agreements lexicons (nl and en, about 150 kB minified) are most of it; see the guide.
  // Raised from 90 kB (measured 91.4 kB) for the lexicon entries of issue 13's third wave (named
  // periods, events, feelings, manner comparatives) and the per-goal judgement.
  // Raised from 92.5 kB (measured 93.5 kB) for the reader's word lists moved out of code into the
  // lexicons and the example goals that exercise each entry (the lexicon lint needs them).
  // Raised from 94 kB (measured 95.5 kB) for the reader's new word lists (remarks on the agreement,
  // support needed, why a goal matters, problem statements) and their example goals; then lowered to
  // 79 kB (measured 78.4 kB) when the built package left the lexicons' examples out (tsup.config.ts,
  // withoutExamples; test/package/lexicons.test.ts holds the built reader equal to the sources).
  // Raised from 79 kB (measured 80.7 kB) for the night's goal-reading classes from the probe halves of
  // sets 7 and 8 (about 90 lexicon entries, 6 templates, 7 word lists and their rules; set 8's held-out
  // half 0.900 -> 0.929 all three). Raised to 81.5 kB (measured 81.03 kB) for the finish-before-a-deadline
  // class and the hostile-text speed-ups (the gate's split of one-word entries, the look for a date
  // in the other language before reading a long text again).
  // Raised to 84 kB (measured 83.7 kB) for the classes of sets 9 and 10 (two more independent
  // labellers): about 110 lexicon entries, 14 templates, the opening aim, list numbers, the verbless
  // rules (set 9's held-out half 0.814 -> 0.843 all three, set 10's 0.800 -> 0.886).
  // Raised to 86 kB (measured 85.4 kB) for the classes of sets 11 and 12 (about 80 lexicon entries, 9
  // templates, 6 word lists, wrapped lines, courses named by an infinitive; set 12's held-out half
  // 0.729 -> 0.771 all three, set 9's 0.843 -> 0.857).
  // Raised to 87 kB (measured 86.4 kB) for the classes of set 13 and the metamorphic scans (greetings,
  // opening fillers, software names, 9 templates; set 13's held-out half 0.743 -> 0.786 all three).
  // Raised to 88 kB (measured 87.6 kB) for the second wave of metamorphic scans (feeling and agreed
  // asides, remarks in brackets, numbers in words, topics; set 9's held-out half 0.857 -> 0.871 all three).
  // Raised to 89.5 kB (measured 88.8 kB) for the third wave of scans (moods, afterthoughts, hashtags,
  // list tails, signatures, quotes, deadline swaps, percentages in words, digit ordinals, glued units).
  // Raised to 91 kB (measured 90.1 kB) for the fourth wave (spelling settled in the text and the
  // lexicon, short forms spelled out, emphasis and emoji passed over, doubled letters in month names);
  // the -ize twins and dead short forms left the lexicons.
  // Raised to 92.5 kB (measured 91.4 kB) for the cold start (the Latin letter class, `matchable`, the
  // advice rules compiled alone) and the fifth wave of scans (item labels, words that never end a
  // sentence, a year with an apostrophe, p.w., "(of eerder)", "by end June", a credential named beside
  // its noun).
  'checkAgreement alone': 92_500,
  // The method, the budget in the conversation and the organisation report came in after the last cut;
  // raised from 222 kB (measured 225.8 kB) for colleague feedback, study time, the employee record's
  // schema and the lexicon's trigger-word gates.
  // Raised from 230 kB (measured 232.5 kB) for learning offers, one evaluation per side and the
  // agreements' third wave.
  // Raised from 234 kB (measured 233.5 kB before, 239.3 kB after) for competence frameworks (the
  // module, the example profiles in Dutch and English, their texts) and colleague feedback in the conversation.
  // and (measured 234.6 kB alone; 233.5 kB before) for template versions (the first version of
  // the development template kept for stored logs), the offer advice in the conversation, and the
  // privacy of the employee's age, the carried wishes and a provider.
  // Both together, with the evening's judgement, measured after the merge: 242.6 kB.
  // Raised from 244 kB (measured 248.4 kB) for feedback requested and collected in the conversation
  // (events, handlers, texts in two languages), eventLogOf and the erasure of carried agreements, and
  // the reader's new word lists.
  // Lowered to 232 kB (measured 231.2 kB) by the same: the lexicons' examples stay in the sources.
  // Raised from 232 kB (measured 233.5 kB) for the same classes and the question reader's two.
  // Raised from 234 kB (measured 236.6 kB) for the same classes of sets 9 and 10.
  // Raised from 237 kB (measured 238.3 kB) for the same classes of sets 11 and 12.
  // Raised from 239 kB (measured 239.5 kB) for the same classes of set 13 and the scans.
  // Raised from 240.5 kB (measured 240.7 kB) for the same scans and the erased agreement's link on a
  // removed cost line in the plan's history.
  // Raised from 241 kB (measured 241.9 kB) for the third wave of scans.
  // Raised from 242.5 kB (measured 243.3 kB) for the same fourth wave.
  // Raised from 244 kB (measured 243.9 kB, then the named credential on top) for the goal reader's cold
  // start (the Latin letter class and `matchable`, the advice rules compiled alone, the name particles
  // read from the data) and a credential named beside its noun.
  // Raised to 246.5 kB (measured 244.9 kB) for the same fifth wave and the question reader's jij and u.
  'main entry, everything': 246_500,
  // The schemas entry names the library's types (src/schemas/index.ts); what is left is the types and
  // their TSDoc (about 386 kB of it, 206 kB examples). History: 610 kB, raised step by step to 692 kB
  // (measured 691.2 kB) with the features of 30 November; lowered to 592 kB (measured 589.2 kB) when the
  // five schemas without a named input type were declared with `unknown` input instead of spelling the
  // zod type out again (the conversation state's alone was 53 kB).
  '.d.ts, all files': 592_000,
  // Within budget since the reference is Markdown, one page per module (typedoc-plugin-markdown):
  // measured 1,335.5 kB. The HTML theme wrote a page per export with its own chrome (676 pages, 9,949 kB
  // for about 1.1 MB of text). The ceiling keeps the ratchet.
  // Raised from 1,400 kB (measured 1,417.8 kB) for the guides' contract sections and tables of sets 11 and 12.
  // Raised from 1,430 kB (measured 1,433.0 kB) for the guides' sections on set 13 and the metamorphic scans.
  // Raised from 1,445 kB (measured 1,449.5 kB) for the guides' sections on the fourth wave (spelling).
  // Raised from 1,455 kB (measured 1,454.7 kB) for the guide's section on the goal reader's cold start.
  // Raised to 1,462 kB (measured 1,455.9 kB before the guide's section on the fifth wave) for that section.
  // Raised to 1,466 kB (measured 1,462.3 kB) for the guide's section on the sixth wave and the step on a date's language.
  'docs/api': 1_466_000,
  // ES modules only since 30 November 2026 (842 kB -> 424 kB); raised from 433 kB (measured 445.2 kB)
  // for the same additions as the main entry.
  // Raised from 454 kB (measured 459.0 kB) for the same additions.
  // Raised from 462 kB (measured 461.5 kB before) for competence frameworks and colleague feedback
  // (474.8 kB alone) and template versions with the privacy of age, wishes and provider (464.1 kB alone).
  // Both together, with the evening's judgement, measured after the merge: 482.2 kB.
  // Raised from 484 kB (measured 495.9 kB) for the same additions.
  // Lowered to 478 kB (measured 476.9 kB) by the same; 479 kB (measured 478.3 kB) with the reader's
  // last classes (questions to the reader, closings, slips in verbs). Lowered to 473 kB (measured
  // 471.1 kB) with the schemas' smaller declarations.
  // Raised to 475 kB (measured 473.8 kB) for the same classes.
  // Raised from 475 kB (measured 478.1 kB) for the same classes and their docs.
  // Raised from 479 kB (measured 481.1 kB) for the same classes and their docs.
  // Raised from 482 kB (measured 483.4 kB) for the same classes and their docs.
  // Raised from 485 kB (measured 488.0 kB) for the same and their docs.
  // Raised from 489 kB (measured 490.1 kB) for the third wave of scans and their docs.
  // Raised from 491 kB (measured 493.3 kB) for the fourth wave (spelling) and its changelog.
  // Raised from 495 kB (measured 494.2 kB) for the goal reader's cold start and its changelog.
  // Raised to 497 kB (measured 494.9 kB before the changelog of the fifth wave) for that wave.
  'packed tarball': 497_000,
};

async function bundled(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('no output');
  return gzipSync(output.contents, { level: 9 }).length;
}

function directorySize(dir: string, filter: (name: string) => boolean = () => true): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? directorySize(path, filter) : filter(name) ? stat.size : 0);
  }, 0);
}

let work = '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const measured: Record<string, number> = {};

describe('sizes', () => {
  it('keeps what a browser bundle ships within budget', async () => {
    measured['checkAgreement alone'] = await bundled(`import { checkAgreement } from './dist/agreements.js'; console.log(checkAgreement);`);
    measured['main entry, everything'] = await bundled(`import * as all from './dist/index.js'; console.log(all);`);
    for (const name of Object.keys(entryPoints)) {
      measured[`entry ${name}`] = await bundled(`import * as all from './dist/${name}.js'; console.log(all);`);
    }
    expect(measured['checkAgreement alone']).toBeLessThanOrEqual(ceilings['checkAgreement alone']);
    expect(measured['main entry, everything']).toBeLessThanOrEqual(ceilings['main entry, everything']);
  }, 120_000);

  it('keeps the type declarations and the API reference within budget', () => {
    measured['.d.ts, all files'] = directorySize(dist, (name) => name.endsWith('.d.ts'));
    expect(measured['.d.ts, all files']).toBeLessThanOrEqual(ceilings['.d.ts, all files']);
    const api = join(root, 'docs', 'api');
    measured['docs/api'] = statSync(api, { throwIfNoEntry: false }) ? directorySize(api) : 0;
    expect(measured['docs/api']).toBeLessThanOrEqual(ceilings['docs/api']);
  });

  it('keeps the packed tarball within budget', () => {
    work = mkdtempSync(join(tmpdir(), 'ontwikkelgesprek-size-'));
    const name = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop() as string;
    measured['packed tarball'] = readFileSync(join(work, name)).length;
    expect(measured['packed tarball']).toBeLessThanOrEqual(ceilings['packed tarball']);
    // The figures, for the guide and the closing note of each change.
    const budgetOf = (what: string): string => (what in budgets ? ` (budget ${budgets[what as keyof typeof budgets] / 1000} kB)` : '');
    console.log(
      Object.entries(measured)
        .map(([what, bytes]) => `${what}: ${(bytes / 1000).toFixed(1)} kB${budgetOf(what)}`)
        .join('\n'),
    );
  });
});
