import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/index.js';
import { hasErrors, makeFinding, prefixPaths, sortFindings } from '../../src/core/index.js';

describe('findings are data', () => {
  it('hold a code, a severity, a path and raw params, and nothing written out', () => {
    const finding = makeFinding('demo.late', 'warning', { path: ['when'], params: { days: 3, cost: { amount: 500, currency: 'EUR' } } });
    expect(finding).toEqual({
      code: 'demo.late',
      severity: 'warning',
      path: ['when'],
      params: { days: 3, cost: { amount: 500, currency: 'EUR' } },
    });
    expect('message' in finding).toBe(false);
    expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
  });

  it('keep the parts of a composite finding as details, and leave details out when there are none', () => {
    const part = makeFinding('demo.part', 'warning');
    expect(makeFinding('demo.whole', 'warning', { details: [part] }).details).toEqual([part]);
    expect('details' in makeFinding('demo.whole', 'warning', { details: [] })).toBe(false);
  });

  it('copy the caller’s path and params, so later edits do not reach the finding', () => {
    const path = ['a'];
    const params = { n: 1 };
    const finding = makeFinding('demo.x', 'info', { path, params });
    path.push('b');
    params.n = 2;
    expect(finding.path).toEqual(['a']);
    expect(finding.params).toEqual({ n: 1 });
  });

  it('prefix paths and detect errors', () => {
    const finding = makeFinding('demo.late', 'error', { path: ['when'] });
    expect(prefixPaths([finding], ['agreements', 2])[0]?.path).toEqual(['agreements', 2, 'when']);
    expect(hasErrors([finding])).toBe(true);
    expect(hasErrors([{ ...finding, severity: 'warning' }])).toBe(false);
  });

  it('sort deterministically with errors first, whatever the input order', () => {
    const severities = fc.constantFrom<Severity>('error', 'warning', 'info');
    const arbitraryFinding = fc
      .record({ code: fc.constantFrom('demo.a', 'demo.b', 'demo.c'), severity: severities, key: fc.constantFrom('x', 'y') })
      .map(({ code, severity, key }): Finding => makeFinding(code, severity, { path: [key] }));
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 20 }), fc.array(fc.nat()), (findings, keys) => {
        const shuffled = findings
          .map((finding, index) => ({ finding, key: keys[index] ?? index }))
          .sort((a, b) => a.key - b.key)
          .map((entry) => entry.finding);
        const sorted = sortFindings(findings);
        const line = (f: Finding): string => `${f.severity}|${f.path.join('.')}|${f.code}`;
        expect(sortFindings(shuffled).map(line)).toEqual(sorted.map(line));
        const firstNonError = sorted.findIndex((f) => f.severity !== 'error');
        if (firstNonError >= 0) expect(sorted.slice(firstNonError).some((f) => f.severity === 'error')).toBe(false);
      }),
    );
  });
});
