// Competences in the conversation: a function profile on the state, needs and agreements that name
// its competences, and both sides' scans as preparation input, private until shared; where the shared
// scans are two levels apart, a conversation starter (never a rating).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompetenceEstimate, Conversation, ConversationEventInput, Finding } from '../../src/index.js';
import {
  createConversation,
  eventsVisibleTo,
  exampleFunctionProfiles,
  findingMessage,
  replay,
  transition,
  viewFor,
} from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const profile = exampleFunctionProfiles.nl;
const at = '2027-03-08T09:00:00+01:00';

function created(withProfile = true): Conversation {
  const made = createConversation({
    ...developmentInput,
    ...(withProfile ? { functionProfile: profile } : {}),
    participants: [{ id: 'mentor-2', name: 'Joost', role: 'mentor' }],
  });
  if (!made.ok) throw new Error(JSON.stringify(made.findings));
  return made.value;
}

function apply(state: Conversation, ...events: ConversationEventInput[]): { state: Conversation; findings: Finding[] } {
  let current = state;
  const findings: Finding[] = [];
  for (const event of events) {
    const next = transition(current, event);
    if (!next.ok) throw new Error(JSON.stringify(next.findings.map((f) => [f.code, f.path])));
    current = next.value.conversation;
    findings.push(...next.findings);
  }
  return { state: current, findings };
}

const assess = (by: 'employee' | 'manager', estimates: CompetenceEstimate[], extra: Partial<ConversationEventInput> = {}) =>
  ({ type: 'assessCompetences', at, by, estimates, ...extra }) as ConversationEventInput;

describe('a function profile on the conversation', () => {
  it('is kept on the state when given and absent when not, so stored states without one read back unchanged', () => {
    expect(created().functionProfile?.title).toBe('Adviseur klantcontact');
    expect('functionProfile' in created(false)).toBe(false);
    expect('competences' in created().preparation).toBe(false);
    const stored = JSON.parse(JSON.stringify(created()));
    const read = replay([], { from: stored });
    expect(read.ok && JSON.stringify(read.value)).toBe(JSON.stringify(created()));
  });

  it('lets a need and an agreement name a competence of the profile, and refuses one it does not have', () => {
    const need = developmentEvents.find((event) => event.type === 'addNeed') as ConversationEventInput & { type: 'addNeed' };
    const upTo = developmentEvents.indexOf(need);
    const ready = replay(developmentEvents.slice(0, upTo), { from: created() });
    if (!ready.ok) throw new Error('replay');
    const named = transition(ready.value, { ...need, need: { ...need.need, competenceId: 'customer-focus' } });
    expect(named.ok && named.value.conversation.needs.employee[0]?.competenceId).toBe('customer-focus');
    const unknown = transition(ready.value, { ...need, need: { ...need.need, competenceId: 'juggling' } });
    expect(unknown.ok).toBe(false);
    expect(unknown.findings.map((f) => [f.code, f.path])).toEqual([['conversation.competence.unknown', ['need', 'competenceId']]]);
    expect(findingMessage(unknown.findings[0] as Finding, 'nl')).toBe(
      'Deze competentie staat niet in het functieprofiel ‘Adviseur klantcontact’; kies een competentie uit het profiel.',
    );
    const withoutProfile = replay(developmentEvents.slice(0, upTo), { from: created(false) });
    if (!withoutProfile.ok) throw new Error('replay');
    const none = transition(withoutProfile.value, { ...need, need: { ...need.need, competenceId: 'customer-focus' } });
    expect(none.findings.map((f) => f.code)).toEqual(['conversation.competence.noProfile']);
  });

  it('carries the competence of an agreement, and refuses an unknown one when proposed or revised', () => {
    const proposal = developmentEvents.find((event) => event.type === 'proposeAgreement') as ConversationEventInput & {
      type: 'proposeAgreement';
    };
    const upTo = developmentEvents.indexOf(proposal);
    const ready = replay(developmentEvents.slice(0, upTo), { from: created() });
    if (!ready.ok) throw new Error('replay');
    const named = transition(ready.value, { ...proposal, agreement: { ...proposal.agreement, competenceId: 'customer-focus' } });
    expect(named.ok && named.value.conversation.agreements[0]?.agreement.competenceId).toBe('customer-focus');
    const refused = transition(ready.value, { ...proposal, agreement: { ...proposal.agreement, competenceId: 'juggling' } });
    expect(refused.findings.map((f) => f.code)).toContain('conversation.competence.unknown');
    if (!named.ok) return;
    const revised = transition(named.value.conversation, {
      type: 'reviseAgreement',
      at: proposal.at,
      by: 'employee',
      agreement: { ...proposal.agreement, competenceId: 'juggling' },
    });
    expect(revised.findings.map((f) => f.code)).toContain('conversation.competence.unknown');
  });
});

describe('competence scans as preparation input', () => {
  const self: CompetenceEstimate[] = [
    { competenceId: 'planning', level: 1 },
    { competenceId: 'collaboration', level: 3 },
  ];
  const view: CompetenceEstimate[] = [
    { competenceId: 'planning', level: 3 },
    { competenceId: 'collaboration', level: 2 },
  ];

  it('keeps each side’s scan private until its writer shares it, and gives no hint until both are open to both', () => {
    const first = apply(created(), assess('employee', self), assess('manager', view));
    expect(first.findings.filter((f) => f.code === 'competence.scan.apart')).toEqual([]);
    expect(first.state.preparation.competences?.employee?.estimates).toEqual(self);
    const manager = viewFor(first.state, { id: 'mgr-1' });
    expect(manager.ok && manager.value.preparation.competences).toEqual({ manager: first.state.preparation.competences?.manager });
    const mentor = viewFor(first.state, { id: 'mentor-2' });
    expect(mentor.ok && mentor.value.preparation.competences).toBeUndefined();

    const shared = apply(
      first.state,
      { type: 'shareText', at, by: 'employee', text: { kind: 'competenceScan', side: 'employee' }, visibility: 'shared' },
      { type: 'shareText', at, by: 'manager', text: { kind: 'competenceScan', side: 'manager' }, visibility: 'shared' },
    );
    const hints = shared.findings.filter((f) => f.code === 'competence.scan.apart');
    expect(hints.map((f) => f.params)).toEqual([
      { competence: { kind: 'competence', id: 'planning', title: 'Plannen en organiseren' }, self: 1, manager: 3 },
    ]);
    expect(hints[0]?.severity).toBe('info');
    const both = viewFor(shared.state, { id: 'mgr-1' });
    expect(both.ok && both.value.preparation.competences?.employee?.estimates).toEqual(self);
    const stillNot = viewFor(shared.state, { id: 'mentor-2' });
    expect(stillNot.ok && stillNot.value.preparation.competences).toBeUndefined();
  });

  it('gives the hint on the scan that makes both open, and keeps the readers its writer chose when assessed again', () => {
    const { state, findings } = apply(
      created(),
      assess('employee', self, { visibility: 'shared' }),
      assess('manager', view, { visibility: 'shared' }),
    );
    expect(findings.map((f) => f.code)).toEqual(['competence.scan.apart']);
    const again = apply(state, assess('employee', [{ competenceId: 'planning', level: 3 }]));
    expect(again.state.preparation.competences?.employee?.visibility).toBe('shared');
    expect(again.findings).toEqual([]);
  });

  it('refuses estimates of competences or levels the profile does not have, and any scan without a profile', () => {
    const refused = transition(
      created(),
      assess('employee', [
        { competenceId: 'juggling', level: 1 },
        { competenceId: 'planning', level: 4 },
      ]),
    );
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['competence.scan.unknownCompetence', 'error', ['estimates', 0, 'competenceId']],
      ['competence.scan.levelOutOfRange', 'error', ['estimates', 1, 'level']],
    ]);
    const none = transition(created(false), assess('employee', self));
    expect(none.findings.map((f) => f.code)).toEqual(['conversation.competence.noProfile']);
  });

  it('keeps a private scan out of the manager’s event log, and shows it once shared', () => {
    const input = { ...developmentInput, functionProfile: profile };
    const events = [assess('employee', self), assess('manager', view, { visibility: 'shared' })];
    const seen = eventsVisibleTo({ input, events }, { id: 'mgr-1' });
    expect(seen.ok && seen.value.map((visible) => visible.index)).toEqual([1]);
    const later = [
      ...events,
      { type: 'shareText', at, by: 'employee', text: { kind: 'competenceScan', side: 'employee' }, visibility: 'shared' },
    ];
    const after = eventsVisibleTo({ input, events: later as ConversationEventInput[] }, { id: 'mgr-1' });
    expect(after.ok && after.value.map((visible) => visible.index)).toEqual([0, 1, 2]);
  });

  const estimates = fc.uniqueArray(
    fc.record({ competenceId: fc.constantFrom(...profile.competences.map((c) => c.id)), level: fc.integer({ min: 1, max: 3 }) }),
    { selector: (estimate) => estimate.competenceId, maxLength: 4 },
  );

  it('hints exactly where both open scans are two levels apart or more, whichever side assesses first', () => {
    fc.assert(
      fc.property(estimates, estimates, fc.boolean(), (mine, theirs, employeeFirst) => {
        const events = [assess('employee', mine, { visibility: 'shared' }), assess('manager', theirs, { visibility: 'shared' })];
        const { state, findings } = apply(created(), ...(employeeFirst ? events : [...events].reverse()));
        const hinted = findings.filter((f) => f.code === 'competence.scan.apart').map((f) => (f.params.competence as { id: string }).id);
        const expected = profile.competences
          .map((c) => c.id)
          .filter((id) => {
            const a = mine.find((e) => e.competenceId === id)?.level;
            const b = theirs.find((e) => e.competenceId === id)?.level;
            return a !== undefined && b !== undefined && Math.abs(a - b) >= 2;
          });
        expect(hinted).toEqual(expected);
        // The preparation has one key order, whichever came first.
        expect(Object.keys(state.preparation)).toEqual(['employee', 'manager', 'competences']);
        expect(Object.keys(state.preparation.competences ?? {})).toEqual(['employee', 'manager']);
      }),
    );
  });
});
