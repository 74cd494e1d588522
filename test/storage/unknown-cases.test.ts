// Keys a version does not know, found and taken out by hand (issue 21: mutation testing of the storage
// module): through a union of amounts into the one kind the amount is, inside a list a plain object
// strips, and the limit on how often the migration parses again.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { DevelopmentPlan } from '../../src/index.js';
import { migrateConversationEvent, migratePlan, planContentHash } from '../../src/index.js';
import { takeUnknownKeys } from '../../src/storage/unknown.js';
import { fixture, value } from './fixtures.js';

/** The 0.2 sample plan with its first cost line in `amount`, hashed again so that it is a valid plan. */
function planCosting(amount: Record<string, unknown>): Record<string, unknown> {
  const plan = fixture('0.2', 'plan-sample.json') as { costs: { amount: unknown }[]; history: { hash: string }[]; hash: string };
  plan.costs[0] = { ...plan.costs[0], amount: { ...amount } };
  const { note: _note, colour: _colour, ...clean } = amount;
  const hashed = planContentHash({ ...plan, costs: [{ ...plan.costs[0], amount: clean }] } as unknown as DevelopmentPlan);
  plan.hash = value(hashed);
  for (const entry of plan.history) entry.hash = plan.hash;
  return plan as unknown as Record<string, unknown>;
}

describe('an amount that is money, study time or study points, with a key of its own', () => {
  it('keeps a note on a money amount, read as money, at the path of the amount', () => {
    const migrated = migratePlan(planCosting({ amount: 45000, currency: 'EUR', note: 'incl. btw' }));
    expect(migrated.ok && migrated.value.costs[0]?.amount).toEqual({ amount: 45000, currency: 'EUR' });
    expect(migrated.ok && migrated.value.unrecognized).toEqual({ 'costs.0.amount.note': 'incl. btw' });
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([['storage.unrecognized.kept', ['costs', 0, 'amount', 'note']]]);
  });

  it('keeps a note on study time as study time: the money kind, tried first, also finds the minutes unknown', () => {
    const migrated = migratePlan(planCosting({ minutes: 480, note: 'een dag' }));
    expect(migrated.ok && migrated.value.costs[0]?.amount).toEqual({ minutes: 480 });
    expect(migrated.ok && migrated.value.unrecognized).toEqual({ 'costs.0.amount.note': 'een dag' });
  });
});

describe('takeUnknownKeys on schemas a future stored shape may have', () => {
  // Zod answers the complaints of a union's one kind that could still fit; only when more than one
  // could (their complaints are keys of their own or checks) does it name the union, with each
  // kind's complaints: a meeting of 90 minutes with a room and a note could be short or long.
  const short = z.strictObject({ minutes: z.number().check(z.maximum(60)) });
  const long = z.strictObject({ minutes: z.number().check(z.minimum(60)), room: z.optional(z.string().check(z.minLength(1))) });
  const meeting = z.union([short, long]);

  it('refuses an object where a text is wanted without taking anything out of it', () => {
    const extraction = takeUnknownKeys(z.strictObject({ at: z.string() }), { at: { day: 1 } });
    expect(extraction).toEqual({ kept: [], parses: false });
    const refused = migrateConversationEvent({ type: 'start', at: { day: 1 }, by: 'manager' });
    expect(refused.findings.map((f) => [f.code, f.path])).toEqual([
      ['storage.invalid', []],
      ['input.invalid_type', ['at']],
    ]);
  });

  it('follows a union into the kind whose only complaint is a key of its own, not the first kind', () => {
    const data = { minutes: 90, room: 'B1', note: 'met beamer' };
    expect(takeUnknownKeys(meeting, data)).toEqual({ kept: [{ path: ['note'], value: 'met beamer' }], parses: true });
    expect(data).toEqual({ minutes: 90, room: 'B1' });
  });

  it('follows a union inside a union, and passes over a kind whose complaint is not a key', () => {
    const schema = z.union([z.strictObject({ meeting, by: z.string() }), z.strictObject({ meeting: z.string(), by: z.string() })]);
    const data = { meeting: { minutes: 90, room: 'B1', note: 'met beamer' }, by: 'manager' };
    expect(takeUnknownKeys(schema, data)).toEqual({ kept: [{ path: ['meeting', 'note'], value: 'met beamer' }], parses: true });
  });

  it('passes over a kind whose inner union has no kind only a key away, for a later kind that is', () => {
    const anyMeeting = z.looseObject({});
    const schema = z.union([
      z.strictObject({ meeting, by: z.string(), host: z.optional(z.string()) }),
      z.strictObject({ meeting: anyMeeting, by: z.string() }),
      z.strictObject({ meeting: anyMeeting, by: z.string().check(z.maxLength(1)) }),
    ]);
    const data = { meeting: { minutes: 90, room: '', note: 'met beamer' }, by: 'manager', host: 'hr' };
    // The first kind knows the host but not this meeting; the second, any meeting, is only the host away.
    expect(takeUnknownKeys(schema, data)).toEqual({ kept: [{ path: ['host'], value: 'hr' }], parses: true });
    expect(data.meeting).toEqual({ minutes: 90, room: '', note: 'met beamer' });
  });

  it('takes nothing when no kind of a union is only a key away', () => {
    const data = { minutes: 90, room: '', note: 'met beamer' };
    expect(takeUnknownKeys(meeting, data)).toEqual({ kept: [], parses: false });
    expect(data).toEqual({ minutes: 90, room: '', note: 'met beamer' });
  });

  it('keeps a key a plain object strips inside a list, with its position, and leaves the other items alone', () => {
    const schema = z.object({ goals: z.array(z.object({ id: z.string() })) });
    const data = { goals: [{ id: 'g1' }, { id: 'g2', colour: 'rood' }], owner: 'hr' };
    expect(takeUnknownKeys(schema, data)).toEqual({
      kept: [
        { path: ['goals', 1, 'colour'], value: 'rood' },
        { path: ['owner'], value: 'hr' },
      ],
      parses: true,
    });
  });

  it('gives up after 32 rounds of parsing again: a schema that names one unknown key a round keeps the rest', () => {
    // Each stage of the pipe knows one key fewer, and the next stage runs only when the one before
    // passes (a union of two kinds that could fit stops the pipe): every round names one more key.
    const names = Array.from({ length: 40 }, (_, index) => `k${index}`);
    const known = (from: number) =>
      z.strictObject({ ok: z.literal(true), ...Object.fromEntries(names.slice(from).map((name) => [name, z.optional(z.number())])) });
    const stage = (from: number) => z.union([known(from), known(from)]);
    let schema: z.ZodMiniType = stage(1);
    for (let index = 1; index < names.length; index++) schema = z.pipe(schema, stage(index + 1));
    const data: Record<string, unknown> = { ok: true, ...Object.fromEntries(names.map((name, index) => [name, index])) };
    const extraction = takeUnknownKeys(schema, data);
    expect(extraction.parses).toBe(false);
    expect(extraction.kept.map((key) => key.path)).toEqual(names.slice(0, 32).map((name) => [name]));
    expect(Object.keys(data)).toEqual(['ok', ...names.slice(32)]);
  });
});
