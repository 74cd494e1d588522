import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

/** Hostile input: anything, a polluted prototype, a getter that throws, a huge string, a proxy that throws. */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constant(
    Object.defineProperty({}, 'value', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    }),
  ),
  fc.constant('x'.repeat(100_000)),
  fc.constant(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy');
        },
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  ),
);

type Call = (a: unknown, b: unknown, c: unknown) => unknown;

const entries: Record<string, Call> = {
  viewFor: (a, b) => api.viewFor(a as never, b as never),
  planViewFor: (a, b) => api.planViewFor(a as never, b as never),
  eventsVisibleTo: (a, b) => api.eventsVisibleTo(a as never, b as never),
  redact: (a, b) => api.redact(a as never, b as never),
  redactPatches: (a) => api.redactPatches(a as never),
  retentionDue: (a, b, c) => api.retentionDue(a as never, b as never, c as never),
  exportForSubject: (a, b, c) => api.exportForSubject(a as never, b as never, c as never),
  sensitiveDataHints: (a, b) => api.sensitiveDataHints(a as never, b as never),
};

describe('the privacy functions survive any input', () => {
  it.each(Object.entries(entries))('%s never throws', (_, call) => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expect(() => call(a, b, c)).not.toThrow();
        expect(() => call([a], b, c)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
