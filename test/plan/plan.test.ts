import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import { canonicalJson } from '../../src/core/index.js';
import type { DevelopmentPlan, PlanAmendment } from '../../src/plan/index.js';
import { amendPlan, approvePlan, planApprovalStatus, planContentHash, recordProgress, validatePlan } from '../../src/plan/index.js';
import { codes, createdAt, sampleContent, samplePlan } from './fixtures.js';
import { msg } from '../finding-text.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

function approvedByBoth(plan: DevelopmentPlan): DevelopmentPlan {
  const one = value(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: plan.version }));
  return value(approvePlan(one, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: plan.version }));
}

describe('a new plan', () => {
  it('starts at version 1 with its content hash, a history entry and no approvals', () => {
    const plan = samplePlan();
    expect(plan.version).toBe(1);
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.hash).toBe(value(planContentHash(plan)));
    expect(plan.history).toEqual([
      {
        version: 1,
        at: createdAt,
        by: 'conversation',
        changes: [{ section: 'plan', action: 'created' }],
        hash: plan.hash,
        clearedApprovals: [],
      },
    ]);
    expect(plan.approvals).toEqual([]);
    expect(Object.isFrozen(plan.agreements[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(value(planApprovalStatus(plan)).approved).toBe(false);
  });

  it('hashes the same content the same, whatever the key order', () => {
    const content = sampleContent();
    const reversed = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(value(planContentHash(reversed))).toBe(value(planContentHash(content)));
  });
});

describe('approvePlan', () => {
  it('approves only when both sides approved the current version', () => {
    const plan = samplePlan();
    const one = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: plan.hash });
    expect(one.ok).toBe(true);
    expect(codes(one)).toEqual(['plan.approval.waiting']);
    expect(value(planApprovalStatus(value(one))).approved).toBe(false);
    const both = approvePlan(value(one), { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 });
    expect(codes(both)).toEqual(['plan.approval.complete']);
    const status = value(planApprovalStatus(value(both)));
    expect(status.approved).toBe(true);
    expect(status.employee?.hash).toBe(plan.hash);
    expect(status.manager?.at).toBe('2027-03-16T10:00:00+01:00');
  });

  it('refuses an approval of another version, another text, or from before the version existed', () => {
    const plan = samplePlan();
    const stale = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 2 });
    expect(stale.ok).toBe(false);
    expect(codes(stale)).toEqual(['plan.approval.staleVersion']);
    expect(msg(stale.findings[0], 'nl')).toContain('versie 2');
    const otherText = approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1, hash: '0'.repeat(64) });
    expect(codes(otherText)).toEqual(['plan.approval.hashMismatch']);
    const early = approvePlan(plan, { by: 'manager', at: '2027-03-15T10:59:00+01:00', version: 1 });
    expect(codes(early)).toEqual(['plan.approval.beforeVersion']);
  });

  it('keeps the first approval when a side approves twice', () => {
    const once = value(approvePlan(samplePlan(), { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
    const twice = approvePlan(once, { by: 'employee', at: '2027-03-17T09:00:00+01:00', version: 1 });
    expect(codes(twice)).toEqual(['plan.approval.repeated']);
    expect(value(twice).approvals).toEqual(once.approvals);
  });

  it('answers bad input with findings, never a throw', () => {
    const plan = samplePlan();
    expect(codes(approvePlan(plan, { by: 'boss', at: 'now', version: 1 } as never))).toEqual([
      'input.invalid_value',
      'input.invalid_format.datetime',
    ]);
    expect(approvePlan(null as never, null as never).ok).toBe(false);
    const polluted = JSON.parse(`{"by":"employee","at":"2027-03-16T09:00:00+01:00","version":1,"__proto__":{"x":1}}`);
    expect(codes(approvePlan(plan, polluted))).toEqual(['input.unrecognized_keys']);
  });
});

describe('validatePlan', () => {
  it('accepts a stored plan as JSON and answers it frozen', () => {
    const stored = JSON.parse(JSON.stringify(approvedByBoth(samplePlan())));
    const checked = validatePlan(stored);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(Object.isFrozen(checked.value.goals[0])).toBe(true);
      expect(value(planApprovalStatus(checked.value)).approved).toBe(true);
    }
  });

  it('detects content changed outside the library', () => {
    const plan = JSON.parse(JSON.stringify(approvedByBoth(samplePlan())));
    plan.goals[0].title = 'Iets anders';
    const checked = validatePlan(plan);
    expect(checked.ok).toBe(false);
    expect(codes(checked)).toContain('plan.hash.mismatch');
  });

  it('detects approvals and history that do not belong to the version', () => {
    const plan = JSON.parse(JSON.stringify(approvedByBoth(samplePlan())));
    plan.approvals[0].version = 7;
    plan.history[0].version = 3;
    expect(codes(validatePlan(plan)).sort()).toEqual(['plan.approval.recordInvalid', 'plan.history.inconsistent']);
  });
});

describe('amendPlan', () => {
  const change: PlanAmendment = {
    by: 'employee',
    at: '2027-04-01T09:00:00+02:00',
    reason: 'Eerder evalueren',
    set: { nextConversation: { date: '2027-08-30', kind: 'checkIn' } },
  };

  it('creates a new version with history and clears the approvals', () => {
    const approved = approvedByBoth(samplePlan());
    const amended = amendPlan(approved, change);
    expect(codes(amended)).toEqual(['plan.amend.approvalsCleared']);
    const next = value(amended);
    expect(next.version).toBe(2);
    expect(next.approvals).toEqual([]);
    expect(next.hash).not.toBe(approved.hash);
    expect(next.hash).toBe(value(planContentHash(next)));
    expect(next.history[1]).toEqual({
      version: 2,
      at: '2027-04-01T09:00:00+02:00',
      by: 'employee',
      reason: 'Eerder evalueren',
      changes: [{ section: 'nextConversation', action: 'changed' }],
      hash: next.hash,
      clearedApprovals: approved.approvals,
    });
    expect(value(planApprovalStatus(next)).approved).toBe(false);
    expect(approvePlan(next, { by: 'manager', at: '2027-04-02T09:00:00+02:00', version: 1 }).ok).toBe(false);
  });

  it('records which items were added, changed and removed', () => {
    const plan = samplePlan();
    const content = sampleContent();
    const next = value(
      amendPlan(plan, {
        by: 'manager',
        at: '2027-04-01T09:00:00+02:00',
        set: {
          goals: [{ ...(content.goals[0] as (typeof content.goals)[number]), focus: 'competences' }],
          ambitions: [...content.ambitions, { id: 'amb-2', text: 'Mentor worden' }],
        },
      }),
    );
    expect(next.history[1]?.changes).toEqual([
      { section: 'ambitions', id: 'amb-2', title: 'Mentor worden', action: 'added' },
      { section: 'goals', id: 'need-1', title: 'Zelfverzekerd presenteren voor klanten', action: 'changed' },
      { section: 'goals', id: 'need-2', title: 'Kennis van het nieuwe planningssysteem', action: 'removed' },
    ]);
  });

  it('records with a cost line’s change the agreement it belonged to, also when it is removed', () => {
    const content = sampleContent();
    const fair = { id: 'c-fair', description: 'Beursbezoek Vakdag Advies', amount: { amount: 4500, currency: 'EUR' } };
    const added = value(
      amendPlan(samplePlan(), { by: 'manager', at: '2027-04-01T09:00:00+02:00', set: { costs: [...content.costs, fair] } }),
    );
    const moved = value(
      amendPlan(added, {
        by: 'manager',
        at: '2027-04-02T09:00:00+02:00',
        set: { costs: [{ ...fair, agreementId: 's1' }] },
      }),
    );
    expect(added.history[1]?.changes).toEqual([{ section: 'costs', id: 'c-fair', title: 'Beursbezoek Vakdag Advies', action: 'added' }]);
    expect(moved.history[2]?.changes).toEqual([
      { section: 'costs', id: 'c-fair', title: 'Beursbezoek Vakdag Advies', agreementId: 's1', action: 'changed' },
      { section: 'costs', id: 'cost-a1', title: 'Training Presenteren met impact', agreementId: 'a1', action: 'removed' },
    ]);
    // The history is no part of the content hash: the link changes no hash, and the plan reads as before.
    expect(value(validatePlan(moved)).hash).toBe(moved.hash);
  });

  it('refuses a change that changes nothing, or only progress', () => {
    const plan = samplePlan();
    expect(codes(amendPlan(plan, { ...change, set: { kind: 'development' } }))).toEqual(['plan.amend.noChange']);
    const done = plan.agreements.map((a) => ({ ...a, status: 'done' as const }));
    expect(codes(amendPlan(plan, { ...change, set: { agreements: done } }))).toEqual([
      'plan.amend.progressKept',
      'plan.amend.progressKept',
      'plan.amend.noChange',
    ]);
  });

  it('keeps recorded progress when an amendment rewrites the agreements', () => {
    const progressed = value(
      recordProgress(samplePlan(), { agreementId: 'a1', by: 'employee', at: '2027-05-01T09:00:00+02:00', status: 'done', note: 'Klaar' }),
    );
    const rewritten = progressed.agreements.map((a) => ({ ...a, status: 'open' as const, what: `${a.what}.` }));
    const result = amendPlan(progressed, { ...change, at: '2027-05-02T09:00:00+02:00', set: { agreements: rewritten } });
    expect(codes(result)).toEqual(['plan.amend.progressKept']);
    expect(value(result).agreements[0]).toMatchObject({
      status: 'done',
      progressNote: 'Klaar',
      what: `${progressed.agreements[0]?.what}.`,
    });
  });

  it('refuses duplicate ids and changes dated before the current version', () => {
    const plan = samplePlan();
    const ambitions = [
      { id: 'x', text: 'een' },
      { id: 'x', text: 'twee' },
    ];
    expect(codes(amendPlan(plan, { ...change, set: { ambitions } }))).toEqual(['plan.id.duplicate']);
    expect(codes(amendPlan(plan, { ...change, at: '2027-01-01T00:00:00+01:00' }))).toEqual(['plan.amend.beforeVersion']);
  });
});

describe('recordProgress', () => {
  it('records done and a note without a new version or approval round, visibly', () => {
    const approved = approvedByBoth(samplePlan());
    const next = value(
      recordProgress(approved, {
        agreementId: 'a1',
        by: 'employee',
        at: '2027-05-20T16:00:00+02:00',
        status: 'done',
        note: 'Training gevolgd.',
      }),
    );
    expect(next.version).toBe(approved.version);
    expect(next.hash).toBe(approved.hash);
    expect(value(planApprovalStatus(next)).approved).toBe(true);
    expect(next.agreements[0]?.status).toBe('done');
    expect(next.agreements[0]?.progressNote).toBe('Training gevolgd.');
    expect(next.progress).toEqual([
      { agreementId: 'a1', by: 'employee', at: '2027-05-20T16:00:00+02:00', status: 'done', note: 'Training gevolgd.', version: 1 },
    ]);
  });

  it('warns when an agreement is dropped without a reason, and refuses unknown agreements', () => {
    const plan = samplePlan();
    const dropped = recordProgress(plan, { agreementId: 's1', by: 'manager', at: '2027-05-01T09:00:00+02:00', status: 'dropped' });
    expect(codes(dropped)).toEqual(['plan.progress.dropWithoutNote']);
    expect(dropped.ok).toBe(true);
    expect(codes(recordProgress(plan, { agreementId: 'nope', by: 'manager', at: '2027-05-01T09:00:00+02:00', status: 'done' }))).toEqual([
      'plan.progress.unknownAgreement',
    ]);
    expect(codes(recordProgress(plan, { agreementId: 'a1', by: 'manager', at: '2027-05-01T09:00:00+02:00' }))).toEqual([
      'plan.progress.empty',
    ]);
    expect(codes(recordProgress(plan, { agreementId: 'a1', by: 'manager', at: '2027-01-01T09:00:00+01:00', status: 'done' }))).toEqual([
      'plan.progress.beforePlan',
    ]);
  });
});

// ---------------------------------------------------------------- properties

const role = fc.constantFrom('employee' as const, 'manager' as const);
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const sets = fc.oneof(
  fc.record({ nextConversation: fc.option(fc.record({ date: fc.constantFrom('2027-08-30', '2027-09-15', '2027-10-01') }), { nil: null }) }),
  fc.record({ evaluation: fc.option(fc.record({ rating: fc.integer({ min: 1, max: 5 }) }), { nil: null }) }),
  fc.record({ ambitions: fc.uniqueArray(fc.record({ id: word, text: word }), { selector: (a) => a.id, maxLength: 3 }) }),
  fc.record({ period: fc.record({ start: fc.constant('2027-03-15'), end: fc.constantFrom('2027-09-15', '2028-03-15') }) }),
  fc.record({ kind: fc.constantFrom('development' as const, 'career' as const) }),
);
type Operation =
  | { type: 'approve'; by: 'employee' | 'manager'; versionOffset: number }
  | { type: 'amend'; by: 'employee' | 'manager'; set: PlanAmendment['set'] }
  | { type: 'progress'; by: 'employee' | 'manager'; status: 'open' | 'done' | 'dropped' };
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ type: fc.constant('approve' as const), by: role, versionOffset: fc.constantFrom(0, 0, 0, -1, 1) }),
  fc.record({ type: fc.constant('amend' as const), by: role, set: sets }),
  fc.record({
    type: fc.constant('progress' as const),
    by: role,
    status: fc.constantFrom('open' as const, 'done' as const, 'dropped' as const),
  }),
);

const contentKeys = Object.keys(sampleContent());
function planContentOf(plan: DevelopmentPlan): Record<string, unknown> {
  return Object.fromEntries(Object.entries(plan).filter(([key]) => contentKeys.includes(key)));
}

function hashable(plan: DevelopmentPlan): string {
  const content = planContentOf(plan) as unknown as DevelopmentPlan;
  return canonicalJson({ ...content, agreements: content.agreements.map(({ status: _s, progressNote: _n, ...rest }) => rest) });
}

describe('plan properties', () => {
  it('is approved only when both sides approved the current version; amendments clear approvals and count up; the hash changes iff the content does', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 14 }), (operations) => {
        let plan = samplePlan();
        let approvedNow = new Set<string>();
        operations.forEach((op, index) => {
          const at = `2027-04-${String(index + 1).padStart(2, '0')}T09:00:00+02:00`;
          if (op.type === 'approve') {
            const version = plan.version + op.versionOffset;
            const result = approvePlan(plan, { by: op.by, at, version: Math.max(1, version) });
            expect(result.ok).toBe(Math.max(1, version) === plan.version);
            if (result.ok) {
              plan = result.value;
              approvedNow.add(op.by);
            }
          } else if (op.type === 'amend') {
            const before = plan;
            const result = amendPlan(plan, { by: op.by, at, set: op.set });
            const after = { ...planContentOf(before), ...op.set } as DevelopmentPlan;
            const contentChanged = hashable(after) !== hashable(before);
            expect(result.ok).toBe(contentChanged);
            if (result.ok) {
              plan = result.value;
              approvedNow = new Set();
              expect(plan.version).toBe(before.version + 1);
              expect(plan.approvals).toEqual([]);
              expect(plan.history).toHaveLength(before.history.length + 1);
              expect(plan.history.at(-1)?.clearedApprovals).toEqual(before.approvals);
              expect(plan.hash).not.toBe(before.hash);
            }
          } else {
            const before = plan;
            const result = recordProgress(plan, { agreementId: 'a1', by: op.by, at, status: op.status, note: 'n' });
            plan = value(result);
            expect(plan.hash).toBe(before.hash);
            expect(plan.version).toBe(before.version);
            expect(plan.approvals).toEqual(before.approvals);
          }
          expect(value(planApprovalStatus(plan)).approved).toBe(approvedNow.has('employee') && approvedNow.has('manager'));
          expect(plan.hash).toBe(value(planContentHash(plan)));
          expect(validatePlan(plan).ok).toBe(true);
        });
      }),
    );
  });

  it('gives equal hashes exactly for equal content', () => {
    const base = sampleContent();
    fc.assert(
      fc.property(sets, sets, (a, b) => {
        const left = { ...base, ...a } as DevelopmentPlan;
        const right = { ...base, ...b } as DevelopmentPlan;
        expect(value(planContentHash(left)) === value(planContentHash(right))).toBe(hashable(left) === hashable(right));
      }),
    );
  });

  it('changes the hash for a change of any single value of the content, except progress (fast-check)', () => {
    // Independent of how the hash is computed: walk the content itself and change one leaf.
    const base = sampleContent() as unknown as Record<string, unknown>;
    const leaves: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (Array.isArray(node))
        node.forEach((item, index) => {
          walk(item, [...path, index]);
        });
      else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
      else leaves.push(path);
    };
    walk(base, []);
    expect(leaves.length).toBeGreaterThan(40);
    const baseHash = value(planContentHash(base as never));
    const changeAt = (path: (string | number)[], change: (leaf: unknown) => unknown): unknown => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      node[last] = change(node[last]);
      return copy;
    };
    const isProgress = (path: (string | number)[]) => path[0] === 'agreements' && (path[2] === 'status' || path[2] === 'progressNote');
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.constantFrom('É', 'x', '1'), (path, suffix) => {
        const changed = changeAt(path, (leaf) =>
          typeof leaf === 'string'
            ? leaf.includes('-') && /\d/.test(leaf)
              ? leaf
              : leaf + suffix
            : typeof leaf === 'number'
              ? leaf + 1
              : leaf,
        );
        const hashed = planContentHash(changed as never);
        fc.pre(hashed.ok && canonicalJson(changed) !== canonicalJson(base));
        if (!hashed.ok) return;
        expect(hashed.value !== baseHash).toBe(!isProgress(path));
      }),
      { numRuns: 300 },
    );
    // Progress is the one thing outside the hash: status and note of an agreement.
    const progressed = changeAt(['agreements', 0, 'status'], () => 'done');
    expect(value(planContentHash(progressed as never))).toBe(baseHash);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (plan, other) => {
        expect(approvePlan(plan as never, other as never).ok).toBe(false);
        expect(amendPlan(plan as never, other as never).ok).toBe(false);
        expect(recordProgress(plan as never, other as never).ok).toBe(false);
        expect(validatePlan(plan).ok).toBe(false);
        expect(planApprovalStatus(plan as never).ok).toBe(false);
        expect(planContentHash(plan as never).ok).toBe(false);
      }),
    );
  });
});
