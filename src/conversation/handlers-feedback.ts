// Colleague feedback collected in the preparation: a side asks colleagues (`requestFeedback`), their
// answers come in (`receiveFeedbackAnswer`, the employee's to see first), and the employee shares a
// summary (`shareFeedback`): one given, or the one the conversation makes of the answers collected.
import type { Finding } from '../core/index.js';
import { compareInstants } from '../core/index.js';
import type { FeedbackSummary } from '../feedback/index.js';
import { finding } from '../locales/index.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import { accept, refuse } from './decision.js';
import { summaryOfRequest } from './collected-feedback.js';
import { preparationWith } from './handlers-competences.js';
import { limits } from './schema-state.js';
import { audienceFindings, erase, recordAudience } from './texts.js';
import type { CollectedFeedbackAnswer, FeedbackRequestRecord } from './preparation-types.js';
import type { Conversation, SharedFeedback } from './types.js';

function requestsOf(conversation: Conversation): readonly FeedbackRequestRecord[] {
  return conversation.preparation.feedbackRequests ?? [];
}

function requestFeedback(conversation: Conversation, event: HandledEvent<'requestFeedback'>): Decision {
  const { request } = event;
  if (requestsOf(conversation).some((record) => record.id === request.id)) {
    return refuse(finding.error('conversation.feedback.requestExists', { path: ['request', 'id'] }));
  }
  if (requestsOf(conversation).length >= limits.feedbackRequests) {
    return refuse(
      finding.error('conversation.limit.reached', {
        path: ['request'],
        params: { list: 'feedbackRequests', maximum: limits.feedbackRequests },
      }),
    );
  }
  const employee = request.colleagues.findIndex((colleague) => colleague.id === conversation.employee.id);
  if (employee >= 0)
    return refuse(finding.error('conversation.feedback.employeeAsked', { path: ['request', 'colleagues', employee, 'id'] }));
  const record: FeedbackRequestRecord = {
    id: request.id,
    colleagues: request.colleagues.map((c) => ({ id: c.id, name: c.name, ...(c.role === undefined ? {} : { role: c.role }) })),
    questions: request.questions.map((question) => ({
      id: question.id,
      text: event.erased === undefined ? question.text : erase(question.text),
    })),
    ...(request.dueAt === undefined ? {} : { dueAt: request.dueAt }),
    ...(request.signed === undefined ? {} : { signed: request.signed }),
    requestedBy: event.by,
    at: event.at,
  };
  const feedbackRequests = [...requestsOf(conversation), record];
  return accept((writer) => writer.set(['preparation'], preparationWith(conversation.preparation, { feedbackRequests })));
}

function receiveFeedbackAnswer(conversation: Conversation, event: HandledEvent<'receiveFeedbackAnswer'>): Decision {
  if (event.by !== 'employee') {
    return refuse(finding.error('conversation.feedback.employeeReceives', { path: ['by'], params: { side: event.by } }));
  }
  const requests = requestsOf(conversation);
  const index = requests.findIndex((record) => record.id === event.requestId);
  const record = requests[index];
  if (record === undefined) return refuse(finding.error('conversation.feedback.unknownRequest', { path: ['requestId'] }));
  if (!record.questions.some((question) => question.id === event.questionId)) {
    return refuse(finding.error('conversation.feedback.unknownQuestion', { path: ['questionId'] }));
  }
  if (!record.colleagues.some((colleague) => colleague.id === event.colleagueId)) {
    return refuse(finding.error('conversation.feedback.notAsked', { path: ['colleagueId'] }));
  }
  const answer: CollectedFeedbackAnswer = {
    questionId: event.questionId,
    colleagueId: event.colleagueId,
    text: event.text,
    ...(event.signed === undefined ? {} : { signed: event.signed }),
    at: event.at,
  };
  // One answer per colleague and question: a new one replaces the earlier (the latest word counts).
  const answers = [...(record.answers ?? [])];
  const earlier = answers.findIndex((a) => a.questionId === answer.questionId && a.colleagueId === answer.colleagueId);
  if (earlier >= 0) answers[earlier] = answer;
  else answers.push(answer);
  const feedbackRequests = requests.map((r, i) => (i === index ? { ...r, answers } : r));
  const late =
    record.dueAt !== undefined && compareInstants(event.at, record.dueAt) > 0
      ? [finding.warning('conversation.feedback.afterDue', { path: ['at'], params: { due: record.dueAt.slice(0, 10) } })]
      : [];
  return accept((writer) => writer.set(['preparation'], preparationWith(conversation.preparation, { feedbackRequests })), late);
}

/** A summary with every text erased (a shared summary the conversation made, when its event was erased). */
function erasedSummary(summary: FeedbackSummary): FeedbackSummary {
  return {
    ...summary,
    questions: summary.questions.map((question) => ({
      ...question,
      question: erase(question.question),
      anonymous: question.anonymous.map(erase),
      signed: question.signed.map((answer) => ({ ...answer, text: erase(answer.text) })),
    })),
  };
}

/** The summary a share brings, or why there is none: the one given, or the one made of a request's answers. */
function summaryToShare(
  conversation: Conversation,
  event: HandledEvent<'shareFeedback'>,
): { summary?: FeedbackSummary; findings: Finding[] } {
  if ((event.feedback === undefined) === (event.requestId === undefined)) {
    return { findings: [finding.error('conversation.feedback.summaryOrRequest', { path: ['requestId'] })] };
  }
  if (event.feedback !== undefined) {
    if (event.feedback.viewer === 'employee') return { summary: event.feedback, findings: [] };
    return { findings: [finding.error('conversation.feedback.notEmployeeView', { path: ['feedback', 'viewer'] })] };
  }
  const record = requestsOf(conversation).find((r) => r.id === event.requestId);
  if (record === undefined) return { findings: [finding.error('conversation.feedback.unknownRequest', { path: ['requestId'] })] };
  if (record.answers === undefined) return { findings: [finding.error('conversation.feedback.noAnswers', { path: ['requestId'] })] };
  const made = summaryOfRequest(conversation, record);
  if (!made.ok) return { findings: [...made.findings] };
  const summary = event.erased === undefined ? made.value : erasedSummary(made.value);
  // The hints (too few answers without a name to show them) are the employee's, at the request shared.
  return { summary, findings: made.findings.map((f) => ({ ...f, path: ['requestId'] })) };
}

function shareFeedback(conversation: Conversation, event: HandledEvent<'shareFeedback'>): Decision {
  if (event.by !== 'employee') {
    return refuse(finding.error('conversation.feedback.employeeShares', { path: ['by'], params: { side: event.by } }));
  }
  const { summary, findings } = summaryToShare(conversation, event);
  if (summary === undefined) return refuse(...findings);
  const problems = audienceFindings(conversation, 'feedback', event.visibility, event.sharedWith);
  if (problems.length > 0) return refuse(...problems);
  const previous = conversation.preparation.feedback;
  const feedback: SharedFeedback = {
    summary,
    at: event.at,
    ...recordAudience('feedback', event.visibility ?? previous?.visibility, event.sharedWith ?? previous?.sharedWith),
  };
  return accept((writer) => writer.set(['preparation'], preparationWith(conversation.preparation, { feedback })), findings);
}

/** The handlers of colleague feedback. */
export const feedbackHandlers = { requestFeedback, receiveFeedbackAnswer, shareFeedback } satisfies {
  [T in 'requestFeedback' | 'receiveFeedbackAnswer' | 'shareFeedback']: Handler<T>;
};
