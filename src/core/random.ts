/**
 * A deterministic pseudo-random source: the same seed gives the same sequence on every machine.
 *
 * @example
 * ```ts
 * import { createRandom } from 'ontwikkelgesprek';
 * const random = createRandom('team-2027');
 * random.int(6); // the same number every time for this seed
 * ```
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** A shuffled copy of the items (Fisher-Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
}

/** cyrb128: spreads a string seed over four 32-bit words. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * Creates a seeded {@link Random} (sfc32). Seeds may be numbers or strings.
 *
 * @example
 * ```ts
 * import { createRandom } from 'ontwikkelgesprek';
 * const a = createRandom(42).shuffle([1, 2, 3, 4]);
 * const b = createRandom(42).shuffle([1, 2, 3, 4]);
 * JSON.stringify(a) === JSON.stringify(b); // true
 * ```
 */
export function createRandom(seed: number | string): Random {
  let [a, b, c, d] = seedWords(String(seed));
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up so that similar seeds diverge.
  for (let i = 0; i < 12; i++) next();
  const int = (maxExclusive: number): number => Math.floor(next() * Math.max(0, Math.floor(maxExclusive)));
  return {
    next,
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const held = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = held;
      }
      return copy;
    },
  };
}
