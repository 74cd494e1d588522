import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  canonicalJson,
  createRandom,
  deepFreeze,
  duplicateIds,
  formatMoney,
  minorUnitDigits,
  sha256Hex,
} from '../../src/core/index.js';

describe('seeded random', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = Array.from({ length: 5 }, createRandom('x').next);
    const b = createRandom('x');
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(a);
    const c = createRandom('y');
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(a);
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const shuffled = createRandom(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect([...shuffled].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('keeps int within bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, max) => {
        const value = createRandom(seed).int(max);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(max);
      }),
    );
  });
});

describe('hashing', () => {
  it('matches the SHA-256 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('agrees with node:crypto on any text, including Dutch accents', async () => {
    const { createHash } = await import('node:crypto');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('writes canonical JSON independent of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});

describe('money', () => {
  it('adds same-currency amounts exactly and refuses mixed currencies', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (a, b) => {
        const sum = addMoney({ amount: a, currency: 'EUR' }, { amount: b, currency: 'EUR' });
        expect(sum.ok && sum.value.amount).toBe(a + b);
      }),
    );
    const mixed = addMoney({ amount: 1, currency: 'EUR' }, { amount: 1, currency: 'USD' });
    expect(mixed.ok).toBe(false);
    expect(mixed.findings[0]?.code).toBe('money.currency.mismatch');
  });

  it('formats per locale and currency exponent', () => {
    expect(formatMoney({ amount: 70000, currency: 'EUR' }, 'en')).toBe('€700.00');
    expect(formatMoney({ amount: 70000, currency: 'EUR' }, 'nl')).toBe('€\u00a0700,00');
    expect(minorUnitDigits('JPY')).toBe(0);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
  });
});

describe('duplicateIds', () => {
  it('reports every repeated id after its first occurrence, with its index', () => {
    expect(duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }])).toEqual([
      { index: 2, id: 'a' },
      { index: 3, id: 'a' },
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (ids) => {
        const items = ids.map((id) => ({ id }));
        expect(duplicateIds(items).length).toBe(ids.length - new Set(ids).size);
      }),
    );
  });
});
