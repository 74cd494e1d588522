// A field left out of a question is missing, not unknown: the bank's own "unknown phase" finding
// names the value it did not know, and there is none to name.
import { describe, expect, it } from 'vitest';
import { validateQuestionBank } from '../../src/questions/index.js';

const question = {
  id: 'q1',
  text: { nl: 'Wat ging er goed deze maand?', en: 'What went well this month?' },
  category: 'open',
  audience: 'employee',
  kinds: ['development'],
} as const;

describe('validateQuestionBank: a phase left out', () => {
  it('is refused by the schema with the values it takes, never as the unknown phase "undefined"', () => {
    const result = validateQuestionBank([question] as never);
    expect(result.ok).toBe(false);
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).toEqual(['input.invalid_value']);
    expect(result.findings[0]?.path).toEqual([0, 'phase']);
    expect(result.findings[0]?.params).toHaveProperty('values', expect.arrayContaining(['preparation', 'evaluation']));
    expect(JSON.stringify(result.findings)).not.toContain('undefined');
  });

  it('an unknown phase is still named as given', () => {
    const result = validateQuestionBank([{ ...question, phase: 'lunch' }] as never);
    expect(result.findings.map((finding) => [finding.code, finding.params])).toEqual([
      [
        'question.phase.unknown',
        { question: { kind: 'question', id: 'q1', title: 'Wat ging er goed deze maand?' }, position: 1, phase: 'lunch' },
      ],
    ]);
  });
});
