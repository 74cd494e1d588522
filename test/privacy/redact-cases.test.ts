// Worked cases for the one door of erasure (redact.ts): what counts as a record. A host stores plain
// JSON objects; anything else is refused at `record`, even when it carries a record's keys, so that
// no plan, log or conversation check reports on a value that never was one.
import { describe, expect, it } from 'vitest';
import type { RedactRequest } from '../../src/index.js';
import { redact } from '../../src/index.js';
import { samplePlan } from '../plan/fixtures.js';
import { drive, input } from './arbitraries.js';

const request: RedactRequest = {
  target: { kind: 'everything' },
  at: '2029-05-01T09:00:00+02:00',
  by: 'privacy-officer',
  reason: 'erasureRequest',
};

const refusedAsNoRecord = (record: unknown) => {
  const result = redact(record as never, request);
  expect(result.ok).toBe(false);
  expect(result.findings.map((f) => [f.code, f.severity, f.path])).toStrictEqual([['privacy.record.unknown', 'error', ['record']]]);
};

const plan = samplePlan();
const driven = drive([{ what: 'answer', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 }]);
/** The keys each kind is known by, with the values a real record of that kind has. */
const keysOf = {
  plan: { hash: plan.hash, history: plan.history },
  log: { events: driven.events, input },
  conversation: { template: driven.state.template, phase: driven.state.phase },
};

describe('redact: only a plain object is a record', () => {
  it('erases from each kind of record the door knows, found by its keys', () => {
    expect(redact(driven.state, request).ok).toBe(true);
    expect(redact({ input, events: driven.events }, request).ok).toBe(true);
    expect(redact(plan, request).ok).toBe(true);
  });

  it('refuses a list that carries the keys of a plan, a log or a conversation', () => {
    for (const keys of Object.values(keysOf)) {
      refusedAsNoRecord(Object.assign([], keys));
      // A list with the whole record's keys is still no record.
      refusedAsNoRecord(Object.assign([], driven.state));
    }
  });

  it('refuses a function that carries the keys of a plan, a log or a conversation', () => {
    for (const keys of Object.values(keysOf)) refusedAsNoRecord(Object.assign(() => undefined, keys));
    refusedAsNoRecord(Object.assign(() => undefined, driven.state));
  });

  it('refuses what cannot be looked into: no value, a primitive, an object whose keys cannot be asked', () => {
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error('no');
        },
      },
    );
    for (const record of [null, undefined, 0, 'conversation', true, hostile]) refusedAsNoRecord(record);
  });
});
