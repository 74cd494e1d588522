import type * as z from 'zod/mini';
import type { CalendarDate, Finding, HostMeta, Path, Result } from '../core/index.js';
import { deepFreeze, duplicateIds, fail, fromDayNumber, parseWith, resultOf, toDayNumber } from '../core/index.js';
import type { FindingCode, FindingParamsOf } from '../locales/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import { remindersInputSchema } from './schemas/reminders.js';
import { textWriter } from './texts.js';
import type { Reminder, RemindersInput, ReminderType } from './types.js';
import type { CompiledCalendar } from './working-days.js';
import { addWorkingDayNumbers, calendarOfInput, outOfRange, seekWorkingDay } from './working-days.js';
import { isoInZone, localDate, momentAt, wallClock } from './zone.js';

type Data = z.output<typeof remindersInputSchema>;

/** A reminder before it is sorted, filtered and frozen. */
interface Draft {
  readonly id: string;
  readonly type: ReminderType;
  readonly to: string;
  readonly role: Role;
  readonly ms: number;
  readonly date: CalendarDate;
  readonly subjectId: string;
  readonly offsetDays: number;
  readonly message: string;
}

/** What every part of the work needs: the input, the calendar and zone, and how texts are written. */
interface Context {
  readonly value: Data;
  readonly calendar: CompiledCalendar;
  readonly timeZone: string;
  readonly reminderTime: string;
  text<C extends FindingCode>(code: C, params: FindingParamsOf<C>): string;
  add(draft: Omit<Draft, 'id'>, offsetKey: string, path: Path): void;
}

/** Preparation reminders for both sides, and the reminder shortly before the conversation. */
function conversationReminders(context: Context): void {
  const { value, calendar, timeZone } = context;
  const conversation = value.conversation;
  if (conversation === undefined) return;
  const startMs = Date.parse(conversation.start);
  const date = localDate(startMs, timeZone);
  const time = wallClock(startMs, timeZone);
  const day = toDayNumber(date);
  const kind = conversation.kind ?? 'development';
  const employee = value.employeeName;
  const path: Path = ['conversation', 'start'];
  const lead = { employee: value.preparationLeadDays?.employee ?? 5, manager: value.preparationLeadDays?.manager ?? 10 };
  for (const role of ['employee', 'manager'] as const) {
    const prepDay = addWorkingDayNumbers(calendar, day, -lead[role]);
    if (prepDay === undefined || lead[role] === 0) continue;
    const prepDate = fromDayNumber(prepDay);
    const message =
      role === 'employee'
        ? context.text('schedule.reminder.prepareEmployee', { kind, date, time })
        : context.text('schedule.reminder.prepareManager', { kind, date, time, ...(employee === undefined ? {} : { employee }) });
    const to = role === 'employee' ? value.employeeId : value.managerId;
    const ms = momentAt(prepDate, context.reminderTime, timeZone);
    context.add(
      { type: 'preparation', to, role, ms, date: prepDate, subjectId: conversation.id, offsetDays: day - prepDay, message },
      `-${lead[role]}wd`,
      path,
    );
  }
  const leadMinutes = value.conversationLeadMinutes ?? 60;
  const ms = startMs - leadMinutes * 60_000;
  const at = localDate(ms, timeZone);
  const message = context.text('schedule.reminder.conversation', { kind, date, time });
  for (const role of ['employee', 'manager'] as const) {
    const to = role === 'employee' ? value.employeeId : value.managerId;
    const draft = {
      type: 'conversation' as const,
      to,
      role,
      ms,
      date: at,
      subjectId: conversation.id,
      offsetDays: day - toDayNumber(at),
      message,
    };
    context.add(draft, `-${leadMinutes}m`, path);
  }
}

/** Reminders before each open agreement's deadline, and the manager's after a missed one. */
function agreementReminders(context: Context): void {
  const { value, calendar } = context;
  // Largest step first, so two steps landing on one day keep the larger step's id (a repeated step lands on a
  // day already used); a repeated escalation day gives an id already seen, which `add` skips.
  const steps = [...(value.agreementSteps ?? [14, 7, 3])].sort((a, b) => b - a);
  const escalations = value.escalateAfterDays ?? [1];
  value.agreements?.forEach((agreement, index) => {
    if (agreement.status !== 'open' || agreement.when === undefined) return;
    const when = agreement.when;
    const deadline = toDayNumber(when);
    const to = agreement.who === '' ? value.employeeId : agreement.who;
    const role: Role = to === value.managerId ? 'manager' : 'employee';
    const ref = { kind: 'agreement', id: agreement.id, title: agreement.what };
    const path: Path = ['agreements', index, 'when'];
    const usedDays = new Set<number>();
    for (const step of steps) {
      const day = seekWorkingDay(calendar, deadline - step, -1);
      if (day === undefined || usedDays.has(day)) continue;
      usedDays.add(day);
      const date = fromDayNumber(day);
      const message = context.text('schedule.reminder.deadline', { agreement: ref, when, days: deadline - day });
      const ms = momentAt(date, context.reminderTime, context.timeZone);
      context.add(
        { type: 'agreementDeadline', to, role, ms, date, subjectId: agreement.id, offsetDays: deadline - day, message },
        `-${step}d`,
        path,
      );
    }
    const employee = value.employeeName;
    for (const after of escalations) {
      const day = seekWorkingDay(calendar, deadline + after, 1);
      if (day === undefined) continue;
      const date = fromDayNumber(day);
      const message = context.text('schedule.reminder.escalation', {
        agreement: ref,
        when,
        ...(employee === undefined ? {} : { employee }),
      });
      const ms = momentAt(date, context.reminderTime, context.timeZone);
      const draft = {
        type: 'agreementEscalation' as const,
        to: value.managerId,
        role: 'manager' as const,
        ms,
        date,
        subjectId: agreement.id,
      };
      context.add({ ...draft, offsetDays: deadline - day, message }, `+${after}d`, path);
    }
  });
}

/** A reminder as stored: the keys always in the same order. */
function stored(draft: Draft, timeZone: string, locale: string, meta: HostMeta | undefined): Reminder {
  return {
    schemaVersion: 2,
    id: draft.id,
    type: draft.type,
    to: draft.to,
    role: draft.role,
    at: isoInZone(draft.ms, timeZone),
    date: draft.date,
    subjectId: draft.subjectId,
    offsetDays: draft.offsetDays,
    locale,
    message: draft.message,
    ...(meta === undefined ? {} : { meta }),
  };
}

/**
 * The reminders around one conversation and its agreements, sorted by time (then id), each with a
 * stable id built from its type, subject, role and configured offset (for example
 * `preparation:c1:manager:-10wd` in working days, `agreementDeadline:a1:employee:-7d`,
 * `agreementEscalation:a1:manager:+1d`, `conversation:c1:employee:-60m`), so a host that runs this
 * again can skip what it already sent.
 *
 * - Preparation, for both sides with their own lead time in working days (default: employee 5,
 *   manager 10, since the manager gathers feedback from colleagues first).
 * - The conversation itself, `conversationLeadMinutes` before the start (default 60), to both.
 * - Agreement deadlines: to whoever does it, `agreementSteps` calendar days before (default 14, 7
 *   and 3; moved back to a working day, and merged when two steps land on the same day), then
 *   escalation to the manager `escalateAfterDays` after a missed deadline (default 1; moved on to a
 *   working day). Done and dropped agreements get none.
 *
 * Reminders are sent at `reminderTime` (default 09:00) in the time zone, with their text in
 * `locale` (Dutch by default). With `now`, reminders before it are left out. Dates from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { remindersFor } from 'ontwikkelgesprek';
 * const result = remindersFor({
 *   employeeId: 'emp-1',
 *   managerId: 'man-1',
 *   conversation: { id: 'c-2027-07', kind: 'development', start: '2027-07-12T10:00:00+02:00' },
 *   agreements: [{ id: 'a1', what: 'Presentatie geven', who: 'emp-1', when: '2027-09-30', status: 'open' }],
 * });
 * if (result.ok) {
 *   result.value[0]?.id; // 'preparation:c-2027-07:manager:-10wd'
 *   result.value.map((r) => r.type); // ['preparation', 'preparation', 'conversation', ...]
 *   result.value[1]?.message; // 'Bereid je ontwikkelgesprek van 12 juli 2027 om 10:00 voor: ...'
 * }
 * ```
 */
export function remindersFor(input: RemindersInput): Result<readonly Reminder[]> {
  const parsed = parseWith(remindersInputSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  // Reminder ids are built from the agreement id: a second agreement with the same id would lose
  // its reminders to the first without a word.
  const agreements = value.agreements ?? [];
  const repeated = new Set(duplicateIds(agreements).map(({ index }) => index));
  if (repeated.size > 0) {
    return fail(
      agreements.flatMap((agreement, index) => {
        if (!repeated.has(index)) return [];
        const ref = { kind: 'agreement', id: agreement.id, title: agreement.what };
        return [finding.error('schedule.reminders.duplicateAgreement', { path: ['agreements', index, 'id'], params: { agreement: ref } })];
      }),
    );
  }
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const writer = textWriter(value.locale);
  const drafts: Draft[] = [];
  const errors: Finding[] = [];
  const seen = new Set<string>();
  const context: Context = {
    value,
    calendar,
    timeZone,
    reminderTime: value.reminderTime ?? '09:00',
    text: writer.text,
    add: (draft, offsetKey, path) => {
      const id = `${draft.type}:${draft.subjectId}:${draft.role}:${offsetKey}`;
      if (seen.has(id)) return;
      seen.add(id);
      const outside = outOfRange(toDayNumber(draft.date), path);
      if (outside !== undefined) errors.push(outside);
      drafts.push({ ...draft, id });
    },
  };
  conversationReminders(context);
  agreementReminders(context);
  if (errors.length > 0) return fail(errors.slice(0, 1));
  const findings: Finding[] = [];
  const nowMs = value.now === undefined ? Number.NEGATIVE_INFINITY : Date.parse(value.now);
  const kept = drafts.filter((draft) => draft.ms >= nowMs);
  if (kept.length < drafts.length) {
    findings.push(finding.info('schedule.reminders.dropped', { params: { count: drafts.length - kept.length } }));
  }
  // Ids are unique (`add` keeps the first of each), so two reminders are never equal in the order.
  kept.sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : 1));
  return resultOf(deepFreeze(kept.map((draft) => stored(draft, timeZone, writer.locale, value.meta))), findings);
}
