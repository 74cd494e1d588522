import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../src/index.js';
import { formatFinding } from '../../src/index.js';

/** The folder of the frozen fixtures of a version. */
export const fixtureDir = (version: '0.1' | '0.2'): string => join(import.meta.dirname, '..', 'fixtures', version);

/** A frozen fixture, parsed as a host reads it back from storage. */
export function fixture(version: '0.1' | '0.2', name: string): unknown {
  return JSON.parse(readFileSync(join(fixtureDir(version), name), 'utf8'));
}

/** The text of a frozen fixture, exactly as it was written. */
export function fixtureText(version: '0.1' | '0.2', name: string): string {
  return readFileSync(join(fixtureDir(version), name), 'utf8');
}

/** Every JSON fixture of a version. */
export function fixtureNames(version: '0.1' | '0.2'): string[] {
  return readdirSync(fixtureDir(version))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** The value of a result that must have succeeded (with its findings in the error when not). */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.findings.map((f) => formatFinding(f, 'en')).join('\n'));
  return result.value;
}

/** The same data as JSON text: how a host compares what it stores. */
export const json = (data: unknown): string => JSON.stringify(data);

/** The input of a check-in as 0.1 stored it, the start of the stored shapes the cases build. */
export const storedCheckInInput = {
  id: 'c-1',
  kind: 'checkIn',
  employee: { id: 'emp-1', name: 'Sanne' },
  manager: { id: 'mgr-1', name: 'Ahmed' },
  plannedStart: '2027-06-01T09:00:00+02:00',
  locale: 'nl',
} as const;

/** A preparation reminder as 0.1 stored it, without its message (each case adds the one it needs). */
export const storedReminder = {
  id: 'preparation:c-1:employee:7d',
  type: 'preparation',
  to: 'emp-1',
  role: 'employee',
  at: '2027-03-08T09:00:00+01:00',
  date: '2027-03-08',
  subjectId: 'c-1',
  offsetDays: 7,
} as const;
