import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventLog, DevelopmentPlan, RedactRequest, RedactTarget } from '../../src/index.js';
import {
  amendPlan,
  approvePlan,
  erasedText,
  findingMessage,
  planApprovalStatus,
  planContentHash,
  redact,
  redactPatches,
  replay,
  transition,
  validatePlan,
} from '../../src/index.js';
import { textsOf } from '../../src/privacy/texts.js';
import { samplePlan } from '../plan/fixtures.js';
import { drive, input, inputAfterPlan, people, steps } from './arbitraries.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings).slice(0, 2_000));
  return result.value;
}

const request = (target: RedactTarget, at = '2029-05-01T09:00:00+02:00', by = 'privacy-officer'): RedactRequest => ({
  target,
  at,
  by,
  reason: 'erasureRequest',
  reference: 'AVG-2029-014',
});

/** A target for a generated conversation: a scope, a person, or one of its texts (or one that is not there). */
function targetFor(state: Conversation, choice: number): RedactTarget {
  const refs = textsOf(state).map((entry) => entry.ref as RedactTarget);
  const scopes: RedactTarget[] = [
    { kind: 'everything' },
    { kind: 'preparation' },
    { kind: 'notes' },
    ...people.map((person) => ({ kind: 'person' as const, id: person.id })),
    { kind: 'person', id: 'x-9' },
    { kind: 'note', id: 'note-999' },
    { kind: 'goal', id: 'g-1' },
    ...refs,
  ];
  return scopes[choice % scopes.length] as RedactTarget;
}

describe('redact: a conversation and its log', () => {
  it('replaying an erased log gives the erased state, tombstones and all (fast-check, any conversation and target)', () => {
    let erasedSomething = 0;
    fc.assert(
      fc.property(steps, fc.nat(), (plan, choice) => {
        const { state, events } = drive(plan);
        const log: ConversationEventLog = { input, events };
        const target = targetFor(state, choice);
        const erasedState = redact(state, request(target));
        const erasedLog = redact(log, request(target));
        expect(erasedLog.ok).toBe(erasedState.ok);
        if (!erasedState.ok || !erasedLog.ok) {
          expect(erasedLog.findings.map((f) => f.code)).toEqual(erasedState.findings.map((f) => f.code));
          return;
        }
        const replayed = value(replay(erasedLog.value.events, { input: erasedLog.value.input }));
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(erasedState.value));
        if (erasedState.findings.some((f) => f.code === 'privacy.redact.erased')) erasedSomething++;
      }),
      { numRuns: 200 },
    );
    // Not a property that holds by doing nothing: most runs erase something.
    expect(erasedSomething).toBeGreaterThan(80);
  });

  it('replaying an erased log gives the erased state with what it carries from the previous POP (fast-check, any conversation and target)', () => {
    let erasedCarried = 0;
    fc.assert(
      fc.property(steps, fc.nat(), (plan, choice) => {
        const { state, events } = drive(plan, inputAfterPlan);
        const target = targetFor(state, choice);
        const erasedState = redact(state, request(target));
        const erasedLog = redact({ input: inputAfterPlan, events } as ConversationEventLog, request(target));
        expect(erasedLog.ok).toBe(erasedState.ok);
        if (!erasedState.ok || !erasedLog.ok) return;
        const replayed = value(replay(erasedLog.value.events, { input: erasedLog.value.input }));
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(erasedState.value));
        if (erasedState.value.previousOpenAgreements.some((agreement) => agreement.what === erasedText)) erasedCarried++;
      }),
      { numRuns: 120 },
    );
    expect(erasedCarried).toBeGreaterThan(5);
  });

  it('erases every free text and leaves a tombstone for each, never the text (fast-check)', () => {
    fc.assert(
      fc.property(steps, fc.boolean(), (plan, afterPlan) => {
        const start = afterPlan ? inputAfterPlan : input;
        const { state, events, markers } = drive(plan, start);
        const erased = value(redact(state, request({ kind: 'everything' })));
        const erasedLog = value(redact({ input: start, events }, request({ kind: 'everything' })));
        const stateText = JSON.stringify(erased);
        const logText = JSON.stringify(erasedLog);
        for (const [id, marker] of markers) {
          // Agenda titles shape the merged agenda and stay (the guide says so); everything else goes.
          const agendaTitle = marker.kind === 'sides' && events.some((e) => e.type === 'addAgendaPoint' && JSON.stringify(e).includes(id));
          expect([id, stateText.includes(id)]).toEqual([id, agendaTitle]);
          expect([id, logText.includes(id)]).toEqual([id, agendaTitle]);
        }
        // What the previous POP carried (its agreements, done ones too, and the wishes) goes as well.
        for (const words of ['burn-out', 'bedrijfsarts', 'Coach Marieke', 'Schuldhulp', 'Zwangerschap', 'ziekte', 'loopbaanvraag']) {
          expect([words, stateText.includes(words), logText.includes(words)]).toEqual([words, false, false]);
        }
        // One tombstone per text (a carried agreement and the agenda point it became are one text).
        const keys = new Set(textsOf(erased).map((entry) => JSON.stringify(entry.ref)));
        expect((erased.erasures ?? []).map((record) => JSON.stringify(record.text)).sort()).toEqual([...keys].sort());
        for (const record of erased.erasures ?? []) {
          expect(record).toMatchObject({ at: '2029-05-01T09:00:00+02:00', by: 'privacy-officer', reason: 'erasureRequest' });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the first tombstone of a text erased twice, and changes nothing the second time', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const { state } = drive(plan);
        const once = value(redact(state, request({ kind: 'everything' })));
        const twice = redact(once, request({ kind: 'everything' }, '2030-01-01T09:00:00+01:00', 'retention-job'));
        expect(JSON.stringify(value(twice))).toBe(JSON.stringify(once));
        expect(twice.findings.map((f) => f.code)).toEqual(['privacy.redact.nothingToErase']);
      }),
      { numRuns: 50 },
    );
  });

  it('erases one note, leaving the others, and the conversation goes on', () => {
    const { state } = drive([
      { what: 'move', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
      { what: 'note', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
      { what: 'note', who: 2, onBehalf: false, visibility: 'hr', sharedWith: [], pick: 0 },
    ]);
    expect(state.notes).toHaveLength(2);
    const result = redact(state, request({ kind: 'note', id: 'note-2' }));
    const erased = value(result);
    expect(erased.notes.map((note) => note.text)).toEqual([state.notes[0]?.text, erasedText]);
    expect(erased.erasures).toEqual([
      {
        text: { kind: 'note', id: 'note-2' },
        at: '2029-05-01T09:00:00+02:00',
        by: 'privacy-officer',
        reason: 'erasureRequest',
        reference: 'AVG-2029-014',
      },
    ]);
    expect(result.findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      '1 tekst is gewist; alleen wie hem wiste, wanneer en waarom staat er nog bij.',
    ]);
    const next = transition(erased, { type: 'addNote', at: '2027-03-20T10:00:00+01:00', by: 'manager', text: 'Verder' });
    expect(next.ok && next.value.conversation.notes.map((note) => note.id)).toEqual(['note-1', 'note-2', 'note-3']);
  });

  it('answers a text that is not there, a person who wrote nothing and anything that is no record with findings', () => {
    const { state } = drive([]);
    const missing = redact(state, request({ kind: 'evaluation' }));
    expect(missing.ok).toBe(false);
    expect(findingMessage(missing.findings[0]!, 'en')).toBe('The text to be erased (evaluation) is not there; nothing was erased.');
    const nobody = redact(state, request({ kind: 'person', id: 'someone' }));
    expect(nobody.ok && nobody.findings.map((f) => f.code)).toEqual(['privacy.redact.unknownPerson', 'privacy.redact.nothingToErase']);
    const nothing = redact({ not: 'a record' } as never, request({ kind: 'everything' }));
    expect(nothing.findings.map((f) => f.code)).toEqual(['privacy.record.unknown']);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (record, given) => {
        expect(() => redact(record as never, given as never)).not.toThrow();
        expect(() => redactPatches(record as never)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('redact: a plan', () => {
  /** Version 1 approved by both, then version 2 (the next conversation moved) approved by both. */
  function approvedVersions(): [DevelopmentPlan, DevelopmentPlan] {
    // A plan drafted from the conversation carries no view yet: the employee adds it, in version 2.
    let plan = samplePlan();
    plan = value(approvePlan(plan, { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 }));
    const first = value(approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }));
    let second = value(
      amendPlan(first, {
        by: 'employee',
        at: '2027-04-01T09:00:00+02:00',
        reason: 'Mijn zienswijze toegevoegd',
        set: {
          zienswijze: { plan: 'De demo’s zijn krap gepland.', report: 'Ik mis mijn vraag om coaching.', at: '2027-04-01T09:00:00+02:00' },
        },
      }),
    );
    second = value(approvePlan(second, { by: 'employee', at: '2027-04-02T09:00:00+02:00', version: 2 }));
    second = value(approvePlan(second, { by: 'manager', at: '2027-04-02T10:00:00+02:00', version: 2 }));
    return [first, second];
  }

  const planTargets: RedactTarget[] = [
    { kind: 'everything' },
    { kind: 'agreement', id: 'a1' },
    { kind: 'agreement', id: 's1' },
    { kind: 'goal', id: 'need-1' },
    { kind: 'need', id: 'need-2' },
    { kind: 'ambition', id: 'amb-1' },
    { kind: 'evaluation' },
    { kind: 'notes' },
    { kind: 'person', id: 'e-17' },
    { kind: 'person', id: 'm-3' },
  ];

  it('keeps every approval of every version verifiable after its texts are erased', () => {
    for (const version of approvedVersions()) {
      for (const target of planTargets) {
        const erased = redact(version, request(target));
        if (!erased.ok) continue;
        expect(erased.value.hash).toBe(version.hash);
        expect(value(planContentHash(erased.value))).toBe(version.hash);
        expect(validatePlan(erased.value).ok).toBe(true);
        const status = value(planApprovalStatus(erased.value));
        expect(status.approved).toBe(true);
        for (const approval of erased.value.approvals) expect(approval.hash).toBe(value(planContentHash(erased.value)));
      }
    }
  });

  it('erases the texts and keeps their digests, never the texts (fast-check, any sequence of erasures)', () => {
    const [, second] = approvedVersions();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...planTargets, { kind: 'zienswijze' } as RedactTarget), { maxLength: 4 }), (targets) => {
        let plan = second;
        for (const target of targets) {
          const next = redact(plan, request(target));
          if (next.ok) plan = next.value;
        }
        expect(validatePlan(plan).ok).toBe(true);
        expect(value(planApprovalStatus(plan)).approved).toBe(true);
        const all = value(redact(plan, request({ kind: 'everything' })));
        const text = JSON.stringify(all);
        for (const words of ['Presenteren met impact', 'klantteam', 'krap gepland', 'coaching', 'ruimte voor mijn eigen']) {
          expect([words, text.includes(words)]).toEqual([words, false]);
        }
        expect(value(planApprovalStatus(all)).approved).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('notices a plan whose erased text was put back, or whose tombstone was changed', () => {
    const [first] = approvedVersions();
    const erased = value(redact(first, request({ kind: 'agreement', id: 'a1' })));
    const back = JSON.parse(JSON.stringify(erased)) as { agreements: { what: string }[] };
    (back.agreements[0] as { what: string }).what = 'Iets anders';
    expect(validatePlan(back).findings.map((f) => f.code)).toContain('plan.erasure.invalid');
    const forged = JSON.parse(JSON.stringify(erased)) as { erasures: { digest?: string }[] };
    (forged.erasures[0] as { digest?: string }).digest = '0'.repeat(64);
    expect(validatePlan(forged).findings.map((f) => f.code)).toContain('plan.hash.mismatch');
  });
});

describe('redactPatches', () => {
  it('leaves no text of any kind in the patches of a generated conversation, and keeps what is not text (fast-check)', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const { events, markers } = drive(plan);
        let state = value(replay([], { input }));
        for (const event of events) {
          const outcome = value(transition(state, event, { patches: true }));
          state = outcome.conversation;
          const erased = JSON.stringify([redactPatches(outcome.patches ?? []), redactPatches(outcome.inversePatches ?? [])]);
          for (const id of markers.keys()) expect([id, erased.includes(id)]).toEqual([id, false]);
          expect(redactPatches(outcome.patches ?? []).map((patch) => patch.path)).toEqual(
            (outcome.patches ?? []).map((patch) => patch.path),
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
