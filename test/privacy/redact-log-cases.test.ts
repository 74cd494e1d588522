// Worked cases for erasure from an event log (redact-log.ts), on the development log of the
// conversation fixtures: which events carry `[…]` and the erasure's mark for each request, what the
// count says, and what a second erasure adds. The properties of redact.test.ts compare an erased log
// with its erased state, which share the selection; these say by hand what the log itself gets.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { ConversationEventInput, ConversationEventLog, RedactRequest, RedactTarget } from '../../src/index.js';
import { eventLogOf, redact } from '../../src/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { inputAfterPlan, input as privacyInput } from './arbitraries.js';

const participants = privacyInput.participants;

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const brief = (f: Finding) => [f.code, f.severity, f.path, f.params];
const first = { at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest' as const, reference: 'AVG-2029-014' };
const later = { at: '2030-01-02T09:00:00+01:00', by: 'retention-job', reason: 'retention' as const };
const request = (target: RedactTarget, mark: Omit<RedactRequest, 'target'> = first): RedactRequest => ({ target, ...mark });

const log: ConversationEventLog = value(eventLogOf(developmentInput, developmentEvents));

/** Each event the erasure marked, as `index type` with the fields that read `[…]`. */
function marked(erased: ConversationEventLog): string[] {
  return erased.events.flatMap((event, index) => {
    if (event.erased === undefined) return [];
    const texts = JSON.stringify(event).match(/"[a-zA-Z]+":"\[…\]"/gu) ?? [];
    return [`${index} ${event.type} ${texts.map((text) => text.split('"')[1]).join(',')}`.trim()];
  });
}

const counted = (count: number) => [['privacy.redact.erased', 'info', [], { count }]];

describe('redact a log: which events each request marks', () => {
  const cases: [RedactTarget, string[]][] = [
    [{ kind: 'person', id: 'emp-1' }, ['0 answerPreparation answer', '10 addNote text', '12 addNeed text', '25 evaluate feedback']],
    [{ kind: 'person', id: 'mgr-1' }, ['3 answerPreparation answer', '8 addNote text', '14 addNeed text']],
    [{ kind: 'preparation' }, ['0 answerPreparation answer', '3 answerPreparation answer']],
    [{ kind: 'notes' }, ['8 addNote text', '10 addNote text']],
    [{ kind: 'purpose' }, ['5 setPurpose purpose,overarchingGoal']],
    [{ kind: 'need', id: 'n2' }, ['14 addNeed text']],
    [{ kind: 'agreement', id: 'a1' }, ['17 proposeAgreement what,measure']],
    [{ kind: 'agreement', id: 's1' }, ['20 proposeSupport what']],
    [{ kind: 'evaluation' }, ['25 evaluate feedback']],
  ];
  for (const [target, events] of cases) {
    it(`marks for ${JSON.stringify(target)} exactly the events that wrote its texts`, () => {
      const result = redact(log, request(target));
      const erased = value(result);
      expect(marked(erased)).toEqual(events);
      expect(result.findings.map(brief)).toStrictEqual(counted(events.length));
      for (const event of erased.events.filter((e) => e.erased !== undefined)) expect(event.erased).toStrictEqual(first);
      // What it did not select is the event as it was.
      erased.events.forEach((event, index) => {
        if (event.erased === undefined) expect(event).toStrictEqual(log.events[index]);
      });
    });
  }

  it('marks every event with a text with everything, and counts each once', () => {
    const result = redact(log, request({ kind: 'everything' }));
    expect(marked(value(result))).toEqual([
      '0 answerPreparation answer',
      '3 answerPreparation answer',
      '5 setPurpose purpose,overarchingGoal',
      '8 addNote text',
      '10 addNote text',
      '12 addNeed text',
      '14 addNeed text',
      '17 proposeAgreement what,measure',
      '20 proposeSupport what',
      '25 evaluate feedback',
    ]);
    expect(result.findings.map(brief)).toStrictEqual(counted(10));
    expect(JSON.stringify(value(result))).not.toContain('klantdemo');
  });
});

describe('redact a log: a second erasure, and texts that say nothing', () => {
  it('keeps the first mark on an event erased before and counts only what still said something', () => {
    const once = value(redact(log, request({ kind: 'notes' })));
    const twice = redact(once, request({ kind: 'person', id: 'emp-1' }, later));
    const events = value(twice).events;
    expect(events[10]?.erased).toStrictEqual(first);
    for (const index of [0, 12, 25]) expect(events[index]?.erased).toStrictEqual(later);
    expect(twice.findings.map(brief)).toStrictEqual(counted(3));
    const thrice = redact(value(twice), request({ kind: 'person', id: 'emp-1' }, later));
    expect(thrice.findings.map(brief)).toStrictEqual([['privacy.redact.nothingToErase', 'info', [], {}]]);
    expect(JSON.stringify(value(thrice))).toBe(JSON.stringify(value(twice)));
  });

  it('marks an empty answer without counting it, and leaves it empty', () => {
    const empty: ConversationEventInput[] = [
      { type: 'answerPreparation', at: '2027-03-10T09:00:00+01:00', by: 'employee', questionId: 'prep-1', answer: '' },
    ] as ConversationEventInput[];
    const result = redact(value(eventLogOf(developmentInput, empty)), request({ kind: 'preparation' }));
    expect(value(result).events[0]).toMatchObject({ answer: '', erased: first });
    expect(result.findings.map(brief)).toStrictEqual([['privacy.redact.nothingToErase', 'info', [], {}]]);
  });

  it('says a person who wrote nothing here, and leaves the log as it was', () => {
    const result = redact(log, request({ kind: 'person', id: 'hr-7' }));
    expect(result.findings.map(brief)).toStrictEqual([
      ['privacy.redact.unknownPerson', 'warning', ['request', 'target', 'id'], {}],
      ['privacy.redact.nothingToErase', 'info', [], {}],
    ]);
    expect(JSON.stringify(value(result))).toBe(JSON.stringify(log));
  });

  it('refuses a text the log does not hold, naming its kind', () => {
    for (const target of [{ kind: 'agreement', id: 'a9' }, { kind: 'postponement' }] as RedactTarget[]) {
      expect(redact(log, request(target)).findings.map(brief)).toStrictEqual([
        ['privacy.redact.unknownText', 'error', ['request', 'target'], { text: target.kind }],
      ]);
    }
  });
});

describe('redact a log: who wrote a text', () => {
  const withPeople = {
    ...developmentInput,
    participants: [...(participants ?? []), { id: 'men-4', name: 'Els Visser', role: 'mentor' as const }],
  };
  const before = developmentEvents.slice(0, 8); // up to the start of the talk
  const events = [
    ...before,
    { type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'mentor', actor: 'men-4', text: 'Els: Sanne wil graag meelopen bij klanten.' },
    {
      type: 'addNote',
      at: '2027-03-15T10:04:00+01:00',
      by: 'hrAdviser',
      onBehalfOf: 'employee',
      text: 'Namens Sanne: graag een rustige plek.',
    },
    { type: 'addNote', at: '2027-03-15T10:05:00+01:00', by: 'hrAdviser', text: 'Fatima: regeling studieverlof nagevraagd.' },
  ] as ConversationEventInput[];
  const shared = value(eventLogOf(withPeople, events));

  it('gives a third party’s note to the participant who sent it, and a note on behalf of a side to that side', () => {
    expect(marked(value(redact(shared, request({ kind: 'person', id: 'men-4' }))))).toEqual(['8 addNote text']);
    expect(marked(value(redact(shared, request({ kind: 'person', id: 'hr-7' }))))).toEqual(['10 addNote text']);
    expect(marked(value(redact(shared, request({ kind: 'person', id: 'emp-1' }))))).toEqual([
      '0 answerPreparation answer',
      '9 addNote text',
    ]);
    // The other mentor wrote nothing here.
    expect(marked(value(redact(shared, request({ kind: 'person', id: 'men-2' }))))).toEqual([]);
  });

  it('erases one side’s evaluation with that person, the other side’s stays', () => {
    const both = value(
      eventLogOf(developmentInput, [
        ...developmentEvents.slice(0, -1),
        { type: 'evaluate', at: '2027-03-15T10:57:00+01:00', by: 'manager', rating: 4, feedback: 'Sanne nam zelf de regie.' },
      ] as ConversationEventInput[]),
    );
    expect(marked(value(redact(both, request({ kind: 'person', id: 'emp-1' })))).at(-1)).toBe('25 evaluate feedback');
    expect(marked(value(redact(both, request({ kind: 'person', id: 'mgr-1' })))).at(-1)).toBe('26 evaluate feedback');
  });
});

describe('redact a log: texts the state does not keep, and colleague feedback', () => {
  const withdrawn = value(
    eventLogOf(developmentInput, [
      ...developmentEvents.slice(0, 3),
      {
        type: 'withdrawAgendaPoint',
        at: '2027-03-13T11:00:00+01:00',
        by: 'employee',
        pointId: 'e2',
        reason: 'Eerst zelf met het team bespreken.',
      },
      ...developmentEvents.slice(3, 6),
    ] as ConversationEventInput[]),
  );

  it('erases the reason a point was withdrawn with everything, and leaves it for a text or a person', () => {
    expect(marked(value(redact(withdrawn, request({ kind: 'everything' }))))).toContain('3 withdrawAgendaPoint reason');
    expect(marked(value(redact(withdrawn, request({ kind: 'purpose' }))))).toEqual(['6 setPurpose purpose,overarchingGoal']);
    expect(marked(value(redact(withdrawn, request({ kind: 'person', id: 'emp-1' }))))).toEqual(['0 answerPreparation answer']);
  });

  it('erases with the preparation the questions asked of colleagues and every text of a shared summary', () => {
    const question = 'Waarin is Sanne op haar best?';
    const summary = {
      requestId: 'fb-1',
      viewer: 'employee' as const,
      minimumAnonymous: 3,
      questions: [
        {
          questionId: 'q1',
          question,
          anonymous: ['Als ze een lastig overleg rustig leidt.', 'Bij klanten die twijfelen.', 'In haar uitleg aan nieuwe collega’s.'],
          withheld: 0,
          signed: [{ authorId: 'col-4', authorName: 'Karim', text: 'Presenteren voor klanten.' }],
        },
      ],
    };
    const feedbackLog = value(
      eventLogOf(developmentInput, [
        {
          type: 'requestFeedback',
          at: '2027-02-20T09:00:00+01:00',
          by: 'employee',
          request: { id: 'fb-1', colleagues: [{ id: 'col-1', name: 'Noor Bakker' }], questions: [{ id: 'q1', text: question }] },
        },
        { type: 'shareFeedback', at: '2027-03-09T09:00:00+01:00', by: 'employee', feedback: summary },
      ] as ConversationEventInput[]),
    );
    const erased = value(redact(feedbackLog, request({ kind: 'preparation' })));
    expect(marked(erased)).toEqual(['0 requestFeedback text', '1 shareFeedback question,text']);
    const text = JSON.stringify(erased);
    for (const words of [question, ...(summary.questions[0]?.anonymous ?? []), 'Presenteren voor klanten.'])
      expect(text).not.toContain(words);
    expect(text).toContain('Karim');
  });

  it('answers a log that does not replay with findings, never a throw', () => {
    const broken = redact(
      { input: developmentInput, events: [{ type: 'fly', at: 'now', by: 'nobody' }] } as never,
      request({ kind: 'everything' }),
    );
    expect(broken.ok).toBe(false);
    expect(broken.findings.length).toBeGreaterThan(0);
  });
});

describe('redact a log: what its input carries from the previous POP', () => {
  const previousPlan = inputAfterPlan.previousPlan as NonNullable<typeof inputAfterPlan.previousPlan>;
  const carried = value(eventLogOf({ ...developmentInput, previousPlan }, developmentEvents.slice(0, 1)));
  const carriedOf = (erased: ConversationEventLog) => erased.input.previousPlan as NonNullable<typeof previousPlan>;
  const markOf = (mark: typeof first | typeof later) => ({
    at: mark.at,
    by: mark.by,
    reason: mark.reason,
    ...('reference' in mark ? { reference: mark.reference } : {}),
  });

  it('erases a carried agreement by its id, with its mark, and counts it', () => {
    const result = redact(carried, request({ kind: 'agreement', id: 'prev-debt' }));
    const plan = carriedOf(value(result));
    expect(plan.agreements.map((agreement) => agreement.what === '[…]')).toEqual([false, true, false]);
    expect(plan.erasedAgreements).toStrictEqual([{ id: 'prev-debt', ...markOf(first) }]);
    expect(result.findings.map(brief)).toStrictEqual(counted(1));
  });

  it('erases every carried text with everything: the open agreements counted and marked in order, the done one erased too, both wishes', () => {
    const result = redact(carried, request({ kind: 'everything' }));
    const plan = carriedOf(value(result));
    expect(plan.agreements.map((agreement) => agreement.what)).toEqual(['[…]', '[…]', '[…]']);
    expect(plan.erasedAgreements?.map((record) => record.id)).toEqual(['prev-debt', 'prev-reint']);
    expect(plan.evaluation).toMatchObject({ nextTime: '[…]', bySide: { employee: { nextTime: '[…]' }, manager: { nextTime: '[…]' } } });
    // The answer, two open agreements and two wishes (the latest is a copy of one of them).
    expect(result.findings.map(brief)).toStrictEqual(counted(5));
  });

  it('keeps the first mark of a carried agreement erased before, and gives the new mark to the rest', () => {
    const once = value(redact(carried, request({ kind: 'agreement', id: 'prev-debt' })));
    const twice = redact(once, request({ kind: 'everything' }, later));
    expect(carriedOf(value(twice)).erasedAgreements).toStrictEqual([
      { id: 'prev-debt', ...markOf(first) },
      { id: 'prev-reint', ...markOf(later) },
    ]);
    expect(twice.findings.map(brief)).toStrictEqual(counted(4));
  });

  it('marks a carried agreement the POP had erased already, without counting it', () => {
    const erasedBefore = {
      ...previousPlan,
      agreements: previousPlan.agreements.map((agreement) => ({ ...agreement, what: '[…]', measure: undefined, offer: undefined })),
    };
    const log = value(eventLogOf({ ...developmentInput, previousPlan: erasedBefore }, developmentEvents.slice(0, 1)));
    const result = redact(log, request({ kind: 'agreement', id: 'prev-debt' }));
    expect(carriedOf(value(result)).erasedAgreements).toStrictEqual([{ id: 'prev-debt', ...markOf(first) }]);
    expect(result.findings.map(brief)).toStrictEqual([['privacy.redact.nothingToErase', 'info', [], {}]]);
  });

  it('erases one side’s wish with that person, and the latest when it has no sides', () => {
    const employee = redact(carried, request({ kind: 'person', id: 'emp-1' }));
    expect(carriedOf(value(employee)).evaluation).toMatchObject({
      nextTime: '[…]',
      bySide: { employee: { nextTime: '[…]' }, manager: { nextTime: previousPlan.evaluation?.bySide?.manager?.nextTime } },
      erased: markOf(first),
    });
    expect(employee.findings.map(brief)).toStrictEqual(counted(2)); // the answer and the wish
    const plain = value(
      eventLogOf(
        { ...developmentInput, previousPlan: { ...previousPlan, evaluation: { nextTime: 'Minder over mijn ziekte praten.' } } },
        [],
      ),
    );
    const manager = redact(plain, request({ kind: 'person', id: 'mgr-1' }));
    expect(carriedOf(value(manager)).evaluation?.nextTime).toBe('[…]');
    expect(manager.findings.map(brief)).toStrictEqual(counted(1));
  });

  it('leaves the carried plan as it was when the request erases this conversation’s agreement', () => {
    const log = value(eventLogOf({ ...developmentInput, previousPlan }, developmentEvents));
    const erased = value(redact(log, request({ kind: 'agreement', id: 'a1' })));
    expect(erased.input).toStrictEqual(log.input);
  });
});
