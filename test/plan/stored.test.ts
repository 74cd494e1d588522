import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/index.js';
import { currentSchemaVersion } from '../../src/core/index.js';
import type { DevelopmentPlan } from '../../src/plan/index.js';
import { amendPlan, approvePlan, draftDevelopmentPlan, recordProgress, validatePlan } from '../../src/plan/index.js';
import { developmentPlanSchema } from '../../src/plan/schema.js';
import { createdAt, sampleContent } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => `${f.code} ${f.path.join('.')}`)));
  return result.value;
}

const meta = { tenantId: 't-42', tags: ['pilot', { team: 'Advies' }], imported: null };

function drafted(): DevelopmentPlan {
  return value(draftDevelopmentPlan({ content: sampleContent(), at: createdAt, by: 'conversation', meta }));
}

/** Keys of every object, in order: one key order is what makes the same data the same JSON text. */
function keyOrder(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.keys(item).join(',') + JSON.stringify(Object.values(item))
      : item,
  );
}

describe('the plan as stored data', () => {
  it('writes schemaVersion 2 and carries the host’s meta through every version untouched', () => {
    let plan = drafted();
    expect(plan.schemaVersion).toBe(currentSchemaVersion);
    expect(Object.keys(plan)[0]).toBe('schemaVersion');
    plan = value(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
    plan = value(amendPlan(plan, { by: 'manager', at: '2027-03-17T09:00:00+01:00', set: { evaluation: null } }));
    plan = value(recordProgress(plan, { agreementId: 'a1', by: 'employee', at: '2027-04-01T09:00:00+02:00', note: 'Gestart' }));
    expect(plan.meta).toEqual(meta);
    expect(plan.version).toBe(2);
  });

  it('carries keys a migration kept in unrecognized, and they do not count in the hash', () => {
    const stored = { ...JSON.parse(JSON.stringify(drafted())), unrecognized: { 'goals.0.weight': 3, legacyField: 'x' } };
    const read = value(validatePlan(stored));
    expect(read.unrecognized).toEqual({ 'goals.0.weight': 3, legacyField: 'x' });
    const next = value(approvePlan(read, { by: 'manager', at: '2027-03-16T09:00:00+01:00', version: 1 }));
    expect(next.unrecognized).toEqual(read.unrecognized);
    expect(next.hash).toBe(drafted().hash);
  });

  it('refuses a plan as 0.1 stored it until it is migrated (no schemaVersion, a flat hash)', () => {
    const old = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', '0.1', 'plan-approved.json'), 'utf8'));
    const read = validatePlan(old);
    expect(read.ok).toBe(false);
    expect(read.findings.map((f) => f.path.join('.'))).toContain('schemaVersion');
    // With the version written, only the hash (now a Merkle root) still tells the old text from the new.
    expect(validatePlan({ schemaVersion: 2, ...old }).findings.map((f) => f.code)).toContain('plan.hash.mismatch');
  });

  it('answers in one key order, however the plan was reached (fast-check)', () => {
    const operations = fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('approve' as const), by: fc.constantFrom('employee' as const, 'manager' as const) }),
        fc.record({ type: fc.constant('progress' as const), note: fc.constantFrom('Klaar', 'Bezig', '') }),
        fc.record({ type: fc.constant('amend' as const), rating: fc.integer({ min: 1, max: 5 }) }),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(operations, (steps) => {
        let plan = drafted();
        steps.forEach((step, index) => {
          const at = `2027-04-${String(index + 1).padStart(2, '0')}T09:00:00+02:00`;
          const next =
            step.type === 'approve'
              ? approvePlan(plan, { by: step.by, at, version: plan.version })
              : step.type === 'progress'
                ? recordProgress(plan, {
                    agreementId: 'a1',
                    by: 'employee',
                    at,
                    status: 'done',
                    ...(step.note === '' ? {} : { note: step.note }),
                  })
                : amendPlan(plan, { by: 'employee', at, set: { evaluation: { rating: step.rating } } });
          if (next.ok) plan = next.value;
        });
        const reread = value(validatePlan(JSON.parse(JSON.stringify(plan))));
        expect(JSON.stringify(reread)).toBe(JSON.stringify(plan));
        const parsed = developmentPlanSchema.parse(JSON.parse(JSON.stringify(plan)));
        expect(keyOrder(plan)).toBe(keyOrder(parsed));
      }),
      { numRuns: 80 },
    );
  });
});
