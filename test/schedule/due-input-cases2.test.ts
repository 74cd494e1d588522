import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../src/core/index.js';
import { readDueInput } from '../../src/schedule/due-input.js';

// The plain loop exists for speed: zod spends a few microseconds per employee, and a large
// organisation lists up to a million. Its answer is the schema's either way (due-input.test.ts), so
// what these tests hold is that it vouches for every clean input up to the limits, and leaves the
// rest to the schema: the schema's reading of the whole input (`parseWith`) is watched, not replaced.
vi.mock('../../src/core/index.js', async (original) => {
  const actual = await original<typeof import('../../src/core/index.js')>();
  return { ...actual, parseWith: vi.fn(actual.parseWith) };
});
const schemaRead = vi.mocked(core.parseWith);

const now = '2027-02-01T09:00:00+01:00';

afterEach(() => {
  schemaRead.mockClear();
});

/** Reads the input; whether the schema had to read it too. */
function read(input: unknown, options?: { fast?: boolean }): { result: ReturnType<typeof readDueInput>; bySchema: boolean } {
  schemaRead.mockClear();
  const result = readDueInput(input, options);
  return { result, bySchema: schemaRead.mock.calls.length > 0 };
}

describe('the plain loop vouches for clean employees', () => {
  it('reads a clean list without the schema, with every field and agreement as given', () => {
    const input = {
      employees: [
        {
          id: 'e1',
          kind: 'development',
          lastConversation: '2026-02-01',
          hireDate: '2019-09-01',
          nextPlanned: '2027-02-03T10:00:00+01:00',
          agreements: [
            { id: 'a1', when: '2027-01-20', status: 'open', what: 'Cursus' },
            { id: 'a2', status: 'done' },
            { id: 'a3', when: '2027-03-01', status: 'dropped' },
          ],
        },
        { id: 'e2', kind: 'checkIn', lastConversation: '2026-11-30T14:00:00+01:00', agreements: [] },
        { id: 'e3' },
      ],
      now,
      horizonDays: 14,
    };
    const { result, bySchema } = read(input);
    expect(bySchema).toBe(false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.head).toEqual({ now, horizonDays: 14 });
    expect(result.value.rows).toEqual({
      ids: ['e1', 'e2', 'e3'],
      kinds: ['development', 'checkIn', undefined],
      lasts: ['2026-02-01', '2026-11-30T14:00:00+01:00', undefined],
      hires: ['2019-09-01', undefined, undefined],
      nexts: ['2027-02-03T10:00:00+01:00', undefined, undefined],
      agreementStart: [0, 3, 3, 3],
      whens: ['2027-01-20', undefined, '2027-03-01'],
      statuses: ['open', 'done', 'dropped'],
    });
    // The schema reads the same columns.
    const bySchemaAlone = read(input, { fast: false });
    expect(bySchemaAlone.bySchema).toBe(true);
    expect(JSON.stringify(bySchemaAlone.result)).toBe(JSON.stringify(result));
  });

  it('reads an empty list and every kind of conversation without the schema', () => {
    expect(read({ employees: [], now }).bySchema).toBe(false);
    const kinds = ['development', 'career', 'checkIn', 'futureDialogue'];
    const { result, bySchema } = read({ employees: kinds.map((kind, i) => ({ id: `e${i}`, kind })), now });
    expect(bySchema).toBe(false);
    expect(result.ok && result.value.rows.kinds).toEqual(kinds);
  });

  it('reads ids of 1 and of 200 characters without the schema (the schema’s own bounds)', () => {
    for (const id of ['x', 'é', 'x'.repeat(200)]) {
      const { result, bySchema } = read({ employees: [{ id, agreements: [{ id }] }], now });
      expect(bySchema).toBe(false);
      expect(result.ok && result.value.rows.ids).toEqual([id]);
    }
  });

  it('reads an employee with exactly 10,000 agreements without the schema, and one more through it', () => {
    const agreements = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, when: '2027-03-01' }));
    const { result, bySchema } = read({ employees: [{ id: 'e1', agreements }], now });
    expect(bySchema).toBe(false);
    expect(result.ok && result.value.rows.agreementStart).toEqual([0, 10_000]);
    const over = read({ employees: [{ id: 'e1', agreements: [...agreements, { id: 'a10000' }] }], now });
    expect(over.bySchema).toBe(true);
    expect(over.result.ok).toBe(false);
  });

  it('reads a list of exactly a million employees without the schema, and leaves one more to it', () => {
    const employee = { id: 'e1', lastConversation: '2026-02-01' };
    const million = new Array<unknown>(1_000_000).fill(employee);
    const { result, bySchema } = read({ employees: million, now });
    expect(bySchema).toBe(false);
    expect(result.ok && result.value.rows.ids.length).toBe(1_000_000);
    // Past the limit the schema decides (and refuses); its answer is stood in for here, as it
    // would read a million employees one by one first.
    const refused = core.fail([core.makeFinding('input.too_big', 'error', { path: ['employees'] })]);
    schemaRead.mockImplementationOnce(() => refused);
    const result2 = readDueInput({ employees: [...million, employee], now });
    expect(schemaRead).toHaveBeenCalledTimes(1);
    expect(result2).toBe(refused);
  });

  it('asks the schema when told to (`fast: false`), and for what is no plain list of employees', () => {
    const clean = { employees: [{ id: 'e1' }], now };
    expect(read(clean, { fast: false }).bySchema).toBe(true);
    expect(read(clean, { fast: true }).bySchema).toBe(false);
    // Something with a length that is not a list is refused by the schema, not read as no employees.
    const lookalike = read({ employees: { length: 0 }, now });
    expect(lookalike.bySchema).toBe(true);
    expect(lookalike.result.ok).toBe(false);
    expect(lookalike.result.findings[0]).toMatchObject({ code: 'input.invalid_type', path: ['employees'] });
    for (const input of [null, [clean], 'employees', { now }]) expect(read(input).bySchema).toBe(true);
  });
});

describe('the plain loop vouches for nothing that only looks clean', () => {
  /** The schema refuses it with this code at this path, and the plain loop does not read it as clean. */
  const refusedAt = (input: unknown, code: string, path: readonly (string | number)[]) => {
    const { result, bySchema } = read(input);
    expect(bySchema).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ code, path });
  };

  it('leaves to the schema a list or a function that carries an input’s, an employee’s or an agreement’s keys', () => {
    refusedAt(Object.assign([], { employees: [], now }), 'input.invalid_type', []);
    refusedAt(
      Object.assign(() => undefined, { employees: [], now }),
      'input.invalid_type',
      [],
    );
    refusedAt({ employees: [Object.assign([], { id: 'e1' })], now }, 'input.invalid_type', ['employees', 0]);
    refusedAt({ employees: [Object.assign(() => undefined, { id: 'e1' })], now }, 'input.invalid_type', ['employees', 0]);
    refusedAt({ employees: [{ id: 'e1', agreements: [Object.assign([], { id: 'a1' })] }], now }, 'input.invalid_type', [
      'employees',
      0,
      'agreements',
      0,
    ]);
    refusedAt({ employees: [{ id: 'e1', agreements: [Object.assign(() => undefined, { id: 'a1' })] }], now }, 'input.invalid_type', [
      'employees',
      0,
      'agreements',
      0,
    ]);
  });

  it('leaves to the schema an id that only poses as a text (it has a length and trims to itself)', () => {
    const poser = {
      length: 2,
      trim() {
        return this;
      },
    };
    refusedAt({ employees: [{ id: poser }], now }, 'input.invalid_type', ['employees', 0, 'id']);
    refusedAt({ employees: [{ id: 'e1', agreements: [{ id: poser }] }], now }, 'input.invalid_type', [
      'employees',
      0,
      'agreements',
      0,
      'id',
    ]);
  });
});
