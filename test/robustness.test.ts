import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { Result } from '../src/index.js';
import { msg } from './finding-text.js';

/**
 * Public functions answer bad input with findings, never with a crash (ARCHITECTURE.md). Every entry point
 * that takes caller data is called here with arbitrary values, including hostile ones (getters that
 * throw, `__proto__` keys, huge strings), and must return, not throw.
 */
/** Markers for a revoked proxy of an object and of an array (see `withRevoked`). */
const revokedObject = Object.freeze({ [fc.toStringMethod]: () => 'revokedProxy({})' });
const revokedArray = Object.freeze({ [fc.toStringMethod]: () => 'revokedProxy([])' });

/** The value, or a revoked proxy where fast-check generated a marker for one. */
function withRevoked(value: unknown): unknown {
  if (value !== revokedObject && value !== revokedArray) return value;
  const { proxy, revoke } = Proxy.revocable(value === revokedArray ? [] : {}, {});
  revoke();
  return proxy;
}

const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constant(
    Object.defineProperty({ [fc.toStringMethod]: () => 'hostileGetter' }, 'id', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    }),
  ),
  fc.constant('x'.repeat(100_000)),
  // 10,000 levels deep, and a cycle: a recursive walk without a depth limit overflows or never ends.
  fc.constant(deeplyNested(10_000)),
  fc.constant(cyclic()),
  fc.constant(
    new Proxy(
      {},
      {
        // Only fast-check's own report may read it, so a failing run names its counterexample.
        get: (_, key) => {
          if (key === fc.toStringMethod) return () => 'hostileProxy';
          throw new Error('hostile proxy');
        },
        has: (_, key) => key === fc.toStringMethod,
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  ),
  // A revoked proxy: even `Array.isArray` throws on it, and so does every read. fast-check itself
  // reads each value it generates, so it generates a marker that `withRevoked` swaps for the proxy.
  fc.constant(revokedObject),
  fc.constant(revokedArray),
);

function deeplyNested(depth: number): unknown {
  let value: unknown = { id: 'bottom' };
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { id: `n${level}`, items: [value] } : [value];
  return value;
}

function cyclic(): unknown {
  const node: Record<string, unknown> = { id: 'c1', title: 'Kring', [fc.toStringMethod]: () => 'cyclic' };
  node['self'] = node;
  node['items'] = [node];
  return node;
}

type Call = (a: unknown, b: unknown) => unknown;

/** Runs per property: bounded in the gate, many more with `npm run fuzz` (FUZZ_RUNS multiplies them). */
function fuzzRuns(gate: number): number {
  const factor = Number(process.env['FUZZ_RUNS'] ?? '1');
  return Number.isFinite(factor) && factor > 1 ? Math.round(gate * factor) : gate;
}

/** Entry points that take caller data, with the number of arguments they take. */
const entryPoints: Record<string, [Call, number]> = {
  checkAgreement: [(a, b) => api.checkAgreement(a, b as never), 2],
  analyzeGoalText: [(a, b) => api.analyzeGoalText(a, b as never), 2],
  selectQuestions: [(a, b) => api.selectQuestions(a, b as never), 2],
  validateQuestionBank: [(a) => api.validateQuestionBank(a), 1],
  isOpenQuestion: [(a, b) => api.isOpenQuestion(a as never, b as never), 2],
  mergeQuestionBanks: [(a, b) => api.mergeQuestionBanks(a, b), 2],
  mergeAgendas: [(a) => api.mergeAgendas(a as never), 1],
  planNextConversation: [(a) => api.planNextConversation(a as never), 1],
  followUpStatus: [(a) => api.followUpStatus(a as never), 1],
  remindersFor: [(a) => api.remindersFor(a as never), 1],
  dueList: [(a) => api.dueList(a as never), 1],
  dutchPublicHolidays: [(a) => api.dutchPublicHolidays(a as never), 1],
  toICalendar: [(a, b) => api.toICalendar(a as never, b as never), 2],
  createConversation: [(a) => api.createConversation(a as never), 1],
  transition: [(a, b) => api.transition(a as never, b), 2],
  replay: [(a, b) => api.replay(a as never, b as never), 2],
  availableEvents: [(a) => api.availableEvents(a as never), 1],
  validateTemplate: [(a) => api.validateTemplate(a), 1],
  createDevelopmentPlan: [(a) => api.createDevelopmentPlan(a as never), 1],
  approvePlan: [(a, b) => api.approvePlan(a as never, b as never), 2],
  amendPlan: [(a, b) => api.amendPlan(a as never, b as never), 2],
  recordProgress: [(a, b) => api.recordProgress(a as never, b as never), 2],
  budgetStatus: [(a) => api.budgetStatus(a as never), 1],
  renderPlanMarkdown: [(a, b) => api.renderPlanMarkdown(a as never, b as never), 2],
  validatePlan: [(a) => api.validatePlan(a), 1],
  planFutureDialogue: [(a) => api.planFutureDialogue(a as never), 1],
  aggregateDevelopmentAgenda: [(a) => api.aggregateDevelopmentAgenda(a as never), 1],
  wishesToAgendaItems: [(a) => api.wishesToAgendaItems(a as never), 1],
};

function isResultLike(value: unknown): value is Result<unknown> {
  try {
    return typeof value === 'object' && value !== null && 'ok' in value && 'findings' in value;
  } catch {
    // A caller's revoked proxy handed back as it is (a catalogue, say) is no result.
    return false;
  }
}

describe('every entry point survives any input', () => {
  it.each(Object.entries(entryPoints))('%s never throws and explains refusals', (_, [call, arity]) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const answer = call(withRevoked(a), arity === 2 ? withRevoked(b) : undefined);
        if (isResultLike(answer) && !answer.ok) {
          expect(answer.findings.length).toBeGreaterThan(0);
          for (const finding of answer.findings) {
            expect(msg(finding, 'nl')?.length).toBeGreaterThan(0);
            expect(msg(finding, 'en')?.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: fuzzRuns(60) },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/**
 * Building blocks whose contract is a value of their declared type, not data from outside: the
 * Result combinators (they call the caller's own functions), the catalogue builders (code a
 * language author writes, checked at compile time) and calendar arithmetic on already-checked
 * dates. They are fuzzed below with values of their types instead.
 */
const typedBuildingBlocks: ReadonlySet<string> = new Set([
  'ok',
  'fail',
  'andThen',
  'mapResult',
  'defineCatalogue',
  'defineMessages',
  'intlFormatters',
  'addCalendarDays',
  'addMinutesToInstant',
  'calendarDateOf',
  'daysBetween',
  'wallClockOf',
]);

describe('calendar arithmetic on dates of its types never throws', () => {
  const date = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const instant = fc
    .date({ min: new Date('1900-01-10T00:00:00Z'), max: new Date('2200-12-20T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().replace(/\.\d{3}Z$/u, 'Z'));
  const zone = fc.constantFrom('Europe/Amsterdam', 'UTC', 'America/Curacao', 'Asia/Kolkata');
  it('adds days, counts days, reads dates and clocks, adds minutes', () => {
    fc.assert(
      fc.property(date, date, instant, zone, fc.integer({ min: -3650, max: 3650 }), (a, b, at, timeZone, n) => {
        expect(api.daysBetween(a, api.addCalendarDays(a, n))).toBe(n);
        expect(typeof api.daysBetween(a, b)).toBe('number');
        expect(api.isCalendarDate(api.calendarDateOf(at, timeZone))).toBe(true);
        expect(api.wallClockOf(at, timeZone)).toMatch(/^\d{2}:\d{2}$/u);
        expect(api.isInstant(api.addMinutesToInstant(at, n, timeZone)), `${at} + ${n} min`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Every function of every entry point, found by walking the package's exports rather than listed by
 * hand, so an export added later is fuzzed too. Each is called with as many hostile arguments as it
 * declares (at least one, at most four) and must return, not throw.
 */
describe('every exported function of every entry point survives any input', async () => {
  const { entryPoints: files } = await import('../tsup.config.js');
  const seen = new Set<unknown>();
  const functions: [string, (...args: unknown[]) => unknown][] = [];
  for (const [entry, file] of Object.entries(files)) {
    const module = (await import(`../${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || seen.has(value)) continue;
      seen.add(value);
      functions.push([`${entry}: ${name}`, value as (...args: unknown[]) => unknown]);
    }
  }

  it('finds the functions of every entry point', () => {
    expect(functions.length).toBeGreaterThan(100);
    for (const name of typedBuildingBlocks)
      expect(
        functions.some(([label]) => label.endsWith(`: ${name}`)),
        name,
      ).toBe(true);
  });

  // Not left to chance: every function, a revoked proxy in each of its argument positions in turn.
  it.each(functions.filter(([label]) => !typedBuildingBlocks.has(label.split(': ')[1] ?? '')))(
    '%s answers a revoked proxy in any position without throwing',
    (_, call) => {
      const arity = Math.min(Math.max(call.length, 1), 4);
      for (let position = 0; position < arity; position++)
        for (const marker of [revokedObject, revokedArray]) {
          const args = Array.from({ length: arity }, (_, index) => (index === position ? withRevoked(marker) : undefined));
          expect(() => call(...args), `argument ${position + 1}`).not.toThrow();
        }
    },
  );

  it.each(functions.filter(([label]) => !typedBuildingBlocks.has(label.split(': ')[1] ?? '')))(
    '%s never throws, never changes its input, answers frozen data, the same each time',
    (_, call) => {
      const arity = Math.min(Math.max(call.length, 1), 4);
      fc.assert(
        fc.property(fc.array(hostile, { minLength: arity, maxLength: arity }), (generated) => {
          const args = generated.map(withRevoked);
          const before = jsonOf(args);
          const callers = reachable(args);
          let answer: unknown;
          expect(() => {
            answer = call(...args);
          }).not.toThrow();
          // What the caller passed in is left as it was.
          if (before !== undefined) expect(jsonOf(args)).toBe(before);
          // Every object the function made is frozen (the caller's own, passed through, are not touched).
          expect(unfrozenMadeObject(answer, callers)).toBeUndefined();
          // A finding's path is strings and numbers only, so it can be stored and shown.
          if (isResultLike(answer)) for (const finding of answer.findings) expect(pathsArePlain(finding)).toBe(true);
          // The same input gives the same answer.
          const first = jsonOf(answer);
          if (first !== undefined && typeof answer !== 'function') expect(jsonOf(call(...args))).toBe(first);
        }),
        { numRuns: fuzzRuns(25) },
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );
});

/** JSON of a value, or undefined when it has none (a hostile getter, a cycle, a bigint). */
function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Every object reachable from the arguments, read defensively (hostile getters and proxies are skipped). */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    try {
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
      }
    } catch {
      // A hostile proxy: nothing more is read from it.
    }
  }
  return seen;
}

/** The path to the first object in an answer that the function made and did not freeze, if any. */
function unfrozenMadeObject(answer: unknown, callers: ReadonlySet<object>): string | undefined {
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): string | undefined => {
    if (typeof value !== 'object' || value === null || seen.has(value) || callers.has(value)) return undefined;
    seen.add(value);
    if (!Object.isFrozen(value)) return path || '(the answer)';
    for (const [key, child] of Object.entries(value)) {
      const found = walk(child, `${path}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(answer, '');
}

function pathsArePlain(finding: { readonly path?: unknown; readonly details?: unknown }): boolean {
  const path = finding.path;
  if (!Array.isArray(path) || !path.every((part) => typeof part === 'string' || typeof part === 'number')) return false;
  const details = Array.isArray(finding.details) ? (finding.details as { path?: unknown }[]) : [];
  return details.every(pathsArePlain);
}
