import type { CalendarDate, Finding, LocalizedText, Result } from '../core/index.js';
import {
  addMinutesToInstant,
  calendarDateOf,
  deepFreeze,
  duplicateIds,
  fail,
  findingsFrom,
  formatCalendarDate,
  fromDayNumber,
  instantAt,
  parseWith,
  resultOf,
  toDayNumber,
  wallClockOf,
} from '../core/index.js';
import { conversationKinds, termOf } from '../vocabulary/index.js';
import { addWorkingDayNumbers, calendarOfInput, seekWorkingDay } from './calendar.js';
import { scheduleMessages } from './messages.js';
import type { Reminder, RemindersInput, ReminderType } from './schema.js';
import { remindersInputSchema } from './schema.js';

const finding = findingsFrom(scheduleMessages);

/**
 * The reminders around one conversation and its agreements, sorted by time (then id), each with a
 * stable id built from its type, subject, role and configured offset (for example
 * `preparation:c1:manager:-10wd` in working days, `agreementDeadline:a1:employee:-7d`,
 * `agreementEscalation:a1:manager:+1d`, `conversation:c1:employee:-60m`), so a host that runs this again can skip what it already sent.
 *
 * - Preparation, for both sides with their own lead time in working days (default: employee 5,
 *   manager 10, since the manager gathers feedback from colleagues first).
 * - The conversation itself, `conversationLeadMinutes` before the start (default 60), to both.
 * - Agreement deadlines: to whoever does it, `agreementSteps` calendar days before (default 14, 7
 *   and 3; moved back to a working day, and merged when two steps land on the same day), then escalation to the manager `escalateAfterDays` after a
 *   missed deadline (default 1; moved on to a working day). Done and dropped agreements get none.
 *
 * Reminders are sent at `reminderTime` (default 09:00) in the time zone. With `now`, reminders
 * before it are left out.
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
 * }
 * ```
 */
export function remindersFor(input: RemindersInput): Result<readonly Reminder[]> {
  const parsed = parseWith(remindersInputSchema, input, { messages: scheduleMessages });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  // Reminder ids are built from the agreement id: a second agreement with the same id would lose
  // its reminders to the first without a word.
  const twice = duplicateIds(value.agreements ?? []);
  if (twice.length > 0) {
    return fail(
      twice.map(({ index, id }) =>
        finding.error('schedule.reminders.duplicateAgreement', { path: ['agreements', index, 'id'], params: { id } }),
      ),
    );
  }
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const reminderTime = value.reminderTime ?? '09:00';
  const findings: Finding[] = [];
  const reminders: Reminder[] = [];
  const seen = new Set<string>();

  const add = (
    type: ReminderType,
    subjectId: string,
    role: 'employee' | 'manager',
    to: string,
    offsetDays: number,
    offsetKey: string,
    date: CalendarDate,
    at: string,
    message: LocalizedText,
  ) => {
    const id = `${type}:${subjectId}:${role}:${offsetKey}`;
    if (seen.has(id)) return;
    seen.add(id);
    reminders.push({ id, type, to, role, at, date, subjectId, offsetDays, message });
  };

  if (value.conversation !== undefined) {
    const conversation = value.conversation;
    const day = calendarDateOf(conversation.start, timeZone);
    const dayText = { nl: formatCalendarDate(day, 'nl'), en: formatCalendarDate(day, 'en') };
    const employeeName = value.employeeName ?? value.employeeId;
    const time = wallClockOf(conversation.start, timeZone);
    const dayNumber = toDayNumber(day);
    const kind = termOf(conversationKinds, conversation.kind ?? 'development')?.label ?? { nl: 'gesprek', en: 'conversation' };
    const nl = kind.nl.toLowerCase();
    const en = kind.en.toLowerCase();
    const lead = {
      employee: value.preparationLeadDays?.employee ?? 5,
      manager: value.preparationLeadDays?.manager ?? 10,
    };
    for (const role of ['employee', 'manager'] as const) {
      const prepDay = addWorkingDayNumbers(calendar, dayNumber, -lead[role]);
      if (prepDay === undefined || lead[role] === 0) continue;
      const date = fromDayNumber(prepDay);
      const to = role === 'employee' ? value.employeeId : value.managerId;
      const message: LocalizedText =
        role === 'employee'
          ? {
              nl: `Bereid je ${nl} van ${dayText.nl} om ${time} voor: wat ging goed, waar wil je groeien, welke punten zet je op de agenda?`,
              en: `Prepare for your ${en} on ${dayText.en} at ${time}: what went well, where do you want to grow, which points will you put on the agenda?`,
            }
          : {
              nl: `Bereid het ${nl} met ${employeeName} van ${dayText.nl} om ${time} voor: resultaten, voortgang op lopende doelen, feedback van collega's en wat de koers van de organisatie betekent.`,
              en: `Prepare the ${en} with ${employeeName} on ${dayText.en} at ${time}: achievements, progress on running goals, feedback from colleagues and what the organisation's direction means.`,
            };
      add(
        'preparation',
        conversation.id,
        role,
        to,
        dayNumber - prepDay,
        `-${lead[role]}wd`,
        date,
        instantAt(date, reminderTime, timeZone),
        message,
      );
    }
    const leadMinutes = value.conversationLeadMinutes ?? 60;
    const at = addMinutesToInstant(conversation.start, -leadMinutes, timeZone);
    const date = calendarDateOf(at, timeZone);
    for (const role of ['employee', 'manager'] as const) {
      const to = role === 'employee' ? value.employeeId : value.managerId;
      add('conversation', conversation.id, role, to, dayNumber - toDayNumber(date), `-${leadMinutes}m`, date, at, {
        nl: `Het ${nl} begint om ${time} (${dayText.nl}). Eerst komen de afspraken van vorige keer aan bod.`,
        en: `The ${en} starts at ${time} (${dayText.en}). The agreements from last time come first.`,
      });
    }
  }

  const steps = [...new Set(value.agreementSteps ?? [14, 7, 3])].sort((a, b) => b - a);
  const escalations = [...new Set(value.escalateAfterDays ?? [1])].sort((a, b) => a - b);
  for (const agreement of value.agreements ?? []) {
    if (agreement.status !== 'open' || agreement.when === undefined) continue;
    const deadline = toDayNumber(agreement.when);
    const to = agreement.who === '' ? value.employeeId : agreement.who;
    const role = to === value.managerId ? 'manager' : 'employee';
    const usedDays = new Set<number>();
    for (const step of steps) {
      const day = seekWorkingDay(calendar, deadline - step, -1);
      if (day === undefined || usedDays.has(day)) continue;
      usedDays.add(day);
      const date = fromDayNumber(day);
      add('agreementDeadline', agreement.id, role, to, deadline - day, `-${step}d`, date, instantAt(date, reminderTime, timeZone), {
        nl: `Nog ${deadline - day} ${deadline - day === 1 ? 'dag' : 'dagen'} tot de deadline van "${agreement.what}" (${formatCalendarDate(agreement.when, 'nl')}).`,
        en: `${deadline - day} ${deadline - day === 1 ? 'day' : 'days'} left until the deadline of "${agreement.what}" (${formatCalendarDate(agreement.when, 'en')}).`,
      });
    }
    for (const after of escalations) {
      const day = seekWorkingDay(calendar, deadline + after, 1);
      if (day === undefined) continue;
      const date = fromDayNumber(day);
      add(
        'agreementEscalation',
        agreement.id,
        'manager',
        value.managerId,
        day === deadline ? 0 : deadline - day,
        `+${after}d`,
        date,
        instantAt(date, reminderTime, timeZone),
        {
          nl: `De deadline van "${agreement.what}" (${formatCalendarDate(agreement.when, 'nl')}) is verstreken zonder dat de afspraak is afgerond. Bespreek samen wat er nodig is.`,
          en: `The deadline of "${agreement.what}" (${formatCalendarDate(agreement.when, 'en')}) has passed and the agreement is not done. Talk together about what is needed.`,
        },
      );
    }
  }

  let kept = reminders;
  if (value.now !== undefined) {
    const nowMs = Date.parse(value.now);
    kept = reminders.filter((reminder) => Date.parse(reminder.at) >= nowMs);
    if (kept.length < reminders.length) {
      findings.push(finding.info('schedule.reminders.dropped', { params: { count: reminders.length - kept.length } }));
    }
  }
  const sorted = kept
    .map((reminder) => ({ reminder, ms: Date.parse(reminder.at) }))
    .sort((a, b) => a.ms - b.ms || (a.reminder.id < b.reminder.id ? -1 : a.reminder.id > b.reminder.id ? 1 : 0))
    .map((entry) => entry.reminder);
  return resultOf(deepFreeze(sorted), findings);
}
