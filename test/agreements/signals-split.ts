// Freezes the held-out fifth of the evaluative and deficit sets (issue 13), the same way
// heldout-split.ts froze the goals and questions: run once, before any evaluative or deficit rule was
// written (`npx tsx test/agreements/signals-split.ts`); its output is committed and never regenerated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededOrder } from './seeded-order.js';

const seed = 'issue-13-signals';

function heldOutIndexes(count: number, salt: string): Set<number> {
  return new Set(seededOrder(`${seed}:${salt}`, count).slice(0, Math.floor(count / 5)));
}

const dir = import.meta.dirname;
for (const name of ['evaluative', 'deficit']) {
  const target = join(dir, `${name}-heldout.txt`);
  if (existsSync(target)) {
    console.log(`${name}: the split was made already; it is frozen.`);
    continue;
  }
  const rows = readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n');
  const comments = rows.filter((row) => row.startsWith('#'));
  const body = rows.filter((row) => row.trim() !== '' && !row.startsWith('#'));
  const keep: string[] = [];
  const out: string[] = [];
  for (const locale of ['nl', 'en']) {
    const mine = body.filter((row) => row.startsWith(`${locale}|`));
    const picked = heldOutIndexes(mine.length, `${name}:${locale}`);
    mine.forEach((row, index) => {
      (picked.has(index) ? out : keep).push(row);
    });
  }
  writeFileSync(
    join(dir, `${name}.txt`),
    `${[...comments, `# The TUNING part; its held-out fifth is ${name}-heldout.txt.`, ...keep].join('\n')}\n`,
  );
  writeFileSync(
    target,
    `${[
      `# HELD-OUT ${name} texts (issue 13): a fifth per language, chosen by a seeded shuffle`,
      `# (test/agreements/signals-split.ts, seed "${seed}") before any rule was written, and frozen. Never tune on it.`,
      `# Same format and labelling rules as ${name}.txt.`,
      ...out,
    ].join('\n')}\n`,
  );
  console.log(`${name}: ${keep.length} tuning, ${out.length} held out`);
}
