import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { calendarDateSchema, instantSchema, parseWith } from '../../src/core/index.js';
import { msg } from '../finding-text.js';

const schema = z.strictObject({
  title: z.string().min(2).max(10),
  minutes: z.number().int().min(0),
  when: calendarDateSchema,
  at: instantSchema,
  role: z.enum(['employee', 'manager']),
  tags: z.array(z.string()).min(1),
});

describe('parseWith', () => {
  it('returns the parsed value for valid input', () => {
    const input = { title: 'POP', minutes: 30, when: '2027-06-01', at: '2027-06-01T10:00:00+02:00', role: 'employee', tags: ['x'] };
    expect(parseWith(schema, input)).toEqual({ ok: true, value: input, findings: [] });
  });

  it('turns every zod issue into a finding with path and both languages', () => {
    const result = parseWith(
      schema,
      { title: 'x', minutes: 'ten', when: '2027-02-30', at: '2027-06-01T10:00', role: 'boss', tags: [], extra: 1 },
      { path: ['input'] },
    );
    expect(result.ok).toBe(false);
    const byCode = Object.fromEntries(result.findings.map((f) => [f.code, f]));
    expect(Object.keys(byCode).sort()).toEqual(
      [
        'input.invalid_format.date',
        'input.invalid_format.datetime',
        'input.invalid_type',
        'input.invalid_value',
        'input.too_small.array',
        'input.too_small.string',
        'input.unrecognized_keys',
      ].sort(),
    );
    expect(byCode['input.invalid_type']?.path).toEqual(['input', 'minutes']);
    expect(msg(byCode['input.invalid_type'], 'en')).toBe('Wrong kind of value: expected number, got string.');
    expect(msg(byCode['input.too_small.string'], 'nl')).toBe('Te kort: minstens 2 tekens.');
    expect(byCode['input.unrecognized_keys']?.params).toEqual({ keys: ['extra'] });
  });

  it('reports a missing field as required', () => {
    const result = parseWith(z.strictObject({ who: z.string() }), {});
    expect(result.findings.map((f) => f.code)).toEqual(['input.required']);
  });

  it('rejects __proto__ keys instead of merging them', () => {
    const result = parseWith(z.strictObject({ a: z.string() }), JSON.parse('{"a":"x","__proto__":{"polluted":true}}'));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns a custom refinement that names a code into that finding, with its params', () => {
    const even = z.number().refine((n) => n % 2 === 0, { params: { code: 'demo.even', divisor: 2 } });
    expect(parseWith(even, 3).findings[0]).toEqual({ code: 'demo.even', severity: 'error', path: [], params: { divisor: 2, value: 3 } });
    const unnamed = z.number().refine((n) => n % 2 === 0, { message: 'odd' });
    expect(parseWith(unnamed, 3).findings[0]).toMatchObject({ code: 'input.custom', params: { detail: 'odd' } });
  });

  it('never throws, even on input whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseWith(schema, hostile);
    expect(result.ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const answer = parseWith(schema, input);
        expect(answer.ok).toBe(false);
        expect(answer.findings.length).toBeGreaterThan(0);
        for (const finding of answer.findings) {
          expect(msg(finding, 'nl')?.length).toBeGreaterThan(0);
          expect(msg(finding, 'en')?.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('parseWith on deep input', () => {
  it('refuses nesting deeper than 64 levels with a finding, before any recursive walk', async () => {
    const { z } = await import('zod');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const result = parseWith(z.unknown(), deep);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([['input.tooDeep', { limit: 64 }]]);
    let shallow: unknown = 'bottom';
    for (let i = 0; i < 60; i++) shallow = [shallow];
    expect(parseWith(z.unknown(), shallow).ok).toBe(true);
  });
});

describe('host data: meta', () => {
  it('accepts shared parts in linear time, refuses cycles, and copies instead of freezing', async () => {
    const { hostMetaSchema, jsonProblem } = await import('../../src/core/index.js');
    const first: Record<string, unknown> = {};
    let node = first;
    for (let depth = 0; depth < 60; depth++) {
      const child: Record<string, unknown> = {};
      node['left'] = child;
      node['right'] = child;
      node = child;
    }
    // 2^60 paths, 61 objects: checked and copied by objects, not by paths.
    const parsed = parseWith(hostMetaSchema, first);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      // Not `not.toBe`: on different objects vitest compares them deeply, path by path (2^60 here).
      expect(parsed.value === first).toBe(false);
      expect((parsed.value as Record<string, unknown>)['left']).toBe((parsed.value as Record<string, unknown>)['right']);
    }
    expect(Object.isFrozen(first)).toBe(false);
    node['back'] = first;
    expect(jsonProblem(first)).toBe('a cycle');
    expect(parseWith(hostMetaSchema, first).findings.map((f) => f.code)).toEqual(['input.notJson']);
    expect(jsonProblem({ when: new Date(0) })).toBe('an object that is not plain data');
    expect(jsonProblem({ n: Number.NaN })).toBe('a number that is not finite');
  });
});

describe('host data: a key named __proto__', () => {
  it('is kept as data in a copy of meta, not turned into a prototype', async () => {
    const { hostMetaSchema } = await import('../../src/core/index.js');
    const meta = JSON.parse('{"__proto__":{"polluted":true},"tenantId":"t-1"}');
    const parsed = parseWith(hostMetaSchema, meta);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.stringify(parsed.value)).toBe('{"__proto__":{"polluted":true},"tenantId":"t-1"}');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
