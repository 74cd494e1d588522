import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, CreateConversationInput } from '../../src/index.js';
import { createConversation, erasedText, findingMessage, replay, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';

function value<T>(result: { ok: true; value: T } | { ok: false; findings: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const input: CreateConversationInput = { ...developmentInput, participants: [{ id: 'men-2', name: 'Joost Bakker', role: 'mentor' }] };
const state = (n: number): Conversation => value(replay(developmentEvents.slice(0, n), { input }));
const mark = { at: '2029-05-01T09:00:00+02:00', by: 'dpo', reason: 'erasureRequest' as const };

describe('who may read a text', () => {
  it('keeps only what differs from the default: answers are private, the rest shared', () => {
    const prepared = state(4);
    expect(prepared.preparation.employee[0]).toEqual({
      questionId: 'prep-1',
      answer: developmentEvents[0]?.type === 'answerPreparation' ? developmentEvents[0].answer : '',
      at: '2027-03-13T10:00:00+01:00',
    });
    const shared = value(
      transition(prepared, {
        type: 'answerPreparation',
        at: '2027-03-14T10:20:00+01:00',
        by: 'employee',
        questionId: 'prep-2',
        answer: 'Ik wil meer klantcontact.',
        visibility: 'private',
        sharedWith: ['men-2', 'men-2', 'mgr-1'],
      }),
    ).conversation;
    expect(shared.preparation.employee[1]).toEqual({
      questionId: 'prep-2',
      answer: 'Ik wil meer klantcontact.',
      at: '2027-03-14T10:20:00+01:00',
      sharedWith: ['men-2', 'mgr-1'],
    });
  });

  it('lets only the writer share a text, also once the conversation is over', () => {
    const prepared = state(4);
    const target = { kind: 'preparationAnswer' as const, side: 'employee' as const, questionId: 'prep-1' };
    const byManager = transition(prepared, {
      type: 'shareText',
      at: '2027-03-14T10:20:00+01:00',
      by: 'manager',
      text: target,
      visibility: 'shared',
    });
    expect(findingMessage(byManager.findings[0]!, 'nl')).toBe(
      'Alleen wie de tekst schreef, bepaalt wie die mag lezen (voorbereidingsantwoord).',
    );
    const byEmployee = value(
      transition(prepared, { type: 'shareText', at: '2027-03-14T10:20:00+01:00', by: 'employee', text: target, visibility: 'hr' }),
    );
    expect(byEmployee.conversation.preparation.employee[0]?.visibility).toBe('hr');
    expect(byEmployee.patches).toBeUndefined();
    const concluded = value(replay(developmentEvents, { input }));
    const later = value(
      transition(concluded, {
        type: 'shareText',
        at: '2027-03-20T09:00:00+01:00',
        by: 'employee',
        text: { kind: 'evaluation' },
        visibility: 'private',
      }),
    );
    expect(later.conversation.evaluation?.visibility).toBe('private');
    expect(later.conversation.status).toBe('concluded');
    const unknown = transition(concluded, {
      type: 'shareText',
      at: '2027-03-20T09:00:00+01:00',
      by: 'employee',
      text: { kind: 'note', id: 'note-9' },
    });
    expect(unknown.findings.map((f) => f.code)).toEqual(['conversation.visibility.unknownText']);
  });

  it('never makes an agreement or a need private, and shares only with people who take part', () => {
    const proposal = state(17);
    const event = developmentEvents[17] as ConversationEventInput;
    const narrow = transition(proposal, { ...event, visibility: 'private' } as ConversationEventInput);
    expect(findingMessage(narrow.findings[0]!, 'en')).toBe(
      'Every agreement belongs to both sides of the conversation and cannot be for the writer only.',
    );
    const stranger = transition(proposal, { ...event, sharedWith: ['someone-else'] } as ConversationEventInput);
    expect(stranger.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['conversation.visibility.unknownParticipant', 'sharedWith.0'],
    ]);
    const hr = value(transition(proposal, { ...event, visibility: 'hr' } as ConversationEventInput));
    expect(hr.conversation.agreements[0]?.visibility).toBe('hr');
  });

  it('keeps readers of an answer given again, unless it says otherwise', () => {
    const prepared = state(4);
    const shared = value(
      transition(prepared, {
        type: 'shareText',
        at: '2027-03-14T10:20:00+01:00',
        by: 'employee',
        text: { kind: 'preparationAnswer', side: 'employee', questionId: 'prep-1' },
        visibility: 'shared',
      }),
    ).conversation;
    const again = value(
      transition(shared, {
        type: 'answerPreparation',
        at: '2027-03-14T10:21:00+01:00',
        by: 'employee',
        questionId: 'prep-1',
        answer: 'Nieuw antwoord',
      }),
    );
    expect(again.conversation.preparation.employee[0]?.visibility).toBe('shared');
  });

  it('reads a state stored before participants, acts on behalf and tombstones, and carries on with them', () => {
    const stored = JSON.parse(JSON.stringify(value(replay(developmentEvents.slice(0, 8), { input: developmentInput })))) as Record<
      string,
      unknown
    >;
    delete stored.participants;
    delete stored.actsOnBehalf;
    delete stored.erasures;
    const next = value(
      transition(stored as unknown as Conversation, { type: 'addNote', at: '2027-03-15T10:03:00+01:00', by: 'manager', text: 'Notitie' }),
    );
    expect(next.conversation.participants).toEqual([]);
    expect(next.conversation.erasures).toEqual([]);
    const keys = Object.keys(next.conversation);
    expect(keys.indexOf('participants')).toBe(keys.indexOf('manager') + 1);
    expect(keys.slice(-2)).toEqual(['actsOnBehalf', 'erasures']);
  });
});

describe('tombstones in the conversation', () => {
  const created = value(createConversation(input));

  it('an erased event leaves one, a text written anew takes it away, and the latest erasure counts (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ erased: fc.boolean(), by: fc.constantFrom('dpo', 'retention-job') }), { minLength: 1, maxLength: 6 }),
        (plan) => {
          let current = created;
          plan.forEach((step, index) => {
            current = value(
              transition(current, {
                type: 'answerPreparation',
                at: `2027-03-1${index}T09:00:00+01:00`,
                by: 'employee',
                questionId: 'q1',
                answer: step.erased ? erasedText : `Antwoord ${index}`,
                ...(step.erased ? { erased: { ...mark, by: step.by } } : {}),
              }),
            ).conversation;
          });
          const last = plan[plan.length - 1] as { erased: boolean; by: string };
          expect(current.erasures).toEqual(
            last.erased ? [{ text: { kind: 'preparationAnswer', side: 'employee', questionId: 'q1' }, ...mark, by: last.by }] : [],
          );
        },
      ),
    );
  });

  it('lets an erased agreement pass the text checks it passed when it was written, also in strict mode', () => {
    const strict = { ...input, strictness: 'strict' as const };
    const proposal = value(replay(developmentEvents.slice(0, 17), { input: strict }));
    const event = developmentEvents[17] as ConversationEventInput & { agreement: { what: string } };
    const sent = transition(proposal, {
      ...event,
      agreement: { ...event.agreement, what: erasedText, measure: erasedText },
      erased: mark,
    } as ConversationEventInput);
    expect(sent.findings.filter((f) => f.code === 'conversation.agreement.draft')).toEqual([]);
    const erased = value(sent);
    const accepted = value(transition(erased.conversation, developmentEvents[18] as ConversationEventInput)).conversation;
    const moved = transition(accepted, developmentEvents[19] as ConversationEventInput);
    expect(moved.ok).toBe(true);
    // The same words written by someone (no erasure) are judged, and do not pass.
    const written = value(
      transition(proposal, {
        ...event,
        agreement: { ...event.agreement, what: erasedText, measure: erasedText },
      } as ConversationEventInput),
    ).conversation;
    const stuck = transition(
      value(transition(written, developmentEvents[18] as ConversationEventInput)).conversation,
      developmentEvents[19] as ConversationEventInput,
    );
    expect(stuck.ok).toBe(false);
  });
});
