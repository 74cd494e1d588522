// Freezes the held-out fifth of the labelled sets (issue 13). Run once, before any rule changed, on
// commit e3601d9 (`npx tsx test/agreements/heldout-split.ts`); its output is committed and never
// regenerated, so nobody can pick the held-out part after seeing results. Kept for the record: the
// same input and seed give the same split on every machine.
//
// Goals: the whole labelled pool (corpus.txt, holdout.txt and review-set.txt as they stood) is
// shuffled per language with a seeded Fisher-Yates, and the first fifth of each language goes to
// heldout-2.txt; the rest becomes the tuning corpus (corpus.txt, with its sources kept as sections).
// Questions: the same per language file, into open-heldout.<locale>.txt.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededOrder } from './seeded-order.js';

const seed = 'issue-13-heldout';

function heldOutIndexes(count: number, salt: string): Set<number> {
  return new Set(seededOrder(`${seed}:${salt}`, count).slice(0, Math.floor(count / 5)));
}

const goalsDir = import.meta.dirname;
const sources = [
  { file: 'corpus.txt', title: 'the development corpus of 0.1 (first corpus and the first held-out set), and the goals new in issue 13' },
  { file: 'holdout.txt', title: 'the second held-out set of 0.1 (never tuned on by 0.1)' },
  { file: 'review-set.txt', title: 'the independent review set of 0.1 (written by a reviewer who had not read the code)' },
];

if (!existsSync(join(goalsDir, 'holdout.txt'))) {
  console.log('The split was made already; it is frozen. Nothing to do.');
} else {
  const pool: { source: number; row: string; locale: string }[] = [];
  sources.forEach(({ file }, source) => {
    for (const row of readFileSync(join(goalsDir, file), 'utf8').split('\n')) {
      if (row.trim() === '' || row.startsWith('#')) continue;
      pool.push({ source, row, locale: row.slice(0, 2) });
    }
  });
  const held = new Set<string>();
  for (const locale of ['nl', 'en']) {
    const rows = pool.filter((entry) => entry.locale === locale);
    const picked = heldOutIndexes(rows.length, `goals:${locale}`);
    rows.forEach((entry, index) => {
      if (picked.has(index)) held.add(entry.row);
    });
  }
  const header = readFileSync(join(goalsDir, 'corpus.txt'), 'utf8')
    .split('\n')
    .filter((row) => row.startsWith('#'))
    .slice(0, 16)
    .join('\n');
  const tuning: string[] = [
    header,
    '# The TUNING part: rules may be changed while looking at these goals. Its held-out fifth is heldout-2.txt.',
  ];
  sources.forEach(({ title }, source) => {
    tuning.push(`# ---- From ${title}`);
    for (const entry of pool) if (entry.source === source && !held.has(entry.row)) tuning.push(entry.row);
  });
  const heldout = [
    '# HELD-OUT goals (issue 13): a fifth of every labelled goal, per language, chosen by a seeded shuffle',
    `# (test/agreements/heldout-split.ts, seed "${seed}") before any rule was changed, and frozen. Never tune on it:`,
    '# when a figure here falls short, find the class of error in corpus.txt, fix that, and measure again.',
    '# Same format and labelling rules as corpus.txt.',
    ...pool.filter((entry) => held.has(entry.row)).map((entry) => entry.row),
  ];
  writeFileSync(join(goalsDir, 'corpus.txt'), `${tuning.join('\n')}\n`);
  writeFileSync(join(goalsDir, 'heldout-2.txt'), `${heldout.join('\n')}\n`);
  rmSync(join(goalsDir, 'holdout.txt'));
  rmSync(join(goalsDir, 'review-set.txt'));
  console.log(`goals: ${pool.length - held.size} tuning, ${held.size} held out`);

  const questionsDir = join(goalsDir, '..', 'questions');
  for (const locale of ['nl', 'en']) {
    const file = join(questionsDir, `open-questions.${locale}.txt`);
    const rows = readFileSync(file, 'utf8').split('\n');
    const comments = rows.filter((row) => row.startsWith('#'));
    const body = rows.filter((row) => row.trim() !== '' && !row.startsWith('#'));
    const picked = heldOutIndexes(body.length, `questions:${locale}`);
    const keep = body.filter((_, index) => !picked.has(index));
    const out = body.filter((_, index) => picked.has(index));
    writeFileSync(
      file,
      `${[...comments, '# The TUNING part; its held-out fifth is open-heldout.' + locale + '.txt.', ...keep].join('\n')}\n`,
    );
    writeFileSync(
      join(questionsDir, `open-heldout.${locale}.txt`),
      `${[
        `# HELD-OUT questions (issue 13, ${locale}): a fifth of the labelled set, chosen by a seeded shuffle`,
        `# (test/agreements/heldout-split.ts, seed "${seed}") before any rule was changed, and frozen. Never tune on it.`,
        '# Same format and labelling rules as the tuning file.',
        ...out,
      ].join('\n')}\n`,
    );
    console.log(`questions ${locale}: ${keep.length} tuning, ${out.length} held out`);
  }
}
