import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastRows, readDueInput } from '../../src/schedule/due-input.js';
import { dueList } from '../../src/schedule/index.js';

// The due list reads its employees with a plain loop and leaves anything it cannot vouch for to the
// schema. These properties hold the two readings together: whatever the input, the answer is the
// schema's answer.
const now = '2027-02-01T09:00:00+01:00';

const idArb = fc.oneof(
  fc.constantFrom('e1', 'e2', 'e3', ' e4', 'e5 ', '', 'x'.repeat(200), 'x'.repeat(201), 'é'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);
const dayArb = fc.oneof(
  fc.constantFrom('2026-02-01', '2026-13-01', '2027-02-29', '2028-02-29', '1899-12-31', '2201-01-01', '2200-12-31', '1900-01-01'),
  fc.constantFrom('2026-03-01T10:00:00+01:00', '2026-03-01T10:00:00', '2026-03-01T25:00:00Z', '2201-01-01T00:00:00Z', '2026-03-01 10:00'),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
);
const agreementArb = fc.oneof(
  fc.record(
    {
      id: idArb,
      when: dayArb,
      status: fc.constantFrom('open', 'done', 'dropped', 'finished', undefined),
      what: fc.string({ maxLength: 5 }),
    },
    { requiredKeys: ['id'] },
  ),
  fc.constantFrom(null, 'a1', 7),
);
const employeeArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        id: idArb,
        kind: fc.constantFrom('development', 'career', 'checkIn', 'futureDialogue', 'appraisal', undefined),
        lastConversation: dayArb,
        hireDate: dayArb,
        nextPlanned: dayArb,
        agreements: fc.oneof(fc.array(agreementArb, { maxLength: 3 }), fc.constantFrom(undefined, null, 'none')),
        extra: fc.constant(1),
      },
      { requiredKeys: ['id'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 'e1', [], 42) },
);

describe('reading the due list', () => {
  it('gives the schema’s answer for any employees, clean or not (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(employeeArb, { maxLength: 6 }), (employees) => {
        const input = { employees, now };
        const schema = readDueInput(input, { fast: false });
        expect(JSON.stringify(readDueInput(input))).toBe(JSON.stringify(schema));
        // What the schema refuses, the due list answers with the schema's findings.
        if (!schema.ok) expect(JSON.stringify(dueList(input as never))).toBe(JSON.stringify(schema));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the schema’s answer for a clean list, and for one with one doubtful value in it, wherever it is (fast-check)', () => {
    const cleanDate = fc.constantFrom('2026-02-01', '2028-02-29', '1900-01-01', '2200-12-31');
    const cleanAgreement = fc.record(
      { id: fc.constantFrom('a1', 'a2'), when: cleanDate, status: fc.constantFrom('open', 'done', 'dropped'), what: fc.constant('Cursus') },
      { requiredKeys: ['id'] },
    );
    const cleanEmployee = fc.record(
      {
        id: fc.constantFrom('e1', 'e2', 'x'.repeat(200), 'é'),
        kind: fc.constantFrom('development', 'career', 'checkIn', 'futureDialogue'),
        lastConversation: fc.oneof(cleanDate, fc.constant('2026-03-01T10:00:00+01:00')),
        hireDate: cleanDate,
        nextPlanned: fc.oneof(cleanDate, fc.constant('2027-02-03T10:00:00+01:00')),
        agreements: fc.array(cleanAgreement, { maxLength: 2 }),
      },
      { requiredKeys: ['id'] },
    );
    const badId = fc.constantFrom('', ' e4', 'x'.repeat(201), 7, null);
    const badDate = fc.constantFrom('2026-13-01', '2027-02-29', '1899-12-31', '2201-01-01', '2026-03-01T10:00:00', 7, null);
    const doubt = fc.oneof(
      fc.record({ field: fc.constant('id'), value: badId }),
      fc.record({ field: fc.constant('kind'), value: fc.constantFrom('appraisal', null) }),
      fc.record({ field: fc.constantFrom('lastConversation', 'hireDate', 'nextPlanned'), value: badDate }),
      fc.record({ field: fc.constant('hireDate'), value: fc.constant('2026-03-01T10:00:00+01:00') }),
      fc.record({ field: fc.constant('phone'), value: fc.constant('06') }),
      fc.record({
        field: fc.constant('agreements'),
        value: fc.oneof(
          fc.constantFrom(null, 'none', [null], ['a1'], [[]]),
          badId.map((id) => [{ id }]),
          badDate.map((when) => [{ id: 'a1', when }]),
          fc.constantFrom('finished', null, 7).map((status) => [{ id: 'a1', status }]),
        ),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(cleanEmployee, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.option(doubt, { nil: undefined, freq: 4 }),
        fc.constantFrom({}, { horizonDays: 14 }, { horizonDays: -1 }, { includeOnTrack: 'yes' }),
        (employees, at, doubt, head) => {
          const index = at % employees.length;
          const doubtful = employees.map((employee, i) =>
            i === index && doubt !== undefined ? { ...employee, [doubt.field]: doubt.value } : employee,
          );
          const input = { employees: doubtful, now, ...head };
          expect(JSON.stringify(readDueInput(input))).toBe(JSON.stringify(readDueInput(input, { fast: false })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves a list with too many agreements for one employee to the schema, which refuses it', () => {
    const agreements = Array.from({ length: 10_001 }, (_, i) => ({ id: `a${i}`, when: '2027-03-01' }));
    const result = readDueInput({ employees: [{ id: 'e1', agreements }], now });
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.path).toEqual(['employees', 0, 'agreements']);
    expect(readDueInput({ employees: [{ id: 'e1', agreements: agreements.slice(1) }], now }).ok).toBe(true);
  });

  it('takes the plain loop for clean employees, and the schema at the first doubt', () => {
    const clean = [
      { id: 'e1', lastConversation: '2026-02-01', agreements: [{ id: 'a1', when: '2027-01-20', what: 'Cursus' }] },
      { id: 'e2', kind: 'checkIn', hireDate: '2026-12-01', nextPlanned: '2027-02-03T10:00:00+01:00' },
    ];
    expect(fastRows(clean)).toMatchObject({ ids: ['e1', 'e2'], agreementStart: [0, 1, 1], statuses: ['open'] });
    expect(fastRows([{ id: ' e1' }])).toBeUndefined(); // the schema trims it
    expect(fastRows([{ id: 'e1', lastConversation: '2201-01-01' }])).toBeUndefined();
    expect(fastRows([{ id: 'e1', phone: '06' }])).toBeUndefined();
    const trimmed = dueList({ employees: [{ id: ' e1 ', lastConversation: '2026-01-05' }], now });
    expect(trimmed.ok && trimmed.value.entries[0]?.employeeId).toBe('e1');
  });

  it('answers hostile input with findings, never a throw', () => {
    const throwing = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    for (const employees of [[throwing], [proxy]]) {
      const result = dueList({ employees, now } as never);
      expect(result.ok).toBe(false);
      expect(result.findings[0]?.code).toBe('input.unreadable');
    }
    // An inherited id is what the schema reads too: both readings agree.
    const heir = { employees: [Object.create({ id: 'inherited' })], now };
    expect(JSON.stringify(readDueInput(heir))).toBe(JSON.stringify(readDueInput(heir, { fast: false })));
    // An inherited key the plain loop would not copy is left to the schema, which refuses it.
    const inherited = Object.assign(Object.create({ colour: 'blue' }), { employees: [], now });
    expect(dueList(inherited).findings[0]).toMatchObject({ code: 'input.unrecognized_keys', params: { keys: ['colour'] } });
  });
});
