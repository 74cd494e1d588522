import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/core/index.js';
import { planContentHash, validatePlan } from '../../src/plan/index.js';
import { hashableContent, leafDigest, treeDigest } from '../../src/plan/hash.js';
import type { PlanContent } from '../../src/plan/types.js';
import { sampleContent, samplePlan } from './fixtures.js';
import { workedContent } from './worked-example.js';

/** The scheme exactly as docs/plan.md writes it, computed here on its own. */
function documented(value: unknown): string {
  if (Array.isArray(value)) return sha256Hex(`pop-list-1\n${JSON.stringify(value.map(documented))}`);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const pairs = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, documented(record[key])]);
    return sha256Hex(`pop-node-1\n${JSON.stringify(pairs)}`);
  }
  return sha256Hex(`pop-leaf-1\n${canonicalJson(value)}`);
}

/** The sections the documentation says the hash covers, with each agreement's progress left out. */
const sections = [
  'id',
  'conversationId',
  'kind',
  'employee',
  'manager',
  'period',
  'ambitions',
  'goals',
  'costs',
  'funding',
  'nextConversation',
  'evaluation',
];
function covered(content: PlanContent): unknown {
  const picked = Object.fromEntries(Object.entries(content).filter(([key]) => sections.includes(key)));
  return { ...picked, agreements: content.agreements.map(({ status: _s, progressNote: _n, ...agreement }) => agreement) };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every leaf of a JSON value, with its path. */
function leaves(value: Json, path: (string | number)[] = []): { path: (string | number)[]; leaf: string | number | boolean | null }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path, leaf: value }];
}

function replaceAt(value: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, Json>;
  return { ...record, [head]: replaceAt(record[head] as Json, rest, replacement) };
}

describe('the content hash: a Merkle tree of per-field digests', () => {
  it('is the documented scheme, and the hash a plan stores', () => {
    for (const content of [sampleContent(), workedContent()]) {
      const plan = samplePlan(content as never);
      expect(planContentHash(plan)).toEqual({ ok: true, value: documented(covered(plan)), findings: [] });
      expect(plan.hash).toBe(documented(covered(plan)));
    }
  });

  it('stays the same when any field is replaced by a tombstone carrying its digest (erasure keeps approvals verifiable)', () => {
    const plan = samplePlan(workedContent() as never);
    const tree = JSON.parse(JSON.stringify(hashableContent(plan))) as Json;
    const all = leaves(tree);
    expect(all.length).toBeGreaterThan(60);
    fc.assert(
      fc.property(fc.constantFrom(...all), ({ path, leaf }) => {
        const erased = replaceAt(tree, path, { $tombstone: leafDigest(leaf) });
        expect(treeDigest(erased)).toBe(plan.hash);
        const wrong = replaceAt(tree, path, { $tombstone: leafDigest(`${String(leaf)}x`) });
        expect(treeDigest(wrong)).not.toBe(plan.hash);
      }),
      { numRuns: 200 },
    );
    // A whole agreement (a subtree) can be erased the same way.
    const agreement = (tree as { agreements: Json[] }).agreements[1] as Json;
    expect(treeDigest(replaceAt(tree, ['agreements', 1], { $tombstone: treeDigest(agreement) }))).toBe(plan.hash);
  });

  it('does not depend on key order, and tells a text from its digest', () => {
    const content = sampleContent();
    const hash = planContentHash(content);
    const reordered = JSON.parse(JSON.stringify(content), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(planContentHash(reordered)).toEqual(hash);
    // A text that happens to look like a tombstone object is no tombstone unless it is exactly one.
    expect(treeDigest({ $tombstone: 'not a digest' })).not.toBe(treeDigest('not a digest'));
  });

  it('answers any input with a result, never a throw: throwing getters, proxies, a path that is no path', () => {
    const getter = Object.defineProperty({ ...sampleContent() }, 'id', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy');
        },
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
        getPrototypeOf: () => {
          throw new Error('hostile proxy');
        },
      },
    );
    for (const input of [getter, proxy, null, 5, 'pop', [sampleContent()]]) {
      expect(planContentHash(input as never).ok).toBe(false);
      expect(validatePlan(input).ok).toBe(false);
    }
    expect(validatePlan({}, 5 as never)).toEqual({
      ok: false,
      findings: [{ code: 'input.invalid_type', severity: 'error', path: ['path'], params: { expected: 'array', received: 'number' } }],
    });
    expect(validatePlan({}, proxy as never).ok).toBe(false);
    expect(validatePlan(samplePlan(), ['stored', 3]).ok).toBe(true);
  });
});
