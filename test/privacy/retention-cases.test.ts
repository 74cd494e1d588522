// Worked cases for retention (retention.ts) and the age band (age.ts): terms that end on a leap day,
// the order of what is due, and the findings of bad input with their places.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { RetentionPolicy, RetentionRecord } from '../../src/index.js';
import { dutchRetentionDefaults, retentionDue } from '../../src/index.js';
import { ageBand } from '../../src/privacy/age.js';

const brief = (f: Finding) => ({ code: f.code, path: f.path, params: f.params });

const row = (item: { status: string; record: { kind: string; id: string }; action: string; dueOn: string | null }) => [
  item.status,
  item.record.kind,
  item.record.id,
  item.action,
  item.dueOn,
];

describe('a retention period that ends on a leap day', () => {
  const policy: RetentionPolicy = { rules: [{ kind: 'notes', action: 'erase', months: 48, after: 'conversation' }] };
  const notes: RetentionRecord[] = [{ kind: 'notes', id: 'c-2024', employeeId: 'e-1', conversationDate: '2024-02-29' }];

  it('is upcoming the day before and due on 29 February itself', () => {
    const before = retentionDue(notes, policy, '2028-02-28');
    const on = retentionDue(notes, policy, '2028-02-29');
    expect(before.ok && before.value.map(row)).toEqual([['upcoming', 'notes', 'c-2024', 'erase', '2028-02-29']]);
    expect(on.ok && on.value.map(row)).toEqual([['due', 'notes', 'c-2024', 'erase', '2028-02-29']]);
  });

  it('counts a year from a leap day to 28 February, the last day of that month', () => {
    const due = retentionDue(
      [{ kind: 'preparation', id: 'c-2024', employeeId: 'e-1', conversationDate: '2024-02-29' }],
      dutchRetentionDefaults,
      '2025-02-28',
    );
    expect(due.ok && due.value.map(row)).toEqual([['due', 'preparation', 'c-2024', 'erase', '2025-02-28']]);
  });
});

describe('the order of what retention asks', () => {
  it('orders within a status by date, then kind, id and action, whatever the order of the records', () => {
    const policy: RetentionPolicy = {
      rules: [
        { kind: 'notes', action: 'erase', months: 12, after: 'conversation' },
        { kind: 'conversation', action: 'delete', months: 12, after: 'conversation' },
        { kind: 'eventLog', action: 'delete', months: 24, after: 'employmentEnd' },
      ],
    };
    const records: RetentionRecord[] = [
      { kind: 'notes', id: 'c-b', employeeId: 'e-1', conversationDate: '2027-03-01' },
      { kind: 'notes', id: 'c-a', employeeId: 'e-1', conversationDate: '2027-03-01' },
      { kind: 'conversation', id: 'c-b', employeeId: 'e-1', conversationDate: '2027-03-01' },
      { kind: 'notes', id: 'c-z', employeeId: 'e-1', conversationDate: '2026-01-10' },
      { kind: 'eventLog', id: 'c-b', employeeId: 'e-1' },
      { kind: 'eventLog', id: 'c-a', employeeId: 'e-1' },
      { kind: 'notes', id: 'c-y', employeeId: 'e-1', conversationDate: '2029-05-01' },
      { kind: 'notes', id: 'c-x', employeeId: 'e-1', conversationDate: '2029-04-01' },
    ];
    const expected = [
      ['due', 'notes', 'c-z', 'erase', '2027-01-10'],
      ['due', 'conversation', 'c-b', 'delete', '2028-03-01'],
      ['due', 'notes', 'c-a', 'erase', '2028-03-01'],
      ['due', 'notes', 'c-b', 'erase', '2028-03-01'],
      ['upcoming', 'notes', 'c-x', 'erase', '2030-04-01'],
      ['upcoming', 'notes', 'c-y', 'erase', '2030-05-01'],
      ['waiting', 'eventLog', 'c-a', 'delete', null],
      ['waiting', 'eventLog', 'c-b', 'delete', null],
    ];
    for (const order of [records, [...records].reverse()]) {
      const due = retentionDue(order, policy, '2029-06-01');
      expect(due.ok && due.value.map(row)).toEqual(expected);
    }
  });

  it('keeps two terms of one record that end on the same day in the order of the policy', () => {
    const record: RetentionRecord = {
      kind: 'notes',
      id: 'c-1',
      employeeId: 'e-1',
      conversationDate: '2025-01-31',
      employmentEnd: '2028-01-31',
    };
    const afterConversation = { kind: 'notes', action: 'erase', months: 60, after: 'conversation' } as const;
    const afterEmployment = { kind: 'notes', action: 'erase', months: 24, after: 'employmentEnd' } as const;
    for (const rules of [
      [afterConversation, afterEmployment],
      [afterEmployment, afterConversation],
    ]) {
      const due = retentionDue([record], { rules }, '2030-02-01');
      expect(due.ok && due.value.map((item) => [item.dueOn, item.reason.params?.['anchor']])).toEqual(
        rules.map((rule) => ['2030-01-31', rule.after]),
      );
    }
  });

  it('warns once per kind without a term, at the first record of that kind', () => {
    const policy: RetentionPolicy = { rules: [{ kind: 'notes', action: 'erase', months: 12, after: 'conversation' }] };
    const due = retentionDue(
      [
        { kind: 'notes', id: 'c-1', employeeId: 'e-1', conversationDate: '2027-03-01' },
        { kind: 'plan', id: 'pop-1', employeeId: 'e-1' },
        { kind: 'plan', id: 'pop-2', employeeId: 'e-1' },
      ],
      policy,
      '2027-06-01',
    );
    expect(due.findings.map(brief)).toStrictEqual([
      { code: 'privacy.retention.noRule', path: ['records', 1, 'kind'], params: { kind: 'plan' } },
    ]);
  });
});

describe('retentionDue refuses bad input, saying where', () => {
  const record: RetentionRecord = { kind: 'notes', id: 'c-1', employeeId: 'e-1', conversationDate: '2027-03-01' };

  it('refuses a day that is no date, at now', () => {
    const due = retentionDue([record], dutchRetentionDefaults, '1 maart 2027');
    expect(due.ok).toBe(false);
    expect(due.findings.map(brief)).toStrictEqual([{ code: 'input.invalid_format', path: ['now'], params: { format: 'date' } }]);
  });

  it('puts the records’ and the policy’s findings under their names, with the day’s after them', () => {
    const badRecord = { ...record, conversationDate: '2027-02-30' } as RetentionRecord;
    const badPolicy = { rules: [{ kind: 'notes', action: 'shred', months: 12, after: 'conversation' }] } as unknown as RetentionPolicy;
    const records = retentionDue([badRecord], dutchRetentionDefaults, '2027-06-01');
    expect(records.ok).toBe(false);
    expect(records.findings.length).toBeGreaterThan(0);
    expect(records.findings.every((f) => f.path[0] === 'records' && f.path[1] === 0)).toBe(true);
    const policy = retentionDue([record], badPolicy, '2027-06-01');
    expect(policy.ok).toBe(false);
    expect(policy.findings.length).toBeGreaterThan(0);
    expect(policy.findings.every((f) => f.path[0] === 'policy' && f.path[1] === 'rules')).toBe(true);
    const all = retentionDue([badRecord], badPolicy, 'morgen');
    expect(all.findings.map((f) => f.path[0])).toEqual([
      ...records.findings.map(() => 'records'),
      ...policy.findings.map(() => 'policy'),
      'now',
    ]);
  });
});

describe('ageBand', () => {
  it('keeps a band as it is', () => {
    expect(ageBand({ band: '55plus' })).toStrictEqual({ band: '55plus' });
    expect(ageBand({ band: 'under45' })).toStrictEqual({ band: 'under45' });
  });

  it('puts the 45th and 55th year in the older band', () => {
    const on = '2027-03-15';
    expect([1983, 1982, 1973, 1972].map((birthYear) => ageBand({ birthYear, on }).band)).toEqual(['under45', '45to54', '45to54', '55plus']);
  });
});
