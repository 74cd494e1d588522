import { describe, expect, it } from 'vitest';
import { instrument } from './doctest.js';

describe('doctest: which claims are checked', () => {
  it('checks claims at the top level and inside an `if (result.ok) { ... }` block, comments and all', () => {
    const code = [
      'const result = { ok: true, value: [1, 2] };',
      'result.ok; // true',
      'if (result.ok) {',
      '  // prose, not a claim.',
      '  result.value.length; // 2',
      '  result.value[0];',
      '  // 1',
      '}',
    ].join('\n');
    const { code: instrumented, claims } = instrument(code, './claims.js', 'example');
    expect(claims).toBe(3);
    expect(instrumented).toContain('__claim(() => (result.value.length)');
    expect(instrumented).toContain('__claim(() => (result.value[0])');
  });
});
