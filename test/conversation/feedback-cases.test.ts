// Colleague feedback in the preparation, worked out case by case: what a request, an answer and a
// share refuse, and what they write.
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput } from '../../src/index.js';
import { transition } from '../../src/index.js';
import { answer, created, requestTo } from './feedback-events.js';
import { moved, refusal } from './outcomes.js';

// Noor has a role, Joost none.
const request = (id: string, extra: object = {}): ConversationEventInput =>
  requestTo(
    [
      { id: 'col-1', name: 'Noor Bakker', role: 'Collega' },
      { id: 'col-2', name: 'Joost Peters' },
    ],
    id,
    extra,
  );

describe('asking colleagues', () => {
  it('keeps the request in one key order, and refuses its id twice and the employee among the colleagues', () => {
    const asked = moved(transition(created(), request('fb-1', { dueAt: '2027-03-05T17:00:00+01:00', signed: true })));
    expect(JSON.stringify(asked.preparation.feedbackRequests)).toBe(
      JSON.stringify([
        {
          id: 'fb-1',
          colleagues: [
            { id: 'col-1', name: 'Noor Bakker', role: 'Collega' },
            { id: 'col-2', name: 'Joost Peters' },
          ],
          questions: [{ id: 'q1', text: 'Waarin is Sanne op haar best?' }],
          dueAt: '2027-03-05T17:00:00+01:00',
          signed: true,
          requestedBy: 'employee',
          at: '2027-02-20T09:00:00+01:00',
        },
      ]),
    );
    expect(refusal(transition(asked, request('fb-1')))).toEqual([['conversation.feedback.requestExists', ['request', 'id'], {}]]);
    const withEmployee = request('fb-2', {
      colleagues: [
        { id: 'col-1', name: 'Noor' },
        { id: 'emp-1', name: 'Sanne' },
      ],
    });
    expect(refusal(transition(asked, withEmployee))).toEqual([
      ['conversation.feedback.employeeAsked', ['request', 'colleagues', 1, 'id'], {}],
    ]);
    expect(moved(transition(asked, request('fb-2'))).preparation.feedbackRequests?.map((r) => r.id)).toEqual(['fb-1', 'fb-2']);
  });
});

describe('answers coming in', () => {
  const asked = () => moved(transition(created(), request('fb-1', { dueAt: '2027-03-05T17:00:00+01:00' })));

  it('takes an answer only for a request, question and colleague asked', () => {
    expect(refusal(transition(asked(), answer({ requestId: 'fb-9' })))).toEqual([
      ['conversation.feedback.unknownRequest', ['requestId'], {}],
    ]);
    expect(refusal(transition(asked(), answer({ questionId: 'q9' })))).toEqual([
      ['conversation.feedback.unknownQuestion', ['questionId'], {}],
    ]);
    expect(refusal(transition(asked(), answer({ colleagueId: 'col-9' })))).toEqual([
      ['conversation.feedback.notAsked', ['colleagueId'], {}],
    ]);
  });

  it('keeps one answer per colleague and question, the latest, and warns when it came after the due date', () => {
    const first = moved(transition(asked(), answer()));
    const second = moved(transition(first, answer({ colleagueId: 'col-2', text: 'Presenteren.' })));
    const late = transition(second, answer({ at: '2027-03-06T09:00:00+01:00', text: 'Rustig overleg leiden.', signed: true }));
    expect(late.findings.map((f) => [f.code, f.severity, f.path, f.params])).toEqual([
      ['conversation.feedback.afterDue', 'warning', ['at'], { due: '2027-03-05' }],
    ]);
    const answers = moved(late).preparation.feedbackRequests?.[0]?.answers ?? [];
    expect(answers.map((a) => JSON.stringify(a))).toEqual([
      JSON.stringify({
        questionId: 'q1',
        colleagueId: 'col-1',
        text: 'Rustig overleg leiden.',
        signed: true,
        at: '2027-03-06T09:00:00+01:00',
      }),
      JSON.stringify({ questionId: 'q1', colleagueId: 'col-2', text: 'Presenteren.', at: '2027-03-01T10:00:00+01:00' }),
    ]);
    expect(transition(asked(), answer({ at: '2027-03-05T17:00:00+01:00' })).findings).toEqual([]);
    expect(transition(moved(transition(created(), request('fb-1'))), answer({ at: '2030-01-01T09:00:00+01:00' })).findings).toEqual([]);
  });
});

describe('sharing', () => {
  it('refuses a share with both a summary and a request, or neither, and one of a request without answers', () => {
    const asked = moved(transition(created(), request('fb-1')));
    const share = (extra: object) =>
      ({ type: 'shareFeedback', at: '2027-03-07T09:00:00+01:00', by: 'employee', ...extra }) as ConversationEventInput;
    expect(refusal(transition(asked, share({})))).toEqual([['conversation.feedback.summaryOrRequest', ['requestId'], {}]]);
    expect(refusal(transition(asked, share({ requestId: 'fb-1' })))).toEqual([['conversation.feedback.noAnswers', ['requestId'], {}]]);
    expect(refusal(transition(asked, share({ requestId: 'fb-9' })))).toEqual([['conversation.feedback.unknownRequest', ['requestId'], {}]]);
    const answered = moved(transition(asked, answer({ signed: true })));
    const shared = moved(transition(answered, share({ requestId: 'fb-1' })));
    expect(shared.preparation.feedback?.at).toBe('2027-03-07T09:00:00+01:00');
    expect(JSON.stringify(shared.preparation.feedback?.summary)).toContain('Bij klanten die twijfelen.');
  });
});
