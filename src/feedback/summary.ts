// The view of colleague feedback: per question, signed answers with their names, and unsigned ones
// without names, only from the minimum on, in a seeded order that says nothing about who wrote what.
import type { Finding, Result } from '../core/index.js';
import { compareInstants, compareText, createRandom, deepFreeze, fail, ok, parseWith, sortFindings } from '../core/index.js';
import { finding } from '../locales/index.js';
import { summariseFeedbackInputSchema } from './schema.js';
import type {
  FeedbackAnswer,
  FeedbackQuestionSummary,
  FeedbackRequest,
  FeedbackSummary,
  SignedFeedback,
  SummariseFeedbackInput,
} from './types.js';

/** Never fewer: with two answers, each colleague knows the other's. */
const defaultMinimum = 3;

/**
 * The later of two answers by one colleague to one question (the latest word counts); answers given
 * at the same moment are told apart by their text, then signed before unsigned, then by name, so the
 * choice never depends on which came in first.
 */
function later(a: FeedbackAnswer, b: FeedbackAnswer): FeedbackAnswer {
  const order =
    compareInstants(a.at, b.at) ||
    compareText(a.text, b.text) ||
    Number(a.signed === true) - Number(b.signed === true) ||
    compareText(a.authorName ?? '', b.authorName ?? '');
  return order >= 0 ? a : b;
}

/** The answers that count: to a question asked, from a colleague asked, one per colleague and question. */
function countedAnswers(request: FeedbackRequest, answers: readonly FeedbackAnswer[], findings: Finding[]): Map<string, FeedbackAnswer[]> {
  const questions = new Set(request.questions.map((question) => question.id));
  const colleagues = new Set(request.colleagueIds);
  const latest = new Map<string, FeedbackAnswer>();
  let unknownQuestion = 0;
  let notAsked = 0;
  let byEmployee = 0;
  for (const answer of answers) {
    if (!questions.has(answer.questionId)) unknownQuestion++;
    else if (answer.authorId === request.employeeId) byEmployee++;
    else if (!colleagues.has(answer.authorId)) notAsked++;
    else {
      const key = JSON.stringify([answer.questionId, answer.authorId]);
      const before = latest.get(key);
      latest.set(key, before === undefined ? answer : later(before, answer));
    }
  }
  if (unknownQuestion > 0)
    findings.push(finding.warning('feedback.answers.unknownQuestion', { path: ['answers'], params: { count: unknownQuestion } }));
  if (byEmployee > 0) findings.push(finding.warning('feedback.answers.byEmployee', { path: ['answers'], params: { count: byEmployee } }));
  if (notAsked > 0) findings.push(finding.warning('feedback.answers.notAsked', { path: ['answers'], params: { count: notAsked } }));
  const byQuestion = new Map<string, FeedbackAnswer[]>();
  for (const answer of latest.values()) byQuestion.set(answer.questionId, [...(byQuestion.get(answer.questionId) ?? []), answer]);
  return byQuestion;
}

/** Signed answers by name, then id, then text: they carry their names, so their order may too. */
function signedOf(answers: readonly FeedbackAnswer[]): SignedFeedback[] {
  return answers
    .filter((answer) => answer.signed === true)
    .map((answer) => ({
      authorId: answer.authorId,
      ...(answer.authorName === undefined ? {} : { authorName: answer.authorName }),
      text: answer.text,
    }))
    .sort(
      (a, b) => compareText(a.authorName ?? '', b.authorName ?? '') || compareText(a.authorId, b.authorId) || compareText(a.text, b.text),
    );
}

/**
 * The unsigned answers' texts, without names: sorted by text first (so neither the order of arrival
 * nor the colleagues' ids play a part), then shuffled with the seed and the question.
 */
function anonymousOf(answers: readonly FeedbackAnswer[], seed: number | string, questionId: string): string[] {
  const texts = answers
    .filter((answer) => answer.signed !== true)
    .map((answer) => answer.text)
    .sort(compareText);
  return createRandom(JSON.stringify([String(seed), questionId])).shuffle(texts);
}

/**
 * Summarises colleague feedback (360°-light) for the employee, or for the manager once the employee
 * shared it. Per question, in the request's order: the answers colleagues signed, with their names;
 * the unsigned answers without names, and only when at least three colleagues (or the
 * `minimumAnonymous` given) answered unsigned, in an order seeded by `seed` that reveals nothing about
 * who wrote what. Below that, the unsigned answers are held back and a hint says how many more are
 * needed. Each colleague counts once per question (their latest answer); answers from someone not
 * asked, from the employee, or to a question not asked do not count. The order the answers arrive in
 * makes no difference.
 *
 * @example
 * ```ts
 * import { findingMessage, summariseFeedback } from 'ontwikkelgesprek';
 * const request = {
 *   id: 'fb-2027-sanne',
 *   employeeId: 'emp-1',
 *   colleagueIds: ['col-1', 'col-2', 'col-3', 'col-4'],
 *   questions: [
 *     { id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' },
 *     { id: 'q2', text: 'Wat zou ik vaker mogen doen?' },
 *   ],
 *   askedAt: '2027-02-20T09:00:00+01:00',
 * };
 * const at = '2027-02-24T16:00:00+01:00';
 * const summary = summariseFeedback({
 *   request,
 *   viewer: 'employee',
 *   seed: 'fb-2027-sanne',
 *   answers: [
 *     { questionId: 'q1', authorId: 'col-1', text: 'Als je een lastig overleg rustig leidt.', at },
 *     { questionId: 'q1', authorId: 'col-2', text: 'Bij klanten die twijfelen.', at },
 *     { questionId: 'q1', authorId: 'col-3', text: 'In je uitleg aan nieuwe collega’s.', at },
 *     { questionId: 'q2', authorId: 'col-1', text: 'Je mening geven in het teamoverleg.', at },
 *     { questionId: 'q2', authorId: 'col-4', authorName: 'Ahmed', text: 'Presenteren.', signed: true, at },
 *   ],
 * });
 * summary.ok && summary.value.questions[0]?.anonymous.length; // 3
 * summary.ok && summary.value.questions[1]?.anonymous; // []
 * summary.ok && summary.value.questions[1]?.signed.map((answer) => answer.authorName); // ['Ahmed']
 * const hint = summary.findings.find((f) => f.code === 'feedback.anonymity.tooFew');
 * hint && findingMessage(hint, 'nl'); // 'Op de vraag ‘Wat zou ik vaker mogen doen?’ is 1 antwoord zonder naam binnen. Antwoorden zonder naam worden pas getoond vanaf 3 antwoorden, zodat niemand te herleiden is: er zijn er nog 2 nodig.'
 * ```
 */
export function summariseFeedback(input: SummariseFeedbackInput): Result<FeedbackSummary> {
  const parsed = parseWith(summariseFeedbackInputSchema, input);
  if (!parsed.ok) return parsed;
  const { request, answers, viewer, seed } = parsed.value;
  if (viewer === 'manager' && request.sharedWithManager !== true) {
    return fail([finding.error('feedback.view.notShared', { path: ['viewer'] })]);
  }
  const minimum = parsed.value.minimumAnonymous ?? defaultMinimum;
  const findings: Finding[] = [];
  const byQuestion = countedAnswers(request, answers, findings);
  const questions = request.questions.map((question, index): FeedbackQuestionSummary => {
    const counted = byQuestion.get(question.id) ?? [];
    const anonymous = anonymousOf(counted, seed, question.id);
    const shown = anonymous.length >= minimum;
    if (!shown && anonymous.length > 0) {
      findings.push(
        finding.info('feedback.anonymity.tooFew', {
          path: ['request', 'questions', index],
          params: {
            question: { kind: 'question', id: question.id, title: question.text },
            count: anonymous.length,
            needed: minimum - anonymous.length,
            minimum,
          },
        }),
      );
    }
    return {
      questionId: question.id,
      question: question.text,
      anonymous: shown ? anonymous : [],
      withheld: shown ? 0 : anonymous.length,
      signed: signedOf(counted),
    };
  });
  const summary: FeedbackSummary = { requestId: request.id, viewer, minimumAnonymous: minimum, questions };
  return ok(deepFreeze(summary), sortFindings(findings));
}
