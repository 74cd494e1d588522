import type * as z from 'zod/mini';
import type { Finding, Result } from '../core/index.js';
import { deepFreeze, fail, fromDayNumber, parseWith, resultOf, toDayNumber } from '../core/index.js';
import { finding } from '../locales/index.js';
import { basisPath, dueOf, policyFor } from './plan.js';
import { followUpInputSchema } from './schemas/follow-up.js';
import type { AgreementDue, ConversationDue, FollowUpInput, FollowUpState, FollowUpStatus } from './types.js';
import { calendarOfInput, noWorkingDay, outOfRange, seekWorkingDay } from './working-days.js';
import { dayIn, localDate } from './zone.js';

const rank: Record<FollowUpState, number> = { onTrack: 0, dueSoon: 1, overdue: 2 };

/** The worse of two states. */
export function worse(a: FollowUpState, b: FollowUpState): FollowUpState {
  return rank[a] >= rank[b] ? a : b;
}

/** The state of something due in `days` days (negative: past), given how early "soon" starts. */
export function stateOf(days: number, soonDays: number): FollowUpState {
  return days < 0 ? 'overdue' : days <= soonDays ? 'dueSoon' : 'onTrack';
}

type Agreements = z.output<typeof followUpInputSchema>['agreements'];

function agreementRef(agreement: { id: string; what: string }) {
  return { kind: 'agreement', id: agreement.id, title: agreement.what };
}

/** The open agreements overdue or due within `soonDays`, in date order, with a finding per problem. */
function agreementsDue(agreements: Agreements, today: number, soonDays: number, findings: Finding[]) {
  const overdue: AgreementDue[] = [];
  const dueSoon: AgreementDue[] = [];
  (agreements ?? []).forEach((agreement, index) => {
    if (agreement.status !== 'open') return;
    if (agreement.when === undefined) {
      findings.push(
        finding.info('schedule.followUp.agreementWithoutDeadline', {
          path: ['agreements', index, 'when'],
          params: { agreement: agreementRef(agreement) },
        }),
      );
      return;
    }
    const days = toDayNumber(agreement.when) - today;
    const state = stateOf(days, soonDays);
    const entry: AgreementDue = { id: agreement.id, when: agreement.when, daysUntilDue: days, state };
    if (state === 'overdue') {
      overdue.push(entry);
      findings.push(
        finding.warning('schedule.followUp.agreementOverdue', {
          path: ['agreements', index],
          params: { agreement: agreementRef(agreement), days: -days, when: agreement.when },
        }),
      );
    } else if (state === 'dueSoon') {
      dueSoon.push(entry);
    }
  });
  const byDate = (a: AgreementDue, b: AgreementDue) => a.daysUntilDue - b.daysUntilDue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  overdue.sort(byDate);
  dueSoon.sort(byDate);
  const state: FollowUpState = overdue.length > 0 ? 'overdue' : dueSoon.length > 0 ? 'dueSoon' : 'onTrack';
  return { state, overdue, dueSoon };
}

/**
 * The follow-up status of one employee for one conversation kind: whether the next conversation is
 * on track, due soon (within the policy's `dueSoonDays` of the latest allowed date) or overdue, and
 * which open agreements are due soon (default within 14 days) or past their deadline, with the days
 * involved. A next conversation already planned before the due date keeps the conversation on track.
 * Agreements that are done or dropped are left out. Dates from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { followUpStatus } from 'ontwikkelgesprek';
 * const result = followUpStatus({
 *   kind: 'development',
 *   lastConversation: '2026-03-02',
 *   agreements: [{ id: 'a1', what: 'Cursus presenteren', who: 'emp-1', when: '2027-01-29', status: 'open' }],
 *   now: '2027-02-15T09:00:00+01:00',
 * });
 * if (result.ok) {
 *   result.value.conversation.state; // 'dueSoon' (due by 2027-03-02)
 *   result.value.agreements.overdue[0]?.daysUntilDue; // -17
 *   result.value.state; // 'overdue'
 * }
 * ```
 */
export function followUpStatus(input: FollowUpInput): Result<FollowUpStatus> {
  const parsed = parseWith(followUpInputSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const resolved = calendarOfInput(value);
  if (!resolved.ok) return resolved;
  const { calendar, timeZone } = resolved.value;
  const findings: Finding[] = [];
  const policy = policyFor(value.kind, value.policy, findings);
  const today = localDate(Date.parse(value.now), timeZone);
  const todayNumber = toDayNumber(today);
  const last = value.lastConversation === undefined ? undefined : dayIn(value.lastConversation, timeZone);
  const due = dueOf(policy, last, value.hireDate, today, undefined, undefined);
  const dueDay = seekWorkingDay(calendar, toDayNumber(due.latestRaw), -1);
  if (dueDay === undefined) return fail([noWorkingDay(due.latestRaw)]);
  const outside = outOfRange(dueDay, basisPath(due.basis));
  if (outside !== undefined) return fail([outside]);
  const dueDate = fromDayNumber(dueDay);
  const daysUntilDue = dueDay - todayNumber;
  const nextPlanned = value.nextPlanned === undefined ? undefined : dayIn(value.nextPlanned, timeZone);
  let conversationState = stateOf(daysUntilDue, policy.dueSoonDays);
  if (nextPlanned !== undefined && nextPlanned >= today) {
    if (nextPlanned <= dueDate) conversationState = 'onTrack';
    else findings.push(finding.warning('schedule.followUp.plannedTooLate', { path: ['nextPlanned'], params: { nextPlanned, dueDate } }));
  }
  if (conversationState === 'overdue') {
    findings.push(finding.warning('schedule.followUp.conversationOverdue', { params: { days: -daysUntilDue, dueDate } }));
  } else if (conversationState === 'dueSoon') {
    findings.push(finding.info('schedule.followUp.conversationDueSoon', { params: { days: daysUntilDue, dueDate } }));
  }
  const agreements = agreementsDue(value.agreements, todayNumber, value.agreementDueSoonDays ?? 14, findings);
  const conversation: ConversationDue = {
    state: conversationState,
    dueDate,
    daysUntilDue,
    ...(nextPlanned === undefined ? {} : { nextPlanned }),
  };
  const status: FollowUpStatus = { state: worse(conversationState, agreements.state), conversation, agreements, today };
  return resultOf(deepFreeze(status), findings);
}
