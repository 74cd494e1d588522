import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, allocateMoney, isMoney, subtractMoney } from '../../src/core/index.js';
import type { Money } from '../../src/core/index.js';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const codes = (result: { findings: readonly { code: string }[] }): string[] => result.findings.map((f) => f.code);

describe('money', () => {
  it('adds and subtracts exactly, in one currency', () => {
    expect(addMoney(eur(1050), eur(250))).toMatchObject({ ok: true, value: eur(1300) });
    expect(subtractMoney(eur(70_000), eur(120_000))).toMatchObject({ ok: true, value: eur(-50_000) });
    expect(codes(addMoney(eur(1), { amount: 1, currency: 'USD' }))).toEqual(['money.currency.mismatch']);
  });

  it('refuses what is not money instead of computing something wrong', () => {
    expect(codes(addMoney({ amount: '1' } as never, eur(1)))).toEqual(['money.invalid']);
    expect(codes(addMoney(eur(0.1), eur(0.2)))).toEqual(['money.invalid', 'money.invalid']);
    expect(codes(addMoney({ amount: 1, currency: 'xx' }, { amount: 1, currency: 'xx' }))).toEqual(['money.invalid', 'money.invalid']);
    expect(codes(addMoney(null as never, eur(1)))).toEqual(['money.invalid']);
    expect(codes(addMoney(eur(Number.MAX_SAFE_INTEGER), eur(1)))).toEqual(['money.overflow']);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile');
        },
      },
    );
    expect(isMoney(hostile)).toBe(false);
    expect(codes(addMoney(hostile as never, eur(1)))).toEqual(['money.invalid']);
  });

  it('allocates exactly: the parts add up to the whole, and differ by at most one cent from the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 12 }).filter((ratios) => ratios.some((r) => r > 0)),
        (amount, ratios) => {
          const parts = allocateMoney(eur(amount), ratios);
          expect(parts.ok).toBe(true);
          if (!parts.ok) return;
          expect(parts.value.reduce((sum, part) => sum + part.amount, 0)).toBe(amount);
          const total = ratios.reduce((sum, r) => sum + r, 0);
          parts.value.forEach((part, index) => {
            expect(Math.abs(part.amount - (amount * (ratios[index] as number)) / total)).toBeLessThan(1);
            if (ratios[index] === 0) expect(part.amount).toBe(0);
          });
        },
      ),
    );
    const payback = allocateMoney(eur(100), [1, 1, 1]);
    expect(payback.ok && payback.value.map((part) => part.amount)).toEqual([34, 33, 33]);
    expect(codes(allocateMoney(eur(100), [0, 0]))).toEqual(['money.invalid']);
    expect(codes(allocateMoney(eur(100), [1.5]))).toEqual(['money.invalid']);
  });

  it('answers frozen results', () => {
    const sum = addMoney(eur(1), eur(2));
    expect(Object.isFrozen(sum)).toBe(true);
    expect(Object.isFrozen(sum.findings)).toBe(true);
  });
});

describe('money: what each refusal says', () => {
  const found = (result: { findings: readonly { code: string; path: readonly unknown[]; params: unknown }[] }) =>
    result.findings.map(({ code, path, params }) => ({ code, path, params }));

  it('names the side and what is wrong with it', () => {
    expect(found(addMoney(null as never, eur(1)))).toEqual([{ code: 'money.invalid', path: ['left'], params: { detail: 'null' } }]);
    expect(found(addMoney(eur(1), 5 as never))).toEqual([{ code: 'money.invalid', path: ['right'], params: { detail: 'number' } }]);
    expect(found(subtractMoney({ amount: '1', currency: 'EUR' } as never, eur(1)))).toEqual([
      { code: 'money.invalid', path: ['left'], params: { detail: 'amount is string' } },
    ]);
    expect(found(subtractMoney(eur(1), eur(0.5)))).toEqual([
      { code: 'money.invalid', path: ['right'], params: { detail: 'amount is not a whole number of minor units' } },
    ]);
    expect(found(addMoney({ amount: 1, currency: 'euro-dollars' }, eur(1)))).toEqual([
      { code: 'money.invalid', path: ['left'], params: { detail: 'currency euro-dolla' } },
    ]);
    expect(found(addMoney({ amount: 1, currency: 7 } as never, eur(1)))).toEqual([
      { code: 'money.invalid', path: ['left'], params: { detail: 'currency number' } },
    ]);
    const unreadable = Object.defineProperty({}, 'amount', {
      enumerable: true,
      get() {
        throw new Error('hostile');
      },
    });
    expect(found(addMoney(unreadable as never, eur(1)))).toEqual([
      { code: 'money.invalid', path: ['left'], params: { detail: 'unreadable' } },
    ]);
    expect(found(addMoney(eur(1), { amount: 1, currency: 'USD' }))).toEqual([
      { code: 'money.currency.mismatch', path: [], params: { left: 'EUR', right: 'USD' } },
    ]);
    expect(found(subtractMoney(eur(Number.MIN_SAFE_INTEGER), eur(1)))).toEqual([{ code: 'money.overflow', path: [], params: {} }]);
  });

  it('accepts only whole amounts in a three-letter currency', () => {
    expect(isMoney(eur(0))).toBe(true);
    expect(isMoney(eur(-5))).toBe(true);
    expect(isMoney({ amount: 1, currency: 'eur' })).toBe(false);
    expect(isMoney({ amount: 1 })).toBe(false);
    expect(isMoney({ amount: Number.MAX_SAFE_INTEGER + 1, currency: 'EUR' })).toBe(false);
    expect(isMoney('EUR 1')).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(isMoney(undefined)).toBe(false);
  });

  it('refuses each kind of bad ratio on its own, and bad money before the ratios', () => {
    const detail = (result: { findings: readonly { path: readonly unknown[]; params: unknown }[] }) =>
      result.findings.map(({ path, params }) => [path, params]);
    const bad = [['ratios'], { detail: 'ratios must be whole numbers of at least 0' }];
    expect(detail(allocateMoney(eur(100), 'abc' as never))).toEqual([bad]);
    expect(detail(allocateMoney(eur(100), []))).toEqual([bad]);
    expect(detail(allocateMoney(eur(100), new Array(10_001).fill(1)))).toEqual([bad]);
    expect(allocateMoney(eur(100), new Array(10_000).fill(1)).ok).toBe(true);
    expect(detail(allocateMoney(eur(100), [1, -1]))).toEqual([bad]);
    expect(detail(allocateMoney(eur(100), [1, 0.5]))).toEqual([bad]);
    expect(detail(allocateMoney(eur(100), [0, 0]))).toEqual([[['ratios'], { detail: 'ratios must not all be 0' }]]);
    expect(detail(allocateMoney(eur(Number.MAX_SAFE_INTEGER), [3, 3]))).toEqual([[['ratios'], { detail: 'ratios must not all be 0' }]]);
    expect(detail(allocateMoney({ amount: 1.5, currency: 'EUR' }, [1]))).toEqual([
      [[], { detail: 'amount is not a whole number of minor units' }],
    ]);
  });

  it('gives the cents left over to the largest remainders, then to the first share, keeping the sign', () => {
    const amounts = (money: Money, ratios: number[]) => {
      const parts = allocateMoney(money, ratios);
      return parts.ok ? parts.value.map((part) => part.amount) : undefined;
    };
    expect(amounts(eur(10), [1, 2])).toEqual([3, 7]);
    expect(amounts(eur(5), [1, 1, 1, 1])).toEqual([2, 1, 1, 1]);
    expect(amounts(eur(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(amounts(eur(-1), [1, 1])).toEqual([-1, 0]);
    expect(Object.is(amounts(eur(-1), [1, 1])?.[1], 0)).toBe(true);
    expect(amounts(eur(7), [0, 3, 0])).toEqual([0, 7, 0]);
    const parts = allocateMoney({ amount: 100, currency: 'JPY' }, [1]);
    expect(parts.ok && parts.value).toEqual([{ amount: 100, currency: 'JPY' }]);
  });
});

describe('money for people', () => {
  it('knows the minor unit of a currency and writes amounts as each language does', async () => {
    const { formatMoney, minorUnitDigits } = await import('../../src/core/money.js');
    expect([minorUnitDigits('EUR'), minorUnitDigits('JPY'), minorUnitDigits('KWD'), minorUnitDigits('not a currency')]).toEqual([
      2, 0, 3, 2,
    ]);
    expect(formatMoney(eur(105_000), 'nl').replace(/\s/gu, ' ')).toBe('€ 1.050,00');
    expect(formatMoney(eur(105_000), 'en')).toBe('€1,050.00');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'en')).toBe('JP¥1,500');
    expect(formatMoney({ amount: 1050, currency: 'not a currency' }, 'en')).toBe('not a currency 10.50');
  });
});
