// Retention: the host's terms as data, and what they ask of each record, by when.
import type { CalendarDate, Finding, Result } from '../core/index.js';
import {
  addCalendarMonths,
  calendarDateOf,
  deepFreeze,
  defaultTimeZone,
  fail,
  isCalendarDate,
  isInstant,
  ok,
  parseWith,
} from '../core/index.js';
import * as z from 'zod/mini';
import { finding } from '../locales/index.js';
import { retentionPolicySchema, retentionRecordSchema } from './schema.js';
import type { RetentionAnchor, RetentionItem, RetentionKind, RetentionPolicy, RetentionRecord, RetentionRule } from './types.js';

/**
 * A sensible Dutch default, to start from. It is the host's decision, not legal advice: agree the
 * terms with the privacy officer and the works council, and record them in the processing register.
 * Preparation answers (with the wishes carried from the previous POP and the employee's age, which
 * `redact` erases with the preparation) and kept patches go a year after the conversation (they served the
 * conversation); notes are erased, and conversations, their logs and POPs deleted, two years after
 * employment ends (the usual term for the personnel file), and in any case five years after the
 * conversation or the end of the plan's period (a development file is about the years ahead).
 *
 * @example
 * ```ts
 * import { dutchRetentionDefaults } from 'ontwikkelgesprek';
 * dutchRetentionDefaults.rules.find((rule) => rule.kind === 'preparation'); // { kind: 'preparation', action: 'erase', months: 12, after: 'conversation' }
 * ```
 */
export const dutchRetentionDefaults: RetentionPolicy = deepFreeze({
  rules: [
    { kind: 'preparation', action: 'erase', months: 12, after: 'conversation' },
    { kind: 'patches', action: 'delete', months: 12, after: 'conversation' },
    { kind: 'notes', action: 'erase', months: 24, after: 'employmentEnd' },
    { kind: 'notes', action: 'erase', months: 60, after: 'conversation' },
    { kind: 'conversation', action: 'delete', months: 24, after: 'employmentEnd' },
    { kind: 'conversation', action: 'delete', months: 60, after: 'conversation' },
    { kind: 'eventLog', action: 'delete', months: 24, after: 'employmentEnd' },
    { kind: 'eventLog', action: 'delete', months: 60, after: 'conversation' },
    { kind: 'plan', action: 'delete', months: 24, after: 'employmentEnd' },
    { kind: 'plan', action: 'delete', months: 60, after: 'planPeriodEnd' },
  ],
}) as RetentionPolicy;

const recordsSchema = z.array(retentionRecordSchema).check(z.maxLength(1_000_000));

const anchorField: { readonly [A in RetentionAnchor]: 'conversationDate' | 'planPeriodEnd' | 'employmentEnd' } = {
  conversation: 'conversationDate',
  planPeriodEnd: 'planPeriodEnd',
  employmentEnd: 'employmentEnd',
};

/** Today: a calendar date as given, or the date of an instant in the Netherlands. */
function today(now: unknown): CalendarDate | Finding {
  if (isCalendarDate(now)) return now;
  if (isInstant(now)) return calendarDateOf(now, defaultTimeZone);
  return finding.error('input.invalid_format', { path: ['now'], params: { format: 'date' } });
}

/** What one rule asks of one record. */
function itemOf(record: RetentionRecord, rule: RetentionRule, now: CalendarDate): RetentionItem {
  const base = { kind: record.kind, action: rule.action, anchor: rule.after, months: rule.months };
  const from = record[anchorField[rule.after]];
  const key = { kind: record.kind, id: record.id, employeeId: record.employeeId };
  if (from === undefined) {
    return {
      record: key,
      action: rule.action,
      dueOn: null,
      status: 'waiting',
      reason: finding.info('privacy.retention.waiting', { params: base }),
    };
  }
  const dueOn = addCalendarMonths(from, rule.months);
  const due = dueOn <= now;
  const params = { ...base, from, dueOn };
  return {
    record: key,
    action: rule.action,
    dueOn,
    status: due ? 'due' : 'upcoming',
    reason: due ? finding.warning('privacy.retention.due', { params }) : finding.info('privacy.retention.upcoming', { params }),
  };
}

const statusOrder = { due: 0, upcoming: 1, waiting: 2 } as const;

function byDate(a: RetentionItem, b: RetentionItem): number {
  if (a.status !== b.status) return statusOrder[a.status] - statusOrder[b.status];
  const x = a.dueOn ?? '';
  const y = b.dueOn ?? '';
  if (x !== y) return x < y ? -1 : 1;
  const k = `${a.record.kind}\u0000${a.record.id}\u0000${a.action}`;
  const l = `${b.record.kind}\u0000${b.record.id}\u0000${b.action}`;
  return k < l ? -1 : k > l ? 1 : 0;
}

/**
 * What a retention policy asks of the host's records, by when: for every record and every rule of its
 * kind, what is due (`erase` its texts with `redact`, or `delete` the record), the date (`dueOn`, the
 * term counted from the conversation, the end of the plan's period or the end of employment), and
 * whether that is now (`due`, a warning), later (`upcoming`) or not yet known (`waiting`: the record
 * does not say when employment ends, for instance), each with its reason as a finding. Due first,
 * then upcoming, each by date, then waiting. A kind of record the policy sets no term for gets a
 * warning (`privacy.retention.noRule`): personal data needs a retention period. `now` is a calendar
 * date or an instant (its date in the Netherlands). Records are the host's small index, never the
 * records themselves. Never throws.
 *
 * @example
 * ```ts
 * import { dutchRetentionDefaults, findingMessage, retentionDue } from 'ontwikkelgesprek';
 * const due = retentionDue(
 *   [{ kind: 'preparation', id: 'c-2027-sanne', employeeId: 'e-17', conversationDate: '2027-03-15' }],
 *   dutchRetentionDefaults,
 *   '2028-04-01',
 * );
 * due.ok && due.value[0]?.dueOn; // '2028-03-15'
 * due.ok && due.value[0]?.status; // 'due'
 * due.ok && findingMessage(due.value[0]!.reason, 'nl'); // 'De bewaartermijn is om: de voorbereidingsantwoorden moeten uiterlijk 15 maart 2028 gewist worden (12 maanden na het gesprek, 15 maart 2027).'
 * ```
 */
export function retentionDue(records: readonly RetentionRecord[], policy: RetentionPolicy, now: string): Result<readonly RetentionItem[]> {
  const givenRecords = parseWith(recordsSchema, records, { path: ['records'] });
  const givenPolicy = parseWith(retentionPolicySchema, policy, { path: ['policy'] });
  const date = today(now);
  const problems = [...givenRecords.findings, ...givenPolicy.findings, ...(typeof date === 'string' ? [] : [date])];
  if (!givenRecords.ok || !givenPolicy.ok || typeof date !== 'string') return fail(problems);
  const rules = givenPolicy.value.rules as readonly RetentionRule[];
  const items: RetentionItem[] = [];
  const unruled = new Map<RetentionKind, number>();
  (givenRecords.value as readonly RetentionRecord[]).forEach((record, index) => {
    const own = rules.filter((rule) => rule.kind === record.kind);
    if (own.length === 0 && !unruled.has(record.kind)) unruled.set(record.kind, index);
    for (const rule of own) items.push(itemOf(record, rule, date));
  });
  const findings = [...unruled].map(([kind, index]) =>
    finding.warning('privacy.retention.noRule', { path: ['records', index, 'kind'], params: { kind } }),
  );
  return ok(deepFreeze(items.sort(byDate)), findings);
}
