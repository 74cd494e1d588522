// Splits the independent set 13 (goals and questions, written on 2026-12-01 by a labeller (education, retail, logistics, a contact centre, a municipality) who never saw
// the code) in two before anyone looked at the library's readings of it: half per language stays
// held-out (heldout-13.txt, open-heldout-13.<locale>.txt: never tuned on, reported in figures only),
// half becomes probe material (probe-13.txt, open-probe-13.<locale>.txt: its misses may be read and
// their classes fixed). Run once (`npx tsx test/agreements/split-13.ts`, by split-set.ts); its output is committed and
// never regenerated. A labeller's comment line above an item travels with the item.
import { splitIndependentSet } from './split-set.js';

splitIndependentSet(13, '2026-12-01');
