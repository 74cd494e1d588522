import { describe, expect, it } from 'vitest';
import { criterionStatusTerms, smartCriteria, smartCriterionTerms, wwwCriterionTerms } from '../../src/agreements/index.js';

describe('criterion labels', () => {
  it('label every SMART criterion in S-M-A-R-T order, in both languages', () => {
    expect(smartCriterionTerms.map((term) => term.id)).toEqual([...smartCriteria]);
    expect(smartCriterionTerms.map((term) => term.label.nl[0]).join('')).toBe('SMART');
    expect(smartCriterionTerms.map((term) => term.label.en[0]).join('')).toBe('SMART');
  });

  it('label the WWW questions and every verdict', () => {
    expect(wwwCriterionTerms.map((term) => term.label.nl[0]).join('')).toBe('WWW');
    expect(criterionStatusTerms.map((term) => term.id)).toEqual(['met', 'unmet', 'unknown']);
    for (const term of [...wwwCriterionTerms, ...smartCriterionTerms, ...criterionStatusTerms]) {
      expect(term.label.nl.trim()).not.toBe('');
      expect(term.label.en.trim()).not.toBe('');
    }
  });
});
