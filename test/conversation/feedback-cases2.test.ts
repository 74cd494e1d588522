// Colleague feedback worked out further: the fifty-first request, a request kept as it was asked (and
// erased), answers to the second of two requests, a host that lets the manager send the employee's
// feedback events, and where a share's refusals and hints point.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { transition } from '../../src/index.js';
import { answer, created, requestTo } from './feedback-events.js';
import { moved, refusal } from './outcomes.js';

// Joost has a role, Noor none.
const request = (id: string, extra: object = {}): ConversationEventInput =>
  requestTo(
    [
      { id: 'col-1', name: 'Noor Bakker' },
      { id: 'col-2', name: 'Joost Peters', role: 'Teamleider' },
    ],
    id,
    extra,
  );

const share = (extra: object) =>
  ({ type: 'shareFeedback', at: '2027-03-07T09:00:00+01:00', by: 'employee', ...extra }) as ConversationEventInput;

const apply = (state: Conversation, events: ConversationEventInput[]) => events.reduce((s, event) => moved(transition(s, event)), state);

describe('a request as it is kept', () => {
  it('keeps no key for what the request and a colleague do not say', () => {
    const asked = apply(created(), [request('fb-1')]);
    const [record] = asked.preparation.feedbackRequests ?? [];
    expect(Object.keys(record ?? {})).toEqual(['id', 'colleagues', 'questions', 'requestedBy', 'at']);
    expect(record?.colleagues.map((colleague) => Object.keys(colleague))).toEqual([
      ['id', 'name'],
      ['id', 'name', 'role'],
    ]);
  });

  it('keeps the questions of an erased request as `[…]`', () => {
    const erased = { at: '2027-04-01T09:00:00+02:00', by: 'hr-1', reason: 'erasureRequest' };
    const asked = apply(created(), [{ ...request('fb-1'), erased } as ConversationEventInput]);
    expect(asked.preparation.feedbackRequests?.[0]?.questions).toEqual([{ id: 'q1', text: '[…]' }]);
  });

  it('refuses the fifty-first request under the request, with the limit', () => {
    const fifty = apply(
      created(),
      Array.from({ length: 50 }, (_, i) => request(`fb-${i}`)),
    );
    expect(refusal(transition(fifty, request('fb-50')))).toEqual([
      ['conversation.limit.reached', ['request'], { list: 'feedbackRequests', maximum: 50 }],
    ]);
  });
});

describe('answers to two requests', () => {
  it('puts an answer with the request it answers, in one key order, and leaves the other request as it was', () => {
    const state = apply(created(), [request('fb-1'), request('fb-2'), answer({ requestId: 'fb-2' })]);
    const [first, second] = state.preparation.feedbackRequests ?? [];
    expect(first?.answers).toBeUndefined();
    expect(second?.answers?.map((a) => Object.keys(a))).toEqual([['questionId', 'colleagueId', 'text', 'at']]);
  });
});

describe('a host that lets the manager send the employee’s feedback events', () => {
  const permissions = { events: { receiveFeedbackAnswer: ['employee', 'manager'], shareFeedback: ['employee', 'manager'] } };

  it('still takes answers and shares from the employee only, naming the side that tried', () => {
    const asked = apply(created({ permissions }), [request('fb-1'), answer()]);
    expect(refusal(transition(asked, answer({ by: 'manager' })))).toEqual([
      ['conversation.feedback.employeeReceives', ['by'], { side: 'manager' }],
    ]);
    expect(refusal(transition(asked, share({ by: 'manager', requestId: 'fb-1' })))).toEqual([
      ['conversation.feedback.employeeShares', ['by'], { side: 'manager' }],
    ]);
  });
});

describe('where a share’s refusals and hints point', () => {
  const answered = () => apply(created(), [request('fb-1'), answer()]);

  it('says the summary needs the employee’s own view under its viewer', () => {
    const asked = answered();
    const made = transition(asked, share({ requestId: 'fb-1' }));
    const summary = moved(made).preparation.feedback?.summary;
    expect(refusal(transition(asked, share({ feedback: { ...summary, viewer: 'manager' } })))).toEqual([
      ['conversation.feedback.notEmployeeView', ['feedback', 'viewer'], {}],
    ]);
  });

  it('puts the hint of too few answers without a name at the request shared', () => {
    const made = transition(answered(), share({ requestId: 'fb-1' }));
    expect(made.findings.map((f) => [f.code, f.path])).toEqual([['feedback.anonymity.tooFew', ['requestId']]]);
  });

  it('refuses a share without a summary for that before its readers', () => {
    expect(refusal(transition(answered(), share({ sharedWith: ['hr-9'] })))).toEqual([
      ['conversation.feedback.summaryOrRequest', ['requestId'], {}],
    ]);
  });

  it('refuses readers who take no part, and keeps the readers chosen when the employee shares again', () => {
    expect(refusal(transition(answered(), share({ requestId: 'fb-1', sharedWith: ['hr-9'] })))).toEqual([
      ['conversation.visibility.unknownParticipant', ['sharedWith', 0], {}],
    ]);
    const first = apply(answered(), [share({ requestId: 'fb-1', visibility: 'private', sharedWith: ['mgr-1'] })]);
    expect([first.preparation.feedback?.visibility, first.preparation.feedback?.sharedWith]).toEqual(['private', ['mgr-1']]);
    const again = apply(first, [share({ requestId: 'fb-1', at: '2027-03-08T09:00:00+01:00' })]);
    expect([again.preparation.feedback?.visibility, again.preparation.feedback?.sharedWith]).toEqual(['private', ['mgr-1']]);
  });
});
