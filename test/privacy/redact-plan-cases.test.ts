// Worked cases for erasure from a POP (redact-plan.ts): the sample plan approved, amended by the
// employee (a zienswijze, the cost line of agreement a1 reworded, a note for the next conversation,
// with a reason) and with progress on both agreements, one note by each side. redact.test.ts holds
// that hashes and approvals stay verifiable; these say by hand which texts each request erases.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { DevelopmentPlan, RedactRequest, RedactTarget } from '../../src/index.js';
import { amendPlan, approvePlan, erasedText, planApprovalStatus, recordProgress, redact, validatePlan } from '../../src/index.js';
import { sampleContent, samplePlan } from '../plan/fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const brief = (f: Finding) => [f.code, f.severity, f.path, f.params];
const first = { at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest' as const, reference: 'AVG-2029-014' };
const later = { at: '2030-01-02T09:00:00+01:00', by: 'retention-job', reason: 'retention' as const };
const request = (target: RedactTarget, mark: Omit<RedactRequest, 'target'> = first): RedactRequest => ({ target, ...mark });

function amended(): DevelopmentPlan {
  let plan = samplePlan();
  plan = value(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
  plan = value(approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }));
  plan = value(
    amendPlan(plan, {
      by: 'employee',
      at: '2027-04-01T09:00:00+02:00',
      reason: 'Mijn zienswijze toegevoegd',
      set: {
        zienswijze: { plan: 'De demo’s zijn krap gepland.', report: 'Ik mis mijn vraag om coaching.', at: '2027-04-01T09:00:00+02:00' },
        costs: [{ ...(plan.costs[0] as DevelopmentPlan['costs'][number]), description: 'Training Presenteren met impact, tweede ronde' }],
        nextConversation: { ...(plan.nextConversation as NonNullable<DevelopmentPlan['nextConversation']>), note: 'Graag op locatie.' },
      },
    }),
  );
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
