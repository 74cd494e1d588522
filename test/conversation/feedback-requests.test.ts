// Colleague feedback collected inside the conversation: a side asks colleagues (`requestFeedback`),
// their answers come in (`receiveFeedbackAnswer`) and are the employee's to see first, as a summary
// that never shows one or two answers without a name; the employee shares it (`shareFeedback` with
// `requestId`) and only then does the manager see it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import {
  createConversation,
  eventsVisibleTo,
  findingMessage,
  redact,
  redactPatches,
  replay,
  transition,
  viewFor,
} from '../../src/index.js';
import { developmentInput } from './fixtures.js';

const asked = '2027-02-20T09:00:00+01:00';
const due = '2027-03-05T17:00:00+01:00';
const request: ConversationEventInput = {
  type: 'requestFeedback',
  at: asked,
  by: 'manager',
  request: {
    id: 'fb-1',
    colleagues: [
      { id: 'col-1', name: 'Noor Bakker' },
      { id: 'col-2', name: 'Joost Peters' },
      { id: 'col-3', name: 'Lisa de Wit', role: 'Collega klantcontact' },
      { id: 'col-4', name: 'Karim Aziz', role: 'Teamleider' },
    ],
    questions: [
      { id: 'q1', text: 'Waarin is Sanne op haar best?' },
      { id: 'q2', text: 'Wat zou Sanne vaker mogen doen?' },
    ],
    dueAt: due,
  },
};

const texts = {
  'col-1': 'Als ze een lastig overleg rustig leidt.',
  'col-2': 'Bij klanten die twijfelen.',
  'col-3': 'In haar uitleg aan nieuwe collega’s.',
  'col-4': 'Presenteren voor klanten.',
} as const;
type Colleague = keyof typeof texts;

const answer = (colleague: Colleague, questionId: string, minute: number, signed?: boolean): ConversationEventInput => ({
  type: 'receiveFeedbackAnswer',
  at: `2027-03-01T10:${String(minute).padStart(2, '0')}:00+01:00`,
  by: 'employee',
  requestId: 'fb-1',
  questionId,
  colleagueId: colleague,
  text: `${texts[colleague]} (${questionId})`,
  ...(signed === undefined ? {} : { signed }),
});

const shareCollected: ConversationEventInput = {
  type: 'shareFeedback',
  at: '2027-03-09T09:00:00+01:00',
  by: 'employee',
  requestId: 'fb-1',
};

const input = { ...developmentInput, participants: [{ id: 'mentor-2', name: 'Joost', role: 'mentor' as const }] };

function created(): Conversation {
  const made = createConversation(input);
  if (!made.ok) throw new Error('create');
  return made.value;
}

function run(events: readonly ConversationEventInput[]): Conversation {
  let state = created();
  for (const event of events) {
    const next = transition(state, event);
    if (!next.ok) throw new Error(`${event.type}: ${next.findings.map((f) => f.code).join(', ')}`);
    state = next.value.conversation;
  }
  return state;
}

const flow = [
  request,
  answer('col-1', 'q1', 0),
  answer('col-2', 'q1', 1),
  answer('col-3', 'q1', 2),
  answer('col-4', 'q2', 3, true),
  answer('col-1', 'q2', 4),
];

describe('colleague feedback collected in the preparation', () => {
  it('keeps the request with its answers, shows the employee the summary and the manager only the request', () => {
    const state = run(flow);
    const kept = state.preparation.feedbackRequests?.[0];
    expect(kept?.requestedBy).toBe('manager');
    expect(kept?.answers?.length).toBe(5);
    const employee = viewFor(state, { id: 'emp-1' });
    if (!employee.ok) throw new Error('view');
    const seen = employee.value.preparation.feedbackRequests?.[0];
    expect(seen && 'answers' in seen).toBe(false);
    expect(seen?.summary?.questions[0]?.anonymous.length).toBe(3);
    // One answer without a name to q2: held back; the signed one shows with the colleague's name.
    expect(seen?.summary?.questions[1]?.anonymous).toEqual([]);
    expect(seen?.summary?.questions[1]?.withheld).toBe(1);
    expect(seen?.summary?.questions[1]?.signed.map((s) => s.authorName)).toEqual(['Karim Aziz']);
    const manager = viewFor(state, { id: 'mgr-1' });
    if (!manager.ok) throw new Error('view');
    expect(manager.value.preparation.feedbackRequests?.[0]?.colleagues.length).toBe(4);
    expect(manager.value.preparation.feedbackRequests?.[0]?.summary).toBeUndefined();
    expect(manager.value.preparation.feedback).toBeUndefined();
    const json = JSON.stringify(manager.value);
    for (const text of Object.values(texts)) expect(json).not.toContain(text);
  });

  it('reaches the manager once the employee shares it, as the summary the employee saw', () => {
    const before = run(flow);
    const shared = transition(before, shareCollected);
    expect(shared.ok).toBe(true);
    if (!shared.ok) return;
    const hint = shared.findings.find((f) => f.code === 'feedback.anonymity.tooFew');
    expect(hint && findingMessage(hint, 'nl')).toBe(
      'Op de vraag ‘Wat zou Sanne vaker mogen doen?’ is 1 antwoord zonder naam binnen. Antwoorden zonder naam worden pas getoond vanaf 3 antwoorden, zodat niemand te herleiden is: er zijn er nog 2 nodig.',
    );
    const manager = viewFor(shared.value.conversation, { id: 'mgr-1' });
    const summary = manager.ok ? manager.value.preparation.feedback?.summary : undefined;
    const employee = viewFor(before, { id: 'emp-1' });
    expect(summary).toEqual(employee.ok ? employee.value.preparation.feedbackRequests?.[0]?.summary : 'no view');
    expect(summary?.questions[0]?.anonymous.length).toBe(3);
    expect(JSON.stringify(summary)).not.toContain('col-1');
  });

  it('shows nothing without a name with two anonymous answers, to the employee nor once shared', () => {
    const state = run([request, answer('col-1', 'q1', 0), answer('col-2', 'q1', 1), shareCollected]);
    const summary = state.preparation.feedback?.summary;
    expect(summary?.questions[0]?.anonymous).toEqual([]);
    expect(summary?.questions[0]?.withheld).toBe(2);
    const employee = viewFor(state, { id: 'emp-1' });
    expect(employee.ok && employee.value.preparation.feedbackRequests?.[0]?.summary?.questions[0]?.anonymous).toEqual([]);
    const manager = JSON.stringify(viewFor(state, { id: 'mgr-1' }));
    expect(manager).not.toContain(texts['col-1']);
    expect(manager).not.toContain(texts['col-2']);
  });

  it('keeps the answer events from everyone’s event log: they name who wrote them', () => {
    const log = { input, events: [...flow, shareCollected] };
    for (const id of ['emp-1', 'mgr-1']) {
      const seen = eventsVisibleTo(log, { id });
      expect(seen.ok && seen.value.map((v) => v.event.type)).toEqual(['requestFeedback', 'shareFeedback']);
    }
  });

  it('refuses what does not fit the request, and says so in words', () => {
    const state = run([request]);
    const codes = (event: ConversationEventInput) => transition(state, event).findings.map((f) => f.code);
    expect(codes({ ...answer('col-1', 'q1', 0), requestId: 'fb-2' } as ConversationEventInput)).toEqual([
      'conversation.feedback.unknownRequest',
    ]);
    expect(codes(answer('col-1', 'q9', 0))).toEqual(['conversation.feedback.unknownQuestion']);
    expect(codes({ ...answer('col-1', 'q1', 0), colleagueId: 'col-9' } as ConversationEventInput)).toEqual([
      'conversation.feedback.notAsked',
    ]);
    expect(codes({ ...answer('col-1', 'q1', 0), by: 'manager' } as ConversationEventInput)).toEqual(['conversation.permission.denied']);
    expect(codes(request)).toEqual(['conversation.feedback.requestExists']);
    expect(codes(shareCollected)).toEqual(['conversation.feedback.noAnswers']);
    expect(codes({ type: 'shareFeedback', at: asked, by: 'employee' })).toEqual(['conversation.feedback.summaryOrRequest']);
    const asking = (request as ConversationEventInput & { type: 'requestFeedback' }).request;
    const self: ConversationEventInput = {
      ...request,
      type: 'requestFeedback',
      request: { ...asking, id: 'fb-2', colleagues: [{ id: 'emp-1', name: 'Sanne' }] },
    };
    const refused = transition(state, self);
    expect(refused.findings.map((f) => f.code)).toEqual(['conversation.feedback.employeeAsked']);
    expect(findingMessage(refused.findings[0]!, 'en')).toBe(
      'The employee is among the colleagues asked. Feedback is asked of others; the employee’s own view belongs in the preparation.',
    );
    const late = transition(state, { ...answer('col-1', 'q1', 0), at: '2027-03-06T09:00:00+01:00' } as ConversationEventInput);
    expect(late.ok).toBe(true);
    expect(late.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'Dit antwoord kwam binnen na de gevraagde datum (5 maart 2027). Het telt gewoon mee.',
    ]);
  });

  it('leaves no question or answer in the patches a host keeps, once erased', () => {
    let state = created();
    const patches = [];
    for (const event of flow) {
      const next = transition(state, event, { patches: true });
      if (!next.ok) throw new Error(event.type);
      patches.push(...(next.value.patches ?? []));
      state = next.value.conversation;
    }
    expect(JSON.stringify(patches)).toContain(texts['col-2']);
    const scrubbed = JSON.stringify(redactPatches(patches));
    for (const text of [...Object.values(texts), 'Waarin is Sanne op haar best?']) expect(scrubbed).not.toContain(text);
    expect(scrubbed).toContain('Karim Aziz');
  });

  it('refuses the 51st request with the limit, never a state the schema refuses', () => {
    const asking = (request as ConversationEventInput & { type: 'requestFeedback' }).request;
    const many = Array.from(
      { length: 50 },
      (_, i): ConversationEventInput => ({ ...request, type: 'requestFeedback', request: { ...asking, id: `fb-${i + 1}` } }),
    );
    const state = run(many);
    const refused = transition(state, { ...request, type: 'requestFeedback', request: { ...asking, id: 'fb-51' } });
    expect(refused.findings.map((f) => f.code)).toEqual(['conversation.limit.reached']);
    expect(findingMessage(refused.findings[0]!, 'nl')).toBe(
      'Het gesprek heeft het maximum van 50 feedbackverzoeken bereikt; er kan er geen meer bij.',
    );
  });

  it('keeps the latest answer of a colleague to a question', () => {
    const again = { ...answer('col-1', 'q1', 5), text: 'Eigenlijk: als ze doorvraagt.' } as ConversationEventInput;
    const state = run([request, answer('col-1', 'q1', 0), again]);
    expect(state.preparation.feedbackRequests?.[0]?.answers?.map((a) => a.text)).toEqual(['Eigenlijk: als ze doorvraagt.']);
  });

  it('erases the questions and the answers with the preparation, and the summary made of them with the answers', () => {
    const state = run([...flow, shareCollected]);
    const mark = { by: 'dpo', at: '2029-05-01T09:00:00+02:00', reason: 'erasureRequest' as const };
    const preparation = redact(state, { ...mark, target: { kind: 'preparation' } });
    const json = JSON.stringify(preparation.ok && preparation.value);
    for (const text of [...Object.values(texts), 'Waarin is Sanne op haar best?']) expect(json).not.toContain(text);
    const answers = redact(state, { ...mark, target: { kind: 'feedbackAnswers', requestId: 'fb-1' } });
    if (!answers.ok) throw new Error('redact');
    expect(JSON.stringify(answers.value)).not.toContain(texts['col-3']);
    expect(answers.value.erasures?.map((e) => e.text.kind)).toEqual(['feedback', 'feedbackAnswers']);
    // The request itself stays.
    expect(answers.value.preparation.feedbackRequests?.[0]?.questions[0]?.text).toBe('Waarin is Sanne op haar best?');
  });
});

describe('colleague feedback collected: properties', () => {
  const answers = fc.uniqueArray(
    fc.record({
      colleague: fc.constantFrom<Colleague>('col-1', 'col-2', 'col-3', 'col-4'),
      question: fc.constantFrom('q1', 'q2'),
      signed: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 8, selector: (a) => `${a.colleague}/${a.question}` },
  );
  const events = (given: readonly { colleague: Colleague; question: string; signed: boolean | undefined }[]) =>
    given.map((a, index) => answer(a.colleague, a.question, index, a.signed));

  it('never shows the manager an answer the employee did not share, in the view or the log, in any order (fast-check)', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), (given, share) => {
        const log = {
          input,
          events: [request, ...events(given), ...(share && given.length > 0 ? [shareCollected] : [])],
        };
        const state = run(log.events);
        const view = JSON.stringify(viewFor(state, { id: 'mgr-1' }));
        const seen = JSON.stringify(eventsVisibleTo(log, { id: 'mgr-1' }));
        const shown = new Set(
          (state.preparation.feedback?.summary.questions ?? []).flatMap((q) => [...q.anonymous, ...q.signed.map((s) => s.text)]),
        );
        // A mentor, with whom nothing was shared, sees neither the questions nor the answers.
        const mentor = JSON.stringify([viewFor(state, { id: 'mentor-2' }), eventsVisibleTo(log, { id: 'mentor-2' })]);
        expect(mentor).not.toContain('Waarin is Sanne op haar best?');
        for (const a of given) {
          const text = `${texts[a.colleague]} (${a.question})`;
          expect(seen).not.toContain(text);
          expect(mentor).not.toContain(text);
          if (!shown.has(text)) expect(view).not.toContain(text);
        }
        // Without a name, never one or two.
        for (const q of state.preparation.feedback?.summary.questions ?? [])
          expect(q.anonymous.length === 0 || q.anonymous.length >= 3).toBe(true);
      }),
    );
  });

  it('replays a log to the state its events made one by one (fast-check)', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const log = [request, ...events(given), ...(given.length > 0 ? [shareCollected] : [])];
        const replayed = replay(log, { input });
        expect(replayed.ok && replayed.value).toEqual(run(log));
      }),
    );
  });

  it('erases the same in the log as in the state: a replay of the erased log gives the erased state (fast-check)', () => {
    const targets = fc.constantFrom(
      { kind: 'preparation' as const },
      { kind: 'feedbackAnswers' as const, requestId: 'fb-1' },
      { kind: 'feedbackRequest' as const, id: 'fb-1' },
      { kind: 'feedback' as const },
      { kind: 'everything' as const },
    );
    fc.assert(
      fc.property(
        answers.filter((a) => a.length > 0),
        targets,
        (given, target) => {
          const events = [request, ...given.map((a, i) => answer(a.colleague, a.question, i, a.signed)), shareCollected];
          const mark = { by: 'dpo', at: '2029-05-01T09:00:00+02:00', reason: 'retention' as const, target };
          const state = redact(run(events), mark);
          const log = redact({ input, events }, mark);
          if (!state.ok || !log.ok) throw new Error('redact');
          const replayed = replay(log.value.events, { input: log.value.input });
          const { version: _v, updatedAt: _u, ...fromLog } = replayed.ok ? replayed.value : ({} as Conversation);
          const { version: _w, updatedAt: _x, ...fromState } = state.value;
          expect(fromLog).toEqual(fromState);
        },
      ),
    );
  });
});
