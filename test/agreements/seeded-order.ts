// The seeded shuffle every frozen split of the labelled sets uses (heldout-split.ts,
// signals-split.ts, split-set.ts): one copy, so the splits stay reproducible from their seeds.

/** mulberry32 over a string hash: small, deterministic, independent of the library's own code. */
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

/** The indexes 0..count-1 in the order a seeded Fisher-Yates shuffle gives them; the split takes a first share. */
export function seededOrder(seed: string, count: number): number[] {
  const next = seeded(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
