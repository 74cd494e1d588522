// What the colleague answers collected on a request may show the employee: the summary of the
// feedback module, made the same way for the employee's view and for the share.
import type { Result } from '../core/index.js';
import { fail } from '../core/index.js';
import type { FeedbackSummary } from '../feedback/index.js';
import { summariseFeedback } from '../feedback/index.js';
import { finding } from '../locales/index.js';
import type { FeedbackRequestRecord } from './preparation-types.js';
import type { Conversation } from './types.js';

/** The summary of a request's answers for the employee, seeded with the request's id (the same answers, the same order). */
export function summaryOfRequest(conversation: Pick<Conversation, 'employee'>, record: FeedbackRequestRecord): Result<FeedbackSummary> {
  const names = new Map(record.colleagues.map((colleague) => [colleague.id, colleague.name]));
  return summariseFeedback({
    request: {
      id: record.id,
      employeeId: conversation.employee.id,
      colleagueIds: record.colleagues.map((colleague) => colleague.id),
      questions: record.questions,
      askedAt: record.at,
    },
    answers: (record.answers ?? []).map((answer) => ({
      questionId: answer.questionId,
      authorId: answer.colleagueId,
      authorName: names.get(answer.colleagueId),
      text: answer.text,
      // Signed as the colleague chose, else as the request asked.
      signed: answer.signed ?? record.signed ?? false,
      at: answer.at,
    })),
    viewer: 'employee',
    seed: record.id,
  });
}

/**
 * What the colleague answers collected on a request (`receiveFeedbackAnswer`) may show the employee,
 * as `summariseFeedback` makes it: per question the signed answers with names, and answers without a
 * name only from three on, never who wrote one. For the employee's eyes: the manager sees it once the
 * employee shares it (`shareFeedback` with this `requestId`). Never throws.
 *
 * @example
 * ```ts
 * import { collectedFeedback, createConversation, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * const asked = created.ok && transition(created.value, {
 *   type: 'requestFeedback', at: '2027-02-20T09:00:00+01:00', by: 'employee',
 *   request: { id: 'fb-1', colleagues: [{ id: 'col-1', name: 'Noor' }], questions: [{ id: 'q1', text: 'Wat doe ik goed?' }] },
 * });
 * const answered = asked && asked.ok && transition(asked.value.conversation, {
 *   type: 'receiveFeedbackAnswer', at: '2027-02-24T16:00:00+01:00', by: 'employee',
 *   requestId: 'fb-1', questionId: 'q1', colleagueId: 'col-1', text: 'Je blijft rustig.',
 * });
 * const summary = answered && answered.ok ? collectedFeedback(answered.value.conversation, 'fb-1') : undefined;
 * summary?.ok && summary.value.questions[0]?.withheld; // 1: one answer without a name is not shown
 * ```
 */
export function collectedFeedback(
  conversation: Pick<Conversation, 'employee' | 'preparation'>,
  requestId: string,
): Result<FeedbackSummary> {
  try {
    const record = (conversation.preparation.feedbackRequests ?? []).find((request) => request.id === requestId);
    if (record !== undefined) return summaryOfRequest(conversation, record);
  } catch {
    // A state that cannot be read has no such request.
  }
  return fail([finding.error('conversation.feedback.unknownRequest', { path: ['requestId'] })]);
}
