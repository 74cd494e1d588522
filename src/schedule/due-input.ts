// Reading the input of dueList. The employees are the bulk (up to a million), and zod spends a few
// microseconds on each; a plain loop checks the same rules in a fraction of that. The loop accepts
// only what the schema accepts, unchanged (ids already trimmed, every value as the schema would
// return it), and answers `undefined` at the first doubt, so the schema then reads the whole input
// and reports exactly what it always did. test/schedule/due-input.test.ts holds the two together.
import * as z from 'zod/mini';
import type { Result } from '../core/index.js';
import { ok, parseWith } from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { dateOrInstantSchema, dateSchema } from './schemas/common.js';
import { dueListInputSchema } from './schemas/follow-up.js';
import type { AgreementStatus } from './types.js';

/**
 * The employees as the due list reads them: validated values, column by column (one array per
 * field rather than an object per employee, which spares the garbage collector 100,000 objects).
 * The agreements of employee `i` are those from `agreementStart[i]` up to `agreementStart[i + 1]`.
 */
export interface DueRows {
  readonly ids: string[];
  readonly kinds: (ConversationKind | undefined)[];
  readonly lasts: (string | undefined)[];
  readonly hires: (string | undefined)[];
  readonly nexts: (string | undefined)[];
  readonly agreementStart: number[];
  readonly whens: (string | undefined)[];
  readonly statuses: AgreementStatus[];
}

function emptyRows(): DueRows {
  return { ids: [], kinds: [], lasts: [], hires: [], nexts: [], agreementStart: [0], whens: [], statuses: [] };
}

/** Everything but the employees, validated by the schema. */
const headSchema = z.omit(dueListInputSchema, { employees: true });
type Head = Omit<z.output<typeof dueListInputSchema>, 'employees'>;
const maxEmployees = 1_000_000;

const employeeKeys = new Set(['id', 'kind', 'lastConversation', 'hireDate', 'nextPlanned', 'agreements']);
const kinds = new Set<unknown>(['development', 'career', 'checkIn', 'futureDialogue']);
const statuses = new Set<unknown>(['open', 'done', 'dropped']);
const maxAgreements = 10_000;

/** An id the schema would return as it is: a string of 1 to 200 characters without surrounding white space. */
function cleanId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200 && value.trim() === value;
}

type Check = (value: unknown) => boolean;

/** A check of dates against a schema, asked once per distinct string (a large organisation shares dates). */
function memoCheck(schema: z.ZodMiniType): Check {
  const seen = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return false;
    let valid = seen.get(value);
    if (valid === undefined) {
      valid = z.safeParse(schema, value).success;
      seen.set(value, valid);
    }
    return valid;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds an employee's agreements to the columns; false (and the columns half written) when one is not clean. */
function addAgreements(value: unknown, rows: DueRows, isDate: Check): boolean {
  if (value !== undefined) {
    if (!Array.isArray(value) || value.length > maxAgreements) return false;
    for (let i = 0; i < value.length; i++) {
      const agreement: unknown = value[i];
      if (!isRecord(agreement) || !cleanId(agreement['id'])) return false;
      const when = agreement['when'];
      const status = agreement['status'];
      if ((when !== undefined && !isDate(when)) || (status !== undefined && !statuses.has(status))) return false;
      rows.whens.push(when as string | undefined);
      rows.statuses.push((status ?? 'open') as AgreementStatus);
    }
  }
  rows.agreementStart.push(rows.whens.length);
  return true;
}

/** Adds one employee to the columns; false when the schema must decide. */
function addEmployee(value: unknown, rows: DueRows, isDate: Check, isDay: Check): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (!employeeKeys.has(key)) return false;
  const id = value['id'];
  const kind = value['kind'];
  const last = value['lastConversation'];
  const hire = value['hireDate'];
  const next = value['nextPlanned'];
  if (!cleanId(id) || (kind !== undefined && !kinds.has(kind))) return false;
  if ((last !== undefined && !isDay(last)) || (hire !== undefined && !isDate(hire)) || (next !== undefined && !isDay(next))) return false;
  rows.ids.push(id);
  rows.kinds.push(kind as ConversationKind | undefined);
  rows.lasts.push(last as string | undefined);
  rows.hires.push(hire as string | undefined);
  rows.nexts.push(next as string | undefined);
  return addAgreements(value['agreements'], rows, isDate);
}

/** The employees read by the plain loop, or undefined when the schema must decide. */
export function fastRows(employees: readonly unknown[]): DueRows | undefined {
  const isDate = memoCheck(dateSchema);
  const isDay = memoCheck(dateOrInstantSchema);
  const rows = emptyRows();
  // A getter that throws or a hostile proxy ends up in fastRead's catch: the schema then says what is wrong.
  for (let i = 0; i < employees.length; i++) if (!addEmployee(employees[i], rows, isDate, isDay)) return undefined;
  return rows;
}

/** The employees as the schema returned them, as columns. */
function slowRows(employees: z.output<typeof dueListInputSchema>['employees']): DueRows {
  const rows = emptyRows();
  for (const employee of employees) {
    rows.ids.push(employee.id);
    rows.kinds.push(employee.kind);
    rows.lasts.push(employee.lastConversation);
    rows.hires.push(employee.hireDate);
    rows.nexts.push(employee.nextPlanned);
    for (const agreement of employee.agreements ?? []) {
      rows.whens.push(agreement.when);
      rows.statuses.push(agreement.status);
    }
    rows.agreementStart.push(rows.whens.length);
  }
  return rows;
}

/** The employees and the rest of a plain input object, or undefined when the schema must read it. */
function split(input: unknown): { employees: readonly unknown[]; rest: Record<string, unknown> } | undefined {
  if (!isRecord(input)) return undefined;
  // An inherited key would escape the copy below but not the schema: leave such input to the schema.
  for (const key in input) if (!Object.hasOwn(input, key)) return undefined;
  const { employees, ...rest } = input;
  return Array.isArray(employees) && employees.length <= maxEmployees ? { employees, rest } : undefined;
}

/** The plain loop's reading, or undefined at the first doubt. */
function fastRead(input: unknown): { head: Head; rows: DueRows } | undefined {
  try {
    const parts = split(input);
    if (parts === undefined) return undefined;
    const head = z.safeParse(headSchema, parts.rest);
    if (!head.success) return undefined;
    const rows = fastRows(parts.employees);
    return rows === undefined ? undefined : { head: head.data, rows };
  } catch {
    return undefined;
  }
}

/**
 * The input of dueList, validated: the plain loop for the employees when it can vouch for them,
 * otherwise the schema for everything. `fast: false` always takes the schema (for tests).
 */
export function readDueInput(input: unknown, options: { fast?: boolean } = {}): Result<{ head: Head; rows: DueRows }> {
  const fast = options.fast === false ? undefined : fastRead(input);
  if (fast !== undefined) return ok({ head: fast.head, rows: frozenRows(fast.rows) });
  const parsed = parseWith(dueListInputSchema, input);
  if (!parsed.ok) return parsed;
  const { employees, ...head } = parsed.value;
  return ok({ head, rows: frozenRows(slowRows(employees)) });
}

/**
 * The columns frozen one by one (they hold only strings, numbers and `undefined`), so that the
 * result's deep freeze stops at them instead of listing the keys of every column: for 100,000
 * employees that walk cost a fifth of the whole due list.
 */
function frozenRows(rows: DueRows): DueRows {
  for (const column of Object.values(rows)) Object.freeze(column);
  return Object.freeze(rows);
}
