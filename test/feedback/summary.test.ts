// Colleague feedback (360°-light): what the employee and the manager see, and what they never see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeedbackAnswer, FeedbackRequest, SummariseFeedbackInput } from '../../src/index.js';
import { summariseFeedback } from '../../src/index.js';
import { msg } from '../finding-text.js';

const request: FeedbackRequest = {
  id: 'fb-2027-sanne',
  employeeId: 'emp-1',
  colleagueIds: ['col-1', 'col-2', 'col-3', 'col-4', 'col-5'],
  questions: [
    { id: 'q1', text: 'Waarin ben ik op mijn best, volgens jou?' },
    { id: 'q2', text: 'Wat zou ik vaker mogen doen?' },
  ],
  askedAt: '2027-02-20T09:00:00+01:00',
};
const at = (day: number) => `2027-02-${String(day).padStart(2, '0')}T16:00:00+01:00`;
const answer = (questionId: string, authorId: string, text: string, extra: Partial<FeedbackAnswer> = {}): FeedbackAnswer => ({
  questionId,
  authorId,
  text,
  at: at(24),
  ...extra,
});

function summary(input: Partial<SummariseFeedbackInput> & { answers: readonly FeedbackAnswer[] }) {
  const result = summariseFeedback({ request, viewer: 'employee', seed: 'fb-2027-sanne', ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

describe('summariseFeedback: anonymity from three answers on', () => {
  it('holds back two unsigned answers and says how many more are needed, in the words of an HR adviser', () => {
    const result = summary({
      answers: [answer('q1', 'col-1', 'Bij klanten die twijfelen.'), answer('q1', 'col-2', 'In je uitleg aan nieuwe collega’s.')],
    });
    const q1 = result.value.questions[0];
    expect(q1?.anonymous).toEqual([]);
    expect(q1?.withheld).toBe(2);
    const hint = result.findings.find((f) => f.code === 'feedback.anonymity.tooFew');
    expect(hint?.severity).toBe('info');
    expect([hint?.path, hint?.params]).toEqual([
      ['request', 'questions', 0],
      { question: { kind: 'question', id: 'q1', title: 'Waarin ben ik op mijn best, volgens jou?' }, count: 2, needed: 1, minimum: 3 },
    ]);
    expect(msg(hint, 'nl')).toBe(
      'Op de vraag ‘Waarin ben ik op mijn best, volgens jou?’ zijn 2 antwoorden zonder naam binnen. Antwoorden zonder naam worden pas getoond vanaf 3 antwoorden, zodat niemand te herleiden is: er is er nog 1 nodig.',
    );
    expect(msg(hint, 'en')).toBe(
      'The question “Waarin ben ik op mijn best, volgens jou?” has 2 answers without a name so far. Answers without a name are shown only from 3 answers on, so that nobody can be identified: 1 more is needed.',
    );
    // No answers at all: nothing held back, nothing to say.
    expect(result.value.questions[1]).toEqual({
      questionId: 'q2',
      question: 'Wat zou ik vaker mogen doen?',
      anonymous: [],
      withheld: 0,
      signed: [],
    });
  });

  it('shows three unsigned answers without names, and a signed one with its name whatever the count', () => {
    const result = summary({
      answers: [
        answer('q1', 'col-1', 'Als je een lastig overleg rustig leidt.'),
        answer('q1', 'col-2', 'Bij klanten die twijfelen.'),
        answer('q1', 'col-3', 'In je uitleg aan nieuwe collega’s.'),
        answer('q2', 'col-4', 'Presenteren.', { signed: true, authorName: 'Ahmed' }),
      ],
    });
    const [q1, q2] = result.value.questions;
    expect([...(q1?.anonymous ?? [])].sort()).toEqual([
      'Als je een lastig overleg rustig leidt.',
      'Bij klanten die twijfelen.',
      'In je uitleg aan nieuwe collega’s.',
    ]);
    expect(q1?.withheld).toBe(0);
    expect(q2?.signed).toEqual([{ authorId: 'col-4', authorName: 'Ahmed', text: 'Presenteren.' }]);
    expect(result.findings).toEqual([]);
  });

  it('counts each colleague once per question (their latest answer), so one colleague cannot open the view', () => {
    const result = summary({
      answers: [
        answer('q1', 'col-1', 'Eerste gedachte.', { at: at(21) }),
        answer('q1', 'col-1', 'Tweede gedachte.', { at: at(22) }),
        answer('q1', 'col-1', 'Wat ik echt bedoel.', { at: at(23) }),
      ],
    });
    expect(result.value.questions[0]?.anonymous).toEqual([]);
    expect(result.value.questions[0]?.withheld).toBe(1);
  });

  it('chooses between two answers given at the same moment by the same colleague whatever their order', () => {
    const unsigned = answer('q1', 'col-1', 'Bij klanten.');
    const signed = answer('q1', 'col-1', 'Bij klanten.', { signed: true, authorName: 'Noor' });
    const one = summary({ answers: [unsigned, signed] });
    const other = summary({ answers: [signed, unsigned] });
    expect(JSON.stringify(other)).toBe(JSON.stringify(one));
    expect(one.value.questions[0]?.signed.map((s) => s.authorName)).toEqual(['Noor']);
  });

  it('between two signed answers at the same moment with the same text, keeps the one whose name sorts last, whatever their order', () => {
    const named = answer('q1', 'col-1', 'Bij klanten.', { signed: true, authorName: 'Noor' });
    const unnamed = answer('q1', 'col-1', 'Bij klanten.', { signed: true });
    for (const answers of [
      [named, unnamed],
      [unnamed, named],
    ]) {
      expect(summary({ answers }).value.questions[0]?.signed).toEqual([{ authorId: 'col-1', authorName: 'Noor', text: 'Bij klanten.' }]);
    }
  });

  it('gives a signed answer without a name no name key at all', () => {
    const view = summary({ answers: [answer('q1', 'col-1', 'Bij klanten.', { signed: true })] });
    const signed = view.value.questions[0]?.signed[0] as object;
    expect(signed).toEqual({ authorId: 'col-1', text: 'Bij klanten.' });
    expect('authorName' in signed).toBe(false);
  });

  it('refuses a request that asks one colleague twice or repeats a question id', () => {
    const twice = summariseFeedback({
      request: { ...request, colleagueIds: ['col-1', 'col-1', 'col-2'] },
      answers: [],
      viewer: 'employee',
      seed: 1,
    });
    expect(twice.ok).toBe(false);
    const repeated = summariseFeedback({
      request: { ...request, questions: [request.questions[0], request.questions[0]] as never },
      answers: [],
      viewer: 'employee',
      seed: 1,
    });
    expect(repeated.ok).toBe(false);
  });

  it('lets the seed and the question decide the order: some seeds order the same answers differently', () => {
    const answers = ['Aa.', 'Bb.', 'Cc.', 'Dd.', 'Ee.'].map((text, index) => answer('q1', `col-${index + 1}`, text));
    const orders = new Set(
      Array.from({ length: 12 }, (_, seed) => JSON.stringify(summary({ answers, seed }).value.questions[0]?.anonymous)),
    );
    expect(orders.size).toBeGreaterThan(1);
    // The same answers to the other question come in another order under the same seed, for some seed.
    const toQ2 = answers.map((a) => ({ ...a, questionId: 'q2' }));
    const differs = Array.from({ length: 12 }, (_, seed) => {
      const view = summary({ answers: [...answers, ...toQ2], seed }).value.questions;
      return JSON.stringify(view[0]?.anonymous) !== JSON.stringify(view[1]?.anonymous);
    });
    expect(differs.some(Boolean)).toBe(true);
  });

  it('leaves out answers from the employee, from people not asked and to questions not asked, and says how many', () => {
    const result = summary({
      answers: [
        answer('q1', 'emp-1', 'Ik ben goed in plannen.'),
        answer('q1', 'stranger', 'Geen idee.'),
        answer('q9', 'col-1', 'Over iets anders.'),
        answer('q1', 'col-1', 'Bij klanten.'),
        answer('q1', 'col-2', 'In overleg.'),
        answer('q1', 'col-3', 'Bij nieuwe collega’s.'),
      ],
    });
    expect(result.value.questions[0]?.anonymous.length).toBe(3);
    // Each exclusion is counted and points at the answers, so a host can show it beside the list.
    expect(result.findings.map((f) => [f.code, f.path, f.params]).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual([
      ['feedback.answers.byEmployee', ['answers'], { count: 1 }],
      ['feedback.answers.notAsked', ['answers'], { count: 1 }],
      ['feedback.answers.unknownQuestion', ['answers'], { count: 1 }],
    ]);
    expect(
      msg(
        result.findings.find((f) => f.code === 'feedback.answers.notAsked'),
        'nl',
      ),
    ).toBe('1 antwoord komt van iemand die niet om feedback is gevraagd; dat telt niet mee.');
  });

  it('shows the manager nothing until the employee shares, then the same view', () => {
    const answers = [answer('q1', 'col-1', 'Bij klanten.'), answer('q1', 'col-2', 'In overleg.'), answer('q1', 'col-3', 'Uitleg.')];
    const refused = summariseFeedback({ request, answers, viewer: 'manager', seed: 1 });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => [f.code, f.path])).toEqual([['feedback.view.notShared', ['viewer']]]);
    expect(msg(refused.findings[0], 'nl')).toBe(
      'De medewerker heeft de feedback van collega’s nog niet gedeeld. De medewerker ziet de antwoorden eerst en beslist zelf of de leidinggevende ze te zien krijgt.',
    );
    const shared = summariseFeedback({ request: { ...request, sharedWithManager: true }, answers, viewer: 'manager', seed: 1 });
    const own = summariseFeedback({ request, answers, viewer: 'employee', seed: 1 });
    expect(shared.ok && own.ok && shared.value.questions).toEqual(own.ok && own.value.questions);
  });

  it('lets the host ask for more than three, never fewer', () => {
    const answers = [answer('q1', 'col-1', 'A.'), answer('q1', 'col-2', 'B.'), answer('q1', 'col-3', 'C.')];
    expect(summary({ answers, minimumAnonymous: 4 }).value.questions[0]?.anonymous).toEqual([]);
    expect(summariseFeedback({ request, answers, viewer: 'employee', seed: 1, minimumAnonymous: 2 }).ok).toBe(false);
  });
});

// Colleagues' ids use letters the answers' texts never contain, so an id in the view can only come from an author.
const colleagueIds = ['col-1', 'col-2', 'col-3', 'col-4', 'col-5', 'col-6'];
const answerArb = fc.record({
  questionId: fc.constantFrom('q1', 'q2'),
  authorId: fc.constantFrom(...colleagueIds),
  text: fc.stringMatching(/^[A-Z][a-z .]{0,20}$/),
  signed: fc.boolean(),
  at: fc.integer({ min: 21, max: 27 }).map(at),
});
const requestFor: FeedbackRequest = { ...request, colleagueIds };
// Few texts and moments: the same colleague often answers the same question twice at the same moment.
const crowdedAnswerArb = fc.record({
  questionId: fc.constantFrom('q1', 'q2'),
  authorId: fc.constantFrom(...colleagueIds.slice(0, 4)),
  text: fc.constantFrom('Aa.', 'Bb.'),
  signed: fc.boolean(),
  authorName: fc.constantFrom('Noor', 'Sem'),
  at: fc.integer({ min: 21, max: 22 }).map(at),
});

describe('summariseFeedback: properties', () => {
  it('never shows an unsigned answer to a question fewer than three colleagues answered unsigned', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 14 }), fc.string(), (answers, seed) => {
        const result = summariseFeedback({ request: requestFor, answers, viewer: 'employee', seed });
        if (!result.ok) throw new Error(JSON.stringify(result.findings));
        for (const question of result.value.questions) {
          // The latest answer of each colleague decides whether they answered unsigned.
          const latest = new Map<string, (typeof answers)[number]>();
          for (const a of answers.filter((a) => a.questionId === question.questionId)) {
            const before = latest.get(a.authorId);
            if (before === undefined || a.at > before.at || (a.at === before.at && a.text >= before.text)) latest.set(a.authorId, a);
          }
          const unsigned = [...latest.values()].filter((a) => !a.signed);
          if (unsigned.length < 3) {
            expect(question.anonymous).toEqual([]);
            expect(question.withheld).toBe(unsigned.length);
          } else {
            expect([...question.anonymous].sort()).toEqual(unsigned.map((a) => a.text.trim()).sort());
          }
          // Every signed answer is shown, with its author.
          expect(question.signed.map((s) => s.authorId).sort()).toEqual(
            [...latest.values()]
              .filter((a) => a.signed)
              .map((a) => a.authorId)
              .sort(),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same view, to the byte, whatever order the answers arrive in', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.array(answerArb, { maxLength: 14 }), fc.array(crowdedAnswerArb, { maxLength: 14 }))
          .chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length }))),
        fc.string(),
        ([answers, shuffled], seed) => {
          const a = summariseFeedback({ request: requestFor, answers, viewer: 'employee', seed });
          const b = summariseFeedback({ request: requestFor, answers: shuffled, viewer: 'employee', seed });
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names no author of an unsigned answer anywhere in the view or its findings', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 14 }), fc.string(), (answers, seed) => {
        const result = summariseFeedback({ request: requestFor, answers, viewer: 'employee', seed });
        if (!result.ok) throw new Error('summary');
        const signedAuthors = new Set(result.value.questions.flatMap((q) => q.signed.map((s) => s.authorId)));
        const anonymousView = JSON.stringify({
          questions: result.value.questions.map((q) => ({ anonymous: q.anonymous, withheld: q.withheld })),
          findings: result.findings,
        });
        for (const id of colleagueIds) expect(anonymousView.includes(id)).toBe(false);
        // And an id in the whole view belongs to someone who signed.
        const whole = JSON.stringify(result);
        for (const id of colleagueIds) if (whole.includes(id)) expect(signedAuthors.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('orders anonymous answers by the seed alone: the same seed the same order, and not by author', () => {
    const texts = ['Aa.', 'Bb.', 'Cc.', 'Dd.', 'Ee.'];
    fc.assert(
      fc.property(fc.shuffledSubarray(colleagueIds.slice(0, 5), { minLength: 5 }), fc.string(), (authors, seed) => {
        // The same texts written by a different assignment of colleagues: the view cannot tell.
        const one = authors.map((authorId, index) => answer('q1', authorId, texts[index] as string));
        const other = colleagueIds.slice(0, 5).map((authorId, index) => answer('q1', authorId, texts[index] as string));
        const a = summariseFeedback({ request: requestFor, answers: one, viewer: 'employee', seed });
        const b = summariseFeedback({ request: requestFor, answers: other, viewer: 'employee', seed });
        expect(a.ok && a.value.questions[0]?.anonymous).toEqual(b.ok && b.value.questions[0]?.anonymous);
      }),
      { numRuns: 100 },
    );
  });
});
