// The talk worked out further: who may read a note, a need and an evaluation (and what is refused),
// the competence a need names, the limit of needs per side, and an evaluation's parts.
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation, exampleFunctionProfiles, replay, transition, viewFor } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { moved, refusal } from './outcomes.js';

const profile = exampleFunctionProfiles.nl;
const input = {
  ...developmentInput,
  templateVersion: 1 as const,
  participants: [{ id: 'men-2', name: 'Joost Bakker', role: 'mentor' as const }],
};
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;
const index = (type: ConversationEventInput['type']) => developmentEvents.findIndex((event) => event.type === type);

function state(n: number, extra: object = {}): Conversation {
  const result = replay(developmentEvents.slice(0, n), { input: { ...input, ...extra } });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

describe('who may read a note', () => {
  const started = () => state(index('start') + 1);

  it('keeps a note the manager writes for himself out of the employee’s view', () => {
    const own = moved(
      transition(started(), { type: 'addNote', at: at(4), by: 'manager', text: 'Let op haar werkdruk.', visibility: 'private' }),
    );
    expect(JSON.stringify(own.notes.at(-1))).toBe(
      JSON.stringify({ id: 'note-1', phase: 'setStatus', text: 'Let op haar werkdruk.', by: 'manager', at: at(4), visibility: 'private' }),
    );
    const view = (id: string) => {
      const seen = viewFor(own, { id });
      if (!seen.ok) throw new Error(seen.findings.map((f) => f.code).join());
      return seen.value.notes.map((note) => note.text);
    };
    expect(view('mgr-1')).toContain('Let op haar werkdruk.');
    expect(view('emp-1')).not.toContain('Let op haar werkdruk.');
  });

  it('shares a note with the mentor by name, in sorted order, and refuses a reader who takes no part', () => {
    const shared = moved(
      transition(started(), { type: 'addNote', at: at(4), by: 'employee', text: 'Voor Joost.', sharedWith: ['men-2', 'mgr-1'] }),
    );
    expect(JSON.stringify(shared.notes.at(-1))).toBe(
      JSON.stringify({ id: 'note-1', phase: 'setStatus', text: 'Voor Joost.', by: 'employee', at: at(4), sharedWith: ['men-2', 'mgr-1'] }),
    );
    expect(
      refusal(transition(started(), { type: 'addNote', at: at(4), by: 'employee', text: 'Voor wie?', sharedWith: ['mgr-1', 'hr-9'] })),
    ).toEqual([['conversation.visibility.unknownParticipant', ['sharedWith', 1], {}]]);
  });

  it('gives a mentor’s note the next free number and names the mentor as its writer', () => {
    const taken = moved(transition(started(), { type: 'addNote', at: at(3), by: 'employee', text: 'Eigen nummer.', id: 'note-1' }));
    const byMentor = moved(transition(taken, { type: 'addNote', at: at(4), by: 'mentor', text: 'Sterk begin.' }));
    expect(JSON.stringify(byMentor.notes.at(-1))).toBe(
      JSON.stringify({ id: 'note-2', phase: 'setStatus', text: 'Sterk begin.', by: 'mentor', author: 'men-2', at: at(4) }),
    );
  });
});

describe('ticking off without an agenda', () => {
  it('refuses a point when a relaxed conversation started without merging the agenda', () => {
    const created = createConversation({ ...input, strictness: 'relaxed' });
    if (!created.ok) throw new Error(created.findings.map((f) => f.code).join());
    const started = [
      { type: 'setPurpose', at: '2027-03-14T09:00:00+01:00', by: 'employee', purpose: 'Groeien' },
      { type: 'start', at: at(0), by: 'manager' },
    ].reduce((state, event) => moved(transition(state, event)), created.value);
    expect(started.agenda).toBeNull();
    expect(refusal(transition(started, { type: 'markAgendaItemDone', at: at(1), by: 'manager', itemId: 'e1' }))).toEqual([
      ['conversation.agenda.unknownItem', ['itemId'], { item: { kind: 'agendaPoint', id: 'e1' } }],
    ]);
  });
});

describe('needs', () => {
  const inNeeds = (extra: object = {}) => state(index('addNeed'), extra);
  const need = (by: 'employee' | 'manager', id: string, extra: object = {}, audience: object = {}): ConversationEventInput => ({
    type: 'addNeed',
    at: at(17),
    by,
    need: { id, text: 'Productkennis opbouwen', focus: 'knowledge', ...extra },
    ...audience,
  });

  it('refuses a need made private to one side: both work on it', () => {
    expect(refusal(transition(inNeeds(), need('employee', 'n5', {}, { visibility: 'private' })))).toEqual([
      ['conversation.visibility.tooNarrow', ['visibility'], { text: 'need', visibility: 'private' }],
    ]);
  });

  it('records a need shared with the mentor and one for HR too, and leaves the usual audience unwritten', () => {
    const withMentor = moved(transition(inNeeds(), need('employee', 'n5', {}, { sharedWith: ['men-2'] })));
    expect(withMentor.needs.employee.at(-1)?.sharedWith).toEqual(['men-2']);
    const forHr = moved(transition(inNeeds(), need('employee', 'n5', {}, { visibility: 'hr' })));
    expect(forHr.needs.employee.at(-1)?.visibility).toBe('hr');
    const usual = moved(transition(inNeeds(), need('employee', 'n5', {}, { visibility: 'shared', sharedWith: [] })));
    expect(JSON.stringify(usual.needs.employee.at(-1))).toBe(
      JSON.stringify({ id: 'n5', text: 'Productkennis opbouwen', focus: 'knowledge', goalIds: [], source: 'employee' }),
    );
  });

  it('refuses a competence without a function profile, and one the profile does not have, under the need', () => {
    expect(refusal(transition(inNeeds(), need('employee', 'n5', { competenceId: 'c-presenteren' })))).toEqual([
      ['conversation.competence.noProfile', ['need', 'competenceId'], {}],
    ]);
    expect(
      refusal(
        transition(
          inNeeds({ functionProfile: profile }),
          need('employee', 'n5', { competenceId: 'c-bestaat-niet' }, { sharedWith: ['x-1'] }),
        ),
      ),
    ).toEqual([
      [
        'conversation.competence.unknown',
        ['need', 'competenceId'],
        { profile: { kind: 'functionProfile', id: profile.id, title: profile.title } },
      ],
      ['conversation.visibility.unknownParticipant', ['sharedWith', 0], {}],
    ]);
    const known = profile.competences[0]?.id ?? '';
    expect(
      moved(transition(inNeeds({ functionProfile: profile }), need('employee', 'n5', { competenceId: known }))).needs.employee.at(-1)
        ?.competenceId,
    ).toBe(known);
  });

  it('refuses the employee a need under an id the manager’s side already used', () => {
    const managers = moved(transition(inNeeds(), need('manager', 'm1')));
    expect(moved(transition(managers, need('employee', 'n5'))).needs.employee.map((n) => n.id)).toEqual(['n5']);
    expect(refusal(transition(managers, need('employee', 'm1', { text: 'Klantkennis' })))).toEqual([
      ['conversation.need.duplicate', ['need', 'id'], { need: { kind: 'need', id: 'm1', title: 'Klantkennis' } }],
    ]);
  });

  it('refuses a need once a side has ten thousand, and still takes the other side’s', () => {
    const many = 10_000;
    const needs = Array.from({ length: many }, (_, i) => ({
      id: `n-${i}`,
      text: `Wens ${i}`,
      focus: 'skills',
      goalIds: [],
      source: 'employee',
    }));
    const full = { ...inNeeds(), needs: { employee: needs, manager: [] } } as unknown as Conversation;
    expect(refusal(transition(full, need('employee', 'n-new')))).toEqual([
      ['conversation.limit.reached', ['need'], { list: 'needs', maximum: many }],
    ]);
    expect(moved(transition(full, need('manager', 'm-new'))).needs.manager.map((n) => n.id)).toEqual(['m-new']);
  });
});

describe('the evaluation', () => {
  const inEvaluation = () => state(index('evaluate'));
  const evaluate = (by: 'employee' | 'manager', minute: number, extra: object): ConversationEventInput => ({
    type: 'evaluate',
    at: at(minute),
    by,
    feedback: 'Goed gesprek.',
    ...extra,
  });

  it('writes only the parts given: a rating without a grade or a next time', () => {
    const rated = moved(transition(inEvaluation(), evaluate('manager', 54, { rating: 4 })));
    expect(Object.keys(rated.evaluation ?? {})).toEqual(['rating', 'feedback', 'by', 'at']);
    expect(JSON.stringify(rated.evaluation)).toBe(JSON.stringify({ rating: 4, feedback: 'Goed gesprek.', by: 'manager', at: at(54) }));
    const graded = moved(transition(inEvaluation(), evaluate('employee', 54, { grade: 7, nextTime: 'Eerder beginnen.' })));
    expect(Object.keys(graded.evaluation ?? {})).toEqual(['grade', 'feedback', 'nextTime', 'by', 'at']);
  });

  it('refuses readers who take no part before it asks for a score, and an evaluation kept from the other side', () => {
    expect(refusal(transition(inEvaluation(), evaluate('employee', 54, { sharedWith: ['hr-9'] })))).toEqual([
      ['conversation.visibility.unknownParticipant', ['sharedWith', 0], {}],
    ]);
  });

  it('keeps the readers a side chose when it evaluates again, unless it says otherwise', () => {
    const first = moved(transition(inEvaluation(), evaluate('employee', 54, { grade: 7, visibility: 'private', sharedWith: ['men-2'] })));
    expect(JSON.stringify(first.evaluation)).toBe(
      JSON.stringify({ grade: 7, feedback: 'Goed gesprek.', by: 'employee', at: at(54), visibility: 'private', sharedWith: ['men-2'] }),
    );
    const both = moved(transition(first, evaluate('manager', 55, { rating: 4 })));
    const again = moved(transition(both, evaluate('employee', 56, { grade: 8 })));
    expect([again.evaluations?.employee?.visibility, again.evaluations?.employee?.sharedWith]).toEqual(['private', ['men-2']]);
    expect([again.evaluations?.manager?.visibility, again.evaluations?.manager?.sharedWith]).toEqual([undefined, undefined]);
    const opened = moved(transition(again, evaluate('employee', 57, { grade: 8, visibility: 'shared', sharedWith: [] })));
    expect(JSON.stringify(opened.evaluations?.employee)).toBe(
      JSON.stringify({ grade: 8, feedback: 'Goed gesprek.', by: 'employee', at: at(57) }),
    );
  });
});
