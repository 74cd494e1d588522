// Freezes the held-out fifth of the evaluative and deficit sets (issue 13), the same way
// heldout-split.ts froze the goals and questions: run once, before any evaluative or deficit rule was
// written (`npx tsx test/agreements/signals-split.ts`); its output is committed and never regenerated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const seed = 'issue-13-signals';

/** mulberry32 over a string hash, as in heldout-split.ts. */
function seeded(text: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function heldOutIndexes(count: number, salt: string): Set<number> {
  const next = seeded(`${seed}:${salt}`);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return new Set(order.slice(0, Math.floor(count / 5)));
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
