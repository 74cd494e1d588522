// Worked cases for erasure from a conversation state (redact-state.ts), on the development
// conversation of the conversation fixtures: two preparation answers (one per side), the purpose and
// the overarching goal, a note and a need of each side, an agreement and a support agreement both
// proposed by the employee, and the employee's evaluation. The properties of redact.test.ts compare a
// state with its log, which share the selection; these say by hand what each request selects.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { Conversation, ConversationEventInput, RedactRequest, RedactTarget } from '../../src/index.js';
import { createConversation, erasedText, redact, replay } from '../../src/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { input as privacyInput } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const brief = (f: Finding) => [f.code, f.severity, f.path, f.params];

const first = { at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest' as const };
const later = { at: '2030-01-02T09:00:00+01:00', by: 'retention-job', reason: 'retention' as const };
const request = (target: RedactTarget, mark: Omit<RedactRequest, 'target'> = first): RedactRequest => ({ target, ...mark });

const state: Conversation = value(replay(developmentEvents, { input: developmentInput }));
const noteIds = state.notes.map((note) => note.id as string);
const erasedCount = (findings: readonly Finding[]) => findings.find((f) => f.code === 'privacy.redact.erased')?.params['count'];

/** The words of each text of the fixture, to see which are gone. */
const words = {
  employeeAnswer: 'De migratie naar het nieuwe planningssysteem',
  managerAnswer: 'Sterke bijdrage aan de migratie',
  purpose: 'Mijn volgende stap richting klantcontact',
  goal: 'Over een jaar zelfstandig klantdemo',
  managerNote: 'Doel en agenda samen doorgenomen.',
  employeeNote: 'Reisverslag: migratie afgerond',
  employeeNeed: 'Beter presenteren voor klanten',
  managerNeed: 'Kennis van het nieuwe product',
  agreement: 'Ik geef voor 1 juni 2027 twee klantdemo',
  support: 'Ahmed plant twee keer een uur coaching',
  evaluation: 'Fijn dat ik zelf de oplossing mocht voorstellen.',
} as const;

const left = (conversation: Conversation) =>
  Object.entries(words)
    .filter(([, text]) => JSON.stringify(conversation).includes(text))
    .map(([name]) => name);

describe('redact a conversation state: what each request selects', () => {
  it('erases one person’s own texts: their answer, note, need and evaluation, not the joint agreements they proposed', () => {
    const employee = redact(state, request({ kind: 'person', id: 'emp-1' }));
    expect(left(value(employee))).toEqual(['managerAnswer', 'purpose', 'goal', 'managerNote', 'managerNeed', 'agreement', 'support']);
    expect(employee.findings.map(brief)).toStrictEqual([['privacy.redact.erased', 'info', [], { count: 4 }]]);
    const manager = redact(state, request({ kind: 'person', id: 'mgr-1' }));
    expect(left(value(manager))).toEqual([
      'employeeAnswer',
      'purpose',
      'goal',
      'employeeNote',
      'employeeNeed',
      'agreement',
      'support',
      'evaluation',
    ]);
    expect(erasedCount(manager.findings)).toBe(3);
  });

  it('erases the preparation’s answers of both sides, and the notes of both sides, and nothing else', () => {
    const preparation = redact(state, request({ kind: 'preparation' }));
    expect(left(value(preparation))).toEqual(Object.keys(words).filter((name) => !name.endsWith('Answer')));
    expect(preparation.findings.map(brief)).toStrictEqual([['privacy.redact.erased', 'info', [], { count: 2 }]]);
    const notes = redact(state, request({ kind: 'notes' }));
    expect(left(value(notes))).toEqual(Object.keys(words).filter((name) => !name.endsWith('Note')));
    expect(notes.findings.map(brief)).toStrictEqual([['privacy.redact.erased', 'info', [], { count: 2 }]]);
  });

  it('counts texts, not fields: the purpose with its goal is one, and everything is ten', () => {
    const purpose = redact(state, request({ kind: 'purpose' }));
    expect(left(value(purpose))).toEqual(Object.keys(words).filter((name) => name !== 'purpose' && name !== 'goal'));
    expect(value(purpose).purpose).toBe(erasedText);
    expect(value(purpose).overarchingGoal).toBe(erasedText);
    expect(erasedCount(purpose.findings)).toBe(1);
    const everything = redact(state, request({ kind: 'everything' }));
    expect(left(value(everything))).toEqual([]);
    expect(erasedCount(everything.findings)).toBe(10);
    // Only the fields a text has are erased: the needs had no why, ideas, moment or link, and still have none.
    expect(value(everything).needs.employee[0]).toStrictEqual({ ...state.needs.employee[0], text: erasedText });
    expect(value(everything).agreements[0]?.agreement).toStrictEqual({
      ...state.agreements[0]?.agreement,
      what: erasedText,
      measure: erasedText,
    });
  });

  it('answers a conversation that does not read with findings, never a throw', () => {
    const broken = redact({ ...state, phase: 'nowhere', notes: 'none' } as never, request({ kind: 'everything' }));
    expect(broken.ok).toBe(false);
    expect(broken.findings.length).toBeGreaterThan(0);
    expect(broken.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('says a person who wrote nothing here at the target’s id, and leaves the state as it was', () => {
    for (const id of ['hr-7', 'emp-2']) {
      const result = redact(state, request({ kind: 'person', id }));
      expect(result.findings.map(brief)).toStrictEqual([
        ['privacy.redact.unknownPerson', 'warning', ['request', 'target', 'id'], {}],
        ['privacy.redact.nothingToErase', 'info', [], {}],
      ]);
      expect(JSON.stringify(value(result))).toBe(JSON.stringify(state));
    }
  });

  it('refuses a text that is not there at the target, naming its kind, also a text only a plan has', () => {
    const missing: RedactTarget[] = [
      { kind: 'note', id: 'note-99' },
      { kind: 'need', id: 'n9' },
      { kind: 'agreement', id: 'a9' },
      { kind: 'preparationAnswer', side: 'manager', questionId: 'prep-1' },
      { kind: 'postponement' },
      { kind: 'cancellation' },
      { kind: 'previousNextTime' },
      { kind: 'goal', id: 'g-klant' },
      { kind: 'ambition', id: 'n1' },
      { kind: 'zienswijze' },
      { kind: 'nextConversation' },
    ];
    for (const target of missing) {
      const result = redact(state, request(target));
      expect(result.ok).toBe(false);
      expect(result.findings.map(brief)).toStrictEqual([
        ['privacy.redact.unknownText', 'error', ['request', 'target'], { text: target.kind }],
      ]);
    }
  });
});

describe('redact a conversation state: tombstones', () => {
  it('keeps the tombstones in one order, whatever order the texts were erased in', () => {
    let erased = state;
    for (const target of [
      { kind: 'note', id: noteIds[1] },
      { kind: 'evaluation' },
      { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' },
      { kind: 'agreement', id: 'a1' },
      { kind: 'need', id: 'n2' },
    ] as RedactTarget[]) {
      erased = value(redact(erased, request(target)));
    }
    expect(erased.erasures?.map((record) => record.text)).toStrictEqual([
      { kind: 'agreement', id: 'a1' },
      { kind: 'evaluation' },
      { kind: 'need', id: 'n2' },
      { kind: 'note', id: noteIds[1] },
      { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' },
    ]);
  });

  it('gives a text erased before its first tombstone, the new ones the new mark, and counts only the new', () => {
    const once = value(redact(state, request({ kind: 'notes' })));
    const again = redact(once, request({ kind: 'person', id: 'emp-1' }, later));
    const marks = new Map(value(again).erasures?.map((record) => [JSON.stringify(record.text), [record.at, record.by, record.reason]]));
    expect(marks.get(JSON.stringify({ kind: 'note', id: noteIds[1] }))).toEqual([first.at, first.by, first.reason]);
    expect(marks.get(JSON.stringify({ kind: 'note', id: noteIds[0] }))).toEqual([first.at, first.by, first.reason]);
    expect(marks.get(JSON.stringify({ kind: 'evaluation' }))).toEqual([later.at, later.by, later.reason]);
    expect(marks.get(JSON.stringify({ kind: 'need', id: 'n1' }))).toEqual([later.at, later.by, later.reason]);
    // The employee's answer, need and evaluation; the note was erased before.
    expect(erasedCount(again.findings)).toBe(3);
    expect(value(again).erasures).toHaveLength(5);
  });

  it('leaves an empty answer empty, with a tombstone for it and without counting it', () => {
    const empty = value(
      replay(
        [
          { type: 'answerPreparation', at: '2027-03-10T09:00:00+01:00', by: 'employee', questionId: 'prep-1', answer: '' },
          {
            type: 'answerPreparation',
            at: '2027-03-10T09:05:00+01:00',
            by: 'employee',
            questionId: 'prep-2',
            answer: 'Meer klantcontact.',
          },
        ],
        { input: developmentInput },
      ),
    );
    const erased = redact(empty, request({ kind: 'person', id: 'emp-1' }));
    expect(value(erased).preparation.employee.map((answer) => answer.answer)).toEqual(['', erasedText]);
    expect(value(erased).erasures?.map((record) => record.text)).toEqual([
      { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' },
      { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-2' },
    ]);
    expect(erasedCount(erased.findings)).toBe(1);
  });

  it('leaves no reference in a tombstone when the request gives none', () => {
    const erased = value(redact(state, request({ kind: 'evaluation' })));
    expect(Object.keys(erased.erasures?.[0] ?? {})).toEqual(['text', 'at', 'by', 'reason']);
  });
});

describe('redact a conversation state: the employee’s age', () => {
  const aged = value(createConversation({ ...privacyInput, employeeAge: { birthYear: 1979, on: '2027-03-15' } }));

  it('takes only the age when the request selects no text, and says neither erased nor nothing', () => {
    for (const target of [{ kind: 'everything' }, { kind: 'preparation' }, { kind: 'person', id: 'emp-1' }] as RedactTarget[]) {
      const result = redact(aged, request(target));
      expect('employeeAge' in value(result)).toBe(false);
      expect(result.findings).toEqual([]);
      expect(value(result).erasures ?? []).toEqual([]);
    }
  });

  it('keeps the age for the manager’s data, the notes, or a state that has none', () => {
    for (const target of [{ kind: 'person', id: 'mgr-1' }, { kind: 'notes' }] as RedactTarget[]) {
      const result = redact(aged, request(target));
      expect(value(result).employeeAge).toEqual({ birthYear: 1979, on: '2027-03-15' });
      expect(result.findings.map((f) => f.code)).toEqual(['privacy.redact.nothingToErase']);
    }
    const none = redact(value(createConversation(privacyInput)), request({ kind: 'everything' }));
    expect(none.findings.map((f) => f.code)).toEqual(['privacy.redact.nothingToErase']);
  });
});

describe('redact a conversation state: the summary of colleague feedback', () => {
  const colleagues = [
    { id: 'col-1', name: 'Noor Bakker' },
    { id: 'col-2', name: 'Joost Peters' },
    { id: 'col-3', name: 'Lisa de Wit' },
  ];
  const ask = (id: string, question: string): ConversationEventInput => ({
    type: 'requestFeedback',
    at: '2027-02-20T09:00:00+01:00',
    by: 'manager',
    request: { id, colleagues, questions: [{ id: 'q1', text: question }], dueAt: '2027-03-05T17:00:00+01:00' },
  });
  const answers = ['Als ze een lastig overleg rustig leidt.', 'Bij klanten die twijfelen.', 'In haar uitleg aan nieuwe collega’s.'];
  const answered: ConversationEventInput[] = answers.map((text, i) => ({
    type: 'receiveFeedbackAnswer',
    at: `2027-03-01T10:0${i}:00+01:00`,
    by: 'employee',
    requestId: 'fb-1',
    questionId: 'q1',
    colleagueId: colleagues[i]?.id ?? '',
    text,
  }));
  const answer: ConversationEventInput = {
    type: 'answerPreparation',
    at: '2027-03-10T09:00:00+01:00',
    by: 'employee',
    questionId: 'prep-1',
    answer: 'Ik wil meer met klanten werken.',
  };
  const shared: ConversationEventInput = { type: 'shareFeedback', at: '2027-03-09T09:00:00+01:00', by: 'employee', requestId: 'fb-1' };
  /** Two requests, the first answered and its summary shared into the preparation, and a preparation answer. */
  const withSummary = value(
    replay([ask('fb-1', 'Waarin is Sanne op haar best?'), ask('fb-2', 'Wat mag Sanne vaker doen?'), ...answered, shared, answer], {
      input: developmentInput,
    }),
  );
  const summaryText = (conversation: Conversation) => conversation.preparation.feedback?.summary.questions[0]?.anonymous;

  it('erases the shared summary with the request it was made of and with that request’s answers', () => {
    expect(summaryText(withSummary)).toHaveLength(3);
    for (const target of [
      { kind: 'feedbackRequest', id: 'fb-1' },
      { kind: 'feedbackAnswers', requestId: 'fb-1' },
    ] as RedactTarget[]) {
      const erased = value(redact(withSummary, request(target)));
      expect(summaryText(erased)).toEqual([erasedText, erasedText, erasedText]);
      expect(erased.erasures?.map((record) => record.text.kind)).toEqual(['feedback', target.kind]);
    }
  });

  it('keeps the summary when another request, a preparation answer or the purpose is erased', () => {
    for (const target of [
      { kind: 'feedbackRequest', id: 'fb-2' },
      { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' },
    ] as RedactTarget[]) {
      const erased = value(redact(withSummary, request(target)));
      expect(summaryText(erased)).toEqual(summaryText(withSummary));
      expect(erased.erasures?.map((record) => record.text)).toEqual([target]);
    }
  });

  it('erases a request before any summary was shared', () => {
    const asked = value(replay([ask('fb-1', 'Waarin is Sanne op haar best?')], { input: developmentInput }));
    const erased = redact(asked, request({ kind: 'feedbackRequest', id: 'fb-1' }));
    expect(value(erased).preparation.feedbackRequests?.[0]?.questions[0]?.text).toBe(erasedText);
    expect(erased.findings.map(brief)).toStrictEqual([['privacy.redact.erased', 'info', [], { count: 1 }]]);
  });
});
