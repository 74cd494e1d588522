// Worked cases for erasure from a POP (redact-plan.ts): the sample plan approved, amended by the
// employee (a zienswijze, the cost line of agreement a1 reworded, a note for the next conversation,
// with a reason) and with progress on both agreements, one note by each side. redact.test.ts holds
// that hashes and approvals stay verifiable; these say by hand which texts each request erases.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { DevelopmentPlan, RedactRequest, RedactTarget } from '../../src/index.js';
import { amendPlan, erasedText, planApprovalStatus, recordProgress, redact, validatePlan } from '../../src/index.js';
import { amendedSample, sampleContent, samplePlan } from '../plan/fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const brief = (f: Finding) => [f.code, f.severity, f.path, f.params];
const first = { at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest' as const, reference: 'AVG-2029-014' };
const later = { at: '2030-01-02T09:00:00+01:00', by: 'retention-job', reason: 'retention' as const };
const request = (target: RedactTarget, mark: Omit<RedactRequest, 'target'> = first): RedactRequest => ({ target, ...mark });

function amended(): DevelopmentPlan {
  const sample = sampleContent();
  let plan = amendedSample('Mijn zienswijze toegevoegd', {
    zienswijze: { plan: 'De demo’s zijn krap gepland.', report: 'Ik mis mijn vraag om coaching.', at: '2027-04-01T09:00:00+02:00' },
    costs: [{ ...(sample.costs[0] as DevelopmentPlan['costs'][number]), description: 'Training Presenteren met impact, tweede ronde' }],
    nextConversation: { ...(sample.nextConversation as NonNullable<DevelopmentPlan['nextConversation']>), note: 'Graag op locatie.' },
  });
  plan = value(
    recordProgress(plan, { agreementId: 'a1', by: 'employee', at: '2027-05-20T16:00:00+02:00', note: 'Eerste presentatie gegeven.' }),
  );
  return value(recordProgress(plan, { agreementId: 's1', by: 'manager', at: '2027-05-21T16:00:00+02:00', note: 'Afspraak gepland.' }));
}

const plan = amended();

/** The paths a request erased, each with whether its tombstone keeps a digest (a text the content hash covers). */
const erasedPaths = (erased: DevelopmentPlan, from = 0) =>
  (erased.erasures ?? []).slice(from).map((record) => `${record.path.join('.')}${record.digest === undefined ? '' : ' #'}`);

const counted = (count: number) => [['privacy.redact.erased', 'info', [], { count }]];

describe('redact a plan: what each request erases', () => {
  const cases: [RedactTarget, string[]][] = [
    [{ kind: 'person', id: 'e-17' }, ['zienswijze.plan #', 'zienswijze.report #', 'progress.0.note', 'history.1.reason']],
    [{ kind: 'person', id: 'm-3' }, ['progress.1.note']],
    [{ kind: 'notes' }, ['agreements.0.progressNote', 'agreements.1.progressNote', 'progress.0.note', 'progress.1.note']],
    [
      { kind: 'agreement', id: 'a1' },
      [
        'agreements.0.what #',
        'agreements.0.measure #',
        'agreements.0.progressNote',
        'costs.0.description #',
        'progress.0.note',
        'history.1.changes.0.title',
      ],
    ],
    [{ kind: 'agreement', id: 's1' }, ['agreements.1.what #', 'agreements.1.progressNote', 'progress.1.note']],
    [{ kind: 'goal', id: 'need-1' }, ['goals.0.title #', 'goals.0.why #']],
    [{ kind: 'need', id: 'need-2' }, ['goals.1.title #']],
    [{ kind: 'ambition', id: 'amb-1' }, ['ambitions.0.text #']],
    [{ kind: 'evaluation' }, ['evaluation.feedback #']],
    [{ kind: 'zienswijze' }, ['zienswijze.plan #', 'zienswijze.report #']],
    [{ kind: 'nextConversation' }, ['nextConversation.note #']],
  ];

  for (const [target, paths] of cases) {
    it(`erases for ${JSON.stringify(target)} exactly its texts, with the mark and the version`, () => {
      const result = redact(plan, request(target));
      const erased = value(result);
      expect(erasedPaths(erased)).toEqual(paths);
      expect(result.findings.map(brief)).toStrictEqual(counted(paths.length));
      for (const record of erased.erasures ?? []) {
        expect(record).toMatchObject({ version: 2, at: first.at, by: first.by, reason: first.reason, reference: first.reference });
      }
      for (const path of paths) {
        const keys = path.replace(' #', '').split('.');
        const at = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], erased);
        expect([path, at]).toEqual([path, erasedText]);
      }
      expect(value(planApprovalStatus(erased)).approved).toBe(false); // version 2 was never approved
      expect(validatePlan(erased).ok).toBe(true);
    });
  }

  it('erases every text with everything: seventeen, the hashed ones with their digests', () => {
    const result = redact(plan, request({ kind: 'everything' }));
    expect(erasedPaths(value(result))).toEqual([
      'ambitions.0.text #',
      'goals.0.title #',
      'goals.0.why #',
      'goals.1.title #',
      'agreements.0.what #',
      'agreements.0.measure #',
      'agreements.0.progressNote',
      'agreements.1.what #',
      'agreements.1.progressNote',
      'costs.0.description #',
      'nextConversation.note #',
      'evaluation.feedback #',
      'zienswijze.plan #',
      'zienswijze.report #',
      'progress.0.note',
      'progress.1.note',
      'history.1.changes.0.title',
      'history.1.reason',
    ]);
    expect(result.findings.map(brief)).toStrictEqual(counted(18));
  });

  it('erases nothing for the preparation, which a plan does not hold', () => {
    const result = redact(plan, request({ kind: 'preparation' }));
    expect(result.findings.map(brief)).toStrictEqual([['privacy.redact.nothingToErase', 'info', [], {}]]);
    expect(JSON.stringify(value(result))).toBe(JSON.stringify(plan));
  });

  it('adds tombstones after those of an earlier erasure, only for texts that still said something', () => {
    const once = value(redact(plan, request({ kind: 'agreement', id: 'a1' })));
    const twice = redact(once, request({ kind: 'notes' }, later));
    expect(erasedPaths(value(twice), 6)).toEqual(['agreements.1.progressNote', 'progress.1.note']);
    expect(erasedPaths(value(twice), 0).slice(0, 6)).toEqual(erasedPaths(once));
    expect(value(twice).erasures?.[6]).toMatchObject({ version: 2, at: later.at, by: later.by, reason: later.reason });
    expect('reference' in (value(twice).erasures?.[6] ?? {})).toBe(false);
    expect(twice.findings.map(brief)).toStrictEqual(counted(2));
    const thrice = redact(value(twice), request({ kind: 'notes' }, later));
    expect(thrice.findings.map(brief)).toStrictEqual([['privacy.redact.nothingToErase', 'info', [], {}]]);
  });
});

describe('redact a plan: a cost line no longer in the plan', () => {
  // Version 3: the training of a1 is paid by the employer after all, so its cost line goes; a book for
  // s1 comes and goes; a general cost line that belongs to no agreement comes and goes too.
  const book = { id: 'c-book', description: 'Boek: Presenteren als een pro', amount: { amount: 2995, currency: 'EUR' }, agreementId: 's1' };
  const fair = { id: 'c-fair', description: 'Beursbezoek Vakdag Advies', amount: { amount: 4500, currency: 'EUR' } };
  const withBook = value(
    amendPlan(plan, { by: 'manager', at: '2027-06-01T09:00:00+02:00', reason: 'Boek erbij', set: { costs: [...plan.costs, book, fair] } }),
  );
  const without = value(
    amendPlan(withBook, { by: 'manager', at: '2027-06-02T09:00:00+02:00', reason: 'Werkgever betaalt de training', set: { costs: [] } }),
  );

  it('erases with its agreement the titles the history keeps of a removed cost line', () => {
    expect(without.history[3]?.changes.map((change) => [change.id, change.title, change.action])).toEqual([
      ['cost-a1', 'Training Presenteren met impact, tweede ronde', 'removed'],
      ['c-book', 'Boek: Presenteren als een pro', 'removed'],
      ['c-fair', 'Beursbezoek Vakdag Advies', 'removed'],
    ]);
    const byA1 = value(redact(without, request({ kind: 'agreement', id: 'a1' })));
    expect(erasedPaths(byA1)).toEqual([
      'agreements.0.what #',
      'agreements.0.measure #',
      'agreements.0.progressNote',
      'progress.0.note',
      'history.1.changes.0.title',
      'history.3.changes.0.title',
    ]);
    const byS1 = value(redact(without, request({ kind: 'agreement', id: 's1' })));
    expect(erasedPaths(byS1)).toEqual([
      'agreements.1.what #',
      'agreements.1.progressNote',
      'progress.1.note',
      'history.2.changes.0.title',
      'history.3.changes.1.title',
    ]);
    // The fair was no agreement's: it keeps its titles, and the hash and approvals of version 4 hold.
    expect(byS1.history[3]?.changes[2]?.title).toBe('Beursbezoek Vakdag Advies');
    expect(validatePlan(byS1).ok).toBe(true);
  });

  it('reads a history written before cost lines kept their agreement: the line’s link now, if it is still there', () => {
    const unlinked = (entries: DevelopmentPlan['history']) =>
      entries.map((entry) => ({ ...entry, changes: entry.changes.map(({ agreementId: _link, ...change }) => change) }));
    const before = { ...without, history: unlinked(without.history) };
    expect(validatePlan(before).ok).toBe(true);
    // Gone from the plan, its link unknown: the removed line keeps its title; everything takes it.
    expect(erasedPaths(value(redact(before, request({ kind: 'agreement', id: 'a1' }))))).not.toContain('history.3.changes.0.title');
    const stillThere = { ...plan, history: unlinked(plan.history) };
    expect(erasedPaths(value(redact(stillThere, request({ kind: 'agreement', id: 'a1' }))))).toContain('history.1.changes.0.title');
  });
});

describe('redact a plan: the titles the history keeps of goals, ambitions and agreements', () => {
  // Version 3: the manager rewords the first goal, the ambition and the support agreement.
  const sample = sampleContent();
  const [goal, other] = plan.goals;
  const reworded = value(
    amendPlan(plan, {
      by: 'manager',
      at: '2027-06-01T09:00:00+02:00',
      set: {
        goals: [
          { ...(goal as (typeof sample.goals)[number]), title: 'Overtuigend presenteren voor klanten' },
          other as (typeof sample.goals)[number],
        ],
        ambitions: [{ id: 'amb-1', text: 'Over drie jaar een klantteam leiden' }],
        agreements: plan.agreements.map((agreement) =>
          agreement.id === 's1' ? { ...agreement, what: `${agreement.what}, en één intern` } : agreement,
        ),
      },
    }),
  );

  it('erases with a goal, an ambition or an agreement the titles of its changes', () => {
    expect(reworded.history[2]?.changes.map((change) => `${change.section} ${change.id} ${change.action}`)).toEqual([
      'ambitions amb-1 changed',
      'goals need-1 changed',
      'agreements s1 changed',
    ]);
    expect(erasedPaths(value(redact(reworded, request({ kind: 'goal', id: 'need-1' }))))).toEqual([
      'goals.0.title #',
      'goals.0.why #',
      'history.2.changes.1.title',
    ]);
    expect(erasedPaths(value(redact(reworded, request({ kind: 'ambition', id: 'amb-1' }))))).toEqual([
      'ambitions.0.text #',
      'history.2.changes.0.title',
    ]);
    expect(erasedPaths(value(redact(reworded, request({ kind: 'agreement', id: 's1' }))))).toEqual([
      'agreements.1.what #',
      'agreements.1.progressNote',
      'progress.1.note',
      'history.2.changes.2.title',
    ]);
    // The second goal did not change: it has no title in the history.
    expect(erasedPaths(value(redact(reworded, request({ kind: 'need', id: 'need-2' }))))).toEqual(['goals.1.title #']);
  });
});

describe('redact a plan: a goal in the employee’s own words, and ids that meet', () => {
  it('erases with a goal the employee’s ideas, when and the link to the organisation', () => {
    const content = sampleContent();
    content.goals = [
      {
        ...(content.goals[0] as (typeof content.goals)[number]),
        ideas: 'Meelopen met Fatima bij haar klantpresentaties.',
        when: 'Voor de zomer',
        organisationLink: 'Past bij het jaarplan: meer klantcontact.',
      },
      content.goals[1] as (typeof content.goals)[number],
    ];
    expect(erasedPaths(value(redact(samplePlan(content), request({ kind: 'need', id: 'need-1' }))))).toEqual([
      'goals.0.title #',
      'goals.0.why #',
      'goals.0.ideas #',
      'goals.0.when #',
      'goals.0.organisationLink #',
    ]);
  });

  it('keeps a goal’s changes from a cost line that has the same id', () => {
    // A host that names a cost line after its goal: ids are unique within a list, not across lists.
    const content = sampleContent();
    content.costs = [{ ...(content.costs[0] as (typeof content.costs)[number]), id: 'need-1' }];
    const renamed = value(
      amendPlan(samplePlan(content), {
        by: 'employee',
        at: '2027-04-01T09:00:00+02:00',
        set: { goals: content.goals.map((goal) => (goal.id === 'need-1' ? { ...goal, title: 'Overtuigend presenteren' } : goal)) },
      }),
    );
    expect(erasedPaths(value(redact(renamed, request({ kind: 'agreement', id: 'a1' }))))).toEqual([
      'agreements.0.what #',
      'agreements.0.measure #',
      'costs.0.description #',
    ]);
  });

  it('refuses an id that reads “undefined” (a host’s missing id turned into text), erasing no cost line without agreement', () => {
    const content = sampleContent();
    content.costs = [
      ...content.costs,
      { id: 'c-fair', description: 'Beursbezoek Vakdag Advies', amount: { amount: 4500, currency: 'EUR' } },
    ];
    const result = redact(samplePlan(content), request({ kind: 'agreement', id: 'undefined' }));
    expect(result.findings.map(brief)).toStrictEqual([
      ['privacy.redact.unknownText', 'error', ['request', 'target'], { text: 'agreement' }],
    ]);
  });
});

describe('redact a plan: what is not there', () => {
  it('refuses a text the plan does not hold at the target, naming its kind', () => {
    const missing: RedactTarget[] = [
      { kind: 'agreement', id: 'a9' },
      { kind: 'goal', id: 'need-9' },
      { kind: 'need', id: 'need-9' },
      { kind: 'ambition', id: 'amb-9' },
      { kind: 'note', id: 'note-1' },
      { kind: 'purpose' },
    ];
    for (const target of missing) {
      const result = redact(plan, request(target));
      expect(result.ok).toBe(false);
      expect(result.findings.map(brief)).toStrictEqual([
        ['privacy.redact.unknownText', 'error', ['request', 'target'], { text: target.kind }],
      ]);
    }
    // A plan without a zienswijze, a note for the next conversation or an evaluation.
    const bare = samplePlan({ ...sampleContent(), evaluation: null, nextConversation: null });
    for (const kind of ['zienswijze', 'nextConversation', 'evaluation'] as const) {
      expect(redact(bare, request({ kind })).findings.map(brief)).toStrictEqual([
        ['privacy.redact.unknownText', 'error', ['request', 'target'], { text: kind }],
      ]);
    }
  });

  it('refuses a goal that is named only in the history (no longer in the plan)', () => {
    const dropped = value(
      amendPlan(plan, {
        by: 'manager',
        at: '2027-06-01T09:00:00+02:00',
        reason: 'Doel vervallen',
        set: { goals: plan.goals.filter((goal) => goal.id !== 'need-2') },
      }),
    );
    expect(dropped.history.at(-1)?.changes.map((change) => [change.section, change.id])).toEqual([['goals', 'need-2']]);
    const result = redact(dropped, request({ kind: 'goal', id: 'need-2' }));
    expect(result.findings.map(brief)).toStrictEqual([['privacy.redact.unknownText', 'error', ['request', 'target'], { text: 'goal' }]]);
    // Everything still takes its title from the history.
    expect(erasedPaths(value(redact(dropped, request({ kind: 'everything' }))))).toContain('history.2.changes.0.title');
  });

  it('says a person who is neither side at the target’s id, and erases nothing', () => {
    const result = redact(plan, request({ kind: 'person', id: 'hr-7' }));
    expect(result.findings.map(brief)).toStrictEqual([
      ['privacy.redact.unknownPerson', 'warning', ['request', 'target', 'id'], {}],
      ['privacy.redact.nothingToErase', 'info', [], {}],
    ]);
  });

  it('answers a plan that does not validate with its findings under plan', () => {
    const result = redact({ ...plan, version: 'two', history: [] } as never, request({ kind: 'everything' }));
    expect(result.ok).toBe(false);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.path[0] === 'plan')).toBe(true);
  });
});

describe('redact a plan: both sides’ evaluations', () => {
  const employee = { feedback: 'Ik kreeg de ruimte voor mijn eigen ideeën.', nextTime: 'De agenda eerder delen.' };
  const manager = { feedback: 'Sanne kan meer regie nemen.', nextTime: 'Meer tijd voor de loopbaanvraag.' };
  const both = samplePlan({ ...sampleContent(), evaluation: { rating: 4, ...manager, bySide: { employee, manager } } });

  it('erases one side’s evaluation, and the latest with the side whose words it carries', () => {
    const byEmployee = value(redact(both, request({ kind: 'person', id: 'e-17' })));
    expect(erasedPaths(byEmployee)).toEqual(['evaluation.bySide.employee.feedback #', 'evaluation.bySide.employee.nextTime #']);
    const byManager = value(redact(both, request({ kind: 'person', id: 'm-3' })));
    expect(erasedPaths(byManager)).toEqual([
      'evaluation.feedback #',
      'evaluation.nextTime #',
      'evaluation.bySide.manager.feedback #',
      'evaluation.bySide.manager.nextTime #',
    ]);
    expect(byManager.evaluation?.bySide?.employee).toEqual(employee);
  });

  it('gives the latest to no one when its words are neither side’s', () => {
    const neither = samplePlan({
      ...sampleContent(),
      evaluation: { rating: 4, feedback: 'Samen: een goed gesprek.', nextTime: manager.nextTime, bySide: { employee, manager } },
    });
    const byManager = value(redact(neither, request({ kind: 'person', id: 'm-3' })));
    expect(erasedPaths(byManager)).toEqual(['evaluation.bySide.manager.feedback #', 'evaluation.bySide.manager.nextTime #']);
    expect(byManager.evaluation?.feedback).toBe('Samen: een goed gesprek.');
  });

  it('gives the latest to the manager when only the manager said what should go better', () => {
    const onlyManager = samplePlan({
      ...sampleContent(),
      evaluation: { rating: 3, nextTime: manager.nextTime, bySide: { manager: { nextTime: manager.nextTime } } },
    });
    expect(erasedPaths(value(redact(onlyManager, request({ kind: 'person', id: 'm-3' }))))).toEqual([
      'evaluation.nextTime #',
      'evaluation.bySide.manager.nextTime #',
    ]);
    expect(erasedPaths(value(redact(onlyManager, request({ kind: 'person', id: 'e-17' }))))).toEqual([]);
  });

  it('tells the sides apart by what should go better when both gave the same feedback', () => {
    const same = 'Prima gesprek.';
    const alike = samplePlan({
      ...sampleContent(),
      evaluation: {
        rating: 4,
        feedback: same,
        nextTime: manager.nextTime,
        bySide: { employee: { ...employee, feedback: same }, manager: { ...manager, feedback: same } },
      },
    });
    expect(erasedPaths(value(redact(alike, request({ kind: 'person', id: 'e-17' }))))).toEqual([
      'evaluation.bySide.employee.feedback #',
      'evaluation.bySide.employee.nextTime #',
    ]);
  });

  it('erases the one side there is, and the whole evaluation with its target', () => {
    const one = samplePlan({ ...sampleContent(), evaluation: { rating: 4, ...employee, bySide: { employee } } });
    expect(erasedPaths(value(redact(one, request({ kind: 'person', id: 'e-17' }))))).toEqual([
      'evaluation.feedback #',
      'evaluation.nextTime #',
      'evaluation.bySide.employee.feedback #',
      'evaluation.bySide.employee.nextTime #',
    ]);
    expect(erasedPaths(value(redact(one, request({ kind: 'person', id: 'm-3' }))))).toEqual([]);
    expect(erasedPaths(value(redact(both, request({ kind: 'evaluation' }))))).toHaveLength(6);
  });
});
