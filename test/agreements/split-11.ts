// Splits the independent set 11 (goals and questions, written on 2026-12-01 by a labeller who never saw
// the code) in two before anyone looked at the library's readings of it: half per language stays
// held-out (heldout-11.txt, open-heldout-11.<locale>.txt: never tuned on, reported in figures only),
// half becomes probe material (probe-11.txt, open-probe-11.<locale>.txt: its misses may be read and
// their classes fixed). Run once (`npx tsx test/agreements/split-11.ts`, by split-set.ts); its output is committed and
// never regenerated. A labeller's comment line above an item travels with the item.
import { splitIndependentSet } from './split-set.js';

splitIndependentSet(11, '2026-12-01');
