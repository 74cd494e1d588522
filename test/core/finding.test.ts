import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFinding,
  defineMessages,
  findingSchema,
  findingsFrom,
  formatFinding,
  hasErrors,
  interpolate,
  placeholdersOf,
  prefixPaths,
  sortFindings,
} from '../../src/core/index.js';

const messages = defineMessages({
  'demo.late': { nl: '{days} dagen te laat voor {what}.', en: '{days} days late for {what}.' },
});

describe('findings', () => {
  it('fills placeholders in both languages and keeps structured params', () => {
    const finding = findingsFrom(messages).warning('demo.late', { path: ['when'], params: { days: 3, what: 'POP' } });
    expect(finding).toEqual({
      code: 'demo.late',
      severity: 'warning',
      path: ['when'],
      params: { days: 3, what: 'POP' },
      message: { nl: '3 dagen te laat voor POP.', en: '3 days late for POP.' },
    });
    expect(findingSchema.safeParse(finding).success).toBe(true);
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(interpolate('Nog {days} dagen tot {date}', { days: 2 })).toBe('Nog 2 dagen tot {date}');
  });

  it('does not read placeholders from the prototype chain', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });

  it('chooses singular or plural words by number', () => {
    expect(interpolate('{n} {n|dag|dagen} te laat', { n: 1 })).toBe('1 dag te laat');
    expect(interpolate('{n} {n|dag|dagen} te laat', { n: 3 })).toBe('3 dagen te laat');
    expect(interpolate('{n} {n|day|days} late', { n: 0 })).toBe('0 days late');
    expect(interpolate('{n|day|days}', {})).toBe('{n|day|days}');
    expect(placeholdersOf('{n} {n|day|days} {m|x|y}')).toEqual(['n', 'm']);
  });

  it('lists placeholders once each', () => {
    expect(placeholdersOf('{a} {b} {a}')).toEqual(['a', 'b']);
  });

  it('fills a placeholder per language from params ending in Nl and En', () => {
    const catalogue = defineMessages({ 'demo.off': { nl: '{date} is vrij ({reason}).', en: '{date} is a day off ({reason}).' } });
    const finding = createFinding(catalogue, 'demo.off', 'info', { params: { date: '2027-04-27', reasonNl: 'Koningsdag', reasonEn: "King's Day" } });
    expect(finding.message).toEqual({ nl: '2027-04-27 is vrij (Koningsdag).', en: "2027-04-27 is a day off (King's Day)." });
    expect(finding.params).toEqual({ date: '2027-04-27', reasonNl: 'Koningsdag', reasonEn: "King's Day" });
  });

  it('falls back to the code as text for a code outside the catalogue', () => {
    expect(createFinding(messages, 'demo.unknown', 'info').message).toEqual({ nl: 'demo.unknown', en: 'demo.unknown' });
  });

  it('formats a finding as one line', () => {
    const finding = createFinding(messages, 'demo.late', 'error', { path: ['a', 0], params: { days: 1, what: 'x' } });
    expect(formatFinding(finding, 'nl')).toBe('fout demo.late bij a.0: 1 dagen te laat voor x.');
    expect(formatFinding(finding, 'en')).toBe('error demo.late at a.0: 1 days late for x.');
  });

  it('prefixes paths and detects errors', () => {
    const finding = createFinding(messages, 'demo.late', 'error', { path: ['when'] });
    expect(prefixPaths([finding], ['agreements', 2])[0]?.path).toEqual(['agreements', 2, 'when']);
    expect(hasErrors([finding])).toBe(true);
    expect(hasErrors([{ ...finding, severity: 'warning' }])).toBe(false);
  });

  it('sorts findings deterministically with errors first, whatever the input order', () => {
    const severities = fc.constantFrom('error' as const, 'warning' as const, 'info' as const);
    const arbitraryFinding = fc
      .record({ code: fc.constantFrom('demo.a', 'demo.b', 'demo.c'), severity: severities, key: fc.constantFrom('x', 'y') })
      .map(({ code, severity, key }) => createFinding({}, code, severity, { path: [key] }));
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 20 }), fc.integer(), (findings, seed) => {
        const shuffled = [...findings].sort(() => (seed % 2 === 0 ? 1 : -1));
        const sorted = sortFindings(findings);
        expect(sortFindings(shuffled).map((f) => `${f.severity}${f.path}${f.code}`)).toEqual(
          sorted.map((f) => `${f.severity}${f.path}${f.code}`),
        );
        const firstNonError = sorted.findIndex((f) => f.severity !== 'error');
        if (firstNonError >= 0) expect(sorted.slice(firstNonError).some((f) => f.severity === 'error')).toBe(false);
      }),
    );
  });
});
