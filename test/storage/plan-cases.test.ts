// POPs stored by 0.1 migrated by hand (issue 21: mutation testing of the storage module): which
// approvals carry over to the new hash, which lapse into the history, and what each finding says.
import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../src/index.js';
import { fixture, value } from './fixtures.js';

interface StoredPlan {
  hash: string;
  version: number;
  goals: { title: string }[];
  approvals: { by: string; version: number; hash: string; at: string }[];
  history: { version: number; hash: string; clearedApprovals: unknown[] }[];
}

const approved = (): StoredPlan => fixture('0.1', 'plan-approved.json') as StoredPlan;
const said = (findings: readonly { code: string; path: readonly (string | number)[]; params: object }[]) =>
  findings.map((f) => [f.code, f.path, f.params]);

describe('approvals of a 0.1 plan', () => {
  it('carries both approvals of the version whose hash matches, saying so once for both roles', () => {
    const migrated = migratePlan(approved());
    expect(said(migrated.findings)).toEqual([
      ['storage.plan.approvalsCarried', ['approvals'], { version: 1, roles: ['employee', 'manager'] }],
    ]);
  });

  it('lets both lapse when the text changed, keeping them in the history, with a warning per role', () => {
    const stored = approved();
    (stored.goals[0] as { title: string }).title = 'Zelfverzekerd presenteren voor directies';
    const lapsed = stored.approvals;
    const migrated = migratePlan(stored);
    expect(said(migrated.findings)).toEqual([
      ['storage.plan.hashMismatch', ['hash'], { version: 1 }],
      ['storage.plan.approvalNotCarried', ['approvals'], { version: 1, role: 'employee' }],
      ['storage.plan.approvalNotCarried', ['approvals'], { version: 1, role: 'manager' }],
    ]);
    expect(value(migrated).history.at(-1)?.clearedApprovals).toEqual(lapsed);
  });

  it('carries the approval given on the stored hash and lets one given on another hash lapse', () => {
    const stored = approved();
    const other = { ...(stored.approvals[1] as StoredPlan['approvals'][number]), hash: 'e'.repeat(64) };
    stored.approvals[1] = other;
    const migrated = migratePlan(stored);
    expect(said(migrated.findings)).toEqual([
      ['storage.plan.approvalsCarried', ['approvals'], { version: 1, roles: ['employee'] }],
      ['storage.plan.approvalNotCarried', ['approvals'], { version: 1, role: 'manager' }],
    ]);
    const read = value(migrated);
    expect(read.approvals.map((a) => [a.by, a.hash, a.previousHash])).toEqual([['employee', read.hash, stored.hash]]);
    expect(read.history.at(-1)?.clearedApprovals).toEqual([other]);
  });

  it('lets an approval of an earlier version lapse on an amended plan, though it names the stored hash', () => {
    const stored = fixture('0.1', 'plan-amended.json') as StoredPlan;
    expect(stored.version).toBe(2);
    stored.approvals = [{ by: 'employee', at: '2027-04-02T09:00:00+02:00', version: 1, hash: stored.hash }];
    const migrated = migratePlan(stored);
    expect(said(migrated.findings)).toEqual([['storage.plan.approvalNotCarried', ['approvals'], { version: 2, role: 'employee' }]]);
    expect(value(migrated).approvals).toEqual([]);
  });

  it('leaves a last history entry with another hash alone, so the plan module refuses the history', () => {
    const stored = approved();
    (stored.history[0] as { hash: string }).hash = 'f'.repeat(64);
    const migrated = migratePlan(stored);
    expect(migrated.ok).toBe(false);
    expect(said(migrated.findings)).toEqual([
      ['storage.invalid', [], { shape: 'developmentPlan', version: 2 }],
      ['plan.history.inconsistent', ['history'], { version: 1 }],
    ]);
  });
});
