// Colleague feedback in the conversation: the employee shares the summary (`summariseFeedback`) into
// the preparation; it never holds an answer without a name among fewer than three, the manager cannot
// share it for the employee, and who sees it follows the privacy rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, FeedbackSummary } from '../../src/index.js';
import {
  createConversation,
  eventsVisibleTo,
  findingMessage,
  redact,
  redactPatches,
  summariseFeedback,
  transition,
  viewFor,
} from '../../src/index.js';
import { developmentInput } from './fixtures.js';

const at = '2027-03-09T09:00:00+01:00';
const answeredAt = '2027-02-24T16:00:00+01:00';
const request = {
  id: 'fb-2027-sanne',
  employeeId: 'emp-1',
  colleagueIds: ['col-1', 'col-2', 'col-3', 'col-4'],
  questions: [
    { id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' },
    { id: 'q2', text: 'Wat zou ik vaker mogen doen?' },
  ],
  askedAt: '2027-02-20T09:00:00+01:00',
};
const answers = [
  { questionId: 'q1', authorId: 'col-1', text: 'Als je een lastig overleg rustig leidt.', at: answeredAt },
  { questionId: 'q1', authorId: 'col-2', text: 'Bij klanten die twijfelen.', at: answeredAt },
  { questionId: 'q1', authorId: 'col-3', text: 'In je uitleg aan nieuwe collega’s.', at: answeredAt },
  { questionId: 'q2', authorId: 'col-2', text: 'Je mening geven in het teamoverleg.', at: answeredAt },
  { questionId: 'q2', authorId: 'col-4', authorName: 'Ahmed', text: 'Presenteren voor klanten.', signed: true, at: answeredAt },
];

function summary(): FeedbackSummary {
  const made = summariseFeedback({ request, answers, viewer: 'employee', seed: 'fb-2027-sanne' });
  if (!made.ok) throw new Error('summary');
  return made.value;
}

function created(): Conversation {
  const made = createConversation({ ...developmentInput, participants: [{ id: 'mentor-2', name: 'Joost', role: 'mentor' }] });
  if (!made.ok) throw new Error('create');
  return made.value;
}

const share = (feedback: FeedbackSummary, extra: Partial<ConversationEventInput> = {}) =>
  ({ type: 'shareFeedback', at, by: 'employee', feedback, ...extra }) as ConversationEventInput;

describe('colleague feedback shared into the preparation', () => {
  it('is kept as the employee shared it, seen by both sides and not by a mentor it is not shared with', () => {
    const shared = transition(created(), share(summary()));
    expect(shared.ok).toBe(true);
    if (!shared.ok) return;
    const state = shared.value.conversation;
    expect(state.preparation.feedback?.summary.questions[0]?.anonymous.length).toBe(3);
    expect(state.preparation.feedback?.summary.questions[1]?.withheld).toBe(1);
    const manager = viewFor(state, { id: 'mgr-1' });
    expect(manager.ok && manager.value.preparation.feedback?.summary.questions[1]?.signed[0]?.authorName).toBe('Ahmed');
    const mentor = viewFor(state, { id: 'mentor-2' });
    expect(mentor.ok && mentor.value.preparation.feedback).toBeUndefined();
    const withMentor = transition(state, { type: 'shareText', at, by: 'employee', text: { kind: 'feedback' }, sharedWith: ['mentor-2'] });
    const mentorNow = withMentor.ok ? viewFor(withMentor.value.conversation, { id: 'mentor-2' }) : withMentor;
    expect(mentorNow.ok && mentorNow.value.preparation.feedback?.summary.requestId).toBe('fb-2027-sanne');
  });

  it('stays the employee’s own when kept private: not in the manager’s view nor in their event log', () => {
    const shared = transition(created(), share(summary(), { visibility: 'private' }));
    if (!shared.ok) throw new Error('share');
    const manager = viewFor(shared.value.conversation, { id: 'mgr-1' });
    expect(manager.ok && manager.value.preparation.feedback).toBeUndefined();
    const log = { input: developmentInput, events: [share(summary(), { visibility: 'private' })] };
    const seen = eventsVisibleTo(log, { id: 'mgr-1' });
    expect(seen.ok && seen.value).toEqual([]);
  });

  it('is shared by the employee only, and only as the employee’s own view', () => {
    const byManager = transition(created(), share(summary(), { by: 'manager' }));
    expect(byManager.ok).toBe(false);
    expect(byManager.findings.map((f) => f.code)).toEqual(['conversation.permission.denied']);
    const opened = createConversation({
      ...developmentInput,
      template: undefined,
      permissions: { events: { shareFeedback: ['employee', 'manager'] } },
    });
    if (!opened.ok) throw new Error('create');
    const stillNot = transition(opened.value, share(summary(), { by: 'manager' }));
    expect(stillNot.findings.map((f) => f.code)).toEqual(['conversation.feedback.employeeShares']);
    expect(findingMessage(stillNot.findings[0]!, 'en')).toBe(
      'Only the employee shares feedback from colleagues: it was asked for the employee, who sees the answers first and decides what to share. Here the manager tried to.',
    );
    const managers = transition(created(), share({ ...summary(), viewer: 'manager' }));
    expect(managers.findings.map((f) => f.code)).toEqual(['conversation.feedback.notEmployeeView']);
  });

  it('refuses a summary that shows one or two answers without a name', () => {
    const made = summary();
    const leaky: FeedbackSummary = {
      ...made,
      questions: made.questions.map((question) =>
        question.questionId === 'q2' ? { ...question, anonymous: ['Je mening geven in het teamoverleg.'], withheld: 0 } : question,
      ),
    };
    const refused = transition(created(), share(leaky));
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => f.code)).toContain('feedback.summary.tooFewAnonymous');
  });

  it('is erased with its texts on request, and its patches carry no answer', () => {
    const shared = transition(created(), share(summary()), { patches: true });
    if (!shared.ok) throw new Error('share');
    const erased = redact(shared.value.conversation, {
      target: { kind: 'feedback' },
      by: 'dpo',
      at: '2029-05-01T09:00:00+02:00',
      reason: 'erasureRequest',
    });
    expect(erased.ok).toBe(true);
    if (!erased.ok) return;
    const question = erased.value.preparation.feedback?.summary.questions[0];
    expect(question?.anonymous.every((text) => text === '[…]')).toBe(true);
    expect(question?.question).toBe('[…]');
    const scrubbed = JSON.stringify(redactPatches(shared.value.patches ?? []));
    for (const answer of answers) expect(scrubbed).not.toContain(answer.text);
  });

  it('goes with the preparation when the preparation is erased, in the state and in the log alike', () => {
    const events = [
      { type: 'answerPreparation', at, by: 'employee', questionId: 'q1', answer: 'Ik wil meer klantcontact.' } as ConversationEventInput,
      share(summary()),
    ];
    const request = {
      target: { kind: 'preparation' as const },
      by: 'retention',
      at: '2028-04-01T09:00:00+02:00',
      reason: 'retention' as const,
    };
    const log = redact({ input: developmentInput, events }, request);
    expect(log.ok).toBe(true);
    if (!log.ok) return;
    const shared = log.value.events[1] as ConversationEventInput & { type: 'shareFeedback' };
    expect(shared.feedback?.questions.flatMap((q) => q.anonymous)).toEqual(['[…]', '[…]', '[…]']);
    expect(shared.erased?.reason).toBe('retention');
    const state = transition(created(), share(summary()));
    const erased = state.ok ? redact(state.value.conversation, request) : state;
    expect(erased.ok && erased.value.preparation.feedback?.summary.questions[1]?.signed[0]?.text).toBe('[…]');
  });

  it('never holds an answer without a name among fewer than the minimum, whatever the colleagues answered', () => {
    const answer = fc.record({
      questionId: fc.constantFrom('q1', 'q2'),
      authorId: fc.constantFrom('col-1', 'col-2', 'col-3', 'col-4'),
      text: fc.constantFrom('Rustig', 'Helder', 'Geduldig', 'Scherp'),
      signed: fc.boolean(),
      at: fc.constant(answeredAt),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), fc.string({ maxLength: 5 }), (given, seed) => {
        const made = summariseFeedback({ request, answers: given, viewer: 'employee', seed });
        if (!made.ok) return;
        const shared = transition(created(), share(made.value));
        expect(shared.ok).toBe(true);
        if (!shared.ok) return;
        for (const question of shared.value.conversation.preparation.feedback?.summary.questions ?? []) {
          expect(question.anonymous.length === 0 || question.anonymous.length >= 3).toBe(true);
        }
      }),
    );
  });
});
