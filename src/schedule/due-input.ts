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

/** An agreement as the due list reads it. */
export interface DueAgreementRow {
  readonly when: string | undefined;
  readonly status: AgreementStatus;
}

/** An employee as the due list reads it: a snapshot of validated input. */
export interface DueRow {
  readonly id: string;
  readonly kind: ConversationKind | undefined;
  readonly last: string | undefined;
  readonly hire: string | undefined;
  readonly next: string | undefined;
  readonly agreements: readonly DueAgreementRow[];
}

/** Everything but the employees, validated by the schema (the employees as they came). */
const headSchema = z.extend(dueListInputSchema, { employees: z.array(z.unknown()).check(z.maxLength(1_000_000)) });
type Head = Omit<z.output<typeof dueListInputSchema>, 'employees'>;

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

function agreementRows(value: unknown, isDate: Check): DueAgreementRow[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > maxAgreements) return undefined;
  const rows: DueAgreementRow[] = [];
  for (let i = 0; i < value.length; i++) {
    const agreement: unknown = value[i];
    if (!isRecord(agreement) || !cleanId(agreement['id'])) return undefined;
    const when = agreement['when'];
    const status = agreement['status'];
    if ((when !== undefined && !isDate(when)) || (status !== undefined && !statuses.has(status))) return undefined;
    rows.push({ when: when as string | undefined, status: (status ?? 'open') as AgreementStatus });
  }
  return rows;
}

function employeeRow(value: unknown, isDate: Check, isDay: Check): DueRow | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) if (!employeeKeys.has(key)) return undefined;
  const id = value['id'];
  const kind = value['kind'];
  const last = value['lastConversation'];
  const hire = value['hireDate'];
  const next = value['nextPlanned'];
  if (!cleanId(id) || (kind !== undefined && !kinds.has(kind))) return undefined;
  if ((last !== undefined && !isDay(last)) || (hire !== undefined && !isDate(hire)) || (next !== undefined && !isDay(next))) {
    return undefined;
  }
  const agreements = agreementRows(value['agreements'], isDate);
  if (agreements === undefined) return undefined;
  return {
    id,
    kind: kind as ConversationKind | undefined,
    last: last as string | undefined,
    hire: hire as string | undefined,
    next: next as string | undefined,
    agreements,
  };
}

/** The employees read by the plain loop, or undefined when the schema must decide. */
export function fastRows(employees: readonly unknown[]): DueRow[] | undefined {
  const isDate = memoCheck(dateSchema);
  const isDay = memoCheck(dateOrInstantSchema);
  const rows: DueRow[] = [];
  try {
    for (let i = 0; i < employees.length; i++) {
      const row = employeeRow(employees[i], isDate, isDay);
      if (row === undefined) return undefined;
      rows.push(row);
    }
  } catch {
    // A getter that throws, a hostile proxy: the schema reads it and says what is wrong.
    return undefined;
  }
  return rows;
}

/** The employees as the schema returned them, as rows. */
function slowRows(employees: z.output<typeof dueListInputSchema>['employees']): DueRow[] {
  return employees.map((employee) => ({
    id: employee.id,
    kind: employee.kind,
    last: employee.lastConversation,
    hire: employee.hireDate,
    next: employee.nextPlanned,
    agreements: (employee.agreements ?? []).map((agreement) => ({ when: agreement.when, status: agreement.status })),
  }));
}

/**
 * The input of dueList, validated: the plain loop for the employees when it can vouch for them,
 * otherwise the schema for everything. `fast: false` always takes the schema (for tests).
 */
export function readDueInput(input: unknown, options: { fast?: boolean } = {}): Result<{ head: Head; rows: DueRow[] }> {
  if (options.fast !== false) {
    const head = parseWith(headSchema, input);
    if (head.ok) {
      const rows = fastRows(head.value.employees);
      if (rows !== undefined) return ok({ head: head.value, rows });
    }
  }
  const parsed = parseWith(dueListInputSchema, input);
  if (!parsed.ok) return parsed;
  return ok({ head: parsed.value, rows: slowRows(parsed.value.employees) });
}
