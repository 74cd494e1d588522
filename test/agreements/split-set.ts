// Splits an independent set (goals and questions, written by a labeller who never saw the code) in
// two before anyone looked at the library's readings of it: half per language stays held-out
// (heldout-<n>.txt, open-heldout-<n>.<locale>.txt: never tuned on, reported in figures only), half
// becomes probe material (probe-<n>.txt, open-probe-<n>.<locale>.txt: its misses may be read and
// their classes fixed). Each set has a script of its own (split-3.ts, split-4.ts, ...) that runs
// this once; its output is committed and never regenerated. A labeller's comment line above an item
// travels with the item.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededOrder } from './seeded-order.js';

function probeIndexes(seed: string, count: number, salt: string): Set<number> {
  return new Set(seededOrder(`${seed}:${salt}`, count).slice(0, Math.floor(count / 2)));
}

interface Item {
  readonly notes: readonly string[];
  readonly row: string;
}

/** The header (comments before the first item) and the items, each with the comment lines just above it. */
function read(file: string): { header: string[]; items: Item[] } {
  const header: string[] = [];
  const items: Item[] = [];
  let notes: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) notes.push(line);
    else {
      if (items.length === 0 && header.length === 0) {
        // The first comment block is the file's header; a note right above the first item is rare, keep it there.
        header.push(...notes.filter((note) => !note.startsWith('# Call:') && !note.startsWith('# call:')));
        notes = notes.filter((note) => note.startsWith('# Call:') || note.startsWith('# call:'));
      }
      items.push({ notes, row: line });
      notes = [];
    }
  }
  return { header, items };
}

function split(
  { seed, script, day }: { seed: string; script: string; day: string },
  dir: string,
  from: string,
  probe: string,
  localeOf: (row: string) => string,
  salt: string,
  probeNote: string,
): void {
  const source = join(dir, from);
  if (existsSync(join(dir, probe))) {
    console.log(`${probe} exists: the split was made already; it is frozen.`);
    return;
  }
  const { header, items } = read(source);
  const picked = new Set<Item>();
  for (const locale of ['nl', 'en']) {
    const ofLocale = items.filter((item) => localeOf(item.row) === locale);
    const indexes = probeIndexes(seed, ofLocale.length, `${salt}:${locale}`);
    ofLocale.forEach((item, index) => {
      if (indexes.has(index)) picked.add(item);
    });
  }
  const lines = (list: Item[]) => list.flatMap((item) => [...item.notes, item.row]);
  const kept = items.filter((item) => !picked.has(item));
  const heldNote = `# Split on ${day} by test/agreements/${script} (seed "${seed}") before any reading of it was seen: this half is HELD OUT, never tuned on; the other half is ${probe}.`;
  writeFileSync(source, `${[...header, heldNote, ...lines(kept)].join('\n')}\n`);
  writeFileSync(join(dir, probe), `${[...header, probeNote, ...lines([...picked])].join('\n')}\n`);
  console.log(`${from}: ${kept.length} held out, ${picked.size} to ${probe}`);
}

/**
 * Splits set `n` in place: `heldout-<n>.txt` in `goalsDir` and `open-heldout-<n>.<locale>.txt` in
 * `questionsDir` keep the held-out half, the probe files get the other. Does nothing when the probe
 * files exist: a split is frozen once made.
 */
export function splitIndependentSet(
  n: number,
  day = '2026-11-30',
  goalsDir = import.meta.dirname,
  questionsDir = join(import.meta.dirname, '..', 'questions'),
): void {
  const setup = { seed: `issue-13-set-${n}`, script: `split-${n}.ts`, day };
  const probeNote = (held: string) =>
    `# Split on ${day} by test/agreements/${setup.script} (seed "${setup.seed}"): this half is PROBE material; its misses may be read and their classes fixed. The held-out half is ${held}.`;
  split(setup, goalsDir, `heldout-${n}.txt`, `probe-${n}.txt`, (row) => row.slice(0, 2), 'goals', probeNote(`heldout-${n}.txt`));
  for (const locale of ['nl', 'en']) {
    split(
      setup,
      questionsDir,
      `open-heldout-${n}.${locale}.txt`,
      `open-probe-${n}.${locale}.txt`,
      () => locale,
      'questions',
      probeNote(`open-heldout-${n}.${locale}.txt`),
    );
  }
}
