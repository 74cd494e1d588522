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
