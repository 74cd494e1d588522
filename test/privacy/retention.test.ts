import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RetentionRecord, RetentionRule } from '../../src/index.js';
import { addCalendarDays, dutchRetentionDefaults, findingMessage, retentionDue } from '../../src/index.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const sanne: RetentionRecord[] = [
  { kind: 'preparation', id: 'c-2027', employeeId: 'e-17', conversationDate: '2027-03-15' },
  { kind: 'conversation', id: 'c-2027', employeeId: 'e-17', conversationDate: '2027-03-15', employmentEnd: '2028-01-31' },
  { kind: 'plan', id: 'pop-2027', employeeId: 'e-17', planPeriodEnd: '2028-03-15', employmentEnd: '2028-01-31' },
];

describe('retentionDue', () => {
  it('lists what is due, then what comes, then what waits for a date, each with its reason', () => {
    const items = value(
      retentionDue(
        [...sanne, { kind: 'notes', id: 'c-2029', employeeId: 'e-20', conversationDate: '2029-06-01' }],
        dutchRetentionDefaults,
        '2030-02-15',
      ),
    );
    expect(items.map((item) => [item.status, item.record.kind, item.action, item.dueOn])).toEqual([
      ['due', 'preparation', 'erase', '2028-03-15'],
      ['due', 'conversation', 'delete', '2030-01-31'],
      ['due', 'plan', 'delete', '2030-01-31'],
      ['upcoming', 'conversation', 'delete', '2032-03-15'],
      ['upcoming', 'plan', 'delete', '2033-03-15'],
      ['upcoming', 'notes', 'erase', '2034-06-01'],
      ['waiting', 'notes', 'erase', null],
    ]);
    expect(findingMessage(items[1]!.reason, 'nl')).toBe(
      'De bewaartermijn is om: het gesprek moet uiterlijk 31 januari 2030 verwijderd worden (2 jaar na het einde van het dienstverband, 31 januari 2028).',
    );
    expect(findingMessage(items[6]!.reason, 'en')).toBe(
      'The notes must be erased 2 years after the end of employment; that date is not known yet.',
    );
    expect(findingMessage(items[3]!.reason, 'en')).toBe(
      'The conversation must be deleted on 15 March 2032 (5 years after the conversation, 15 March 2027).',
    );
  });

  it('warns about a kind of record the policy sets no term for', () => {
    const result = retentionDue(
      sanne,
      { rules: [{ kind: 'preparation', action: 'erase', months: 6, after: 'conversation' }] },
      '2027-10-01',
    );
    expect(result.ok && result.value.map((item) => [item.record.kind, item.dueOn])).toEqual([['preparation', '2027-09-15']]);
    expect(result.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'Voor het gesprek is geen bewaartermijn vastgelegd; leg er een vast, want persoonsgegevens mogen niet onbeperkt bewaard worden.',
      'Voor het POP is geen bewaartermijn vastgelegd; leg er een vast, want persoonsgegevens mogen niet onbeperkt bewaard worden.',
    ]);
  });

  it('takes now as a date or an instant, and answers anything else with findings', () => {
    expect(value(retentionDue(sanne, dutchRetentionDefaults, '2028-03-15T10:00:00+01:00'))[0]?.status).toBe('due');
    expect(value(retentionDue(sanne, dutchRetentionDefaults, '2028-03-14'))[0]?.status).toBe('upcoming');
    expect(retentionDue(sanne, dutchRetentionDefaults, 'tomorrow').ok).toBe(false);
    expect(retentionDue([{ kind: 'email' } as never], dutchRetentionDefaults, '2028-03-14').ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (records, policy, now) => {
        expect(() => retentionDue(records as never, policy as never, now as never)).not.toThrow();
      }),
    );
  });

  it('puts every term at its anchor plus its months, due exactly when that day has come (fast-check)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addCalendarDays('2000-01-01', n));
    const rule: fc.Arbitrary<RetentionRule> = fc.record({
      kind: fc.constantFrom('preparation', 'notes', 'conversation', 'eventLog', 'plan', 'patches'),
      action: fc.constantFrom('erase', 'delete'),
      months: fc.integer({ min: 0, max: 120 }),
      after: fc.constantFrom('conversation', 'planPeriodEnd', 'employmentEnd'),
    });
    const record: fc.Arbitrary<RetentionRecord> = fc.record(
      {
        kind: fc.constantFrom('preparation', 'notes', 'conversation', 'eventLog', 'plan', 'patches'),
        id: fc.constantFrom('r1', 'r2', 'r3'),
        employeeId: fc.constant('e-1'),
        conversationDate: day,
        planPeriodEnd: day,
        employmentEnd: day,
      },
      { requiredKeys: ['kind', 'id', 'employeeId'] },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.array(rule, { maxLength: 6 }), day, (records, rules, now) => {
        const items = value(retentionDue(records, { rules }, now));
        expect(items.length).toBe(records.reduce((sum, r) => sum + rules.filter((rule) => rule.kind === r.kind).length, 0));
        for (const item of items) {
          expect(item.status === 'waiting').toBe(item.dueOn === null);
          if (item.dueOn !== null) expect(item.status).toBe(item.dueOn <= now ? 'due' : 'upcoming');
          expect(['privacy.retention.due', 'privacy.retention.upcoming', 'privacy.retention.waiting']).toContain(item.reason.code);
        }
        const order = items.map((item) => ({ due: 0, upcoming: 1, waiting: 2 })[item.status]);
        expect(order).toEqual([...order].sort());
      }),
      { numRuns: 300 },
    );
  });
});
