import { describe, expect, it } from 'vitest';
import { andThen, combineResults, fail, makeFinding, mapResult, ok, resultOf } from '../../src/core/index.js';

const error = makeFinding('demo.error', 'error');
const warning = makeFinding('demo.warning', 'warning');

describe('results', () => {
  it('succeeds unless a finding is an error', () => {
    expect(resultOf(1, [warning])).toEqual({ ok: true, value: 1, findings: [warning] });
    expect(resultOf(1, [warning, error])).toEqual({ ok: false, findings: [warning, error] });
  });

  it('maps and chains, keeping every finding', () => {
    expect(mapResult(ok(2, [warning]), (n) => n + 1)).toEqual(ok(3, [warning]));
    expect(mapResult(fail([error]), (n: number) => n + 1)).toEqual(fail([error]));
    expect(andThen(ok(1, [warning]), () => fail([error]))).toEqual(fail([warning, error]));
    expect(andThen(ok(1, [warning]), (n) => ok(n * 10, [warning]))).toEqual(ok(10, [warning, warning]));
  });

  it('combines results, failing when any fails', () => {
    expect(combineResults([ok(1), ok(2, [warning])])).toEqual(ok([1, 2], [warning]));
    expect(combineResults([ok(1), fail([error])])).toEqual(fail([error]));
  });
});
