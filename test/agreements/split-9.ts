// Splits the independent set 9 (goals and questions, written on 2026-11-30 by a labeller who never saw
// the code) in two before anyone looked at the library's readings of it: half per language stays
// held-out (heldout-9.txt, open-heldout-9.<locale>.txt: never tuned on, reported in figures only),
// half becomes probe material (probe-9.txt, open-probe-9.<locale>.txt: its misses may be read and
// their classes fixed). Run once (`npx tsx test/agreements/split-9.ts`, by split-set.ts); its output is committed and
// never regenerated. A labeller's comment line above an item travels with the item.
import { splitIndependentSet } from './split-set.js';

splitIndependentSet(9);
